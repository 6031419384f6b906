CREATE INDEX `intakes_unit_received_idx` ON `intakes` (`unit_id`,`received_at`,`seq`);--> statement-breakpoint
CREATE INDEX `intakes_unit_kind_received_idx` ON `intakes` (`unit_id`,`kind`,`received_at`,`seq`);--> statement-breakpoint
CREATE INDEX `case_files_unit_opened_idx` ON `case_files` (`unit_id`,`opened_at`,`seq`);--> statement-breakpoint
-- hand-written below
-- The term index redesigned (issue #15; docs/performance.md, "The term index"): each term stored once with an integer
-- id; postings keyed (term_id, received_at, seq) so a term's intakes are read newest first and a page stops after its
-- rows; per intake, the ids it was given (to take them out again without an index on seq). The old table (text terms
-- with a seq index, 87 rows and 2.2 KB per intake) is dropped: it is derived data, and the search.rebuild job started
-- at the next start (SEARCH_TERMS_VERSION 2) builds the new one from the intakes, newest first, with progress.
DROP TABLE IF EXISTS `intake_search_terms`;
--> statement-breakpoint
CREATE TABLE `search_terms` (
	`id` integer PRIMARY KEY NOT NULL,
	`term` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_terms_term_uq` ON `search_terms` (`term`);
--> statement-breakpoint
CREATE TABLE `intake_postings` (
	`term_id` integer NOT NULL,
	`received_at` integer NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY (`term_id`, `received_at`, `seq`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `intake_search_docs` (
	`seq` integer PRIMARY KEY NOT NULL,
	`received_at` integer NOT NULL,
	`term_ids` blob NOT NULL
);
--> statement-breakpoint
-- A database with nothing to index is current at once (as 0013 does); one with intakes or parties is rebuilt at start.
UPDATE `search_index_state` SET `version` = 2 WHERE NOT EXISTS (SELECT 1 FROM `intakes`) AND NOT EXISTS (SELECT 1 FROM `parties`);
