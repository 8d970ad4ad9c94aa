/**
 * COPY to a relative path lands under the WORKDIR of the base image, which this Dockerfile does not
 * show. Style: it works, but the reader has to know the base image to know where the files went.
 */
import { say } from '../messages.js';
import { at, type LintRule, type Stage } from '../types.js';
import { sourcesAndDestination } from './copy-paths.js';
import { isAbsolutePath } from './workdir-relative.js';

function setsWorkdir(stage: Stage | null, before: number): boolean {
  for (let s = stage, limit = before; s; s = s.parent, limit = Infinity) {
    if (s.steps.some((w) => w.keyword === 'WORKDIR' && w.line < limit)) return true;
  }
  return false;
}

export const copyRelativeWithoutWorkdir: LintRule = {
  id: 'copy-relative-without-workdir',
  severity: 'info',
  hadolint: 'DL3045',
  entry: 'WORKDIR',
  description: say('COPY to a relative destination before any WORKDIR', 'WORKDIR 없이 상대 경로로 COPY함'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'COPY').flatMap((s) => {
    const { destination } = sourcesAndDestination(s);
    if (!destination || isAbsolutePath(destination) || setsWorkdir(s.stage, s.line)) return [];
    // Built on a stage chosen by a build argument (`FROM build-${VARIANT}`): its WORKDIR cannot be seen.
    if (s.stage.image?.includes('$')) return [];
    return [{
      ...at(s),
      message: say(`COPY to ${destination} is relative, and no WORKDIR above says relative to what`, `${destination}은(는) 상대 경로인데, 위에 어디를 기준으로 할지 정하는 WORKDIR가 없습니다`),
      fix: say('WORKDIR /app above it, or an absolute destination', '위에 WORKDIR /app을 두거나 절대 경로로 쓰세요'),
    }];
  }),
};
