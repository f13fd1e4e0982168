-- Schema version 4: the inbox worker's checkpoint (kg worker, kg status).
-- One row per distinct file content: a file is known by the SHA-256 of its bytes, so the same content dropped twice
-- (or under another name) is recognised and not ingested again. A batch of papers and the advance of its file's
-- row commit in one transaction, so `position` (reader outcomes whose effect is committed) never runs ahead of or
-- behind the graph: a restart skips exactly that many outcomes of the file and goes on.
CREATE TABLE inbox_files (
    sha256            TEXT PRIMARY KEY,
    name              TEXT NOT NULL,                 -- file name when first seen
    size              INTEGER NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('in-progress', 'done', 'quarantined')),
    position          INTEGER NOT NULL DEFAULT 0,
    records_committed INTEGER NOT NULL DEFAULT 0,
    problems          INTEGER NOT NULL DEFAULT 0,    -- every bad record, also those not kept in inbox_problems
    moved_to          TEXT,                          -- processed/ or quarantine/ path once finished
    first_seen        TEXT NOT NULL,                 -- ISO 8601, UTC
    updated_at        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX inbox_files_updated ON inbox_files (updated_at DESC);

-- The bad records of each file (the first few hundred per file), for its .error.txt and for `kg status`.
CREATE TABLE inbox_problems (
    id       INTEGER PRIMARY KEY,
    sha256   TEXT NOT NULL REFERENCES inbox_files (sha256),
    location TEXT NOT NULL,                          -- file:line (record N)
    message  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX inbox_problems_file ON inbox_problems (sha256, id);

-- The last analytics refresh the worker finished (one row).
CREATE TABLE analytics_refreshes (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    refreshed_at TEXT NOT NULL,
    papers       INTEGER NOT NULL,
    communities  INTEGER NOT NULL,
    seconds      REAL NOT NULL
);
