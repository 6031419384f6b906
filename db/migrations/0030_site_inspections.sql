CREATE TABLE `site_inspection_corrections` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`text` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `site_inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `site_inspection_corrections_inspection_idx` ON `site_inspection_corrections` (`inspection_id`);--> statement-breakpoint
CREATE TABLE `site_inspection_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`sha256` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`file_name` text,
	`caption` text DEFAULT '' NOT NULL,
	`sort_order` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `site_inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `site_inspection_photos_inspection_idx` ON `site_inspection_photos` (`inspection_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `site_inspections` (
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
	`employer_name` text NOT NULL,
	`present` text DEFAULT '[]' NOT NULL,
	`findings` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`finalised_by` text,
	`finalised_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorder_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `site_inspections_case_file_idx` ON `site_inspections` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `evidence_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`addressee_id` text,
	`addressee_name` text NOT NULL,
	`items` text NOT NULL,
	`due_date` text NOT NULL,
	`place` text NOT NULL,
	`contact_phone` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`returned_on` text,
	`return_lines` text,
	`return_note` text,
	`returned_by` text,
	`returned_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`addressee_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`returned_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_requests_case_file_idx` ON `evidence_requests` (`case_file_id`);--> statement-breakpoint
-- from 0026_site_inspections.sql
-- hand-written below
-- A finalised inspection is read-only: corrections are appended (site_inspection_corrections). On an anonymised file
-- (PIPL Art. 47(2); retention/case-records.ts) the columns naming people may be cleared; its times, place,
-- inspectors, status and findings' place in the record never change otherwise.
CREATE TRIGGER `site_inspections_final` BEFORE UPDATE ON `site_inspections`
WHEN OLD.`status` = 'final' AND (
  (SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NULL
  OR NEW.`status` IS NOT OLD.`status` OR NEW.`id` IS NOT OLD.`id` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id`
  OR NEW.`started_at` IS NOT OLD.`started_at` OR NEW.`ended_at` IS NOT OLD.`ended_at` OR NEW.`inspectors` IS NOT OLD.`inspectors` OR NEW.`place` IS NOT OLD.`place`
  OR NEW.`finalised_by` IS NOT OLD.`finalised_by` OR NEW.`finalised_at` IS NOT OLD.`finalised_at`)
BEGIN SELECT RAISE(ABORT, '现场检查笔录已定稿，不能修改；如有错误，请追加更正并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `site_inspections_no_delete` BEFORE DELETE ON `site_inspections`
BEGIN SELECT RAISE(ABORT, '现场检查笔录不能删除'); END;
--> statement-breakpoint
-- A photo of a finalised inspection is fixed (the record was signed with it); none is added to it afterwards.
CREATE TRIGGER `site_inspection_photos_final_insert` BEFORE INSERT ON `site_inspection_photos`
WHEN (SELECT status FROM site_inspections WHERE id = NEW.`inspection_id`) = 'final'
BEGIN SELECT RAISE(ABORT, '现场检查笔录已定稿，不能再添加照片'); END;
--> statement-breakpoint
CREATE TRIGGER `site_inspection_photos_final` BEFORE UPDATE ON `site_inspection_photos`
WHEN (SELECT status FROM site_inspections WHERE id = OLD.`inspection_id`) = 'final' AND (
  (SELECT c.anonymised_at FROM case_files c JOIN site_inspections s ON s.case_file_id = c.id WHERE s.id = OLD.`inspection_id`) IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`inspection_id` IS NOT OLD.`inspection_id` OR NEW.`sha256` IS NOT OLD.`sha256` OR NEW.`sort_order` IS NOT OLD.`sort_order`)
BEGIN SELECT RAISE(ABORT, '现场检查笔录已定稿，照片及其说明不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `site_inspection_photos_final_delete` BEFORE DELETE ON `site_inspection_photos`
WHEN (SELECT status FROM site_inspections WHERE id = OLD.`inspection_id`) = 'final'
BEGIN SELECT RAISE(ABORT, '现场检查笔录已定稿，照片不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `site_inspection_corrections_fixed` BEFORE UPDATE ON `site_inspection_corrections`
WHEN (SELECT c.anonymised_at FROM case_files c JOIN site_inspections s ON s.case_file_id = c.id WHERE s.id = OLD.`inspection_id`) IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`inspection_id` IS NOT OLD.`inspection_id` OR NEW.`created_by` IS NOT OLD.`created_by` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN SELECT RAISE(ABORT, '笔录的更正只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `site_inspection_corrections_no_delete` BEFORE DELETE ON `site_inspection_corrections`
BEGIN SELECT RAISE(ABORT, '笔录的更正只能追加，不能删除'); END;
--> statement-breakpoint
-- from 0027_evidence_requests.sql
-- hand-written below
-- A notice is what was sent: fixed once issued. Its return is recorded once (returned_at set from NULL); on an
-- anonymised file only (PIPL Art. 47(2); retention/case-records.ts) the addressee's name and the note may be cleared.
CREATE TRIGGER `evidence_requests_fixed` BEFORE UPDATE ON `evidence_requests`
WHEN NOT (
  OLD.`returned_at` IS NULL AND NEW.`returned_at` IS NOT NULL
  AND NEW.`addressee_name` IS OLD.`addressee_name` AND NEW.`items` IS OLD.`items` AND NEW.`place` IS OLD.`place` AND NEW.`contact_phone` IS OLD.`contact_phone`
) AND (
  (SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NULL
  OR NEW.`returned_at` IS NOT OLD.`returned_at` OR NEW.`returned_on` IS NOT OLD.`returned_on` OR NEW.`return_lines` IS NOT OLD.`return_lines`
)
OR NEW.`id` IS NOT OLD.`id` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id` OR NEW.`due_date` IS NOT OLD.`due_date`
OR NEW.`created_by` IS NOT OLD.`created_by` OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN SELECT RAISE(ABORT, '调取证据通知书已发出，不能修改；回复只能登记一次'); END;
--> statement-breakpoint
CREATE TRIGGER `evidence_requests_no_delete` BEFORE DELETE ON `evidence_requests`
BEGIN SELECT RAISE(ABORT, '调取证据通知书不能删除'); END;
