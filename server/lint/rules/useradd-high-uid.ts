/** `useradd -u 123456` without -l writes a sparse lastlog/faillog entry the size of the UID: gigabytes in the layer. */
import { flagValue, hasAnyFlag } from '../shell/command-words.js';
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const useraddHighUid: LintRule = {
  id: 'useradd-high-uid',
  severity: 'warning',
  hadolint: 'DL3046',
  entry: 'USER',
  description: say('useradd with a high UID and without -l', '-l 없이 큰 UID로 useradd'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s).filter((c) => {
    if (c.name !== 'useradd' || hasAnyFlag(c, ['l', 'no-log-init'])) return false;
    const uid = flagValue(c, 'u', 'uid');
    // `-u "$USER_ID"` is set at build time: its size cannot be known here.
    return uid !== undefined && /^\d{6,}$/.test(uid);
  }).map((c) => ({
    ...commandPosition(s, c),
    message: say('useradd with a UID this high and no -l makes /var/log/lastlog huge', '이렇게 큰 UID로 -l 없이 useradd하면 /var/log/lastlog가 엄청나게 커집니다'),
    fix: say('useradd -l -u … (or --no-log-init)', 'useradd -l -u … (또는 --no-log-init)'),
  }))),
};
