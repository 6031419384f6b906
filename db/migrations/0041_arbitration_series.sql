CREATE TABLE `arbitration_consent_workers` (
	`consent_id` text NOT NULL,
	`proceeding_party_id` text NOT NULL,
	PRIMARY KEY(`consent_id`, `proceeding_party_id`),
	FOREIGN KEY (`consent_id`) REFERENCES `arbitration_consents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_party_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `arbitration_consents` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`act` text NOT NULL,
	`consented_on` text NOT NULL,
	`method` text NOT NULL,
	`note` text,
	`used_at` integer,
	`recorded_by` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_consents_proceeding_idx` ON `arbitration_consents` (`proceeding_id`,`act`);--> statement-breakpoint
CREATE TABLE `arbitration_representatives` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`proceeding_party_id` text NOT NULL,
	`from_on` text NOT NULL,
	`until_on` text,
	`recorded_by` text,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_party_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_representatives_proceeding_idx` ON `arbitration_representatives` (`proceeding_id`,`until_on`);--> statement-breakpoint
CREATE TABLE `arbitration_series` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`label` text NOT NULL,
	`accepted_on` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_series_case_file_idx` ON `arbitration_series` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `arbitration_series_cases` (
	`proceeding_id` text PRIMARY KEY NOT NULL,
	`series_id` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `arbitration_series`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_series_cases_series_idx` ON `arbitration_series_cases` (`series_id`,`position`);