/** `docker`: catalog entry. Flag facts follow `docker --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const dockerGlobal: CommandSpec = {
  name: '',
  aliases: [],
  usage: 'docker [OPTIONS] COMMAND',
  args: [],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  scope: 'global',
  options: [
    {
      long: '--config', type: 'string', default: '"/root/.docker"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--context', short: '-c', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--debug', short: '-D', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--host', short: '-H', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--log-level', short: '-l', type: 'string', default: '"info"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tls', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tlscacert', type: 'string', default: '"/root/.docker/ca.pem"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tlscert', type: 'string', default: '"/root/.docker/cert.pem"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tlskey', type: 'string', default: '"/root/.docker/key.pem"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tlsverify', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--version', short: '-v', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
