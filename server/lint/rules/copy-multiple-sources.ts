/** COPY with several sources needs a folder as destination, written with a trailing `/` (or `.`, the working directory); otherwise the build fails. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { namesFolder, sourcesAndDestination } from './copy-paths.js';

export const copyMultipleSources: LintRule = {
  id: 'copy-multiple-sources',
  severity: 'error',
  hadolint: 'DL3021',
  entry: 'COPY',
  description: say('COPY of several sources to a destination without a trailing /', '여러 소스를 / 로 끝나지 않는 대상에 COPY함'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'COPY').flatMap((s) => {
    const { sources, destination } = sourcesAndDestination(s);
    if (sources.length < 2 || !destination || namesFolder(destination)) return [];
    return [{
      ...at(s),
      message: say(`COPY of ${sources.length} sources needs a folder: ${destination} must end with /`, `소스 ${sources.length}개를 COPY하려면 대상이 폴더여야 합니다. ${destination} 끝에 /를 붙이세요`),
      fix: say(`${destination}/`, `${destination}/`),
    }];
  }),
};
