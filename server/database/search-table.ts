/**
 * The FTS5 tables search reads. drizzle has no virtual tables, so their DDL lives here; their columns
 * hold text already turned into index terms (see index-terms.ts). `entry_names` repeats the `name`
 * column of `entry_search` (same rowid) on its own: a word's list of rows in `entry_search` covers
 * every column, notes included, and grows with the notes, while the names' lists stay as short as
 * the catalog, so looking a word up in the names alone (exact-matches.ts, name-rows.ts) costs the same
 * for one page of notes or a thousand. `entry_terms` is `entry_search_vocab` written down once the
 * index is built: each term and how many rows hold it, a B-tree lookup (a few microseconds) where
 * fts5vocab reads the index's segments for every question (a few hundred), and a plain scan for the
 * typo checks' whole vocabulary.
 */
export const SEARCH_TABLE_DDL = `
CREATE VIRTUAL TABLE entry_search USING fts5(
  entry_id UNINDEXED,
  name,
  keywords,
  summary,
  body,
  notes,
  notes_text UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE entry_search_vocab USING fts5vocab(entry_search, 'row');
CREATE TABLE entry_terms (term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE entry_names USING fts5(
  name,
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE passage_search USING fts5(
  terms,
  command,
  tokenize = 'unicode61 remove_diacritics 2'
);`;

/** How much of the notes' own text is kept per entry for snippets (the `notes_text` column, not indexed). */
export const NOTES_TEXT_LIMIT = 4000;

/**
 * Column weights of passage_search: a passage's words (with its section's title), and the words of a
 * command line no paragraph holds (section-passages.ts), which are short and would win every tie.
 */
export const PASSAGE_WEIGHTS = { terms: 1, command: 0.5 } as const;

/** Column weights for bm25(): a name match counts most, the notes' own prose least. */
export const SEARCH_WEIGHTS = { name: 10, keywords: 6, summary: 3, body: 1.5, notes: 1 } as const;
