ALTER TABLE `proceeding_events` ADD `hearing_id` text REFERENCES hearings(id);--> statement-breakpoint
-- from 0026_hearing_clock.sql
-- hand-written below
-- Hearings booked before the hearing became a clock: their day, once per party (the notice is owed to each), so the
-- next start's recompute (deadline engine 4) shows the notice's deadline for them too.
INSERT INTO `proceeding_events` (`proceeding_id`, `kind`, `date`, `party`, `source`, `recorded_at`, `recorded_by`, `hearing_id`)
SELECT h.`proceeding_id`, 'hearingScheduled', h.`date`, coalesce(pa.`name`, pe.`name`), 'hearings.schedule', h.`scheduled_at`, h.`scheduled_by`, h.`id`
FROM `hearings` h JOIN `proceeding_parties` pp ON pp.`proceeding_id` = h.`proceeding_id`
LEFT JOIN `parties` pa ON pa.`id` = pp.`party_id` LEFT JOIN `persons` pe ON pe.`id` = pp.`person_id`
WHERE coalesce(pa.`name`, pe.`name`) IS NOT NULL ORDER BY h.`scheduled_at`, h.`id`, pp.`sort_order`, pp.`id`;
