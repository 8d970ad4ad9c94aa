/**
 * The text score read phrase by phrase equals FTS5's bm25 of the whole query, row for row; common
 * words leave a sentence's match; exact names are found from the in-memory maps as they were in SQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_WEIGHTS } from '../../server/database/search-table.js';
import { withoutCommonTerms } from '../../server/search/common-terms.js';
import { exactMatches } from '../../server/search/exact-matches.js';
import { queryTerms, toMatchExpression } from '../../server/search/index-terms.js';
import { scoreTerms } from '../../server/search/phrase-scores.js';
import { withSynonyms } from '../../server/search/query-synonyms.js';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

/** FTS5's own bm25 of the whole expression, by rowid. */
function wholeQuery(expression: string): Map<number, number> {
  const w = SEARCH_WEIGHTS;
  const rows = kb.sqlite.prepare(`SELECT rowid, bm25(entry_search, 0, ${w.name}, ${w.keywords}, ${w.summary}, ${w.body}, ${w.notes})
    FROM entry_search WHERE entry_search MATCH ?`).raw().all(expression) as [number, number][];
  return new Map(rows);
}

describe('scoreTerms', () => {
  it.each([
    ['remove image used by container', 'OR'],
    ['컨테이너 로그 보기', 'OR'],
    ['how do I see container logs', 'OR'],
    ['restart policy', 'AND'],
    ['이미지 삭제', 'AND'],
    ['restart', 'AND'],
  ] as const)('%s (%s) scores every row as the whole query does', (query, join) => {
    const terms = queryTerms(query);
    const matched = terms.length >= 2 ? withSynonyms(terms) : terms;
    const expected = wholeQuery(toMatchExpression(matched, join));
    const got = scoreTerms(kb, matched, join);
    expect(expected.size).toBeGreaterThan(0);
    expect([...got.rowids].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
    for (const [rowid, score] of expected) expect(got.scores[rowid]).toBe(score);
  });

  it('gives the same answer the second time, from what it kept', () => {
    const terms = withSynonyms(queryTerms('list running containers'));
    const first = scoreTerms(kb, terms, 'OR');
    const again = scoreTerms(kb, terms, 'OR');
    expect(again.rowids).toEqual(first.rowids);
    expect([...again.scores]).toEqual([...first.scores]);
  });
});

describe('withoutCommonTerms', () => {
  it('leaves out a word most entries hold when the query has others, and keeps it alone', () => {
    expect(withoutCommonTerms(kb, queryTerms('docker exec bash')).map((t) => t.text)).toEqual(['exec', 'bash']);
    expect(withoutCommonTerms(kb, queryTerms('docker')).map((t) => t.text)).toEqual(['docker']);
  });
});

describe('exactMatches', () => {
  const names = (query: string, kinds: readonly string[] = []) =>
    exactMatches(kb, query, kinds).map((m) => kb.sqlite.prepare('SELECT name FROM entries WHERE id = ?').pluck().get(m.id));

  it('finds a name, an alias in any case, a flag of any command and a subcommand of any group', () => {
    expect(names('docker ps')[0]).toBe('docker ps');
    expect(names('Docker Container LS')[0]).toBe('docker ps');
    expect(names('restart')).toContain('docker run --restart');
    expect(names('prune')).toContain('docker image prune');
  });

  it('keeps the case of one-letter flags', () => {
    expect(names('-P')).toContain('docker run --publish-all');
    expect(names('-P')).not.toContain('docker run --publish');
    expect(names('-p')).toContain('docker run --publish');
    expect(names('-p')).not.toContain('docker run --publish-all');
  });

  it('filters by kind and finds nothing for a sentence', () => {
    expect(names('restart', ['command'])).not.toContain('docker run --restart');
    expect(names('remove image used by container')).toEqual([]);
  });
});
