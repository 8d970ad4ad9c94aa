/** The columns search reads for each entry. */
import type { EntryKind } from '../../schema/tables.js';

export interface EntryRow {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly title_ko: string;
  readonly title_en: string;
  readonly summary_ko: string;
  readonly summary_en: string;
  readonly body_ko: string;
  readonly body_en: string;
  readonly keywords_ko: string;
  readonly keywords_en: string;
  /** The notes' own text about the entry, for snippets. */
  readonly notes_text: string | null;
  /** bm25 × priors: lower is better; 0 for exact matches. */
  readonly rank: number;
}

export const ENTRY_COLUMNS = 'e.id, e.kind, e.name, e.title_ko, e.title_en, e.summary_ko, e.summary_en, e.body_ko, e.body_en, e.keywords_ko, e.keywords_en, entry_search.notes_text';
