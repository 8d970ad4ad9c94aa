/** Words for the distribution commands (manifest, plugin, trust): see ./types.ts. */
import type { WordsFile } from './types.js';

export const distributionWords: WordsFile = {
};
