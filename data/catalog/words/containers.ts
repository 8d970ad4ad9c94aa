/** Words for the containers commands: see ./types.ts. */
import type { WordsFile } from './types.js';

export const containersWords: WordsFile = {
};
