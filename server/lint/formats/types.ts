/** An output format for lint findings. Formats are listed in formats/index.ts. */
import type { LintFinding } from '../lint-dockerfile.js';

export interface LintFormat {
  readonly name: string;
  /** Renders the findings of one file. */
  render(findings: readonly LintFinding[], file: string): string;
}
