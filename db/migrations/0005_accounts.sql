CREATE TABLE `accounts` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`password_changed_at` integer NOT NULL,
	`last_login_at` integer,
	`row_version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Sign-in settings (issue #5). The figures are the issue's and common practice (GB/T 22239-2019 asks for lockout
-- and idle timeout without fixing numbers); the bureau may change them.
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-security.idleLockMinutes-*-2000-01-01', 'security.idleLockMinutes', '*', '10', '2000-01-01', 'GB/T 22239-2019 要求登录连接超时自动退出，未规定时长；本系统默认10分钟', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-security.lockoutAttempts-*-2000-01-01', 'security.lockoutAttempts', '*', '5', '2000-01-01', 'GB/T 22239-2019 要求登录失败处理，未规定次数；本系统默认连续5次', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
--> statement-breakpoint
INSERT INTO `parameters` (`id`, `key`, `region`, `value`, `effective_from`, `source`, `confidence`, `note`, `created_by`, `row_version`, `created_at`) VALUES ('param-security.lockoutMinutes-*-2000-01-01', 'security.lockoutMinutes', '*', '15', '2000-01-01', 'GB/T 22239-2019 要求登录失败处理，未规定锁定时长；本系统默认15分钟', 'local', NULL, NULL, 1, CAST(unixepoch('subsec') * 1000 AS INTEGER));
