/** `docker stop`: catalog entry. Flag facts follow `docker stop --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const stop: CommandSpec = {
  name: 'stop',
  aliases: ['container stop'],
  usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  args: [{ name: 'CONTAINER', required: true, repeatable: true, role: 'container' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--signal', short: '-s', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--timeout', short: '-t', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
