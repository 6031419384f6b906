CREATE TABLE `search_rebuild_checkpoint` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`phase` text NOT NULL,
	`after_id` text,
	`before_seq` integer,
	`done` integer NOT NULL,
	CONSTRAINT "search_rebuild_checkpoint_single_row" CHECK("search_rebuild_checkpoint"."id" = 1)
);
