/** gem install <gem>:<version> or -v (DL3028). Off unless enabled. */
import { pinningRule } from './pinning.js';

export const gemPinning = pinningRule({
  id: 'gem-pinning', hadolint: 'DL3028', tool: 'gem', example: 'gem install rake:13.2.1',
  unpinned: (c) => {
    if (c.name !== 'gem' || !(c.args.includes('install') || c.args.includes('i'))) return [];
    if (c.args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version='))) return [];
    const gems: string[] = [];
    const args = c.args.slice(0, c.args.includes('--') ? c.args.indexOf('--') : undefined);
    for (let k = 0; k < args.length; k++) {
      if (args[k]!.startsWith('-')) { k++; continue; }
      if (args[k] !== 'install' && args[k] !== 'i') gems.push(args[k]!);
    }
    return gems.filter((g) => !g.includes(':'));
  },
});
