/** go install / go run / go get of a module at @<version> (DL3062); @latest is no version. Off unless enabled. */
import { pinningRule, packageWords } from './pinning.js';

function pinned(p: string): boolean {
  return p === '.' || p.startsWith('/') || p.startsWith('.') || (p.includes('@') && !/@(latest|none)$/.test(p));
}

export const goPinning = pinningRule({
  id: 'go-pinning', hadolint: 'DL3062', tool: 'go', example: 'go install golang.org/x/tools/gopls@v0.16.2',
  unpinned: (c) => {
    if (c.name !== 'go') return [];
    const words = packageWords(c);
    if (words[0] === 'run') return words.slice(1, 2).filter((p) => !pinned(p));
    if (words[0] === 'install' || words[0] === 'get') return words.slice(1).filter((w) => w !== 'tool' && !pinned(w));
    return [];
  },
});
