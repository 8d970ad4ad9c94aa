/**
 * Reads a notes file as GitHub does (CommonMark + GFM tables, plus front matter) and keeps what
 * the dialect needs to know about its lines: headings, code blocks (fenced, tilde, indented, nested
 * fences as GitHub nests them), HTML blocks, tables, front matter, inline code spans, and where each
 * paragraph or list item starts. The dialect's own rules (parse-nodes.ts) then run on the text.
 *
 * The parser is markdown-it: CommonMark-compliant (it passes the spec's tests), GFM tables built
 * in, a line map on every block, and fast: timed once by hand on the shipped notes (warm), 5–8 ms
 * against 240 ms for micromark (mdast-util-from-markdown), which could not approach the ingest's 2 MB/s.
 */
import MarkdownIt, { type Token } from 'markdown-it';


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

const parser = new MarkdownIt('commonmark').enable(['table', 'strikethrough']);
// Inline markup is parsed only where the layout reads it (inlineChildren): headings, table cells, and paragraphs that hold a code span.
parser.core.ruler.disable('inline');

/**
 * An inline token's children, parsed when first asked for, as the core's inline rule and then its
 * text_join rule would have parsed them (text_join's merging of neighbouring text changes no text
 * read here, so only its renaming of escapes to text is done). `env` holds the block parse's link references.
 */
function inlineChildren(inline: Token, env: object, parsed: Set<Token>): Token[] {
  if (!parsed.has(inline)) {
    parsed.add(inline);
    parser.inline.parse(inline.content, parser, env, inline.children ??= []);
    for (const child of inline.children) if (child.type === 'text_special') child.type = 'text';
  }
  return inline.children ?? [];
}

/** Lays out a notes file's lines as CommonMark + GFM reads them. */
export function markdownLayout(text: string): MarkdownLayout {
  const lines = text.split(/\r?\n/);
  const frontMatter = frontMatterOf(lines);
  // Front matter is blanked out, not cut, so every line keeps its number.
  const source = frontMatter ? lines.map((l, i) => (i < frontMatter.endLine ? '' : l)).join('\n') : lines.join('\n');
  const env = {};
  const tokens = parser.parse(source, env);
  const parsed = new Set<Token>();
  const children = (inline: Token) => inlineChildren(inline, env, parsed);
  const layout = {
    headings: [] as HeadingBlock[], code: [] as CodeBlock[], html: [] as { startLine: number; endLine: number; isPre: boolean }[],
    tables: [] as { startLine: number; endLine: number; rows: { line: number; text: string }[] }[],
    ...(frontMatter ? { frontMatter } : {}),
    inlineCode: [] as InlineCodeSpan[], blockStarts: new Set<number>(), contentColumn: new Map<number, number>(),
  };
  let containers = 0;
  let table: { startLine: number; endLine: number; rows: { line: number; text: string }[] } | undefined;
  let row: { line: number; cells: string[] } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = token.map ? token.map[0] + 1 : 0;
    const end = token.map ? token.map[1] : 0;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        layout.headings.push({ line: start, endLine: end, level: Number(token.tag.slice(1)), text: plainText(children(inline)).trim() });
        collectInlineCode(children(inline), start, lines, layout.inlineCode);
        break;
      }
      case 'fence': {
        const fence = token.markup;
        const last = (lines[end - 1] ?? '').trim();
        const closed = end > start && last.length >= fence.length && [...last].every((c) => c === fence[0]);
        layout.code.push({
          startLine: start, endLine: end, contentStart: start + 1, contentEnd: closed ? end - 1 : end,
          lang: (token.info.trim().split(/\s+/)[0] ?? '').toLowerCase(), fenced: true, closed,
        });
        break;
      }
      case 'code_block':
        layout.code.push({ startLine: start, endLine: trimEnd(lines, start, end), contentStart: start, contentEnd: trimEnd(lines, start, end), lang: '', fenced: false, closed: true });
        break;
      case 'html_block':
        layout.html.push({ startLine: start, endLine: trimEnd(lines, start, end), isPre: /^\s*<pre[\s>]/i.test(token.content) });
        break;
      case 'table_open':
        table = { startLine: start, endLine: end, rows: [] };
        layout.tables.push(table);
        break;
      case 'tr_open':
        row = { line: start, cells: [] };
        break;
      case 'tr_close':
        if (table && row) table.rows.push({ line: row.line, text: row.cells.filter(Boolean).join(' | ') });
        row = undefined;
        break;
      case 'table_close':
        table = undefined;
        break;
      case 'inline':
        if (row) row.cells.push(plainText(children(token)).trim());
        if (table && token.map) collectInlineCode(children(token), start, lines, layout.inlineCode);
        break;
      case 'paragraph_open': {
        layout.blockStarts.add(start);
        const inline = tokens[i + 1]!;
        if (containers > 0) {
          for (let l = start; l <= end; l++) layout.contentColumn.set(l, textColumn(lines[l - 1] ?? '', l === start));
        }
        // A code span opens with a backtick: a paragraph without one has none to collect.
        if (inline.content.includes('`')) collectInlineCode(children(inline), start, lines, layout.inlineCode);
        break;
      }
      case 'bullet_list_open': case 'ordered_list_open': case 'blockquote_open':
        containers++;
        if (token.type === 'blockquote_open') layout.blockStarts.add(start);
        break;
      case 'bullet_list_close': case 'ordered_list_close': case 'blockquote_close':
        containers--;
        break;
      case 'list_item_open':
        layout.blockStarts.add(start);
        break;
      default:
    }
  }
  return layout;
}

/** `---` … `---` (YAML) or `+++` … `+++` (TOML) at the very top. */
function frontMatterOf(lines: readonly string[]): { startLine: number; endLine: number } | undefined {
  const open = lines[0]?.trim();
  if (open !== '---' && open !== '+++') return undefined;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const t = lines[i]!.trim();
    if (t === open || (open === '---' && t === '...')) return i > 1 ? { startLine: 1, endLine: i + 1 } : undefined;
  }
  return undefined;
}

/** The last line of start..end that is not blank (start when all are). */
export function trimEnd(lines: readonly string[], start: number, end: number): number {
  let e = end;
  while (e > start && (lines[e - 1] ?? '').trim() === '') e--;
  return e;
}

/** An inline token's text as a reader sees it, from its children. */
function plainText(children: readonly Token[]): string {
  return children.map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '')).join('');
}

/** The column where a container line's text starts: past quote markers, and on its first line a list marker. */
function textColumn(raw: string, first: boolean): number {
  const marker = first ? /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?/.exec(raw)! : /^[\s>]*/.exec(raw)!;
  return marker[0].length + 1;
}

/** Every inline code span of an inline token (given by its children), with its line and content column (single-line spans only). */
function collectInlineCode(children: readonly Token[], startLine: number, lines: readonly string[], out: InlineCodeSpan[]): void {
  let line = startLine;
  let cursor = 0;
  for (const child of children) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') { line++; cursor = 0; continue; }
    if (child.type !== 'code_inline') continue;
    const raw = lines[line - 1] ?? '';
    const ticks = child.markup;
    // The span as written: its backticks, maybe one space, the content, maybe one space, its backticks.
    let from = raw.indexOf(ticks, cursor);
    while (from >= 0 && !(raw.startsWith(child.content, from + ticks.length) || raw.startsWith(` ${child.content}`, from + ticks.length))) {
      from = raw.indexOf(ticks, from + 1);
    }
    if (from < 0) continue;
    const padded = !raw.startsWith(child.content, from + ticks.length);
    const column = from + ticks.length + (padded ? 1 : 0) + 1;
    const close = raw.indexOf(ticks, column - 1 + child.content.length);
    if (close < 0) continue;
    const to = close + ticks.length;
    cursor = to;
    const before = raw.slice(0, from);
    const after = raw.slice(to);
    const bare = (s: string) => s.replace(/^[\s>]*(?:[-*+]|\d+[.)])?\s*/, '').replace(/[\s:.,;]*$/, '');
    out.push({ line, column, text: child.content, alone: bare(before) === '' && bare(after) === '', before, after, from, to });
  }
}
