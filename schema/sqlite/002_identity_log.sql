-- Schema version 2: the identity log. Every time a record is merged into a paper that another record created
-- (a shared external id, or the same normalized title with no contradicting ids), and every time a plausible
-- match is kept apart (the title matches several papers, or the ids contradict), one row says what and why.
-- `kg show` prints a paper's rows. Re-reading the same record writes nothing new.
CREATE TABLE identity_log (
    paper_id  TEXT NOT NULL,   -- the paper the record merged into (or was kept apart from)
    source    TEXT NOT NULL,   -- the record: file:line (record N)
    decision  TEXT NOT NULL,   -- 'merged' | 'kept-apart'
    other_id  TEXT NOT NULL,   -- merged: the id the record would have had alone; kept-apart: the paper it was not merged into
    reason    TEXT NOT NULL,
    PRIMARY KEY (paper_id, source, decision, other_id)
) WITHOUT ROWID;
