/** `docker run`: catalog entry. Flag facts follow `docker run --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const run: CommandSpec = {
  name: 'run',
  aliases: ['container run'],
  usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  args: [{ name: 'IMAGE', required: true, repeatable: false, role: 'image' }, { name: 'COMMAND', required: false, repeatable: false, role: 'command' }, { name: 'ARG', required: false, repeatable: true, role: 'argument' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [
    {
      long: '--add-host', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--annotation', type: 'map', default: 'map[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--attach', short: '-a', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--blkio-weight', type: 'uint16', default: '0', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--blkio-weight-device', type: 'list', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cap-add', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cap-drop', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cgroup-parent', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cgroupns', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cidfile', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-count', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-percent', type: 'int', repeatable: false,
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
      long: '--cpu-rt-period', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-rt-runtime', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpu-shares', short: '-c', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--cpus', type: 'decimal', repeatable: false,
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
      long: '--detach', short: '-d', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--detach-keys', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--device', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--device-cgroup-rule', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--device-read-bps', type: 'list', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--device-read-iops', type: 'list', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--device-write-bps', type: 'list', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--device-write-iops', type: 'list', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--dns', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--dns-option', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--dns-search', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--domainname', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--entrypoint', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--env', short: '-e', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--env-file', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--expose', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--gpus', type: 'gpu-request', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--group-add', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--health-cmd', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--health-interval', type: 'duration', default: '0s', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--health-retries', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--health-start-interval', type: 'duration', default: '0s', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--health-start-period', type: 'duration', default: '0s', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--health-timeout', type: 'duration', default: '0s', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--help', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--hostname', short: '-h', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--init', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--interactive', short: '-i', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--io-maxbandwidth', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--io-maxiops', type: 'uint', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--ip', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--ip6', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--ipc', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--isolation', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--kernel-memory', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--label', short: '-l', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--label-file', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--link', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--link-local-ip', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--log-driver', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--log-opt', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--mac-address', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--memory', short: '-m', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--memory-reservation', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--memory-swap', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--memory-swappiness', type: 'int', default: '-1', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--mount', type: 'mount', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--name', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--network', type: 'network', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--network-alias', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--no-healthcheck', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--oom-kill-disable', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--oom-score-adj', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--pid', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--pids-limit', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--privileged', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--publish', short: '-p', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--publish-all', short: '-P', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--pull', type: 'string', default: '"missing"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--read-only', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--restart', type: 'string', default: '"no"', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--rm', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--runtime', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--security-opt', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--shm-size', type: 'bytes', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--sig-proxy', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--stop-signal', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--stop-timeout', type: 'int', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--storage-opt', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--sysctl', type: 'map', default: 'map[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tmpfs', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--tty', short: '-t', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--ulimit', type: 'ulimit', default: '[]', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--use-api-socket', type: 'bool', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--user', short: '-u', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--userns', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--uts', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--volume', short: '-v', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--volume-driver', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
    {
      long: '--volumes-from', type: 'list', repeatable: true,
      summary: { ko: '', en: '' },
    },
    {
      long: '--workdir', short: '-w', type: 'string', repeatable: false,
      summary: { ko: '', en: '' },
    },
  ],
};
