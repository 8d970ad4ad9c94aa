/** Looks up docker commands by any spelling (`rmi`, `image rm`, `container run`) and their options by long or short name. */
import type { CommandSpec, OptionSpec } from '../../data/catalog/types.js';

export interface CommandIndex {
  /** The program's own options (`docker -H …`). */
  readonly global: CommandSpec;
  /** Every command of the CLI, without the program's and the daemon's entries. */
  readonly commands: readonly CommandSpec[];
  /** Resolves the longest command spelling at the start of `words`. */
  resolve(words: readonly string[]): { spec: CommandSpec; length: number } | undefined;
  /** Every spelling a command is known by, for suggestions. */
  readonly spellings: readonly string[];
  findOption(spec: CommandSpec, name: string): OptionSpec | undefined;
}

/** Builds the index once per catalog. */
export function buildCommandIndex(all: readonly CommandSpec[]): CommandIndex {
  const global = all.find((c) => c.scope === 'global');
  if (!global) throw new Error('the catalog has no global options entry');
  const commands = all.filter((c) => (c.scope ?? 'cli') === 'cli');
  const bySpelling = new Map<string, CommandSpec>();
  for (const c of commands) {
    bySpelling.set(c.name, c);
    for (const a of c.aliases) if (!bySpelling.has(a)) bySpelling.set(a, c);
  }
  const optionMaps = new Map<CommandSpec, Map<string, OptionSpec>>();
  const optionsOf = (spec: CommandSpec) => {
    let map = optionMaps.get(spec);
    if (!map) {
      map = new Map();
      for (const o of spec.options) {
        map.set(o.long, o);
        if (o.short) map.set(o.short, o);
      }
      optionMaps.set(spec, map);
    }
    return map;
  };
  return {
    global,
    commands,
    spellings: [...bySpelling.keys()],
    resolve(words) {
      for (const length of [3, 2, 1]) {
        if (words.length < length) continue;
        const spec = bySpelling.get(words.slice(0, length).join(' '));
        if (spec) return { spec, length };
      }
      return undefined;
    },
    findOption: (spec, name) => optionsOf(spec).get(name),
  };
}
