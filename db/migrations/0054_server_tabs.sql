CREATE TABLE `server_tabs` (
	`id` text PRIMARY KEY NOT NULL,
	`cookie_hash` text NOT NULL,
	`secret_hash` text NOT NULL,
	`address` text NOT NULL,
	`agent` text,
	`staff_id` text,
	`authenticated_at` integer,
	`credential_version` integer,
	`locked` integer DEFAULT false NOT NULL,
	`last_seen_at` integer NOT NULL
);
