ALTER TABLE `intake_complainants` ADD `address` text;--> statement-breakpoint
ALTER TABLE `intake_complainants` ADD `occupation` text;--> statement-breakpoint
ALTER TABLE `intake_complainants` ADD `workplace` text;--> statement-breakpoint
ALTER TABLE `intakes` ADD `violation_end_date` text;--> statement-breakpoint
ALTER TABLE `intakes` ADD `pending_elsewhere` text;