CREATE TABLE `arbitration_application_parties` (
	`proceeding_party_id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`address` text,
	`mailing_address` text,
	`phone` text,
	FOREIGN KEY (`proceeding_party_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `arbitration_applications`(`proceeding_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `arbitration_applications` (
	`proceeding_id` text PRIMARY KEY NOT NULL,
	`form` text NOT NULL,
	`facts_and_reasons` text,
	`evidence` text,
	`witnesses` text,
	`known_on` text,
	`employment_ended_on` text,
	`updated_by` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `arbitration_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`applicant_id` text NOT NULL,
	`category` text NOT NULL,
	`request` text NOT NULL,
	`amount_fen` integer,
	`basis` text,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `arbitration_applications`(`proceeding_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_id`) REFERENCES `proceeding_parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arbitration_claims_proceeding_idx` ON `arbitration_claims` (`proceeding_id`,`sort_order`);