-- Custom migration (not generated): reference data seeded into every database, editable afterwards.
-- Units: 日喀则市人力资源和社会保障局 and its 18 county/district bureaus (GB/T 2260 codes 540200, 5402xx).
-- Departments: the default set per unit; each bureau corrects its own (e.g. where a county has no
-- arbitration committee of its own — 调解仲裁法 Art. 17: committees are not set up at every level).
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540200', '540200', '日喀则市人力资源和社会保障局', '日喀则市', 'city', NULL, 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540202', '540202', '桑珠孜区人力资源和社会保障局', '桑珠孜区', 'county', 'unit-540200', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540221', '540221', '南木林县人力资源和社会保障局', '南木林县', 'county', 'unit-540200', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540222', '540222', '江孜县人力资源和社会保障局', '江孜县', 'county', 'unit-540200', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540223', '540223', '定日县人力资源和社会保障局', '定日县', 'county', 'unit-540200', 4, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540224', '540224', '萨迦县人力资源和社会保障局', '萨迦县', 'county', 'unit-540200', 5, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540225', '540225', '拉孜县人力资源和社会保障局', '拉孜县', 'county', 'unit-540200', 6, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540226', '540226', '昂仁县人力资源和社会保障局', '昂仁县', 'county', 'unit-540200', 7, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540227', '540227', '谢通门县人力资源和社会保障局', '谢通门县', 'county', 'unit-540200', 8, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540228', '540228', '白朗县人力资源和社会保障局', '白朗县', 'county', 'unit-540200', 9, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540229', '540229', '仁布县人力资源和社会保障局', '仁布县', 'county', 'unit-540200', 10, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540230', '540230', '康马县人力资源和社会保障局', '康马县', 'county', 'unit-540200', 11, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540231', '540231', '定结县人力资源和社会保障局', '定结县', 'county', 'unit-540200', 12, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540232', '540232', '仲巴县人力资源和社会保障局', '仲巴县', 'county', 'unit-540200', 13, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540233', '540233', '亚东县人力资源和社会保障局', '亚东县', 'county', 'unit-540200', 14, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540234', '540234', '吉隆县人力资源和社会保障局', '吉隆县', 'county', 'unit-540200', 15, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540235', '540235', '聂拉木县人力资源和社会保障局', '聂拉木县', 'county', 'unit-540200', 16, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540236', '540236', '萨嘎县人力资源和社会保障局', '萨嘎县', 'county', 'unit-540200', 17, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `units` (`id`, `region_code`, `name`, `short_name`, `level`, `parent_id`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('unit-540237', '540237', '岗巴县人力资源和社会保障局', '岗巴县', 'county', 'unit-540200', 18, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540200-reception', 'unit-540200', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540200-leadership', 'unit-540200', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540200-inspection', 'unit-540200', '劳动保障监察支队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540200-arbitration', 'unit-540200', '劳动人事争议仲裁院', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540200-laborRelations', 'unit-540200', '劳动关系科', 'laborRelations', 4, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540202-reception', 'unit-540202', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540202-leadership', 'unit-540202', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540202-inspection', 'unit-540202', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540202-arbitration', 'unit-540202', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540221-reception', 'unit-540221', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540221-leadership', 'unit-540221', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540221-inspection', 'unit-540221', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540221-arbitration', 'unit-540221', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540222-reception', 'unit-540222', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540222-leadership', 'unit-540222', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540222-inspection', 'unit-540222', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540222-arbitration', 'unit-540222', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540223-reception', 'unit-540223', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540223-leadership', 'unit-540223', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540223-inspection', 'unit-540223', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540223-arbitration', 'unit-540223', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540224-reception', 'unit-540224', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540224-leadership', 'unit-540224', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540224-inspection', 'unit-540224', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540224-arbitration', 'unit-540224', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540225-reception', 'unit-540225', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540225-leadership', 'unit-540225', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540225-inspection', 'unit-540225', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540225-arbitration', 'unit-540225', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540226-reception', 'unit-540226', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540226-leadership', 'unit-540226', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540226-inspection', 'unit-540226', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540226-arbitration', 'unit-540226', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540227-reception', 'unit-540227', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540227-leadership', 'unit-540227', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540227-inspection', 'unit-540227', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540227-arbitration', 'unit-540227', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540228-reception', 'unit-540228', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540228-leadership', 'unit-540228', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540228-inspection', 'unit-540228', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540228-arbitration', 'unit-540228', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540229-reception', 'unit-540229', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540229-leadership', 'unit-540229', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540229-inspection', 'unit-540229', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540229-arbitration', 'unit-540229', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540230-reception', 'unit-540230', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540230-leadership', 'unit-540230', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540230-inspection', 'unit-540230', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540230-arbitration', 'unit-540230', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540231-reception', 'unit-540231', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540231-leadership', 'unit-540231', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540231-inspection', 'unit-540231', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540231-arbitration', 'unit-540231', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540232-reception', 'unit-540232', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540232-leadership', 'unit-540232', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540232-inspection', 'unit-540232', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540232-arbitration', 'unit-540232', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540233-reception', 'unit-540233', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540233-leadership', 'unit-540233', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540233-inspection', 'unit-540233', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540233-arbitration', 'unit-540233', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540234-reception', 'unit-540234', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540234-leadership', 'unit-540234', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540234-inspection', 'unit-540234', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540234-arbitration', 'unit-540234', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540235-reception', 'unit-540235', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540235-leadership', 'unit-540235', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540235-inspection', 'unit-540235', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540235-arbitration', 'unit-540235', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540236-reception', 'unit-540236', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540236-leadership', 'unit-540236', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540236-inspection', 'unit-540236', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540236-arbitration', 'unit-540236', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540237-reception', 'unit-540237', '统一咨询接待室', 'reception', 0, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540237-leadership', 'unit-540237', '局领导', 'leadership', 1, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540237-inspection', 'unit-540237', '劳动保障监察大队', 'inspection', 2, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `departments` (`id`, `unit_id`, `name`, `capability`, `sort_order`, `active`, `row_version`, `created_at`, `updated_at`) VALUES ('dept-540237-arbitration', 'unit-540237', '劳动人事争议仲裁委员会办公室', 'arbitration', 3, 1, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER), CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-collective.minWorkers-*-2008-05-01', 'collective.minWorkers', '*', '10', '2008-05-01', '《劳动争议调解仲裁法》第七条；《劳动人事争议仲裁办案规则》第五条、第六十二条', 'statutory', '劳动者一方在十人以上并有共同请求的，为集体争议，优先立案、优先审理', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-intake.representativesMax-*-2004-12-01', 'intake.representativesMax', '*', '5', '2004-12-01', '投诉代表人数上限无全国统一规定，各地有“最多不超过5人”“三人以下”等做法', 'unconfirmed', '请按本地规定修改', NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
