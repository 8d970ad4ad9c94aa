/** `docker rmi`: catalog entry. Flag facts follow `docker rmi --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const rmi: CommandSpec = {
  name: 'rmi',
  aliases: ['image rm', 'image remove'],
  usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  args: [{ name: 'IMAGE', required: true, repeatable: true, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--force', short: '-f', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--no-prune', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--platform', type: 'strings', repeatable: true,
      summary: { ko: '', en: '' },
    },
  ],
};
