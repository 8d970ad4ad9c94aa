/** An output format for lint findings. Formats are listed in formats/index.ts. */
import type { LintFinding } from '../lint-report.js';

export interface LintFileResult {
  readonly file: string;
  readonly findings: readonly LintFinding[];
}

export interface LintFormat {
  readonly name: string;
  /** One line for `--help`: what reads this format. */
  readonly description: string;
  /** Renders the findings of one or more files. */
  renderFiles(files: readonly LintFileResult[]): string;
  /** Renders the findings of one file (what the REST API and single-file callers use). */
  render(findings: readonly LintFinding[], file: string): string;
}

/** A format from its several-files renderer. */
export function lintFormat(name: string, description: string, renderFiles: (files: readonly LintFileResult[]) => string): LintFormat {
  return { name, description, renderFiles, render: (findings, file) => renderFiles([{ file, findings }]) };
}
