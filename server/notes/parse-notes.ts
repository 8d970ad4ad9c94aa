/** Parses a notes file (CommonMark + GFM, with the project's dialect on top) into sections and nodes. */
import { markdownLayout, type MarkdownLayout } from './markdown-layout.js';
import { parseSectionNodes } from './parse-nodes.js';
import { parseSections } from './parse-sections.js';
import type { MarkupProblem, NotesDocument } from './types.js';

/** Parses already-decoded notes text; `file` names it in messages and records. */
export function parseNotes(text: string, file: string): NotesDocument {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const layout = markdownLayout(text);
  const sections = parseSections(lines, layout).map((s) => ({ ...s, nodes: parseSectionNodes(lines, s, sectionLayout(layout, s.startLine, s.endLine)) }));
  return { file, lines, sections, markupProblems: markupProblems(layout, lines) };
}

/** The layout's blocks and spans that start within lines first..last (each list is in line order). */
function sectionLayout(layout: MarkdownLayout, first: number, last: number): MarkdownLayout {
  const within = <T>(items: readonly T[], lineOf: (item: T) => number): T[] => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (lineOf(items[mid]!) < first) lo = mid + 1; else hi = mid; }
    const out: T[] = [];
    for (let i = lo; i < items.length && lineOf(items[i]!) <= last; i++) out.push(items[i]!);
    return out;
  };
  return {
    ...layout,
    code: within(layout.code, (b) => b.startLine), html: within(layout.html, (b) => b.startLine),
    tables: within(layout.tables, (b) => b.startLine), inlineCode: within(layout.inlineCode, (s) => s.line),
  };
}

/** A fence or `<pre>` that runs to the end of the file: GitHub shows all the rest as code. */
function markupProblems(layout: MarkdownLayout, lines: readonly string[]): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  for (const block of layout.code) {
    if (block.closed) continue;
    const fence = /^\s*(`{3,}|~{3,})/.exec(lines[block.startLine - 1] ?? '')?.[1] ?? '```';
    problems.push({
      line: block.startLine, column: (lines[block.startLine - 1] ?? '').indexOf(fence) + 1,
      message: `this code fence (${fence}) is never closed, so everything after it reads as code`,
      suggestion: `close it with ${fence} on a line of its own`,
      messageKo: `이 코드 펜스(${fence})가 닫히지 않아 그 뒤가 모두 코드로 보입니다`,
      suggestionKo: `${fence}만 있는 줄로 닫으세요`,
    });
  }
  for (const html of layout.html) {
    if (!html.isPre || /<\/pre>/i.test(lines.slice(html.startLine - 1, html.endLine).join('\n'))) continue;
    problems.push({
      line: html.startLine, column: 1, message: 'this <pre> block is never closed, so everything after it reads as one block', suggestion: 'close it with </pre> on a line of its own',
      messageKo: '이 <pre> 블록이 닫히지 않아 그 뒤가 모두 한 블록으로 보입니다', suggestionKo: '</pre>만 있는 줄로 닫으세요',
    });
  }
  return problems;
}
