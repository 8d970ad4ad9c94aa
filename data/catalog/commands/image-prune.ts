/** `docker image prune`: catalog entry. Flag facts follow `docker image prune --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const imagePrune: CommandSpec = {
  name: 'image prune',
  aliases: [],
  usage: 'docker image prune [OPTIONS]',
  args: [],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--all', short: '-a', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--filter', type: 'filter', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--force', short: '-f', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
