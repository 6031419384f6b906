CREATE TABLE `evidence_items` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`seq` integer NOT NULL,
	`proceeding_id` text,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`submitter` text NOT NULL,
	`person_id` text,
	`party_id` text,
	`purpose` text NOT NULL,
	`form` text NOT NULL,
	`source` text,
	`pages` integer,
	`received_date` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`status` text DEFAULT 'current' NOT NULL,
	`withdrawn_reason` text,
	`withdrawn_at` integer,
	`withdrawn_by` text,
	`created_by` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_sha256`) REFERENCES `files`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_items_file_seq_uq` ON `evidence_items` (`case_file_id`,`seq`);--> statement-breakpoint
CREATE INDEX `evidence_items_sha_idx` ON `evidence_items` (`file_sha256`);--> statement-breakpoint
CREATE TABLE `worker_owed_corrections` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`person_id` text NOT NULL,
	`from_fen` integer,
	`to_fen` integer NOT NULL,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `worker_owed_corrections_file_idx` ON `worker_owed_corrections` (`case_file_id`,`person_id`,`created_at`);--> statement-breakpoint
-- hand-written below
-- An evidence item is never deleted (a wrong one is withdrawn with the reason), and what it is and which file it
-- names never change once received; only its withdrawal is written later. A correction of an amount owed is history.
CREATE TRIGGER `evidence_items_no_delete` BEFORE DELETE ON `evidence_items`
BEGIN SELECT RAISE(ABORT, '证据不能删除，只能撤回并写明理由'); END;
--> statement-breakpoint
CREATE TRIGGER `evidence_items_fixed` BEFORE UPDATE OF `case_file_id`, `seq`, `file_sha256`, `title`, `kind`, `submitter`, `person_id`, `party_id`, `purpose`, `form`, `received_date`, `created_by`, `created_at` ON `evidence_items`
BEGIN SELECT RAISE(ABORT, '证据登记后不能修改，如有错误请撤回后重新添加'); END;
--> statement-breakpoint
CREATE TRIGGER `worker_owed_corrections_no_update` BEFORE UPDATE ON `worker_owed_corrections`
BEGIN SELECT RAISE(ABORT, '欠薪金额更正记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `worker_owed_corrections_no_delete` BEFORE DELETE ON `worker_owed_corrections`
BEGIN SELECT RAISE(ABORT, '欠薪金额更正记录只能追加，不能删除'); END;
