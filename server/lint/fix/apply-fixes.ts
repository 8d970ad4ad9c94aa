/**
 * `dref lint --fix`: applies the safe edits findings carry, then lints again and applies what the
 * new text offers, until nothing changes (joining three RUNs takes two rounds). Edits that overlap
 * one already taken in a round wait for the next.
 */
import { entryByName } from '../entry-names.js';
import { lintWith, type LintFinding, type LintOptions } from '../lint-report.js';
import type { LintEdit } from '../types.js';

export interface FixResult {
  readonly text: string;
  /** The findings whose edits were applied, in the order they were. */
  readonly fixed: LintFinding[];
}

const MAX_ROUNDS = 10;

/** ShellCheck offers no fixes dref applies, and its findings are of the text before the round. */
function withoutShellcheck(options: LintOptions): LintOptions {
  const { shellcheck: _unused, ...rest } = options;
  return rest;
}

function applyEdits(text: string, edits: readonly LintEdit[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  for (const e of [...edits].sort((a, b) => b.line - a.line)) lines.splice(e.line - 1, e.endLine - e.line + 1, ...e.text.split('\n'));
  return lines.join(eol);
}

export function fixDockerfile(text: string, options: LintOptions = {}, findings?: readonly LintFinding[]): FixResult {
  const fixed: LintFinding[] = [];
  let current = text;
  let pending = findings;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const withEdits = (pending ?? lintWith(current, withoutShellcheck(options), entryByName).findings).filter((f) => f.edit);
    pending = undefined;
    const taken: LintFinding[] = [];
    for (const f of withEdits) {
      if (taken.some((t) => t.edit!.line <= f.edit!.endLine && f.edit!.line <= t.edit!.endLine)) continue;
      taken.push(f);
    }
    if (!taken.length) break;
    const next = applyEdits(current, taken.map((f) => f.edit!));
    if (next === current) break;
    current = next;
    fixed.push(...taken);
  }
  return { text: current, fixed };
}
