/** `docker login`: catalog entry. Flag facts follow `docker login --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const login: CommandSpec = {
  name: 'login',
  aliases: [],
  usage: 'docker login [OPTIONS] [SERVER]',
  args: [{ name: 'SERVER', required: false, repeatable: false, role: 'server' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--password', short: '-p', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--password-stdin', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--username', short: '-u', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
