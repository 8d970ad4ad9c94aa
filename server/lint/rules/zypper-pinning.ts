/** zypper install <package>=<version> (DL3037). Off unless enabled. */
import { pinningRule, packageWords } from './pinning.js';

export const zypperPinning = pinningRule({
  id: 'zypper-pinning', hadolint: 'DL3037', tool: 'zypper', example: 'zypper install -y curl=8.6.0',
  unpinned: (c) => (c.name === 'zypper' && (c.args.includes('install') || c.args.includes('in'))
    ? packageWords(c).filter((p) => p !== 'install' && p !== 'in' && !/[=<>]/.test(p) && !p.endsWith('.rpm')) : []),
});
