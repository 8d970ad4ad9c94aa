/** npm install <package>@<version> (DL3016). A bare `npm install` / `npm ci` reads the lock file and is fine. Off unless enabled. */
import { pinningRule, packageWords } from './pinning.js';

function pinned(p: string): boolean {
  if (/^git(\+(ssh|https?))?:\/\//.test(p)) return p.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(p) || /^(\/|\.\/|\.\.\/|~\/)/.test(p)) return true;
  return (p.startsWith('@') ? p.replace(/^[^/]*\//, '') : p).includes('@');
}

export const npmPinning = pinningRule({
  id: 'npm-pinning', hadolint: 'DL3016', tool: 'npm', example: 'npm install express@4.21.2',
  unpinned: (c) => {
    if (c.name !== 'npm' || !c.args.includes('install')) return [];
    const words = packageWords(c, ['loglevel', 'registry']);
    if (words[0] !== 'install') return [];
    return words.slice(1).filter((w) => w !== 'install' && !pinned(w));
  },
});
