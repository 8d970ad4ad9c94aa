CREATE TABLE `build_info` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `entries` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`parent_id` text,
	`note_links` integer DEFAULT 0 NOT NULL,
	`title_ko` text NOT NULL,
	`title_en` text NOT NULL,
	`summary_ko` text NOT NULL,
	`summary_en` text NOT NULL,
	`body_ko` text NOT NULL,
	`body_en` text NOT NULL,
	`keywords_ko` text NOT NULL,
	`keywords_en` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entries_name_unique` ON `entries` (`name`);--> statement-breakpoint
CREATE INDEX `entries_kind` ON `entries` (`kind`);--> statement-breakpoint
CREATE INDEX `entries_parent` ON `entries` (`parent_id`);--> statement-breakpoint
CREATE TABLE `entry_aliases` (
	`alias` text NOT NULL,
	`entry_id` text NOT NULL,
	PRIMARY KEY(`alias`, `entry_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `entry_sections` (
	`entry_id` text NOT NULL,
	`section_id` integer NOT NULL,
	`start_line` integer NOT NULL,
	`end_line` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`entry_id`, `section_id`, `start_line`, `role`),
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entry_sections_section` ON `entry_sections` (`section_id`);--> statement-breakpoint
CREATE TABLE `errata` (
	`id` integer PRIMARY KEY NOT NULL,
	`file_id` integer NOT NULL,
	`section_id` integer,
	`line` integer NOT NULL,
	`column` integer NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`message` text NOT NULL,
	`suggestion` text NOT NULL,
	`excerpt` text NOT NULL,
	`example_id` integer,
	`entry_id` text,
	FOREIGN KEY (`file_id`) REFERENCES `note_files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `errata_file_line` ON `errata` (`file_id`,`line`);--> statement-breakpoint
CREATE TABLE `example_entries` (
	`example_id` integer NOT NULL,
	`entry_id` text NOT NULL,
	PRIMARY KEY(`example_id`, `entry_id`),
	FOREIGN KEY (`example_id`) REFERENCES `examples`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `example_entries_entry` ON `example_entries` (`entry_id`);--> statement-breakpoint
CREATE TABLE `examples` (
	`id` integer PRIMARY KEY NOT NULL,
	`section_id` integer,
	`start_line` integer,
	`end_line` integer,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`source` text NOT NULL,
	`is_valid` integer NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `examples_section` ON `examples` (`section_id`);--> statement-breakpoint
CREATE TABLE `note_files` (
	`id` integer PRIMARY KEY NOT NULL,
	`path` text NOT NULL,
	`sha256` text NOT NULL,
	`line_count` integer NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `note_files_path_unique` ON `note_files` (`path`);--> statement-breakpoint
CREATE TABLE `passages` (
	`id` integer PRIMARY KEY NOT NULL,
	`section_id` integer NOT NULL,
	`start_line` integer NOT NULL,
	`end_line` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `passages_section` ON `passages` (`section_id`);--> statement-breakpoint
CREATE TABLE `related_entries` (
	`entry_id` text NOT NULL,
	`related_id` text NOT NULL,
	`weight` real NOT NULL,
	PRIMARY KEY(`entry_id`, `related_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`related_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sections` (
	`id` integer PRIMARY KEY NOT NULL,
	`file_id` integer NOT NULL,
	`path` text NOT NULL,
	`title` text NOT NULL,
	`level` integer NOT NULL,
	`parent_id` integer,
	`start_line` integer NOT NULL,
	`end_line` integer NOT NULL,
	FOREIGN KEY (`file_id`) REFERENCES `note_files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sections_path` ON `sections` (`path`);