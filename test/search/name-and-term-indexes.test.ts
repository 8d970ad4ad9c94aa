/**
 * The two copies search reads instead of the full index (see search-table.ts): `entry_names`, the
 * names alone, and `entry_terms`, the vocabulary written down. Each must say exactly what the full
 * index says, on a real database with notes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildTempKnowledgeBase } from '../helpers/temp-database.js';

const kb = buildTempKnowledgeBase();
afterAll(() => kb.close());

describe('the names index and the written-down vocabulary', () => {
  it('matches the same rows in the names as the name column of the full index', () => {
    const phrases = ['"restart"', '"run"*', '"container"', '("docker" "ps")', '"컨테 테이 이너"', '"from"', '("build" "cache"*)'];
    for (const phrase of phrases) {
      const full = kb.sqlite.prepare('SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid').pluck().all(`name : ${phrase}`);
      const names = kb.sqlite.prepare('SELECT rowid FROM entry_names WHERE entry_names MATCH ? ORDER BY rowid').pluck().all(phrase);
      expect(names, phrase).toEqual(full);
    }
    const count = (table: string) => kb.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('entry_names')).toBe(count('entries'));
  });

  it('holds every term of the index with the number of rows holding it', () => {
    const vocab = kb.sqlite.prepare('SELECT term, doc FROM entry_search_vocab ORDER BY term').raw().all();
    expect(vocab.length).toBeGreaterThan(1000);
    expect(kb.sqlite.prepare('SELECT term, doc FROM entry_terms ORDER BY term').raw().all()).toEqual(vocab);
  });
});
