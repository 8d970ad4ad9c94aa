CREATE TABLE `korean_words` (
	`position` integer PRIMARY KEY NOT NULL,
	`word` text NOT NULL,
	`uses` integer NOT NULL
);
