CREATE TABLE `document_templates` (
	`kind` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `document_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`version` integer NOT NULL,
	`content_hash` text NOT NULL,
	`model` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`docx_sha256` text NOT NULL,
	`fonts` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pdf_sha256`) REFERENCES `files`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`docx_sha256`) REFERENCES `files`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_versions_uq` ON `document_versions` (`document_id`,`version`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`number` text,
	`series` text,
	`status` text DEFAULT 'issued' NOT NULL,
	`void_reason` text,
	`voided_at` integer,
	`voided_by` text,
	`intake_id` text,
	`case_file_id` text,
	`source` text NOT NULL,
	`created_by` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_intake_idx` ON `documents` (`intake_id`);--> statement-breakpoint
CREATE INDEX `documents_case_file_idx` ON `documents` (`case_file_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_series_number_uq` ON `documents` (`unit_id`,`series`,`number`) WHERE series IS NOT NULL;--> statement-breakpoint
CREATE TABLE `files` (
	`sha256` text PRIMARY KEY NOT NULL,
	`bytes` integer NOT NULL,
	`mime` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
-- Custom (not generated): a generated version is history and never changes; a document is never deleted, and its
-- number, once issued, never changes (a voided document keeps it).
CREATE TRIGGER `document_versions_no_update` BEFORE UPDATE ON `document_versions`
BEGIN SELECT RAISE(ABORT, '文书版本只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `document_versions_no_delete` BEFORE DELETE ON `document_versions`
BEGIN SELECT RAISE(ABORT, '文书版本只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `documents_no_delete` BEFORE DELETE ON `documents`
BEGIN SELECT RAISE(ABORT, '文书不能删除，只能作废'); END;
--> statement-breakpoint
CREATE TRIGGER `documents_number_fixed` BEFORE UPDATE OF `number`, `series`, `kind`, `unit_id` ON `documents`
WHEN OLD.number IS NOT NEW.number OR OLD.series IS NOT NEW.series OR OLD.kind IS NOT NEW.kind OR OLD.unit_id IS NOT NEW.unit_id
BEGIN SELECT RAISE(ABORT, '文书的编号和种类一经确定不能更改'); END;
--> statement-breakpoint
CREATE TRIGGER `documents_void_final` BEFORE UPDATE OF `status` ON `documents`
WHEN OLD.status = 'void' AND NEW.status <> 'void'
BEGIN SELECT RAISE(ABORT, '已作废的文书不能恢复'); END;
--> statement-breakpoint
-- The monthly minimum wage for the final-award test (调解仲裁法 Art. 47). The figure is the reported 西藏自治区 standard
-- from 2021; it is UNCONFIRMED here and the bureau must check it against the regional government's notice.
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-wage.monthlyMinimum-540000-2021-07-01', 'wage.monthlyMinimum', '540000', '2100', '2021-07-01', '据报西藏自治区月最低工资标准自2021年7月起为2100元（待按自治区人民政府公布的文件核实）', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
-- Separation of duties (issue #5): 管理员 and 审计员 are each held alone. A data dir from before that rule may have a
-- first-run administrator who also held casework roles: they keep 管理员 only (their casework needs an account of its own).
DELETE FROM `staff_roles` WHERE `role` <> 'admin' AND `staff_id` IN (SELECT `staff_id` FROM `staff_roles` WHERE `role` = 'admin');
--> statement-breakpoint
DELETE FROM `staff_roles` WHERE `role` <> 'auditor' AND `staff_id` IN (SELECT `staff_id` FROM `staff_roles` WHERE `role` = 'auditor');
