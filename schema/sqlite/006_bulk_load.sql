-- Schema version 6: deferred index maintenance for a bulk load into an empty store (SqliteGraphStore.BeginBulkLoadAsync).
-- While a bulk load runs, the secondary indexes the writer does not read are dropped and the full-text index is not
-- fed; one row per deferred piece says how to bring it back: an index with its CREATE statement as sqlite_master had
-- it, and the full-text index as ('papers_fts', NULL) = rebuild. The rows, the DROPs and their reversal each commit in
-- one transaction, so a load that dies half-way leaves rows here, and the next store to open the file finishes the job.
CREATE TABLE bulk_load_deferred (
    name TEXT PRIMARY KEY,
    sql  TEXT
) WITHOUT ROWID;
