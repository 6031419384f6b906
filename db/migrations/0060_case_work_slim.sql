DROP INDEX `deadlines_status_due_idx`;--> statement-breakpoint
DROP INDEX `deadlines_case_file_idx`;--> statement-breakpoint
-- hand-written below
-- issue #15, a smaller database (docs/performance.md "The case work made smaller"). A step's timeline line keeps only
-- the step's name and its approval (electron/core/proceedings/step-timeline.ts): the proceeding's kind, the states
-- and the number are in the proceedingStep audit row the same transaction wrote. Any other key stays. The timeline is
-- append-only: its update trigger (0016) is lifted for this rewrite only and put back exactly as it was.
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
