ALTER TABLE `parties` ADD `anonymised_at` integer;--> statement-breakpoint
ALTER TABLE `persons` ADD `anonymised_at` integer;--> statement-breakpoint
ALTER TABLE `intakes` ADD `anonymised_at` integer;--> statement-breakpoint
ALTER TABLE `case_files` ADD `anonymised_at` integer;--> statement-breakpoint
CREATE INDEX `case_files_status_closed_idx` ON `case_files` (`status`,`closed_at`);--> statement-breakpoint

-- Custom (appended by hand): the retention periods as dated parameters (shared/domain/retention.ts), and the
-- anonymisation mark is final — once a record is made anonymous it is never "un-anonymised".
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-retention.years.arbitrationAward-*-2017-07-01', 'retention.years.arbitrationAward', '*', '10', '2017-07-01', '《劳动人事争议仲裁办案规则》（人社部令第33号）第二十四条：以裁决方式结案的案卷，保存期不少于十年', 'statutory', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-retention.years.arbitrationOther-*-2017-07-01', 'retention.years.arbitrationOther', '*', '5', '2017-07-01', '《劳动人事争议仲裁办案规则》（人社部令第33号）第二十四条：以调解或其他方式结案的案卷，保存期不少于五年', 'statutory', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-retention.years.inspection-*-2004-12-01', 'retention.years.inspection', '*', '30', '2004-12-01', '本局口径，出处待核实：劳动保障监察等案卷的保管期限未见规定，默认从长（三十年），请按本局档案管理规定调整', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-retention.years.intake-*-2004-12-01', 'retention.years.intake', '*', '3', '2004-12-01', '本局口径，出处待核实：未立卷的咨询、当场答复等接待登记的保管期限未见规定，请按本局档案管理规定调整', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));--> statement-breakpoint
CREATE TRIGGER `case_files_anonymised_final` BEFORE UPDATE OF `anonymised_at` ON `case_files` WHEN OLD.`anonymised_at` IS NOT NULL AND OLD.`anonymised_at` IS NOT NEW.`anonymised_at`
BEGIN SELECT RAISE(ABORT, '已匿名化的记录不能恢复或重复匿名化'); END;--> statement-breakpoint
CREATE TRIGGER `intakes_anonymised_final` BEFORE UPDATE OF `anonymised_at` ON `intakes` WHEN OLD.`anonymised_at` IS NOT NULL AND OLD.`anonymised_at` IS NOT NEW.`anonymised_at`
BEGIN SELECT RAISE(ABORT, '已匿名化的记录不能恢复或重复匿名化'); END;--> statement-breakpoint
CREATE TRIGGER `persons_anonymised_final` BEFORE UPDATE OF `anonymised_at` ON `persons` WHEN OLD.`anonymised_at` IS NOT NULL AND OLD.`anonymised_at` IS NOT NEW.`anonymised_at`
BEGIN SELECT RAISE(ABORT, '已匿名化的记录不能恢复或重复匿名化'); END;--> statement-breakpoint
CREATE TRIGGER `parties_anonymised_final` BEFORE UPDATE OF `anonymised_at` ON `parties` WHEN OLD.`anonymised_at` IS NOT NULL AND OLD.`anonymised_at` IS NOT NEW.`anonymised_at`
BEGIN SELECT RAISE(ABORT, '已匿名化的记录不能恢复或重复匿名化'); END;
