/** `cd` in a RUN lasts only for that RUN; WORKDIR says where later steps run, and reads better. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const cdInRun: LintRule = {
  id: 'cd-in-run',
  severity: 'info',
  hadolint: 'DL3003',
  entry: 'WORKDIR',
  description: say('cd in RUN where WORKDIR would say it', 'WORKDIR로 쓸 수 있는 곳에서 RUN 안의 cd를 씀'),
  check: (context) => runSteps(context).filter((s) => !s.onbuild).flatMap((s) => {
    const cd = runCommands(s).find((c) => c.name === 'cd');
    return cd ? [{
      ...commandPosition(s, cd),
      message: say('`cd` changes folder for this RUN only; the next instruction starts where it was', '`cd`는 이 RUN 안에서만 폴더를 바꿉니다. 다음 인스트럭션은 원래 폴더에서 시작합니다'),
      fix: say(`WORKDIR ${cd.args[0] ?? '/path'} before the RUN`, `RUN 앞에 WORKDIR ${cd.args[0] ?? '/path'}`),
    }] : [];
  }),
};
