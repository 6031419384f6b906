-- hand-written below
-- The names dictionary (issue #15; docs/performance.md, "Names indexed once"): each party's and project's name gets
-- its terms (grams, whole, beginnings, pinyin initials; ids of search_terms) once, in name_terms; an intake is linked
-- to its names by one row each in name_postings, keyed (name_id, received_at, seq) like intake_postings, so a name's
-- intakes are read newest first and a page stops after its rows. The intakes no longer post those terms themselves
-- (≈ 73 of their ≈ 134 postings). intake_search_docs keeps the name ids it linked (a JSON array), to unlink them.
-- The existing postings move by the search.rebuild job the next start launches (SEARCH_TERMS_VERSION 3), newest
-- intakes first: an intake not yet re-indexed is still found by the name terms it posts, one re-indexed through its
-- names, so search stays correct meanwhile.
CREATE TABLE `search_names` (
	`id` integer PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`name` text NOT NULL,
	`term_ids` blob NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_names_entity_uq` ON `search_names` (`entity`, `entity_id`);
--> statement-breakpoint
CREATE TABLE `name_terms` (
	`term_id` integer NOT NULL,
	`name_id` integer NOT NULL,
	PRIMARY KEY (`term_id`, `name_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `name_postings` (
	`name_id` integer NOT NULL,
	`received_at` integer NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY (`name_id`, `received_at`, `seq`)
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `intake_search_docs` ADD COLUMN `name_ids` text;
--> statement-breakpoint
-- term_ids packed (sorted, differences in 7-bit groups: ≈ 85 bytes an intake instead of 247); null: 4-byte integers.
ALTER TABLE `intake_search_docs` ADD COLUMN `packed` integer;
--> statement-breakpoint
-- A database with nothing to index is current at once (as 0013 and 0042 do); one with intakes or parties is rebuilt at start.
UPDATE `search_index_state` SET `version` = 3 WHERE NOT EXISTS (SELECT 1 FROM `intakes`) AND NOT EXISTS (SELECT 1 FROM `parties`);
