ALTER TABLE `hearings` ADD `sitting_id` text;--> statement-breakpoint
CREATE INDEX `hearings_sitting_idx` ON `hearings` (`sitting_id`);--> statement-breakpoint
-- hand-written below
-- The seats a party takes in the hearing room (the party and its agent or legal representative): local practice, UNCONFIRMED.
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-hearingRoom.seatsPerParty-*-2008-05-01', 'hearingRoom.seatsPerParty', '*', '2', '2008-05-01', '本系统默认：每方当事人按2人（本人及其代理人或法定代表人）占用仲裁庭室席位；请按本委惯例调整', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
