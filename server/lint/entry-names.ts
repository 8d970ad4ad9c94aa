/**
 * A finding's entry by its canonical name alone (`RUN`, `concept:layers`, `compare:add-vs-copy`),
 * with the id the catalog gives it, for callers that print only the name (`why: dref show RUN`).
 * test/lint/lint-rules.test.ts holds every rule's entry to the catalog's.
 */
import { isInstructionName } from '../dockerfile/instruction-names.js';
import type { EntryRef } from '../knowledge/catalog-context.js';

const NO_SUMMARY = { ko: '', en: '' };

export function entryByName(name: string): EntryRef | null {
  if (isInstructionName(name)) return { id: `instruction:${name.toUpperCase()}`, name: name.toUpperCase(), summary: NO_SUMMARY };
  if (name.startsWith('concept:')) return { id: name, name, summary: NO_SUMMARY };
  if (name.startsWith('compare:')) return { id: `comparison:${name.slice('compare:'.length)}`, name, summary: NO_SUMMARY };
  return null;
}
