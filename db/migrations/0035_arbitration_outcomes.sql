CREATE TABLE `arbitration_award_items` (
	`proceeding_id` text NOT NULL,
	`seq` integer NOT NULL,
	`claimant` text NOT NULL,
	`category` text NOT NULL,
	`amount_fen` integer,
	`final` integer NOT NULL,
	PRIMARY KEY(`proceeding_id`, `seq`),
	FOREIGN KEY (`proceeding_id`) REFERENCES `arbitration_awards`(`proceeding_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `arbitration_awards` (
	`proceeding_id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`awarded_on` text NOT NULL,
	`finality` text NOT NULL,
	`total_fen` integer NOT NULL,
	`threshold_fen` integer,
	`payment_status` text,
	`paid_fen` integer,
	`payment_recorded_on` text,
	`recorded_by` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_awards_unit_idx` ON `arbitration_awards` (`unit_id`,`awarded_on`);--> statement-breakpoint
CREATE TABLE `arbitration_closings` (
	`proceeding_id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`closed_on` text NOT NULL,
	`method` text NOT NULL,
	`result` text NOT NULL,
	`cause` text NOT NULL,
	`claimed_fen` integer NOT NULL,
	`resolved_fen` integer NOT NULL,
	`note` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_closings_unit_idx` ON `arbitration_closings` (`unit_id`,`closed_on`);--> statement-breakpoint
CREATE TABLE `arbitration_court_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`route` text NOT NULL,
	`party` text NOT NULL,
	`party_role` text NOT NULL,
	`court` text NOT NULL,
	`court_case_number` text NOT NULL,
	`filed_on` text NOT NULL,
	`result` text,
	`result_on` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `arbitration_court_actions_number_idx` ON `arbitration_court_actions` (`proceeding_id`,`court_case_number`);