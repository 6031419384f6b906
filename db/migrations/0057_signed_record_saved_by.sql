ALTER TABLE `inquiry_records` ADD `saved_by` text REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `inquiry_records` ADD `saved_at` integer;--> statement-breakpoint
ALTER TABLE `site_inspections` ADD `saved_by` text REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `site_inspections` ADD `saved_at` integer;--> statement-breakpoint
ALTER TABLE `hearing_transcripts` ADD `saved_by` text REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `hearing_transcripts` ADD `saved_at` integer;