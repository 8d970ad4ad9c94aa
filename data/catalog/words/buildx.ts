/** Words for the buildx commands: see ./types.ts. */
import type { WordsFile } from './types.js';

export const buildxWords: WordsFile = {
};
