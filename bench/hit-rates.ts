/** hit@1 and hit@3 of searches against their right answers, as one line of a report. */
import type { KnowledgeBase } from '../server/database/open-database.js';
import { searchEntries } from '../server/search/search-entries.js';

export interface SearchCase {
  readonly query: string;
  readonly expected: readonly string[];
  readonly lang?: 'ko' | 'en';
}

export function hitRates(kb: KnowledgeBase, cases: readonly SearchCase[]): string {
  let h1 = 0;
  let h3 = 0;
  for (const c of cases) {
    const names = searchEntries(kb, c.query, { limit: 3, ...(c.lang ? { lang: c.lang } : {}) }).results.map((r) => r.name);
    if (c.expected.includes(names[0] ?? '')) h1++;
    if (names.some((x) => c.expected.includes(x))) h3++;
  }
  return `hit@1 ${(h1 / cases.length).toFixed(2)}  hit@3 ${(h3 / cases.length).toFixed(2)}  (${cases.length})`;
}
