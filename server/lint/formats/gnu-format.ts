/** GNU's `file:line:column: severity: message [rule]`, which editors (Emacs, Vim's quickfix) jump through. */
import { lintFormat } from './types.js';

export const gnuFormat = lintFormat('gnu', 'file:line:column: severity: message, for editors', (files) => files.flatMap(({ file, findings }) => findings.map((f) =>
  `${file}:${f.line}:${f.column}${f.endLine && f.endColumn ? `-${f.endLine === f.line ? '' : `${f.endLine}.`}${f.endColumn}` : ''}: ${f.severity}: ${f.message} [${f.rule}]\n`)).join(''));
