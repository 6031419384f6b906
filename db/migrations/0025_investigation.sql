CREATE TABLE `inquiry_corrections` (
	`id` text PRIMARY KEY NOT NULL,
	`record_id` text NOT NULL,
	`text` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `inquiry_records`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inquiry_corrections_record_idx` ON `inquiry_corrections` (`record_id`);--> statement-breakpoint
CREATE TABLE `inquiry_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`addressee_id` text,
	`addressee_name` text NOT NULL,
	`appear_at` integer NOT NULL,
	`place` text NOT NULL,
	`bring` text DEFAULT '[]' NOT NULL,
	`contact_phone` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressee_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inquiry_notices_case_file_idx` ON `inquiry_notices` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `inquiry_records` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`started_at` integer NOT NULL,
	`ended_at` integer,
	`place` text NOT NULL,
	`inspectors` text NOT NULL,
	`recorder_id` text,
	`interviewee_party_id` text,
	`interviewee_name` text NOT NULL,
	`interviewee_sex` text,
	`interviewee_id_number` text,
	`interviewee_workplace` text,
	`interviewee_post` text,
	`interviewee_phone` text,
	`interviewee_address` text,
	`language` text NOT NULL,
	`language_other` text,
	`interpreter_name` text,
	`interpreter_duty_told` integer DEFAULT 0 NOT NULL,
	`qa` text DEFAULT '[]' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`finalised_by` text,
	`finalised_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorder_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`interviewee_party_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inquiry_records_case_file_idx` ON `inquiry_records` (`case_file_id`);--> statement-breakpoint
-- from 0023_investigation.sql
-- hand-written below
-- A notice is what was sent: never changed, never deleted; on an anonymised file only (PIPL Art. 47(2);
-- retention/case-records.ts) its addressee's name and the place may be cleared.
CREATE TRIGGER `inquiry_notices_fixed` BEFORE UPDATE ON `inquiry_notices`
WHEN (SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id` OR NEW.`appear_at` IS NOT OLD.`appear_at`
  OR NEW.`created_by` IS NOT OLD.`created_by` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN SELECT RAISE(ABORT, '询问通知书已发出，不能修改；有误的，请作废该文书后重新制作'); END;
--> statement-breakpoint
CREATE TRIGGER `inquiry_notices_no_delete` BEFORE DELETE ON `inquiry_notices`
BEGIN SELECT RAISE(ABORT, '询问通知书不能删除'); END;
--> statement-breakpoint
-- A finalised record is read-only: corrections are appended (inquiry_corrections). On an anonymised file the columns
-- naming or reaching people may be cleared; its times, inspectors, language and status never change.
CREATE TRIGGER `inquiry_records_final` BEFORE UPDATE ON `inquiry_records`
WHEN OLD.`status` = 'final' AND (
  (SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NULL
  OR NEW.`status` IS NOT OLD.`status` OR NEW.`id` IS NOT OLD.`id` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id`
  OR NEW.`started_at` IS NOT OLD.`started_at` OR NEW.`ended_at` IS NOT OLD.`ended_at` OR NEW.`inspectors` IS NOT OLD.`inspectors` OR NEW.`language` IS NOT OLD.`language`
  OR NEW.`finalised_by` IS NOT OLD.`finalised_by` OR NEW.`finalised_at` IS NOT OLD.`finalised_at`)
BEGIN SELECT RAISE(ABORT, '询问笔录已定稿，不能修改；如有错误，请追加更正并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `inquiry_records_no_delete` BEFORE DELETE ON `inquiry_records`
BEGIN SELECT RAISE(ABORT, '询问笔录不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `inquiry_corrections_fixed` BEFORE UPDATE ON `inquiry_corrections`
WHEN (SELECT c.anonymised_at FROM case_files c JOIN inquiry_records r ON r.case_file_id = c.id WHERE r.id = OLD.`record_id`) IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`record_id` IS NOT OLD.`record_id` OR NEW.`created_by` IS NOT OLD.`created_by` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN SELECT RAISE(ABORT, '笔录的更正只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `inquiry_corrections_no_delete` BEFORE DELETE ON `inquiry_corrections`
BEGIN SELECT RAISE(ABORT, '笔录的更正只能追加，不能删除'); END;
