-- Custom migration (not generated): the append-only records of a case file — its timeline, an incident's reports
-- and dispatches, a supervision's reports, the meetings and their attendees — may be changed once more, by the
-- anonymisation of a file whose retention period is over (PIPL Art. 47(2); retention.service.ts), and then only on
-- a file already marked anonymised and only in the columns that may name people. Anything else is refused as before.
DROP TRIGGER `case_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_update` BEFORE UPDATE ON `case_events`
WHEN (SELECT anonymised_at FROM case_files WHERE id = OLD.case_file_id) IS NULL OR NEW.`seq` IS NOT OLD.`seq` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`proceeding_id` IS NOT OLD.`proceeding_id` OR NEW.`at` IS NOT OLD.`at` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`actor_staff_id` IS NOT OLD.`actor_staff_id` OR NEW.`data` IS NOT OLD.`data`
BEGIN SELECT RAISE(ABORT, '案件时间线只能追加，不能修改'); END;
--> statement-breakpoint
DROP TRIGGER `incident_reports_no_update`;
--> statement-breakpoint
CREATE TRIGGER `incident_reports_no_update` BEFORE UPDATE ON `incident_reports`
WHEN (SELECT c.anonymised_at FROM incidents i JOIN case_files c ON c.id = i.case_file_id WHERE i.id = OLD.incident_id) IS NULL OR NEW.`id` IS NOT OLD.`id` OR NEW.`incident_id` IS NOT OLD.`incident_id` OR NEW.`recipient` IS NOT OLD.`recipient` OR NEW.`addressee` IS NOT OLD.`addressee` OR NEW.`reported_at` IS NOT OLD.`reported_at` OR NEW.`reported_by` IS NOT OLD.`reported_by` OR NEW.`method` IS NOT OLD.`method` OR NEW.`recorded_by` IS NOT OLD.`recorded_by` OR NEW.`recorded_at` IS NOT OLD.`recorded_at`
BEGIN SELECT RAISE(ABORT, '群体性事件的报告记录只能追加，不能修改'); END;
--> statement-breakpoint
DROP TRIGGER `incident_dispatches_no_update`;
--> statement-breakpoint
CREATE TRIGGER `incident_dispatches_no_update` BEFORE UPDATE ON `incident_dispatches`
WHEN (SELECT c.anonymised_at FROM incidents i JOIN case_files c ON c.id = i.case_file_id WHERE i.id = OLD.incident_id) IS NULL OR NEW.`id` IS NOT OLD.`id` OR NEW.`incident_id` IS NOT OLD.`incident_id` OR NEW.`staff_id` IS NOT OLD.`staff_id` OR NEW.`organisation` IS NOT OLD.`organisation` OR NEW.`sent_at` IS NOT OLD.`sent_at` OR NEW.`task` IS NOT OLD.`task` OR NEW.`recorded_by` IS NOT OLD.`recorded_by` OR NEW.`recorded_at` IS NOT OLD.`recorded_at`
BEGIN SELECT RAISE(ABORT, '派员记录只能追加，不能修改'); END;
--> statement-breakpoint
DROP TRIGGER `supervision_reports_no_update`;
--> statement-breakpoint
CREATE TRIGGER `supervision_reports_no_update` BEFORE UPDATE ON `supervision_reports`
WHEN (SELECT c.anonymised_at FROM supervisions s JOIN case_files c ON c.id = s.case_file_id WHERE s.id = OLD.supervision_id) IS NULL OR NEW.`id` IS NOT OLD.`id` OR NEW.`supervision_id` IS NOT OLD.`supervision_id` OR NEW.`date` IS NOT OLD.`date` OR NEW.`reported_by` IS NOT OLD.`reported_by` OR NEW.`recorded_at` IS NOT OLD.`recorded_at`
BEGIN SELECT RAISE(ABORT, '督办报告只能追加，不能修改'); END;
--> statement-breakpoint
DROP TRIGGER `meetings_no_update`;
--> statement-breakpoint
CREATE TRIGGER `meetings_no_update` BEFORE UPDATE ON `meetings`
WHEN (SELECT anonymised_at FROM case_files WHERE id = OLD.case_file_id) IS NULL OR NEW.`id` IS NOT OLD.`id` OR NEW.`case_file_id` IS NOT OLD.`case_file_id` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`date` IS NOT OLD.`date` OR NEW.`place` IS NOT OLD.`place` OR NEW.`recorded_by` IS NOT OLD.`recorded_by` OR NEW.`recorded_at` IS NOT OLD.`recorded_at`
BEGIN SELECT RAISE(ABORT, '约谈和调度会记录只能追加，不能修改'); END;
--> statement-breakpoint
DROP TRIGGER `meeting_attendees_no_update`;
--> statement-breakpoint
CREATE TRIGGER `meeting_attendees_no_update` BEFORE UPDATE ON `meeting_attendees`
WHEN (SELECT c.anonymised_at FROM meetings m JOIN case_files c ON c.id = m.case_file_id WHERE m.id = OLD.meeting_id) IS NULL OR NEW.`id` IS NOT OLD.`id` OR NEW.`meeting_id` IS NOT OLD.`meeting_id` OR NEW.`party_id` IS NOT OLD.`party_id` OR NEW.`organisation` IS NOT OLD.`organisation` OR NEW.`sort_order` IS NOT OLD.`sort_order`
BEGIN SELECT RAISE(ABORT, '参会人员记录只能追加，不能修改'); END;
