/** `docker images`: catalog entry. Flag facts follow `docker images --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const images: CommandSpec = {
  name: 'images',
  aliases: ['image ls', 'image list'],
  usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  args: [{ name: 'REPOSITORY[:TAG]', required: false, repeatable: false, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--all', short: '-a', type: 'bool', default: 'hides intermediate images', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--digests', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--filter', short: '-f', type: 'filter', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--format', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--no-trunc', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tree', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
