DROP INDEX `proceeding_parties_party_idx`;--> statement-breakpoint
DROP INDEX `proceeding_parties_person_idx`;--> statement-breakpoint
CREATE INDEX `proceeding_parties_party_idx` ON `proceeding_parties` (`party_id`) WHERE party_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `proceeding_parties_person_idx` ON `proceeding_parties` (`person_id`) WHERE person_id IS NOT NULL;--> statement-breakpoint
DROP INDEX `case_events_case_file_idx`;--> statement-breakpoint
CREATE INDEX `case_events_case_file_idx` ON `case_events` (`case_file_id`);--> statement-breakpoint
-- hand-written below
-- issue #15, a smaller database (docs/performance.md "The case work made smaller, again"). Above: the timeline's file
-- index without seq (the rowid, which ends every index entry already), and the party and person indexes of a proceeding's
-- parties partial (a row is one or the other). Below: a clock event recorded by a step of its own proceeding keeps '.'
-- and the step ('.file'); the kind before the dot is the proceeding's (electron/core/proceedings/proceedings.data.ts,
-- clockEventSource puts it back). Other sources ('intake', 'service.record' …) stay whole. The events are append-only:
-- the update trigger (0014) is lifted for this rewrite only and put back exactly as it was.
DROP TRIGGER `proceeding_events_no_update`;
--> statement-breakpoint
UPDATE `proceeding_events` SET `source` = substr(`source`, length(k.`kind`) + 1)
FROM (SELECT `id`, `kind` FROM `proceedings`) AS k
WHERE k.`id` = `proceeding_events`.`proceeding_id` AND substr(`proceeding_events`.`source`, 1, length(k.`kind`) + 1) = k.`kind` || '.';
--> statement-breakpoint
CREATE TRIGGER `proceeding_events_no_update` BEFORE UPDATE ON `proceeding_events`
BEGIN SELECT RAISE(ABORT, '程序事件只能追加，不能修改'); END;
