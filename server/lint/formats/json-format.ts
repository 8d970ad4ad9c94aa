/** `{"findings":[{"rule","severity","line","column","message","fix","entry"}]}`; entry is the canonical name. */
import type { LintFormat } from './types.js';

export const jsonFormat: LintFormat = {
  name: 'json',
  render(findings, file) {
    return `${JSON.stringify({
      file,
      findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, column: f.column, message: f.message, fix: f.fix, entry: f.entry?.name ?? null })),
    }, null, 2)}\n`;
  },
};
