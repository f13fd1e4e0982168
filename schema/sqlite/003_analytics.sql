-- Schema version 3: analytics write-back. Paper columns pagerank, community and citation_count exist since version 1;
-- this adds community labels. RELATED_TO edges live in edges (type 'RELATED_TO', props = {rank, score, reasons, parts}).
CREATE TABLE communities (
    id    INTEGER PRIMARY KEY,
    size  INTEGER NOT NULL,
    label TEXT NOT NULL
);
CREATE INDEX papers_pagerank ON papers (pagerank DESC) WHERE is_stub = 0;
