/** Commands for an interactive machine (ssh, vim, top, service…) do nothing useful while building an image. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

const INTERACTIVE = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export const pointlessCommand: LintRule = {
  id: 'pointless-command',
  severity: 'info',
  hadolint: 'DL3001',
  entry: 'RUN',
  description: say('A command meant for an interactive machine (ssh, vim, top, service…) in RUN', '대화형 머신용 명령(ssh, vim, top, service 등)을 RUN에서 씀'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s).filter((c) => INTERACTIVE.has(c.name)).map((c) => ({
    ...commandPosition(s, c),
    message: say(`\`${c.name}\` in a build does nothing lasting: no one is there to use it, and nothing it starts survives the RUN`,
      `빌드 중의 \`${c.name}\`은(는) 남는 것이 없습니다. 쓸 사람도 없고, 시작한 것도 RUN이 끝나면 사라집니다`),
    fix: say(c.name === 'service' ? 'start the service from CMD/ENTRYPOINT instead' : `drop \`${c.name}\` from the RUN`,
      c.name === 'service' ? '서비스는 CMD/ENTRYPOINT에서 시작하세요' : `RUN에서 \`${c.name}\`을(를) 빼세요`),
  }))),
};
