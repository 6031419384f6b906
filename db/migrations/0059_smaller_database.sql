DROP INDEX `proceeding_events_proceeding_idx`;--> statement-breakpoint
-- hand-written below
-- A complainant row is its key (intake, person): stored WITHOUT ROWID, the table is its primary key's b-tree and the
-- separate index of (intake_id, person_id) that a rowid table keeps beside it goes (issue #15: a smaller database).
CREATE TABLE `intake_complainants_new` (
	`intake_id` text NOT NULL,
	`person_id` text NOT NULL,
	`sort_order` integer NOT NULL,
	`is_representative` integer DEFAULT false NOT NULL,
	`amount_claimed_fen` integer,
	`note` text,
	`address` text,
	`occupation` text,
	`workplace` text,
	PRIMARY KEY(`intake_id`, `person_id`),
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;--> statement-breakpoint
INSERT INTO `intake_complainants_new` (`intake_id`, `person_id`, `sort_order`, `is_representative`, `amount_claimed_fen`, `note`, `address`, `occupation`, `workplace`)
  SELECT `intake_id`, `person_id`, `sort_order`, `is_representative`, `amount_claimed_fen`, `note`, `address`, `occupation`, `workplace` FROM `intake_complainants`;--> statement-breakpoint
DROP TABLE `intake_complainants`;--> statement-breakpoint
ALTER TABLE `intake_complainants_new` RENAME TO `intake_complainants`;--> statement-breakpoint
CREATE INDEX `intake_complainants_person_idx` ON `intake_complainants` (`person_id`);
