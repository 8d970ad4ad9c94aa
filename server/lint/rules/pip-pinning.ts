/** pip install <package>==<version>, or a requirements / constraints file (DL3013). Off unless enabled. */
import { isPipInstall } from './pip-cache-dir.js';
import { pinningRule, packageWords } from './pinning.js';

const VALUED = ['abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation', 'no-binary',
  'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root', 'root-user-action', 'src', 't', 'target',
  'trusted-host', 'upgrade-strategy'];
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?/;

function pinned(p: string): boolean {
  return ['==', '>=', '<=', '>', '<', '!=', '~=', '==='].some((s) => p.includes(s))
    || (VCS.test(p) && p.includes('@')) || p.endsWith('.whl') || p.endsWith('.tar.gz') || (!VCS.test(p) && p.includes('/'));
}

export const pipPinning = pinningRule({
  id: 'pip-pinning', hadolint: 'DL3013', tool: 'pip', example: 'pip install --no-cache-dir requests==2.32.3 (or -r requirements.txt)',
  unpinned: (c) => {
    if (!isPipInstall(c) || c.args.some((a) => a === '--requirement' || a === '-r' || a === '.' || a === '-c' || a.startsWith('--constraint'))) return [];
    const words = packageWords(c, VALUED);
    const after = words.slice(words.indexOf('install') + 1).filter((w) => w !== 'install');
    return after.filter((p) => !pinned(p));
  },
});
