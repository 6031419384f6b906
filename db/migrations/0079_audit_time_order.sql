-- Issue #15, the auditor's filters at scale: the trail is listed newest first by (at, seq) and each filter's index is
-- its key then at (the rowid, seq, ends every entry), so a page with a date range and a filter reads a page of rows.
-- Ordered by seq, a date range with an action, a person or an entity walked every newer row of it (57 s for a day of
-- 'create' three years back at 300,000 intakes) and a date range alone sorted the range's rows (1.7 s for a month).
DROP INDEX `audit_rows_auditor_entity_idx`;--> statement-breakpoint
DROP INDEX `audit_rows_action_idx`;--> statement-breakpoint
DROP INDEX `audit_rows_actor_idx`;--> statement-breakpoint
CREATE INDEX `audit_rows_auditor_entity_idx` ON `audit_rows` (lower("entity"),`at`);--> statement-breakpoint
CREATE INDEX `audit_rows_action_idx` ON `audit_rows` (`action`,`at`);--> statement-breakpoint
CREATE INDEX `audit_rows_actor_idx` ON `audit_rows` (`actor`,`at`);