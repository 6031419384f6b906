CREATE TABLE `orders_to_pay` (
	`id` text PRIMARY KEY NOT NULL,
	`case_file_id` text NOT NULL,
	`proceeding_id` text NOT NULL,
	`issued_on` text NOT NULL,
	`deadline` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`workers` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orders_to_pay_case_file_idx` ON `orders_to_pay` (`case_file_id`);--> statement-breakpoint
CREATE TABLE `referral_grounds` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`kind` text NOT NULL,
	`fact` text NOT NULL,
	`evidence_id` text,
	`person_id` text,
	`months` integer,
	`recorded_by` text NOT NULL,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_file_id`) REFERENCES `case_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referral_grounds_case_file_idx` ON `referral_grounds` (`case_file_id`);--> statement-breakpoint
-- from 0027_referral_grounds.sql
-- hand-written below
CREATE TRIGGER `referral_grounds_no_update` BEFORE UPDATE ON `referral_grounds`
BEGIN SELECT RAISE(ABORT, '移送、列入条件的事实只能追加登记，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `referral_grounds_no_delete` BEFORE DELETE ON `referral_grounds`
BEGIN SELECT RAISE(ABORT, '移送、列入条件的事实只能追加登记，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `orders_to_pay_no_update` BEFORE UPDATE ON `orders_to_pay`
BEGIN SELECT RAISE(ABORT, '指令书的限期和金额随作出时登记，不能修改或删除'); END;
--> statement-breakpoint
CREATE TRIGGER `orders_to_pay_no_delete` BEFORE DELETE ON `orders_to_pay`
BEGIN SELECT RAISE(ABORT, '指令书的限期和金额随作出时登记，不能修改或删除'); END;
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-referral.singleWorkerThreshold-*-2013-01-23', 'referral.singleWorkerThreshold', '*', '5000', '2013-01-23', '法释〔2013〕3号第三条：一名劳动者三个月以上、五千元至二万元以上；本值为法定幅度下限，本省采用的数额未经核实', 'unconfirmed', '请按本省高级人民法院、人民检察院确定的数额和施行日期核实并修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-referral.totalThreshold-*-2013-01-23', 'referral.totalThreshold', '*', '30000', '2013-01-23', '法释〔2013〕3号第三条：十名以上劳动者、累计三万元至十万元以上；本值为法定幅度下限，本省采用的数额未经核实', 'unconfirmed', '请按本省高级人民法院、人民检察院确定的数额和施行日期核实并修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.length.referral.transfer-*-2001-07-09', 'deadline.length.referral.transfer', '*', '1', '2001-07-09', '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第八条：批准移送后二十四小时内移送（据报道，原文待核实）', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.length.blacklist.statement-*-2022-01-01', 'deadline.length.blacklist.statement', '*', '5', '2022-01-01', '国办发〔2020〕49号：列入前告知并听取陈述申辩；期限为本局做法，待核实', 'unconfirmed', '请按本省失信惩戒实施办法核实并修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
