/**
 * Finds English words mistyped by one key in the notes: `"pupose"="priactice"` in a LABEL example
 * for purpose and practice. A word is reported when
 *   - it stands alone, in lower case, 4+ letters (not part of a name, path, flag, image or
 *     variable; see WORD), used once in the notes and nowhere in the catalog's English text, and is
 *     neither an English word (word-list) nor a name of software (TECHNICAL), and
 *   - one edit inside it (a letter added, dropped, changed, or two swapped; the first and last
 *     letters kept, a letter may go in before the last) gives an English word: the only one, or
 *     the only one the notes or the catalog use. A changed first or last letter is left alone:
 *     image / images is grammar.
 * Command lines are left to the command checks (`docker imgaes` is an unknown command, reported
 * with the command meant); Dockerfile snippets are read, as their values are words (a LABEL's).
 */
import type { NoteExample } from '../ingest/link-notes.js';
import { englishDictionary, englishWordList, englishWordsAmong } from './english-dictionary.js';

/** Above this many unknown words, their neighbours are looked up in the whole word list held as a set. */
const LARGE = 2000;
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

/**
 * A lower-case word standing alone: no letter, digit, `_`, `-`, `/`, `@`, `$` or apostrophe
 * (doesn't) touching it, and no `.` or `:` joining it to more (nginx.conf, web:latest); a sentence's
 * full stop or a colon before a space is fine. A word cut off with `…` or `...` (a `docker search`
 * description cut to fit) is not a word to check.
 */
const WORD = /(?<![A-Za-z0-9_/@$'’-])(?<![A-Za-z0-9_][.:])[A-Za-z][a-z]{3,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])(?!…|\.\.\.)/g;
/** Lower-case names of software and formats that no English word list holds, and that are one slip from a word (yaml / yawl). */
const TECHNICAL = new Set([
  'yaml', 'nodejs', 'containerd', 'dockerd', 'runc', 'buildkit', 'buildx', 'kubectl', 'kubelet', 'cgroups', 'systemd',
  'nginx', 'golang', 'ubuntu', 'debian', 'alpine', 'centos', 'fedora', 'redhat', 'mysql', 'mariadb', 'postgres', 'redis',
  'sqlite', 'apache', 'jenkins', 'github', 'gitlab', 'webhook', 'localhost', 'hostname', 'entrypoint', 'dockerfile',
  'tmpfs', 'stdin', 'stdout', 'stderr', 'sudo', 'chmod', 'chown', 'mkdir', 'curl', 'wget', 'bash', 'tarball', 'repo', 'repos',
  // Words of the trade a general word list lacks, each one slip from a rare word (chroot / cheroot, stateful / stageful).
  'chroot', 'stateful', 'stateless', 'adduser', 'useradd', 'groupadd', 'mongod', 'mongodb', 'nodemon', 'webpack', 'cgroup', 'namespaces',
  'hypervisor', 'kubernetes', 'microservice', 'microservices', 'healthcheck', 'dockerignore', 'serverless', 'frontend', 'backend', 'devops',
  'sshd', 'httpd', 'crond', 'journald', 'rootless', 'multistage', 'distroless', 'nginx', 'uwsgi', 'gunicorn', 'virtualenv', 'venv',
]);
const LETTERS = /[A-Za-z]+/g;

function countLetterRuns(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(LETTERS)) {
      const word = m[0].toLowerCase();
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

export const englishTyposCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    const notes = countLetterRuns(context.doc.lines);
    const catalog = countLetterRuns(context.entries.flatMap((e) => [e.title.en, e.summary.en, e.body.en, ...e.keywords.en]));
    // Which word a slip was meant to be is judged by the notes' own subject, as for Korean: the grown catalog's words
    // (binding, beside building) would make a clear slip look ambiguous.
    const subject = countLetterRuns(context.entries.filter((e) => !e.isBeyondNotes).flatMap((e) => [e.title.en, e.summary.en, e.body.en, ...e.keywords.en]));
    const used = (word: string) => (notes.get(word) ?? 0) + (subject.get(word) ?? 0);

    const inCommand = commandSpans(context.examples);
    const candidates = context.doc.lines.flatMap((text, index) => [...text.matchAll(WORD)]
      .map((m) => ({ word: m[0].toLowerCase(), written: m[0], line: index + 1, column: m.index! + 1 }))
      .filter(({ word, line, column }) => notes.get(word) === 1 && !catalog.has(word) && !TECHNICAL.has(word) && !inCommand(line, column)));
    // Two passes over the word list: which candidates are words, then the neighbours of those that are not.
    let list: readonly string[] | undefined;
    const wordList = () => (list ??= englishWordList());
    const words = englishWordsAmong(new Set(candidates.map((c) => c.word)), wordList);
    const unknown = candidates.filter((c) => !words.has(c.word));
    let english: Set<string> | ReadonlySet<string>;
    if (unknown.length > LARGE) {
      english = englishDictionary();
    } else {
      const neighbours = new Set<string>();
      for (const { word } of unknown) for (const w of oneEditInside(word)) neighbours.add(w);
      english = englishWordsAmong(neighbours, wordList);
      for (const w of words) (english as Set<string>).add(w);
    }

    const errata: ErratumRecord[] = [];
    for (const { word, written, line, column } of candidates) {
      if (english.has(word)) continue;
      const meant = likelyWord([...oneEditInside(word)].filter((w) => english.has(w)), used);
      const section = sectionAt(context.doc, line);
      if (!meant || !section) continue;
      // Refrences → References: the fix keeps the word's capital.
      const fix = written[0] !== word[0] ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
      errata.push({
        file: context.doc.file, line, column, rule: 'spelling/english', severity: 'warning',
        message: say(context.lang, `"${written}"은(는) 영어 단어가 아닙니다. "${fix}"의 오타로 보입니다`, `"${written}" is not an English word; probably "${fix}"`),
        // The word at its column, not the first place its letters occur on the line.
        suggestion: spliceAt(context.doc.lines[line - 1]!, column, written, fix).trim(),
        excerpt: excerptAt(context.doc, line), section,
      });
    }
    return errata;
  },
};

/** Whether a line and column fall inside a command line the notes quote (docker or another shell command). */
function commandSpans(examples: readonly NoteExample[]): (line: number, column: number) => boolean {
  const byLine = new Map<number, { from: number; to: number }[]>();
  for (const e of examples) {
    const n = e.node;
    if (n.kind !== 'command' && n.kind !== 'shell') continue;
    for (let l = n.startLine; l <= n.endLine; l++) {
      const span = n.startLine === n.endLine ? { from: n.column, to: n.column + n.text.length + 1 } : { from: 0, to: Infinity };
      byLine.set(l, [...(byLine.get(l) ?? []), span]);
    }
  }
  return (line, column) => (byLine.get(line) ?? []).some((s) => s.from <= column && column <= s.to);
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
  for (let i = 1; i < word.length; i++) {
    // Insert before letter i (up to just before the last: commt → commit).
    for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i));
    if (i === word.length - 1) break;
    // Drop or change letter i; swap it with the next when that is not the last.
    out.add(word.slice(0, i) + word.slice(i + 1));
    for (const c of letters) out.add(word.slice(0, i) + c + word.slice(i + 1));
    if (i + 1 < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return out;
}

function spliceAt(line: string, column: number, word: string, replacement: string): string {
  return line.slice(0, column - 1) + replacement + line.slice(column - 1 + word.length);
}
