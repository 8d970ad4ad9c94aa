/** `docker import`: catalog entry. Flag facts follow `docker import --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const import: CommandSpec = {
  name: 'import',
  aliases: ['image import'],
  usage: 'docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  args: [{ name: 'file|URL|-', required: true, repeatable: false, role: 'file' }, { name: 'REPOSITORY[:TAG]', required: false, repeatable: false, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--change', short: '-c', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--message', short: '-m', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
