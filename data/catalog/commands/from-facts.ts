/**
 * Builds the catalog's commands from their facts (`data/catalog/facts/*.json`, generated from the
 * help pages and reference files) and their words (`data/catalog/words/`). The hand-written commands
 * in this folder keep their own entries; `docker build` also gains the flags only BuildKit has.
 */
import type { CommandFacts, FactsFile, OptionFacts } from '../facts/types.js';
import type { CommandWords, FlagWords } from '../words/types.js';
import type { CommandSpec, OptionSpec, OptionValueType } from '../types.js';
import { usageArguments } from './usage-arguments.js';

const NO_WORDS = { ko: '', en: '' };

/** Types whose flags docker lets you give more than once. */
const REPEATABLE = new Set(['list', 'strings', 'stringArray', 'stringSlice', 'map', 'filter', 'mount', 'ulimit', 'network', 'pref', 'port',
  'config', 'secret', 'ipNetSlice', 'stringToString', 'external-ca']);

/** One flag: facts and words. */
export function optionFromFacts(facts: OptionFacts, words: FlagWords | undefined): OptionSpec {
  return {
    long: facts.long,
    ...(facts.short ? { short: facts.short } : {}),
    type: facts.type as OptionValueType,
    ...(facts.default !== undefined ? { default: facts.default } : {}),
    ...(words?.values ? { values: words.values } : {}),
    repeatable: REPEATABLE.has(facts.type),
    ...(facts.deprecated ? { deprecated: true } : {}),
    ...(facts.experimental ? { experimental: true } : {}),
    summary: words?.summary ?? NO_WORDS,
    ...(words?.details ? { details: words.details } : {}),
    keywords: words?.keywords ?? { ko: [], en: [] },
    ...(words?.examples ? { examples: words.examples } : {}),
  };
}

/** One command: facts and words. Missing words stay empty (a test names them). */
export function commandFromFacts(facts: CommandFacts, words: CommandWords | undefined, plugin?: 'compose' | 'buildx'): CommandSpec {
  // A pure group's usage ends in COMMAND (its subcommand); `history inspect [REF]` is a group that also takes arguments.
  const isGroup = facts.subcommands && /\bCOMMAND$/.test(facts.usage);
  // `docker top CONTAINER [ps OPTIONS]`: everything after the container goes to ps.
  const psOptions = facts.usage.includes('[ps OPTIONS]');
  const args = isGroup ? [] : usageArguments(facts.usage.replace(' [ps OPTIONS]', ' [PS_OPTIONS...]'), facts.name.split(' ').length)
    .map((a) => (a.name === 'PS_OPTIONS' ? { ...a, name: 'ps OPTIONS', role: 'command' as const } : a));
  const commandAt = args.findIndex((a) => a.role === 'command');
  return {
    name: facts.name,
    aliases: facts.aliases,
    usage: facts.usage,
    args,
    summary: words?.summary ?? NO_WORDS,
    ...(words?.details ? { details: words.details } : {}),
    keywords: words?.keywords ?? { ko: [], en: [] },
    options: facts.options.map((o) => optionFromFacts(o, words?.options[o.long])),
    ...(words?.examples ? { examples: words.examples } : {}),
    ...(words?.related ? { related: words.related } : {}),
    ...(facts.subcommands ? { subcommands: facts.subcommands } : {}),
    ...(commandAt > 0 || psOptions ? { optionsEndAtFirstArgument: true } : {}),
    ...(plugin ? { plugin } : {}),
    source: facts.source,
  };
}

/** `docker build` runs BuildKit: the hand-written entry (the legacy builder's help) plus buildx build's own flags. */
export function withBuildKitFlags(build: CommandSpec, buildxBuild: CommandSpec): CommandSpec {
  const buildkit = new Set(buildxBuild.options.map((o) => o.long));
  const legacy = new Set(build.options.map((o) => o.long));
  return {
    ...build,
    options: [
      ...build.options.map((o) => (buildkit.has(o.long) ? o : { ...o, builder: 'legacy' as const })),
      ...buildxBuild.options.filter((o) => !legacy.has(o.long) && o.long !== '--debug').map((o) => ({ ...o, builder: 'buildkit' as const })),
    ],
  };
}

/** Every command of the facts files that has no hand-written entry, with its words. */
export function commandsFromFacts(
  files: readonly { readonly facts: FactsFile; readonly plugin?: 'compose' | 'buildx' }[],
  words: Readonly<Record<string, CommandWords>>,
  handWritten: readonly CommandSpec[],
): CommandSpec[] {
  const taken = new Set(handWritten.map((c) => (c.scope === 'global' ? '' : c.name)));
  return files.flatMap(({ facts, plugin }) => facts.commands
    .filter((c) => !taken.has(c.name))
    .map((c) => commandFromFacts(c, words[c.name], plugin)));
}
