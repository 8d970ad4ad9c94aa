/** `docker push`: catalog entry. Flag facts follow `docker push --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const push: CommandSpec = {
  name: 'push',
  aliases: ['image push'],
  usage: 'docker push [OPTIONS] NAME[:TAG]',
  args: [{ name: 'NAME[:TAG]', required: true, repeatable: false, role: 'image' }],
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
