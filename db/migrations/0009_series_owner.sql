ALTER TABLE `number_series` ADD `owner_installation_id` text;--> statement-breakpoint
-- Custom (not generated): the series issued so far were issued by this installation.
UPDATE `number_series` SET `owner_installation_id` = (SELECT `installation_id` FROM `installation` WHERE `id` = 1) WHERE `owner_installation_id` IS NULL;
