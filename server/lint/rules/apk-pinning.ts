/** apk add <package>=<version> (DL3018). Off unless enabled. */
import { pinningRule, packageWords } from './pinning.js';

export const apkPinning = pinningRule({
  id: 'apk-pinning', hadolint: 'DL3018', tool: 'apk', example: 'apk add --no-cache curl=8.9.1-r1',
  unpinned: (c) => (c.name === 'apk' && c.args.includes('add')
    ? packageWords(c, ['t', 'virtual', 'repository', 'X']).filter((p) => p !== 'add' && !/[=~<>]/.test(p) && !p.endsWith('.apk')) : []),
});
