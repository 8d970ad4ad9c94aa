/**
 * Finds the nodes of one section: prose passages, `NAME :` definitions, quoted and bare docker
 * command lines, Dockerfile snippets (in code blocks, in `[ … ]` / `{ … }` blocks, in quotes, or on
 * a line of their own), command lines in code blocks and inline code, other shell commands, and
 * quoted mentions. What CommonMark reads as code is code (code-blocks.ts); a code block that holds
 * prose (the dialect boxes its prose in fences) is read as prose. Tables become passages.
 */
import { leadingInstruction } from '../dockerfile/instruction-names.js';
import { codeBlockNodes, isProseBlock, looksLikeDockerfile } from './code-blocks.js';
import { labelledCommand } from './labelled-command.js';
import type { MarkdownLayout } from './markdown-layout.js';
import type { RawSection } from './parse-sections.js';
import type { CommandNode, DockerfileNode, NoteNode, SnippetLine } from './types.js';

type LineRole = 'prose' | 'skip' | 'example' | 'dockerfile';

interface Quote {
  readonly startLine: number;
  /** 1-based column of the first character inside the quote. */
  readonly column: number;
  readonly endLine: number;
  readonly text: string;
  readonly after: string;
  readonly wholeLines: boolean;
}

const HANGUL = /\p{Script=Hangul}/u;
const DEFINITION = /^\s*(?:\*\s*)?([A-Z][A-Z_]+)\s*:(?!\/)\s*(.*)$/;
const SHELL_OPENER = /^(vi|vim|nano|cat\s*>)\s*Dockerfile\s*(\n|$)/;

/** Parses the body of one section into nodes, in line order. */
export function parseSectionNodes(lines: readonly string[], section: RawSection, layout: MarkdownLayout): NoteNode[] {
  const first = section.level === 0 ? section.startLine : section.headingEnd + 1;
  const last = section.endLine;
  const masked = maskInlineCode(lines, layout, first, last);
  const at = (line: number) => masked.get(line) ?? lines[line - 1] ?? '';
  const role = new Map<number, LineRole>();
  const nodes: NoteNode[] = [];
  const blocks: { open: number; close: number }[] = [];
  const inSection = (from: number, to: number) => from >= first && to <= last;

  // What CommonMark reads as code, markup or data is not the dialect's prose.
  if (layout.frontMatter && inSection(layout.frontMatter.startLine, layout.frontMatter.startLine)) {
    for (let l = layout.frontMatter.startLine; l <= layout.frontMatter.endLine; l++) role.set(l, 'skip');
  }
  // An HTML block (<p>, <details>, <center>…) shows its text as text: only lines of nothing but tags are markup.
  for (const html of layout.html) {
    if (html.isPre || !inSection(html.startLine, html.startLine)) continue;
    for (let l = html.startLine; l <= html.endLine; l++) if (/^\s*(<[^>]*>\s*)+$/.test(lines[l - 1] ?? '') || /^\s*<!--/.test(lines[l - 1] ?? '')) role.set(l, 'skip');
  }
  for (const table of layout.tables) {
    if (!inSection(table.startLine, table.startLine)) continue;
    for (let l = table.startLine; l <= table.endLine; l++) role.set(l, 'skip');
    const rows = table.rows.filter((r) => r.text);
    if (rows.length) nodes.push({ kind: 'passage', startLine: table.startLine, endLine: table.endLine, text: rows.map((r) => r.text).join('\n') });
  }
  for (const block of layout.code) {
    if (!inSection(block.startLine, block.startLine)) continue;
    const content = range(block.contentStart, Math.min(block.contentEnd, last)).map((l) => ({ line: l, raw: lines[l - 1] ?? '' }));
    if (block.fenced) {
      role.set(block.startLine, 'skip');
      if (block.closed) role.set(block.endLine, 'skip');
    }
    if (isProseBlock(content.map((c) => c.raw))) continue;
    for (const c of content) role.set(c.line, 'skip');
    nodes.push(...codeBlockNodes(block, content));
  }

  // Fences, tables and bracket blocks.
  const stack: number[] = [];
  for (let l = first; l <= last; l++) {
    const t = at(l).trim();
    if (role.has(l)) continue;
    if (/^(```|~~~)/.test(t) || /^<\/?pre>$/i.test(t)) { role.set(l, 'skip'); continue; }
    if (t.startsWith('|') || /^(-{3,}|\*{3,}|_{3,})$/.test(t)) { role.set(l, 'skip'); continue; }
    if (t === '[' || t === '{') stack.push(l);
    else if ((t === ']' || t === '}') && stack.length) blocks.push({ open: stack.pop()!, close: l });
  }
  for (const block of blocks) {
    role.set(block.open, 'skip');
    role.set(block.close, 'skip');
    const content: SnippetLine[] = [];
    for (let l = block.open + 1; l < block.close; l++) {
      const raw = at(l);
      if (raw.trim() === '') continue;
      const indent = raw.length - raw.trimStart().length;
      content.push({ line: l, column: indent + 1, text: raw.trim() });
    }
    if (looksLikeDockerfile(content.map((c) => c.text))) {
      for (let l = block.open + 1; l < block.close; l++) role.set(l, 'dockerfile');
      nodes.push({ kind: 'dockerfile', startLine: content[0]!.line, endLine: content.at(-1)!.line, lines: content });
    }
  }

  // Quotes, possibly across lines.
  const quotedLines = new Set<number>();
  for (const quote of scanQuotes(at, first, last, role)) {
    for (let l = quote.startLine; l <= quote.endLine; l++) quotedLines.add(l);
    const node = classifyQuote(quote, at);
    nodes.push(node);
    if (quote.wholeLines && node.kind !== 'mention') {
      for (let l = quote.startLine; l <= quote.endLine; l++) role.set(l, 'example');
    }
  }

  // Inline code spans: a command line or an instruction in backticks is an example too.
  for (const span of layout.inlineCode) {
    if (span.line < first || span.line > last || role.get(span.line) === 'skip') continue;
    const node = classifyQuote({ startLine: span.line, column: span.column, endLine: span.line, text: span.text, after: span.after.trim(), wholeLines: span.alone }, (line) => lines[line - 1] ?? '');
    // `docker stop` in backticks names a command; one lacking only its arguments is a form, wherever it stands.
    if (node.kind === 'command') nodes.push({ ...node, inline: true });
    else if (node.kind !== 'mention' || span.text.trim()) nodes.push(node);
    if (span.alone && node.kind !== 'mention') role.set(span.line, 'example');
  }

  // Bare command lines and bare Dockerfile lines.
  let bareDockerfile: SnippetLine[] = [];
  const flushBare = () => {
    if (bareDockerfile.length) {
      nodes.push({ kind: 'dockerfile', startLine: bareDockerfile[0]!.line, endLine: bareDockerfile.at(-1)!.line, lines: bareDockerfile });
    }
    bareDockerfile = [];
  };
  for (let l = first; l <= last; l++) {
    if (role.has(l) || quotedLines.has(l)) { flushBare(); continue; }
    const full = at(l);
    const marker = (layout.contentColumn.get(l) ?? 1) - 1;
    const raw = ' '.repeat(marker) + full.slice(marker);
    const t = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    const labelled = labelledCommand(t);
    if (labelled && !HANGUL.test(labelled.text)) {
      flushBare();
      nodes.push({ kind: 'command', startLine: l, endLine: l, column: indent + labelled.offset + 1, text: labelled.text, after: '', inline: true });
      role.set(l, 'example');
      continue;
    }
    if (/^(sudo\s+)?docker\s+[a-z]/.test(t) && !HANGUL.test(t.replace(/\[[^\]]*\]/g, ''))) {
      flushBare();
      let end = l;
      while (at(end).trimEnd().endsWith('\\') && end < last) end++;
      const text = [t, ...range(l + 1, end).map((k) => at(k).trim())].join('\n');
      // A line of prose that is only a command's words (a list of `* docker start`, `* docker stop`) names the command, as
      // a quote in a sentence does: read it as one (see isFormMention).
      const namesCommand = end === l && /^(?:sudo\s+)?docker(?:\s+[a-z][a-z-]*){1,3}$/.test(t);
      nodes.push({ kind: 'command', startLine: l, endLine: end, column: indent + 1, text, after: '', inline: namesCommand });
      for (let k = l; k <= end; k++) role.set(k, 'example');
      l = end;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(t)?.[0] ?? '';
    if (leadingInstruction(t) && word === word.toUpperCase() && !HANGUL.test(t) && !DEFINITION.test(t)) {
      bareDockerfile.push({ line: l, column: indent + 1, text: t });
      role.set(l, 'example');
      continue;
    }
    flushBare();
  }
  flushBare();

  // Definitions: `NAME : text` up to the next definition or the end of the enclosing block.
  const definitionLines: number[] = [];
  for (let l = first; l <= last; l++) {
    if (role.has(l)) continue;
    if (DEFINITION.test(at(l))) definitionLines.push(l);
  }
  definitionLines.forEach((l, i) => {
    const enclosing = blocks.filter((b) => b.open < l && l < b.close).sort((a, b) => b.open - a.open)[0];
    let end = Math.min(definitionLines[i + 1] ? definitionLines[i + 1]! - 1 : last, enclosing ? enclosing.close - 1 : last);
    while (end > l && (at(end).trim() === '' || role.get(end) === 'skip')) end--;
    const m = DEFINITION.exec(at(l))!;
    const text = range(l, end).filter((k) => role.get(k) !== 'skip').map((k) => (lines[k - 1] ?? '').trim()).join('\n').trim();
    nodes.push({ kind: 'definition', name: m[1]!, startLine: l, endLine: end, text });
  });

  // Passages: runs of prose lines, split at definitions.
  const definitionStarts = new Set(definitionLines);
  let run: number[] = [];
  const flushRun = () => {
    if (run.length) {
      nodes.push({ kind: 'passage', startLine: run[0]!, endLine: run.at(-1)!, text: run.map((k) => (lines[k - 1] ?? '').trim()).join('\n') });
    }
    run = [];
  };
  for (let l = first; l <= last; l++) {
    const r = role.get(l);
    if (r || at(l).trim() === '') { flushRun(); continue; }
    if (definitionStarts.has(l) || layout.blockStarts.has(l)) flushRun();
    run.push(l);
  }
  flushRun();

  return nodes.sort((a, b) => a.startLine - b.startLine || (a.kind === 'passage' ? -1 : b.kind === 'passage' ? 1 : 0));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Pairs single quotes left to right; an unpaired quote opens a quote that runs to the next line holding one. A blank line cancels an open quote. */
function* scanQuotes(at: (line: number) => string, first: number, last: number, role: ReadonlyMap<number, LineRole>): Generator<Quote> {
  let open: { line: number; column: number; parts: string[]; leading: boolean } | undefined;
  for (let l = first; l <= last; l++) {
    if (role.has(l)) { open = undefined; continue; }
    const raw = at(l);
    if (open && raw.trim() === '') { open = undefined; continue; }
    let pos = 0;
    if (open) {
      const close = quoteAt(raw, 0);
      if (close < 0) { open.parts.push(raw); continue; }
      open.parts.push(raw.slice(0, close));
      const after = raw.slice(close + 1);
      yield { startLine: open.line, column: open.column, endLine: l, text: open.parts.join('\n'), after: after.trim(), wholeLines: open.leading && after.trim() === '' };
      open = undefined;
      pos = close + 1;
    }
    for (;;) {
      const start = quoteAt(raw, pos);
      if (start < 0) break;
      const close = quoteAt(raw, start + 1);
      if (close < 0) {
        open = { line: l, column: start + 2, parts: [raw.slice(start + 1)], leading: raw.slice(0, start).trim() === '' };
        break;
      }
      const after = raw.slice(close + 1);
      yield {
        startLine: l, column: start + 2, endLine: l, text: raw.slice(start + 1, close), after: after.trim(),
        wholeLines: raw.slice(0, start).trim() === '' && after.trim() === '',
      };
      pos = close + 1;
    }
  }
}

/** The next single quote from `from` that is not an apostrophe inside an English word (`don't`, `container's`). */
function quoteAt(raw: string, from: number): number {
  for (let i = raw.indexOf("'", from); i >= 0; i = raw.indexOf("'", i + 1)) {
    if (!(/[A-Za-z]/.test(raw[i - 1] ?? '') && /[A-Za-z]/.test(raw[i + 1] ?? ''))) return i;
  }
  return -1;
}

function classifyQuote(quote: Quote, at: (line: number) => string): NoteNode {
  const text = quote.text;
  const trimmed = text.trim();
  const base = { startLine: quote.startLine, endLine: quote.endLine };
  if (/^(sudo\s+)?docker(\s|$)/.test(trimmed)) {
    const words = trimmed.split(/\s+/);
    if (words.length > 2 && !/\[options\]/i.test(trimmed)) {
      const lead = text.length - text.trimStart().length;
      const line = at(quote.startLine);
      const inline = HANGUL.test(line.slice(0, Math.max(0, quote.column - 2))) || HANGUL.test(quote.after);
      const node: CommandNode = { kind: 'command', ...base, column: quote.column + lead, text: trimmed, after: quote.after, inline };
      return node;
    }
    return { kind: 'mention', ...base, column: quote.column, text: trimmed };
  }
  const opener = SHELL_OPENER.exec(trimmed);
  const body = opener ? trimmed.slice(opener[0].length) : trimmed;
  const firstWord = /^[A-Za-z]+/.exec(body)?.[0] ?? '';
  // `FROM` alone names the instruction; an instruction with arguments is a Dockerfile line.
  if (body && leadingInstruction(body) && firstWord === firstWord.toUpperCase() && /\s\S/.test(body.trim())) {
    return dockerfileFromQuote(quote, at);
  }
  if (/^[a-z][\w.+-]*\s+\S/.test(trimmed) || /^[A-Z_][A-Z0-9_]*=/.test(trimmed)) {
    return { kind: 'shell', ...base, column: quote.column, text: trimmed };
  }
  return { kind: 'mention', ...base, column: quote.column, text: trimmed };
}

/** Maps the lines inside a quote back to their notes lines, dropping an editor opener such as `vi Dockerfile`. */
function dockerfileFromQuote(quote: Quote, at: (line: number) => string): DockerfileNode {
  const parts = quote.text.split('\n');
  const lines: SnippetLine[] = [];
  parts.forEach((part, i) => {
    const line = quote.startLine + i;
    const t = part.trim();
    if (!t || (lines.length === 0 && SHELL_OPENER.test(t))) return;
    const offset = i === 0 ? quote.column - 1 + (part.length - part.trimStart().length) : at(line).length - at(line).trimStart().length;
    lines.push({ line, column: offset + 1, text: t });
  });
  return { kind: 'dockerfile', startLine: lines[0]?.line ?? quote.startLine, endLine: lines.at(-1)?.line ?? quote.endLine, lines };
}

/** Lines of the section with their inline code spans blanked out, so quotes and bare lines are looked for in prose only. */
function maskInlineCode(lines: readonly string[], layout: MarkdownLayout, first: number, last: number): Map<number, string> {
  const masked = new Map<number, string>();
  for (const span of layout.inlineCode) {
    if (span.line < first || span.line > last) continue;
    const line = masked.get(span.line) ?? lines[span.line - 1] ?? '';
    masked.set(span.line, line.slice(0, span.from) + ' '.repeat(span.to - span.from) + line.slice(span.to));
  }
  return masked;
}
