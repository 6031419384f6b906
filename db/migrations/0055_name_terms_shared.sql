-- Custom SQL migration file, put your code below! --
--> statement-breakpoint
-- hand-written below
-- The pickers' name terms shared with the names dictionary (issue #15; docs/performance.md, "The pickers' terms in
-- the names dictionary"): name_search_terms kept every party's and project's grams, whole name, beginnings and pinyin
-- as text with the record's UUID, twice (its key and its (entity, entity_id) index) — 44 rows and ≈ 5.7 KB per
-- record, 0.6 KB per intake at every size, since employers and projects grow with the intakes. The same terms are
-- already in name_terms (integer ids, migration 0048) for every name an intake carries. Here every record that has
-- picker terms but no dictionary entry yet (a party or project on no intake) gets one, built from the very terms it
-- has, and name_search_terms keeps only the numbers (n:, c:, m:, t:), whose prefix ranges stay within one entity.
-- All in this one migration, so the pickers never see a half-moved index. (Below: the FTS body without numbers.)
CREATE TEMP TABLE `name_terms_migration_start` AS SELECT coalesce(max(`id`), 0) AS `id` FROM `search_names`;
--> statement-breakpoint
INSERT INTO `search_terms` (`term`)
  SELECT DISTINCT n.`term` FROM `name_search_terms` n
  WHERE n.`term` NOT GLOB '[nmct]:*' AND NOT EXISTS (SELECT 1 FROM `search_terms` t WHERE t.`term` = n.`term`);
--> statement-breakpoint
-- term_ids as indexName writes them: each id a 4-byte little-endian integer.
INSERT INTO `search_names` (`entity`, `entity_id`, `name`, `term_ids`)
  SELECT n.`entity`, n.`entity_id`, coalesce(pa.`name`, pr.`name`),
         unhex(group_concat(printf('%02X%02X%02X%02X', t.`id` & 255, (t.`id` >> 8) & 255, (t.`id` >> 16) & 255, (t.`id` >> 24) & 255), ''))
  FROM `name_search_terms` n
  JOIN `search_terms` t ON t.`term` = n.`term`
  LEFT JOIN `parties` pa ON n.`entity` = 'party' AND pa.`id` = n.`entity_id`
  LEFT JOIN `projects` pr ON n.`entity` = 'project' AND pr.`id` = n.`entity_id`
  WHERE n.`term` NOT GLOB '[nmct]:*' AND coalesce(pa.`name`, pr.`name`) IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM `search_names` s WHERE s.`entity` = n.`entity` AND s.`entity_id` = n.`entity_id`)
  GROUP BY n.`entity`, n.`entity_id`;
--> statement-breakpoint
INSERT OR IGNORE INTO `name_terms` (`term_id`, `name_id`)
  SELECT t.`id`, s.`id` FROM `search_names` s
  JOIN `name_search_terms` n ON n.`entity` = s.`entity` AND n.`entity_id` = s.`entity_id`
  JOIN `search_terms` t ON t.`term` = n.`term`
  WHERE s.`id` > (SELECT `id` FROM `name_terms_migration_start`) AND n.`term` NOT GLOB '[nmct]:*';
--> statement-breakpoint
DELETE FROM `name_search_terms` WHERE `term` NOT GLOB '[nmct]:*';
--> statement-breakpoint
DROP TABLE `name_terms_migration_start`;
--> statement-breakpoint
-- The intakes' number words (ID numbers, phones, credit codes, registration numbers: 60 % of the FTS text) kept beside
-- the FTS row, unindexed, for confirming a number head; the FTS body keeps the rest (terms.ts: isUnindexedWord). An
-- intake indexed before keeps them in its FTS body (null here), which stays correct; the search.rebuild job the next
-- start launches (SEARCH_TERMS_VERSION 4) moves them, newest intakes first.
ALTER TABLE `intake_search_docs` ADD COLUMN `numbers` text;
--> statement-breakpoint
-- A database with nothing to index is current at once (as 0013, 0042 and 0048 do).
UPDATE `search_index_state` SET `version` = 4 WHERE NOT EXISTS (SELECT 1 FROM `intakes`) AND NOT EXISTS (SELECT 1 FROM `parties`);
