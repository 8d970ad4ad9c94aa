/** `docker save`: catalog entry. Flag facts follow `docker save --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const save: CommandSpec = {
  name: 'save',
  aliases: ['image save'],
  usage: 'docker save [OPTIONS] IMAGE [IMAGE...]',
  args: [{ name: 'IMAGE', required: true, repeatable: true, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--output', short: '-o', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
