PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- The trace (计算过程) becomes nullable, recomputed on demand (electron/core/deadlines/deadline-trace.ts); existing rows keep
-- theirs until the deadline recompute (engine version 6) compacts those the engine re-derives identically.
CREATE TABLE `__new_deadlines` (
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
	`trace` text,
	`trace_hash` integer,
	`warnings` text DEFAULT '[]' NOT NULL,
	`calendar_version` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_deadlines`("id", "proceeding_id", "case_file_id", "unit_id", "rule_id", "party", "award_finality", "label", "start_date", "due_date", "status", "met_on", "provisional", "actor", "nature", "citation", "trace", "warnings", "calendar_version", "computed_at") SELECT "id", "proceeding_id", "case_file_id", "unit_id", "rule_id", "party", "award_finality", "label", "start_date", "due_date", "status", "met_on", "provisional", "actor", "nature", "citation", "trace", "warnings", "calendar_version", "computed_at" FROM `deadlines`;--> statement-breakpoint
DROP TABLE `deadlines`;--> statement-breakpoint
ALTER TABLE `__new_deadlines` RENAME TO `deadlines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `deadlines_clock_uq` ON `deadlines` (`proceeding_id`,`rule_id`,`party`,`award_finality`);--> statement-breakpoint
CREATE INDEX `deadlines_status_due_idx` ON `deadlines` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `deadlines_open_duties_idx` ON `deadlines` (`status`,`nature`,`unit_id`,`due_date`,`proceeding_id`);--> statement-breakpoint
CREATE INDEX `deadlines_case_file_idx` ON `deadlines` (`case_file_id`);