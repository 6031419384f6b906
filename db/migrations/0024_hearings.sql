CREATE TABLE `hearing_arbitrators` (
	`hearing_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`presiding` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`hearing_id`, `staff_id`),
	FOREIGN KEY (`hearing_id`) REFERENCES `hearings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearing_arbitrators_staff_idx` ON `hearing_arbitrators` (`staff_id`);--> statement-breakpoint
CREATE TABLE `hearing_rooms` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`name` text NOT NULL,
	`capacity` integer NOT NULL,
	`recording` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `hearings` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`room_id` text NOT NULL,
	`clerk_staff_id` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`short_notice_agreement` text,
	`day_off_confirmed` integer DEFAULT false NOT NULL,
	`replaces_id` text,
	`postponed_by` text,
	`postpone_requested_on` text,
	`postpone_reason` text,
	`applicant_appeared` integer,
	`respondent_appeared` integer,
	`absent_without_cause` integer,
	`held_note` text,
	`scheduled_by` text NOT NULL,
	`scheduled_at` integer NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `hearing_rooms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scheduled_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hearings_date_idx` ON `hearings` (`unit_id`,`date`);--> statement-breakpoint
CREATE INDEX `hearings_proceeding_idx` ON `hearings` (`proceeding_id`);--> statement-breakpoint
CREATE TABLE `tribunal_arbitrators` (
	`proceeding_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`presiding` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`proceeding_id`, `staff_id`),
	FOREIGN KEY (`proceeding_id`) REFERENCES `tribunals`(`proceeding_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tribunals` (
	`proceeding_id` text PRIMARY KEY NOT NULL,
	`form` text NOT NULL,
	`clerk_staff_id` text NOT NULL,
	`composed_on` text NOT NULL,
	`composed_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clerk_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- from 0023_hearings.sql
-- hand-written below
-- A room is deactivated, never deleted (old hearings name it); a hearing, postponed or held, stays on the file.
CREATE TRIGGER `hearing_rooms_no_delete` BEFORE DELETE ON `hearing_rooms`
BEGIN SELECT RAISE(ABORT, '仲裁庭室不能删除，只能停用'); END;
--> statement-breakpoint
CREATE TRIGGER `hearings_no_delete` BEFORE DELETE ON `hearings`
BEGIN SELECT RAISE(ABORT, '开庭记录不能删除；改期的请办理延期开庭'); END;
--> statement-breakpoint
CREATE TRIGGER `tribunals_no_delete` BEFORE DELETE ON `tribunals`
BEGIN SELECT RAISE(ABORT, '仲裁庭组成记录不能删除'); END;
