ALTER TABLE `installation` ADD `handed_over_at` integer;--> statement-breakpoint
ALTER TABLE `installation` ADD `handed_over_to` text;--> statement-breakpoint
ALTER TABLE `installation` ADD `handed_over_package` text;