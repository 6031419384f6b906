CREATE TABLE `person_id_images` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`person_id` text NOT NULL,
	`side` text NOT NULL,
	`file_sha256` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`status` text DEFAULT 'current' NOT NULL,
	`withdrawn_reason` text,
	`withdrawn_at` integer,
	`withdrawn_by` text,
	`created_by` text NOT NULL,
	`row_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_sha256`) REFERENCES `files`(`sha256`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_id_images_person_idx` ON `person_id_images` (`person_id`);--> statement-breakpoint
-- Custom (not generated): an identity-document image is never deleted; what it shows, whose it is and who took it
-- never change; a withdrawn image stays withdrawn.
CREATE TRIGGER `person_id_images_no_delete` BEFORE DELETE ON `person_id_images`
BEGIN SELECT RAISE(ABORT, '证件照片不能删除，只能撤回'); END;
--> statement-breakpoint
CREATE TRIGGER `person_id_images_fixed` BEFORE UPDATE OF `unit_id`, `person_id`, `side`, `file_sha256`, `width`, `height`, `created_by`, `created_at` ON `person_id_images`
WHEN OLD.unit_id IS NOT NEW.unit_id OR OLD.person_id IS NOT NEW.person_id OR OLD.side IS NOT NEW.side OR OLD.file_sha256 IS NOT NEW.file_sha256
  OR OLD.width IS NOT NEW.width OR OLD.height IS NOT NEW.height OR OLD.created_by IS NOT NEW.created_by OR OLD.created_at IS NOT NEW.created_at
BEGIN SELECT RAISE(ABORT, '证件照片一经上传不能更改，有误的请撤回后重新上传'); END;
--> statement-breakpoint
CREATE TRIGGER `person_id_images_withdrawn_final` BEFORE UPDATE OF `status` ON `person_id_images`
WHEN OLD.status = 'withdrawn' AND NEW.status <> 'withdrawn'
BEGIN SELECT RAISE(ABORT, '已撤回的证件照片不能恢复'); END;
--> statement-breakpoint
CREATE TRIGGER `person_id_images_withdrawal_fixed` BEFORE UPDATE OF `withdrawn_reason`, `withdrawn_at`, `withdrawn_by` ON `person_id_images`
WHEN OLD.status = 'withdrawn' AND (OLD.withdrawn_reason IS NOT NEW.withdrawn_reason OR OLD.withdrawn_at IS NOT NEW.withdrawn_at OR OLD.withdrawn_by IS NOT NEW.withdrawn_by)
BEGIN SELECT RAISE(ABORT, '证件照片的撤回记录不能更改'); END;
