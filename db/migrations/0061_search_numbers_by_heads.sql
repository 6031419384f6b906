-- Search rules versions 5 and 6 (issue #15; docs/performance.md, "A leaner term index"): an intake's ID numbers and
-- phones are indexed by their heads only, the whole number found through its longest head and confirmed against the
-- intake's own rows (its people's and parties' numbers), so intake_search_docs.numbers is no longer written. No table
-- changes: the search.rebuild job the next start launches (SEARCH_TERMS_VERSION 6) re-indexes the intakes newest
-- first; until then an intake not yet re-indexed is still found by its whole-number term, which the query still asks for.
-- A database with nothing to index is current at once (as 0013, 0042, 0048 and 0055 do).
UPDATE `search_index_state` SET `version` = 6 WHERE NOT EXISTS (SELECT 1 FROM `intakes`) AND NOT EXISTS (SELECT 1 FROM `parties`);
