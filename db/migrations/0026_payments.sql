CREATE TABLE `advance_recoveries` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`recovered_on` text NOT NULL,
	`from_name` text NOT NULL,
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
	FOREIGN KEY (`voided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `advance_recoveries_case_file_idx` ON `advance_recoveries` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `wage_holdings` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`person_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`payer_kind` text NOT NULL,
	`payer_name` text NOT NULL,
	`holder` text NOT NULL,
	`held_since` text NOT NULL,
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
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wage_holdings_case_file_idx` ON `wage_holdings` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `wage_payment_allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`payment_id` text NOT NULL,
	`person_id` text NOT NULL,
	`amount_fen` integer NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `wage_payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wage_payment_allocations_payment_idx` ON `wage_payment_allocations` (`payment_id`);--> statement-breakpoint
CREATE TABLE `wage_payment_scans` (
	`id` text PRIMARY KEY NOT NULL,
	`payment_id` text NOT NULL,
	`file_sha256` text NOT NULL,
	`file_name` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `wage_payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_sha256`) REFERENCES `files`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wage_payment_scans_payment_idx` ON `wage_payment_scans` (`payment_id`);--> statement-breakpoint
CREATE TABLE `wage_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`kind` text NOT NULL,
	`person_id` text,
	`batch_id` text,
	`holding_id` text,
	`payer_kind` text NOT NULL,
	`payer_name` text NOT NULL,
	`method` text NOT NULL,
	`bank_reference` text,
	`receipt_mark` text,
	`receipt_signer` text,
	`intermediary_name` text,
	`intermediary_role` text,
	`paid_on` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`approved_by` text,
	`approved_on` text,
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
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holding_id`) REFERENCES `wage_holdings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wage_payments_case_file_idx` ON `wage_payments` (`case_file_id`);--> statement-breakpoint
CREATE INDEX `wage_payments_batch_idx` ON `wage_payments` (`batch_id`);--> statement-breakpoint
-- from 0023_payments.sql
-- hand-written below
-- Append-only (条例 Arts. 11, 31: what was paid to whom is evidence): a record is voided with a reason, never changed
-- or deleted; on a file marked anonymised only the columns naming or reaching people may be cleared (PIPL Art. 47(2)).
CREATE TRIGGER `wage_payments_only_void` BEFORE UPDATE ON `wage_payments`
WHEN NOT ((OLD.`status` = 'valid' AND NEW.`status` = 'void' AND NEW.`void_reason` IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`kind` IS OLD.`kind` AND NEW.`person_id` IS OLD.`person_id` AND NEW.`batch_id` IS OLD.`batch_id` AND NEW.`holding_id` IS OLD.`holding_id` AND NEW.`payer_kind` IS OLD.`payer_kind` AND NEW.`payer_name` IS OLD.`payer_name` AND NEW.`method` IS OLD.`method` AND NEW.`bank_reference` IS OLD.`bank_reference` AND NEW.`receipt_mark` IS OLD.`receipt_mark` AND NEW.`receipt_signer` IS OLD.`receipt_signer` AND NEW.`intermediary_name` IS OLD.`intermediary_name` AND NEW.`intermediary_role` IS OLD.`intermediary_role` AND NEW.`paid_on` IS OLD.`paid_on` AND NEW.`amount_fen` IS OLD.`amount_fen` AND NEW.`approved_by` IS OLD.`approved_by` AND NEW.`approved_on` IS OLD.`approved_on` AND NEW.`note` IS OLD.`note` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at`)
  OR ((SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`kind` IS OLD.`kind` AND NEW.`person_id` IS OLD.`person_id` AND NEW.`batch_id` IS OLD.`batch_id` AND NEW.`holding_id` IS OLD.`holding_id` AND NEW.`payer_kind` IS OLD.`payer_kind` AND NEW.`payer_name` IS OLD.`payer_name` AND NEW.`method` IS OLD.`method` AND NEW.`receipt_mark` IS OLD.`receipt_mark` AND NEW.`intermediary_role` IS OLD.`intermediary_role` AND NEW.`paid_on` IS OLD.`paid_on` AND NEW.`amount_fen` IS OLD.`amount_fen` AND NEW.`approved_by` IS OLD.`approved_by` AND NEW.`approved_on` IS OLD.`approved_on` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at` AND NEW.`status` IS OLD.`status` AND NEW.`void_reason` IS OLD.`void_reason` AND NEW.`voided_at` IS OLD.`voided_at` AND NEW.`voided_by` IS OLD.`voided_by`))
BEGIN SELECT RAISE(ABORT, '支付记录不能修改；登记有误的，请作废后重新登记'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payments_no_delete` BEFORE DELETE ON `wage_payments`
BEGIN SELECT RAISE(ABORT, '支付记录不能删除；登记有误的，请作废并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_holdings_only_void` BEFORE UPDATE ON `wage_holdings`
WHEN NOT ((OLD.`status` = 'valid' AND NEW.`status` = 'void' AND NEW.`void_reason` IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`person_id` IS OLD.`person_id` AND NEW.`amount_fen` IS OLD.`amount_fen` AND NEW.`payer_kind` IS OLD.`payer_kind` AND NEW.`payer_name` IS OLD.`payer_name` AND NEW.`holder` IS OLD.`holder` AND NEW.`held_since` IS OLD.`held_since` AND NEW.`note` IS OLD.`note` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at`)
  OR ((SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`person_id` IS OLD.`person_id` AND NEW.`amount_fen` IS OLD.`amount_fen` AND NEW.`payer_kind` IS OLD.`payer_kind` AND NEW.`payer_name` IS OLD.`payer_name` AND NEW.`holder` IS OLD.`holder` AND NEW.`held_since` IS OLD.`held_since` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at` AND NEW.`status` IS OLD.`status` AND NEW.`void_reason` IS OLD.`void_reason` AND NEW.`voided_at` IS OLD.`voided_at` AND NEW.`voided_by` IS OLD.`voided_by`))
BEGIN SELECT RAISE(ABORT, '代为保管的工资记录不能修改；登记有误的，请作废后重新登记'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_holdings_no_delete` BEFORE DELETE ON `wage_holdings`
BEGIN SELECT RAISE(ABORT, '代为保管的工资记录不能删除；登记有误的，请作废并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `advance_recoveries_only_void` BEFORE UPDATE ON `advance_recoveries`
WHEN NOT ((OLD.`status` = 'valid' AND NEW.`status` = 'void' AND NEW.`void_reason` IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`amount_fen` IS OLD.`amount_fen` AND NEW.`recovered_on` IS OLD.`recovered_on` AND NEW.`from_name` IS OLD.`from_name` AND NEW.`note` IS OLD.`note` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at`)
  OR ((SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`amount_fen` IS OLD.`amount_fen` AND NEW.`recovered_on` IS OLD.`recovered_on` AND NEW.`from_name` IS OLD.`from_name` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at` AND NEW.`status` IS OLD.`status` AND NEW.`void_reason` IS OLD.`void_reason` AND NEW.`voided_at` IS OLD.`voided_at` AND NEW.`voided_by` IS OLD.`voided_by`))
BEGIN SELECT RAISE(ABORT, '应急周转金追回记录不能修改；登记有误的，请作废后重新登记'); END;
--> statement-breakpoint
CREATE TRIGGER `advance_recoveries_no_delete` BEFORE DELETE ON `advance_recoveries`
BEGIN SELECT RAISE(ABORT, '应急周转金追回记录不能删除；登记有误的，请作废并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payment_allocations_no_update` BEFORE UPDATE ON `wage_payment_allocations`
BEGIN SELECT RAISE(ABORT, '转交款的分配明细只能随转交款一并登记，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payment_allocations_no_delete` BEFORE DELETE ON `wage_payment_allocations`
BEGIN SELECT RAISE(ABORT, '转交款的分配明细只能随转交款一并登记，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payment_scans_no_update` BEFORE UPDATE ON `wage_payment_scans`
BEGIN SELECT RAISE(ABORT, '支付凭证只能追加，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payment_scans_no_delete` BEFORE DELETE ON `wage_payment_scans`
BEGIN SELECT RAISE(ABORT, '支付凭证只能追加，不能修改或删除'); END;
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-payment.emergencyAdvanceCapPerPerson-*-2020-05-01', 'payment.emergencyAdvanceCapPerPerson', '*', '10000', '2020-05-01', '《保障农民工工资支付条例》第六十三条：应急周转金可先行垫付部分工资或基本生活费；每人垫付上限由当地应急周转金管理办法规定，本值为系统默认的占位数额，未经核实', 'unconfirmed', '请按本地应急周转金管理办法核实并修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
