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

export function generateCommand(input: GenerateInput, context: CatalogContext = catalogContext()): GeneratedCommand {
  const spelling = input.command.trim().replace(/^docker\s+/, '').split(/\s+/).filter(Boolean);
  const resolved = context.index.resolve(spelling);
  if (!resolved || resolved.length !== spelling.length) {
    const guess = safeSuggestion(spelling.join(' '), context.index.spellings, 'command');
    throw bad(`command: \`${input.command}\` is not a docker command dref knows`, guess ? `did you mean \`${guess}\`?` : 'e.g. run, build, image prune');
  }
  const spec = resolved.spec;
  const chosen = new Map<OptionSpec, string[] | true | false>();
  const fields = new Map<string, number>();
  for (const [i, option] of (input.options ?? []).entries()) {
    const found = findOption(spec, option.name);
    if (!found) {
      const longs = spec.options.map((o) => o.long);
      const guess = safeSuggestion(`--${option.name.replace(/^-+/, '')}`, longs, 'flag');
      throw bad(`options[${i}].name: docker ${spec.name} has no option ${option.name}`, guess ? `did you mean ${guess}?` : `see \`dref show docker ${spec.name}\``);
    }
    if (chosen.has(found)) throw bad(`options[${i}].name: ${found.long} is given twice`, found.repeatable ? 'give its values as one list' : 'give it once');
    chosen.set(found, valueOf(found, option.value, `options[${i}].value`));
    fields.set(found.long, i);
  }
  const given = new Map<string, string | true>();
  for (const [option, value] of chosen) if (value !== false) given.set(option.long, value === true ? true : value[0]!);
  const [conflict] = optionConflicts(spec.name, given);
  if (conflict) throw bad(`options[${fields.get(conflict.at)}].name: ${conflict.message}`, 'leave one of the two out');
  const args = [...(input.args ?? [])];
  checkArguments(spec, args);

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
function valueOf(option: OptionSpec, value: GenerateOption['value'], field: string): string[] | true | false {
  if (option.type === 'bool') {
    if (value === undefined || value === true || value === 'true') return true;
    if (value === false || value === 'false') {
      if (option.default !== 'true') throw bad(`${field}: ${option.long} is off unless given; leave it out instead of setting it to false`);
      return false;
    }
    throw bad(`${field}: ${option.long} is a switch: give true or false, not ${JSON.stringify(value)}`);
  }
  if (value === undefined || typeof value === 'boolean') throw bad(`${field}: ${option.long} needs a value (${option.type})`, exampleFor(option));
  const list = typeof value === 'string' ? [value] : [...value];
  if (!list.length) throw bad(`${field}: ${option.long} needs at least one value`);
  if (list.length > 1 && !option.repeatable) throw bad(`${field}: ${option.long} takes one value, not ${list.length}`);
  for (const v of list) {
    const problem = checkOptionValue(option, v);
    if (problem) throw bad(`${field}: ${problem.message}`, problem.suggestion ? `did you mean ${problem.suggestion}?` : option.values ? undefined : exampleFor(option));
  }
  return list;
}

function exampleFor(option: OptionSpec): string | undefined {
  if (option.values?.length) return `one of ${option.values.join(', ')}`;
  const example = option.examples?.[0];
  return example ? `e.g. ${example}` : undefined;
}

function checkArguments(spec: CommandSpec, args: readonly string[]): void {
  const required = spec.args.filter((a) => a.required);
  if (args.length < required.length) {
    throw bad(`args: docker ${spec.name} needs ${required.slice(args.length).map((a) => a.name).join(', ')}`, `usage: ${spec.usage}`);
  }
  const open = spec.args.some((a) => a.repeatable);
  if (!open && args.length > spec.args.length) {
    throw bad(`args: docker ${spec.name} takes at most ${spec.args.length} argument${spec.args.length === 1 ? '' : 's'}, not ${args.length}`, `usage: ${spec.usage}`);
  }
}
