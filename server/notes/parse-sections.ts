/** Splits notes lines into sections by heading, keeping fences (``` and <pre>) opaque to headings. */
import { DrefError } from '../errors.js';

/** A section before its body is parsed into nodes. */
export interface RawSection {
  readonly path: string;
  readonly title: string;
  readonly level: number;
  /** The heading's line (or 1 for text before the first heading). */
  readonly startLine: number;
  readonly endLine: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const FENCE = /^\s*```/;

/** Finds the sections of a notes file; throws NOTES_INVALID on an unterminated fence or <pre>. */
export function parseSections(lines: readonly string[], file: string): RawSection[] {
  const headings: { line: number; level: number; text: string }[] = [];
  let openFence: { line: number; kind: '```' | '<pre>' } | undefined;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (openFence) {
      if (openFence.kind === '```' ? FENCE.test(raw) : /<\/pre>/i.test(raw)) openFence = undefined;
      return;
    }
    if (FENCE.test(raw)) { openFence = { line, kind: '```' }; return; }
    if (/^\s*<pre>/i.test(raw) && !/<\/pre>/i.test(raw)) { openFence = { line, kind: '<pre>' }; return; }
    const m = HEADING.exec(raw);
    if (m) headings.push({ line, level: m[1]!.length, text: m[2]! });
  });
  if (openFence) {
    throw new DrefError('NOTES_INVALID', `this ${openFence.kind === '```' ? 'code fence (```)' : '<pre> block'} is never closed`,
      `close it with ${openFence.kind === '```' ? '```' : '</pre>'} on a line of its own`, { file, line: openFence.line });
  }
  const sections: RawSection[] = [];
  const firstHeading = headings[0]?.line ?? lines.length + 1;
  if (lines.slice(0, firstHeading - 1).some((l) => l.trim() !== '')) {
    sections.push({ path: '0', title: '', level: 0, startLine: 1, endLine: firstHeading - 1 });
  }
  const seen = new Map<string, number>();
  headings.forEach((h, i) => {
    const next = headings[i + 1]?.line ?? lines.length + 1;
    const m = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(h.text);
    let path = m ? m[1]! : slugify(h.text);
    const count = seen.get(path) ?? 0;
    seen.set(path, count + 1);
    if (count > 0) path = `${path}~${count + 1}`;
    sections.push({ path, title: m ? m[2]!.trim() : h.text, level: h.level, startLine: h.line, endLine: trimEnd(lines, h.line, next - 1) });
  });
  return sections;
}

function trimEnd(lines: readonly string[], start: number, end: number): number {
  let e = end;
  while (e > start && (lines[e - 1] ?? '').trim() === '') e--;
  return e;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';
}
