/** Splits notes lines into sections at the headings CommonMark finds (never inside code, HTML or front matter). */
import { trimEnd, type MarkdownLayout } from './markdown-layout.js';

/** A section before its body is parsed into nodes. */
export interface RawSection {
  readonly path: string;
  readonly title: string;
  readonly level: number;
  /** The heading's first line (or 1 for text before the first heading). */
  readonly startLine: number;
  /** The heading's last line (a setext heading's underline), or startLine - 1 for section 0. */
  readonly headingEnd: number;
  readonly endLine: number;
}

/** Finds the sections of a notes file. */
export function parseSections(lines: readonly string[], layout: MarkdownLayout): RawSection[] {
  const headings = layout.headings;
  const sections: RawSection[] = [];
  const firstHeading = headings[0]?.line ?? lines.length + 1;
  const frontEnd = layout.frontMatter?.endLine ?? 0;
  if (lines.slice(frontEnd, firstHeading - 1).some((l) => l.trim() !== '')) {
    sections.push({ path: '0', title: '', level: 0, startLine: 1, headingEnd: 0, endLine: trimEnd(lines, 1, firstHeading - 1) });
  }
  const seen = new Map<string, number>();
  headings.forEach((h, i) => {
    const next = headings[i + 1]?.line ?? lines.length + 1;
    const m = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(h.text);
    let path = m ? m[1]! : slugify(h.text);
    const count = seen.get(path) ?? 0;
    seen.set(path, count + 1);
    if (count > 0) path = `${path}~${count + 1}`;
    sections.push({ path, title: m ? m[2]!.trim() : h.text, level: h.level, startLine: h.line, headingEnd: h.endLine, endLine: trimEnd(lines, h.endLine, next - 1) });
  });
  return sections;
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'section';
}
