/** An output format for lint findings. Formats are listed in formats/index.ts. */
import type { LintFinding, LintLang } from '../lint-report.js';

export interface LintFileResult {
  readonly file: string;
  readonly findings: readonly LintFinding[];
}

export interface LintFormat {
  readonly name: string;
  /** One line for `--help`: what reads this format. */
  readonly description: string;
  /** Renders the findings of one or more files; a format for people writes its own words in `lang` (English when not given). */
  renderFiles(files: readonly LintFileResult[], lang?: LintLang): string;
  /** Renders the findings of one file (what the REST API and single-file callers use). */
  render(findings: readonly LintFinding[], file: string, lang?: LintLang): string;
}

/** A format from its several-files renderer. */
export function lintFormat(name: string, description: string, renderFiles: (files: readonly LintFileResult[], lang?: LintLang) => string): LintFormat {
  return { name, description, renderFiles, render: (findings, file, lang) => renderFiles([{ file, findings }], lang) };
}
