/** Checks every docker command line in the notes against the catalog: commands, flags, values, arguments. */
import type { CommandNode } from '../notes/types.js';
import type { CommandProblem } from '../commands/parse-docker-command.js';
import type { NoteExample } from '../ingest/link-notes.js';
import { commandId } from '../ingest/catalog-entries.js';
import { parseCommandText } from '../ingest/link-notes.js';
import { isUsageTemplate } from './usage-template.js';
import { excerptAt, say, type ErratumRecord, type NotesCheck, type NotesCheckContext } from './types.js';

const HANGUL = /\p{Script=Hangul}/u;

export const commandLinesCheck: NotesCheck = {
  id: 'command',
  check(context) {
    const errata: ErratumRecord[] = [];
    for (const example of context.examples) {
      if (example.kind !== 'command' || example.node.kind !== 'command') continue;
      const node = example.node;
      // A usage template's arguments are names of arguments; its flags are still flags.
      const template = isUsageTemplate(node.text);
      // A transcript's `> ` continuation prompts are the shell's, not redirections: read the command without them.
      const typed = withoutContinuationPrompts(node.text);
      const commands = typed === node.text ? example.commands : parseCommandText(typed, context.index, context.lang);
      for (const parsed of commands) {
        for (const found of parsed.problems) {
          const problem = splitByASpace(context, node.text, found) ?? found;
          // A template's arguments are names, but a word split by a space (`<repo_url> /<name>`) is wrong whatever it names.
          if (template && problem.code !== 'unknown-option' && problem === found) continue;
          errata.push(toErratum(context, example, node, problem, parsed.command ? commandId(parsed.command.spec) : undefined));
        }
      }
    }
    return errata;
  },
};

/**
 * An argument one too many that starts with `/` or `:` right after a word and a space (`docker tag <image_id> <repo_url>
 * /<name>:<version>`, `docker pull nginx :latest`): no name or reference starts so, so it is the end of the word before,
 * split from it by the space. The fix joins them.
 */
function splitByASpace(context: NotesCheckContext, text: string, problem: CommandProblem): CommandProblem | undefined {
  if (problem.code !== 'extra-argument' || !/^[/:][\w<]/.test(text.slice(problem.start))) return undefined;
  const before = /\S( +)$/.exec(text.slice(0, problem.start));
  if (!before) return undefined;
  const word = text.slice(problem.start, problem.end);
  const start = problem.start - before[1]!.length;
  const joined = /\S+$/.exec(text.slice(0, start))![0] + word;
  return {
    ...problem, start, fix: { start, end: problem.start, text: '' },
    message: say(context.lang, `\`${word}\` 앞의 공백이 \`${joined}\`를 두 인자로 나눕니다(공백을 지우세요)`,
      `the space before \`${word}\` splits \`${joined}\` into two arguments (remove the space)`),
  };
}

function toErratum(context: NotesCheckContext, example: NoteExample, node: CommandNode, problem: CommandProblem, entryId: string | undefined): ErratumRecord {
  const { line, column } = position(context, node, problem.start);
  let message = problem.message;
  let fixed = applyFix(node.text, problem);
  if (problem.code === 'missing-argument' && node.after && !HANGUL.test(node.after)) {
    message = say(context.lang, `따옴표가 \`${node.after}\` 앞에서 닫혀 명령에 그 부분이 빠졌습니다: ${problem.message}`,
      `the quote closes before \`${node.after}\`, so the command lacks it: ${problem.message}`);
    fixed = `${node.text} ${node.after}`;
  }
  return {
    file: context.doc.file, line, column, rule: `command/${problem.code}`, severity: 'error', message,
    suggestion: oneLine(fixed), excerpt: excerptAt(context.doc, line), section: example.section, example,
    ...(entryId ? { entryId } : {}),
  };
}

/** The notes line and column of an offset in the command's text (which joins its lines with \n). */
function position(context: NotesCheckContext, node: CommandNode, offset: number): { line: number; column: number } {
  const before = node.text.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: node.startLine, column: node.column + offset };
  const line = node.startLine + newlines;
  const raw = context.doc.lines[line - 1] ?? '';
  const indent = raw.length - raw.trimStart().length;
  return { line, column: indent + 1 + (offset - before.lastIndexOf('\n') - 1) };
}

function applyFix(text: string, problem: CommandProblem): string {
  if (!problem.fix) return text;
  return text.slice(0, problem.fix.start) + problem.fix.text + text.slice(problem.fix.end);
}

/** Collapses `\` continuations so the suggestion reads as one command line. */
function oneLine(text: string): string {
  return text.replace(/\s*\\\n\s*/g, ' ').replace(/\n\s*/g, ' ').trim();
}

/**
 * A shell transcript shows `> ` (the shell's PS2 prompt) at the start of each line a `\` continues:
 * `docker run \` / `> --volume=/:/rootfs:ro \` / `> gcr.io/cadvisor/cadvisor`. When every continued
 * line starts so (and a lone one goes on with an option, which no file to redirect to is named),
 * the prompts are blanked out, keeping every offset; otherwise the text is returned as it is.
 */
export function withoutContinuationPrompts(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  for (let i = 1; i < lines.length; i++) {
    if (!/\\\s*$/.test(lines[i - 1]!) || !/^\s*> /.test(lines[i]!)) return text;
  }
  if (lines.length === 2 && !/^\s*> +-/.test(lines[1]!)) return text;
  return lines.map((l, i) => (i === 0 ? l : l.replace(/^(\s*)> /, '$1  '))).join('\n');
}
