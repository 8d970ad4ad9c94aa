/** A build already runs as the current USER; sudo adds a package, a config and a prompt that can hang. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const sudoInRun: LintRule = {
  id: 'sudo-in-run',
  severity: 'warning',
  hadolint: 'DL3004',
  entry: 'USER',
  description: say('sudo in RUN', 'RUN에서 sudo를 씀'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s).filter((c) => c.name === 'sudo').slice(0, 1).map((c) => ({
    ...commandPosition(s, c),
    message: say('sudo in a build: it may be missing or ask for a password; switch with USER instead', '빌드 중의 sudo는 없거나 비밀번호를 물을 수 있습니다. USER로 사용자를 바꾸세요'),
    fix: say('USER root before this RUN (and USER <app> after), or gosu at run time', '이 RUN 앞에 USER root(뒤에 USER <앱 사용자>), 실행 시에는 gosu'),
  }))),
};
