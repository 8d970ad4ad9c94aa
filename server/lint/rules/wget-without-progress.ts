/** wget's default progress bar writes thousands of lines into a build log. */
import { hasAnyFlag } from '../shell/command-words.js';
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const wgetWithoutProgress: LintRule = {
  id: 'wget-without-progress',
  severity: 'info',
  hadolint: 'DL3047',
  entry: 'RUN',
  description: say('wget without --progress, -q or -nv', '--progress, -q, -nv 없는 wget'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s)
    .filter((c) => c.name === 'wget' && !hasAnyFlag(c, ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose']) && !c.args.includes('-nv'))
    .map((c) => ({
      ...commandPosition(s, c),
      message: say('wget\'s progress bar floods the build log', 'wget의 진행 표시줄이 빌드 로그를 가득 채웁니다'),
      fix: say('wget --progress=dot:giga … (or -q / -nv)', 'wget --progress=dot:giga … (또는 -q / -nv)'),
    }))),
};
