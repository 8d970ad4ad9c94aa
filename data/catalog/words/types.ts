/**
 * The words of the catalog, kept apart from its facts: per command (canonical name, as in
 * `data/catalog/facts/*.json`) a summary, keywords and, for everyday commands, details and
 * examples; per flag (long name) the same. Every sentence is ours, in Korean and English.
 */
import type { Bilingual, Keywords } from '../types.js';

/** What we say about one flag. */
export interface FlagWords {
  readonly summary: Bilingual;
  readonly keywords: Keywords;
  readonly details?: Bilingual;
  readonly examples?: readonly string[];
  /** The closed set of accepted values, where there is one (`json`, `table`). */
  readonly values?: readonly string[];
}

/** What we say about one command and each of its flags. */
export interface CommandWords {
  readonly summary: Bilingual;
  readonly keywords: Keywords;
  readonly details?: Bilingual;
  readonly examples?: readonly string[];
  /** Canonical names of related entries (`docker logs`, `concept:volumes`). */
  readonly related?: readonly string[];
  /** Keyed by the flag's long name (`--follow`); every flag of the facts, no other. */
  readonly options: Readonly<Record<string, FlagWords>>;
}

/** Words of one group of commands, keyed by canonical command name (`network create`, `compose up`). */
export type WordsFile = Readonly<Record<string, CommandWords>>;
