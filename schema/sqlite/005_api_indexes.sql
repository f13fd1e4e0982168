-- Schema version 5: indexes the GraphQL read model (SqliteGraphReadModel) leans on. No table changes.
-- topPapers(by: CITATIONS) and papers(orderBy: CITATIONS) walk this index instead of sorting every paper.
CREATE INDEX IF NOT EXISTS papers_citation_count ON papers (citation_count DESC) WHERE is_stub = 0;
-- papers(filter: {community}) and the year-range filter.
CREATE INDEX IF NOT EXISTS papers_community ON papers (community) WHERE is_stub = 0;
CREATE INDEX IF NOT EXISTS papers_year ON papers (year) WHERE is_stub = 0;
-- method(name:) / dataset(name:) … by canonical name in any case when the slug id does not match.
CREATE INDEX IF NOT EXISTS nodes_label_name ON nodes (label, name COLLATE NOCASE);
