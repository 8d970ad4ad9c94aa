/**
 * An entry as one JSON document: its texts in one language, its catalog record, where the notes
 * cover it (with the notes' own lines and any errata beside them), examples and related entries.
 * REST serves it and `dref show` prints it.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import type { Lang } from '../search/search-entries.js';
import * as q from './knowledge-queries.js';

export interface EntryDocument {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly keywords: readonly string[];
  readonly aliases: readonly string[];
  readonly data: unknown;
  readonly notes: readonly {
    readonly file: string; readonly section: string; readonly sectionTitle: string; readonly startLine: number; readonly endLine: number;
    readonly role: string; readonly text: string;
    readonly errata: readonly { readonly line: number; readonly column: number; readonly severity: string; readonly message: string; readonly suggestion: string }[];
  }[];
  readonly examples: readonly { readonly kind: string; readonly source: string; readonly text: string; readonly valid: boolean; readonly line: number | null }[];
  readonly related: readonly { readonly id: string; readonly kind: string; readonly name: string; readonly title: string }[];
}

export function entryDocument(kb: KnowledgeBase, id: string, lang: Lang): EntryDocument | undefined {
  const [entry] = q.entriesByIds(kb, [id]);
  if (!entry) return undefined;
  const links = q.noteLinksByEntryIds(kb, [id]).get(id) ?? [];
  const sections = new Map(q.sectionsByIds(kb, [...new Set(links.map((l) => l.sectionId))]).map((s) => [s.id, s]));
  const files = new Map(q.filesByIds(kb, [...new Set([...sections.values()].map((s) => s.fileId))]).map((f) => [f.id, f]));
  const errata = q.errataBySectionIds(kb, [...sections.keys()]);
  const relatedIds = q.relatedByEntryIds(kb, [id]).get(id) ?? [];
  const related = q.entriesByIds(kb, relatedIds);
  const ko = lang === 'ko';
  return {
    id: entry.id, kind: entry.kind, name: entry.name,
    title: ko ? entry.titleKo : entry.titleEn,
    summary: ko ? entry.summaryKo : entry.summaryEn,
    body: ko ? entry.bodyKo : entry.bodyEn,
    keywords: (ko ? entry.keywordsKo : entry.keywordsEn).split(', ').filter(Boolean),
    aliases: q.aliasesByEntryIds(kb, [id]).get(id) ?? [],
    data: JSON.parse(entry.data) as unknown,
    notes: links.map((l) => {
      const section = sections.get(l.sectionId)!;
      const file = files.get(section.fileId)!;
      return {
        file: file.path, section: section.path, sectionTitle: section.title, startLine: l.startLine, endLine: l.endLine, role: l.role,
        text: q.linesOf(file.text, l.startLine, l.endLine),
        errata: (errata.get(l.sectionId) ?? []).filter((e) => e.line >= l.startLine && e.line <= l.endLine)
          .map((e) => ({ line: e.line, column: e.column, severity: e.severity, message: e.message, suggestion: e.suggestion })),
      };
    }),
    examples: (q.examplesByEntryIds(kb, [id]).get(id) ?? []).map((x) => ({ kind: x.kind, source: x.source, text: x.text, valid: x.isValid, line: x.startLine })),
    related: relatedIds.map((r) => related.find((e) => e.id === r)).filter((e) => e !== undefined)
      .map((e) => ({ id: e.id, kind: e.kind, name: e.name, title: ko ? e.titleKo : e.titleEn })),
  };
}
