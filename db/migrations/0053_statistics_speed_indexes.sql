CREATE INDEX `proceeding_events_proceeding_kind_date_idx` ON `proceeding_events` (`proceeding_id`,`kind`,`date`);--> statement-breakpoint
CREATE INDEX `incidents_unit_started_idx` ON `incidents` (`unit_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `intake_notices_due_idx` ON `intake_notices` (`feedback_due`);--> statement-breakpoint
CREATE INDEX `arbitration_court_actions_filed_idx` ON `arbitration_court_actions` (`filed_on`);--> statement-breakpoint
CREATE INDEX `arbitration_court_actions_result_idx` ON `arbitration_court_actions` (`result_on`);