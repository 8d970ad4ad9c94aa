/**
 * Reads a code block as what it holds: a Dockerfile, docker command lines (after shell prompts,
 * joined across `\` continuations), or other code that is only kept for search. A block of prose
 * (the dialect boxes its prose in fences) is handed back to the prose reader instead.
 */
import { leadingInstruction } from '../dockerfile/instruction-names.js';
import { labelledCommand } from './labelled-command.js';
import type { CodeBlock } from './markdown-layout.js';
import type { NoteNode, SnippetLine } from './types.js';

const HANGUL = /\p{Script=Hangul}/u;
const DEFINITION = /^\s*(?:\*\s*)?([A-Z][A-Z_]+)\s*:(?!\/)\s*(.*)$/;
/** `$ `, `# ` after a host name, `PS> `, `user@host:~$ `: what a terminal shows before the command. */
const PROMPT = /^(?:\$|>|PS>|[\w.-]+@[\w.-]+(?::[^\s$#]*)?[$#]|\[[^\]]+\][$#])\s+/;
const DOCKER_LINE = /^(?:sudo\s+)?docker(?:-compose)?\s+[a-z-]/;
const DOCKERFILE_LANGS = new Set(['dockerfile', 'containerfile']);

/** A line of Korean prose: Hangul outside quotes and code, not a comment or an instruction. */
function isProseLine(raw: string): boolean {
  const t = raw.trim();
  if (!t || t.startsWith('#') || t.startsWith('//') || leadingInstruction(t) || DOCKER_LINE.test(t)) return false;
  const outside = t.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '');
  return HANGUL.test(outside) && /\s/.test(outside.trim());
}

/** A code block whose lines are mostly sentences is prose the author boxed, not code. */
export function isProseBlock(raws: readonly string[]): boolean {
  const filled = raws.filter((r) => r.trim() !== '');
  if (!filled.length) return false;
  const prose = filled.filter(isProseLine).length;
  return prose >= 1 && prose / filled.length >= 0.4;
}

/** A block is a Dockerfile when it starts with an instruction and most lines are instructions or continuations. */
export function looksLikeDockerfile(texts: readonly string[]): boolean {
  const code = texts.filter((t) => !t.startsWith('#'));
  const isInstruction = (t: string) => leadingInstruction(t) !== undefined && !DEFINITION.test(t);
  if (!code.length || !isInstruction(code[0]!)) return false;
  let hits = 0;
  code.forEach((t, i) => {
    if (isInstruction(t) || (i > 0 && code[i - 1]!.endsWith('\\'))) hits++;
  });
  return hits / code.length >= 0.6 && !code.some((t) => HANGUL.test(t) && !t.startsWith('#') && !/["'].*\p{Script=Hangul}.*["']/u.test(t) && !leadingInstruction(t));
}

/** The nodes a code block holds, with a passage of its text so search finds it. */
export function codeBlockNodes(block: CodeBlock, content: readonly { readonly line: number; readonly raw: string }[]): NoteNode[] {
  const filled = content.filter((c) => c.raw.trim() !== '');
  if (!filled.length) return [];
  const nodes: NoteNode[] = [{
    kind: 'passage', isCode: true, startLine: filled[0]!.line, endLine: filled.at(-1)!.line,
    text: filled.map((c) => c.raw.trimEnd()).join('\n'),
  }];
  const snippet: SnippetLine[] = filled.map((c) => ({ line: c.line, column: c.raw.length - c.raw.trimStart().length + 1, text: c.raw.trim() }));
  const texts = snippet.map((s) => s.text);
  const firstCode = texts.find((t) => !t.startsWith('#'));
  if (looksLikeDockerfile(texts) || (DOCKERFILE_LANGS.has(block.lang) && firstCode !== undefined && leadingInstruction(firstCode))) {
    nodes.push({ kind: 'dockerfile', startLine: snippet[0]!.line, endLine: snippet.at(-1)!.line, lines: snippet });
    return nodes;
  }
  if (DOCKERFILE_LANGS.has(block.lang) || ['yaml', 'yml', 'json', 'toml', 'xml', 'html', 'text', 'txt', 'log', 'output'].includes(block.lang)) return nodes;
  for (let i = 0; i < content.length; i++) {
    const raw = content[i]!.raw;
    const indent = raw.length - raw.trimStart().length;
    const prompt = PROMPT.exec(raw.trimStart())?.[0] ?? '';
    const t = raw.trim().slice(prompt.length).trimStart();
    if (!DOCKER_LINE.test(t)) {
      // Notes indented into a code block by tabs (`\t• docker tag …`, `- For ex: docker run …`): a command after its bullet or label.
      const labelled = prompt ? undefined : labelledCommand(t.replace(/^[-*+]\s+/, ''));
      const marker = t.length - t.replace(/^[-*+]\s+/, '').length;
      if (labelled) nodes.push({ kind: 'command', startLine: content[i]!.line, endLine: content[i]!.line, column: indent + marker + labelled.offset + 1, text: labelled.text, after: '', inline: true });
      continue;
    }
    const parts = [t];
    let end = i;
    while (content[end]!.raw.trimEnd().endsWith('\\') && end + 1 < content.length) {
      end++;
      parts.push(content[end]!.raw.trim());
    }
    nodes.push({ kind: 'command', startLine: content[i]!.line, endLine: content[end]!.line, column: indent + prompt.length + 1, text: parts.join('\n'), after: '', inline: false });
    i = end;
  }
  return nodes;
}
