/** `docker pull`: catalog entry. Flag facts follow `docker pull --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const pull: CommandSpec = {
  name: 'pull',
  aliases: ['image pull'],
  usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  args: [{ name: 'NAME[:TAG|@DIGEST]', required: true, repeatable: false, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--all-tags', short: '-a', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
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
