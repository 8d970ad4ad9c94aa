/** `Dockerfile:5:1 warning [consecutive-run] message`, the fix and the entry that explains why; one total at the end. */
import { lintFormat } from './types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const textFormat = lintFormat('text', 'for people (the default)', (files) => {
  const parts = files.map(({ file, findings }) => {
    if (!findings.length) return `${file}: no findings\n`;
    return `${findings.map((f) => [
      `${file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`,
      `  fix: ${f.fix.replace(/\n/g, '\n       ')}`,
      ...(f.entry ? [`  why: dref show ${f.entry.name}`] : []),
    ].join('\n')).join('\n')}\n`;
  });
  const all = files.flatMap((f) => f.findings);
  if (!all.length) return parts.join('');
  const count = (s: string) => all.filter((f) => f.severity === s).length;
  const where = files.length > 1 ? ` in ${plural(files.length, 'file', 'files')}` : '';
  return `${parts.join('\n')}\n${plural(all.length, 'finding', 'findings')}${where}: ${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${count('info')} info\n`;
});
