-- Issue #15 (a smaller trail): the audit rows are stored compact in audit_rows — the acting staff member as a
-- number of audit_actors, session and entity ids that are UUIDs as their 16 bytes, no empty prev_hash — and read
-- through the view audit_log, which gives every row back as before (db/audit-rows.ts). Every row keeps its
-- format, content and hash: the hash covers the ids as text, and the verifier (db/audit-chain.ts) resolves them.
CREATE TABLE `audit_actors` (
	`n` integer PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_actors_staff_id_unique` ON `audit_actors` (`staff_id`);--> statement-breakpoint
CREATE TABLE `audit_rows` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor` integer,
	`session_id` blob,
	`channel` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` blob,
	`change` text NOT NULL,
	`prev_hash` text,
	`hash` blob NOT NULL,
	`format` integer NOT NULL
);
--> statement-breakpoint
-- hand-written below
-- The staff members in order of first appearance; then every row, its ids re-encoded (audit_id_bytes: a UUID's 16
-- bytes, any other text as it is — db/migrate.ts registers it), prev_hash kept only where it is not '' (a format 1
-- row's link; a format 2/3 row that stored one anyway keeps it, and still fails verification).
INSERT INTO `audit_actors` (`staff_id`) SELECT `actor_staff_id` FROM `audit_log` WHERE `actor_staff_id` IS NOT NULL GROUP BY `actor_staff_id` ORDER BY min(`seq`);
--> statement-breakpoint
INSERT INTO `audit_rows` (`seq`, `at`, `actor`, `session_id`, `channel`, `action`, `entity`, `entity_id`, `change`, `prev_hash`, `hash`, `format`)
SELECT l.`seq`, l.`at`, a.`n`, audit_id_bytes(l.`session_id`), l.`channel`, l.`action`, l.`entity`, audit_id_bytes(l.`entity_id`), l.`change`, nullif(l.`prev_hash`, ''), l.`hash`, l.`format`
FROM `audit_log` l LEFT JOIN `audit_actors` a ON a.`staff_id` = l.`actor_staff_id` ORDER BY l.`seq`;
--> statement-breakpoint
-- The highest seq ever issued carries over, so rows deleted from the end before this migration still show.
INSERT INTO sqlite_sequence (name, seq) SELECT 'audit_rows', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'audit_rows');
--> statement-breakpoint
UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0)) WHERE name = 'audit_rows';
--> statement-breakpoint
DROP TABLE `audit_log`;
--> statement-breakpoint
CREATE INDEX `audit_rows_entity_idx` ON `audit_rows` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_rows_action_idx` ON `audit_rows` (`action`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_rows_actor_idx` ON `audit_rows` (`actor`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_rows_at_idx` ON `audit_rows` (`at`);--> statement-breakpoint
-- Every row as the app knows it; entity_key and actor are the stored forms, for filters that use the indexes.
CREATE VIEW `audit_log` AS SELECT r.seq, r.at, a.staff_id AS actor_staff_id,
  CASE WHEN typeof(r.session_id) = 'blob' THEN lower(substr(hex(r.session_id), 1, 8) || '-' || substr(hex(r.session_id), 9, 4) || '-' || substr(hex(r.session_id), 13, 4) || '-' || substr(hex(r.session_id), 17, 4) || '-' || substr(hex(r.session_id), 21)) ELSE r.session_id END AS session_id,
  r.channel, r.action, r.entity,
  CASE WHEN typeof(r.entity_id) = 'blob' THEN lower(substr(hex(r.entity_id), 1, 8) || '-' || substr(hex(r.entity_id), 9, 4) || '-' || substr(hex(r.entity_id), 13, 4) || '-' || substr(hex(r.entity_id), 17, 4) || '-' || substr(hex(r.entity_id), 21)) ELSE r.entity_id END AS entity_id,
  r.change, coalesce(r.prev_hash, '') AS prev_hash, r.hash, r.format, r.entity_id AS entity_key, r.actor
FROM audit_rows r LEFT JOIN audit_actors a ON a.n = r.actor;
--> statement-breakpoint
CREATE TRIGGER `audit_rows_no_update` BEFORE UPDATE ON `audit_rows`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_rows_no_delete` BEFORE DELETE ON `audit_rows`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_actors_no_update` BEFORE UPDATE ON `audit_actors`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_actors_no_delete` BEFORE DELETE ON `audit_actors`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能删除'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_insert` INSTEAD OF INSERT ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能由应用追加'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` INSTEAD OF UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能修改'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` INSTEAD OF DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, '审计记录只能追加，不能删除'); END;
