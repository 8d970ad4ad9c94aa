/** Every words file, one line each. */
import { buildxDebugWords } from './buildx-debug.js';
import { buildxWords } from './buildx.js';
import { composeAlphaWords } from './compose-alpha.js';
import { composeBridgeWords } from './compose-bridge.js';
import { composeWords } from './compose.js';
import { containersWords } from './containers.js';
import { distributionWords } from './distribution.js';
import { objectsWords } from './objects.js';
import { swarmWords } from './swarm.js';
import type { WordsFile } from './types.js';

export const commandWords: WordsFile = {
  ...containersWords, ...objectsWords, ...distributionWords, ...swarmWords,
  ...composeWords, ...composeAlphaWords, ...composeBridgeWords, ...buildxWords, ...buildxDebugWords,
};
