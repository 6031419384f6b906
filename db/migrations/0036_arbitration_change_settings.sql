-- Custom SQL migration file, put your code below! --
-- The settings the arbitration's changes of course added (shared/domain/parameters.ts), each in force from the rules'
-- own start with its source: whether a jurisdiction decision restarts the award clock (not among 办案规则 Art. 46's
-- grounds as DOMAIN.md gives them — off, the earlier date for a bureau duty), and the counter-claim's service and
-- defence periods (办案规则 Art. 36, taken by analogy from 调解仲裁法 Art. 30; UNCONFIRMED, the bureau's to change).
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.jurisdictionDecisionRestarts-*-2017-07-01', 'deadline.jurisdictionDecisionRestarts', '*', 'false', '2017-07-01', '《劳动人事争议仲裁办案规则》第四十六条列明的重新计算事由中未见“对管辖异议作出决定”（原文待核实）；默认不重新计算，本机关的办理期限从早', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.unit.arbitration.counterClaimServe-*-2017-07-01', 'deadline.unit.arbitration.counterClaimServe', '*', '"workingDay"', '2017-07-01', '《劳动人事争议仲裁办案规则》第三十六条；期限单位参照该规则对“五日”等短期限的计算（工作日），待核实', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.length.arbitration.counterClaimServe-*-2017-07-01', 'deadline.length.arbitration.counterClaimServe', '*', '5', '2017-07-01', '《劳动人事争议仲裁办案规则》第三十六条；反申请书副本的送达参照《劳动争议调解仲裁法》第三十条（五日），原文待核实', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.unit.arbitration.counterClaimDefence-*-2017-07-01', 'deadline.unit.arbitration.counterClaimDefence', '*', '"workingDay"', '2017-07-01', '《劳动人事争议仲裁办案规则》第三十六条；期限单位参照该规则对短期限的计算（工作日），待核实', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-deadline.length.arbitration.ccDefence-*-2017-07-01', 'deadline.length.arbitration.counterClaimDefence', '*', '10', '2017-07-01', '《劳动人事争议仲裁办案规则》第三十六条；对反申请的答辩参照《劳动争议调解仲裁法》第三十条（十日），原文待核实', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
