/**
 * `npm run bench:notes`: the notes check and the passage search on real notes by other people,
 * judged by hand (test/real-world/notes/): precision and recall of the errata, and how often a
 * question about a note's own content finds its file and line in the top 3. Prints every false
 * alarm and miss, for a person to read.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureNotes } from '../test/real-world/measure-notes.js';

const m = measureNotes(join(mkdtempSync(join(tmpdir(), 'dref-bench-notes-')), 'notes.db'));
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`files ingested: ${m.ingested}/${m.files}`);
console.log(`errata: ${m.reported} reported, ${m.right} on marked mistakes: precision ${pct(m.right, m.reported)} (goal ≥ 90%)`);
console.log(`marked mistakes: ${m.marked}, ${m.found} reported: recall ${pct(m.found, m.marked)} (goal ≥ 70%)`);
console.log(`questions: ${m.questions}, ${m.answered} answered in the top 3: ${pct(m.answered, m.questions)} (goal ≥ 90%)`);
console.log('\nfalse alarms:'); for (const f of m.falseAlarms) console.log(`  ${f}`);
console.log('\nmissed:'); for (const f of m.missed) console.log(`  ${f}`);
console.log('\nunanswered:'); for (const f of m.unanswered) console.log(`  ${f}`);
