-- A save writes a leaf of every index of the rows it adds (issue #15, save-case: ≈ 170 pages a save at 100,000
-- intakes). These two are read by no statement (EXPLAIN QUERY PLAN of every statement the integration suite
-- prepares, docs/performance.md "A save in …"): the work-order number is found through the term index
-- (search/terms.ts numberTerm), and the case list by status reads case_files_unit_opened_idx.
DROP INDEX `intakes_external_no_idx`;--> statement-breakpoint
DROP INDEX `case_files_status_opened_idx`;
