CREATE TABLE `calendar_regional_days` (
	`date` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `calendar_regional_years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `calendar_regional_days_year_idx` ON `calendar_regional_days` (`year`);--> statement-breakpoint
CREATE TABLE `calendar_regional_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`region` text NOT NULL,
	`source` text NOT NULL,
	`note` text,
	`entered_by` text NOT NULL,
	`entered_at` integer NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `proceedings_kind_status_idx` ON `proceedings` (`kind`,`status`,`case_file_id`);--> statement-breakpoint
CREATE INDEX `deadlines_open_duties_idx` ON `deadlines` (`status`,`nature`,`unit_id`,`due_date`,`proceeding_id`);--> statement-breakpoint
-- hand-written below
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.regionalHolidays-*-2000-01-01', 'deadline.regionalHolidays', '*', 'false', '2000-01-01', '西藏自治区的地方节日（藏历新年、雪顿节）放假能否延长、顺延法律规定的期限，规定未明；本机关的办理期限取较早的日期', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
