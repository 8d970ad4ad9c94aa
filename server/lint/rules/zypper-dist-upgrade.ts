/** `zypper dist-upgrade` moves the whole distribution to new versions: the base image's job, not a build step's. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { hasWord } from './package-manager-checks.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const zypperDistUpgrade: LintRule = {
  id: 'zypper-dist-upgrade',
  severity: 'warning',
  hadolint: 'DL3035',
  entry: 'RUN',
  description: say('zypper dist-upgrade in a build', '빌드 안에서 zypper dist-upgrade'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s).filter((c) => hasWord(c, 'zypper', ['dist-upgrade', 'dup'])).map((c) => ({
    ...commandPosition(s, c),
    message: say('zypper dist-upgrade upgrades the whole distribution, so the same Dockerfile builds a different system each time', 'zypper dist-upgrade는 배포판 전체를 올리므로, 같은 Dockerfile이 매번 다른 시스템을 만듭니다'),
    fix: say('use a newer base image tag instead, or zypper update of the packages you need', '더 새 베이스 이미지 태그를 쓰거나, 필요한 패키지만 zypper update 하세요'),
  }))),
};
