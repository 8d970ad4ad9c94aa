/**
 * `npm run bench:search`: quality (hit@1, hit@3 over the quality set) and in-process latency (p50,
 * p99) of searchEntries over the quality set, on databases built from the notes at 1×, 10× and 100×
 * their size: first the first pass over the set on a freshly opened database (nothing yet kept in
 * memory: see phrase-scores.ts), then the rounds after it. Baseline, same run and database: looking
 * an entry up by its primary key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeBase } from '../server/database/open-database.js';
import { runIngest } from '../server/ingest/run-ingest.js';
import { searchEntries } from '../server/search/search-entries.js';
import { EVERYDAY_SET, NOTES_SET, QUALITY_SET, type QualityCase } from '../test/search/quality-set.js';
import { hitRates } from './hit-rates.js';
import { elapsedMs, median, percentile } from './measure.js';
import { syntheticNotes } from './synthetic-notes.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'dref-bench-search-'));

console.log(`search over ${QUALITY_SET.length} queries × ${ROUNDS} rounds (latency in ms; baseline = primary-key lookup, same run)`);
console.log('corpus   hit@1   hit@3   p50 ms   p99 ms   baseline p50   p50 ratio   p99 ratio (p99 / baseline p99)');
for (const times of [1, 10, 100]) {
  const notes = join(dir, `notes-${times}.md`);
  writeFileSync(notes, syntheticNotes(times));
  const db = join(dir, `kb-${times}.db`);
  runIngest([notes], db);
  const kb = openKnowledgeBase(db);
  let hit1 = 0;
  let hit3 = 0;
  for (const c of QUALITY_SET) {
    const names = searchEntries(kb, c.query, { limit: 3 }).results.map((r) => r.name);
    if (c.expected.includes(names[0] ?? '')) hit1++;
    if (names.some((n) => c.expected.includes(n))) hit3++;
  }
  const ids = (kb.sqlite.prepare('SELECT id FROM entries LIMIT 64').all() as { id: string }[]).map((r) => r.id);
  kb.close();
  // The first pass over the set on a freshly opened database: what each query costs before anything is kept in memory.
  const cold = openKnowledgeBase(db);
  const coldLookup = cold.sqlite.prepare('SELECT * FROM entries WHERE id = ?');
  const first: number[] = [];
  const firstBaseline: number[] = [];
  QUALITY_SET.forEach((c, i) => {
    first.push(elapsedMs(() => searchEntries(cold, c.query)));
    firstBaseline.push(elapsedMs(() => coldLookup.get(ids[i % ids.length])));
  });
  const latencies: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    QUALITY_SET.forEach((c, i) => {
      latencies.push(elapsedMs(() => searchEntries(cold, c.query)));
      baseline.push(elapsedMs(() => coldLookup.get(ids[i % ids.length])));
    });
  }
  cold.close();
  const n = QUALITY_SET.length;
  console.log(`${`${times}×`.padEnd(6)} first pass ${median(first).toFixed(2).padStart(8)} ${percentile(first, 99).toFixed(2).padStart(8)} ${median(firstBaseline).toFixed(3).padStart(14)} ${(median(first) / median(firstBaseline)).toFixed(0).padStart(10)}× ${(percentile(first, 99) / percentile(firstBaseline, 99)).toFixed(0).padStart(10)}×`);
  console.log(`${`${times}×`.padEnd(6)} ${(hit1 / n).toFixed(2).padStart(7)} ${(hit3 / n).toFixed(2).padStart(7)} ${median(latencies).toFixed(2).padStart(8)} ${percentile(latencies, 99).toFixed(2).padStart(8)} ${median(baseline).toFixed(3).padStart(14)} ${(median(latencies) / median(baseline)).toFixed(0).padStart(10)}× ${(percentile(latencies, 99) / percentile(baseline, 99)).toFixed(0).padStart(10)}×`);
  if (times === 1) qualityBySet(db);
}

/** hit@1 and hit@3 of each part of the quality set, on the 1× database. */
function qualityBySet(db: string): void {
  const kb = openKnowledgeBase(db);
  const korean = (c: QualityCase) => /\p{Script=Hangul}/u.test(c.query);
  console.log(`  quality set, the notes' subject      ${hitRates(kb, NOTES_SET)}`);
  console.log(`  quality set, everyday, English       ${hitRates(kb, EVERYDAY_SET.filter((c) => !korean(c)))}`);
  console.log(`  quality set, everyday, Korean        ${hitRates(kb, EVERYDAY_SET.filter(korean))}`);
  kb.close();
}
console.log('targets: p99 ≤ 5 ms at 100×; p99 ≤ 30× a primary-key lookup');

/**
 * What a search box that searches as the user types sends: for each query of the set, its first one
 * to four characters ("r", "re", "res", "rest"), then the query up to the end of each of its words, then
 * the whole query. Each distinct text once, in the order typed, so that no answer is a repeat of one
 * before it.
 */
function typedMix(cases: readonly QualityCase[]): string[] {
  const seen = new Set<string>();
  const mix: string[] = [];
  const add = (text: string) => {
    if (text.trim() && !seen.has(text)) seen.add(text), mix.push(text);
  };
  for (const { query } of cases) {
    const chars = [...query];
    for (let n = 1; n <= Math.min(4, chars.length); n++) add(chars.slice(0, n).join(''));
    for (let i = query.indexOf(' '); i > 0; i = query.indexOf(' ', i + 1)) add(query.slice(0, i));
    add(query);
  }
  return mix;
}

const TYPED_ROUNDS = Number(process.env.BENCH_TYPED_ROUNDS ?? 3);
const mix = typedMix(QUALITY_SET);
console.log(`\nsearch as you type: ${mix.length} distinct texts typed into the box (the quality set's queries, their first 1–4 characters and each word as it ends), × ${TYPED_ROUNDS} rounds after a first pass`);
console.log('corpus   pass          p50 ms   p99 ms   baseline p50   p50 ratio   p99 ratio');
for (const times of [1, 1000]) {
  const notes = join(dir, `typed-notes-${times}.md`);
  writeFileSync(notes, syntheticNotes(times));
  const db = join(dir, `typed-kb-${times}.db`);
  runIngest([notes], db);
  const kb = openKnowledgeBase(db);
  const lookup = kb.sqlite.prepare('SELECT * FROM entries WHERE id = ?');
  const ids = (kb.sqlite.prepare('SELECT id FROM entries LIMIT 64').all() as { id: string }[]).map((r) => r.id);
  const run = (rounds: number) => {
    const latencies: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < rounds; round++) {
      mix.forEach((text, i) => {
        latencies.push(elapsedMs(() => searchEntries(kb, text)));
        baseline.push(elapsedMs(() => lookup.get(ids[i % ids.length])));
      });
    }
    return { latencies, baseline };
  };
  const rows = [['first pass', run(1)], ['later', run(TYPED_ROUNDS)]] as const;
  for (const [pass, { latencies, baseline }] of rows) {
    const p50 = median(latencies);
    const p99 = percentile(latencies, 99);
    console.log(`${`${times}×`.padEnd(8)} ${pass.padEnd(12)} ${p50.toFixed(2).padStart(7)} ${p99.toFixed(2).padStart(8)} ${median(baseline).toFixed(3).padStart(14)} ${(p50 / median(baseline)).toFixed(0).padStart(10)}× ${(p99 / percentile(baseline, 99)).toFixed(0).padStart(10)}×`);
  }
  kb.close();
}
console.log('targets (the API issue): p50 ≤ 5× and p99 ≤ 30× a primary-key lookup, at 1× and 1000×');
rmSync(dir, { recursive: true, force: true });
