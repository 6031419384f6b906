CREATE TABLE `stat_reports` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`unit_id` text NOT NULL,
	`include_subunits` integer DEFAULT false NOT NULL,
	`period_kind` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`definitions_version` integer NOT NULL,
	`digest` text NOT NULL,
	`report` text NOT NULL,
	`files` text NOT NULL,
	`corrects_id` text,
	`reason` text,
	`submitted_by` text NOT NULL,
	`submitted_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_id`) REFERENCES `stat_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_reports_id_unique` ON `stat_reports` (`id`);--> statement-breakpoint
CREATE INDEX `stat_reports_unit_period_idx` ON `stat_reports` (`unit_id`,`period_from`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `stat_reports_corrects_uq` ON `stat_reports` (`corrects_id`) WHERE corrects_id IS NOT NULL;
--> statement-breakpoint
-- hand-written below
-- Submitted reports are kept as submitted: a 更正 is a new row, never a change (statistics.correct).
CREATE TRIGGER `stat_reports_no_update` BEFORE UPDATE ON `stat_reports`
BEGIN SELECT RAISE(ABORT, '已报送的统计报表只能追加更正，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `stat_reports_no_delete` BEFORE DELETE ON `stat_reports`
BEGIN SELECT RAISE(ABORT, '已报送的统计报表只能追加更正，不能删除'); END;
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-statistics.arbitration.closureRate-*-2008-05-01', 'statistics.arbitration.closureRate', '*', '"carriedPlusAccepted"', '2008-05-01', '本局口径：仲裁结案率 = 本期结案 ÷（上期未结 + 本期受理）。官方计算公式未见公开，可在“设置 → 参数”中改选', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-statistics.arbitration.mediationRate-*-2008-05-01', 'statistics.arbitration.mediationRate', '*', '"ofClosed"', '2008-05-01', '本局口径：调解成功率 = 仲裁调解结案 ÷ 本期结案。官方计算公式未见公开，可在“设置 → 参数”中改选', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-statistics.arbitration.causeOfSeveral-*-2008-05-01', 'statistics.arbitration.causeOfSeveral', '*', '"first"', '2008-05-01', '本局口径：一案涉及几个争议原因的，按主要原因计一次（依次取劳动报酬、社会保险、变更解除终止劳动合同、其他）。统计制度原文未见，可在“设置 → 参数”中改选', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-statistics.completionRate-*-2008-05-01', 'statistics.completionRate', '*', '"ofCarriedPlusReceived"', '2008-05-01', '本局口径：办结率 = 本期办结 ÷（上期未结 + 本期受理）。官方计算公式未见公开，可在“设置 → 参数”中改选', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-statistics.timelyRate.extendedCounts-*-2008-05-01', 'statistics.timelyRate.extendedCounts', '*', 'true', '2008-05-01', '本局口径：时限办结率中，经批准延长后在延长期限内结案的也算按时。官方计算公式未见公开，可在“设置 → 参数”中改选', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
