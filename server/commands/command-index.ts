/**
 * Looks up docker commands by any spelling (`rmi`, `image rm`, `container run`, `compose up`,
 * `buildx imagetools inspect`) and their options by long or short name, including the options a
 * plugin's root command lends every subcommand (`docker compose -f x.yml up`).
 */
import type { CommandSpec, OptionSpec } from '../../data/catalog/types.js';

export interface CommandIndex {
  /** The program's own options (`docker -H …`). */
  readonly global: CommandSpec;
  /** Every command of the CLI, without the program's and the daemon's entries. */
  readonly commands: readonly CommandSpec[];
  /** Resolves the longest command spelling at the start of `words`. */
  resolve(words: readonly string[]): { spec: CommandSpec; length: number } | undefined;
  /** The command spelled exactly so (`network create`, `ps`). */
  bySpelling(spelling: string): CommandSpec | undefined;
  /** True when `spelling` starts a longer spelling (`compose`, `buildx imagetools`). */
  isPrefix(spelling: string): boolean;
  /** Every spelling a command is known by, for suggestions. */
  readonly spellings: readonly string[];
  /** An option of the command, or of a command group above it that lends its options (`compose -f`). */
  findOption(spec: CommandSpec, name: string): OptionSpec | undefined;
  /** The command that owns `option` as found by `findOption` for `spec` (the group, for a lent option). */
  ownerOf(spec: CommandSpec, option: OptionSpec): CommandSpec;
}

/** The longest spelling docker has: `buildx history inspect attachment`. */
const MAX_WORDS = 4;

/** Builds the index once per catalog. */
export function buildCommandIndex(all: readonly CommandSpec[]): CommandIndex {
  const global = all.find((c) => c.scope === 'global');
  if (!global) throw new Error('the catalog has no global options entry');
  const commands = all.filter((c) => (c.scope ?? 'cli') === 'cli');
  const spellingMap = new Map<string, CommandSpec>();
  for (const c of commands) {
    spellingMap.set(c.name, c);
    for (const a of c.aliases) if (!spellingMap.has(a)) spellingMap.set(a, c);
  }
  const prefixes = new Set<string>();
  for (const s of spellingMap.keys()) {
    const words = s.split(' ');
    for (let k = 1; k < words.length; k++) prefixes.add(words.slice(0, k).join(' '));
  }
  return {
    global,
    commands,
    spellings: [...spellingMap.keys()],
    bySpelling: (s) => spellingMap.get(s),
    isPrefix: (s) => prefixes.has(s),
    ...optionLookups((spelling) => spellingMap.get(spelling)),
  };
}

/**
 * What both indexes (this one, and the database's in knowledge/database-catalog-context.ts) answer the
 * same way from a spelling lookup: the longest command at the start of a line, and options, own or lent.
 */
export function optionLookups(lookUp: (spelling: string) => CommandSpec | undefined): Pick<CommandIndex, 'resolve' | 'findOption' | 'ownerOf'> {
  // Plugins' root commands lend their options to every subcommand (cobra's persistent flags).
  const lenders = new Map<CommandSpec, CommandSpec[]>();
  const lendersOf = (spec: CommandSpec) => {
    let list = lenders.get(spec);
    if (!list) {
      const words = spec.name.split(' ');
      list = [];
      if (spec.plugin) {
        for (let k = words.length - 1; k >= 1; k--) {
          const group = lookUp(words.slice(0, k).join(' '));
          if (group?.subcommands && group.options.length) list.push(group);
        }
      }
      lenders.set(spec, list);
    }
    return list;
  };
  const optionMaps = new Map<CommandSpec, Map<string, OptionSpec>>();
  const optionsOf = (spec: CommandSpec) => {
    let map = optionMaps.get(spec);
    if (!map) {
      map = new Map();
      for (const o of spec.options) {
        map.set(o.long, o);
        if (o.short) map.set(o.short, o);
        for (const h of o.hidden ?? []) map.set(h, o);
      }
      for (const o of spec.hiddenOptions ?? []) {
        if (!map.has(o.long)) map.set(o.long, o);
        if (o.short && !map.has(o.short)) map.set(o.short, o);
      }
      optionMaps.set(spec, map);
    }
    return map;
  };
  return {
    resolve(words) {
      for (let length = Math.min(MAX_WORDS, words.length); length >= 1; length--) {
        const spec = lookUp(words.slice(0, length).join(' '));
        if (spec) return { spec, length };
      }
      return undefined;
    },
    findOption(spec, name) {
      const own = optionsOf(spec).get(name);
      if (own) return own;
      for (const group of lendersOf(spec)) {
        const lent = optionsOf(group).get(name);
        if (lent) return lent;
      }
      return undefined;
    },
    ownerOf(spec, option) {
      if (spec.options.includes(option)) return spec;
      return lendersOf(spec).find((g) => g.options.includes(option)) ?? spec;
    },
  };
}
