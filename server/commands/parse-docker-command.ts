/**
 * Parses one simple docker command (words from the shell tokenizer) the way the docker CLI does:
 * global options, the command by any spelling, `--flag=value` / `--flag value`, grouped short flags
 * (`-itd`), attached short values (`-p8080:80`), `--`, and for run/create the end of docker's options
 * at the image. Every token gets a role; every mistake becomes a problem with a suggestion.
 */
import type { ArgumentSpec, CommandSpec, OptionSpec } from '../../data/catalog/types.js';
import type { WordToken } from '../shell/tokenize-shell.js';
import { checkImageName } from './image-name-check.js';
import { safeSuggestion, UNDESCRIBED_COMMANDS } from './safe-suggestion.js';
import type { CommandIndex } from './command-index.js';
import { checkOptionValue } from './option-values.js';
import { optionConflicts } from './option-conflicts.js';
import { problemMessage, type MessageLang } from '../text/problem-messages.js';

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
  /** The command whose entry the option belongs to (a plugin's root for a lent option, `--help`'s command). */
  readonly owner?: CommandSpec;
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
  /** `info` for what is not a mistake but cannot be explained (a plugin dref does not describe); default error. */
  readonly severity?: 'info';
  /** A replacement for `[start, end)` that fixes it; for a missing argument, text to insert at `start`. */
  readonly fix?: { readonly start: number; readonly end: number; readonly text: string };
}

export interface ParsedDockerCommand {
  readonly program: WordToken;
  readonly command?: { readonly spec: CommandSpec; readonly tokens: readonly WordToken[] };
  readonly options: readonly ParsedOption[];
  readonly args: readonly ParsedArgument[];
  /** Words that stand for the command's options, as usages and cheat sheets write them (`[OPTIONS]`, `<options>`). */
  readonly optionSlots?: readonly WordToken[];
  /**
   * Words before the command that are wholly a command substitution (`docker $(docker-machine config host1) ps`): they
   * expand to global options the line does not show.
   */
  readonly globalSubstitutions?: readonly WordToken[];
  readonly problems: readonly CommandProblem[];
}

/** A word that is one command substitution and nothing else: `$(…)` or `` `…` ``. */
function isWholeSubstitution(word: WordToken): boolean {
  return word.substitutions.length === 1 && (/^\$\([\s\S]*\)$/.test(word.raw) || /^`[^`]*`$/.test(word.raw));
}

/** `[OPTIONS]`, `<options>`, `[flags...]`: a place for options in a usage or a cheat sheet's line, not an argument. */
const OPTIONS_SLOT = /^(?:\[(?:options?|opts|flags?)(?:\.\.\.|…)?\]|<(?:options?|opts|flags?)>)(?:\.\.\.|…)?$/i;

/** `COMMAND`, `SUBCOMMAND`, `<command>`: the place of a group's subcommand in a usage. */
const SUBCOMMAND_SLOT = /^(?:(?:SUB)?COMMAND|\[(?:SUB)?COMMAND\]|<(?:sub)?command>)$/;

/**
 * Words that may stand before `docker` on a line: `sudo [-E]`, `env`, `time`, `nohup`, `VAR=value`, and `xargs`, which
 * runs docker with the words it reads (`docker ps -q | xargs docker rm`).
 */
const PREFIX_PROGRAMS = new Set(['sudo', 'env', 'time', 'nohup', 'command', 'exec', 'xargs']);
/** The prefixes' options that take a value (`sudo -u admin`, `xargs -n 1`, `xargs -I {}`). */
const PREFIX_VALUE_OPTIONS: Readonly<Record<string, RegExp>> = { sudo: /^-[ugCDhpr]$/, env: /^-[uC]$/, xargs: /^-[nIPLdaEs]$/ };
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** The programs dref reads: `docker`, and Compose v1's `docker-compose` (the old spelling of `docker compose`). */
const PROGRAMS = new Set(['docker', 'docker-compose']);

/** `--help`, which every command takes. */
export const HELP_OPTION: OptionSpec = {
  long: '--help', type: 'bool', repeatable: false,
  summary: { ko: '이 명령의 사용법과 옵션 목록 출력', en: "Print this command's usage and options" },
  keywords: { ko: ['도움말'], en: ['help'] },
};

/** Index of the `docker` word after prefixes (`sudo -E`, `DOCKER_BUILDKIT=1`, `env`), or -1 when the words are no docker invocation. */
export function dockerProgramIndex(words: readonly WordToken[]): number {
  let prefix: string | undefined;
  for (let i = 0; i < words.length;) {
    const v = words[i]!.value;
    if (PROGRAMS.has(v.replace(/^.*\//, ''))) return i;
    if (PREFIX_PROGRAMS.has(v)) prefix = v;
    else if (!ASSIGNMENT.test(v) && !(prefix && v.startsWith('-'))) return -1;
    // `sudo -u admin docker …`, `xargs -n 1 docker …`: the option's value too.
    i += prefix && v !== prefix && PREFIX_VALUE_OPTIONS[prefix]?.test(v) ? 2 : 1;
  }
  return -1;
}

/** True when the words start a docker invocation (`docker …`, `sudo docker …`, `DOCKER_BUILDKIT=1 docker build .`). */
export function isDockerInvocation(words: readonly WordToken[]): boolean {
  return dockerProgramIndex(words) >= 0;
}

/** Parses `docker …` words, after any prefixes (`sudo`, `VAR=value`); problems are written in `lang`. */
export function parseDockerCommand(input: readonly WordToken[], index: CommandIndex, lang: MessageLang = 'en'): ParsedDockerCommand {
  const dashProblems: CommandProblem[] = [];
  const at = Math.max(0, dockerProgramIndex(input));
  // Run by xargs, docker gets the words xargs reads after those on the line: its arguments may all come from there.
  const argumentsFromInput = input.slice(0, at).some((w) => w.value === 'xargs');
  const words = input.slice(at).map((w) => withHyphens(w, dashProblems, lang));
  const program = words[0]!;
  const isCompose1 = program.value.endsWith('docker-compose');
  const options: ParsedOption[] = [];
  const args: ParsedArgument[] = [];
  const problems: CommandProblem[] = [...dashProblems];
  let i = 1;

  // Global options, before the command, or a substitution that prints them (`$(docker-machine config host1)`).
  const globalSubstitutions: WordToken[] = [];
  while (!isCompose1 && i < words.length && ((words[i]!.value.startsWith('-') && words[i]!.value !== '-') || isWholeSubstitution(words[i]!))) {
    const word = words[i]!;
    if (isWholeSubstitution(word)) globalSubstitutions.push(words[i++]!);
    else if (word.value === '--help' || word.value === '-h') {
      options.push({ spec: HELP_OPTION, flag: word.value, flagSpan: { start: word.start, end: word.end }, scope: 'global' });
      i++;
    } else i = readFlag(words, i, index.global, 'global', index, options, problems, lang);
  }
  const substituted = globalSubstitutions.length ? { globalSubstitutions } : {};
  // `docker --version`, `docker -v`, `docker --help`: a global option that answers by itself needs no command. Nor does
  // `docker` alone, which prints the help and exits 0, as `docker network` alone does (docker/cli `cmd/docker/docker.go`).
  const alone = i === 1 && words.length === 1 && !isCompose1;
  if (i >= words.length && (alone || options.some((o) => o.scope === 'global' && (o.spec === HELP_OPTION || o.spec?.long === '--version')))) {
    return { program, options, args: [], ...substituted, problems };
  }

  // The command, word by word; a group's options may stand between its words (`compose -f a.yml up`).
  let path = isCompose1 ? ['compose'] : [];
  const commandTokens: WordToken[] = [];
  let spec: CommandSpec | undefined = isCompose1 ? index.bySpelling('compose') : undefined;
  const optionSlots: WordToken[] = [];
  while (i < words.length) {
    const word = words[i]!;
    // A group's usage (`docker buildx [OPTIONS] COMMAND`): its options' place, then the place of a subcommand, which
    // stands for any of them; what follows is that subcommand's, and not judged.
    if (spec?.subcommands && OPTIONS_SLOT.test(word.value)) { optionSlots.push(word); i++; continue; }
    if (spec?.subcommands && SUBCOMMAND_SLOT.test(word.value)) {
      commandTokens.push(word);
      const rest = words.slice(i + 1).map((token) => ({ token, spec: undefined, isContainerCommand: false }));
      return { program, command: { spec, tokens: commandTokens }, options, args: rest, ...(optionSlots.length ? { optionSlots } : {}), ...substituted, problems };
    }
    if (spec?.subcommands && word.value.startsWith('-') && word.value !== '-') {
      if (word.value === '--help') { options.push({ spec: HELP_OPTION, flag: '--help', flagSpan: { start: word.start, end: word.end }, scope: 'command', owner: spec }); i++; continue; }
      i = readFlag(words, i, spec, 'command', index, options, problems, lang);
      continue;
    }
    const next = [...path, word.value].join(' ');
    if (!index.bySpelling(next) && !index.isPrefix(next)) break;
    path = [...path, word.value];
    commandTokens.push(word);
    spec = index.bySpelling(path.join(' ')) ?? spec;
    i++;
  }
  if (!spec || (spec.subcommands && !spec.args.length && i < words.length && !words[i]!.value.startsWith('-'))) {
    reportUnknownCommand(words, i, path, spec, index, problems, isCompose1, lang);
    // The words dref cannot place keep a role of their own: arguments of an unknown command.
    const rest = words.slice(i).map((token) => ({ token, spec: undefined, isContainerCommand: false }));
    return { program, ...(spec ? { command: { spec, tokens: commandTokens } } : {}), options, args: rest, ...substituted, problems };
  }

  const stopsAtArgument = spec.optionsEndAtFirstArgument === true;
  let optionsEnded = false;
  while (i < words.length) {
    const word = words[i]!;
    const v = word.value;
    if (!optionsEnded && v === '--') { optionsEnded = true; i++; continue; }
    if (!optionsEnded && v === '--help') { options.push({ spec: HELP_OPTION, flag: '--help', flagSpan: { start: word.start, end: word.end }, scope: 'command', owner: spec }); i++; continue; }
    if (!optionsEnded && v.startsWith('-') && v !== '-' && !/^-\d/.test(v)) {
      i = readFlag(words, i, spec, 'command', index, options, problems, lang);
      continue;
    }
    if (!optionsEnded && OPTIONS_SLOT.test(v)) { optionSlots.push(word); i++; continue; }
    // `[-a]`, `[--force]`: a flag a usage or cheat sheet marks as optional; the flag itself, inside its brackets.
    const optional = !optionsEnded && word.raw === v ? /^\[(--?[A-Za-z][\w-]*)\]$/.exec(v) : null;
    const optionalSpec = optional ? index.findOption(spec, optional[1]!) : undefined;
    if (optional && optionalSpec) {
      options.push({ spec: optionalSpec, flag: optional[1]!, flagSpan: { start: word.start + 1, end: word.end - 1 }, scope: 'command', owner: index.ownerOf(spec, optionalSpec) });
      i++;
      continue;
    }
    args.push({ token: word, spec: undefined, isContainerCommand: false });
    if (stopsAtArgument) optionsEnded = true;
    i++;
  }

  const asksForHelp = options.some((o) => o.spec === HELP_OPTION);
  conflictingOptions(spec, options, problems, lang);
  const placed = placeArguments(spec, args, words.at(-1)!, asksForHelp ? [] : problems, lang, argumentsFromInput);
  return { program, command: { spec, tokens: commandTokens }, options, args: placed, ...(optionSlots.length ? { optionSlots } : {}), ...substituted, problems };
}

/** Says that a command word is unknown, with a correction only when it is a likely, harmless typo. */
function reportUnknownCommand(
  words: readonly WordToken[], i: number, path: readonly string[], group: CommandSpec | undefined, index: CommandIndex,
  problems: CommandProblem[], isCompose1: boolean, lang: MessageLang,
): void {
  const program = words[0]!;
  const word = words[i];
  const where = isCompose1 ? 'docker-compose' : ['docker', ...path].join(' ');
  if (!word) {
    problems.push({ code: 'missing-argument', start: program.end, end: program.end, message: problemMessage(lang, 'command.missing') });
    return;
  }
  if (!path.length && UNDESCRIBED_COMMANDS.has(word.value)) {
    problems.push({ code: 'unknown-command', start: word.start, end: word.end, severity: 'info',
      message: problemMessage(lang, 'command.undescribed', { word: word.value }) });
    return;
  }
  const prefix = path.length ? `${path.join(' ')} ` : '';
  const candidates = nextWordsOf(index, prefix, path.length + 1);
  const guess = safeSuggestion(word.value, candidates, 'command');
  const params = { where, word: word.value };
  const message = guess ? problemMessage(lang, 'command.unknownDidYouMean', { ...params, guess })
    : group?.subcommands?.length ? problemMessage(lang, 'command.unknownInGroup', { ...params, subcommands: group.subcommands.join(', ') })
    : problemMessage(lang, 'command.unknown', params);
  problems.push({
    code: 'unknown-command', start: word.start, end: word.end, message,
    ...(guess ? { fix: { start: word.start, end: word.end, text: guess } } : {}),
  });
}

/** Reads the flag (or flag group) at `words[i]`; returns the index of the next unread word. */
function readFlag(
  words: readonly WordToken[], i: number, spec: CommandSpec, scope: 'global' | 'command',
  index: CommandIndex, options: ParsedOption[], problems: CommandProblem[], lang: MessageLang,
): number {
  const word = words[i]!;
  const v = word.value;
  const ownerFor = (o: OptionSpec | undefined) => (o ? index.ownerOf(spec, o) : spec);
  const offset = word.raw === v ? 0 : Math.max(0, word.raw.indexOf(v.slice(0, 2)));
  const base = word.start + offset;
  if (v.startsWith('--')) {
    const eq = v.indexOf('=');
    const flag = eq >= 0 ? v.slice(0, eq) : v;
    const option = index.findOption(spec, flag);
    // `–it`: a typographic dash before short flags run together stands for one hyphen, not two (`-it`, not `--it`).
    const dashed = DASHED.get(word);
    if (!option && dashed && eq < 0 && /^--[a-zA-Z]{2,4}$/.test(flag) && readsAsShortFlags(flag.slice(1), spec, index)) {
      const at = problems.indexOf(dashed.problem);
      const shorts = flag.slice(1);
      if (at >= 0) {
        problems[at] = { ...dashed.problem, fix: { start: dashed.problem.start, end: dashed.problem.end, text: '-' },
          message: problemMessage(lang, 'option.typographicDash', { dash: dashed.dash, word: dashed.original.value, option: shorts }) };
      }
      const asShorts = { ...dashed.original, value: shorts, raw: shorts };
      return readFlag([...words.slice(0, i), asShorts, ...words.slice(i + 1)], i, spec, scope, index, options, problems, lang);
    }
    // A rewritten dash takes fewer characters of the line than its hyphens: the flag starts where the word does.
    const flagSpan = { start: dashed ? dashed.original.start : base, end: base + flag.length };
    // `--m 300m`, `--c 512`: a one-letter flag written with two dashes, which docker does not take; it is `-m`, read as one.
    const short = !option && /^--[a-zA-Z]$/.test(flag) ? index.findOption(spec, flag.slice(1)) : undefined;
    if (short) {
      problems.push({
        code: 'unknown-option', ...flagSpan, fix: { ...flagSpan, text: flag.slice(1) },
        message: problemMessage(lang, 'option.twoDashesShort', { flag, short: flag.slice(1), long: short.long }),
      });
    }
    const known = option ?? short;
    if (!known) {
      const guess = reportUnknown(flag, flagSpan, spec, problems, lang);
      // `--restrat always`: when the flag it was meant to be takes a value, the next word is that value.
      const next = words[i + 1];
      if (eq < 0 && guess && guess.type !== 'bool' && next && !next.value.startsWith('-')) {
        options.push({ spec: undefined, flag, flagSpan, value: { text: next.value, span: { start: next.start, end: next.end } }, scope, owner: ownerFor(option) });
        return i + 2;
      }
      options.push({ spec: undefined, flag, flagSpan, ...(eq >= 0 ? { value: { text: v.slice(eq + 1), span: { start: base + eq + 1, end: word.end } } } : {}), scope, owner: ownerFor(option) });
      return i + 1;
    }
    if (eq >= 0) {
      const text = v.slice(eq + 1);
      const span = { start: base + eq + 1, end: word.end };
      options.push({ spec: known, flag, flagSpan, value: { text, span }, scope, owner: ownerFor(known) });
      checkValue(known, text, span, problems, lang);
      return i + 1;
    }
    if (known.type === 'bool') {
      options.push({ spec: known, flag, flagSpan, scope, owner: ownerFor(known) });
      return i + 1;
    }
    const next = words[i + 1];
    if (!next) {
      problems.push({ code: 'missing-value', ...flagSpan, message: problemMessage(lang, 'option.missingValue', { flag, type: known.type }) });
      options.push({ spec: known, flag, flagSpan, scope, owner: ownerFor(known) });
      return i + 1;
    }
    const span = { start: next.start, end: next.end };
    options.push({ spec: known, flag, flagSpan, value: { text: next.value, span }, scope, owner: ownerFor(known) });
    checkValue(known, next.value, span, problems, lang);
    return i + 2;
  }
  // `-rm`, `-name`: a long option written with one dash, which docker would read as short flags it lacks.
  const single = singleDashLong(v, spec, index);
  if (single) {
    const flagSpan = { start: base, end: base + v.length };
    problems.push({ code: 'unknown-option', ...flagSpan, message: problemMessage(lang, 'option.oneDash', { flag: v, shorts: [...v.slice(1)].map((c) => `-${c}`).join(' '), long: single.long }), fix: { ...flagSpan, text: single.long } });
    const next = words[i + 1];
    if (single.type !== 'bool' && next) {
      options.push({ spec: single, flag: single.long, flagSpan, value: { text: next.value, span: { start: next.start, end: next.end } }, scope, owner: ownerFor(single) });
      return i + 2;
    }
    options.push({ spec: single, flag: single.long, flagSpan, scope, owner: ownerFor(single) });
    return i + 1;
  }
  // Short flags: one or more letters after a single dash.
  for (let k = 1; k < v.length; k++) {
    const flag = `-${v[k]}`;
    const flagSpan = { start: base + k - 1, end: base + k + 1 };
    const option = index.findOption(spec, flag);
    if (!option) {
      const span = { start: k === 1 ? base : base + k, end: base + k + 1 };
      reportUnknown(flag, span, spec, problems, lang);
      options.push({ spec: undefined, flag, flagSpan: span, scope, owner: ownerFor(option) });
      continue;
    }
    if (option.type === 'bool') {
      const boolSpan = k === 1 ? flagSpan : { start: base + k, end: base + k + 1 };
      // `-d=false`: as pflag reads it, what follows `=` is the switch's value and ends the word.
      if (v[k + 1] === '=') {
        const text = v.slice(k + 2);
        const span = { start: word.end - text.length, end: word.end };
        options.push({ spec: option, flag, flagSpan: boolSpan, value: { text, span }, scope, owner: ownerFor(option) });
        checkValue(option, text, span, problems, lang);
        return i + 1;
      }
      options.push({ spec: option, flag, flagSpan: boolSpan, scope, owner: ownerFor(option) });
      continue;
    }
    const attached = v.slice(k + 1).replace(/^=/, '');
    const span1 = k === 1 ? flagSpan : { start: base + k, end: base + k + 1 };
    if (attached) {
      const span = { start: word.end - attached.length, end: word.end };
      options.push({ spec: option, flag, flagSpan: span1, value: { text: attached, span }, scope, owner: ownerFor(option) });
      checkValue(option, attached, span, problems, lang);
      return i + 1;
    }
    const next = words[i + 1];
    if (!next) {
      problems.push({ code: 'missing-value', ...span1, message: problemMessage(lang, 'option.missingValue', { flag, type: option.type }) });
      options.push({ spec: option, flag, flagSpan: span1, scope, owner: ownerFor(option) });
      return i + 1;
    }
    const span = { start: next.start, end: next.end };
    options.push({ spec: option, flag, flagSpan: span1, value: { text: next.value, span }, scope, owner: ownerFor(option) });
    checkValue(option, next.value, span, problems, lang);
    return i + 2;
  }
  return i + 1;
}

/** Reports an unknown flag; returns the option it was probably meant to be. */
function reportUnknown(flag: string, span: Span, spec: CommandSpec, problems: CommandProblem[], lang: MessageLang): OptionSpec | undefined {
  const names = spec.options.flatMap((o) => (flag.startsWith('--') ? [o.long] : o.short ? [o.short] : []));
  const guess = flag.startsWith('--') ? safeSuggestion(flag, names, 'flag') : undefined;
  const where = spec.scope === 'global' ? 'docker' : `docker ${spec.name}`;
  problems.push({
    code: 'unknown-option', ...span,
    message: guess ? problemMessage(lang, 'option.unknownDidYouMean', { where, flag, guess }) : problemMessage(lang, 'option.unknown', { where, flag }),
    ...(guess ? { fix: { ...span, text: guess } } : {}),
  });
  return guess ? spec.options.find((o) => o.long === guess) : undefined;
}

function checkValue(option: OptionSpec, value: string, span: Span, problems: CommandProblem[], lang: MessageLang): void {
  const problem = checkOptionValue(option, value, lang);
  if (!problem) return;
  problems.push({
    code: 'invalid-value', ...span, message: problem.message,
    ...(problem.suggestion ? { fix: { ...span, text: problem.suggestion } } : {}),
  });
}

/** Commands that pull their image when it is not local (see image-name-check.ts). */
const PULLED = new Set(['run', 'create', 'pull', 'service create']);

/** Commands whose image argument is a pattern to match, not a name docker parses (`docker images 'ng*'`). */
const NAME_PATTERNS = new Set(['images', 'search']);

/** Options that docker refuses together (see option-conflicts.ts), pointed at the flag concerned. */
function conflictingOptions(spec: CommandSpec, options: readonly ParsedOption[], problems: CommandProblem[], lang: MessageLang): void {
  const given = new Map<string, string | true>();
  for (const o of options) if (o.spec && !given.has(o.spec.long)) given.set(o.spec.long, o.value?.text ?? true);
  for (const conflict of optionConflicts(spec.name, given, lang)) {
    const at = options.find((o) => o.spec?.long === conflict.at)!;
    problems.push({ code: 'invalid-value', ...at.flagSpan, message: conflict.message });
  }
}

/** Typographic dashes (— –), as word processors and blogs turn `--` into, are not hyphens: docker would take `—name=web` for an argument. */
const TYPOGRAPHIC_DASHES = /^[\u2010-\u2015\u2212][\u2010-\u2015\u2212-]*(?=[A-Za-z])/;

/** The word with its leading typographic dashes read as the option they stand for, and the problem reported. */
function withHyphens(word: WordToken, problems: CommandProblem[], lang: MessageLang): WordToken {
  const m = TYPOGRAPHIC_DASHES.exec(word.value);
  if (!m || word.raw !== word.value) return word;
  const rest = word.value.slice(m[0].length);
  // One letter is a short flag, whatever the dashes (`–a` is `-a`: docker has no `--a`); a word is a long one.
  const hyphens = rest.length === 1 ? '-' : m[0].length === 1 ? '--' : m[0].replace(/[^-]/g, '-').padEnd(2, '-');
  const span = { start: word.start, end: word.start + m[0].length };
  const problem: CommandProblem = { code: 'unknown-option', ...span, message: problemMessage(lang, 'option.typographicDash', { dash: m[0], word: word.value, option: `${hyphens}${rest.split('=')[0]}` }), fix: { ...span, text: hyphens } };
  problems.push(problem);
  const rewritten = { ...word, value: hyphens + rest, raw: hyphens + rest, start: word.start - (hyphens.length - m[0].length), end: word.end };
  DASHED.set(rewritten, { original: word, dash: m[0], problem });
  return rewritten;
}

/** Words whose typographic dashes were read as hyphens, with what they were and the problem reported for them. */
const DASHED = new WeakMap<WordToken, { readonly original: WordToken; readonly dash: string; readonly problem: CommandProblem }>();

/** The long option `-word` means when its letters are not valid short flags of the command (`-rm` for `--rm`). */
function singleDashLong(v: string, spec: CommandSpec, index: CommandIndex): OptionSpec | undefined {
  if (!/^-[a-z][a-z-]+$/.test(v)) return undefined;
  const long = index.findOption(spec, `-${v}`);
  if (!long) return undefined;
  return readsAsShortFlags(v, spec, index) ? undefined : long;
}

/** Whether `-letters` is the command's short flags run together (`-it`): each a switch, but the last may take a value. */
function readsAsShortFlags(v: string, spec: CommandSpec, index: CommandIndex): boolean {
  const letters = [...v.slice(1)];
  return letters.every((c, k) => {
    const o = index.findOption(spec, `-${c}`);
    return o !== undefined && (o.type === 'bool' || k === letters.length - 1);
  });
}

/** Matches positional words to the usage's arguments and reports missing or surplus ones. */
function placeArguments(
  spec: CommandSpec, args: readonly ParsedArgument[], lastWord: WordToken, problems: CommandProblem[], lang: MessageLang,
  argumentsFromInput = false,
): ParsedArgument[] {
  const placed: ParsedArgument[] = [];
  const commandAt = spec.args.findIndex((x) => x.role === 'command');
  let a = 0;
  // `[MANIFEST_LIST] MANIFEST` with one word: the optional slots take words only when the required ones are served.
  let spare = args.length - spec.args.filter((x) => x.required).length;
  for (const arg of args) {
    while (a < spec.args.length - 1 && !spec.args[a]!.required && spare <= 0 && spec.args.slice(a + 1).some((x) => x.required)) a++;
    if (a < spec.args.length && !spec.args[a]!.required) spare--;
    const argSpec = spec.args[Math.min(a, spec.args.length - 1)];
    const fits = argSpec && (a < spec.args.length || argSpec.repeatable);
    const isContainerCommand = spec.optionsEndAtFirstArgument === true && commandAt >= 0 && a >= commandAt;
    placed.push({ token: arg.token, spec: fits ? argSpec : undefined, isContainerCommand });
    if (fits && argSpec.role === 'image' && !isContainerCommand && !NAME_PATTERNS.has(spec.name)) {
      const problem = checkImageName(arg.token.value, lang, PULLED.has(spec.name));
      if (problem) {
        problems.push({
          code: 'invalid-value', start: arg.token.start, end: arg.token.end, message: problem.message,
          ...(problem.suggestion && arg.token.raw === arg.token.value ? { fix: { start: arg.token.start, end: arg.token.end, text: problem.suggestion } } : {}),
        });
      }
    }
    if (!fits) {
      problems.push({
        code: 'extra-argument', start: arg.token.start, end: arg.token.end,
        message: spec.args.length
          ? problemMessage(lang, 'argument.extra', { command: spec.name, arity: describeArity(spec.args, lang), word: arg.token.value, usage: spec.usage })
          : problemMessage(lang, 'argument.noneTaken', { command: spec.name, word: arg.token.value, usage: spec.usage }),
      });
    }
    if (a < spec.args.length - 1 || !argSpec?.repeatable) a++;
  }
  const required = spec.args.filter((s) => s.required);
  const filled = new Set(placed.map((p) => p.spec));
  for (const need of required) {
    if (filled.has(need) || argumentsFromInput) continue;
    const at = lastWord.end;
    problems.push({
      code: 'missing-argument', start: at, end: at,
      message: problemMessage(lang, 'argument.missing', { command: spec.name, name: need.name, usage: spec.usage }),
      fix: { start: at, end: at, text: ` ${placeholderFor(need)}` },
    });
  }
  return placed;
}

/** The arguments a command takes, as its usage names them (`CONTAINER…`, `optional COMMAND`). */
function describeArity(args: readonly ArgumentSpec[], lang: MessageLang): string {
  return args.map((a) => {
    const name = `${a.name}${a.repeatable ? '…' : ''}`;
    return a.required ? name : problemMessage(lang, 'argument.optional', { name });
  }).join(', ');
}

/** What to write for a missing argument: `.` for a build context, else the usage's name. */
function placeholderFor(arg: ArgumentSpec): string {
  if (arg.role === 'path') return '.';
  return `<${arg.name.replace(/\[.*$/, '').toLowerCase()}>`;
}

/** The command words that can follow `prefix` (spellings of `length` words), once per index: an ingest meets many unknown words. */
const nextWords = new WeakMap<CommandIndex, Map<string, string[]>>();
function nextWordsOf(index: CommandIndex, prefix: string, length: number): string[] {
  let byPrefix = nextWords.get(index);
  if (!byPrefix) nextWords.set(index, (byPrefix = new Map()));
  let words = byPrefix.get(prefix);
  if (!words) {
    words = index.spellings.filter((s) => s.startsWith(prefix) && s.split(' ').length === length).map((s) => s.slice(prefix.length));
    byPrefix.set(prefix, words);
  }
  return words;
}
