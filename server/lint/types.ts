/** What a lint rule sees and reports. Rules are listed in rules/index.ts: one file each. */
import type { Instruction } from 'dockerfile-ast';

export type LintSeverity = 'error' | 'warning' | 'info';

/** One build stage: its FROM and the instructions under it. */
export interface Stage {
  readonly index: number;
  /** The `AS name`, lower-cased, if any. */
  readonly name: string | null;
  readonly from: Instruction;
  readonly instructions: readonly Instruction[];
}

export interface LintContext {
  readonly text: string;
  readonly lines: readonly string[];
  readonly instructions: readonly Instruction[];
  readonly stages: readonly Stage[];
  /** The build context folder, when the caller gave one. */
  readonly contextDir?: string;
}

/** A finding before the linter adds the rule's id, severity and entry. 1-based line and column. */
export interface RuleHit {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

export interface LintRule {
  /** Stable id, used in output and in `# dref-ignore=ID`. */
  readonly id: string;
  readonly severity: LintSeverity;
  /** The hadolint rule it matches, where there is one. */
  readonly hadolint?: string;
  /** Canonical name of the knowledge-base entry that explains why. */
  readonly entry: string;
  /** One line: what the rule checks. */
  readonly description: string;
  check(context: LintContext): RuleHit[];
}

/** A 0-based parser position as a 1-based line and column. */
export function at(position: { line: number; character: number }): { line: number; column: number } {
  return { line: position.line + 1, column: position.character + 1 };
}
