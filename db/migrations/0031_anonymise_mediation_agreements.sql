-- Custom SQL migration file, put your code below! --
-- A 调解协议 stays append-only (调解仲裁法 Art. 14), but on a file marked anonymised (PIPL Art. 47(2); retention) its two
-- free texts — the note and the reason given for promising more than was owed — may be cleared, as the payments'
-- notes may (migration 0026): they can name or reach people. Nothing else of it may change, and it is never deleted.
DROP TRIGGER `mediation_agreements_no_update`;
--> statement-breakpoint
CREATE TRIGGER `mediation_agreements_only_anonymise` BEFORE UPDATE ON `mediation_agreements`
WHEN NOT ((SELECT anonymised_at FROM case_files WHERE id = OLD.`case_file_id`) IS NOT NULL AND NEW.`id` IS OLD.`id` AND NEW.`unit_id` IS OLD.`unit_id` AND NEW.`case_file_id` IS OLD.`case_file_id` AND NEW.`proceeding_id` IS OLD.`proceeding_id` AND NEW.`signed_on` IS OLD.`signed_on` AND NEW.`total_fen` IS OLD.`total_fen` AND NEW.`outstanding_fen` IS OLD.`outstanding_fen` AND NEW.`recorded_by` IS OLD.`recorded_by` AND NEW.`recorded_at` IS OLD.`recorded_at`)
BEGIN SELECT RAISE(ABORT, '调解协议登记后不能修改或删除'); END;
