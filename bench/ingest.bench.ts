/**
 * `npm run bench:ingest`: ingest of the shipped notes and of synthetic corpora 10× and 100× their
 * size (the notes repeated with renumbered headings), into a real SQLite file. Prints wall time
 * (median of several runs), MB/s, the growth from 10× to 100×, and a ratio against a baseline
 * measured in the same run: reading the same bytes, splitting them into lines and storing them in
 * SQLite — the least any ingest must do. Every timed ingest is a full one (runIngest never skips);
 * the last line times a re-ingest of the unchanged 100× file (runIngestIfChanged, as `dref ingest` runs).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../server/database/open-sqlite.js';
import { decodeNotes } from '../server/notes/read-notes-file.js';
import { runIngest, runIngestIfChanged } from '../server/ingest/run-ingest.js';
import { elapsedMs, median } from './measure.js';
import { syntheticNotes } from './synthetic-notes.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'dref-bench-'));

/** The floor: decode, split into lines and store them, in one transaction. */
function baseline(file: string, dbPath: string): void {
  const text = decodeNotes(readFileSync(file), file);
  rmSync(dbPath, { force: true });
  const db = openSqlite(dbPath);
  db.exec('CREATE TABLE lines (n INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO lines (n, text) VALUES (?, ?)');
  db.transaction(() => text.split('\n').forEach((line, i) => insert.run(i + 1, line)))();
  db.close();
}

const rows: { name: string; mb: number; ms: number; baseMs: number }[] = [];
for (const times of [1, 10, 100]) {
  const file = join(dir, `notes-${times}x.md`);
  writeFileSync(file, syntheticNotes(times));
  const mb = statSync(file).size / 1e6;
  const db = join(dir, `kb-${times}x.db`);
  runIngest([file], db); // warm-up
  const ingest: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    ingest.push(elapsedMs(() => runIngest([file], db)));
    base.push(elapsedMs(() => baseline(file, join(dir, `base-${times}x.db`))));
  }
  rows.push({ name: `${times}×`, mb, ms: median(ingest), baseMs: median(base) });
}

console.log(`ingest (median of ${RUNS} runs; baseline = decode + split + store lines in SQLite, same run)`);
console.log('corpus   size MB   ingest ms    MB/s   baseline ms   ratio');
for (const r of rows) {
  console.log(`${r.name.padEnd(6)} ${r.mb.toFixed(2).padStart(8)} ${r.ms.toFixed(0).padStart(11)} ${(r.mb / (r.ms / 1000)).toFixed(2).padStart(7)} ${r.baseMs.toFixed(1).padStart(13)} ${(r.ms / r.baseMs).toFixed(1).padStart(7)}×`);
}
// A re-ingest of the same 100× file into the database it built: nothing to parse, check or write.
const hundredFile = join(dir, 'notes-100x.md');
const reusedDb = join(dir, 'kb-100x-reused.db');
runIngestIfChanged([hundredFile], reusedDb);
const again: number[] = [];
for (let r = 0; r < RUNS; r++) again.push(elapsedMs(() => runIngestIfChanged([hundredFile], reusedDb)));

const ten = rows[1]!;
const hundred = rows[2]!;
const growth = (hundred.ms / ten.ms) / (hundred.mb / ten.mb);
console.log(`growth 10×→100×: time ×${(hundred.ms / ten.ms).toFixed(1)} for size ×${(hundred.mb / ten.mb).toFixed(1)} (${growth.toFixed(2)} of linear)`);
const mbps = hundred.mb / (hundred.ms / 1000);
console.log(`target: ≥ 2 MB/s at 100× → ${mbps.toFixed(2)} MB/s ${mbps >= 2 ? 'met' : 'NOT met'}`);
console.log(`re-ingest of the unchanged 100× file: ${median(again).toFixed(0)} ms (${(median(again) / hundred.ms * 100).toFixed(1)}% of a full ingest)`);
rmSync(dir, { recursive: true, force: true });
