/**
 * The FTS5 table search reads. drizzle has no virtual tables, so its DDL lives here, next to the
 * function that fills it; its columns hold text already turned into index terms (see index-terms.ts).
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
CREATE VIRTUAL TABLE passage_search USING fts5(
  terms,
  tokenize = 'unicode61 remove_diacritics 2'
);`;

/** How much of the notes' own text is kept per entry for snippets (the `notes_text` column, not indexed). */
export const NOTES_TEXT_LIMIT = 4000;

/** Column weights for bm25(): a name match counts most, the notes' own prose least. */
export const SEARCH_WEIGHTS = { name: 10, keywords: 6, summary: 3, body: 1.5, notes: 1 } as const;
