ALTER TABLE `users` ADD `max_hr` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `resting_hr` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `lthr_hr` integer;