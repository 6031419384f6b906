-- Custom migration (not generated): append-only guards and the name search index.

-- The case timeline and the audit trail are append-only: no UPDATE, no DELETE, ever.
CREATE TRIGGER `case_events_no_update` BEFORE UPDATE ON `case_events`
BEGIN SELECT RAISE(ABORT, '案件时间线只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_delete` BEFORE DELETE ON `case_events`
BEGIN SELECT RAISE(ABORT, '案件时间线只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能删除'); END;
--> statement-breakpoint

-- Search terms for short queries, which FTS5 trigram cannot answer (terms under 3 characters match
-- nothing): 1- and 2-character grams ('g:'), pinyin initials ('py:'), full pinyin ('pf:') and numbers
-- ('n:'), each pointing at an intake's stable seq. Prefix queries run as index range scans.
CREATE TABLE `intake_search_terms` (
	`term` text NOT NULL,
	`intake_seq` integer NOT NULL,
	PRIMARY KEY (`term`, `intake_seq`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `intake_search_terms_seq_idx` ON `intake_search_terms` (`intake_seq`);
--> statement-breakpoint

-- Substring search for terms of 3 or more characters; rowid = intakes.seq.
CREATE VIRTUAL TABLE `intake_fts` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint

-- The same short-term index for reference records picked by name at the desk (parties, projects): grams,
-- pinyin-initial tails and numbers. A query of any length is answered by intersecting its grams, then
-- checked against the name itself.
CREATE TABLE `name_search_terms` (
	`entity` text NOT NULL,
	`term` text NOT NULL,
	`entity_id` text NOT NULL,
	PRIMARY KEY (`entity`, `term`, `entity_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `name_search_terms_entity_id_idx` ON `name_search_terms` (`entity`, `entity_id`);
