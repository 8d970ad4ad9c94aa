/**
 * Builds a valid docker command line from structured input: the command by any spelling, options
 * by long or short name (or without dashes), values checked against their type and accepted set,
 * arguments counted against the usage. Options come out in the catalog's order (the order of
 * `docker <cmd> --help`), in long or short form, quoted where the shell needs it.
 */
import type { CommandSpec, OptionSpec } from '../../data/catalog/types.js';
import { checkOptionValue } from '../commands/option-values.js';
import { optionConflicts } from '../commands/option-conflicts.js';
import { DrefError } from '../errors.js';
import { commandName } from '../ingest/catalog-entries.js';
import { catalogContext, type CatalogContext } from '../knowledge/catalog-context.js';
import { safeSuggestion } from '../commands/safe-suggestion.js';
import { quoteShellWord } from './quote-shell.js';
import { generateMessage as say, type GenerateMessageId } from './generate-messages.js';
import type { MessageLang } from '../text/problem-messages.js';

export interface GenerateOption {
  /** `--restart`, `restart`, `-p` or `p`. */
  readonly name: string;
  /** A switch takes true/false (or nothing); a repeatable option takes a list. */
  readonly value?: string | boolean | readonly string[];
}

export interface GenerateInput {
  /** `run`, `docker run`, `container run`, `image prune`. */
  readonly command: string;
  readonly options?: readonly GenerateOption[];
  readonly args?: readonly string[];
  /** Write flags in long (default) or short form where there is one. */
  readonly flagStyle?: 'long' | 'short';
}

export interface GeneratedCommand {
  readonly line: string;
  /** The words the shell passes to docker. */
  readonly argv: readonly string[];
  /** Canonical name of the command. */
  readonly command: string;
}

const bad = (message: string, hint?: string) => new DrefError('BAD_INPUT', message, hint);

/** The command line for `input`; what it refuses is said in `lang`. */
export function generateCommand(input: GenerateInput, context: CatalogContext = catalogContext(), lang: MessageLang = 'en'): GeneratedCommand {
  const t = (id: GenerateMessageId, params?: Record<string, string | number>) => say(lang, id, params);
  const spelling = input.command.trim().replace(/^docker\s+/, '').split(/\s+/).filter(Boolean);
  const resolved = context.index.resolve(spelling);
  if (!resolved || resolved.length !== spelling.length) {
    const guess = safeSuggestion(spelling.join(' '), context.index.spellings, 'command');
    throw bad(`command: ${t('generate.unknownCommand', { command: input.command })}`, guess ? t('generate.didYouMean', { guess: `\`${guess}\`` }) : t('generate.commandExamples'));
  }
  const spec = resolved.spec;
  const chosen = new Map<OptionSpec, string[] | true | false>();
  const fields = new Map<string, number>();
  for (const [i, option] of (input.options ?? []).entries()) {
    const found = findOption(spec, option.name);
    if (!found) {
      const longs = spec.options.map((o) => o.long);
      const guess = safeSuggestion(`--${option.name.replace(/^-+/, '')}`, longs, 'flag');
      throw bad(`options[${i}].name: ${t('generate.noOption', { command: spec.name, option: option.name })}`, guess ? t('generate.didYouMean', { guess }) : t('generate.seeEntry', { command: spec.name }));
    }
    if (chosen.has(found)) throw bad(`options[${i}].name: ${t('generate.givenTwice', { option: found.long })}`, t(found.repeatable ? 'generate.giveAsList' : 'generate.giveOnce'));
    chosen.set(found, valueOf(found, option.value, `options[${i}].value`, lang));
    fields.set(found.long, i);
  }
  const given = new Map<string, string | true>();
  for (const [option, value] of chosen) if (value !== false) given.set(option.long, value === true ? true : value[0]!);
  const [conflict] = optionConflicts(spec.name, given, lang);
  if (conflict) throw bad(`options[${fields.get(conflict.at)}].name: ${conflict.message}`, t('generate.leaveOneOut'));
  const args = [...(input.args ?? [])];
  checkArguments(spec, args, lang);

  const words: string[] = ['docker', ...spec.name.split(' ')];
  const argv: string[] = [...words];
  for (const option of spec.options) {
    const value = chosen.get(option);
    if (value === undefined) continue;
    const flag = input.flagStyle === 'short' && option.short ? option.short : option.long;
    if (value === true) { words.push(flag); argv.push(flag); continue; }
    if (value === false) { words.push(`${option.long}=false`); argv.push(`${option.long}=false`); continue; }
    for (const v of value) {
      if (v === '' || v.startsWith('-')) {
        words.push(`${option.long}=${quoteShellWord(v)}`);
        argv.push(`${option.long}=${v}`);
      } else {
        words.push(flag, quoteShellWord(v));
        argv.push(flag, v);
      }
    }
  }
  if (args.some((a) => a.startsWith('-')) && !['run', 'create'].includes(spec.name)) { words.push('--'); argv.push('--'); }
  for (const a of args) { words.push(quoteShellWord(a)); argv.push(a); }
  return { line: words.join(' '), argv, command: commandName(spec) };
}

function findOption(spec: CommandSpec, name: string): OptionSpec | undefined {
  const bare = name.replace(/^-+/, '');
  return spec.options.find((o) => o.long === `--${bare}` || o.short === `-${bare}` || (name.startsWith('-') && (o.long === name || o.short === name)));
}

/** Checks and normalises one option's value: true/false for switches, a list of strings otherwise. */
function valueOf(option: OptionSpec, value: GenerateOption['value'], field: string, lang: MessageLang): string[] | true | false {
  const t = (id: GenerateMessageId, params?: Record<string, string | number>) => `${field}: ${say(lang, id, { option: option.long, ...params })}`;
  if (option.type === 'bool') {
    if (value === undefined || value === true || value === 'true') return true;
    if (value === false || value === 'false') {
      if (option.default !== 'true') throw bad(t('generate.offUnlessGiven'));
      return false;
    }
    throw bad(t('generate.switch', { value: JSON.stringify(value) }));
  }
  if (value === undefined || typeof value === 'boolean') throw bad(t('generate.needsValue', { type: option.type }), exampleFor(option, lang));
  const list = typeof value === 'string' ? [value] : [...value];
  if (!list.length) throw bad(t('generate.needsOneValue'));
  if (list.length > 1 && !option.repeatable) throw bad(t('generate.oneValue', { count: list.length }));
  for (const v of list) {
    const problem = checkOptionValue(option, v, lang);
    if (problem) throw bad(`${field}: ${problem.message}`, problem.suggestion ? say(lang, 'generate.didYouMean', { guess: problem.suggestion }) : option.values ? undefined : exampleFor(option, lang));
  }
  return list;
}

function exampleFor(option: OptionSpec, lang: MessageLang): string | undefined {
  if (option.values?.length) return say(lang, 'generate.oneOf', { values: option.values.join(', ') });
  const example = option.examples?.[0];
  return example ? say(lang, 'generate.example', { example }) : undefined;
}

function checkArguments(spec: CommandSpec, args: readonly string[], lang: MessageLang): void {
  const required = spec.args.filter((a) => a.required);
  const usage = say(lang, 'generate.usage', { usage: spec.usage });
  if (args.length < required.length) {
    throw bad(`args: ${say(lang, 'generate.needsArguments', { command: spec.name, names: required.slice(args.length).map((a) => a.name).join(', ') })}`, usage);
  }
  const open = spec.args.some((a) => a.repeatable);
  if (!open && args.length > spec.args.length) {
    const id = spec.args.length === 1 ? 'generate.tooManyArgumentsOne' : 'generate.tooManyArguments';
    throw bad(`args: ${say(lang, id, { command: spec.name, max: spec.args.length, count: args.length })}`, usage);
  }
}
