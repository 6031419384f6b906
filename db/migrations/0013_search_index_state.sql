CREATE TABLE `search_index_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "search_index_state_single_row" CHECK("search_index_state"."id" = 1)
);
--> statement-breakpoint

-- Custom (appended by hand): a database with no intakes and no parties has nothing indexed under older rules, so it
-- starts at version 1; one with data keeps no row (version 0) and the next start rebuilds its index — the terms that
-- let a role without personal.unmask match the visible digits of an ID or phone arrived with version 1.
INSERT INTO `search_index_state` (`id`, `version`) SELECT 1, 1 WHERE NOT EXISTS (SELECT 1 FROM `intakes`) AND NOT EXISTS (SELECT 1 FROM `parties`);
