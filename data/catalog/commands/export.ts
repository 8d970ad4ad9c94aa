/** `docker export`: catalog entry. Flag facts follow `docker export --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const export: CommandSpec = {
  name: 'export',
  aliases: ['container export'],
  usage: 'docker export [OPTIONS] CONTAINER',
  args: [{ name: 'CONTAINER', required: true, repeatable: false, role: 'container' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--output', short: '-o', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
