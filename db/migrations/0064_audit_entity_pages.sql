DROP INDEX `audit_rows_entity_idx`;--> statement-breakpoint
CREATE INDEX `audit_rows_proceeding_idx` ON `audit_rows` (`entity_id`,`entity`) WHERE entity = 'proceeding';--> statement-breakpoint
CREATE INDEX `audit_rows_auditor_entity_idx` ON `audit_rows` (lower("entity"));