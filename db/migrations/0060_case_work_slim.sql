PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`proceeding_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`party` text DEFAULT '' NOT NULL,
	`award_finality` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`due_date` text NOT NULL,
	`status` text NOT NULL,
	`met_on` text,
	`provisional` integer DEFAULT 0 NOT NULL,
	`actor` text NOT NULL,
	`nature` text NOT NULL,
	`trace` text,
	`trace_hash` integer,
	`warnings` text DEFAULT '[]' NOT NULL,
	`calendar_version` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`proceeding_id`) REFERENCES `proceedings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_deadlines`("id", "proceeding_id", "unit_id", "rule_id", "party", "award_finality", "start_date", "due_date", "status", "met_on", "provisional", "actor", "nature", "trace", "trace_hash", "warnings", "calendar_version", "computed_at") SELECT "id", "proceeding_id", "unit_id", "rule_id", "party", "award_finality", "start_date", "due_date", "status", "met_on", "provisional", "actor", "nature", "trace", "trace_hash", "warnings", "calendar_version", "computed_at" FROM `deadlines`;--> statement-breakpoint
DROP TABLE `deadlines`;--> statement-breakpoint
ALTER TABLE `__new_deadlines` RENAME TO `deadlines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `deadlines_clock_uq` ON `deadlines` (`proceeding_id`,`rule_id`,`party`,`award_finality`);--> statement-breakpoint
CREATE INDEX `deadlines_open_duties_idx` ON `deadlines` (`status`,`nature`,`unit_id`,`due_date`,`proceeding_id`);--> statement-breakpoint
-- hand-written below
-- issue #15, a smaller database (docs/performance.md "The case work made smaller"). Above: deadlines without
-- case_file_id (its proceeding's) and without the (status, due_date) and case_file_id indexes. Below: a step's
-- timeline line keeps only the step's name and its approval (electron/core/proceedings/step-timeline.ts): the
-- proceeding's kind, the states and the number are in the proceedingStep audit row the same transaction wrote. Any
-- other key stays. The timeline is append-only: its update trigger (0016) is lifted for this rewrite only and put
-- back exactly as it was.
DROP TRIGGER `case_events_no_update`;
--> statement-breakpoint
UPDATE `case_events` SET `data` = json_remove(`data`, '$.kind', '$.from', '$.to', '$.number')
WHERE `kind` = 'proceeding.step' AND json_valid(`data`) AND json_type(`data`, '$.action') = 'text';
--> statement-breakpoint
UPDATE `case_events` SET `data` = json_remove(`data`, '$.approvalId')
WHERE `kind` = 'proceeding.step' AND json_valid(`data`) AND json_type(`data`, '$.approvalId') = 'null';
--> statement-breakpoint
CREATE TRIGGER `case_events_no_update` BEFORE UPDATE ON `case_events`
WHEN (SELECT anonymised_at FROM case_files WHERE id = OLD.case_file_id) IS NULL OR NEW.`seq` IS NOT OLD.`seq` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id` OR NEW.`at` IS NOT OLD.`at` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`actor_staff_id` IS NOT OLD.`actor_staff_id` OR NEW.`data` IS NOT OLD.`data`
BEGIN SELECT RAISE(ABORT, '案件时间线只能追加，不能修改'); END;
--> statement-breakpoint
-- A paper's request without the keys its row holds (electron/core/documents/document-source.ts, whose requestOf puts
-- them back): the kind when it is the row's kind, and a 登记表's intake when it is the row's intake_id.
UPDATE `documents` SET `source` = json_remove(`source`, '$.kind')
WHERE json_valid(`source`) AND json_type(`source`) = 'object' AND json_extract(`source`, '$.kind') = `kind`;
--> statement-breakpoint
UPDATE `documents` SET `source` = json_remove(`source`, '$.intakeId')
WHERE `kind` = 'intakeRecord' AND `intake_id` IS NOT NULL AND json_valid(`source`) AND json_type(`source`) = 'object' AND json_extract(`source`, '$.intakeId') = `intake_id`;
