-- Custom SQL migration file, put your code below! --
-- hand-written below
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-inspection.hearingFineThreshold-*-2021-07-15', 'inspection.hearingFineThreshold', '*', '10000', '2021-07-15', '《行政处罚法》第六十三条：较大数额罚款的标准由省级规定；本省标准待核实，暂按10000元（数额从低，听证从宽）', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
-- 事先告知 recorded before the threshold existed told of a hearing whenever a penalty was intended: that right stands.
INSERT INTO `proceeding_events` (`proceeding_id`, `kind`, `date`, `rule_id`, `party`, `party_role`, `award_finality`, `source`, `recorded_at`, `recorded_by`, `service_id`, `hearing_id`)
SELECT `proceeding_id`, 'hearingRightNoticed', `date`, NULL, NULL, NULL, NULL, 'migration.hearingThreshold', `recorded_at`, `recorded_by`, NULL, NULL FROM `proceeding_events` WHERE `kind` = 'penaltyIntended';
