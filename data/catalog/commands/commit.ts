/** `docker commit`: catalog entry. Flag facts follow `docker commit --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const commit: CommandSpec = {
  name: 'commit',
  aliases: ['container commit'],
  usage: 'docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  args: [{ name: 'CONTAINER', required: true, repeatable: false, role: 'container' }, { name: 'REPOSITORY[:TAG]', required: false, repeatable: false, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--author', short: '-a', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--change', short: '-c', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--message', short: '-m', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--pause', short: '-p', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
