/** `docker create`: catalog entry. Flag facts follow `docker create --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';
import { containerOptions } from './container-options.js';

export const create: CommandSpec = {
  name: 'create',
  aliases: ['container create'],
  usage: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  args: [{ name: 'IMAGE', required: true, repeatable: false, role: 'image' }, { name: 'COMMAND', required: false, repeatable: false, role: 'command' }, { name: 'ARG', required: false, repeatable: true, role: 'argument' }],
  optionsEndAtFirstArgument: true,
  summary: { ko: '이미지로 컨테이너를 준비만 해 두고 실행은 나중에 docker start로', en: 'Prepare a container from an image without starting it, ready for docker start later' },
  details: {
    ko: 'docker create는 이미지 위에 컨테이너의 쓰기 가능한 레이어와 설정을 준비하고 ID를 출력하지만, 프로세스는 실행하지 않아 컨테이너가 created 상태로 남습니다. 실제 실행은 나중에 docker start로 하며, 대화형으로 쓰려면 docker start -a -i로 붙습니다. 옵션은 docker run과 거의 같고, 실행 중인 프로세스에 붙거나 떨어지는 것과 관련된 -d, --detach-keys, --sig-proxy만 없습니다. 이미지가 로컬에 없으면 docker run처럼 먼저 내려받습니다.',
    en: 'docker create prepares a container\'s writable layer and configuration on top of an image and prints its ID, but runs no process, so the container sits in the created state. You start it later with docker start, adding -a -i when you want to work with it interactively. It accepts nearly the same options as docker run; only the ones about attaching to or detaching from a running process (-d, --detach-keys, --sig-proxy) are missing. Like docker run, it pulls the image first when it is not available locally.',
  },
  keywords: { ko: ['컨테이너', '생성', '만들기', '준비', '시작 안 함', '미리 생성'], en: ['create', 'container', 'new container', 'prepare', 'created state', 'start later'] },
  examples: [
    'docker create --name web -p 8080:80 nginx:1.27',
    'docker start web',
    'docker create -it --name shell_box ubuntu:24.04 bash',
    'docker start -a -i shell_box',
  ],
  options: [
    {
      long: '--add-host', type: 'list', repeatable: true,
      ...containerOptions['--add-host'],
    },
    {
      long: '--annotation', type: 'map', default: 'map[]', repeatable: true,
      ...containerOptions['--annotation'],
    },
    {
      long: '--attach', short: '-a', type: 'list', repeatable: true,
      values: ['stdin', 'stdout', 'stderr'],
      ...containerOptions['--attach'],
    },
    {
      long: '--blkio-weight', type: 'uint16', default: '0', repeatable: false,
      ...containerOptions['--blkio-weight'],
    },
    {
      long: '--blkio-weight-device', type: 'list', default: '[]', repeatable: true,
      ...containerOptions['--blkio-weight-device'],
    },
    {
      long: '--cap-add', type: 'list', repeatable: true,
      ...containerOptions['--cap-add'],
    },
    {
      long: '--cap-drop', type: 'list', repeatable: true,
      ...containerOptions['--cap-drop'],
    },
    {
      long: '--cgroup-parent', type: 'string', repeatable: false,
      ...containerOptions['--cgroup-parent'],
    },
    {
      long: '--cgroupns', type: 'string', repeatable: false,
      values: ['host', 'private'],
      ...containerOptions['--cgroupns'],
    },
    {
      long: '--cidfile', type: 'string', repeatable: false,
      ...containerOptions['--cidfile'],
    },
    {
      long: '--cpu-count', type: 'int', repeatable: false,
      ...containerOptions['--cpu-count'],
    },
    {
      long: '--cpu-percent', type: 'int', repeatable: false,
      ...containerOptions['--cpu-percent'],
    },
    {
      long: '--cpu-period', type: 'int', repeatable: false,
      ...containerOptions['--cpu-period'],
    },
    {
      long: '--cpu-quota', type: 'int', repeatable: false,
      ...containerOptions['--cpu-quota'],
    },
    {
      long: '--cpu-rt-period', type: 'int', repeatable: false,
      ...containerOptions['--cpu-rt-period'],
    },
    {
      long: '--cpu-rt-runtime', type: 'int', repeatable: false,
      ...containerOptions['--cpu-rt-runtime'],
    },
    {
      long: '--cpu-shares', short: '-c', type: 'int', repeatable: false,
      ...containerOptions['--cpu-shares'],
    },
    {
      long: '--cpus', type: 'decimal', repeatable: false,
      ...containerOptions['--cpus'],
    },
    {
      long: '--cpuset-cpus', type: 'string', repeatable: false,
      ...containerOptions['--cpuset-cpus'],
    },
    {
      long: '--cpuset-mems', type: 'string', repeatable: false,
      ...containerOptions['--cpuset-mems'],
    },
    {
      long: '--device', type: 'list', repeatable: true,
      ...containerOptions['--device'],
    },
    {
      long: '--device-cgroup-rule', type: 'list', repeatable: true,
      ...containerOptions['--device-cgroup-rule'],
    },
    {
      long: '--device-read-bps', type: 'list', default: '[]', repeatable: true,
      ...containerOptions['--device-read-bps'],
    },
    {
      long: '--device-read-iops', type: 'list', default: '[]', repeatable: true,
      ...containerOptions['--device-read-iops'],
    },
    {
      long: '--device-write-bps', type: 'list', default: '[]', repeatable: true,
      ...containerOptions['--device-write-bps'],
    },
    {
      long: '--device-write-iops', type: 'list', default: '[]', repeatable: true,
      ...containerOptions['--device-write-iops'],
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
      ...containerOptions['--disable-content-trust'],
    },
    {
      long: '--dns', type: 'list', repeatable: true,
      ...containerOptions['--dns'],
    },
    {
      long: '--dns-option', hidden: ['--dns-opt'], type: 'list', repeatable: true,
      ...containerOptions['--dns-option'],
    },
    {
      long: '--dns-search', type: 'list', repeatable: true,
      ...containerOptions['--dns-search'],
    },
    {
      long: '--domainname', type: 'string', repeatable: false,
      ...containerOptions['--domainname'],
    },
    {
      long: '--entrypoint', type: 'string', repeatable: false,
      ...containerOptions['--entrypoint'],
      examples: ['docker create --entrypoint /bin/sh --name nginx_check nginx:1.27 -c "nginx -t"'],
    },
    {
      long: '--env', short: '-e', type: 'list', repeatable: true,
      ...containerOptions['--env'],
      examples: ['docker create -e APP_ENV=staging -e PORT=8080 --name api myapi:1.0'],
    },
    {
      long: '--env-file', type: 'list', repeatable: true,
      ...containerOptions['--env-file'],
    },
    {
      long: '--expose', type: 'list', repeatable: true,
      ...containerOptions['--expose'],
    },
    {
      long: '--gpus', type: 'gpu-request', repeatable: false,
      ...containerOptions['--gpus'],
    },
    {
      long: '--group-add', type: 'list', repeatable: true,
      ...containerOptions['--group-add'],
    },
    {
      long: '--health-cmd', type: 'string', repeatable: false,
      ...containerOptions['--health-cmd'],
    },
    {
      long: '--health-interval', type: 'duration', default: '0s', repeatable: false,
      ...containerOptions['--health-interval'],
    },
    {
      long: '--health-retries', type: 'int', repeatable: false,
      ...containerOptions['--health-retries'],
    },
    {
      long: '--health-start-interval', type: 'duration', default: '0s', repeatable: false,
      ...containerOptions['--health-start-interval'],
    },
    {
      long: '--health-start-period', type: 'duration', default: '0s', repeatable: false,
      ...containerOptions['--health-start-period'],
    },
    {
      long: '--health-timeout', type: 'duration', default: '0s', repeatable: false,
      ...containerOptions['--health-timeout'],
    },
    {
      long: '--help', type: 'bool', repeatable: false,
      ...containerOptions['--help'],
    },
    {
      long: '--hostname', short: '-h', type: 'string', repeatable: false,
      ...containerOptions['--hostname'],
    },
    {
      long: '--init', type: 'bool', repeatable: false,
      ...containerOptions['--init'],
    },
    {
      long: '--interactive', short: '-i', type: 'bool', repeatable: false,
      ...containerOptions['--interactive'],
      examples: ['docker create -i -t --name shell_box ubuntu:24.04 /bin/bash'],
    },
    {
      long: '--io-maxbandwidth', type: 'bytes', repeatable: false,
      ...containerOptions['--io-maxbandwidth'],
    },
    {
      long: '--io-maxiops', type: 'uint', repeatable: false,
      ...containerOptions['--io-maxiops'],
    },
    {
      long: '--ip', type: 'string', repeatable: false,
      ...containerOptions['--ip'],
    },
    {
      long: '--ip6', type: 'string', repeatable: false,
      ...containerOptions['--ip6'],
    },
    {
      long: '--ipc', type: 'string', repeatable: false,
      values: ['none', 'private', 'shareable', 'host', 'container:<name|id>'],
      ...containerOptions['--ipc'],
    },
    {
      long: '--isolation', type: 'string', repeatable: false,
      values: ['default', 'process', 'hyperv'],
      ...containerOptions['--isolation'],
    },
    {
      long: '--kernel-memory', type: 'bytes', repeatable: false,
      deprecated: true,
      ...containerOptions['--kernel-memory'],
    },
    {
      long: '--label', short: '-l', type: 'list', repeatable: true,
      ...containerOptions['--label'],
    },
    {
      long: '--label-file', type: 'list', repeatable: true,
      ...containerOptions['--label-file'],
    },
    {
      long: '--link', type: 'list', repeatable: true,
      ...containerOptions['--link'],
    },
    {
      long: '--link-local-ip', type: 'list', repeatable: true,
      ...containerOptions['--link-local-ip'],
    },
    {
      long: '--log-driver', type: 'string', repeatable: false,
      ...containerOptions['--log-driver'],
    },
    {
      long: '--log-opt', type: 'list', repeatable: true,
      ...containerOptions['--log-opt'],
    },
    {
      long: '--mac-address', type: 'string', repeatable: false,
      ...containerOptions['--mac-address'],
    },
    {
      long: '--memory', short: '-m', type: 'bytes', repeatable: false,
      ...containerOptions['--memory'],
    },
    {
      long: '--memory-reservation', type: 'bytes', repeatable: false,
      ...containerOptions['--memory-reservation'],
    },
    {
      long: '--memory-swap', type: 'bytes', repeatable: false,
      ...containerOptions['--memory-swap'],
    },
    {
      long: '--memory-swappiness', type: 'int', default: '-1', repeatable: false,
      ...containerOptions['--memory-swappiness'],
    },
    {
      long: '--mount', type: 'mount', repeatable: true,
      ...containerOptions['--mount'],
    },
    {
      long: '--name', type: 'string', repeatable: false,
      ...containerOptions['--name'],
      examples: [
        'docker create --name web nginx:1.27',
        'docker create --name app_data -v /data alpine:3.20',
      ],
    },
    {
      long: '--network', hidden: ['--net'], type: 'network', repeatable: true,
      ...containerOptions['--network'],
    },
    {
      long: '--network-alias', hidden: ['--net-alias'], type: 'list', repeatable: true,
      ...containerOptions['--network-alias'],
    },
    {
      long: '--no-healthcheck', type: 'bool', repeatable: false,
      ...containerOptions['--no-healthcheck'],
    },
    {
      long: '--oom-kill-disable', type: 'bool', repeatable: false,
      ...containerOptions['--oom-kill-disable'],
    },
    {
      long: '--oom-score-adj', type: 'int', repeatable: false,
      ...containerOptions['--oom-score-adj'],
    },
    {
      long: '--pid', type: 'string', repeatable: false,
      values: ['host', 'container:<name|id>'],
      ...containerOptions['--pid'],
    },
    {
      long: '--pids-limit', type: 'int', repeatable: false,
      ...containerOptions['--pids-limit'],
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      ...containerOptions['--platform'],
    },
    {
      long: '--privileged', type: 'bool', repeatable: false,
      ...containerOptions['--privileged'],
    },
    {
      long: '--publish', short: '-p', type: 'list', repeatable: true,
      ...containerOptions['--publish'],
      examples: [
        'docker create -p 8080:80 --name web nginx:1.27',
        'docker create -p 127.0.0.1:5000:5000 --name myregistry registry:2',
      ],
    },
    {
      long: '--publish-all', short: '-P', type: 'bool', repeatable: false,
      ...containerOptions['--publish-all'],
      examples: ['docker create -P --name myserver mybuild:0.0'],
    },
    {
      long: '--pull', type: 'string', default: '"missing"', repeatable: false,
      values: ['always', 'missing', 'never'],
      ...containerOptions['--pull'],
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      ...containerOptions['--quiet'],
    },
    {
      long: '--read-only', type: 'bool', repeatable: false,
      ...containerOptions['--read-only'],
    },
    {
      long: '--restart', type: 'string', default: '"no"', repeatable: false,
      values: ['no', 'always', 'on-failure[:N]', 'unless-stopped'],
      ...containerOptions['--restart'],
      examples: [
        'docker create --restart=unless-stopped --name web nginx:1.27',
        'docker create --restart=on-failure:3 --name job myjob:1.0',
      ],
    },
    {
      long: '--rm', type: 'bool', repeatable: false,
      ...containerOptions['--rm'],
    },
    {
      long: '--runtime', type: 'string', repeatable: false,
      ...containerOptions['--runtime'],
    },
    {
      long: '--security-opt', type: 'list', repeatable: true,
      ...containerOptions['--security-opt'],
    },
    {
      long: '--shm-size', type: 'bytes', repeatable: false,
      ...containerOptions['--shm-size'],
    },
    {
      long: '--stop-signal', type: 'string', repeatable: false,
      ...containerOptions['--stop-signal'],
      examples: ['docker create --stop-signal SIGINT --name worker myworker:1.0'],
    },
    {
      long: '--stop-timeout', type: 'int', repeatable: false,
      ...containerOptions['--stop-timeout'],
    },
    {
      long: '--storage-opt', type: 'list', repeatable: true,
      ...containerOptions['--storage-opt'],
    },
    {
      long: '--sysctl', type: 'map', default: 'map[]', repeatable: true,
      ...containerOptions['--sysctl'],
    },
    {
      long: '--tmpfs', type: 'list', repeatable: true,
      ...containerOptions['--tmpfs'],
    },
    {
      long: '--tty', short: '-t', type: 'bool', repeatable: false,
      ...containerOptions['--tty'],
      examples: ['docker create -it --name shell_box ubuntu:24.04 bash'],
    },
    {
      long: '--ulimit', type: 'ulimit', default: '[]', repeatable: true,
      ...containerOptions['--ulimit'],
    },
    {
      long: '--use-api-socket', type: 'bool', repeatable: false,
      ...containerOptions['--use-api-socket'],
    },
    {
      long: '--user', short: '-u', type: 'string', repeatable: false,
      ...containerOptions['--user'],
    },
    {
      long: '--userns', type: 'string', repeatable: false,
      values: ['host'],
      ...containerOptions['--userns'],
    },
    {
      long: '--uts', type: 'string', repeatable: false,
      values: ['host'],
      ...containerOptions['--uts'],
    },
    {
      long: '--volume', short: '-v', type: 'list', repeatable: true,
      ...containerOptions['--volume'],
    },
    {
      long: '--volume-driver', type: 'string', repeatable: false,
      ...containerOptions['--volume-driver'],
    },
    {
      long: '--volumes-from', type: 'list', repeatable: true,
      ...containerOptions['--volumes-from'],
    },
    {
      long: '--workdir', short: '-w', type: 'string', repeatable: false,
      ...containerOptions['--workdir'],
    },
  ],
};
