/**
 * Entries whose name or alias is the query, or ends with it as a word or flag: `restart` →
 * `docker run --restart`, `prune` → `docker image prune`, `-P` → `docker run -P`. Flags keep their
 * case (`-p` is not `-P`). Ties go to the entry the notes use most, then the shortest name.
 * Names and aliases are read once per database into maps by their last word, so a lookup reads
 * a handful of names instead of scanning every alias.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { rankFacts } from './rank-facts.js';

/** An exact match: the entry and its rank (0: exact matches are ordered among themselves). */
export interface ExactMatch {
  readonly id: string;
  readonly rank: number;
}

/** A name or alias and the rowid of its entry. */
type Spelling = readonly [text: string, rowid: number];

interface NameMaps {
  /** Names by lower-case name (`docker run -p` and `docker run -P` share one key). */
  readonly byName: Map<string, number[]>;
  /** Names by their last word, lower case. */
  readonly namesByLastWord: Map<string, Spelling[]>;
  /** Aliases as written. */
  readonly byAlias: Map<string, number[]>;
  /** Aliases by lower-case alias. */
  readonly byLowerAlias: Map<string, Spelling[]>;
  /** Aliases by their last word as written (`-P` of `docker run -P`). */
  readonly aliasesByLastWord: Map<string, Spelling[]>;
}

const mapsByBase = new WeakMap<KnowledgeBase, NameMaps>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

function nameMaps(kb: KnowledgeBase): NameMaps {
  let maps = mapsByBase.get(kb);
  if (!maps) {
    const facts = rankFacts(kb);
    maps = { byName: new Map(), namesByLastWord: new Map(), byAlias: new Map(), byLowerAlias: new Map(), aliasesByLastWord: new Map() };
    for (let r = 0; r < facts.size; r++) {
      const name = facts.names[r];
      if (name === undefined) continue;
      const lower = name.toLowerCase();
      push(maps.byName, lower, r);
      push(maps.namesByLastWord, lastWord(lower), [lower, r] as const);
    }
    for (const [alias, entryId] of kb.sqlite.prepare('SELECT alias, entry_id FROM entry_aliases').raw().all() as [string, string][]) {
      const r = facts.rowids.get(entryId);
      if (r === undefined) continue;
      push(maps.byAlias, alias, r);
      push(maps.byLowerAlias, alias.toLowerCase(), [alias, r] as const);
      push(maps.aliasesByLastWord, lastWord(alias), [alias, r] as const);
    }
    mapsByBase.set(kb, maps);
  }
  return maps;
}

/** The names of `map`'s last-word key that end with `suffix` (which starts with a space) and pass `also`. */
function endingWith(map: Map<string, Spelling[]>, suffix: string, also: (text: string) => boolean = () => true): number[] {
  return (map.get(lastWord(suffix)) ?? []).filter(([text]) => text.endsWith(suffix) && also(text)).map(([, r]) => r);
}

export function exactMatches(kb: KnowledgeBase, query: string, kinds: readonly string[]): ExactMatch[] {
  const raw = query.trim().replace(/^docker\s+/i, '');
  const q = raw.toLowerCase();
  if (!q || /\s{2,}/.test(q) || q.length > 60) return [];
  const bare = q.replace(/^-+/, '');
  const maps = nameMaps(kb);
  const exactNames = [q, `docker ${q}`, `concept:${q}`];
  const exact = new Set(exactNames.flatMap((n) => maps.byName.get(n) ?? []));
  const found = new Set<number>([
    ...exact,
    // A flag of any command (`restart` → `docker run --restart`).
    ...endingWith(maps.namesByLastWord, ` --${bare}`),
    // A subcommand of any group (`prune` → `docker image prune`): a word of its own after `docker …`.
    ...endingWith(maps.namesByLastWord, ` ${q}`, (name) => name.startsWith('docker ') && name.length - q.length - 1 >= 'docker '.length + 1),
    ...[raw, `docker ${raw}`].flatMap((a) => maps.byAlias.get(a) ?? []),
    // Aliases in any case, except one-letter flags, whose case is their meaning.
    ...[q, `docker ${q}`].flatMap((a) => (maps.byLowerAlias.get(a) ?? []).filter(([alias]) => !/ -[A-Za-z]$/.test(alias)).map(([, r]) => r)),
    ...(/^-[A-Za-z]$/.test(raw) ? endingWith(maps.aliasesByLastWord, ` ${raw}`) : []),
  ]);
  const facts = rankFacts(kb);
  const rows = [...found].filter((r) => !kinds.length || kinds.includes(facts.kinds[r]!));
  const key = (r: number) => [exact.has(r) ? 0 : 1, -facts.noteLinks[r]!, facts.names[r]!.length, r];
  rows.sort((a, b) => {
    const [ka, kb2] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb2[i]) return ka[i]! - kb2[i]!;
    return 0;
  });
  return rows.slice(0, 5).map((r) => ({ id: facts.ids[r]!, rank: 0 }));
}

/** The canonical name of the command named or aliased exactly `name` (`docker ps` → `docker container ls`… as the catalog names it). */
export function commandNamed(kb: KnowledgeBase, name: string): string | undefined {
  const maps = nameMaps(kb);
  const facts = rankFacts(kb);
  const rowids = [...(maps.byName.get(name) ?? []).filter((r) => facts.names[r] === name), ...(maps.byAlias.get(name) ?? [])];
  const command = rowids.find((r) => facts.kinds[r] === 'command');
  return command === undefined ? undefined : facts.names[command];
}
