/** Words for the compose commands: see ./types.ts. */
import type { WordsFile } from './types.js';

export const composeWords: WordsFile = {
};
