-- The month's statistics at 1M (issue #15): per employer, unit and month, its files first accepted that month
-- (db/schema/statistics-summaries.ts), so 重复发案的用人单位's "此前N件" sums an employer's months, not its files.
-- Stored WITHOUT ROWID (hand-written: drizzle cannot say it): the row is its key.
CREATE TABLE `employer_acceptance_months` (
	`party_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`month` text NOT NULL,
	`files` integer NOT NULL,
	PRIMARY KEY(`party_id`, `unit_id`, `month`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfilled from employer_acceptances, read in its key order (party, unit, first day): one group per month.
INSERT INTO `employer_acceptance_months` (`party_id`, `unit_id`, `month`, `files`)
SELECT party_id, unit_id, substr(first_date, 1, 7), COUNT(*) FROM employer_acceptances GROUP BY party_id, unit_id, substr(first_date, 1, 7);
--> statement-breakpoint
-- Kept by employer_acceptances' own writes (it is derived already, kept by 0067's triggers; these fire inside them): a
-- row inserted counts +1 in its month, a row deleted −1 (the month's row goes when it reaches zero), an update both.
-- INSERT OR IGNORE of a row already there fires nothing, nor does a DELETE that finds no row. Each statement seeks one key.
CREATE TRIGGER `employer_acceptance_months_inserted` AFTER INSERT ON `employer_acceptances`
BEGIN
  INSERT INTO employer_acceptance_months (party_id, unit_id, month, files) VALUES (NEW.party_id, NEW.unit_id, substr(NEW.first_date, 1, 7), 1)
    ON CONFLICT (party_id, unit_id, month) DO UPDATE SET files = files + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptance_months_deleted` AFTER DELETE ON `employer_acceptances`
BEGIN
  DELETE FROM employer_acceptance_months WHERE party_id = OLD.party_id AND unit_id = OLD.unit_id AND month = substr(OLD.first_date, 1, 7) AND files <= 1;
  UPDATE employer_acceptance_months SET files = files - 1 WHERE party_id = OLD.party_id AND unit_id = OLD.unit_id AND month = substr(OLD.first_date, 1, 7);
END;
--> statement-breakpoint
CREATE TRIGGER `employer_acceptance_months_updated` AFTER UPDATE ON `employer_acceptances`
BEGIN
  DELETE FROM employer_acceptance_months WHERE party_id = OLD.party_id AND unit_id = OLD.unit_id AND month = substr(OLD.first_date, 1, 7) AND files <= 1;
  UPDATE employer_acceptance_months SET files = files - 1 WHERE party_id = OLD.party_id AND unit_id = OLD.unit_id AND month = substr(OLD.first_date, 1, 7);
  INSERT INTO employer_acceptance_months (party_id, unit_id, month, files) VALUES (NEW.party_id, NEW.unit_id, substr(NEW.first_date, 1, 7), 1)
    ON CONFLICT (party_id, unit_id, month) DO UPDATE SET files = files + 1;
END;
