/**
 * How the notes check and the passage search fare on real notes by other people, judged by hand
 * (test/real-world/notes/marked.json): shared by the real-world test (floors) and `bench:notes`.
 * An erratum is right when a marked mistake is on its line; a marked mistake is found when an
 * erratum is on its line; a question is answered when a top-3 passage of its file covers a marked line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as catalog from '../../data/catalog/index.js';
import { openKnowledgeBase } from '../../server/database/open-database.js';
import { writeDatabase } from '../../server/database/write-database.js';
import { ingestNotes } from '../../server/ingest/ingest-notes.js';
import { searchPassages } from '../../server/search/search-passages.js';


interface Marked {
  readonly files: Record<string, {
    readonly language: string;
    readonly mistakes: readonly { readonly line: number; readonly kind: string; readonly text: string }[];
    readonly questions: readonly { readonly query: string; readonly lines: readonly number[] }[];
  }>;
}

/** One file's counts, for floors on a set of the files. */
export interface FileMeasures {
  readonly reported: number;
  readonly right: number;
  readonly marked: number;
  readonly found: number;
  readonly questions: number;
  readonly answered: number;
}

/** The counts over all files, with the lines behind them. */
export interface NotesMeasures extends FileMeasures {
  readonly files: number;
  readonly ingested: number;
  /** Errata on lines nobody marked, for a reader to judge. */
  readonly falseAlarms: readonly string[];
  readonly missed: readonly string[];
  readonly unanswered: readonly string[];
  /** The same counts file by file. */
  readonly byFile: Readonly<Record<string, FileMeasures>>;
}

/** Ingests every marked file into `dbPath` and measures errata and passage search against the marks. */
export function measureNotes(dbPath: string, dir: string = notesDir()): NotesMeasures {
  const marked = JSON.parse(readFileSync(join(dir, 'marked.json'), 'utf8')) as Marked;
  const names = Object.keys(marked.files);
  const model = ingestNotes(catalog, names.map((name) => ({ file: name, text: readFileSync(join(dir, 'files', name), 'utf8') })));
  const falseAlarms: string[] = [];
  const missed: string[] = [];
  let reported = 0;
  let right = 0;
  let found = 0;
  let total = 0;
  const byFile: Record<string, { reported: number; right: number; marked: number; found: number; questions: number; answered: number }> = {};
  model.notes.forEach((notes, i) => {
    const mistakes = marked.files[names[i]!]!.mistakes;
    const lines = new Set(mistakes.map((m) => m.line));
    const file = (byFile[names[i]!] = { reported: 0, right: 0, marked: mistakes.length, found: 0, questions: 0, answered: 0 });
    for (const e of notes.errata) {
      reported++;
      file.reported++;
      if (lines.has(e.line)) right++, file.right++;
      else falseAlarms.push(`${names[i]}:${e.line}: ${e.message} [${e.rule}]`);
    }
    const hit = new Set(notes.errata.map((e) => e.line));
    for (const m of mistakes) {
      total++;
      if (hit.has(m.line)) found++, file.found++;
      else missed.push(`${names[i]}:${m.line}: ${m.kind}: ${m.text}`);
    }
  });
  writeDatabase(model, dbPath, 'measure');
  const kb = openKnowledgeBase(dbPath);
  const unanswered: string[] = [];
  let questions = 0;
  let answered = 0;
  try {
    for (const name of names) {
      for (const q of marked.files[name]!.questions) {
        questions++;
        byFile[name]!.questions++;
        const hits = searchPassages(kb, q.query, 3);
        if (hits.some((h) => h.file === name && q.lines.some((l) => l >= h.startLine && l <= h.endLine))) answered++, byFile[name]!.answered++;
        else unanswered.push(`${name}: ${q.query} → ${hits.map((h) => `${h.file}:${h.startLine}`).join(', ') || 'nothing'}`);
      }
    }
  } finally {
    kb.close();
  }
  return { files: names.length, ingested: model.notes.length, reported, right, marked: total, found, questions, answered, falseAlarms, missed, unanswered, byFile };
}

/** The notes folder beside this file, or, compiled into dist/, beside its source. */
function notesDir(): string {
  const here = join(import.meta.dirname, 'notes');
  return existsSync(here) ? here : join(import.meta.dirname, '..', '..', '..', 'test', 'real-world', 'notes');
}
