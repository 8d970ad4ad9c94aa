/** The text format's own words (the totals, a file with no findings) in Korean with --lang ko, in English otherwise. */
import { describe, expect, it } from 'vitest';
import { textFormat } from '../../server/lint/formats/text-format.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';

describe('the text format in two languages', () => {
  const findings = lintDockerfile('FROM alpine\nFOO a\n', { lang: 'ko' });
  const files = [{ file: 'a/Dockerfile', findings }, { file: 'b/Dockerfile', findings: [] }];
  const count = (s: string) => findings.filter((f) => f.severity === s).length;

  it('writes the totals and "no findings" in Korean', () => {
    const ko = textFormat.renderFiles(files, 'ko');
    expect(ko).toContain('b/Dockerfile: 찾은 문제 없음\n');
    expect(ko.endsWith(`\n파일 2개에서 ${findings.length}건: 오류 ${count('error')}, 경고 ${count('warning')}, 참고 ${count('info')}\n`)).toBe(true);
    expect(textFormat.render(findings, 'Dockerfile', 'ko').endsWith(`\n${findings.length}건: 오류 ${count('error')}, 경고 ${count('warning')}, 참고 ${count('info')}\n`)).toBe(true);
  });

  it('keeps English without a language', () => {
    expect(textFormat.renderFiles(files)).toContain('b/Dockerfile: no findings\n');
    expect(textFormat.renderFiles(files)).toMatch(/\n\d+ findings in 2 files: \d+ errors?, \d+ warnings?, \d+ info\n$/);
  });
});
