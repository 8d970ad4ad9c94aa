/** Every words file, one line each. */
import { buildxWords } from './buildx.js';
import { composeWords } from './compose.js';
import { containersWords } from './containers.js';
import { distributionWords } from './distribution.js';
import { objectsWords } from './objects.js';
import { swarmWords } from './swarm.js';
import type { WordsFile } from './types.js';

export const commandWords: WordsFile = { ...containersWords, ...objectsWords, ...distributionWords, ...swarmWords, ...composeWords, ...buildxWords };
