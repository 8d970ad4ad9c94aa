/** `docker load`: catalog entry. Flag facts follow `docker load --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const load: CommandSpec = {
  name: 'load',
  aliases: ['image load'],
  usage: 'docker load [OPTIONS]',
  args: [],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--input', short: '-i', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
