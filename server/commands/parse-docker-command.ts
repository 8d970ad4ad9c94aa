/**
 * Parses one simple docker command (words from the shell tokenizer) the way the docker CLI does:
 * global options, the command by any spelling, `--flag=value` / `--flag value`, grouped short flags
 * (`-itd`), attached short values (`-p8080:80`), `--`, and for run/create the end of docker's options
 * at the image. Every token gets a role; every mistake becomes a problem with a suggestion.
 */
import type { ArgumentSpec, CommandSpec, OptionSpec } from '../../data/catalog/types.js';
import type { WordToken } from '../shell/tokenize-shell.js';
import { didYouMean } from '../text/did-you-mean.js';
import type { CommandIndex } from './command-index.js';
import { checkOptionValue } from './option-values.js';

/** A span of the input: `[start, end)` offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ParsedOption {
  /** The option, or undefined when it is not known. */
  readonly spec: OptionSpec | undefined;
  /** The flag as written (`-p`, `--restart`), possibly one letter of a group. */
  readonly flag: string;
  readonly flagSpan: Span;
  readonly value?: { readonly text: string; readonly span: Span };
  readonly scope: 'global' | 'command';
}

export interface ParsedArgument {
  readonly token: WordToken;
  /** The usage argument it fills; undefined for surplus arguments. */
  readonly spec: ArgumentSpec | undefined;
  /** True after run/create's image: the container's command and its arguments. */
  readonly isContainerCommand: boolean;
}

/** A mistake in the command line, and how to put it right. */
export interface CommandProblem extends Span {
  readonly code: 'unknown-command' | 'unknown-option' | 'missing-value' | 'invalid-value' | 'missing-argument' | 'extra-argument';
  readonly message: string;
  /** A replacement for `[start, end)` that fixes it; for a missing argument, text to insert at `start`. */
  readonly fix?: { readonly start: number; readonly end: number; readonly text: string };
}

export interface ParsedDockerCommand {
  readonly program: WordToken;
  readonly command?: { readonly spec: CommandSpec; readonly tokens: readonly WordToken[] };
  readonly options: readonly ParsedOption[];
  readonly args: readonly ParsedArgument[];
  readonly problems: readonly CommandProblem[];
}

/** Commands whose flags end at the first positional argument (the image). */
const STOPS_AT_FIRST_ARGUMENT = new Set(['run', 'create']);

/** True when the words start a docker invocation (`docker …` or `sudo docker …`). */
export function isDockerInvocation(words: readonly WordToken[]): boolean {
  const first = words[0]?.value === 'sudo' ? words[1] : words[0];
  return first?.value === 'docker';
}

/** Parses `docker …` words; `words[0]` is `docker` (or `sudo`, followed by `docker`). */
export function parseDockerCommand(input: readonly WordToken[], index: CommandIndex): ParsedDockerCommand {
  const words = input[0]?.value === 'sudo' ? input.slice(1) : input;
  const program = words[0]!;
  const options: ParsedOption[] = [];
  const args: ParsedArgument[] = [];
  const problems: CommandProblem[] = [];
  let i = 1;

  // Global options, before the command.
  while (i < words.length && words[i]!.value.startsWith('-') && words[i]!.value !== '-') {
    i = readFlag(words, i, index.global, 'global', index, options, problems);
  }

  const rest = words.slice(i).map((w) => w.value);
  const resolved = index.resolve(rest);
  if (!resolved) {
    const word = words[i];
    if (word) {
      const two = words[i + 1] ? `${word.value} ${words[i + 1]!.value}` : word.value;
      const guess = didYouMean(two, index.spellings) ?? didYouMean(word.value, index.spellings);
      problems.push({
        code: 'unknown-command', start: word.start, end: word.end,
        message: `\`docker ${word.value}\` is not a command dref knows`,
        ...(guess ? { fix: { start: word.start, end: (guess.includes(' ') && words[i + 1] ? words[i + 1]!.end : word.end), text: guess } } : {}),
      });
    } else {
      problems.push({ code: 'missing-argument', start: program.end, end: program.end, message: 'docker needs a command, e.g. `docker run`' });
    }
    return { program, options, args, problems };
  }
  const spec = resolved.spec;
  const commandTokens = words.slice(i, i + resolved.length);
  i += resolved.length;

  const stopsAtArgument = STOPS_AT_FIRST_ARGUMENT.has(spec.name);
  let optionsEnded = false;
  while (i < words.length) {
    const word = words[i]!;
    const v = word.value;
    if (!optionsEnded && v === '--') { optionsEnded = true; i++; continue; }
    if (!optionsEnded && v.startsWith('-') && v !== '-' && !/^-\d/.test(v)) {
      i = readFlag(words, i, spec, 'command', index, options, problems);
      continue;
    }
    args.push({ token: word, spec: undefined, isContainerCommand: false });
    if (stopsAtArgument) optionsEnded = true;
    i++;
  }

  const placed = placeArguments(spec, args, words.at(-1)!, problems);
  return { program, command: { spec, tokens: commandTokens }, options, args: placed, problems };
}

/** Reads the flag (or flag group) at `words[i]`; returns the index of the next unread word. */
function readFlag(
  words: readonly WordToken[], i: number, spec: CommandSpec, scope: 'global' | 'command',
  index: CommandIndex, options: ParsedOption[], problems: CommandProblem[],
): number {
  const word = words[i]!;
  const v = word.value;
  const offset = word.raw === v ? 0 : Math.max(0, word.raw.indexOf(v.slice(0, 2)));
  const base = word.start + offset;
  if (v.startsWith('--')) {
    const eq = v.indexOf('=');
    const flag = eq >= 0 ? v.slice(0, eq) : v;
    const option = index.findOption(spec, flag);
    const flagSpan = { start: base, end: base + flag.length };
    if (!option) {
      const guess = reportUnknown(flag, flagSpan, spec, problems);
      // `--restrat always`: when the flag it was meant to be takes a value, the next word is that value.
      const next = words[i + 1];
      if (eq < 0 && guess && guess.type !== 'bool' && next && !next.value.startsWith('-')) {
        options.push({ spec: undefined, flag, flagSpan, value: { text: next.value, span: { start: next.start, end: next.end } }, scope });
        return i + 2;
      }
      options.push({ spec: undefined, flag, flagSpan, ...(eq >= 0 ? { value: { text: v.slice(eq + 1), span: { start: base + eq + 1, end: word.end } } } : {}), scope });
      return i + 1;
    }
    if (eq >= 0) {
      const text = v.slice(eq + 1);
      const span = { start: base + eq + 1, end: word.end };
      options.push({ spec: option, flag, flagSpan, value: { text, span }, scope });
      checkValue(option, text, span, problems);
      return i + 1;
    }
    if (option.type === 'bool') {
      options.push({ spec: option, flag, flagSpan, scope });
      return i + 1;
    }
    const next = words[i + 1];
    if (!next) {
      problems.push({ code: 'missing-value', ...flagSpan, message: `${flag} needs a value (${option.type})` });
      options.push({ spec: option, flag, flagSpan, scope });
      return i + 1;
    }
    const span = { start: next.start, end: next.end };
    options.push({ spec: option, flag, flagSpan, value: { text: next.value, span }, scope });
    checkValue(option, next.value, span, problems);
    return i + 2;
  }
  // Short flags: one or more letters after a single dash.
  for (let k = 1; k < v.length; k++) {
    const flag = `-${v[k]}`;
    const flagSpan = { start: base + k - 1, end: base + k + 1 };
    const option = index.findOption(spec, flag);
    if (!option) {
      const span = { start: k === 1 ? base : base + k, end: base + k + 1 };
      reportUnknown(flag, span, spec, problems);
      options.push({ spec: undefined, flag, flagSpan: span, scope });
      continue;
    }
    if (option.type === 'bool') {
      options.push({ spec: option, flag, flagSpan: k === 1 ? flagSpan : { start: base + k, end: base + k + 1 }, scope });
      continue;
    }
    const attached = v.slice(k + 1).replace(/^=/, '');
    const span1 = k === 1 ? flagSpan : { start: base + k, end: base + k + 1 };
    if (attached) {
      const span = { start: word.end - attached.length, end: word.end };
      options.push({ spec: option, flag, flagSpan: span1, value: { text: attached, span }, scope });
      checkValue(option, attached, span, problems);
      return i + 1;
    }
    const next = words[i + 1];
    if (!next) {
      problems.push({ code: 'missing-value', ...span1, message: `${flag} needs a value (${option.type})` });
      options.push({ spec: option, flag, flagSpan: span1, scope });
      return i + 1;
    }
    const span = { start: next.start, end: next.end };
    options.push({ spec: option, flag, flagSpan: span1, value: { text: next.value, span }, scope });
    checkValue(option, next.value, span, problems);
    return i + 2;
  }
  return i + 1;
}

/** Reports an unknown flag; returns the option it was probably meant to be. */
function reportUnknown(flag: string, span: Span, spec: CommandSpec, problems: CommandProblem[]): OptionSpec | undefined {
  const names = spec.options.flatMap((o) => (flag.startsWith('--') ? [o.long] : o.short ? [o.short] : []));
  const guess = flag.startsWith('--') ? didYouMean(flag, names) : undefined;
  const where = spec.scope === 'global' ? 'docker' : `docker ${spec.name}`;
  problems.push({
    code: 'unknown-option', ...span,
    message: `${where} has no option ${flag}${guess ? `; did you mean ${guess}?` : ''}`,
    ...(guess ? { fix: { ...span, text: guess } } : {}),
  });
  return guess ? spec.options.find((o) => o.long === guess) : undefined;
}

function checkValue(option: OptionSpec, value: string, span: Span, problems: CommandProblem[]): void {
  const problem = checkOptionValue(option, value);
  if (!problem) return;
  problems.push({
    code: 'invalid-value', ...span, message: problem.message,
    ...(problem.suggestion ? { fix: { ...span, text: problem.suggestion } } : {}),
  });
}

/** Matches positional words to the usage's arguments and reports missing or surplus ones. */
function placeArguments(
  spec: CommandSpec, args: readonly ParsedArgument[], lastWord: WordToken, problems: CommandProblem[],
): ParsedArgument[] {
  const placed: ParsedArgument[] = [];
  let a = 0;
  let sawImage = false;
  for (const arg of args) {
    const argSpec = spec.args[Math.min(a, spec.args.length - 1)];
    const fits = argSpec && (a < spec.args.length || argSpec.repeatable);
    const isContainerCommand = STOPS_AT_FIRST_ARGUMENT.has(spec.name) && sawImage;
    placed.push({ token: arg.token, spec: fits ? argSpec : undefined, isContainerCommand });
    if (argSpec?.role === 'image') sawImage = true;
    if (!fits) {
      problems.push({
        code: 'extra-argument', start: arg.token.start, end: arg.token.end,
        message: `docker ${spec.name} takes ${describeArity(spec.args)}; \`${arg.token.value}\` is one too many (usage: ${spec.usage})`,
      });
    }
    if (a < spec.args.length - 1 || !argSpec?.repeatable) a++;
  }
  const required = spec.args.filter((s) => s.required);
  const filled = new Set(placed.map((p) => p.spec));
  for (const need of required) {
    if (filled.has(need)) continue;
    const at = lastWord.end;
    problems.push({
      code: 'missing-argument', start: at, end: at,
      message: `docker ${spec.name} needs ${need.name} (usage: ${spec.usage})`,
      fix: { start: at, end: at, text: ` ${placeholderFor(need)}` },
    });
  }
  return placed;
}

function describeArity(args: readonly ArgumentSpec[]): string {
  if (!args.length) return 'no arguments';
  return args.map((a) => `${a.required ? '' : 'optional '}${a.name}${a.repeatable ? '…' : ''}`).join(', ');
}

/** What to write for a missing argument: `.` for a build context, else the usage's name. */
function placeholderFor(arg: ArgumentSpec): string {
  if (arg.role === 'path') return '.';
  return `<${arg.name.replace(/\[.*$/, '').toLowerCase()}>`;
}
