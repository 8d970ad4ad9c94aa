/**
 * Precision on real Dockerfiles of well-known projects: no warning or error that has not been
 * reviewed and judged real, ShellCheck included, and every line/column inside the file.
 */
import { describe, expect, it } from 'vitest';
import { lintReport } from '../../server/lint/lint-dockerfile.js';
import { runShellcheckSync } from '../../server/lint/shellcheck/run-shellcheck.js';
import { shellcheckPath } from '../../server/lint/shellcheck/shellcheck-findings.js';
import { REAL_DOCKERFILES, REVIEWED_FINDINGS, REVIEWED_TRUE_POSITIVES } from './real-dockerfiles.js';

describe('real Dockerfiles', () => {
  it('are at least 134 files', () => {
    expect(REAL_DOCKERFILES.length).toBeGreaterThanOrEqual(134);
  });

  it('record findings only for files that are there', () => {
    expect(Object.keys(REVIEWED_FINDINGS).filter((name) => !REAL_DOCKERFILES.some((f) => f.name === name))).toEqual([]);
  });

  it.each(REAL_DOCKERFILES.map((f) => [f.name, f] as const))('%s: every warning and error is a reviewed one', (name, { text }) => {
    const report = lintReport(text, { shellcheck: runShellcheckSync(text) });
    const warnings = report.findings.filter((f) => f.severity !== 'info');
    const unreviewed = warnings.filter((f) => !(f.rule in REVIEWED_TRUE_POSITIVES) || !(REVIEWED_FINDINGS[name] ?? []).includes(`${f.line} ${f.rule}`));
    expect(unreviewed.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([]);
    expect(warnings.map((f) => `${f.line} ${f.rule}`)).toEqual(REVIEWED_FINDINGS[name] ?? []);
    const lines = text.split('\n');
    for (const f of report.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines.length);
      expect(f.column).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 1);
    }
  });

  it('ran ShellCheck on them (it is installed here, as in CI)', () => {
    expect(shellcheckPath()).not.toBeNull();
    expect(REAL_DOCKERFILES.map((f) => lintReport(f.text, { shellcheck: runShellcheckSync(f.text) }).shellcheck)).toContain('ran');
  });
});
