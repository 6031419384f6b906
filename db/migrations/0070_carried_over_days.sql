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
