DROP INDEX `audit_rows_entity_idx`;--> statement-breakpoint
CREATE INDEX `audit_rows_proceeding_idx` ON `audit_rows` (`entity_id`,`entity`) WHERE entity = 'proceeding';--> statement-breakpoint
CREATE INDEX `audit_rows_auditor_entity_idx` ON `audit_rows` (lower("entity"));--> statement-breakpoint
CREATE INDEX `case_files_urgent_idx` ON `case_files` (`unit_id`,`opened_at`,`seq`) WHERE urgent = 1;--> statement-breakpoint
CREATE INDEX `case_files_collective_idx` ON `case_files` (`unit_id`,`opened_at`,`seq`) WHERE collective = 1;