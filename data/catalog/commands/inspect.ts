/** `docker inspect`: catalog entry. Flag facts follow `docker inspect --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const inspect: CommandSpec = {
  name: 'inspect',
  aliases: [],
  usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  args: [{ name: 'NAME|ID', required: true, repeatable: true, role: 'object' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--format', short: '-f', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--size', short: '-s', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--type', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
