CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`date` text NOT NULL,
	`rpe` integer NOT NULL,
	`feeling` text,
	`pain_location` text,
	`pain_severity` integer,
	`notes` text,
	`run_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `feedback_user_date` ON `feedback` (`user_id`,`date`);--> statement-breakpoint
CREATE TABLE `history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`content` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `history_user_id` ON `history` (`user_id`,`id`);--> statement-breakpoint
CREATE TABLE `inbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`key` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`processed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbox_key` ON `inbox` (`key`);--> statement-breakpoint
CREATE INDEX `inbox_due` ON `inbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`key` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text DEFAULT 'running' NOT NULL,
	`enqueued` integer DEFAULT 0 NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_runs_key` ON `job_runs` (`key`);--> statement-breakpoint
CREATE INDEX `job_runs_job_started` ON `job_runs` (`job`,`started_at`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `oauth_states` (
	`nonce` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`user_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`telegram_message_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_key` ON `outbox` (`key`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`goal` text NOT NULL,
	`distance_km` real NOT NULL,
	`race_date` text NOT NULL,
	`goal_time_sec` integer,
	`start_date` text NOT NULL,
	`vdot` real,
	`paces` text,
	`warnings` text DEFAULT '[]' NOT NULL,
	`weeks` text NOT NULL,
	`baseline` text,
	`predicted_time` text,
	`request` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plans_user_status` ON `plans` (`user_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `plans_one_active` ON `plans` (`user_id`) WHERE status = 'active';--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`date` text NOT NULL,
	`started_at` integer,
	`distance_km` real NOT NULL,
	`duration_sec` integer NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`rpe` integer,
	`notes` text,
	`workout_date` text,
	`match_status` text,
	`title` text,
	`sport_type` text,
	`raw` text,
	`raw_purged_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `runs_source_external` ON `runs` (`source`,`external_id`);--> statement-breakpoint
CREATE INDEX `runs_user_date` ON `runs` (`user_id`,`date`);--> statement-breakpoint
CREATE INDEX `runs_source_created` ON `runs` (`source`,`created_at`);--> statement-breakpoint
CREATE TABLE `strava_accounts` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`athlete_id` integer NOT NULL,
	`access_token_enc` text NOT NULL,
	`refresh_token_enc` text NOT NULL,
	`expires_at` integer NOT NULL,
	`scope` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strava_accounts_athlete` ON `strava_accounts` (`athlete_id`);--> statement-breakpoint
CREATE TABLE `usage` (
	`user_id` integer NOT NULL,
	`day` text NOT NULL,
	`turns` integer DEFAULT 0 NOT NULL,
	`prompt_tokens` integer DEFAULT 0 NOT NULL,
	`output_tokens` integer DEFAULT 0 NOT NULL,
	`total_tokens` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`user_id`, `day`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`telegram_id` integer PRIMARY KEY NOT NULL,
	`chat_id` integer NOT NULL,
	`name` text,
	`username` text,
	`language_code` text,
	`timezone` text DEFAULT 'UTC' NOT NULL,
	`morning_time` text DEFAULT '06:30' NOT NULL,
	`evening_time` text DEFAULT '20:00' NOT NULL,
	`units` text DEFAULT 'km' NOT NULL,
	`days_per_week` integer DEFAULT 4 NOT NULL,
	`weekly_km` real DEFAULT 20 NOT NULL,
	`long_run_day` text DEFAULT 'sun' NOT NULL,
	`recent_race_distance` text,
	`recent_race_time_sec` integer,
	`active` integer DEFAULT true NOT NULL,
	`onboarded` integer DEFAULT false NOT NULL,
	`pending_flow` text,
	`next_morning_at` integer,
	`next_evening_at` integer,
	`next_weekly_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `users_next_morning` ON `users` (`active`,`next_morning_at`);--> statement-breakpoint
CREATE INDEX `users_next_evening` ON `users` (`active`,`next_evening_at`);--> statement-breakpoint
CREATE INDEX `users_next_weekly` ON `users` (`active`,`next_weekly_at`);--> statement-breakpoint
CREATE TABLE `workouts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`date` text NOT NULL,
	`week_index` integer NOT NULL,
	`type` text NOT NULL,
	`distance_km` real NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`steps` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`telegram_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workouts_plan_date` ON `workouts` (`plan_id`,`date`);--> statement-breakpoint
CREATE INDEX `workouts_user_date` ON `workouts` (`user_id`,`date`);