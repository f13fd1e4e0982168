-- KnowledgeGraph SQLite schema, version 1: the property graph of docs/ARCHITECTURE.md in relational form.
-- Files in this folder are applied in file-name order by SqliteGraphStore.InitializeAsync; the number in front
-- of the name is the schema version written to PRAGMA user_version and to schema_version.

CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- Paper nodes, real and stub. pk is the rowid the full-text index points at; id is the stable paper id
-- (doi:… > arxiv:… > openalex:… > s2:… > corpus:… > other > title:…).
CREATE TABLE papers (
    pk             INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    title_key      TEXT NOT NULL,               -- PaperIdentity.TitleKey(title): indexed exact normalized-title lookups
    abstract       TEXT,
    published      TEXT,
    year           INTEGER,
    venue          TEXT,
    ids            TEXT NOT NULL DEFAULT '[]',  -- JSON array of the external id keys (ExternalIds.Keys())
    is_stub        INTEGER NOT NULL DEFAULT 0,  -- 1 = known only because something cites it
    content_hash   TEXT,                        -- hash of the stored fields; changes when the paper changes
    sources        TEXT NOT NULL DEFAULT '[]',  -- JSON array of "format:file" the paper was read from
    pagerank       REAL,                        -- analytics write-back
    community      INTEGER,
    citation_count INTEGER
);
CREATE INDEX papers_title_key ON papers (title_key);

-- Every external id key of every paper ('arxiv:2401.00001', 'doi:10.…') → the paper that owns it.
CREATE TABLE paper_ids (
    key      TEXT PRIMARY KEY,
    paper_id TEXT NOT NULL
) WITHOUT ROWID;

-- Non-paper nodes: Author, Concept, Method, Dataset, Task, Metric, Result. id = EntityId.For(label, name).
CREATE TABLE nodes (
    id         TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    name       TEXT NOT NULL,
    discovered INTEGER NOT NULL DEFAULT 0,
    props      TEXT                            -- JSON object
) WITHOUT ROWID;

-- Every relationship, typed with its graph name (CITES, AUTHORED_BY, EVALUATES_ON, …). src/dst are paper or node ids.
CREATE TABLE edges (
    src            TEXT NOT NULL,
    type           TEXT NOT NULL,
    dst            TEXT NOT NULL,
    position       INTEGER,                    -- AUTHORED_BY order, 0-based
    confidence     REAL,
    evidence       TEXT,
    evidence_start INTEGER,
    surface        TEXT,
    extractor      TEXT,
    props          TEXT,                       -- JSON object
    PRIMARY KEY (src, type, dst)
) WITHOUT ROWID;
CREATE INDEX edges_dst ON edges (dst, type);

-- Full-text index over the title and abstract of real (non-stub) papers; external content kept in sync by triggers.
-- The content is a view of the non-stub rows, so 'rebuild' and 'integrity-check' see exactly what is indexed.
-- A bulk writer may set fts_sync.deferred = 1 inside its transaction, index the rows it touched in one
-- INSERT … SELECT ordered by rowid (far faster than row by row), and set it back to 0 before it commits.
CREATE VIEW papers_text AS SELECT pk, title, abstract FROM papers WHERE is_stub = 0;

CREATE VIRTUAL TABLE papers_fts USING fts5 (
    title,
    abstract,
    content = 'papers_text',
    content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE fts_sync (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    deferred INTEGER NOT NULL DEFAULT 0
);
INSERT INTO fts_sync (id, deferred) VALUES (1, 0);

CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers
    WHEN new.is_stub = 0 AND (SELECT deferred FROM fts_sync) = 0
BEGIN
    INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.pk, new.title, new.abstract);
END;

CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers
    WHEN old.is_stub = 0 AND (SELECT deferred FROM fts_sync) = 0
BEGIN
    INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', old.pk, old.title, old.abstract);
END;

-- One trigger, so the old row is always removed before the new one is added.
CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, abstract, is_stub ON papers
    WHEN (SELECT deferred FROM fts_sync) = 0
BEGIN
    INSERT INTO papers_fts (papers_fts, rowid, title, abstract)
        SELECT 'delete', old.pk, old.title, old.abstract WHERE old.is_stub = 0;
    INSERT INTO papers_fts (rowid, title, abstract)
        SELECT new.pk, new.title, new.abstract WHERE new.is_stub = 0;
END;
