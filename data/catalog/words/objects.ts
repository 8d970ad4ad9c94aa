/** Words for the objects commands: see ./types.ts. */
import type { WordsFile } from './types.js';

export const objectsWords: WordsFile = {
};
