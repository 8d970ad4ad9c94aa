/** `apk add` keeps its package index in /var/cache/apk; --no-cache skips it (and the `--update` + `rm` dance). */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, hasCacheMount, runCommands, runSteps } from './run-commands.js';

export const apkWithoutNoCache: LintRule = {
  id: 'apk-without-no-cache',
  severity: 'info',
  hadolint: 'DL3019',
  entry: 'RUN',
  description: say('apk add without --no-cache', '--no-cache 없는 apk add'),
  check: (context) => runSteps(context).filter((s) => !hasCacheMount(s, '/var/cache/apk')).flatMap((s) => {
    const commands = runCommands(s);
    // The index removed in the same RUN never reaches the layer.
    if (commands.some((c) => c.name === 'rm' && c.args.some((a) => a.startsWith('/var/cache/apk')))) return [];
    return commands.filter((c) => c.name === 'apk' && c.args.includes('add') && !c.args.includes('--no-cache')).slice(0, 1).map((c) => ({
      ...commandPosition(s, c),
      message: say('apk add leaves its package index in /var/cache/apk in this layer', 'apk add가 패키지 인덱스를 이 레이어의 /var/cache/apk에 남깁니다'),
      fix: say('apk add --no-cache …', 'apk add --no-cache …'),
    }));
  }),
};
