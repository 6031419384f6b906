CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_region_code_unique` ON `units` (`region_code`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`name` text NOT NULL,
	`capability` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `departments_unit_idx` ON `departments` (`unit_id`);--> statement-breakpoint
CREATE TABLE `parameters` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`region` text NOT NULL,
	`value` text NOT NULL,
	`effective_from` text NOT NULL,
	`source` text NOT NULL,
	`confidence` text NOT NULL,
	`note` text,
	`created_by` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parameters_key_region_from_uq` ON `parameters` (`key`,`region`,`effective_from`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`department_id` text,
	`name` text NOT NULL,
	`name_initials` text DEFAULT '' NOT NULL,
	`employment` text DEFAULT 'fullTime' NOT NULL,
	`phone` text,
	`enforcement_cert_no` text,
	`enforcement_cert_expiry` text,
	`arbitrator_cert_no` text,
	`arbitrator_cert_expiry` text,
	`active` integer DEFAULT true NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_unit_idx` ON `staff` (`unit_id`,`active`);--> statement-breakpoint
CREATE TABLE `staff_roles` (
	`staff_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`staff_id`, `role`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_roles_role_idx` ON `staff_roles` (`role`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_initials` text DEFAULT '' NOT NULL,
	`credit_code` text,
	`id_type` text,
	`id_number` text,
	`legal_rep_name` text,
	`legal_rep_title` text,
	`address` text,
	`phone` text,
	`note` text,
	`created_by` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_credit_code_uq` ON `parties` (`credit_code`) WHERE credit_code IS NOT NULL;--> statement-breakpoint
CREATE INDEX `parties_id_number_idx` ON `parties` (`id_number`) WHERE id_number IS NOT NULL;--> statement-breakpoint
CREATE INDEX `parties_initials_idx` ON `parties` (`name_initials`);--> statement-breakpoint
CREATE INDEX `parties_name_idx` ON `parties` (`name`);--> statement-breakpoint
CREATE TABLE `project_subcontracts` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`party_id` text NOT NULL,
	`contractor_party_id` text,
	`tier` integer DEFAULT 1 NOT NULL,
	`role` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contractor_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_subcontracts_project_idx` ON `project_subcontracts` (`project_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`site_unit_id` text,
	`site_address` text,
	`owner_party_id` text,
	`general_contractor_party_id` text,
	`created_by` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`site_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`general_contractor_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_name_idx` ON `projects` (`name`);--> statement-breakpoint
CREATE TABLE `person_phones` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`phone` text NOT NULL,
	`kind` text NOT NULL,
	`label` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_phones_person_idx` ON `person_phones` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_phones_phone_idx` ON `person_phones` (`phone`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_initials` text DEFAULT '' NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text,
	`id_status` text NOT NULL,
	`id_missing_reason` text,
	`sex` text,
	`birth_date` text,
	`hometown` text,
	`preferred_language` text DEFAULT 'zh' NOT NULL,
	`note` text,
	`created_by` text,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_id_document_uq` ON `persons` (`id_type`,`id_number`) WHERE id_number IS NOT NULL;--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
CREATE TABLE `intake_complainants` (
	`intake_id` text NOT NULL,
	`person_id` text NOT NULL,
	`sort_order` integer NOT NULL,
	`is_representative` integer DEFAULT false NOT NULL,
	`amount_claimed_fen` integer,
	`note` text,
	PRIMARY KEY(`intake_id`, `person_id`),
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_complainants_person_idx` ON `intake_complainants` (`person_id`);--> statement-breakpoint
CREATE TABLE `intake_parties` (
	`intake_id` text NOT NULL,
	`party_id` text NOT NULL,
	`role` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`intake_id`, `party_id`, `role`),
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_parties_party_idx` ON `intake_parties` (`party_id`);--> statement-breakpoint
CREATE TABLE `intakes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`unit_id` text NOT NULL,
	`reg_year` integer NOT NULL,
	`reg_no` integer NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`external_no` text,
	`reply_due` text,
	`received_at` integer NOT NULL,
	`received_date` text NOT NULL,
	`summary` text NOT NULL,
	`workers_count` integer NOT NULL,
	`amount_claimed_fen` integer,
	`project_id` text,
	`status` text NOT NULL,
	`route` text,
	`answer` text,
	`collective` integer DEFAULT false NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`case_file_id` text,
	`recorded_by` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `intakes_id_unique` ON `intakes` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `intakes_reg_uq` ON `intakes` (`unit_id`,`reg_year`,`reg_no`);--> statement-breakpoint
CREATE INDEX `intakes_received_idx` ON `intakes` (`received_at`,`seq`);--> statement-breakpoint
CREATE INDEX `intakes_status_received_idx` ON `intakes` (`status`,`received_at`,`seq`);--> statement-breakpoint
CREATE INDEX `intakes_case_file_idx` ON `intakes` (`case_file_id`);--> statement-breakpoint
CREATE INDEX `intakes_external_no_idx` ON `intakes` (`external_no`);--> statement-breakpoint
CREATE TABLE `case_files` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`unit_id` text NOT NULL,
	`title` text NOT NULL,
	`leader_staff_id` text,
	`collective` integer DEFAULT false NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`status` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	`source_intake_id` text,
	`created_by` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_files_id_unique` ON `case_files` (`id`);--> statement-breakpoint
CREATE INDEX `case_files_opened_idx` ON `case_files` (`opened_at`,`seq`);--> statement-breakpoint
CREATE INDEX `case_files_status_opened_idx` ON `case_files` (`status`,`opened_at`,`seq`);--> statement-breakpoint
CREATE INDEX `case_files_leader_idx` ON `case_files` (`leader_staff_id`);--> statement-breakpoint
CREATE TABLE `proceeding_parties` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`role` text NOT NULL,
	`party_id` text,
	`person_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proceeding_parties_proceeding_idx` ON `proceeding_parties` (`proceeding_id`);--> statement-breakpoint
CREATE TABLE `proceedings` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`status` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proceedings_case_file_idx` ON `proceedings` (`case_file_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `proceedings_number_uq` ON `proceedings` (`kind`,`number`) WHERE number IS NOT NULL;--> statement-breakpoint
CREATE TABLE `case_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_staff_id` text,
	`summary` text NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_file_idx` ON `case_events` (`case_file_id`,`seq`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_staff_id` text,
	`session_id` text,
	`channel` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`change` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`staff_id` text NOT NULL,
	`form_key` text NOT NULL,
	`data` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`staff_id`, `form_key`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `installation` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`installation_id` text NOT NULL,
	`demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "installation_single_row" CHECK("installation"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `number_series` (
	`unit_id` text NOT NULL,
	`series` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `series`, `year`),
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
