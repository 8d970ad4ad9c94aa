/**
 * `{"file","findings":[{"rule","severity","line","column","message","fix","entry", …}]}`, entry being
 * the canonical name; several files give an array of those objects.
 */
import type { LintFileResult } from './types.js';
import { lintFormat } from './types.js';

function fileJson({ file, findings }: LintFileResult) {
  return {
    file,
    findings: findings.map((f) => ({
      rule: f.rule, severity: f.severity, line: f.line, column: f.column, message: f.message, fix: f.fix, entry: f.entry?.name ?? null,
      ...(f.endLine ? { endLine: f.endLine } : {}), ...(f.endColumn ? { endColumn: f.endColumn } : {}),
      ...(f.hadolint ? { hadolint: f.hadolint } : {}), ...(f.buildkit ? { buildkit: f.buildkit } : {}), fixable: !!f.edit,
    })),
  };
}

export const jsonFormat = lintFormat('json', 'a stable JSON shape', (files) =>
  `${JSON.stringify(files.length === 1 ? fileJson(files[0]!) : files.map(fileJson), null, 2)}\n`);
