/**
 * The knowledge base's tables, all in one file (drizzle, SQLite).
 * The database is rebuilt from the notes and the catalog on every ingest, so the schema only
 * has to describe one build; `schema/__generated__/` holds the SQL drizzle-kit derives from it.
 */
import { sqliteTable, text, integer, index, primaryKey, real } from 'drizzle-orm/sqlite-core';

/** Facts about this build: its id (used as an ETag), when and from what it was built. */
export const buildInfo = sqliteTable('build_info', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** A notes file that was ingested. */
export const noteFiles = sqliteTable('note_files', {
  id: integer('id').primaryKey(),
  /** Path as given to the ingest, relative to the working directory when possible. */
  path: text('path').notNull().unique(),
  sha256: text('sha256').notNull(),
  lineCount: integer('line_count').notNull(),
  /** The file's text, so sections and links can be served with the notes' own words. */
  text: text('text').notNull(),
});

/** A heading of the notes and the lines it spans (heading line through the line before the next heading). */
export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey(),
  fileId: integer('file_id').notNull().references(() => noteFiles.id),
  /** Dotted number from the heading (`2.4.3.2`), or a slug of the title when it has none. */
  path: text('path').notNull(),
  title: text('title').notNull(),
  level: integer('level').notNull(),
  parentId: integer('parent_id'),
  startLine: integer('start_line').notNull(),
  endLine: integer('end_line').notNull(),
}, (t) => [index('sections_path').on(t.path)]);

/** A paragraph of prose in a section: the unit that entries link to and search reads. */
export const passages = sqliteTable('passages', {
  id: integer('id').primaryKey(),
  sectionId: integer('section_id').notNull().references(() => sections.id),
  startLine: integer('start_line').notNull(),
  endLine: integer('end_line').notNull(),
  text: text('text').notNull(),
}, (t) => [index('passages_section').on(t.sectionId)]);

/** A catalog record: command, option, instruction, concept, comparison or recipe. */
export const entries = sqliteTable('entries', {
  /** Stable id: `command:run`, `option:run:--restart`, `instruction:HEALTHCHECK`, `concept:layers`. */
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['command', 'option', 'instruction', 'concept', 'comparison', 'recipe'] }).notNull(),
  /** Canonical name: `docker run --restart`, `HEALTHCHECK`, `docker image prune`, or the concept's slug. */
  name: text('name').notNull().unique(),
  /** The option's command, for options. */
  parentId: text('parent_id'),
  /**
   * How many places in the notes define, explain or show it: a prior for ranking. The columns search
   * reads for every ranked row come before the long texts, so ranking reads no overflow page.
   */
  noteLinks: integer('note_links').notNull().default(0),
  titleKo: text('title_ko').notNull(),
  titleEn: text('title_en').notNull(),
  summaryKo: text('summary_ko').notNull(),
  summaryEn: text('summary_en').notNull(),
  bodyKo: text('body_ko').notNull(),
  bodyEn: text('body_en').notNull(),
  keywordsKo: text('keywords_ko').notNull(),
  keywordsEn: text('keywords_en').notNull(),
  /** The catalog record as JSON: flags, forms, rows, steps — whatever the kind carries. */
  data: text('data').notNull(),
}, (t) => [index('entries_kind').on(t.kind), index('entries_parent').on(t.parentId)]);

/** Other spellings of an entry's name (`docker image rm` for `docker rmi`, `-p` for `--publish`). */
export const entryAliases = sqliteTable('entry_aliases', {
  alias: text('alias').notNull(),
  entryId: text('entry_id').notNull().references(() => entries.id),
}, (t) => [primaryKey({ columns: [t.alias, t.entryId] })]);

/** Where in the notes an entry is explained, shown or mentioned. */
export const entrySections = sqliteTable('entry_sections', {
  entryId: text('entry_id').notNull().references(() => entries.id),
  sectionId: integer('section_id').notNull().references(() => sections.id),
  startLine: integer('start_line').notNull(),
  endLine: integer('end_line').notNull(),
  /** definition: `NAME :` paragraph; passage: prose naming it; example: a command or Dockerfile using it; related: the notes never name it, and these lines cover a related entry. */
  role: text('role', { enum: ['definition', 'passage', 'example', 'related'] }).notNull(),
}, (t) => [primaryKey({ columns: [t.entryId, t.sectionId, t.startLine, t.role] }), index('entry_sections_section').on(t.sectionId)]);

/** A command line or Dockerfile snippet found in the notes, or written in the catalog. */
export const examples = sqliteTable('examples', {
  id: integer('id').primaryKey(),
  /** null for catalog examples. */
  sectionId: integer('section_id').references(() => sections.id),
  startLine: integer('start_line'),
  endLine: integer('end_line'),
  kind: text('kind', { enum: ['command', 'dockerfile', 'shell'] }).notNull(),
  text: text('text').notNull(),
  /** `notes` or `catalog`. */
  source: text('source', { enum: ['notes', 'catalog'] }).notNull(),
  /** False when an erratum of severity error points at it. */
  isValid: integer('is_valid', { mode: 'boolean' }).notNull(),
}, (t) => [index('examples_section').on(t.sectionId)]);

/** Which entries an example uses. */
export const exampleEntries = sqliteTable('example_entries', {
  exampleId: integer('example_id').notNull().references(() => examples.id),
  entryId: text('entry_id').notNull().references(() => entries.id),
}, (t) => [primaryKey({ columns: [t.exampleId, t.entryId] }), index('example_entries_entry').on(t.entryId)]);

/** A defect in the notes, with the corrected form served beside the note's text. */
export const errata = sqliteTable('errata', {
  id: integer('id').primaryKey(),
  fileId: integer('file_id').notNull().references(() => noteFiles.id),
  sectionId: integer('section_id').references(() => sections.id),
  line: integer('line').notNull(),
  column: integer('column').notNull(),
  /** Which check found it (`command/missing-argument`, `dockerfile/syntax`, `claim/...`). */
  rule: text('rule').notNull(),
  severity: text('severity', { enum: ['error', 'warning'] }).notNull(),
  message: text('message').notNull(),
  suggestion: text('suggestion').notNull(),
  /** The note's text the erratum is about. */
  excerpt: text('excerpt').notNull(),
  exampleId: integer('example_id').references(() => examples.id),
  entryId: text('entry_id').references(() => entries.id),
}, (t) => [index('errata_file_line').on(t.fileId, t.line)]);

/** Entries that belong together (a concept and the commands it explains). */
export const relatedEntries = sqliteTable('related_entries', {
  entryId: text('entry_id').notNull().references(() => entries.id),
  relatedId: text('related_id').notNull().references(() => entries.id),
  weight: real('weight').notNull(),
}, (t) => [primaryKey({ columns: [t.entryId, t.relatedId] })]);

/**
 * The Korean words of the entries' keywords and titles, with how often they occur there, in the order the entries first
 * use them (the order breaks ties): what a Korean query word no entry holds is repaired to (server/search/korean-terms.ts).
 * Written at ingest, so the first repair on a freshly opened database reads these short rows instead of every entry.
 */
export const koreanWords = sqliteTable('korean_words', {
  position: integer('position').primaryKey(),
  word: text('word').notNull(),
  uses: integer('uses').notNull(),
});

export type Entry = typeof entries.$inferSelect;
export type NewEntry = typeof entries.$inferInsert;
export type Section = typeof sections.$inferSelect;
export type Passage = typeof passages.$inferSelect;
export type Example = typeof examples.$inferSelect;
export type Erratum = typeof errata.$inferSelect;
export type EntryKind = Entry['kind'];
export type NoteFile = typeof noteFiles.$inferSelect;
export type EntrySection = typeof entrySections.$inferSelect;
