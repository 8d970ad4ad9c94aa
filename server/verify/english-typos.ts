/**
 * Finds English words mistyped by one key in the notes: `"pupose"="priactice"` in a LABEL example
 * for purpose and practice. A word is reported when
 *   - it stands alone, in lower case, 4+ letters (not part of a name, path, flag, image or
 *     variable: no letter, digit, `_`, `-`, `.`, `/`, `:`, `@` or `$` touching it), used once in the
 *     notes and nowhere in the catalog's English text, and is not an English word (word-list), and
 *   - one edit inside it (a letter added, dropped, changed, or two swapped; the first and last
 *     letters kept) gives an English word: the only one, or the only one the notes or the catalog
 *     use. Edits at the ends are left alone: a cut-off `docker search` description ends in `smal…`,
 *     and image / images is grammar.
 * Command lines are left to the command checks (`docker imgaes` is an unknown command, reported
 * with the command meant); Dockerfile snippets are read, as their values are words (a LABEL's).
 */
import type { NoteExample } from '../ingest/link-notes.js';
import type { ParsedSection } from '../notes/types.js';
import { englishWordsAmong } from './english-dictionary.js';
import { excerptAt, type ErratumRecord, type NotesCheck } from './types.js';

const WORD = /(^|[^A-Za-z0-9_./:@$-])([a-z]{4,})(?=$|[^A-Za-z0-9_./:@$-])/g;
const LETTERS = /[A-Za-z]+/g;

function countLetterRuns(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(LETTERS)) counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
  return counts;
}

export const englishTyposCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    const notes = countLetterRuns(context.doc.lines);
    const catalog = countLetterRuns(context.entries.flatMap((e) => [e.title.en, e.summary.en, e.body.en, ...e.keywords.en]));
    const used = (word: string) => (notes.get(word) ?? 0) + (catalog.get(word) ?? 0);

    const inCommand = commandSpans(context.examples);
    const candidates = context.doc.lines.flatMap((text, index) => [...text.matchAll(WORD)]
      .filter((m) => notes.get(m[2]!) === 1 && !catalog.has(m[2]!) && !inCommand(index + 1, m.index! + m[1]!.length + 1))
      .map((m) => ({ word: m[2]!, line: index + 1, column: m.index! + m[1]!.length + 1 })));
    const queries = new Set(candidates.flatMap(({ word }) => [word, ...oneEditInside(word)]));
    const english = englishWordsAmong(queries);
    const sectionAt = (line: number): ParsedSection | undefined => context.doc.sections.find((s) => s.startLine <= line && line <= s.endLine);

    const errata: ErratumRecord[] = [];
    for (const { word, line, column } of candidates) {
      if (english.has(word)) continue;
      const fix = likelyWord([...oneEditInside(word)].filter((w) => english.has(w)), used);
      const section = sectionAt(line);
      if (!fix || !section) continue;
      errata.push({
        file: context.doc.file, line, column, rule: 'spelling/english', severity: 'warning',
        message: `"${word}" is not an English word; probably "${fix}" (오타로 보입니다: ${word} → ${fix})`,
        suggestion: excerptAt(context.doc, line).replace(word, fix),
        excerpt: excerptAt(context.doc, line), section,
      });
    }
    return errata;
  },
};

/** Whether a line and column fall inside a command line the notes quote (docker or another shell command). */
function commandSpans(examples: readonly NoteExample[]): (line: number, column: number) => boolean {
  const spans = examples.flatMap((e) => (e.node.kind === 'command' || e.node.kind === 'shell' ? [e.node] : []));
  return (line, column) => spans.some((n) => (n.startLine === n.endLine
    ? n.startLine === line && n.column <= column && column <= n.column + n.text.length + 1
    : n.startLine <= line && line <= n.endLine));
}

/** The one English word a slip could have come from, if there is one: the only neighbour, or the only one in use. */
function likelyWord(neighbours: readonly string[], used: (word: string) => number): string | undefined {
  if (neighbours.length === 1) return neighbours[0];
  const inUse = neighbours.filter((w) => used(w) > 0);
  return inUse.length === 1 ? inUse[0] : undefined;
}

/** The strings one edit from `word` that keep its first letter and its last letter. */
function oneEditInside(word: string): Set<string> {
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i < word.length - 1; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    for (const c of letters) {
      out.add(word.slice(0, i) + c + word.slice(i + 1));
      out.add(word.slice(0, i) + c + word.slice(i));
    }
    if (i + 1 < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return out;
}
