/** ADD of plain local files: COPY says what it does and nothing more. ADD stays right for URLs, Git repositories and tar archives. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { ARCHIVE, REMOTE, sourcesAndDestination } from './copy-paths.js';

export const addInsteadOfCopy: LintRule = {
  id: 'add-instead-of-copy',
  severity: 'warning',
  hadolint: 'DL3020',
  entry: 'compare:add-vs-copy',
  description: say('ADD used for local files or folders where COPY suffices', 'COPY로 충분한 로컬 파일·폴더에 ADD를 씀'),
  check: ({ steps, lines }) => steps.filter((s) => s.keyword === 'ADD').flatMap((s) => {
    const { sources } = sourcesAndDestination(s);
    if (!sources.length || sources.some((p) => REMOTE.test(p) || ARCHIVE.test(p) || p.includes('$'))) return [];
    const line = lines[s.line - 1] ?? '';
    const fixed = line.replace(/^(\s*(?:ONBUILD\s+)?)ADD\b/i, '$1COPY');
    return [{
      ...at(s),
      message: sources.length > 1
        ? say('ADD copies local files here; COPY does the same without ADD\'s downloads and tar extraction', '여기서 ADD는 로컬 파일을 복사할 뿐입니다. COPY는 다운로드나 tar 자동 해제 없이 같은 일을 합니다')
        : say('ADD copies a local file here; COPY does the same without ADD\'s downloads and tar extraction', '여기서 ADD는 로컬 파일 하나를 복사할 뿐입니다. COPY는 다운로드나 tar 자동 해제 없이 같은 일을 합니다'),
      fix: say(fixed.trim(), fixed.trim()),
      ...(s.flags.every((f) => ['chown', 'chmod', 'link'].includes(f.getName())) ? { edit: { line: s.line, endLine: s.line, text: fixed } } : {}),
    }];
  }),
};
