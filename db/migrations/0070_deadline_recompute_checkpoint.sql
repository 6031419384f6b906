CREATE TABLE `deadline_recompute_checkpoint` (
	`id` integer PRIMARY KEY NOT NULL,
	`basis` text NOT NULL,
	`after_id` text NOT NULL,
	`done` integer NOT NULL,
	CONSTRAINT "deadline_recompute_checkpoint_single_row" CHECK("deadline_recompute_checkpoint"."id" = 1)
);
