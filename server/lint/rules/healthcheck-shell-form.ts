/**
 * `HEALTHCHECK CMD curl … || exit 1` in shell form needs a /bin/sh in the image. hadolint's JSON
 * rule covers it too; here it is only style: unlike CMD, a health check has no signal to lose.
 */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const healthcheckShellForm: LintRule = {
  id: 'healthcheck-shell-form',
  severity: 'info',
  hadolint: 'DL3025',
  entry: 'HEALTHCHECK',
  description: say('HEALTHCHECK CMD in shell form', '셸 형식으로 쓴 HEALTHCHECK CMD'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'HEALTHCHECK').flatMap((s) => {
    const words = s.args.replace(/^(--\S+\s+)*/, '');
    const cmd = /^CMD\s+(.*)$/i.exec(words);
    if (!cmd || cmd[1]!.trim().startsWith('[')) return [];
    return [{
      ...at(s),
      message: say('HEALTHCHECK CMD in shell form runs through /bin/sh, which the image must have', '셸 형식 HEALTHCHECK CMD는 /bin/sh를 거쳐 실행되므로 이미지에 셸이 있어야 합니다'),
      fix: say(`HEALTHCHECK CMD ["/bin/sh", "-c", ${JSON.stringify(cmd[1]!.trim())}] (or the JSON form of the command itself)`, `HEALTHCHECK CMD ["/bin/sh", "-c", ${JSON.stringify(cmd[1]!.trim())}] (또는 명령 자체를 JSON 형식으로)`),
    }];
  }),
};
