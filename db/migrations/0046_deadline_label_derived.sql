-- A clock's label and citation follow from rule_id, party and award_finality through the rule table (clockLabel and
-- clockCitation, shared/domain/deadline-state.ts) and are resolved on read: ≈130 bytes a clock not stored. SQLite
-- rewrites the table's rows in place; the freed pages are reused, the file keeps its size until a VACUUM.
ALTER TABLE `deadlines` DROP COLUMN `label`;--> statement-breakpoint
ALTER TABLE `deadlines` DROP COLUMN `citation`;