ALTER TABLE `intakes` ADD `submission_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `intakes_submission_uq` ON `intakes` (`submission_key`);