/** `docker build`: catalog entry. Flag facts follow `docker build --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const build: CommandSpec = {
  name: 'build',
  aliases: ['image build', 'builder build'],
  usage: 'docker build [OPTIONS] PATH | URL | -',
  args: [{ name: 'PATH | URL | -', required: true, repeatable: false, role: 'path' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--add-host', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--build-arg', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cache-from', type: 'strings', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cgroup-parent', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--compress', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-period', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-quota', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-shares', short: '-c', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpuset-cpus', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpuset-mems', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--file', short: '-f', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--force-rm', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--iidfile', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--isolation', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--label', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--memory', short: '-m', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--memory-swap', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--network', type: 'string', default: '"default"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--no-cache', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--pull', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--rm', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--security-opt', type: 'strings', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--shm-size', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--squash', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tag', short: '-t', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--target', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--ulimit', type: 'ulimit', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
  ],
};
