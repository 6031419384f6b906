-- A person's open duties as one range (issue #15; db/schema/case-work.ts staffOpenDuties): per open bureau duty, each
-- member of staff who leads its file or is on the file's team (not removed). Stored WITHOUT ROWID (hand-written).
CREATE TABLE `staff_open_duties` (
	`deadline_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`due_date` text NOT NULL,
	PRIMARY KEY(`deadline_id`, `staff_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `staff_open_duties_staff_idx` ON `staff_open_duties` (`staff_id`,`unit_id`,`due_date`,`deadline_id`);--> statement-breakpoint
CREATE INDEX `case_files_open_flagged_idx` ON `case_files` (`unit_id`,urgent DESC,opened_at DESC,`id`,`collective`,`status`) WHERE status = 'open' AND (urgent = 1 OR collective = 1);--> statement-breakpoint
INSERT OR IGNORE INTO `staff_open_duties` (`deadline_id`, `staff_id`, `unit_id`, `due_date`)
SELECT d.id, c.leader_staff_id, d.unit_id, d.due_date FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id JOIN case_files c ON c.id = p.case_file_id
WHERE d.status = 'open' AND d.nature = 'duty' AND c.leader_staff_id IS NOT NULL
UNION ALL
SELECT d.id, t.staff_id, d.unit_id, d.due_date FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id JOIN case_team t ON t.case_file_id = p.case_file_id
WHERE d.status = 'open' AND d.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
--> statement-breakpoint
-- Kept in the transaction of every write of the facts. A clock's write takes out its rows by the clock's id and puts
-- them back from its file's leader and team if it is an open duty; a write of a file's leader or team (or a proceeding
-- moved to another file) takes out the rows of the file's open duties and puts them back from the file as it now
-- stands. A file has a handful of team rows and open duties, so a write costs a few seeks.
CREATE TRIGGER `staff_open_duties_clock_added` AFTER INSERT ON `deadlines`
WHEN NEW.status = 'open' AND NEW.nature = 'duty'
BEGIN
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT NEW.id, c.leader_staff_id, NEW.unit_id, NEW.due_date FROM proceedings p JOIN case_files c ON c.id = p.case_file_id
  WHERE p.id = NEW.proceeding_id AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT NEW.id, t.staff_id, NEW.unit_id, NEW.due_date FROM proceedings p JOIN case_team t ON t.case_file_id = p.case_file_id
  WHERE p.id = NEW.proceeding_id AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_clock_changed` AFTER UPDATE OF id, proceeding_id, unit_id, due_date, status, nature ON `deadlines`
WHEN (OLD.id IS NOT NEW.id OR OLD.proceeding_id IS NOT NEW.proceeding_id OR OLD.unit_id IS NOT NEW.unit_id
  OR OLD.due_date IS NOT NEW.due_date OR OLD.status IS NOT NEW.status OR OLD.nature IS NOT NEW.nature)
  AND ((OLD.status = 'open' AND OLD.nature = 'duty') OR (NEW.status = 'open' AND NEW.nature = 'duty'))
BEGIN
  DELETE FROM staff_open_duties WHERE deadline_id = OLD.id;
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT NEW.id, c.leader_staff_id, NEW.unit_id, NEW.due_date FROM proceedings p JOIN case_files c ON c.id = p.case_file_id
  WHERE p.id = NEW.proceeding_id AND NEW.status = 'open' AND NEW.nature = 'duty' AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT NEW.id, t.staff_id, NEW.unit_id, NEW.due_date FROM proceedings p JOIN case_team t ON t.case_file_id = p.case_file_id
  WHERE p.id = NEW.proceeding_id AND NEW.status = 'open' AND NEW.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_clock_removed` AFTER DELETE ON `deadlines`
WHEN OLD.status = 'open' AND OLD.nature = 'duty'
BEGIN
  DELETE FROM staff_open_duties WHERE deadline_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_leader_changed` AFTER UPDATE OF leader_staff_id ON `case_files`
WHEN OLD.leader_staff_id IS NOT NEW.leader_staff_id
BEGIN
  DELETE FROM staff_open_duties WHERE deadline_id IN (
    SELECT d.id FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id
    WHERE p.case_file_id = NEW.id AND d.status = 'open' AND d.nature = 'duty');
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT d.id, NEW.leader_staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id
  WHERE p.case_file_id = NEW.id AND d.status = 'open' AND d.nature = 'duty' AND NEW.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT d.id, t.staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id JOIN case_team t ON t.case_file_id = p.case_file_id
  WHERE p.case_file_id = NEW.id AND d.status = 'open' AND d.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_member_added` AFTER INSERT ON `case_team`
WHEN NEW.staff_id IS NOT NULL AND NEW.removed_at IS NULL
BEGIN
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT d.id, NEW.staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id
  WHERE p.case_file_id = NEW.case_file_id AND d.status = 'open' AND d.nature = 'duty';
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_member_changed` AFTER UPDATE OF staff_id, removed_at, case_file_id ON `case_team`
WHEN OLD.staff_id IS NOT NEW.staff_id OR OLD.removed_at IS NOT NEW.removed_at OR OLD.case_file_id IS NOT NEW.case_file_id
BEGIN
  DELETE FROM staff_open_duties WHERE deadline_id IN (
    SELECT d.id FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id
    WHERE p.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND d.status = 'open' AND d.nature = 'duty');
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT d.id, c.leader_staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id JOIN case_files c ON c.id = p.case_file_id
  WHERE p.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND d.status = 'open' AND d.nature = 'duty' AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT d.id, t.staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id JOIN case_team t ON t.case_file_id = p.case_file_id
  WHERE p.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND d.status = 'open' AND d.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_member_removed` AFTER DELETE ON `case_team`
BEGIN
  DELETE FROM staff_open_duties WHERE deadline_id IN (
    SELECT d.id FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id
    WHERE p.case_file_id = OLD.case_file_id AND d.status = 'open' AND d.nature = 'duty');
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT d.id, c.leader_staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id JOIN case_files c ON c.id = p.case_file_id
  WHERE p.case_file_id = OLD.case_file_id AND d.status = 'open' AND d.nature = 'duty' AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT d.id, t.staff_id, d.unit_id, d.due_date FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id JOIN case_team t ON t.case_file_id = p.case_file_id
  WHERE p.case_file_id = OLD.case_file_id AND d.status = 'open' AND d.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_duties_proceeding_moved` AFTER UPDATE OF case_file_id ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id
BEGIN
  DELETE FROM staff_open_duties WHERE deadline_id IN (
    SELECT d.id FROM deadlines d WHERE d.proceeding_id = NEW.id AND d.status = 'open' AND d.nature = 'duty');
  INSERT OR IGNORE INTO staff_open_duties (deadline_id, staff_id, unit_id, due_date)
  SELECT d.id, c.leader_staff_id, d.unit_id, d.due_date FROM deadlines d JOIN case_files c ON c.id = NEW.case_file_id
  WHERE d.proceeding_id = NEW.id AND d.status = 'open' AND d.nature = 'duty' AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT d.id, t.staff_id, d.unit_id, d.due_date FROM deadlines d JOIN case_team t ON t.case_file_id = NEW.case_file_id
  WHERE d.proceeding_id = NEW.id AND d.status = 'open' AND d.nature = 'duty' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
-- The leader's desk: the removals from the blacklist newest recorded first, as far as the page (blacklist.data.ts).
CREATE INDEX `proceeding_events_delisted_idx` ON `proceeding_events` (recorded_at DESC,`proceeding_id`) WHERE kind = 'delisted';