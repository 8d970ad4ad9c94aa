/** `Dockerfile:5:1 warning [consecutive-run] message`, the fix and the entry that explains why. */
import type { LintFormat } from './types.js';

export const textFormat: LintFormat = {
  name: 'text',
  render(findings, file) {
    if (!findings.length) return `${file}: no findings\n`;
    const body = findings.map((f) => [
      `${file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`,
      `  fix: ${f.fix.replace(/\n/g, '\n       ')}`,
      ...(f.entry ? [`  why: dref show ${f.entry.name}`] : []),
    ].join('\n'));
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    return `${body.join('\n')}\n\n${findings.length} findings: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info\n`;
  },
};
