/** `Dockerfile:5:1 warning [consecutive-run] message`, the fix and the entry that explains why; one total at the end. */
import { fillPlaceholders } from '../../text/fill-placeholders.js';
import { lintFormat } from './types.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The format's own words in Korean (the severities and the fix:/why: labels stay, as in compiler output). */
const KOREAN = {
  none: '{file}: 찾은 문제 없음',
  total: '{count}건: 오류 {errors}, 경고 {warnings}, 참고 {infos}',
  totalInFiles: '파일 {files}개에서 {count}건: 오류 {errors}, 경고 {warnings}, 참고 {infos}',
};

export const textFormat = lintFormat('text', 'for people (the default)', (files, lang = 'en') => {
  const parts = files.map(({ file, findings }) => {
    if (!findings.length) return lang === 'ko' ? `${fillPlaceholders(KOREAN.none, { file })}\n` : `${file}: no findings\n`;
    return `${findings.map((f) => [
      `${file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`,
      `  fix: ${f.fix.replace(/\n/g, '\n       ')}`,
      ...(f.entry ? [`  why: dref show ${f.entry.name}`] : []),
    ].join('\n')).join('\n')}\n`;
  });
  const all = files.flatMap((f) => f.findings);
  if (!all.length) return parts.join('');
  const count = (s: string) => all.filter((f) => f.severity === s).length;
  if (lang === 'ko') {
    const params = { files: files.length, count: all.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
    return `${parts.join('\n')}\n${fillPlaceholders(files.length > 1 ? KOREAN.totalInFiles : KOREAN.total, params)}\n`;
  }
  const where = files.length > 1 ? ` in ${plural(files.length, 'file', 'files')}` : '';
  return `${parts.join('\n')}\n${plural(all.length, 'finding', 'findings')}${where}: ${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${count('info')} info\n`;
});
