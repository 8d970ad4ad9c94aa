/** Finds an entry by its canonical name or any alias, case-insensitively for everything but flags. */
import type { EntryRecord } from './catalog-entries.js';

export interface EntryNames {
  /** The id of the entry named `name`, if any. */
  idOf(name: string): string | undefined;
}

/** Indexes entries by name and aliases; flags keep their case (`-p` ≠ `-P`). */
export function indexEntryNames(entries: readonly EntryRecord[]): EntryNames {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const e of entries) {
    for (const name of [e.name, ...e.aliases]) {
      if (!exact.has(name)) exact.set(name, e.id);
      const key = name.toLowerCase();
      if (!folded.has(key)) folded.set(key, e.id);
    }
  }
  return {
    idOf(name) {
      const trimmed = name.trim();
      return exact.get(trimmed) ?? (/\s-[A-Za-z]$/.test(trimmed) ? undefined : folded.get(trimmed.toLowerCase()));
    },
  };
}
