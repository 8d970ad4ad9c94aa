/**
 * Finds the nodes of one section: prose passages, `NAME :` definitions, quoted and bare docker
 * command lines, Dockerfile snippets (in `[ … ]` / `{ … }` blocks, in quotes, or on a line of their
 * own), other shell commands, and quoted mentions. Fences and tables are passed over.
 */
import { leadingInstruction } from '../dockerfile/instruction-names.js';
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
export function parseSectionNodes(lines: readonly string[], section: RawSection): NoteNode[] {
  const first = section.level === 0 ? section.startLine : section.startLine + 1;
  const last = section.endLine;
  const at = (line: number) => lines[line - 1] ?? '';
  const role = new Map<number, LineRole>();
  const nodes: NoteNode[] = [];
  const blocks: { open: number; close: number }[] = [];

  // Fences, tables and bracket blocks.
  const stack: number[] = [];
  for (let l = first; l <= last; l++) {
    const t = at(l).trim();
    if (/^```/.test(t) || /^<\/?pre>$/i.test(t)) { role.set(l, 'skip'); continue; }
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
    const raw = at(l);
    const t = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (/^(sudo\s+)?docker\s+[a-z]/.test(t) && !HANGUL.test(t.replace(/\[[^\]]*\]/g, ''))) {
      flushBare();
      let end = l;
      while (at(end).trimEnd().endsWith('\\') && end < last) end++;
      const text = [t, ...range(l + 1, end).map((k) => at(k).trim())].join('\n');
      nodes.push({ kind: 'command', startLine: l, endLine: end, column: indent + 1, text, after: '', inline: false });
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
    const text = range(l, end).filter((k) => role.get(k) !== 'skip').map((k) => at(k).trim()).join('\n').trim();
    nodes.push({ kind: 'definition', name: m[1]!, startLine: l, endLine: end, text });
  });

  // Passages: runs of prose lines, split at definitions.
  const definitionStarts = new Set(definitionLines);
  let run: number[] = [];
  const flushRun = () => {
    if (run.length) {
      nodes.push({ kind: 'passage', startLine: run[0]!, endLine: run.at(-1)!, text: run.map((k) => at(k).trim()).join('\n') });
    }
    run = [];
  };
  for (let l = first; l <= last; l++) {
    const r = role.get(l);
    if (r || at(l).trim() === '') { flushRun(); continue; }
    if (definitionStarts.has(l)) flushRun();
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

/** A block is a Dockerfile when it starts with an instruction and most lines are instructions or continuations. */
function looksLikeDockerfile(texts: readonly string[]): boolean {
  const code = texts.filter((t) => !t.startsWith('#'));
  const isInstruction = (t: string) => leadingInstruction(t) !== undefined && !DEFINITION.test(t);
  if (!code.length || !isInstruction(code[0]!)) return false;
  let hits = 0;
  code.forEach((t, i) => {
    if (isInstruction(t) || (i > 0 && code[i - 1]!.endsWith('\\'))) hits++;
  });
  return hits / code.length >= 0.6 && !code.some((t) => HANGUL.test(t) && !t.startsWith('#') && !/["'].*\p{Script=Hangul}.*["']/u.test(t) && !leadingInstruction(t));
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
      const close = raw.indexOf("'");
      if (close < 0) { open.parts.push(raw); continue; }
      open.parts.push(raw.slice(0, close));
      const after = raw.slice(close + 1);
      yield { startLine: open.line, column: open.column, endLine: l, text: open.parts.join('\n'), after: after.trim(), wholeLines: open.leading && after.trim() === '' };
      open = undefined;
      pos = close + 1;
    }
    for (;;) {
      const start = raw.indexOf("'", pos);
      if (start < 0) break;
      const close = raw.indexOf("'", start + 1);
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
  if (body && leadingInstruction(body) && firstWord === firstWord.toUpperCase()) {
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
