/**
 * Finds English words mistyped by one key in the notes: `"pupose"="priactice"` in a LABEL example
 * for purpose and practice. A word is reported when
 *   - it stands alone, in lower case, 4+ letters (not part of a name, path, flag, image or
 *     variable; see WORD; or after an English prefix: non-persistant), used once in the notes (or
 *     up to three times, always standing alone in prose, comments or quoted values: a slip copied
 *     with its block) and nowhere in the catalog's English text, and is neither an English word
 *     (word-list) nor a name of software (TECHNICAL), and
 *   - one edit inside it (a letter added, dropped, changed, or two swapped; the first and last
 *     letters kept, a letter may go in before the last) gives an English word: the only one, or
 *     the only one the notes or the catalog use, or (none in use, a word of 8+ letters) the only
 *     one that puts a dropped letter back. A changed first or last letter is left alone:
 *     image / images is grammar; but a word the notes use three times or more, less its last
 *     letter (not an ending: s, d, or after an e), is that word cut short (entrypoin).
 * A letter added at the end beats a letter changed inside when it gives the word in use (defaul is
 * default, not defoul); with both or neither in use the word is left alone. Left alone too: a word
 * inside a command substitution (`$(uname -s)` in a quoted URL), and a word written in two places
 * or more, a changed letter off a word nobody here uses, unless the places are copies of one text
 * (drupal twice is the author's Drupal).
 * Command lines are left to the command checks (`docker imgaes` is an unknown command, reported
 * with the command meant); Dockerfile snippets are read, as their values are words (a LABEL's).
 */
import type { NoteExample } from '../ingest/link-notes.js';
import type { NotesDocument } from '../notes/types.js';
import { englishDictionary, englishWordsAmong, startsOfEnglishWords } from './english-dictionary.js';
import { memoOfTexts } from './same-texts-memo.js';
import { letterRunCounts, letterRuns } from './word-runs.js';
import { matchesOf, wordRuns } from './word-matches.js';

/** Above this many unknown words, their neighbours are looked up in the whole word list held as a set. */
const LARGE = 2000;
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

/**
 * A lower-case word standing alone: no letter, digit, `_`, `-`, `/`, `@`, `$` or apostrophe
 * (doesn't) touching it, and no `.` or `:` joining it to more (nginx.conf, web:latest); a sentence's
 * full stop or a colon before a space is fine. A word followed by `…` or `...` may be cut off (a
 * `docker search` description cut to fit): it is checked only when no English word starts with it
 * (`Migrating the databse...`).
 */
const WORD = /(?<![A-Za-z0-9_/@$'’-])(?<![A-Za-z0-9_][.:])[A-Za-z][a-z]{3,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])/g;
/** The word after an English prefix and its hyphen (non-persistant, re-usable): a word of its own, where other hyphens join names. */
const PREFIXED_WORD = /(?<=(?<![A-Za-z0-9_/@$'’.:-])(?:[Nn]on|[Ss]elf|[Ss]emi|[Aa]nti|[Mm]ulti|[Pp]re|[Rr]e|[Uu]n|[Cc]o|[Ss]ub|[Ii]nter|[Cc]ross|[Ww]ell|[Oo]ver|[Uu]nder)-)[a-z]{4,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])/g;
/** A WORD match, cut off or not: for counting how a word is used. */
const USED_WORD = /(?<![A-Za-z0-9_/@$'’-])(?<![A-Za-z0-9_][.:])[A-Za-z][a-z]{3,}(?![A-Za-z0-9_/@$'’-])(?![.:][A-Za-z0-9_])/g;
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
/** What every PREFIXED_WORD match holds: a hyphen and four lower-case letters. */
const HYPHEN_WORD = /-[a-z]{4}/;

/** How often each word occurs in the notes (lower-cased letter runs), with the headings' anchors left out. */
function countsWithoutAnchors(doc: NotesDocument): (word: string) => number {
  const counts = letterRunCounts(doc);
  // Few lines hold an anchor: their runs are counted again without it, as a difference to the shared count.
  const change = new Map<string, number>();
  for (const line of doc.lines) {
    if (!line.includes('](#')) continue;
    const without = line.replace(ANCHOR_LINK, '');
    if (without === line) continue;
    for (const [word, n] of countLetterRuns([line])) change.set(word, (change.get(word) ?? 0) - n);
    for (const [word, n] of countLetterRuns([without])) change.set(word, (change.get(word) ?? 0) + n);
  }
  return change.size ? (word) => (counts.get(word) ?? 0) + (change.get(word) ?? 0) : (word) => counts.get(word) ?? 0;
}

/** For each line (0-based), whether it holds a run of four letters or more. */
function linesWithLongRuns(doc: NotesDocument): boolean[] {
  const runs = letterRuns(doc);
  return doc.lines.map((_, i) => {
    for (let r = runs.first[i]!; r < runs.first[i + 1]!; r++) if (runs.words[r]!.length >= 4) return true;
    return false;
  });
}

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

/** The catalog's English words, and those of the notes' own subject: counted once per catalog. */
const catalogRuns = memoOfTexts(countLetterRuns);
const subjectRuns = memoOfTexts(countLetterRuns);

export const englishTyposCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    // A heading's anchor (`](#useful-refrences-for-…)`) repeats its words: not a use of its own.
    const notes = countsWithoutAnchors(context.doc);
    const code = codeLines(context.doc);
    // Every WORD match lies in a run of four letters or more: a line without one holds none (most Korean lines).
    const hasLongRun = linesWithLongRuns(context.doc);
    const catalog = catalogRuns(context.entries.flatMap((e) => [e.title.en, e.summary.en, e.body.en, ...e.keywords.en]));
    // Which word a slip was meant to be is judged by the notes' own subject, as for Korean: the grown catalog's words
    // (binding, beside building) would make a clear slip look ambiguous.
    const subject = subjectRuns(context.entries.filter((e) => !e.isBeyondNotes).flatMap((e) => [e.title.en, e.summary.en, e.body.en, ...e.keywords.en]));
    const used = (word: string) => notes(word) + (subject.get(word) ?? 0);

    // One pass over the lines counts how often each word stands alone in the author's own English (prose, and the
    // comments and quoted values of code) and keeps the words rare enough to be candidates (isRareStandalone), in order.
    const standalone = new Map<string, number>();
    const rare: { word: string; written: string; line: number; column: number; isCut: boolean }[] = [];
    const runs = letterRuns(context.doc);
    context.doc.lines.forEach((text, index) => {
      if (!hasLongRun[index]) return;
      const own = code.has(index + 1) ? wordsOfCode(text) : text;
      const counted = own.includes('](#') ? own.replace(ANCHOR_LINK, (a) => ' '.repeat(a.length)) : own;
      // A line that is its own English as it stands (most are) has its WORDs among the runs already found.
      const standing = counted === text ? wordRuns(text, runs, index) : matchesOf(counted, USED_WORD);
      for (const { written } of standing) {
        const word = written.toLowerCase();
        standalone.set(word, (standalone.get(word) ?? 0) + 1);
      }
      // The candidates are the raw line's words: those just counted when the line is its own English as it stands.
      // A prefixed word follows a hyphen: most lines have none, and the lookbehind is costly to try at every place.
      const lineWords = counted === text ? standing : matchesOf(text, WORD);
      for (const { written, index: at } of HYPHEN_WORD.test(text) ? [...lineWords, ...matchesOf(text, PREFIXED_WORD)] : lineWords) {
        const word = written.toLowerCase();
        if (notes(word) > MOST_REPEATS) continue;
        rare.push({ word, written, line: index + 1, column: at + 1, isCut: text.startsWith('…', at + written.length) || text.startsWith('...', at + written.length) });
      }
    });
    const inCommand = commandSpans(context.examples);
    const candidates = rare.filter(({ word, line, column }) => isRareStandalone(word, notes, standalone) && !catalog.has(word) && !TECHNICAL.has(word)
      && !inCommand(line, column) && !inCommandSubstitution(context.doc.lines[line - 1]!, column));
    // Which candidates are words, then the neighbours of those that are not.
    const words = englishWordsAmong(new Set(candidates.map((c) => c.word)));
    const unknown = candidates.filter((c) => !words.has(c.word));
    let english: Set<string> | ReadonlySet<string>;
    if (unknown.length > LARGE) {
      english = englishDictionary();
    } else {
      const neighbours = new Set<string>();
      for (const { word } of unknown) for (const w of [...oneEditInside(word), ...editsAtTheEnds(word), ...lettersAppended(word)]) neighbours.add(w);
      english = englishWordsAmong(neighbours);
      for (const w of words) (english as Set<string>).add(w);
    }
    // A word of the trade that no word list holds (filesystem) is a word the catalog's English uses again and again: a slip of it
    // (fliesystem) is a slip of a word.
    const isWord = (w: string) => english.has(w) || (catalog.get(w) ?? 0) >= TRADE_WORD;

    // A word followed by … may be cut off: it is checked only when no English word starts with it.
    const cut = startsOfEnglishWords(new Set(candidates.filter((c) => c.isCut && !english.has(c.word)).map((c) => c.word)));
    const errata: ErratumRecord[] = [];
    for (const { word, written, line, column } of candidates) {
      if (english.has(word) || cut.has(word)) continue;
      let meant = likelyWord(word, [...oneEditInside(word)].filter(isWord), used) ?? lastLetterDropped(word, notes);
      const section = sectionAt(context.doc, line);
      if (!meant || !section) continue;
      // Defaul is default cut short, not defoul: a letter changed inside gives way to the word in use that a letter added at
      // the end gives; with both or neither in use, which was meant is open, and a guess could change the meaning.
      if (meant.length <= word.length) {
        const longer = lettersAppended(word).filter(isWord);
        if (longer.length) {
          const inUse = longer.filter((w) => used(w) > 0);
          if (inUse.length !== 1 || used(meant) > 0) continue;
          meant = inUse[0]!;
        }
      }
      // A word written the same way in two places or more, a letter off a word nobody here uses, is the author's spelling of a
      // name (drupal, in a heading and in a sentence, is Drupal, not drupel); a letter left out (refrences twice) is still the
      // commonest slip, and a place that is a copy of the others (`# ovewrites CMD` pasted with its block) one slip copied.
      if (notes(word) > 1 && meant.length === word.length && used(meant) === 0 && !isCopied(rare.filter((r) => r.word === word), context.doc.lines)) continue;
      // Stopm is Storm, or Stop, or Stomp: another word one slip away at an end leaves a changed letter open, and a guess could
      // change the meaning. A letter put back (joind → joined, not join) is the commonest slip and stays the guess.
      if (meant.length <= word.length && editsAtTheEnds(word).some((w) => w !== meant && isWord(w))) continue;
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

/** The lines of code blocks (fenced or indented). */
function codeLines(doc: NotesDocument): Set<number> {
  const lines = new Set<number>();
  for (const section of doc.sections) {
    for (const node of section.nodes) if (node.kind === 'passage' && node.isCode) for (let l = node.startLine; l <= node.endLine; l++) lines.add(l);
  }
  return lines;
}

/**
 * A code line with everything but its comments and quoted strings blanked out (columns kept): the
 * rest may be the language's own words (`const`, `elif`), where a comment (`# ovewrites CMD`) and a
 * value (`LABEL "pupose"="priactice"`) are the author's English.
 */
function wordsOfCode(line: string): string {
  const kept = new Array<boolean>(line.length).fill(false);
  const comment = /(?:^|\s)(#|\/\/)/.exec(line);
  const end = comment ? comment.index + comment[0].length - comment[1]!.length : line.length;
  for (let i = end; i < line.length; i++) kept[i] = true;
  for (const m of line.slice(0, end).matchAll(/"[^"]*"|'[^']*'/g)) for (let i = m.index!; i < m.index! + m[0].length; i++) kept[i] = true;
  // By code point, as written first: a line with a surrogate (an emoji) keeps that reading, where `kept` counts code units.
  if (SURROGATE.test(line)) return [...line].map((c, i) => (kept[i] ? c : ' ')).join('');
  let out = '';
  for (let from = 0; from < line.length;) {
    let to = from + 1;
    while (to < line.length && kept[to] === kept[from]) to++;
    out += kept[from] ? line.slice(from, to) : ' '.repeat(to - from);
    from = to;
  }
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A link to a heading of the same page; its slug holds the heading's words. */
const ANCHOR_LINK = /\]\(#[^)\s]*\)/g;
/** A slip is repeated by copying (a block pasted twice, a heading and its table of contents), a name is used often and inside names. */
const MOST_REPEATS = 3;

/**
 * A word to check: used once, or up to MOST_REPEATS times and always standing alone in the author's
 * English. A word that is also part of a name, path or image somewhere (`db/vidly`,
 * `mongo:4.0-xenial`) is a name; one repeated in code (`const`) is the code's language.
 */
function isRareStandalone(word: string, notes: (word: string) => number, standalone: ReadonlyMap<string, number>): boolean {
  const n = notes(word);
  return n === 1 || (n <= MOST_REPEATS && standalone.get(word) === n);
}

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

/** How often the catalog's English uses a word no word list holds (filesystem, namespace) for the word to count as one. */
const TRADE_WORD = 3;

/** Letters from which a word is long enough for a dropped letter to tell two neighbours apart. */
const LONG_WORD = 7;

/** The one English word a slip could have come from, if there is one: the only neighbour, or the only one in use. */
function likelyWord(word: string, neighbours: readonly string[], used: (word: string) => number): string | undefined {
  if (neighbours.length === 1) return neighbours[0];
  const inUse = neighbours.filter((w) => used(w) > 0);
  if (inUse.length === 1) return inUse[0];
  // A dropped letter is the commonest slip, so in a long word the one neighbour that puts a letter back is meant: with none in
  // use (refrences → references, not refences), or used at least twice as often as each other one in use (reuired → required,
  // not retired). A short word (dont, Splunk) is one slip from too many words to tell.
  if (word.length < LONG_WORD) return undefined;
  const restored = neighbours.filter((w) => w.length === word.length + 1);
  if (restored.length !== 1) return undefined;
  const [back] = restored as [string];
  if (!inUse.length) return back;
  return used(back) >= 2 && inUse.every((w) => w === back || used(back) >= 2 * used(w)) ? back : undefined;
}

/**
 * A word of the notes' own with its last letter left off (entrypoin for entrypoint): the one word
 * that adds a letter at the end and that the notes use three times or more. Too short a word
 * (dont) could be the start of too many.
 */
function lastLetterDropped(word: string, notes: (word: string) => number): string | undefined {
  // dockerize / dockerized, layer / layers: an ending added is grammar, not a letter put back.
  if (word.length < 6 || word.endsWith('e')) return undefined;
  const completed = [...'abcefghijklmnopqrtuvwxyz'].map((c) => word + c).filter((w) => notes(w) >= 3);
  return completed.length === 1 ? completed[0] : undefined;
}

/** The commonest slips at a word's ends: a key too many at either end, the last two letters swapped. */
function editsAtTheEnds(word: string): string[] {
  if (word.length < 4) return [];
  return [word.slice(0, -1), word.slice(1), word.slice(0, -2) + word.at(-1)! + word.at(-2)!];
}

/**
 * Whether the places a word is written are copies of one text: the same two words after it in each
 * (`ovewrites CMD of` three times, `Refrences for docker` in a heading and its link), or before it.
 */
function isCopied(places: readonly { written: string; line: number; column: number }[], lines: readonly string[]): boolean {
  const after = new Set<string>();
  const before = new Set<string>();
  for (const { written, line, column } of places) {
    const text = lines[line - 1]!;
    after.add((text.slice(column - 1 + written.length).match(/[A-Za-z]+/g) ?? []).slice(0, 2).join(' ').toLowerCase());
    before.add((text.slice(0, column - 1).match(/[A-Za-z]+/g) ?? []).slice(-2).join(' ').toLowerCase());
  }
  const one = (set: ReadonlySet<string>) => set.size === 1 && [...set][0]!.includes(' ');
  return places.length > 1 && (one(after) || one(before));
}

/** The word with one letter added at its end (defaul → default). */
function lettersAppended(word: string): string[] {
  return word.length < 4 ? [] : [...'abcdefghijklmnopqrstuvwxyz'].map((c) => word + c);
}

/** A shell command substitution, `$(uname -m)`: a command's words, not the author's English (a Markdown backtick is a code span). */
const COMMAND_SUBSTITUTION = /\$\((?:[^()]|\([^()]*\))*\)/g;

/** Whether the 1-based column of `line` lies inside a command substitution (a quoted URL's `…-$(uname -s)-…`). */
function inCommandSubstitution(line: string, column: number): boolean {
  if (!line.includes('$(')) return false;
  for (const m of line.matchAll(COMMAND_SUBSTITUTION)) if (m.index! < column - 1 && column - 1 < m.index! + m[0].length) return true;
  return false;
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
