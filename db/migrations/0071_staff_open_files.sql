-- A person's open files as one range (issue #15; db/schema/case-work.ts staffOpenFiles): per open file, each member of
-- staff who leads it or is on its team (not removed). Stored WITHOUT ROWID (hand-written: drizzle cannot say it).
CREATE TABLE `staff_open_files` (
	`staff_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	PRIMARY KEY(`staff_id`, `case_file_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT OR IGNORE INTO `staff_open_files` (`staff_id`, `case_file_id`)
SELECT c.leader_staff_id, c.id FROM case_files c WHERE c.status = 'open' AND c.leader_staff_id IS NOT NULL
UNION
SELECT t.staff_id, t.case_file_id FROM case_team t JOIN case_files c ON c.id = t.case_file_id
WHERE c.status = 'open' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
--> statement-breakpoint
-- Kept by one rule in the transaction of every write of the facts: after the write, a file's rows are taken out for
-- every member of staff it could concern — its leader before and after, everyone ever on its team, the team row's
-- person before the write — each by the whole key, and put back from the file as it now stands (its status, leader and
-- team). A file has a handful of team rows, so a write costs a few seeks.
CREATE TRIGGER `staff_open_files_file_added` AFTER INSERT ON `case_files`
WHEN NEW.status = 'open' AND NEW.leader_staff_id IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO staff_open_files (staff_id, case_file_id) VALUES (NEW.leader_staff_id, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_files_file_changed` AFTER UPDATE OF status, leader_staff_id ON `case_files`
WHEN OLD.status IS NOT NEW.status OR OLD.leader_staff_id IS NOT NEW.leader_staff_id
BEGIN
  DELETE FROM staff_open_files WHERE case_file_id = NEW.id AND staff_id IN (
    SELECT OLD.leader_staff_id UNION ALL SELECT NEW.leader_staff_id
    UNION ALL SELECT t.staff_id FROM case_team t WHERE t.case_file_id = NEW.id);
  INSERT OR IGNORE INTO staff_open_files (staff_id, case_file_id)
  SELECT NEW.leader_staff_id, NEW.id WHERE NEW.status = 'open' AND NEW.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT t.staff_id, NEW.id FROM case_team t
  WHERE t.case_file_id = NEW.id AND NEW.status = 'open' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_files_file_removed` AFTER DELETE ON `case_files`
BEGIN
  DELETE FROM staff_open_files WHERE case_file_id = OLD.id AND staff_id IN (
    SELECT OLD.leader_staff_id UNION ALL SELECT t.staff_id FROM case_team t WHERE t.case_file_id = OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_files_member_added` AFTER INSERT ON `case_team`
WHEN NEW.staff_id IS NOT NULL AND NEW.removed_at IS NULL
BEGIN
  INSERT OR IGNORE INTO staff_open_files (staff_id, case_file_id)
  SELECT NEW.staff_id, c.id FROM case_files c WHERE c.id = NEW.case_file_id AND c.status = 'open';
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_files_member_changed` AFTER UPDATE OF staff_id, removed_at, case_file_id ON `case_team`
WHEN OLD.staff_id IS NOT NEW.staff_id OR OLD.removed_at IS NOT NEW.removed_at OR OLD.case_file_id IS NOT NEW.case_file_id
BEGIN
  DELETE FROM staff_open_files WHERE case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND staff_id IN (
    SELECT OLD.staff_id UNION ALL SELECT NEW.staff_id
    UNION ALL SELECT c.leader_staff_id FROM case_files c WHERE c.id IN (OLD.case_file_id, NEW.case_file_id)
    UNION ALL SELECT t.staff_id FROM case_team t WHERE t.case_file_id IN (OLD.case_file_id, NEW.case_file_id));
  INSERT OR IGNORE INTO staff_open_files (staff_id, case_file_id)
  SELECT c.leader_staff_id, c.id FROM case_files c
  WHERE c.id IN (OLD.case_file_id, NEW.case_file_id) AND c.status = 'open' AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT t.staff_id, t.case_file_id FROM case_team t JOIN case_files c ON c.id = t.case_file_id
  WHERE t.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND c.status = 'open' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `staff_open_files_member_removed` AFTER DELETE ON `case_team`
BEGIN
  DELETE FROM staff_open_files WHERE case_file_id = OLD.case_file_id AND staff_id IN (
    SELECT OLD.staff_id UNION ALL SELECT c.leader_staff_id FROM case_files c WHERE c.id = OLD.case_file_id
    UNION ALL SELECT t.staff_id FROM case_team t WHERE t.case_file_id = OLD.case_file_id);
  INSERT OR IGNORE INTO staff_open_files (staff_id, case_file_id)
  SELECT c.leader_staff_id, c.id FROM case_files c WHERE c.id = OLD.case_file_id AND c.status = 'open' AND c.leader_staff_id IS NOT NULL
  UNION ALL
  SELECT t.staff_id, t.case_file_id FROM case_team t JOIN case_files c ON c.id = t.case_file_id
  WHERE t.case_file_id = OLD.case_file_id AND c.status = 'open' AND t.removed_at IS NULL AND t.staff_id IS NOT NULL;
END;
