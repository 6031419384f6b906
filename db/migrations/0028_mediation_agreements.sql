CREATE TABLE `mediation_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`signed_on` text NOT NULL,
	`total_fen` integer NOT NULL,
	`outstanding_fen` integer NOT NULL,
	`over_owed_reason` text,
	`note` text,
	`recorded_by` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mediation_agreements_proceeding_idx` ON `mediation_agreements` (`proceeding_id`);--> statement-breakpoint
CREATE INDEX `mediation_agreements_case_file_idx` ON `mediation_agreements` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `mediation_instalments` (
	`id` text PRIMARY KEY NOT NULL,
	`agreement_id` text NOT NULL,
	`seq` integer NOT NULL,
	`person_id` text,
	`due_on` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`payer_name` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `mediation_agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mediation_instalments_agreement_idx` ON `mediation_instalments` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `mediation_instalments_due_idx` ON `mediation_instalments` (`due_on`);--> statement-breakpoint
CREATE TABLE `wage_payment_instalments` (
	`payment_id` text PRIMARY KEY NOT NULL,
	`instalment_id` text NOT NULL,
	FOREIGN KEY (`payment_id`) REFERENCES `wage_payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instalment_id`) REFERENCES `mediation_instalments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wage_payment_instalments_instalment_idx` ON `wage_payment_instalments` (`instalment_id`);--> statement-breakpoint
ALTER TABLE `meeting_attendees` ADD `commitment` text;--> statement-breakpoint
-- from 0027_mediation_agreements.sql
-- hand-written below
-- Append-only (调解仲裁法 Art. 14: the signed agreement is what binds): an agreement, its instalments and a payment's
-- instalment link are never changed or deleted; a wrong payment is voided on wage_payments with its reason.
CREATE TRIGGER `mediation_agreements_no_update` BEFORE UPDATE ON `mediation_agreements`
BEGIN SELECT RAISE(ABORT, '调解协议登记后不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `mediation_agreements_no_delete` BEFORE DELETE ON `mediation_agreements`
BEGIN SELECT RAISE(ABORT, '调解协议登记后不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `mediation_instalments_no_update` BEFORE UPDATE ON `mediation_instalments`
BEGIN SELECT RAISE(ABORT, '调解协议的分期安排不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `mediation_instalments_no_delete` BEFORE DELETE ON `mediation_instalments`
BEGIN SELECT RAISE(ABORT, '调解协议的分期安排不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payment_instalments_no_update` BEFORE UPDATE ON `wage_payment_instalments`
BEGIN SELECT RAISE(ABORT, '支付对应的分期只能随支付一并登记，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `wage_payment_instalments_no_delete` BEFORE DELETE ON `wage_payment_instalments`
BEGIN SELECT RAISE(ABORT, '支付对应的分期只能随支付一并登记，不能修改或删除'); END;
