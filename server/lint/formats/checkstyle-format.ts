/** Checkstyle XML (`<checkstyle><file name><error line column severity message source/>`), read by Jenkins, GitLab and most CI report plugins. */
import { lintFormat } from './types.js';

const SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
    // XML 1.0 cannot carry most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

export const checkstyleFormat = lintFormat('checkstyle', 'Checkstyle XML, for Jenkins and CI report plugins', (files) => [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<checkstyle version="4.3">',
  ...files.flatMap(({ file, findings }) => [
    `  <file name="${attribute(file)}">`,
    ...findings.map((f) => `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${attribute(`${f.message}. Fix: ${f.fix}`)}" source="dref.${attribute(f.rule)}"/>`),
    '  </file>',
  ]),
  '</checkstyle>',
  '',
].join('\n'));
