-- A save read the parameters table whole three times (issue #15, save-case): each connection now keeps them parsed
-- and asks this one row whether they changed. The triggers below keep it in the transaction of every write of
-- `parameters` — the settings screen, a raw statement, another connection or program — so it cannot go stale.
CREATE TABLE `parameter_generation` (
	`id` integer PRIMARY KEY NOT NULL,
	`generation` integer NOT NULL,
	CONSTRAINT "parameter_generation_single_row" CHECK("parameter_generation"."id" = 1)
);
--> statement-breakpoint
INSERT INTO `parameter_generation` (`id`, `generation`) VALUES (1, 1);
--> statement-breakpoint
CREATE TRIGGER `parameter_generation_insert` AFTER INSERT ON `parameters`
BEGIN
  UPDATE parameter_generation SET generation = generation + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `parameter_generation_update` AFTER UPDATE ON `parameters`
BEGIN
  UPDATE parameter_generation SET generation = generation + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `parameter_generation_delete` AFTER DELETE ON `parameters`
BEGIN
  UPDATE parameter_generation SET generation = generation + 1 WHERE id = 1;
END;
