/** apt-get installs "recommended" packages too unless told not to: often hundreds of MB nobody asked for. */
import { isCommand } from '../shell/command-words.js';
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const aptInstallRecommends: LintRule = {
  id: 'apt-install-recommends',
  severity: 'info',
  hadolint: 'DL3015',
  entry: 'RUN',
  description: say('apt-get install without --no-install-recommends', '--no-install-recommends 없는 apt-get install'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s)
    .filter((c) => isCommand(c, 'apt-get', ['install']) && !c.args.includes('--no-install-recommends') && !c.args.includes('APT::Install-Recommends=false'))
    .map((c) => ({
      ...commandPosition(s, c),
      message: say('apt-get install also pulls in every recommended package, which the image rarely needs', 'apt-get install은 추천 패키지까지 모두 설치하는데, 이미지에는 대개 필요 없습니다'),
      fix: say('apt-get install -y --no-install-recommends …', 'apt-get install -y --no-install-recommends …'),
    }))),
};
