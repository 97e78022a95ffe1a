PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`date` text NOT NULL,
	`rpe` integer,
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
INSERT INTO `__new_feedback`("id", "user_id", "date", "rpe", "feeling", "pain_location", "pain_severity", "notes", "run_id", "created_at") SELECT "id", "user_id", "date", "rpe", "feeling", "pain_location", "pain_severity", "notes", "run_id", "created_at" FROM `feedback`;--> statement-breakpoint
DROP TABLE `feedback`;--> statement-breakpoint
ALTER TABLE `__new_feedback` RENAME TO `feedback`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `feedback_user_date` ON `feedback` (`user_id`,`date`);--> statement-breakpoint
ALTER TABLE `users` ADD `health` text;