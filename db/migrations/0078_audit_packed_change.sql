-- Issue #15, a smaller trail: from format 5 on an audit row's change is stored packed (db/audit-pack.ts: its common
-- keys, values, UUIDs, hashes and dates as short codes, a BLOB). The view audit_log, which everyone reads, gives it
-- back as its JSON text through audit_change_text (registered on every connection, db/audit-rows.ts); older rows
-- keep their text. Dropping the view drops its INSTEAD OF triggers: they are made again as they were.
DROP VIEW `audit_log`;
--> statement-breakpoint
CREATE VIEW `audit_log` AS SELECT r.seq, r.at, a.staff_id AS actor_staff_id,
  CASE WHEN typeof(r.session_id) = 'blob' THEN lower(substr(hex(r.session_id), 1, 8) || '-' || substr(hex(r.session_id), 9, 4) || '-' || substr(hex(r.session_id), 13, 4) || '-' || substr(hex(r.session_id), 17, 4) || '-' || substr(hex(r.session_id), 21)) ELSE r.session_id END AS session_id,
  r.channel, r.action, r.entity,
  CASE WHEN typeof(r.entity_id) = 'blob' THEN lower(substr(hex(r.entity_id), 1, 8) || '-' || substr(hex(r.entity_id), 9, 4) || '-' || substr(hex(r.entity_id), 13, 4) || '-' || substr(hex(r.entity_id), 17, 4) || '-' || substr(hex(r.entity_id), 21)) ELSE r.entity_id END AS entity_id,
  CASE WHEN typeof(r.change) = 'blob' THEN audit_change_text(r.change) ELSE r.change END AS change,
  coalesce(r.prev_hash, '') AS prev_hash, r.hash, r.format, r.entity_id AS entity_key, r.actor
FROM audit_rows r LEFT JOIN audit_actors a ON a.n = r.actor;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_insert` INSTEAD OF INSERT ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能由应用追加'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` INSTEAD OF UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` INSTEAD OF DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能删除'); END;
