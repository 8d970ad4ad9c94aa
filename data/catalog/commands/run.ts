/** `docker run`: catalog entry. Flag facts follow `docker run --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';
import { containerOptions } from './container-options.js';

export const run: CommandSpec = {
  name: 'run',
  aliases: ['container run'],
  usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  args: [{ name: 'IMAGE', required: true, repeatable: false, role: 'image' }, { name: 'COMMAND', required: false, repeatable: false, role: 'command' }, { name: 'ARG', required: false, repeatable: true, role: 'argument' }],
  optionsEndAtFirstArgument: true,
  summary: { ko: '이미지에서 새 컨테이너를 띄움: 필요하면 이미지를 받고, 만들고, 명령을 실행', en: 'Start a fresh container from an image: pull it if needed, create it, and run its command' },
  details: {
    ko: 'docker run은 docker create로 컨테이너를 만든 뒤 docker start로 시작하는 두 단계를 한 번에 처리합니다. 이미지가 로컬에 없으면 기본적으로 먼저 내려받으며, 레지스트리 주소가 붙지 않은 이름은 Docker Hub에서 찾습니다. 이미지 이름 뒤에 적은 COMMAND와 ARG는 이미지의 CMD를 대신하고, ENTRYPOINT가 있으면 그 인자로 전달됩니다. 기본적으로 터미널에 붙어서 실행되며, 서비스처럼 백그라운드로 돌리려면 -d를, 종료 후 자동으로 지우려면 --rm을 씁니다.',
    en: 'docker run does in one go what docker create followed by docker start would do. If the image is not on the machine it is pulled first by default, and a name without a registry host is looked up on Docker Hub. A COMMAND and ARGs written after the image name take the place of the image\'s CMD, or are handed to its ENTRYPOINT when it has one. The container runs attached to your terminal unless you add -d to run it in the background, and --rm removes it once it exits.',
  },
  keywords: { ko: ['컨테이너', '실행', '생성', '시작', '백그라운드', '포트', '환경 변수', '셸 접속'], en: ['run', 'container', 'start', 'launch', 'create', 'execute', 'detach', 'interactive', 'new container'] },
  examples: [
    'docker run -i -t --name commit_test ubuntu:24.04 /bin/bash',
    'docker run -d --name myregistry -p 5000:5000 --restart=always registry:2',
    'docker run -d -P --name myserver mybuild:0.0',
    'docker run --rm alpine:3.20 echo hello',
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
      long: '--detach', short: '-d', type: 'bool', repeatable: false,
      summary: { ko: '컨테이너를 백그라운드에 두고 ID만 출력한 뒤 바로 프롬프트로 돌아옴', en: 'Return to the prompt at once and leave the container running in the background' },
      details: {
        ko: '기본적으로 docker run은 컨테이너에 붙어서 종료될 때까지 출력을 보여 줍니다. -d를 주면 컨테이너 ID만 출력하고 바로 프롬프트로 돌아오며, 컨테이너는 백그라운드에서 계속 실행되고 출력은 나중에 docker logs로 확인합니다. 웹 서버나 레지스트리처럼 오래 떠 있어야 하는 서비스를 띄울 때 주로 씁니다.',
        en: 'By default docker run stays attached and shows the container\'s output until it exits. With -d the command prints the container ID and hands your prompt back at once, while the container keeps running in the background; read its output later with docker logs. This is the usual way to start long-running services such as a web server or a registry.',
      },
      keywords: { ko: ['백그라운드', '분리 모드', '데몬', '분리', '서비스 실행'], en: ['detach', 'background', 'daemon', 'detached mode', 'service'] },
      examples: [
        'docker run -d --name web -p 8080:80 nginx:1.27',
        'docker run -d -P --name myserver mybuild:0.0',
      ],
    },
    {
      long: '--detach-keys', type: 'string', repeatable: false,
      summary: { ko: '붙어 있는 컨테이너를 실행 상태로 두고 빠져나오는 키 조합 (기본 ctrl-p,ctrl-q)', en: 'Custom key combo for leaving an attached container running (default ctrl-p,ctrl-q)' },
      keywords: { ko: ['분리 키', '키 조합', '단축키', '빠져나오기'], en: ['ctrl-p ctrl-q', 'key sequence', 'escape keys', 'hotkey', 'leave container'] },
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
      examples: [
        'docker run --rm --entrypoint echo ubuntu:24.04 hello world',
        'docker run -it --rm --entrypoint /bin/sh nginx:1.27',
        'docker run -it --name entrypoint_sh --entrypoint /test.sh myimage:1.0 /bin/bash',
      ],
    },
    {
      long: '--env', short: '-e', type: 'list', repeatable: true,
      ...containerOptions['--env'],
      examples: [
        'docker run --rm -e APP_ENV=production -e LOG_LEVEL=debug alpine:3.20 env',
        'docker run --rm -e HOME alpine:3.20 printenv HOME',
      ],
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
      examples: [
        'docker run -i -t --name commit_test ubuntu:24.04 /bin/bash',
        'docker run -i --rm alpine:3.20 sort',
      ],
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
        'docker run -it --name commit_test ubuntu:24.04',
        'docker run -d --name web nginx:1.27',
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
        'docker run -d --name myregistry -p 5000:5000 --restart=always registry:2',
        'docker run -d -p 127.0.0.1:8080:80 --name web nginx:1.27',
        'docker run -d -p 8080:80 -p 5353:53/udp --name edge myedge:1.0',
      ],
    },
    {
      long: '--publish-all', short: '-P', type: 'bool', repeatable: false,
      ...containerOptions['--publish-all'],
      examples: [
        'docker run -d -P --name myserver mybuild:0.0',
        'docker run -d -P --expose 9090 --name web nginx:1.27',
      ],
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
        'docker run -d --restart=always --name myregistry -p 5000:5000 registry:2',
        'docker run -d --restart=on-failure:5 --name job myjob:1.0',
        'docker run -d --restart unless-stopped --name web nginx:1.27',
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
      long: '--sig-proxy', type: 'bool', default: 'true', repeatable: false,
      summary: { ko: 'Ctrl-C 같은 시그널을 docker 클라이언트에서 컨테이너로 넘겨줌 (기본 켜짐, TTY 없을 때)', en: 'Pass Ctrl-C and other signals from the docker client on to the container (on by default, non-TTY)' },
      keywords: { ko: ['시그널 전달', '신호 전달', 'Ctrl-C 전달', '시그널'], en: ['signal forwarding', 'ctrl-c', 'sigint', 'relay signals'] },
    },
    {
      long: '--stop-signal', type: 'string', repeatable: false,
      ...containerOptions['--stop-signal'],
      examples: [
        'docker run -d --stop-signal SIGINT --name worker myworker:1.0',
        'docker run -d --stop-signal=SIGQUIT --name web nginx:1.27',
      ],
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
      examples: [
        'docker run -it --rm ubuntu:24.04 bash',
        'docker run -t --rm ubuntu:24.04 ls --color=auto /',
      ],
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
