/**
 * Lints a Dockerfile with the notes' advice, hadolint's and BuildKit's checks (lint-report.ts does
 * the work); each finding links to the knowledge-base entry that explains why, with its summary.
 */
import { entryRef, type CatalogContext, type EntryRef } from '../knowledge/catalog-context.js';
import { lintEntry } from './lint-entries.js';
import { lintWith, type LintFinding, type LintOptions, type LintReport } from './lint-report.js';

export { PARSER_RULES } from './parser-findings.js';
export { namesOf } from './lint-report.js';
export type { LintFinding, LintLang, LintOptions, LintReport } from './lint-report.js';

/** Lints one Dockerfile. With a catalog context, entries come from it; else straight from the built-in catalog. */
export function lintDockerfile(text: string, options: LintOptions = {}, context?: CatalogContext): LintFinding[] {
  return lintReport(text, options, context).findings;
}

export function lintReport(text: string, options: LintOptions = {}, context?: CatalogContext): LintReport {
  return lintWith(text, options, (name): EntryRef | null => (context ? entryRef(context, context.names.idOf(name)) : lintEntry(name)));
}
