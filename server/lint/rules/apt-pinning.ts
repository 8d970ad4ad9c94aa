/** apt-get install <package>=<version> (DL3008). Off unless enabled. */
import { pinningRule, packageWords } from './pinning.js';

export const aptPinning = pinningRule({
  id: 'apt-pinning', hadolint: 'DL3008', tool: 'apt-get', example: 'apt-get install -y curl=8.5.0-2ubuntu10',
  unpinned: (c) => (c.name === 'apt-get' && c.args.includes('install')
    ? packageWords(c, ['t', 'target-release']).filter((p) => p !== 'install' && !p.includes('=') && !p.includes('/') && !p.endsWith('.deb')) : []),
});
