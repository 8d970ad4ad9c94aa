/** `docker ps`: catalog entry. Flag facts follow `docker ps --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const ps: CommandSpec = {
  name: 'ps',
  aliases: ['container ls', 'container list', 'container ps'],
  usage: 'docker ps [OPTIONS]',
  args: [],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--all', short: '-a', type: 'bool', default: 'shows just running', repeatable: false,
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
      long: '--last', short: '-n', type: 'int', default: '-1', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--latest', short: '-l', type: 'bool', repeatable: false,
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
      long: '--size', short: '-s', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
