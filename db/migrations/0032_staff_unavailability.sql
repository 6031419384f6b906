CREATE TABLE `staff_unavailability` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	`withdrawn_at` integer,
	`withdrawn_by` text,
	`withdrawn_reason` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_unavailability_days_idx` ON `staff_unavailability` (`unit_id`,`from_date`,`to_date`);--> statement-breakpoint
CREATE INDEX `staff_unavailability_staff_idx` ON `staff_unavailability` (`staff_id`);