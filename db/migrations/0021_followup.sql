CREATE TABLE `case_file_links` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`other_case_file_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_file_links_pair_uq` ON `case_file_links` (`case_file_id`,`other_case_file_id`);--> statement-breakpoint
CREATE INDEX `case_file_links_other_idx` ON `case_file_links` (`other_case_file_id`);--> statement-breakpoint
CREATE TABLE `intake_callbacks` (
	`id` text PRIMARY KEY NOT NULL,
	`intake_id` text NOT NULL,
	`person_id` text,
	`at` integer NOT NULL,
	`by_staff_id` text NOT NULL,
	`method` text NOT NULL,
	`reached` integer DEFAULT false NOT NULL,
	`content` text NOT NULL,
	`satisfaction` text,
	`recorded_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_callbacks_intake_idx` ON `intake_callbacks` (`intake_id`,`at`);--> statement-breakpoint
CREATE TABLE `intake_notices` (
	`intake_id` text PRIMARY KEY NOT NULL,
	`content` text,
	`told_by` text NOT NULL,
	`told_at` integer NOT NULL,
	`feedback_due` text NOT NULL,
	`answered_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`told_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `intake_notices_waiting_idx` ON `intake_notices` (`feedback_due`) WHERE answered_at IS NULL;--> statement-breakpoint
CREATE INDEX `projects_site_address_idx` ON `projects` (`site_address`);--> statement-breakpoint
CREATE INDEX `intakes_project_idx` ON `intakes` (`project_id`);--> statement-breakpoint
-- hand-written below
-- Call-backs and links are appended, never changed or deleted; the only change a call-back takes is its words made
-- anonymous when the file's retention period has ended (retention.service.ts, ANONYMISED_TEXT in shared/domain/retention.ts).
CREATE TRIGGER `intake_callbacks_no_update` BEFORE UPDATE ON `intake_callbacks`
WHEN NOT (NEW.content = '（保管期限届满，个人信息已匿名化）' AND NEW.id = OLD.id AND NEW.intake_id = OLD.intake_id AND NEW.person_id IS OLD.person_id
  AND NEW.at = OLD.at AND NEW.by_staff_id = OLD.by_staff_id AND NEW.method = OLD.method AND NEW.reached = OLD.reached
  AND NEW.satisfaction IS OLD.satisfaction AND NEW.recorded_by = OLD.recorded_by AND NEW.created_at = OLD.created_at)
BEGIN SELECT RAISE(ABORT, '回访记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `intake_callbacks_no_delete` BEFORE DELETE ON `intake_callbacks`
BEGIN SELECT RAISE(ABORT, '回访记录只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `intake_notices_no_delete` BEFORE DELETE ON `intake_notices`
BEGIN SELECT RAISE(ABORT, '告知记录不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `case_file_links_no_update` BEFORE UPDATE ON `case_file_links`
BEGIN SELECT RAISE(ABORT, '案卷关联记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `case_file_links_no_delete` BEFORE DELETE ON `case_file_links`
BEGIN SELECT RAISE(ABORT, '案卷关联记录只能追加，不能删除'); END;
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-intake.repeatRecentDays-*-2004-12-01', 'intake.repeatRecentDays', '*', '180', '2004-12-01', '本系统默认：登记时提示办理中的案卷，以及接待日期在180日以内的相同事项', 'local', '请按本局接待规程修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-followup.feedbackWorkingDays-*-2004-12-01', 'followup.feedbackWorkingDays', '*', '5', '2004-12-01', '本系统默认：参照《关于实施〈劳动保障监察条例〉若干规定》第十八条（五个工作日内决定是否受理并告知）；首问负责的答复期限为本局口径，待核实', 'unconfirmed', '请按本局首问负责制度修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
