-- The month's statistics at 1M (issue #15): each employer's inspection files by the day first accepted with it as
-- employer (db/schema/statistics-summaries.ts), so 重复发案的用人单位 counts an employer's earlier files on one index.
-- Stored WITHOUT ROWID (hand-written: drizzle cannot say it): the row is its key (party, file).
CREATE TABLE `employer_acceptances` (
	`party_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`first_date` text NOT NULL,
	PRIMARY KEY(`party_id`, `case_file_id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfilled from the facts it derives from, in its key's order (the GROUP BY's).
INSERT INTO `employer_acceptances` (`party_id`, `case_file_id`, `unit_id`, `first_date`)
SELECT pp.party_id, p.case_file_id, cf.unit_id, MIN(e.date)
FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id
  JOIN proceeding_parties pp ON pp.proceeding_id = p.id JOIN proceeding_events e ON e.proceeding_id = p.id
WHERE p.kind = 'inspection' AND pp.role = 'employer' AND pp.party_id IS NOT NULL AND e.kind = 'accepted'
GROUP BY pp.party_id, p.case_file_id;
--> statement-breakpoint
CREATE INDEX `employer_acceptances_party_unit_date_idx` ON `employer_acceptances` (`party_id`,`unit_id`,`first_date`);
--> statement-breakpoint
-- Kept in the transaction of every write of those facts. A 受理 (accept, or 立案 straight from receipt): each employer
-- of the inspection has the file from that day, unless it had it earlier.
CREATE TRIGGER `employer_acceptances_accepted` AFTER INSERT ON `proceeding_events` WHEN NEW.kind = 'accepted'
BEGIN
  INSERT INTO employer_acceptances (party_id, case_file_id, unit_id, first_date)
  SELECT pp.party_id, p.case_file_id, cf.unit_id, NEW.date
  FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id JOIN proceeding_parties pp ON pp.proceeding_id = p.id
  WHERE p.id = NEW.proceeding_id AND p.kind = 'inspection' AND pp.role = 'employer' AND pp.party_id IS NOT NULL
  ON CONFLICT (party_id, case_file_id) DO UPDATE SET first_date = excluded.first_date WHERE excluded.first_date < employer_acceptances.first_date;
END;
--> statement-breakpoint
-- An employer added to an inspection already accepted (an intake joining the file: followup attachIntake) has the
-- file from the proceeding's first 受理.
CREATE TRIGGER `employer_acceptances_standing_added` AFTER INSERT ON `proceeding_parties` WHEN NEW.role = 'employer' AND NEW.party_id IS NOT NULL
BEGIN
  INSERT INTO employer_acceptances (party_id, case_file_id, unit_id, first_date)
  SELECT NEW.party_id, p.case_file_id, cf.unit_id, e.date
  FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id JOIN proceeding_events e ON e.proceeding_id = p.id AND e.kind = 'accepted'
  WHERE p.id = NEW.proceeding_id AND p.kind = 'inspection'
  ON CONFLICT (party_id, case_file_id) DO UPDATE SET first_date = excluded.first_date WHERE excluded.first_date < employer_acceptances.first_date;
END;
--> statement-breakpoint
-- What can take a file away from an employer (no writer does today): its standing removed or moved, a proceeding
-- moved to another file or of another kind. The pairs concerned are counted again from the facts.
CREATE TRIGGER `employer_acceptances_standing_removed` AFTER DELETE ON `proceeding_parties` WHEN OLD.role = 'employer' AND OLD.party_id IS NOT NULL
BEGIN
  DELETE FROM employer_acceptances WHERE party_id = OLD.party_id AND case_file_id = (SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id);
  INSERT INTO employer_acceptances (party_id, case_file_id, unit_id, first_date)
  SELECT pp.party_id, p.case_file_id, cf.unit_id, MIN(e.date)
  FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id JOIN proceeding_parties pp ON pp.proceeding_id = p.id JOIN proceeding_events e ON e.proceeding_id = p.id
  WHERE p.case_file_id = (SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id) AND p.kind = 'inspection'
    AND pp.party_id = OLD.party_id AND pp.role = 'employer' AND e.kind = 'accepted'
  GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_changed` AFTER UPDATE OF `proceeding_id`, `role`, `party_id` ON `proceeding_parties`
WHEN (OLD.role = 'employer' AND OLD.party_id IS NOT NULL) OR (NEW.role = 'employer' AND NEW.party_id IS NOT NULL)
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (OLD.party_id, NEW.party_id)
    AND case_file_id IN ((SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id), (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id));
  INSERT INTO employer_acceptances (party_id, case_file_id, unit_id, first_date)
  SELECT pp.party_id, p.case_file_id, cf.unit_id, MIN(e.date)
  FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id JOIN proceeding_parties pp ON pp.proceeding_id = p.id JOIN proceeding_events e ON e.proceeding_id = p.id
  WHERE p.case_file_id IN ((SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id), (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id))
    AND p.kind = 'inspection' AND pp.party_id IN (OLD.party_id, NEW.party_id) AND pp.role = 'employer' AND e.kind = 'accepted'
  GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_proceeding_moved` AFTER UPDATE OF `case_file_id`, `kind` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind
BEGIN
  DELETE FROM employer_acceptances WHERE case_file_id IN (OLD.case_file_id, NEW.case_file_id)
    AND party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = NEW.id AND role = 'employer' AND party_id IS NOT NULL);
  INSERT INTO employer_acceptances (party_id, case_file_id, unit_id, first_date)
  SELECT pp.party_id, p.case_file_id, cf.unit_id, MIN(e.date)
  FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id JOIN proceeding_parties pp ON pp.proceeding_id = p.id JOIN proceeding_events e ON e.proceeding_id = p.id
  WHERE p.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND p.kind = 'inspection' AND pp.role = 'employer' AND e.kind = 'accepted'
    AND pp.party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = NEW.id AND role = 'employer' AND party_id IS NOT NULL)
  GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
-- A file moved to another unit (no writer does today) takes its rows with it.
CREATE TRIGGER `employer_acceptances_file_unit` AFTER UPDATE OF `unit_id` ON `case_files` WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  UPDATE employer_acceptances SET unit_id = NEW.unit_id WHERE case_file_id = NEW.id
    AND party_id IN (SELECT pp.party_id FROM proceedings p JOIN proceeding_parties pp ON pp.proceeding_id = p.id WHERE p.case_file_id = NEW.id AND pp.role = 'employer' AND pp.party_id IS NOT NULL);
END;
