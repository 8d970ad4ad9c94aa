/** `docker rm`: catalog entry. Flag facts follow `docker rm --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['container rm', 'container remove'],
  usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  args: [{ name: 'CONTAINER', required: true, repeatable: true, role: 'container' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--force', short: '-f', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--link', short: '-l', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--volumes', short: '-v', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
