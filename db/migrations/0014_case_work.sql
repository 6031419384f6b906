CREATE TABLE `approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`action` text NOT NULL,
	`input` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` integer NOT NULL,
	`status` text NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`opinion` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `approvals_one_pending_uq` ON `approvals` (`proceeding_id`) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX `approvals_status_idx` ON `approvals` (`status`,`requested_at`);--> statement-breakpoint
CREATE TABLE `case_team` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`role` text NOT NULL,
	`staff_id` text,
	`name` text,
	`organisation` text,
	`phone` text,
	`employment` text DEFAULT 'fullTime' NOT NULL,
	`added_at` integer NOT NULL,
	`added_by` text,
	`add_reason` text,
	`removed_at` integer,
	`removed_by` text,
	`remove_reason` text,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_team_case_file_idx` ON `case_team` (`case_file_id`);--> statement-breakpoint
CREATE INDEX `case_team_staff_idx` ON `case_team` (`staff_id`,`removed_at`);--> statement-breakpoint
CREATE TABLE `deadline_basis` (
	`id` integer PRIMARY KEY NOT NULL,
	`basis` text NOT NULL,
	`computed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`party` text DEFAULT '' NOT NULL,
	`award_finality` text DEFAULT '' NOT NULL,
	`label` text NOT NULL,
	`start_date` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text NOT NULL,
	`met_on` text,
	`provisional` integer DEFAULT 0 NOT NULL,
	`actor` text NOT NULL,
	`nature` text NOT NULL,
	`citation` text NOT NULL,
	`trace` text NOT NULL,
	`warnings` text DEFAULT '[]' NOT NULL,
	`calendar_version` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deadlines_clock_uq` ON `deadlines` (`proceeding_id`,`rule_id`,`party`,`award_finality`);--> statement-breakpoint
CREATE INDEX `deadlines_status_due_idx` ON `deadlines` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `deadlines_case_file_idx` ON `deadlines` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `proceeding_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proceeding_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`rule_id` text,
	`party` text,
	`party_role` text,
	`award_finality` text,
	`source` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`recorded_by` text,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proceeding_events_proceeding_idx` ON `proceeding_events` (`proceeding_id`,`seq`);--> statement-breakpoint
ALTER TABLE `departments` ADD `head_staff_id` text;--> statement-breakpoint
-- Hand-written below: the clock events are append-only like the timeline.
CREATE TRIGGER `proceeding_events_no_update` BEFORE UPDATE ON `proceeding_events`
BEGIN SELECT RAISE(ABORT, '程序事件只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `proceeding_events_no_delete` BEFORE DELETE ON `proceeding_events`
BEGIN SELECT RAISE(ABORT, '程序事件只能追加，不能删除'); END;
--> statement-breakpoint
-- The kinds take the names of their definitions (shared/domain/proceedings).
UPDATE `proceedings` SET `kind` = 'jointMediation' WHERE `kind` = 'mediation';
--> statement-breakpoint
UPDATE `proceedings` SET `kind` = 'blacklisting' WHERE `kind` = 'blacklist';
--> statement-breakpoint
-- A proceeding awaiting acceptance starts in its definition's first state, 'received'.
UPDATE `proceedings` SET `status` = 'received' WHERE `status` = 'pending';
--> statement-breakpoint
-- Its clock starts on the day the desk received the matter (its deadlines are computed at the next start).
INSERT INTO `proceeding_events` (`proceeding_id`, `kind`, `date`, `source`, `recorded_at`, `recorded_by`)
SELECT p.`id`, 'received', i.`received_date`, 'migration', p.`created_at`, NULL
FROM `proceedings` p JOIN `case_files` c ON c.`id` = p.`case_file_id` JOIN `intakes` i ON i.`id` = c.`source_intake_id`;
--> statement-breakpoint
-- A file's 包案领导 stands on its team.
INSERT INTO `case_team` (`id`, `case_file_id`, `role`, `staff_id`, `employment`, `added_at`, `added_by`)
SELECT lower(hex(randomblob(16))), c.`id`, 'leader', c.`leader_staff_id`, 'fullTime', c.`opened_at`, c.`created_by`
FROM `case_files` c WHERE c.`leader_staff_id` IS NOT NULL;
--> statement-breakpoint
-- The desk's amount ceiling per worker (本局口径): an amount above it is asked about before it is saved.
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-intake.amountConfirmAbove-*-2008-05-01', 'intake.amountConfirmAbove', '*', '1000000', '2008-05-01', '本系统默认：每人100万元，远高于一般欠薪诉求（含经济补偿）；超过时多为多输或错位的数字，请核对后确认', 'local', '可按本局情况调整', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
