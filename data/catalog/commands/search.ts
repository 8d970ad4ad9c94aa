/** `docker search`: catalog entry. Flag facts follow `docker search --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const search: CommandSpec = {
  name: 'search',
  aliases: [],
  usage: 'docker search [OPTIONS] TERM',
  args: [{ name: 'TERM', required: true, repeatable: false, role: 'term' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--filter', short: '-f', type: 'filter', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--format', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--limit', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--no-trunc', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
