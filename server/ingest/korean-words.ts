/**
 * The Korean vocabulary that query words are repaired to (see server/search/korean-terms.ts): the runs of two or more
 * Hangul syllables in each entry's Korean keywords and title, counted, in the order the entries first use them.
 * Worked out at ingest into the `korean_words` table.
 */

const HANGUL_WORD = /[가-힣]{2,}/g;

/** The entries' Korean texts (keywords, then title: as the `entries` columns hold them, in rowid order). */
export interface KoreanTexts {
  readonly keywordsKo: string;
  readonly titleKo: string;
}

/** Each Korean word of the texts and how often it occurs, in order of first use. */
export function koreanWordCounts(texts: Iterable<KoreanTexts>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { keywordsKo, titleKo } of texts) {
    for (const m of `${keywordsKo} ${titleKo}`.matchAll(HANGUL_WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}
