-- Custom SQL migration file, put your code below! --
-- The setting 回避 decisions added (shared/domain/parameters.ts): whether the committee's chair has designated the
-- 仲裁院's head to decide on the recusal of arbitrators and clerks (办案规则 Art. 11, from secondary sources: the chair
-- or the head he designates decides). Not designated until the bureau says so: the chair decides.
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-arbitration.recusalByInstituteHead-*-2017-07-01', 'arbitration.recusalByInstituteHead', '*', 'false', '2017-07-01', '《劳动人事争议仲裁办案规则》第十一条（据二手资料，原文待核实）：仲裁委员会主任或者其指定的仲裁院负责人决定回避；是否已指定，由本委登记', 'unconfirmed', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
