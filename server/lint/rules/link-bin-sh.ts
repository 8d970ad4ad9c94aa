/** Relinking /bin/sh changes the shell for every later RUN behind the reader's back; SHELL says it openly. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const linkBinSh: LintRule = {
  id: 'link-bin-sh',
  severity: 'warning',
  hadolint: 'DL4005',
  entry: 'SHELL',
  description: say('ln over /bin/sh instead of SHELL', 'SHELL 대신 ln으로 /bin/sh를 바꿈'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s).filter((c) => c.name === 'ln' && c.args.includes('/bin/sh')).map((c) => ({
    ...commandPosition(s, c),
    message: say('relinking /bin/sh silently changes the shell of every later RUN', '/bin/sh를 다시 링크하면 이후 모든 RUN의 셸이 몰래 바뀝니다'),
    fix: say('SHELL ["/bin/bash", "-c"]', 'SHELL ["/bin/bash", "-c"]'),
  }))),
};
