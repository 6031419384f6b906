-- The month's statistics at 1M (issue #15): per unit and day, the inspection files first accepted and those ended
-- (db/schema/statistics-summaries.ts), so 上期结转未结 is counted from the unit's days, not walked over its open work.
-- Stored WITHOUT ROWID (hand-written: drizzle cannot say it): the row is its key.
CREATE TABLE `carried_over_days` (
	`kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`day` text NOT NULL,
	`accepted` integer NOT NULL,
	`ended` integer NOT NULL,
	PRIMARY KEY(`kind`, `unit_id`, `day`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfilled from the facts: per inspection file (one with a 受理 of an inspection proceeding), its unit, its first
-- 受理 (a) and first caseClosed (c); the file counts +1 accepted on a and, once closed, +1 ended on the later of a and c.
INSERT INTO `carried_over_days` (`kind`, `unit_id`, `day`, `accepted`, `ended`)
SELECT 'inspection', unit_id, day, SUM(w = 1), SUM(w = 2) FROM (
  SELECT s.unit_id AS unit_id, k.w AS w, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END AS day
  FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
               (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
        FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id JOIN case_files cf ON cf.id = p.case_file_id
        WHERE e.kind = 'accepted' AND p.kind = 'inspection'
        GROUP BY cf.id) s
    CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
  WHERE k.w = 1 OR s.c IS NOT NULL)
GROUP BY unit_id, day;
--> statement-breakpoint
-- Kept in the transaction of every write of those facts, by one rule: before the write the entries of the files it
-- concerns are taken out (counted −1 from the facts as they are), after it they are counted again and put back (+1).
-- The files: a 受理 or a caseClosed of an inspection, its file; a proceeding moved to another file or of another kind,
-- both files; a file moved to another unit, the file (no service does the last two today). proceeding_events rows are
-- never updated or deleted (their own triggers refuse it), and a proceeding or file cannot be deleted while its events
-- reference it. CROSS JOIN and `+` keep each statement on the file's own proceedings and events.
CREATE TRIGGER `carried_over_days_event_before` BEFORE INSERT ON `proceeding_events`
WHEN NEW.kind IN ('accepted', 'caseClosed')
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'inspection', s.unit_id, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
                 (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                  WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
          FROM case_files cf CROSS JOIN proceedings p ON p.case_file_id = cf.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE cf.id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id AND kind = 'inspection') AND +p.kind = 'inspection' AND e.kind = 'accepted'
          GROUP BY cf.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_event_after` AFTER INSERT ON `proceeding_events`
WHEN NEW.kind IN ('accepted', 'caseClosed')
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'inspection', s.unit_id, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
                 (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                  WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
          FROM case_files cf CROSS JOIN proceedings p ON p.case_file_id = cf.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE cf.id IN (SELECT case_file_id FROM proceedings WHERE id = NEW.proceeding_id AND kind = 'inspection') AND +p.kind = 'inspection' AND e.kind = 'accepted'
          GROUP BY cf.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_proceeding_moved_before` BEFORE UPDATE OF `case_file_id`, `kind` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'inspection', s.unit_id, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
                 (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                  WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
          FROM case_files cf CROSS JOIN proceedings p ON p.case_file_id = cf.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE cf.id IN (OLD.case_file_id, NEW.case_file_id) AND +p.kind = 'inspection' AND e.kind = 'accepted'
          GROUP BY cf.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_proceeding_moved_after` AFTER UPDATE OF `case_file_id`, `kind` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'inspection', s.unit_id, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
                 (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                  WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
          FROM case_files cf CROSS JOIN proceedings p ON p.case_file_id = cf.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE cf.id IN (OLD.case_file_id, NEW.case_file_id) AND +p.kind = 'inspection' AND e.kind = 'accepted'
          GROUP BY cf.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_file_unit_before` BEFORE UPDATE OF `unit_id` ON `case_files`
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'inspection', s.unit_id, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
                 (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                  WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
          FROM case_files cf CROSS JOIN proceedings p ON p.case_file_id = cf.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE cf.id IN (OLD.id) AND +p.kind = 'inspection' AND e.kind = 'accepted'
          GROUP BY cf.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_file_unit_after` AFTER UPDATE OF `unit_id` ON `case_files`
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'inspection', s.unit_id, CASE WHEN k.w = 1 THEN s.a ELSE max(s.a, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, MIN(e.date) AS a,
                 (SELECT MIN(c.date) FROM proceedings cp CROSS JOIN proceeding_events c ON c.proceeding_id = cp.id
                  WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND c.kind = 'caseClosed') AS c
          FROM case_files cf CROSS JOIN proceedings p ON p.case_file_id = cf.id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE cf.id IN (OLD.id) AND +p.kind = 'inspection' AND e.kind = 'accepted'
          GROUP BY cf.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
END;

--> statement-breakpoint
-- The arbitration cases (劳动争议处理情况 上期未结): per case (proceeding), its first 受理 (a), the day it was opened (o,
-- Beijing), its 结案 record (c). The report counts a case carried over when a < the period's first day, o <= its last
-- day and c is none or not before its first day. Per unit and day the summary holds +1 accepted on s = the later of a
-- and o, and once closed +1 ended on the later of s and c: their difference summed before the first day counts the
-- cases with a and o both before it. A case opened after its 受理 day (o > a: a 受理 recorded late) and opened within
-- the period also counts; those are kept one row each in arbitration_late_openings, read by the period's days.
CREATE TABLE `arbitration_late_openings` (
	`proceeding_id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`opened_on` text NOT NULL,
	`accepted_on` text NOT NULL,
	`closed_on` text
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `arbitration_late_openings_unit_opened_idx` ON `arbitration_late_openings` (`unit_id`,`opened_on`);
--> statement-breakpoint
INSERT INTO `carried_over_days` (`kind`, `unit_id`, `day`, `accepted`, `ended`)
SELECT 'arbitration', unit_id, day, SUM(w = 1), SUM(w = 2) FROM (
  SELECT s.unit_id AS unit_id, k.w AS w, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END AS day
  FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
        FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id JOIN case_files cf ON cf.id = p.case_file_id
        WHERE e.kind = 'accepted' AND p.kind = 'arbitration'
        GROUP BY p.id) s
    CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
  WHERE k.w = 1 OR s.c IS NOT NULL)
GROUP BY unit_id, day;
--> statement-breakpoint
INSERT INTO `arbitration_late_openings` (`proceeding_id`, `unit_id`, `opened_on`, `accepted_on`, `closed_on`)
SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id JOIN case_files cf ON cf.id = p.case_file_id
WHERE e.kind = 'accepted' AND p.kind = 'arbitration'
GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
--> statement-breakpoint
-- Kept by the same rule as the inspection's: before a write the cases it concerns are taken out, after it counted again
-- and put back — a 受理 of an arbitration, its 结案 record added, removed or changed, a proceeding moved to another
-- file, of another kind or reopened on another day, a file moved to another unit (no service does the last three today).
CREATE TRIGGER `carried_over_days_arbitration_accepted_before` BEFORE INSERT ON `proceeding_events`
WHEN NEW.kind = 'accepted'
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (SELECT id FROM proceedings WHERE id = NEW.proceeding_id AND kind = 'arbitration') AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  DELETE FROM arbitration_late_openings WHERE proceeding_id IN (SELECT id FROM proceedings WHERE id = NEW.proceeding_id AND kind = 'arbitration');
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_accepted_after` AFTER INSERT ON `proceeding_events`
WHEN NEW.kind = 'accepted'
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (SELECT id FROM proceedings WHERE id = NEW.proceeding_id AND kind = 'arbitration') AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  INSERT INTO arbitration_late_openings (proceeding_id, unit_id, opened_on, accepted_on, closed_on)
    SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.id IN (SELECT id FROM proceedings WHERE id = NEW.proceeding_id AND kind = 'arbitration') AND +p.kind = 'arbitration' AND e.kind = 'accepted'
    GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_closing_added_before` BEFORE INSERT ON `arbitration_closings`
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (NEW.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  DELETE FROM arbitration_late_openings WHERE proceeding_id IN (NEW.proceeding_id);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_closing_added_after` AFTER INSERT ON `arbitration_closings`
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (NEW.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  INSERT INTO arbitration_late_openings (proceeding_id, unit_id, opened_on, accepted_on, closed_on)
    SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.id IN (NEW.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
    GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_closing_removed_before` BEFORE DELETE ON `arbitration_closings`
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (OLD.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  DELETE FROM arbitration_late_openings WHERE proceeding_id IN (OLD.proceeding_id);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_closing_removed_after` AFTER DELETE ON `arbitration_closings`
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (OLD.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  INSERT INTO arbitration_late_openings (proceeding_id, unit_id, opened_on, accepted_on, closed_on)
    SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.id IN (OLD.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
    GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_closing_changed_before` BEFORE UPDATE OF `proceeding_id`, `closed_on` ON `arbitration_closings`
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (OLD.proceeding_id, NEW.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  DELETE FROM arbitration_late_openings WHERE proceeding_id IN (OLD.proceeding_id, NEW.proceeding_id);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_closing_changed_after` AFTER UPDATE OF `proceeding_id`, `closed_on` ON `arbitration_closings`
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (OLD.proceeding_id, NEW.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  INSERT INTO arbitration_late_openings (proceeding_id, unit_id, opened_on, accepted_on, closed_on)
    SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.id IN (OLD.proceeding_id, NEW.proceeding_id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
    GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_moved_before` BEFORE UPDATE OF `case_file_id`, `kind`, `opened_at` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind OR OLD.opened_at IS NOT NEW.opened_at
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (OLD.id, NEW.id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  DELETE FROM arbitration_late_openings WHERE proceeding_id IN (OLD.id, NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_moved_after` AFTER UPDATE OF `case_file_id`, `kind`, `opened_at` ON `proceedings`
WHEN OLD.case_file_id IS NOT NEW.case_file_id OR OLD.kind IS NOT NEW.kind OR OLD.opened_at IS NOT NEW.opened_at
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (OLD.id, NEW.id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  INSERT INTO arbitration_late_openings (proceeding_id, unit_id, opened_on, accepted_on, closed_on)
    SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.id IN (OLD.id, NEW.id) AND +p.kind = 'arbitration' AND e.kind = 'accepted'
    GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_file_unit_before` BEFORE UPDATE OF `unit_id` ON `case_files`
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN -1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE -1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (SELECT id FROM proceedings WHERE case_file_id = OLD.id AND kind = 'arbitration') AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  DELETE FROM arbitration_late_openings WHERE proceeding_id IN (SELECT id FROM proceedings WHERE case_file_id = OLD.id AND kind = 'arbitration');
END;
--> statement-breakpoint
CREATE TRIGGER `carried_over_days_arbitration_file_unit_after` AFTER UPDATE OF `unit_id` ON `case_files`
WHEN OLD.unit_id IS NOT NEW.unit_id
BEGIN
  INSERT INTO carried_over_days (kind, unit_id, day, accepted, ended)
    SELECT 'arbitration', s.unit_id, CASE WHEN k.w = 1 THEN s.s ELSE max(s.s, s.c) END, CASE WHEN k.w = 1 THEN 1 ELSE 0 END, CASE WHEN k.w = 1 THEN 0 ELSE 1 END
    FROM (SELECT cf.unit_id AS unit_id, max(MIN(e.date), date(p.opened_at / 1000 + 28800, 'unixepoch')) AS s, (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id) AS c
          FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
          WHERE p.id IN (SELECT id FROM proceedings WHERE case_file_id = OLD.id AND kind = 'arbitration') AND +p.kind = 'arbitration' AND e.kind = 'accepted'
          GROUP BY p.id) s
      CROSS JOIN (SELECT 1 AS w UNION ALL SELECT 2) k
    WHERE k.w = 1 OR s.c IS NOT NULL
    ON CONFLICT (kind, unit_id, day) DO UPDATE SET accepted = accepted + excluded.accepted, ended = ended + excluded.ended;
  INSERT INTO arbitration_late_openings (proceeding_id, unit_id, opened_on, accepted_on, closed_on)
    SELECT p.id, cf.unit_id, date(p.opened_at / 1000 + 28800, 'unixepoch'), MIN(e.date), (SELECT c.closed_on FROM arbitration_closings c WHERE c.proceeding_id = p.id)
    FROM proceedings p CROSS JOIN case_files cf ON cf.id = p.case_file_id CROSS JOIN proceeding_events e ON e.proceeding_id = p.id
    WHERE p.id IN (SELECT id FROM proceedings WHERE case_file_id = OLD.id AND kind = 'arbitration') AND +p.kind = 'arbitration' AND e.kind = 'accepted'
    GROUP BY p.id HAVING date(p.opened_at / 1000 + 28800, 'unixepoch') > MIN(e.date);
END;
