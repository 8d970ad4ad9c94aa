/**
 * A hyphenated term of the trade with a slip in its first word: `ready-only` for `read-only`.
 * Each word is English, so the word list lets it through, but the pair is a fixed term: it is
 * reported when the notes use it once and the catalog never, and its first word, with a letter too
 * many taken out or two letters swapped back, gives the one term the catalog or the notes use twice
 * or more. Its second word is left alone: that is where grammar goes (multi-stage / multi-stages).
 */
import type { EntryRecord } from '../ingest/catalog-entries.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

const COMPOUND = /(?<![A-Za-z0-9_/@$.'’-])([A-Za-z][a-z]{2,})-([a-z]{3,})(?![A-Za-z0-9_/@$'’-])/g;

function countCompounds(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  // Every compound holds a hyphen: most lines hold none.
  for (const text of texts) if (text.includes('-')) for (const m of text.matchAll(COMPOUND)) counts.set(m[0].toLowerCase(), (counts.get(m[0].toLowerCase()) ?? 0) + 1);
  return counts;
}

/** The catalog's compounds, counted once per catalog. */
const catalogCompounds = new WeakMap<readonly EntryRecord[], Map<string, number>>();
function compoundsOf(entries: readonly EntryRecord[]): Map<string, number> {
  let counts = catalogCompounds.get(entries);
  if (!counts) {
    counts = countCompounds(entries.flatMap((e) => [e.title.en, e.summary.en, e.body.en]));
    catalogCompounds.set(entries, counts);
  }
  return counts;
}

/**
 * The strings `word` is one slip of: a letter too many taken out (ready → read), or two letters put
 * back in order. A changed letter is left alone: low-level and log-level are both terms.
 */
function slipsUndone(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return new Set([...out].filter((w) => w.length >= 3));
}

export const hyphenCompoundsCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    // Command lines and Dockerfiles are left to their checks (a flag's value, an image's name).
    const examples = new Set<number>();
    for (const e of context.examples) for (let l = e.node.startLine; l <= e.node.endLine; l++) examples.add(l);
    const notes = countCompounds(context.doc.lines);
    let catalog: Map<string, number> | undefined;
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      if (examples.has(line) || !text.includes('-')) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      for (const m of text.matchAll(COMPOUND)) {
        const written = m[0];
        const [first, second] = [m[1]!.toLowerCase(), m[2]!];
        catalog ??= compoundsOf(context.entries);
        if (notes.get(written.toLowerCase())! > 1 || catalog.has(written.toLowerCase())) continue;
        const used = (term: string) => (catalog!.get(term) ?? 0) + (notes.get(term) ?? 0);
        const terms = [...slipsUndone(first)].map((w) => `${w}-${second}`).filter((t) => used(t) >= 2);
        if (terms.length !== 1) continue;
        const fix = written[0] !== written[0]!.toLowerCase() ? terms[0]![0]!.toUpperCase() + terms[0]!.slice(1) : terms[0]!;
        errata.push({
          file: context.doc.file, line, column: m.index! + 1, rule: 'spelling/english', severity: 'warning',
          message: say(context.lang, `"${written}"은(는) "${fix}"의 오타로 보입니다(자주 쓰는 용어는 "${fix}"입니다)`, `"${written}" is probably "${fix}", the term in use`),
          suggestion: (text.slice(0, m.index!) + fix + text.slice(m.index! + written.length)).trim(),
          excerpt: excerptAt(context.doc, line), section,
        });
      }
    });
    return errata;
  },
};
