/**
 * Explains one Dockerfile instruction line (`HEALTHCHECK --interval=1m CMD curl -f http://localhost || exit 1`):
 * the instruction, each flag with its meaning, the arguments, the command part of HEALTHCHECK/ONBUILD,
 * and whether it is written in shell or exec (JSON) form. Problems come from the Dockerfile validator.
 */
import { DockerfileParser } from '../dockerfile/dockerfile-libraries.js';
import { flagsOf } from '../dockerfile/instruction-flags.js';
import { validatorMessageIn } from '../dockerfile/validator-messages.js';
import { isInstructionName } from '../dockerfile/instruction-names.js';
import { describeFlagValue } from './describe-value.js';
import { DrefError } from '../errors.js';
import { catalogContext, entryRef, type CatalogContext, type EntryRef } from '../knowledge/catalog-context.js';
import { checkSnippet } from '../verify/dockerfile-snippets.js';
import { MAX_LINE_LENGTH, type ExplainProblem } from './explain-command-line.js';
import { problemMessage, type MessageLang } from '../text/problem-messages.js';

export type DockerfileTokenRole = 'instruction' | 'flag' | 'flag value' | 'argument' | 'container command';

export interface DockerfileToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly role: DockerfileTokenRole;
  readonly entry: EntryRef | null;
  /** For flags: what the flag does, from the catalog. */
  readonly meaning?: { readonly ko: string; readonly en: string };
}

export interface DockerfileLineExplanation {
  readonly instruction: string | null;
  /** shell: run by /bin/sh -c; exec: a JSON array run directly; plain: neither applies. */
  readonly form: 'shell' | 'exec' | 'plain' | null;
  readonly tokens: readonly DockerfileToken[];
  readonly problems: readonly ExplainProblem[];
}

/** Instructions whose arguments are a command that runs in a shell or directly. */
const COMMAND_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);

/** Explains one Dockerfile instruction line; its problems are written in `lang` (where the validator's own words allow). */
export function explainDockerfileLine(line: string, context: CatalogContext = catalogContext(), lang: MessageLang = 'en'): DockerfileLineExplanation {
  if (line.length > MAX_LINE_LENGTH) throw new DrefError('BAD_INPUT', problemMessage(lang, 'input.instructionTooLong', { length: line.length, limit: MAX_LINE_LENGTH }));
  if (line.includes('\n') && !/\\\n/.test(line)) throw new DrefError('BAD_INPUT', problemMessage(lang, 'input.oneInstruction'), problemMessage(lang, 'input.oneInstructionHint'));
  const problems: ExplainProblem[] = checkSnippet([line], lang).map((f) => ({
    start: f.character, end: line.length, message: validatorMessageIn(lang, f.code, f.message), suggestion: /^(use|see|keep) /.test(f.suggestion) ? null : f.suggestion,
  }));
  const instruction = DockerfileParser.parse(line).getInstructions()[0];
  if (!instruction) return { instruction: null, form: null, tokens: [], problems };
  const keyword = instruction.getKeyword();
  const spec = context.catalog.instructions.find((i) => i.name === keyword);
  const tokens: DockerfileToken[] = [];
  const offsetOf = offsets(line);
  const range = instruction.getInstructionRange();
  tokens.push({
    text: instruction.getInstruction(), start: offsetOf(range.start), end: offsetOf(range.end), role: 'instruction',
    entry: isInstructionName(keyword) ? entryRef(context, `instruction:${keyword}`) : null,
  });
  const flags = flagsOf(instruction);
  for (const flag of flags) {
    const flagSpec = spec?.flags.find((f) => f.name.replace(/^--/, '') === flag.getName());
    const meaning = flagSpec?.summary;
    const nameRange = flag.getNameRange();
    tokens.push({ text: `--${flag.getName()}`, start: offsetOf(nameRange.start) - 2, end: offsetOf(nameRange.end), role: 'flag', entry: entryRef(context, `instruction:${keyword}`), ...(meaning ? { meaning } : {}) });
    const valueRange = flag.getValueRange();
    if (valueRange) {
      const valueMeaning = (flagSpec && describeFlagValue(flag.getName(), flagSpec.value, flag.getValue() ?? '')) ?? meaning;
      tokens.push({ text: flag.getValue() ?? '', start: offsetOf(valueRange.start), end: offsetOf(valueRange.end), role: 'flag value', entry: entryRef(context, `instruction:${keyword}`), ...(valueMeaning ? { meaning: valueMeaning } : {}) });
    }
  }
  const flagEnd = Math.max(0, ...tokens.filter((t) => t.role !== 'instruction').map((t) => t.end));
  let commandFollows = COMMAND_INSTRUCTIONS.has(keyword);
  const argsFrom = flagEnd || offsetOf(range.end);
  let form: DockerfileLineExplanation['form'] = commandFollows ? formOf(line, argsFrom)
    : spec?.forms.some((f) => f.name === 'exec') && formOf(line, argsFrom) === 'exec' ? 'exec' : 'plain';
  for (const arg of instruction.getArguments()) {
    const start = offsetOf(arg.getRange().start);
    const end = offsetOf(arg.getRange().end);
    if (start < flagEnd) continue;
    const value = arg.getValue();
    if (!commandFollows && (keyword === 'HEALTHCHECK' || keyword === 'ONBUILD') && isInstructionName(value)) {
      tokens.push({ text: value, start, end, role: 'instruction', entry: entryRef(context, `instruction:${value.toUpperCase()}`) });
      commandFollows = keyword === 'HEALTHCHECK' || COMMAND_INSTRUCTIONS.has(value.toUpperCase());
      form = formOf(line, end);
      continue;
    }
    tokens.push({ text: line.slice(start, end), start, end, role: commandFollows ? 'container command' : 'argument', entry: null });
  }
  return { instruction: isInstructionName(keyword) ? keyword : null, form: isInstructionName(keyword) ? form : null, tokens, problems };
}

/** exec when what follows `from` starts with a JSON array, else shell. */
function formOf(line: string, from: number): 'shell' | 'exec' {
  return /^\s*\[/.test(line.slice(from)) ? 'exec' : 'shell';
}

/** Converts {line, character} positions of the parser into offsets in the input. */
function offsets(text: string): (p: { line: number; character: number }) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (p) => (starts[p.line] ?? 0) + p.character;
}

