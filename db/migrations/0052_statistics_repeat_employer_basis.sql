-- The inspection table's 重复发案的用人单位 on the bureau's basis (shared/domain/statistics/basis.ts), a setting like the
-- other statistics choices (0049).
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-statistics.inspection.repeatEmployerBasis-*-2004-12-01', 'statistics.inspection.repeatEmployerBasis', '*', '"twoInPeriod"', '2004-12-01', '本局口径：重复发案的用人单位 = 本期受理该单位监察案件两件以上。统计制度原文未见，可在“设置 → 参数”中改选', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
