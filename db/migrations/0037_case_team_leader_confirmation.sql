ALTER TABLE `case_team` ADD `confirmed_at` integer;--> statement-breakpoint
ALTER TABLE `case_team` ADD `confirmed_by` text REFERENCES staff(id);--> statement-breakpoint
-- hand-written below
-- A 包案领导 already on a file before confirmation existed counts as confirmed when it was added, so an upgraded
-- database shows no flood of pending ones; confirmed_by stays NULL (nobody confirmed it: the upgrade did).
UPDATE `case_team` SET `confirmed_at` = `added_at` WHERE `role` = 'leader' AND `confirmed_at` IS NULL;
