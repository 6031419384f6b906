CREATE TABLE `service_proofs` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`purpose` text NOT NULL,
	`file_sha256` text NOT NULL,
	`file_name` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_sha256`) REFERENCES `files`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_proofs_service_idx` ON `service_proofs` (`service_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`document_id` text NOT NULL,
	`recipient_id` text NOT NULL,
	`recipient_name` text NOT NULL,
	`method` text NOT NULL,
	`served_at` integer NOT NULL,
	`served_on` text NOT NULL,
	`received_by` text,
	`relation` text,
	`served_by` text NOT NULL,
	`witnesses` text DEFAULT '[]' NOT NULL,
	`tracking_number` text,
	`entrusted_to` text,
	`electronic_address` text,
	`electronic_confirmed` integer,
	`notice_place` text,
	`notice_days` integer,
	`award_finality` text,
	`note` text,
	`status` text DEFAULT 'valid' NOT NULL,
	`void_reason` text,
	`voided_at` integer,
	`voided_by` text,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`served_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `services_document_idx` ON `services` (`document_id`,`recipient_id`);--> statement-breakpoint
CREATE INDEX `services_case_file_idx` ON `services` (`case_file_id`);--> statement-breakpoint
ALTER TABLE `proceeding_events` ADD `service_id` text REFERENCES services(id);--> statement-breakpoint
-- hand-written below
CREATE INDEX `proceeding_events_service_idx` ON `proceeding_events` (`service_id`) WHERE `service_id` IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `services_only_void` BEFORE UPDATE ON `services`
WHEN OLD.status <> 'valid' OR NEW.status <> 'void' OR NEW.void_reason IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.unit_id IS NOT OLD.unit_id OR NEW.case_file_id IS NOT OLD.case_file_id OR NEW.proceeding_id IS NOT OLD.proceeding_id
  OR NEW.document_id IS NOT OLD.document_id OR NEW.recipient_id IS NOT OLD.recipient_id OR NEW.recipient_name IS NOT OLD.recipient_name
  OR NEW.method IS NOT OLD.method OR NEW.served_at IS NOT OLD.served_at OR NEW.served_on IS NOT OLD.served_on OR NEW.received_by IS NOT OLD.received_by
  OR NEW.relation IS NOT OLD.relation OR NEW.served_by IS NOT OLD.served_by OR NEW.witnesses IS NOT OLD.witnesses OR NEW.tracking_number IS NOT OLD.tracking_number
  OR NEW.entrusted_to IS NOT OLD.entrusted_to OR NEW.electronic_address IS NOT OLD.electronic_address OR NEW.electronic_confirmed IS NOT OLD.electronic_confirmed
  OR NEW.notice_place IS NOT OLD.notice_place OR NEW.notice_days IS NOT OLD.notice_days OR NEW.award_finality IS NOT OLD.award_finality OR NEW.note IS NOT OLD.note
  OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.recorded_at IS NOT OLD.recorded_at
BEGIN SELECT RAISE(ABORT, '送达记录不能修改；登记有误的，请作废后重新登记'); END;
--> statement-breakpoint
CREATE TRIGGER `services_no_delete` BEFORE DELETE ON `services`
BEGIN SELECT RAISE(ABORT, '送达记录不能删除；登记有误的，请作废并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `service_proofs_no_update` BEFORE UPDATE ON `service_proofs`
BEGIN SELECT RAISE(ABORT, '送达凭证只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `service_proofs_no_delete` BEFORE DELETE ON `service_proofs`
BEGIN SELECT RAISE(ABORT, '送达凭证只能追加，不能删除'); END;
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-service.publicNoticeDays-*-2008-05-01', 'service.publicNoticeDays', '*', '30', '2008-05-01', '民事诉讼法（2021年修正）第九十五条：公告送达自发出公告之日起经过三十日即视为送达（此前六十日）；1993年仲裁规则为三十日；现行仲裁实践采用何者未经核实（DOMAIN.md §1.3 送达）', 'unconfirmed', '请按本委做法核实，可改为六十日', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
