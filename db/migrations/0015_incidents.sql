CREATE TABLE `incident_dispatches` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`staff_id` text,
	`name` text,
	`organisation` text,
	`sent_at` integer NOT NULL,
	`task` text,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_dispatches_incident_idx` ON `incident_dispatches` (`incident_id`,`sent_at`);--> statement-breakpoint
CREATE TABLE `incident_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`recipient` text NOT NULL,
	`addressee` text NOT NULL,
	`reported_at` integer NOT NULL,
	`reported_by` text NOT NULL,
	`method` text NOT NULL,
	`summary` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_reports_incident_idx` ON `incident_reports` (`incident_id`,`reported_at`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`learned_at` integer NOT NULL,
	`place_kind` text NOT NULL,
	`place` text,
	`acts` text NOT NULL,
	`description` text NOT NULL,
	`people_count` integer NOT NULL,
	`leaders` text,
	`up_due_at` integer,
	`police_due_at` integer,
	`housing_due_at` integer,
	`status` text NOT NULL,
	`outcome` text,
	`outcome_note` text,
	`ended_at` integer,
	`opened_by` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_by` text,
	`closed_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incidents_case_file_idx` ON `incidents` (`case_file_id`);--> statement-breakpoint
CREATE INDEX `incidents_status_unit_idx` ON `incidents` (`status`,`unit_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`party_id` text,
	`name` text,
	`organisation` text,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_meeting_idx` ON `meeting_attendees` (`meeting_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`place` text,
	`purpose` text,
	`outcome` text NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_case_file_idx` ON `meetings` (`case_file_id`,`date`);--> statement-breakpoint
CREATE TABLE `supervision_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`supervision_id` text NOT NULL,
	`date` text NOT NULL,
	`content` text NOT NULL,
	`reported_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`supervision_id`) REFERENCES `supervisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_reports_supervision_idx` ON `supervision_reports` (`supervision_id`,`date`);--> statement-breakpoint
CREATE TABLE `supervisions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`level` text NOT NULL,
	`issuer` text,
	`demands` text NOT NULL,
	`report_by` text NOT NULL,
	`status` text NOT NULL,
	`conclusion` text,
	`closed_on` text,
	`opened_by` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closed_by` text,
	`closed_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervisions_case_file_idx` ON `supervisions` (`case_file_id`);--> statement-breakpoint
CREATE INDEX `supervisions_status_unit_idx` ON `supervisions` (`status`,`unit_id`,`report_by`);--> statement-breakpoint
-- Hand-written below: an incident's reports and dispatches, a supervision's reports and the meetings are records of
-- what was done: append-only like the timeline (a wrong entry is corrected by a later one).
CREATE TRIGGER `incident_reports_no_update` BEFORE UPDATE ON `incident_reports`
BEGIN SELECT RAISE(ABORT, '群体性事件的报告记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_reports_no_delete` BEFORE DELETE ON `incident_reports`
BEGIN SELECT RAISE(ABORT, '群体性事件的报告记录只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_dispatches_no_update` BEFORE UPDATE ON `incident_dispatches`
BEGIN SELECT RAISE(ABORT, '派员记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_dispatches_no_delete` BEFORE DELETE ON `incident_dispatches`
BEGIN SELECT RAISE(ABORT, '派员记录只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `supervision_reports_no_update` BEFORE UPDATE ON `supervision_reports`
BEGIN SELECT RAISE(ABORT, '督办报告只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `supervision_reports_no_delete` BEFORE DELETE ON `supervision_reports`
BEGIN SELECT RAISE(ABORT, '督办报告只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `meetings_no_update` BEFORE UPDATE ON `meetings`
BEGIN SELECT RAISE(ABORT, '约谈和调度会记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `meetings_no_delete` BEFORE DELETE ON `meetings`
BEGIN SELECT RAISE(ABORT, '约谈和调度会记录只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_attendees_no_update` BEFORE UPDATE ON `meeting_attendees`
BEGIN SELECT RAISE(ABORT, '参会人员记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `meeting_attendees_no_delete` BEFORE DELETE ON `meeting_attendees`
BEGIN SELECT RAISE(ABORT, '参会人员记录只能追加，不能删除'); END;
--> statement-breakpoint
-- The report hours of the local 应急预案 (shared/domain/incidents.ts): 本局口径, to be checked against the local plan.
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-incident.reportUpHours-*-2004-12-01', 'incident.reportUpHours', '*', '1', '2004-12-01', '本局口径，待核实：《劳动保障监察条例》第十四条要求按应急预案迅速处理群体性事件，未规定报告时限；默认接报后1小时内向本级政府和上级人社部门报告', 'local', '请按本地群体性事件应急预案修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-incident.reportPoliceHours-*-2004-12-01', 'incident.reportPoliceHours', '*', '1', '2004-12-01', '本局口径，待核实：有堵门、堵路或极端行为的须公安机关到场处置，默认接报后1小时内通报公安机关', 'local', '请按本地群体性事件应急预案修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-incident.reportHousingHours-*-2004-12-01', 'incident.reportHousingHours', '*', '2', '2004-12-01', '本局口径，待核实：工程建设领域的群体性事件须通报行业主管部门（《保障农民工工资支付条例》第七条、第二十九条），未规定时限；默认接报后2小时内通报住建部门', 'local', '请按本地群体性事件应急预案修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
