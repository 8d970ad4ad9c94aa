/**
 * Reads a notes file as GitHub does (CommonMark + GFM + front matter, through mdast) and keeps what
 * the dialect needs to know about its lines: headings, code blocks (fenced, tilde, indented, nested
 * fences as GitHub nests them), HTML blocks, tables, front matter, inline code spans, and where each
 * paragraph or list item starts. The dialect's own rules (parse-nodes.ts) then run on the text.
 *
 * mdast-util-from-markdown is the parser of the unified/remark project: CommonMark-compliant
 * (micromark passes the whole spec suite), GFM as a maintained extension, and exact positions
 * (line, column, offset) on every node, which is what file:line errata and links need.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

export interface HeadingBlock {
  /** First and last line (a setext heading spans its text and its underline). */
  readonly line: number;
  readonly endLine: number;
  readonly level: number;
  /** The heading's text as rendered (inline code keeps its content, emphasis its words). */
  readonly text: string;
}

export interface CodeBlock {
  /** Lines of the block, fences included. */
  readonly startLine: number;
  readonly endLine: number;
  /** Lines holding the code itself (empty range when the block is empty). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** The info string's first word, lower case (`dockerfile`, `bash`), or '' */
  readonly lang: string;
  readonly fenced: boolean;
  /** False when a fence runs to the end of the file without its closing fence. */
  readonly closed: boolean;
}

export interface InlineCodeSpan {
  readonly line: number;
  /** 1-based column of the span's first character of content. */
  readonly column: number;
  readonly text: string;
  /** The whole line holds nothing but this span (and list or quote markers). */
  readonly alone: boolean;
  /** The line's text before and after the span (for telling a sentence from a listing). */
  readonly before: string;
  readonly after: string;
  /** 0-based index range of the whole span, backticks included, in its line. */
  readonly from: number;
  readonly to: number;
}

export interface MarkdownLayout {
  readonly headings: readonly HeadingBlock[];
  readonly code: readonly CodeBlock[];
  /** HTML blocks: `<pre>` ones hold the dialect's prose; others are markup. */
  readonly html: readonly { readonly startLine: number; readonly endLine: number; readonly isPre: boolean }[];
  readonly tables: readonly { readonly startLine: number; readonly endLine: number; readonly rows: readonly { readonly line: number; readonly text: string }[] }[];
  readonly frontMatter?: { readonly startLine: number; readonly endLine: number };
  readonly inlineCode: readonly InlineCodeSpan[];
  /** Lines where a paragraph, list item or block quote starts: a passage never runs across one. */
  readonly blockStarts: ReadonlySet<number>;
  /** For lines inside list items and block quotes, the column where the text proper starts. */
  readonly contentColumn: ReadonlyMap<number, number>;
}

/** Lays out a notes file's lines as CommonMark + GFM reads them. */
export function markdownLayout(text: string): MarkdownLayout {
  const tree: Root = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  const lines = text.split(/\r?\n/);
  const layout = {
    headings: [] as HeadingBlock[], code: [] as CodeBlock[], html: [] as { startLine: number; endLine: number; isPre: boolean }[],
    tables: [] as { startLine: number; endLine: number; rows: { line: number; text: string }[] }[],
    frontMatter: undefined as { startLine: number; endLine: number } | undefined,
    inlineCode: [] as InlineCodeSpan[], blockStarts: new Set<number>(), contentColumn: new Map<number, number>(),
  };
  const visit = (node: Nodes, inContainer: boolean) => {
    const start = node.position?.start.line ?? 1;
    const end = node.position?.end.line ?? start;
    switch (node.type) {
      case 'heading':
        layout.headings.push({ line: start, endLine: end, level: node.depth, text: plainText(node).trim() });
        collectInlineCode(node, text, lines, layout.inlineCode);
        return;
      case 'code': {
        const fenced = /^\s*(`{3,}|~{3,})/.test(lines[start - 1] ?? '');
        const fence = fenced ? /^\s*(`{3,}|~{3,})/.exec(lines[start - 1] ?? '')![1]! : '';
        const last = (lines[end - 1] ?? '').trim();
        const closed = !fenced || (end > start && last.startsWith(fence[0]!.repeat(fence.length)) && /^(`+|~+)$/.test(last));
        const contentStart = fenced ? start + 1 : start;
        const contentEnd = fenced && closed ? end - 1 : end;
        layout.code.push({ startLine: start, endLine: end, contentStart, contentEnd, lang: (node.lang ?? '').toLowerCase(), fenced, closed });
        return;
      }
      case 'html':
        layout.html.push({ startLine: start, endLine: end, isPre: /^\s*<pre[\s>]/i.test(node.value) });
        return;
      case 'yaml':
        layout.frontMatter = { startLine: start, endLine: end };
        return;
      case 'table':
        layout.tables.push({
          startLine: start, endLine: end,
          rows: node.children.map((row) => ({ line: row.position?.start.line ?? start, text: row.children.map((cell) => plainText(cell).trim()).filter(Boolean).join(' | ') })),
        });
        collectInlineCode(node, text, lines, layout.inlineCode);
        return;
      case 'paragraph':
        layout.blockStarts.add(start);
        if (inContainer) {
          const column = node.position?.start.column ?? 1;
          for (let l = start; l <= end; l++) layout.contentColumn.set(l, l === start ? column : Math.min(column, firstTextColumn(lines[l - 1] ?? '')));
        }
        collectInlineCode(node, text, lines, layout.inlineCode);
        return;
      case 'listItem': case 'blockquote':
        layout.blockStarts.add(start);
        for (const child of node.children) visit(child, true);
        return;
      default:
        if ((node.type as string) === 'toml') layout.frontMatter = { startLine: start, endLine: end };
        else if ('children' in node) for (const child of node.children as Nodes[]) visit(child, inContainer);
    }
  };
  visit(tree, false);
  return layout;
}

/** A node's text as a reader sees it. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** The column where a continuation line's text starts, past quote markers and indentation. */
function firstTextColumn(raw: string): number {
  const m = /^[\s>]*/.exec(raw)!;
  return m[0].length + 1;
}

/** Every inline code span below a node, with its line and content column (single-line spans only). */
function collectInlineCode(node: Nodes, text: string, lines: readonly string[], out: InlineCodeSpan[]): void {
  if (node.type === 'inlineCode') {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.line !== end.line || start.offset === undefined || end.offset === undefined) return;
    const raw = text.slice(start.offset, end.offset);
    const ticks = /^`+/.exec(raw)![0].length;
    let inner = raw.slice(ticks, raw.length - ticks);
    let column = start.column + ticks;
    if (inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim()) { inner = inner.slice(1, -1); column++; }
    const line = lines[start.line - 1] ?? '';
    const before = line.slice(0, start.column - 1);
    const after = line.slice(end.column - 1);
    const bare = (s: string) => s.replace(/^[\s>]*(?:[-*+]|\d+[.)])?\s*/, '').replace(/[\s:.,;]*$/, '');
    out.push({ line: start.line, column, text: inner, alone: bare(before) === '' && bare(after) === '', before, after, from: start.column - 1, to: end.column - 1 });
    return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectInlineCode(child, text, lines, out);
}
