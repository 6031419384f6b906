CREATE TABLE `hearing_transcript_corrections` (
	`id` text PRIMARY KEY NOT NULL,
	`record_id` text NOT NULL,
	`text` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `hearing_transcripts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearing_transcript_corrections_record_idx` ON `hearing_transcript_corrections` (`record_id`);--> statement-breakpoint
CREATE TABLE `hearing_transcripts` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`hearing_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`place` text NOT NULL,
	`arbitrators` text NOT NULL,
	`clerk_name` text NOT NULL,
	`attendees` text DEFAULT '[]' NOT NULL,
	`language` text NOT NULL,
	`language_other` text,
	`interpreter_name` text,
	`interpreter_duty_told` integer DEFAULT 0 NOT NULL,
	`entries` text DEFAULT '[]' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`finalised_by` text,
	`finalised_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hearing_id`) REFERENCES `hearings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearing_transcripts_case_file_idx` ON `hearing_transcripts` (`case_file_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `hearing_transcripts_hearing_idx` ON `hearing_transcripts` (`hearing_id`);--> statement-breakpoint
CREATE TABLE `arbitration_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`party_id` text NOT NULL,
	`seq` integer NOT NULL,
	`title` text NOT NULL,
	`source` text,
	`purpose` text NOT NULL,
	`copies` integer,
	`original_seen` integer DEFAULT 0 NOT NULL,
	`submitted_on` text NOT NULL,
	`period_end` text,
	`late` integer DEFAULT 0 NOT NULL,
	`authenticity` text,
	`legality` text,
	`relevance` text,
	`opinion` text,
	`opinion_by` text,
	`opinion_on` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_evidence_proceeding_idx` ON `arbitration_evidence` (`proceeding_id`,`party_id`,`seq`);--> statement-breakpoint
ALTER TABLE `arbitration_award_items` ADD `basis` text;--> statement-breakpoint
-- hand-written below
-- A finalised 庭审笔录 is read-only (调解仲裁法 Art. 40: a correction is appended, hearing_transcript_corrections).
-- On an anonymised file the columns naming people may be cleared; its times, tribunal, language and status never change.
CREATE TRIGGER `hearing_transcripts_final` BEFORE UPDATE ON `hearing_transcripts`
WHEN OLD.`status` = 'final' AND (
  (SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NULL
  OR NEW.`status` IS NOT OLD.`status` OR NEW.`id` IS NOT OLD.`id` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id`
  OR NEW.`hearing_id` IS NOT OLD.`hearing_id` OR NEW.`started_at` IS NOT OLD.`started_at` OR NEW.`ended_at` IS NOT OLD.`ended_at`
  OR NEW.`arbitrators` IS NOT OLD.`arbitrators` OR NEW.`language` IS NOT OLD.`language`
  OR NEW.`finalised_by` IS NOT OLD.`finalised_by` OR NEW.`finalised_at` IS NOT OLD.`finalised_at`)
BEGIN SELECT RAISE(ABORT, '庭审笔录已定稿，不能修改；如有错误，请追加更正并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `hearing_transcripts_no_delete` BEFORE DELETE ON `hearing_transcripts`
BEGIN SELECT RAISE(ABORT, '庭审笔录不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `hearing_transcript_corrections_fixed` BEFORE UPDATE ON `hearing_transcript_corrections`
WHEN (SELECT c.anonymised_at FROM case_files c JOIN hearing_transcripts r ON r.case_file_id = c.id WHERE r.id = OLD.`record_id`) IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`record_id` IS NOT OLD.`record_id` OR NEW.`created_by` IS NOT OLD.`created_by` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN SELECT RAISE(ABORT, '笔录的更正只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `hearing_transcript_corrections_no_delete` BEFORE DELETE ON `hearing_transcript_corrections`
BEGIN SELECT RAISE(ABORT, '笔录的更正只能追加，不能删除'); END;
--> statement-breakpoint
-- A party's evidence stays on the file (its 证据目录 was printed from it): never deleted.
CREATE TRIGGER `arbitration_evidence_no_delete` BEFORE DELETE ON `arbitration_evidence`
BEGIN SELECT RAISE(ABORT, '证据目录的条目不能删除'); END;
