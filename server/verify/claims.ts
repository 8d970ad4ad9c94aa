/** Finds wrong statements in the notes' prose, using the catalog's list of known misconceptions. */
import { misconceptions } from '../../data/catalog/misconceptions.js';
import type { ParsedSection } from '../notes/types.js';
import { requiredLiteralsPattern } from './required-literals.js';
import { excerptAt, type ErratumRecord, type NotesCheck } from './types.js';

// `required` finds a literal every match of the pattern holds: a passage without one is passed over without running the pattern.
const compiled = misconceptions.map((m) => ({
  spec: m, pattern: new RegExp(m.pattern, 'iu'), required: requiredLiteralsPattern(m.pattern, 'iu'), unless: m.unless ? new RegExp(m.unless, 'iu') : undefined,
}));
/** Any claim's required literals, in one pattern: most passages hold none, and one search then passes over every claim that has them. */
const anyRequired = new RegExp(compiled.flatMap((c) => (c.required ? [`(?:${c.required.source})`] : [])).join('|'), 'iu');

export const claimsCheck: NotesCheck = {
  id: 'claim',
  check(context) {
    const errata: ErratumRecord[] = [];
    const seen = new Set<string>();
    for (const section of context.doc.sections) {
      // Passages first: a definition's text skips the lines of snippets inside it, so its positions are rougher.
      const prose = [...section.nodes.filter((n) => n.kind === 'passage'), ...section.nodes.filter((n) => n.kind === 'definition')];
      for (const node of prose) {
        if ((node.kind !== 'passage' || node.isCode) && node.kind !== 'definition') continue;
        // A list item is read after its lead-in too (`추가할 이미지 경로는 …:` / `- 절대경로를 사용해야 한다`): the item alone has no subject.
        const lead = node.kind === 'passage' ? leadIn(section, node) : undefined;
        const joined = lead ? `${lead.text}\n${node.text}` : node.text;
        const skip = lead ? lead.text.length + 1 : 0;
        const plain = withoutMarkup(joined);
        const holdsRequired = anyRequired.test(plain.text);
        for (const { spec, pattern, required, unless } of compiled) {
          if (required && (!holdsRequired || !required.test(plain.text))) continue;
          const match = pattern.exec(plain.text);
          if (!match) continue;
          if (unless && unless.test(sentenceAround(plain.text, match.index, match.index + match[0].length))) continue;
          // A claim ending in the lead-in is the lead-in's own, found at its node.
          const end = plain.offsets[match.index + match[0].length - 1]! - skip;
          if (end < 0) continue;
          const { line, column } = positionOf(context.doc.lines, node.startLine, node.text, end);
          const key = `${spec.id}:${line}`;
          // Nodes can overlap (a definition inside a passage's lines): one erratum per claim and place.
          if (seen.has(key) || errata.some((e) => e.rule === `claim/${spec.id}` && e.line >= node.startLine && e.line <= node.endLine)) continue;
          seen.add(key);
          errata.push(claimErratum(context.lang, context.doc.file, section, line, column, spec, excerptAt(context.doc, line), context.names.idOf(spec.about)));
        }
      }
    }
    return errata;
  },
};

const LIST_ITEM = /^\s*(?:[-*+•○]|\d+[.)])\s/;

/** The prose that leads into a list item: the nearest passage above that is no list item, with only list items between. */
function leadIn(section: ParsedSection, item: { readonly startLine: number; readonly text: string }): { readonly text: string } | undefined {
  if (!LIST_ITEM.test(item.text)) return undefined;
  const above = section.nodes.filter((n) => n.kind === 'passage' && !n.isCode && n.endLine < item.startLine).sort((a, b) => b.endLine - a.endLine);
  let next = item.startLine;
  for (const n of above) {
    if (n.kind !== 'passage' || next - n.endLine > 2) return undefined;
    if (!LIST_ITEM.test(n.text)) return /[:.]\s*$|다\s*$/.test(n.text.trim()) ? n : undefined;
    next = n.startLine;
  }
  return undefined;
}

function claimErratum(lang: 'ko' | 'en', file: string, section: ParsedSection, line: number, column: number, spec: (typeof misconceptions)[number], excerpt: string, entryId: string | undefined): ErratumRecord {
  return {
    file, line, column, rule: `claim/${spec.id}`, severity: spec.severity,
    message: spec.message[lang],
    suggestion: spec.correction[lang],
    excerpt, section, ...(entryId ? { entryId } : {}),
  };
}

/**
 * A passage's text without inline markup, as it reads: code spans' backticks and `**` emphasis
 * dropped, and the space a writer leaves between a code word and its Korean particle
 * (`` `Dockerfile` 이 있는 ``) closed up, so a claim reads the same with or without markup.
 * `offsets[i]` is the offset in the original text of the plain text's character i.
 */
export function withoutMarkup(text: string): { text: string; offsets: number[] } {
  // Most passages have no markup: their plain text is themselves.
  if (!text.includes('`') && !text.includes('**')) {
    const offsets = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) offsets[i] = i;
    return { text, offsets };
  }
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`' || (c === '*' && text[i + 1] === '*')) {
      const marker = c === '`' ? 1 : 2;
      // A closing marker after a Latin word, then one space, then Hangul: a particle of the code word.
      if (/[A-Za-z0-9)\]]/.test(out.at(-1) ?? '') && text[i + marker] === ' ' && /[가-힣]/.test(text[i + marker + 1] ?? '')) i += 1;
      i += marker - 1;
      continue;
    }
    out += c;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** The sentence (or sentences) holding text[start, end): from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const ends = /[.!?。](?=\s|$)|\n\s*\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(ends)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) { to = m.index!; break; }
  }
  return text.slice(from, to);
}

/** Line and column of an offset in a passage's text (its lines trimmed and joined with \n). */
function positionOf(lines: readonly string[], startLine: number, text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = startLine + before.split('\n').length - 1;
  const raw = lines[line - 1] ?? '';
  const indent = raw.length - raw.trimStart().length;
  return { line, column: indent + 1 + (offset - before.lastIndexOf('\n') - 1) };
}
