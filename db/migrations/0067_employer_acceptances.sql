-- The month's statistics at 1M (issue #15): each employer's inspection files by the day first accepted with it as
-- employer, in a unit (db/schema/statistics-summaries.ts), so 重复发案的用人单位 counts an employer's earlier files on
-- one b-tree. Stored WITHOUT ROWID (hand-written: drizzle cannot say it): the row is its key, in the report's order.
CREATE TABLE `employer_acceptances` (
	`party_id` text NOT NULL,
	`case_file_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`first_date` text NOT NULL,
	PRIMARY KEY(`party_id`, `unit_id`, `first_date`, `case_file_id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfilled from the facts it derives from: per employer and file, the first 受理 of the file's inspections naming it
-- employer.
INSERT INTO `employer_acceptances` (`party_id`, `unit_id`, `first_date`, `case_file_id`)
SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
FROM proceedings p JOIN case_files cf ON cf.id = p.case_file_id
  JOIN proceeding_parties pp ON pp.proceeding_id = p.id JOIN proceeding_events e ON e.proceeding_id = p.id
WHERE p.kind = 'inspection' AND pp.role = 'employer' AND pp.party_id IS NOT NULL AND e.kind = 'accepted'
GROUP BY pp.party_id, p.case_file_id;
--> statement-breakpoint
-- Kept in the transaction of every write of those facts, by one rule: before the write, the rows of the (employer,
-- file) pairs it concerns are taken out, and after it they are counted again from the facts and put back. The pairs:
-- a 受理 (accept, or 立案 straight from receipt), the employers of its inspection × its file; an employer's standing
-- added (an intake joining an accepted file: followup attachIntake), removed or moved; a proceeding moved to another
-- file or of another kind; a file moved to another unit (no service does the last four today). A pair's row is found
-- by its whole key — its employer, its file's unit, its first day as counted from the file's few proceedings, its
-- file — each an IN list, so SQLite seeks the key (a row value IN read the whole table). CROSS JOIN and `+` keep it on
-- the file's own proceedings, standings and events: left free it started from every 受理 of the database (0.4 s a
-- write at 100,000 intakes), or an employer's every standing by the party index.
CREATE TRIGGER `employer_acceptances_accepted_before` BEFORE INSERT ON `proceeding_events`
WHEN NEW.kind = 'accepted'
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = NEW.proceeding_id AND role = 'employer') AND unit_id IN (SELECT unit_id FROM case_files WHERE id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id))
    AND first_date IN (SELECT MIN(e.date) FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
      WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id) AND +p.kind = 'inspection' AND +pp.party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = NEW.proceeding_id AND role = 'employer') AND +pp.role = 'employer' AND e.kind = 'accepted'
      GROUP BY pp.party_id, p.case_file_id)
    AND case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id);
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_accepted_after` AFTER INSERT ON `proceeding_events`
WHEN NEW.kind = 'accepted'
BEGIN
  INSERT OR IGNORE INTO employer_acceptances (party_id, unit_id, first_date, case_file_id)
    SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id) AND +p.kind = 'inspection' AND +pp.party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = NEW.proceeding_id AND role = 'employer') AND +pp.role = 'employer' AND e.kind = 'accepted'
    GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_added_before` BEFORE INSERT ON `proceeding_parties`
WHEN NEW.role = 'employer' AND NEW.party_id IS NOT NULL
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (NEW.party_id) AND unit_id IN (SELECT unit_id FROM case_files WHERE id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id))
    AND first_date IN (SELECT MIN(e.date) FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
      WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id) AND +p.kind = 'inspection' AND +pp.party_id IN (NEW.party_id) AND +pp.role = 'employer' AND e.kind = 'accepted'
      GROUP BY pp.party_id, p.case_file_id)
    AND case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id);
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_added_after` AFTER INSERT ON `proceeding_parties`
WHEN NEW.role = 'employer' AND NEW.party_id IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO employer_acceptances (party_id, unit_id, first_date, case_file_id)
    SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id) AND +p.kind = 'inspection' AND +pp.party_id IN (NEW.party_id) AND +pp.role = 'employer' AND e.kind = 'accepted'
    GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_removed_before` BEFORE DELETE ON `proceeding_parties`
WHEN OLD.role = 'employer' AND OLD.party_id IS NOT NULL
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (OLD.party_id) AND unit_id IN (SELECT unit_id FROM case_files WHERE id IN (SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id))
    AND first_date IN (SELECT MIN(e.date) FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
      WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id) AND +p.kind = 'inspection' AND +pp.party_id IN (OLD.party_id) AND +pp.role = 'employer' AND e.kind = 'accepted'
      GROUP BY pp.party_id, p.case_file_id)
    AND case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id);
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_removed_after` AFTER DELETE ON `proceeding_parties`
WHEN OLD.role = 'employer' AND OLD.party_id IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO employer_acceptances (party_id, unit_id, first_date, case_file_id)
    SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id = OLD.proceeding_id) AND +p.kind = 'inspection' AND +pp.party_id IN (OLD.party_id) AND +pp.role = 'employer' AND e.kind = 'accepted'
    GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_changed_before` BEFORE UPDATE OF `proceeding_id`, `role`, `party_id` ON `proceeding_parties`
WHEN (OLD.role = 'employer' AND OLD.party_id IS NOT NULL) OR (NEW.role = 'employer' AND NEW.party_id IS NOT NULL)
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (OLD.party_id, NEW.party_id) AND unit_id IN (SELECT unit_id FROM case_files WHERE id IN (SELECT case_file_id FROM proceedings WHERE id IN (OLD.proceeding_id, NEW.proceeding_id)))
    AND first_date IN (SELECT MIN(e.date) FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
      WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id IN (OLD.proceeding_id, NEW.proceeding_id)) AND +p.kind = 'inspection' AND +pp.party_id IN (OLD.party_id, NEW.party_id) AND +pp.role = 'employer' AND e.kind = 'accepted'
      GROUP BY pp.party_id, p.case_file_id)
    AND case_file_id IN (SELECT case_file_id FROM proceedings WHERE id IN (OLD.proceeding_id, NEW.proceeding_id));
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_standing_changed_after` AFTER UPDATE OF `proceeding_id`, `role`, `party_id` ON `proceeding_parties`
WHEN (OLD.role = 'employer' AND OLD.party_id IS NOT NULL) OR (NEW.role = 'employer' AND NEW.party_id IS NOT NULL)
BEGIN
  INSERT OR IGNORE INTO employer_acceptances (party_id, unit_id, first_date, case_file_id)
    SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.case_file_id IN (SELECT case_file_id FROM proceedings WHERE id IN (OLD.proceeding_id, NEW.proceeding_id)) AND +p.kind = 'inspection' AND +pp.party_id IN (OLD.party_id, NEW.party_id) AND +pp.role = 'employer' AND e.kind = 'accepted'
    GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_proceeding_moved_before` BEFORE UPDATE OF `case_file_id`, `kind` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = OLD.id AND role = 'employer') AND unit_id IN (SELECT unit_id FROM case_files WHERE id IN (OLD.case_file_id, NEW.case_file_id))
    AND first_date IN (SELECT MIN(e.date) FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
      WHERE p.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND +p.kind = 'inspection' AND +pp.party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = OLD.id AND role = 'employer') AND +pp.role = 'employer' AND e.kind = 'accepted'
      GROUP BY pp.party_id, p.case_file_id)
    AND case_file_id IN (OLD.case_file_id, NEW.case_file_id);
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_proceeding_moved_after` AFTER UPDATE OF `case_file_id`, `kind` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind
BEGIN
  INSERT OR IGNORE INTO employer_acceptances (party_id, unit_id, first_date, case_file_id)
    SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.case_file_id IN (OLD.case_file_id, NEW.case_file_id) AND +p.kind = 'inspection' AND +pp.party_id IN (SELECT party_id FROM proceeding_parties WHERE proceeding_id = NEW.id AND role = 'employer') AND +pp.role = 'employer' AND e.kind = 'accepted'
    GROUP BY pp.party_id, p.case_file_id;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_file_unit_before` BEFORE UPDATE OF `unit_id` ON `case_files`
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  DELETE FROM employer_acceptances WHERE party_id IN (SELECT s.party_id FROM proceedings sp CROSS JOIN proceeding_parties s ON s.proceeding_id = sp.id WHERE sp.case_file_id = OLD.id AND s.role = 'employer') AND unit_id IN (SELECT unit_id FROM case_files WHERE id IN (OLD.id))
    AND first_date IN (SELECT MIN(e.date) FROM proceedings p CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
      WHERE p.case_file_id IN (OLD.id) AND +p.kind = 'inspection' AND +pp.party_id IN (SELECT s.party_id FROM proceedings sp CROSS JOIN proceeding_parties s ON s.proceeding_id = sp.id WHERE sp.case_file_id = OLD.id AND s.role = 'employer') AND +pp.role = 'employer' AND e.kind = 'accepted'
      GROUP BY pp.party_id, p.case_file_id)
    AND case_file_id IN (OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptances_file_unit_after` AFTER UPDATE OF `unit_id` ON `case_files`
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT OR IGNORE INTO employer_acceptances (party_id, unit_id, first_date, case_file_id)
    SELECT pp.party_id, cf.unit_id, MIN(e.date), p.case_file_id
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_parties pp ON pp.proceeding_id = p.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.case_file_id IN (NEW.id) AND +p.kind = 'inspection' AND +pp.party_id IN (SELECT s.party_id FROM proceedings sp CROSS JOIN proceeding_parties s ON s.proceeding_id = sp.id WHERE sp.case_file_id = NEW.id AND s.role = 'employer') AND +pp.role = 'employer' AND e.kind = 'accepted'
    GROUP BY pp.party_id, p.case_file_id;
END;
