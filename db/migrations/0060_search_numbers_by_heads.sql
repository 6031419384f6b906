-- Search rules version 5 (issue #15; docs/performance.md, "Personal numbers by their heads"): an intake's ID numbers
-- and phones are indexed by their heads only, the whole number found through its longest head and confirmed against
-- the intake's numbers (which now hold a party's ID number too). No table changes: the search.rebuild job the next
-- start launches (SEARCH_TERMS_VERSION 5) re-indexes the intakes newest first; until then an intake not yet re-indexed
-- is still found by its whole-number term, which the query still asks for.
-- A database with nothing to index is current at once (as 0013, 0042, 0048 and 0055 do).
UPDATE `search_index_state` SET `version` = 5 WHERE NOT EXISTS (SELECT 1 FROM `intakes`) AND NOT EXISTS (SELECT 1 FROM `parties`);
