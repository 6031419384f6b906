-- The term postings' second tier (issue #15, save-case; docs/performance.md, "A save's postings in a second tier"):
-- a desk's save no longer writes its ≈ 53 postings into ≈ 53 leaves of intake_postings; it lists the intake here (one
-- row at the table's end: a page) and its term ids are already in intake_search_docs. Searches read this tier with the
-- main one (search/postings.data.ts); a background step moves its intakes' postings into intake_postings in batches
-- (search/pending-postings.ts), each batch one transaction, so the tier stays small and a cut merge resumes by itself.
CREATE TABLE `intake_postings_pending` (
	`seq` integer PRIMARY KEY NOT NULL
);
