CREATE TABLE `routings` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`intake_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`target` text NOT NULL,
	`department_id` text,
	`other_body` text,
	`other_unit_id` text,
	`case_file_id` text,
	`proceeding_id` text,
	`status` text NOT NULL,
	`note` text,
	`routed_at` integer NOT NULL,
	`routed_by` text NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	`return_reason` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`routed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `routings_id_unique` ON `routings` (`id`);--> statement-breakpoint
CREATE INDEX `routings_department_status_idx` ON `routings` (`department_id`,`status`,`routed_at`,`seq`);--> statement-breakpoint
CREATE INDEX `routings_unit_status_idx` ON `routings` (`unit_id`,`status`,`routed_at`,`seq`);--> statement-breakpoint
CREATE INDEX `routings_intake_idx` ON `routings` (`intake_id`,`seq`);--> statement-breakpoint
CREATE INDEX `routings_proceeding_idx` ON `routings` (`proceeding_id`,`seq`);--> statement-breakpoint
ALTER TABLE `proceedings` ADD `department_id` text;