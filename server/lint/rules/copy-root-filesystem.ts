/**
 * `COPY --from=x / /` lays another stage's whole file system over this one, packages database and
 * all. Only style: helper images made for it (tonistiigi/xx) are small and copied this way on purpose.
 */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { sourcesAndDestination } from './copy-paths.js';

export const copyRootFilesystem: LintRule = {
  id: 'copy-root-filesystem',
  severity: 'info',
  hadolint: 'DL3067',
  entry: 'concept:multi-stage-builds',
  description: say('COPY --from of a whole file system onto /', '다른 단계의 파일 시스템 전체를 /에 COPY --from'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'COPY' && s.flags.some((f) => f.getName() === 'from')).flatMap((s) => {
    const { sources, destination } = sourcesAndDestination(s);
    return sources.includes('/') && destination === '/' ? [{
      ...at(s),
      message: say('this copies the whole file system of the other stage over this one', '다른 단계의 파일 시스템 전체를 이 단계 위에 덮어씁니다'),
      fix: say('copy only the folders the image needs', '이미지에 필요한 폴더만 복사하세요'),
    }] : [];
  }),
};
