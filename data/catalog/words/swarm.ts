/** Words for the swarm commands: see ./types.ts. */
import type { WordsFile } from './types.js';

export const swarmWords: WordsFile = {
};
