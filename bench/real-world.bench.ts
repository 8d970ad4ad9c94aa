/**
 * `npm run bench:real-world`: dref on the data of test/real-world/ that nobody here wrote. Explain
 * over the real command lines (understood, false alarms, suggestions that would remove, stop or
 * kill), and search over the real task descriptions by language (hit@1, hit@3), on a database built
 * from the shipped notes. The tests hold floors under these figures; this prints them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKnowledgeBase } from '../server/database/open-database.js';
import { runIngest } from '../server/ingest/run-ingest.js';
import { measureLines } from '../test/real-world/measure-lines.js';
import { explainCommandLine } from '../server/explain/explain-command-line.js';
import { hitRates } from './hit-rates.js';

const DATA = join(import.meta.dirname, '..', '..', 'test', 'real-world');
const read = <T>(file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const lines = read<{ line: string }[]>('docker-lines.json');
const tasks = read<{ task: string; lang: 'ko' | 'en'; expected: string[] }[]>('tasks.json');

const { misread, alarms, destructive } = measureLines(lines.map((l) => l.line));
const understood = lines.length - misread.length;
const pct = (n: number) => `${((100 * n) / lines.length).toFixed(1)}%`;
console.log(`explain over ${lines.length} real command lines`);
console.log(`  understood (every command and flag its entry, no problem)   ${understood}  ${pct(understood)}   target ≥ 97%`);
console.log(`  false alarms (a problem on a valid line)                    ${alarms.length}  ${pct(alarms.length)}   target ≤ 1%`);
console.log(`  suggestions that would remove, stop or kill                 ${destructive.length}   target 0`);
const mistakes = read<{ line: string }[]>('docker-line-mistakes.json');
const caught = mistakes.filter((m) => explainCommandLine(m.line).problems.length > 0).length;
console.log(`  the sources' own mistakes (lines docker refuses) reported    ${caught} of ${mistakes.length}`);

const dir = mkdtempSync(join(tmpdir(), 'dref-bench-real-world-'));
const db = join(dir, 'kb.db');
runIngest([join(import.meta.dirname, '..', '..', 'data', 'notes', 'docker-images.ko.md')], db);
const kb = openKnowledgeBase(db);
const cases = tasks.map((t) => ({ query: t.task, expected: t.expected, lang: t.lang }));
console.log(`search over ${tasks.length} real task descriptions (right answer first, in the top 3)`);
console.log(`  English   ${hitRates(kb, cases.filter((c) => c.lang === 'en'))}   target hit@3 ≥ 0.90`);
console.log(`  Korean    ${hitRates(kb, cases.filter((c) => c.lang === 'ko'))}   target hit@3 ≥ 0.85`);
const heldOut = [
  ['tasks-more.json', 'task descriptions of other cheat sheets (tasks-more.json)'],
  ['tasks-third.json', 'task descriptions of tutorials, docs and another cheat sheet (tasks-third.json)'],
  ['tasks-fourth.json', 'task descriptions of training slides, labs and translated docs (tasks-fourth.json)'],
  ['tasks-fifth.json', 'task descriptions of lessons, course notes and translated docs (tasks-fifth.json)'],
  ['tasks-sixth.json', 'task descriptions of cheat sheets and Docker docs (tasks-sixth.json)'],
  ['tasks-seventh.json', 'task descriptions of cheat sheets, course notes and Docker docs (tasks-seventh.json)'],
  ['tasks-eighth.json', 'task descriptions of shell-plugin alias tables, registry/cloud docs and Docker docs (tasks-eighth.json)'],
  ['tasks-ninth.json', 'Korean task descriptions of course repos, project READMEs and translated docs (tasks-ninth.json)'],
] as const;
for (const [file, what] of heldOut) {
  const set = read<{ task: string; lang: 'ko' | 'en'; expected: string[] }[]>(file).map((t) => ({ query: t.task, expected: t.expected, lang: t.lang }));
  console.log(`search over ${set.length} ${what}, collected after the rules were written`);
  for (const [lang, label, target] of [['en', 'English', '0.90'], ['ko', 'Korean ', '0.85']] as const) {
    const part = set.filter((c) => c.lang === lang);
    if (part.length) console.log(`  ${label}   ${hitRates(kb, part)}   target hit@3 ≥ ${target}`);
  }
}
kb.close();
rmSync(dir, { recursive: true, force: true });
