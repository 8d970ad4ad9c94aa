/**
 * Words for the Docker daemon, `dockerd`, and every flag of its help page
 * (data/catalog/sources/dockerd-help.txt): see ./types.ts. Most flags have a daemon.json key of
 * the same name (plural for the repeatable ones); a setting given both ways stops the daemon from starting.
 */
import type { CommandWords } from './types.js';

export const dockerdWords: CommandWords = {
  summary: {
    ko: '이미지와 컨테이너를 실제로 관리하는 도커 데몬과 그 시작 옵션',
    en: 'The Docker daemon that does the real work, and the options it starts with',
  },
  keywords: {
    ko: ['데몬', '도커 데몬', '데몬 설정', '시작 옵션', '레지스트리', '재시작'],
    en: ['dockerd', 'daemon', 'docker daemon', 'daemon.json', 'daemon options', 'registry', 'systemd'],
  },
  details: {
    ko: '`docker` 클라이언트가 보낸 요청을 받아 이미지를 받고, 빌드하고, 컨테이너를 실행하는 백그라운드 서비스입니다. 보통은 직접 실행하지 않고 systemd 같은 서비스 관리자가 띄우며, 옵션은 명령줄 플래그로 주거나 설정 파일 /etc/docker/daemon.json에 적습니다. 어느 쪽이든 바꾼 뒤에는 데몬을 재시작해야 반영되고, 같은 설정을 플래그와 daemon.json 양쪽에 동시에 적으면 데몬이 충돌로 시작되지 않습니다.',
    en: 'The background service that receives requests from the `docker` client and pulls, builds and runs things on its behalf. It is usually started by a service manager such as systemd rather than by hand, and its options come either from command-line flags or from the configuration file /etc/docker/daemon.json. Either way the daemon must be restarted for a change to apply, and putting the same setting both in a flag and in daemon.json makes it refuse to start because of the conflict.',
  },
  examples: [
    'dockerd --insecure-registry=192.168.0.10:5000',
    'dockerd --registry-mirror=https://mirror.example.com --insecure-registry=192.168.0.10:5000',
    'dockerd --validate --config-file /etc/docker/daemon.json',
    'dockerd --debug',
  ],
  related: ['dockerd --insecure-registry', 'concept:daemon-json', 'concept:insecure-registry', 'concept:private-registry', 'docker info'],
  options: {
    '--add-runtime': {
      summary: {
        ko: '`이름=경로` 형식으로 추가 OCI 런타임을 등록 (여러 번 지정 가능)',
        en: 'Register an extra OCI runtime as `name=path`; may be given several times',
      },
      keywords: { ko: ['런타임 추가', '컨테이너 런타임', '런타임 등록'], en: ['add runtime', 'oci runtime', 'runtimes', 'gvisor', 'crun'] },
    },
    '--allow-direct-routing': {
      summary: {
        ko: '다른 호스트가 컨테이너 IP로 직접 라우팅해 공개된 포트에 접속하는 것을 허용',
        en: "Let other hosts reach published ports by routing straight to a container's IP",
      },
      keywords: { ko: ['직접 라우팅', '컨테이너 IP 접근', '원격 접속'], en: ['direct routing', 'container ip', 'published ports', 'routing'] },
    },
    '--authorization-plugin': {
      summary: {
        ko: 'API 요청마다 허용 여부를 판단할 권한 부여 플러그인 지정',
        en: 'Load authorization plugins that approve or deny every API request',
      },
      keywords: { ko: ['권한 플러그인', '접근 제어', '인가'], en: ['authorization plugin', 'authz', 'access control', 'plugin'] },
    },
    '--bip': {
      summary: {
        ko: '기본 브리지(docker0)에 줄 IPv4 주소와 서브넷 (예: 192.168.100.1/24)',
        en: 'IPv4 address and subnet of the default bridge, docker0 (e.g. 192.168.100.1/24)',
      },
      keywords: { ko: ['브리지 주소', 'docker0 대역', '대역 충돌', '서브넷 변경'], en: ['bip', 'docker0', 'bridge ip', 'subnet conflict', '172.17'] },
      details: {
        ko: '기본 브리지는 보통 172.17.0.0/16 대역을 쓰는데, 회사망이나 VPN이 같은 대역을 쓰면 호스트에서 그쪽으로 가는 통신이 끊길 수 있습니다. 이때 `192.168.100.1/24`처럼 브리지 자신의 주소를 CIDR 형식으로 적어 다른 대역으로 옮깁니다. 이 설정은 이름이 `bridge`인 기본 네트워크에만 적용되고, `docker network create`나 Compose가 만드는 네트워크의 대역은 `--default-address-pool`이 정합니다. daemon.json에서는 `"bip": "192.168.100.1/24"`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'The default bridge normally takes 172.17.0.0/16, and when an office network or VPN uses the same range, traffic from the host to it can break. This flag moves the bridge elsewhere by giving its own address in CIDR form, such as `192.168.100.1/24`. It only affects the default network named `bridge`; the subnets of networks made by `docker network create` or Compose come from `--default-address-pool`. In daemon.json the same setting is `"bip": "192.168.100.1/24"`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --bip 192.168.100.1/24'],
    },
    '--bip6': {
      summary: {
        ko: '기본 브리지에 줄 IPv6 주소와 서브넷',
        en: 'IPv6 address and subnet of the default bridge',
      },
      keywords: { ko: ['IPv6 브리지', '브리지 주소', '아이피브이식스'], en: ['bip6', 'ipv6', 'bridge ip', 'docker0'] },
    },
    '--bridge': {
      summary: {
        ko: 'docker0 대신 이미 있는 리눅스 브리지에 컨테이너를 연결 (`none`이면 기본 브리지 네트워크 없음)',
        en: 'Attach containers to an existing Linux bridge instead of docker0; `none` disables it',
      },
      keywords: { ko: ['브리지 지정', '기본 브리지', '브리지 끄기'], en: ['bridge', 'docker0', 'linux bridge', 'bridge none'] },
    },
    '--cdi-spec-dir': {
      summary: {
        ko: 'GPU 같은 장치를 컨테이너에 연결할 때 읽을 CDI 명세 파일 디렉터리',
        en: 'Directories holding CDI specs for handing devices such as GPUs to containers',
      },
      keywords: { ko: ['장치 연결', 'GPU 연결', 'CDI 명세'], en: ['cdi', 'container device interface', 'gpu', 'devices'] },
    },
    '--cgroup-parent': {
      summary: {
        ko: '모든 컨테이너의 cgroup이 들어갈 상위 cgroup',
        en: 'Parent cgroup under which every container gets its cgroup',
      },
      keywords: { ko: ['상위 cgroup', '자원 그룹', '씨그룹'], en: ['cgroup parent', 'cgroup', 'slice', 'resource group'] },
    },
    '--config-file': {
      summary: {
        ko: '데몬 설정 파일 경로 (기본 /etc/docker/daemon.json)',
        en: 'Path of the daemon configuration file (default /etc/docker/daemon.json)',
      },
      keywords: { ko: ['설정 파일', '데몬 설정', '설정 경로'], en: ['config file', 'daemon.json', 'configuration', 'settings file'] },
      details: {
        ko: '설정 파일 자체를 가리키는 옵션이라 daemon.json 안에 대응하는 키는 없습니다. 파일의 키 이름은 플래그 이름에서 대시 두 개를 뺀 것이고, 여러 번 줄 수 있는 플래그는 `"labels"`, `"insecure-registries"`처럼 복수형 배열이 됩니다. 파일에 적은 설정을 플래그로도 주면 값이 같더라도 데몬이 시작되지 않으며, JSON 문법이 틀려도 마찬가지입니다. 재시작하기 전에 `--validate`로 파일을 먼저 검사하세요.',
        en: 'This flag points at the file itself, so daemon.json has no key for it. Keys in the file are the flag names without the leading dashes, and flags that may be repeated become plural arrays such as `"labels"` or `"insecure-registries"`. A setting that is in the file and also given as a flag makes the daemon refuse to start, even if both values agree, and so does a JSON syntax error. Check the file with `--validate` before restarting.',
      },
      examples: ['dockerd --config-file /etc/docker/daemon-test.json', 'dockerd --validate --config-file /etc/docker/daemon.json'],
    },
    '--containerd': {
      summary: {
        ko: '데몬이 직접 띄우는 대신 접속할, 이미 실행 중인 containerd의 gRPC 소켓 주소',
        en: 'gRPC socket of a containerd already running, used instead of starting its own',
      },
      keywords: { ko: ['containerd 소켓', '컨테이너디', '외부 containerd'], en: ['containerd', 'containerd socket', 'grpc', 'standalone containerd'] },
    },
    '--containerd-namespace': {
      summary: {
        ko: '컨테이너와 이미지를 둘 containerd 네임스페이스 (기본 moby)',
        en: 'containerd namespace for containers and images (default moby)',
      },
      keywords: { ko: ['containerd 네임스페이스', '네임스페이스'], en: ['containerd namespace', 'moby', 'namespace'] },
    },
    '--containerd-plugins-namespace': {
      summary: {
        ko: '플러그인에 쓸 containerd 네임스페이스 (기본 plugins.moby)',
        en: 'containerd namespace used for plugins (default plugins.moby)',
      },
      keywords: { ko: ['플러그인 네임스페이스', 'containerd 네임스페이스'], en: ['plugins namespace', 'containerd', 'plugins.moby'] },
    },
    '--cpu-rt-period': {
      summary: {
        ko: '모든 컨테이너의 상위 cgroup에 줄 실시간 CPU 주기(마이크로초), cgroup v2에서는 사용 불가',
        en: 'Real-time CPU period in microseconds for the containers\' parent cgroup; not on cgroup v2',
      },
      keywords: { ko: ['실시간 스케줄링', 'CPU 주기'], en: ['cpu rt period', 'real-time', 'realtime scheduling', 'cgroup v1'] },
    },
    '--cpu-rt-runtime': {
      summary: {
        ko: '모든 컨테이너의 상위 cgroup에 줄 실시간 CPU 실행 시간(마이크로초), cgroup v2에서는 사용 불가',
        en: 'Real-time CPU runtime in microseconds for the containers\' parent cgroup; not on cgroup v2',
      },
      keywords: { ko: ['실시간 스케줄링', 'CPU 실행 시간'], en: ['cpu rt runtime', 'real-time', 'realtime scheduling', 'cgroup v1'] },
    },
    '--cri-containerd': {
      summary: {
        ko: '데몬이 띄우는 containerd의 CRI 플러그인을 켜서 시작',
        en: 'Start the daemon\'s containerd with its CRI plugin enabled',
      },
      keywords: { ko: ['CRI 플러그인', '쿠버네티스 연동'], en: ['cri', 'containerd cri', 'kubernetes', 'kubelet'] },
    },
    '--data-root': {
      summary: {
        ko: '이미지, 컨테이너, 볼륨 같은 데이터를 저장할 디렉터리 (기본 /var/lib/docker)',
        en: 'Directory where images, containers, volumes and other state live (default /var/lib/docker)',
      },
      keywords: { ko: ['저장 위치', '데이터 경로', '디스크 부족', '저장소 옮기기'], en: ['data-root', 'data root', '/var/lib/docker', 'disk space', 'move docker data', 'graph'] },
      details: {
        ko: '루트 파티션이 작아서 이미지와 빌드 캐시를 큰 디스크로 옮기고 싶을 때 씁니다. 경로만 바꾸면 기존 데이터는 옮겨지지 않으므로, 데몬은 빈 상태로 시작하고 예전 이미지와 컨테이너, 볼륨은 보이지 않습니다. 데몬을 멈추고 기존 디렉터리 내용을 새 위치로 복사한 다음 시작해야 그대로 이어집니다. daemon.json에서는 `"data-root": "/mnt/docker-data"`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Used to move images and build cache off a small root partition onto a bigger disk. Changing the path does not move anything: the daemon starts empty and the old images, containers and volumes are not visible. Stop the daemon, copy the old directory to the new place, then start it to carry on where you left off. In daemon.json the same setting is `"data-root": "/mnt/docker-data"`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --data-root /mnt/docker-data'],
    },
    '--debug': {
      summary: {
        ko: '데몬 로그를 디버그 수준까지 자세히 출력',
        en: 'Log everything the daemon does, down to debug messages',
      },
      keywords: { ko: ['디버그', '자세한 로그', '문제 해결'], en: ['debug', 'verbose', 'troubleshoot', 'daemon logs'] },
    },
    '--default-address-pool': {
      summary: {
        ko: '새로 만드는 네트워크에 서브넷을 나눠 줄 주소 풀 (예: base=10.10.0.0/16,size=24)',
        en: 'Address pool new networks take their subnets from (e.g. base=10.10.0.0/16,size=24)',
      },
      keywords: { ko: ['주소 풀', '네트워크 대역', '대역 충돌', '서브넷 고갈'], en: ['default address pool', 'default-address-pools', 'subnet', 'ip range', 'network conflict'] },
      details: {
        ko: '`docker network create`나 Compose가 서브넷을 지정하지 않고 네트워크를 만들면, 도커는 이 풀의 `base` 대역을 `size` 크기로 잘라 하나씩 나눠 줍니다. 기본 대역이 회사망이나 VPN과 겹치거나, 네트워크를 많이 만들어 주소가 바닥날 때 바꿉니다. 이미 만든 네트워크의 서브넷은 그대로이고, 기본 `bridge` 네트워크는 `--bip`로 따로 정합니다. daemon.json에서는 `"default-address-pools": [{"base": "10.10.0.0/16", "size": 24}]`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'When `docker network create` or Compose makes a network without a subnet, Docker cuts the pool\'s `base` range into blocks of `size` and hands them out one by one. Change it when the built-in ranges clash with an office network or VPN, or when many networks exhaust them. Networks that already exist keep their subnets, and the default `bridge` network is set separately with `--bip`. In daemon.json the same setting is `"default-address-pools": [{"base": "10.10.0.0/16", "size": 24}]`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --default-address-pool base=10.10.0.0/16,size=24'],
    },
    '--default-cgroupns-mode': {
      summary: {
        ko: '컨테이너의 기본 cgroup 네임스페이스 모드, host 또는 private (기본 private)',
        en: 'Default cgroup namespace mode of containers, host or private (default private)',
      },
      keywords: { ko: ['cgroup 네임스페이스', '격리'], en: ['cgroupns', 'cgroup namespace', 'private', 'host'] },
      values: ['host', 'private'],
    },
    '--default-gateway': {
      summary: {
        ko: '기본 브리지 네트워크의 컨테이너가 쓸 IPv4 기본 게이트웨이',
        en: 'IPv4 default gateway for containers on the default bridge network',
      },
      keywords: { ko: ['기본 게이트웨이', '게이트웨이'], en: ['default gateway', 'gateway', 'ipv4', 'bridge'] },
    },
    '--default-gateway-v6': {
      summary: {
        ko: '기본 브리지 네트워크의 컨테이너가 쓸 IPv6 기본 게이트웨이',
        en: 'IPv6 default gateway for containers on the default bridge network',
      },
      keywords: { ko: ['IPv6 게이트웨이', '게이트웨이'], en: ['default gateway v6', 'ipv6 gateway', 'gateway', 'bridge'] },
    },
    '--default-ipc-mode': {
      summary: {
        ko: '컨테이너의 기본 IPC 모드, shareable 또는 private (기본 private)',
        en: 'Default IPC mode of containers, shareable or private (default private)',
      },
      keywords: { ko: ['IPC 모드', '공유 메모리', '프로세스 간 통신'], en: ['ipc mode', 'ipc', 'shareable', 'shared memory'] },
      values: ['shareable', 'private'],
    },
    '--default-network-opt': {
      summary: {
        ko: '새 네트워크에 드라이버별로 적용할 기본 옵션 (`드라이버=옵션=값`)',
        en: 'Default driver options for new networks, as `driver=option=value`',
      },
      keywords: { ko: ['네트워크 기본값', '네트워크 옵션', '드라이버 옵션'], en: ['default network opts', 'network options', 'driver options', 'mtu'] },
    },
    '--default-runtime': {
      summary: {
        ko: '따로 지정하지 않은 컨테이너가 쓸 OCI 런타임 (기본 runc)',
        en: 'OCI runtime containers use unless they ask for another (default runc)',
      },
      keywords: { ko: ['기본 런타임', '컨테이너 런타임'], en: ['default runtime', 'runc', 'oci runtime', 'runtime'] },
    },
    '--default-shm-size': {
      summary: {
        ko: '컨테이너 /dev/shm 공유 메모리의 기본 크기 (기본 64MiB)',
        en: 'Default size of a container\'s /dev/shm shared memory (default 64MiB)',
      },
      keywords: { ko: ['공유 메모리', 'shm 크기'], en: ['shm size', '/dev/shm', 'shared memory', 'shm'] },
    },
    '--default-ulimit': {
      summary: {
        ko: '모든 컨테이너에 기본으로 걸 ulimit (예: nofile=65536:65536)',
        en: 'ulimits every container gets by default (e.g. nofile=65536:65536)',
      },
      keywords: { ko: ['파일 열기 제한', '리소스 제한', '울리밋', '열린 파일 수'], en: ['default ulimit', 'ulimit', 'nofile', 'open files', 'too many open files'] },
      details: {
        ko: '`이름=소프트[:하드]` 형식으로 주며, `docker run --ulimit`과 같은 이름(nofile, nproc, memlock 등)을 씁니다. 컨테이너를 만들 때 `--ulimit`을 따로 주면 그 값이 이 기본값보다 우선합니다. nproc은 컨테이너가 아니라 호스트 사용자 단위로 세는 제한이라 예상과 다르게 동작할 수 있습니다. daemon.json에서는 `"default-ulimits": {"nofile": {"Name": "nofile", "Soft": 65536, "Hard": 65536}}`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Given as `name=soft[:hard]`, with the same names as `docker run --ulimit` (nofile, nproc, memlock and so on). A `--ulimit` given when a container is created wins over this default. nproc is counted per host user, not per container, so it may not limit what you expect. In daemon.json the same setting is `"default-ulimits": {"nofile": {"Name": "nofile", "Soft": 65536, "Hard": 65536}}`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --default-ulimit nofile=65536:65536'],
    },
    '--dns': {
      summary: {
        ko: '컨테이너가 기본으로 쓸 DNS 서버 주소 (여러 번 지정 가능)',
        en: 'DNS server containers use by default; may be given several times',
      },
      keywords: { ko: ['DNS 서버', '이름 풀이 실패', '도메인 조회', '네임서버'], en: ['dns', 'dns server', 'nameserver', 'resolv.conf', 'name resolution'] },
      details: {
        ko: '컨테이너는 보통 호스트의 /etc/resolv.conf에 적힌 네임서버를 물려받는데, 그 서버가 컨테이너 안에서 닿지 않아 이름 풀이가 실패할 때 이 플래그로 쓸 서버를 정해 줍니다. 사용자 정의 네트워크에 붙은 컨테이너는 계속 내장 DNS(127.0.0.11)에 묻고, 내장 DNS가 바깥 이름을 여기 적은 서버로 넘깁니다. 컨테이너마다 `docker run --dns`를 주면 그쪽이 우선합니다. daemon.json에서는 `"dns": ["10.0.0.2", "8.8.8.8"]`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Containers normally inherit the nameservers of the host\'s /etc/resolv.conf; when those cannot be reached from inside a container and lookups fail, this flag names the servers to use instead. Containers on user-defined networks still ask the embedded DNS at 127.0.0.11, which forwards outside names to the servers given here. A per-container `docker run --dns` takes precedence. In daemon.json the same setting is `"dns": ["10.0.0.2", "8.8.8.8"]`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --dns 10.0.0.2 --dns 8.8.8.8'],
    },
    '--dns-opt': {
      summary: {
        ko: '컨테이너 resolv.conf에 넣을 기본 DNS 옵션 (예: ndots:2)',
        en: 'Default resolver options written into containers\' resolv.conf (e.g. ndots:2)',
      },
      keywords: { ko: ['DNS 옵션', '리졸버 옵션'], en: ['dns options', 'dns-opts', 'ndots', 'resolv.conf'] },
    },
    '--dns-search': {
      summary: {
        ko: '컨테이너가 짧은 호스트 이름에 붙여 찾을 기본 검색 도메인',
        en: 'Default search domains containers append to short host names',
      },
      keywords: { ko: ['검색 도메인', 'DNS 검색'], en: ['dns search', 'search domain', 'resolv.conf', 'domain'] },
    },
    '--exec-opt': {
      summary: {
        ko: '런타임 실행 옵션 (예: native.cgroupdriver=systemd)',
        en: 'Runtime execution options, such as native.cgroupdriver=systemd',
      },
      keywords: { ko: ['cgroup 드라이버', '실행 옵션', '격리 방식'], en: ['exec opt', 'cgroupdriver', 'cgroup driver', 'systemd', 'isolation'] },
    },
    '--exec-root': {
      summary: {
        ko: '실행 중 상태 파일을 둘 디렉터리 (기본 /var/run/docker)',
        en: 'Directory for runtime state files (default /var/run/docker)',
      },
      keywords: { ko: ['실행 상태 경로', '상태 파일'], en: ['exec root', '/var/run/docker', 'state files', 'runtime state'] },
    },
    '--experimental': {
      summary: {
        ko: '데몬의 실험적 기능을 켬',
        en: 'Turn on the daemon\'s experimental features',
      },
      keywords: { ko: ['실험 기능', '실험적 기능', '베타 기능'], en: ['experimental', 'experimental features', 'beta', 'preview'] },
      details: {
        ko: '정식 기능이 되기 전의 데몬 기능(예: 컨테이너 체크포인트)을 쓸 수 있게 합니다. 켜졌는지는 `docker version`의 Server 부분에서 Experimental 값으로 확인합니다. 실험적 기능은 버전이 바뀌면 동작이 달라지거나 없어질 수 있으니 운영 환경에서는 조심해서 쓰세요. daemon.json에서는 `"experimental": true`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Unlocks daemon features that are not yet stable, such as container checkpoints. `docker version` shows whether it is on, as Experimental in its Server part. Experimental features can change or disappear between releases, so be careful with them in production. In daemon.json the same setting is `"experimental": true`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --experimental'],
    },
    '--feature': {
      summary: {
        ko: '이름으로 데몬 기능을 켜거나 끔 (예: containerd-snapshotter, cdi=true)',
        en: 'Turn a named daemon feature on or off (e.g. containerd-snapshotter, cdi=true)',
      },
      keywords: { ko: ['기능 켜기', '기능 플래그', 'containerd 이미지 저장소'], en: ['feature', 'features', 'containerd-snapshotter', 'cdi', 'feature flag'] },
      details: {
        ko: '`이름` 또는 `이름=true|false` 형식이고 값을 생략하면 켜짐으로 보며, 여러 번 주어 기능 여러 개를 정할 수 있습니다. 많이 쓰는 `containerd-snapshotter`는 이미지 저장을 containerd 스냅샷터로 바꾸는데, 바꾸고 나면 예전 저장소에 있던 이미지와 컨테이너는 디스크에 남아 있어도 보이지 않습니다. `cdi`는 CDI 장치 연결을 켭니다. daemon.json에서는 `"features": {"containerd-snapshotter": true}`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Takes `name` or `name=true|false`; without a value the feature is turned on, and the flag may be repeated for several features. The common one, `containerd-snapshotter`, moves image storage to containerd snapshotters; after the switch, images and containers of the old store stay on disk but are no longer listed. `cdi` enables CDI device support. In daemon.json the same setting is `"features": {"containerd-snapshotter": true}`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --feature containerd-snapshotter', 'dockerd --feature cdi=true --feature containerd-snapshotter'],
    },
    '--fixed-cidr': {
      summary: {
        ko: '기본 브리지 네트워크에서 컨테이너 IPv4 주소를 나눠 줄 서브넷',
        en: 'IPv4 subnet from which containers on the default bridge get addresses',
      },
      keywords: { ko: ['주소 범위', '서브넷', '컨테이너 IP'], en: ['fixed cidr', 'subnet', 'ip range', 'default bridge'] },
    },
    '--fixed-cidr-v6': {
      summary: {
        ko: '기본 브리지 네트워크에서 컨테이너 IPv6 주소를 나눠 줄 서브넷',
        en: 'IPv6 subnet from which containers on the default bridge get addresses',
      },
      keywords: { ko: ['IPv6 서브넷', '주소 범위'], en: ['fixed cidr v6', 'ipv6 subnet', 'ipv6', 'default bridge'] },
    },
    '--group': {
      summary: {
        ko: '유닉스 소켓을 소유할 그룹 (기본 docker), 이 그룹의 사용자는 sudo 없이 docker 사용',
        en: 'Group that owns the Unix socket (default docker); its members can use docker without sudo',
      },
      keywords: { ko: ['도커 그룹', '소켓 권한', 'sudo 없이'], en: ['group', 'docker group', 'socket permission', 'without sudo'] },
    },
    '--help': {
      summary: {
        ko: '데몬 옵션 도움말을 출력하고 종료',
        en: 'Print the daemon\'s options and exit',
      },
      keywords: { ko: ['도움말', '사용법'], en: ['help', 'usage'] },
    },
    '--host': {
      summary: {
        ko: '클라이언트 연결을 받을 소켓 주소 (unix://, tcp://, fd://; 여러 번 지정 가능)',
        en: 'Socket the daemon listens on for clients (unix://, tcp://, fd://); may be repeated',
      },
      keywords: { ko: ['원격 접속', '소켓', '포트 열기', '2375 포트', 'TCP 접속'], en: ['host', 'hosts', 'socket', 'tcp', 'remote api', 'docker.sock'] },
      details: {
        ko: '지정하지 않으면 unix:///var/run/docker.sock 하나만 열고, `tcp://주소:포트`를 더하면 다른 머신에서도 접속할 수 있습니다. TLS 없이 TCP를 열면 그 포트에 닿는 누구나 호스트의 root 권한을 얻는 셈이므로, 원격 접속은 `--tlsverify`와 함께 2376번 포트로 여세요. daemon.json에서는 `"hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375"]`인데, systemd로 띄우는 배포판은 유닛 파일에서 이미 `-H fd://`를 넘기므로 daemon.json에 hosts를 적으면 충돌로 데몬이 시작되지 않습니다. 이 경우 systemd 드롭인 파일로 ExecStart의 `-H`를 고칩니다.',
        en: 'Without it the daemon opens only unix:///var/run/docker.sock; adding `tcp://address:port` lets other machines connect. An open TCP socket without TLS gives anyone who reaches the port root on the host, so expose it remotely only with `--tlsverify`, on port 2376. In daemon.json the same setting is `"hosts": ["unix:///var/run/docker.sock", "tcp://127.0.0.1:2375"]`, but distributions that start the daemon with systemd already pass `-H fd://` in the unit file, so adding hosts to daemon.json is a conflict and the daemon refuses to start. Change the `-H` of ExecStart with a systemd drop-in file instead.',
      },
      examples: ['dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:2375', 'dockerd -H fd://'],
    },
    '--host-gateway-ip': {
      summary: {
        ko: '`--add-host`의 특수 값 host-gateway가 가리킬 IP (기본은 기본 브리지의 주소)',
        en: 'IP that host-gateway in `--add-host` resolves to (by default the default bridge\'s)',
      },
      keywords: { ko: ['호스트 게이트웨이', '호스트 접속', '호스트 IP'], en: ['host gateway', 'host-gateway', 'host.docker.internal', 'add-host'] },
    },
    '--http-proxy': {
      summary: {
        ko: '데몬 자신이 이미지를 받거나 올릴 때 쓸 HTTP 프록시 (컨테이너에는 적용 안 됨)',
        en: 'HTTP proxy for the daemon\'s own traffic such as pulls; not for containers',
      },
      keywords: { ko: ['프록시', '사내망', '이미지 받기 실패'], en: ['http proxy', 'proxy', 'corporate proxy', 'http_proxy'] },
    },
    '--https-proxy': {
      summary: {
        ko: '데몬 자신이 HTTPS로 나갈 때 쓸 프록시 (컨테이너에는 적용 안 됨)',
        en: 'HTTPS proxy for the daemon\'s own outgoing traffic; not for containers',
      },
      keywords: { ko: ['프록시', 'HTTPS 프록시', '사내망'], en: ['https proxy', 'proxy', 'https_proxy', 'corporate proxy'] },
    },
    '--icc': {
      summary: {
        ko: '기본 브리지 네트워크의 컨테이너끼리 통신 허용 (기본 켜짐, 끄려면 --icc=false)',
        en: 'Let containers on the default bridge talk to each other (default on; --icc=false to block)',
      },
      keywords: { ko: ['컨테이너 간 통신', '통신 차단', '격리'], en: ['icc', 'inter-container communication', 'isolation', 'default bridge'] },
    },
    '--init': {
      summary: {
        ko: '모든 컨테이너에 신호를 전달하고 좀비 프로세스를 거두는 init을 기본으로 실행',
        en: 'Run an init in every container that forwards signals and reaps zombie processes',
      },
      keywords: { ko: ['init 프로세스', '좀비 프로세스', '신호 전달'], en: ['init', 'tini', 'zombie', 'signals', 'pid 1'] },
    },
    '--init-path': {
      summary: {
        ko: '`--init`에 쓸 docker-init 실행 파일 경로',
        en: 'Path of the docker-init binary used for `--init`',
      },
      keywords: { ko: ['init 경로', '실행 파일 경로'], en: ['init path', 'docker-init', 'tini'] },
    },
    '--insecure-registry': {
      summary: {
        ko: 'HTTPS 인증서 검증 없이 접속을 허용할 레지스트리 주소나 대역',
        en: 'Registry address or IP range the daemon may reach without verified HTTPS',
      },
      keywords: {
        ko: ['사설 레지스트리', '비보안 레지스트리', '인증서', '데몬 설정', '재시작', '푸시 실패'],
        en: ['insecure-registry', 'insecure-registries', 'insecure registry', 'http', 'https', 'docker_opts', 'daemon.json', 'private registry', 'certificate'],
      },
      details: {
        ko: '데몬은 기본적으로 신뢰할 수 있는 인증서를 가진 HTTPS 레지스트리와만 통신하므로, 5000번 포트로 띄운 사설 레지스트리 컨테이너처럼 HTTP만 쓰는 곳에는 push나 pull이 실패합니다. 여기에 `호스트:포트`나 `10.0.0.0/8` 같은 CIDR 대역을 적으면 그 레지스트리에 한해 인증서 검증을 건너뛰거나 HTTP로 접속합니다. 예전 Ubuntu(Upstart) 환경에서는 /etc/default/docker의 `DOCKER_OPTS`에 이 플래그를 넣었지만, 요즘은 /etc/docker/daemon.json의 `"insecure-registries"` 배열에 주소를 적고 데몬을 재시작합니다(`docker info`의 Insecure Registries 항목으로 확인). 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않으니 한쪽에만 두세요. 통신이 보호되지 않으므로 믿을 수 있는 내부망에서만 쓰세요.',
        en: 'By default the daemon only talks to registries over HTTPS with a certificate it trusts, so pushing to or pulling from a plain-HTTP registry, such as a private registry container on port 5000, fails. Listing a `host:port` or a CIDR range like `10.0.0.0/8` here lets the daemon skip certificate checks or fall back to HTTP for that registry only. Older Ubuntu (Upstart) setups put this flag into `DOCKER_OPTS` in /etc/default/docker; today you list the addresses in the `"insecure-registries"` array of /etc/docker/daemon.json and restart the daemon, then check the Insecure Registries section of `docker info`. Keep it in one place only: giving it both as a flag and in daemon.json makes the daemon refuse to start. The traffic is unprotected, so use it only on a network you trust.',
      },
      examples: [
        'dockerd --insecure-registry=192.168.0.10:5000',
        'dockerd --insecure-registry 192.168.0.10:5000 --insecure-registry 10.0.0.0/8',
      ],
    },
    '--ip': {
      summary: {
        ko: '기본 브리지 컨테이너가 주소 없이 포트를 공개할 때 묶일 호스트 IP (기본 0.0.0.0)',
        en: 'Host IP that ports published from the default bridge bind to by default (default 0.0.0.0)',
      },
      keywords: { ko: ['포트 바인딩', '바인딩 주소', '외부 노출'], en: ['ip', 'bind address', 'port binding', '0.0.0.0', 'publish'] },
    },
    '--ip-forward': {
      summary: {
        ko: '시스템의 IP 포워딩을 켬 (기본 켜짐)',
        en: 'Turn on IP forwarding in the system settings (default on)',
      },
      keywords: { ko: ['IP 포워딩', '패킷 전달'], en: ['ip forward', 'ip_forward', 'sysctl', 'routing'] },
    },
    '--ip-forward-no-drop': {
      summary: {
        ko: 'IP 포워딩을 켤 때 FORWARD 체인의 기본 정책을 DROP으로 바꾸지 않음',
        en: 'Keep the FORWARD chain policy as it is instead of DROP when turning on forwarding',
      },
      keywords: { ko: ['포워드 정책', '방화벽'], en: ['forward policy', 'iptables forward', 'drop', 'firewall'] },
    },
    '--ip-masq': {
      summary: {
        ko: '기본 브리지 컨테이너의 바깥 통신에 IP 마스커레이딩(NAT) 적용 (기본 켜짐)',
        en: 'Masquerade (NAT) outgoing traffic of the default bridge\'s containers (default on)',
      },
      keywords: { ko: ['마스커레이딩', '주소 변환', '외부 통신'], en: ['ip masq', 'masquerade', 'nat', 'snat'] },
    },
    '--ip6tables': {
      summary: {
        ko: '네트워크용 ip6tables 규칙을 데몬이 추가 (기본 켜짐)',
        en: 'Let the daemon add ip6tables rules for its networks (default on)',
      },
      keywords: { ko: ['IPv6 방화벽', '방화벽 규칙'], en: ['ip6tables', 'ipv6 firewall', 'firewall rules'] },
    },
    '--iptables': {
      summary: {
        ko: '포트 공개와 NAT에 필요한 iptables 규칙을 데몬이 추가 (기본 켜짐)',
        en: 'Let the daemon add the iptables rules that port publishing and NAT need (default on)',
      },
      keywords: { ko: ['방화벽', '방화벽 규칙', '아이피테이블'], en: ['iptables', 'firewall', 'nat', 'firewall rules'] },
    },
    '--ipv6': {
      summary: {
        ko: '기본 브리지 네트워크에 IPv6를 켬',
        en: 'Turn on IPv6 for the default bridge network',
      },
      keywords: { ko: ['IPv6 켜기', '아이피브이식스'], en: ['ipv6', 'dual stack', 'default bridge'] },
    },
    '--label': {
      summary: {
        ko: '데몬에 `키=값` 레이블을 붙임 (`docker info`에 표시)',
        en: 'Attach `key=value` labels to the daemon (shown by `docker info`)',
      },
      keywords: { ko: ['데몬 레이블', '레이블', '라벨'], en: ['label', 'labels', 'daemon labels', 'metadata'] },
    },
    '--live-restore': {
      summary: {
        ko: '데몬이 멈추거나 재시작하는 동안에도 컨테이너를 계속 실행',
        en: 'Keep containers running while the daemon is stopped or restarted',
      },
      keywords: { ko: ['라이브 리스토어', '무중단 재시작', '데몬 업그레이드', '컨테이너 유지'], en: ['live restore', 'live-restore', 'daemon restart', 'upgrade', 'downtime'] },
      details: {
        ko: '보통은 데몬이 멈추면 컨테이너도 함께 멈추지만, 이 옵션을 켜면 데몬을 재시작하거나 업그레이드하는 동안에도 컨테이너가 계속 돌고 데몬이 다시 뜨면 그대로 다시 연결됩니다. 단독 컨테이너에만 해당하고 스웜 서비스는 대상이 아니며, 여러 버전을 건너뛰는 업그레이드에서는 다시 연결되지 않을 수 있습니다. 데몬이 오래 내려가 있으면 컨테이너 로그가 쌓일 곳이 없어 출력이 막힐 수 있습니다. daemon.json에서는 `"live-restore": true`이며 SIGHUP으로 다시 읽히는 키라 재시작 없이 켤 수 있고, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Normally containers stop with the daemon; with this on they keep running while the daemon is restarted or upgraded, and it reattaches to them when it comes back. It only covers standalone containers, not swarm services, and an upgrade that skips releases may fail to reattach. If the daemon stays down for long, container output has nowhere to go and writes may block. In daemon.json the same setting is `"live-restore": true`, one of the keys reloaded on SIGHUP, so it can be turned on without a restart; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --live-restore'],
    },
    '--log-driver': {
      summary: {
        ko: '새 컨테이너가 쓸 기본 로그 드라이버 (기본 json-file)',
        en: 'Default logging driver for new containers (default json-file)',
      },
      keywords: { ko: ['로그 드라이버', '로그 저장 방식', '로그 설정'], en: ['log driver', 'logging driver', 'json-file', 'local', 'journald', 'syslog'] },
      details: {
        ko: '컨테이너 출력이 어디에 어떤 형식으로 남을지 정하며, `local`, `journald`, `syslog`, `fluentd` 등을 고를 수 있습니다. 로그 드라이버는 컨테이너를 만들 때 정해지므로, 바꿔도 새로 만드는 컨테이너에만 적용되고 기존 컨테이너는 다시 만들어야 합니다. `docker run --log-driver`로 컨테이너마다 따로 정하면 그쪽이 우선합니다. daemon.json에서는 `"log-driver": "local"`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Decides where and in what form container output is kept: `local`, `journald`, `syslog`, `fluentd` and others. The driver is fixed when a container is created, so a change only reaches new containers; existing ones must be recreated. A per-container `docker run --log-driver` takes precedence. In daemon.json the same setting is `"log-driver": "local"`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --log-driver local', 'dockerd --log-driver journald'],
    },
    '--log-format': {
      summary: {
        ko: '데몬 자신의 로그 형식, text 또는 json (기본 text)',
        en: 'Format of the daemon\'s own logs, text or json (default text)',
      },
      keywords: { ko: ['로그 형식', '데몬 로그', 'JSON 로그'], en: ['log format', 'json logs', 'text', 'daemon logs'] },
      values: ['text', 'json'],
    },
    '--log-level': {
      summary: {
        ko: '데몬 로그에 남길 최소 수준 (기본 info)',
        en: 'Lowest level of message the daemon logs (default info)',
      },
      keywords: { ko: ['로그 수준', '로그 레벨', '데몬 로그'], en: ['log level', 'verbosity', 'debug', 'daemon logs'] },
      values: ['debug', 'info', 'warn', 'error', 'fatal'],
    },
    '--log-opt': {
      summary: {
        ko: '새 컨테이너의 로그 드라이버에 줄 기본 옵션 (예: max-size=10m)',
        en: 'Default options of the logging driver for new containers (e.g. max-size=10m)',
      },
      keywords: { ko: ['로그 용량', '로그 순환', '로그 크기 제한', '디스크 가득'], en: ['log opts', 'max-size', 'max-file', 'log rotation', 'disk full'] },
      details: {
        ko: '기본 json-file 드라이버는 로그를 끝없이 쌓아 디스크를 채울 수 있으므로, `max-size`와 `max-file`로 파일 크기와 개수를 제한하는 것이 보통입니다. 로그 드라이버와 마찬가지로 새로 만드는 컨테이너에만 적용되고, 기존 컨테이너에는 다시 만들어야 반영됩니다. daemon.json에서는 `"log-opts": {"max-size": "10m", "max-file": "3"}`인데 값은 숫자라도 문자열로 적어야 합니다. 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'The default json-file driver keeps logs without limit and can fill the disk, so capping the file size and count with `max-size` and `max-file` is common. Like the driver itself, the options only reach containers created afterwards; existing ones must be recreated. In daemon.json the same setting is `"log-opts": {"max-size": "10m", "max-file": "3"}`, where the values must be strings even when they are numbers. Giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --log-driver json-file --log-opt max-size=10m --log-opt max-file=3'],
    },
    '--max-concurrent-downloads': {
      summary: {
        ko: '이미지를 받을 때 동시에 내려받을 레이어 수 (기본 3)',
        en: 'How many layers a pull downloads at the same time (default 3)',
      },
      keywords: { ko: ['동시 다운로드', '다운로드 속도', '병렬 다운로드', '풀 속도'], en: ['max concurrent downloads', 'parallel downloads', 'pull speed', 'layers'] },
      details: {
        ko: '빠른 회선에서는 값을 올리면 레이어가 많은 이미지를 더 빨리 받을 수 있고, 느리거나 불안정한 회선에서는 낮추는 편이 실패가 적습니다. 이미지를 올릴 때의 동시 개수는 `--max-concurrent-uploads`가 따로 정합니다. daemon.json에서는 `"max-concurrent-downloads": 6`이며 SIGHUP으로 다시 읽히는 키입니다. 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'On a fast link a higher value pulls images with many layers sooner; on a slow or flaky one a lower value fails less. The number for pushes is set separately by `--max-concurrent-uploads`. In daemon.json the same setting is `"max-concurrent-downloads": 6`, one of the keys reloaded on SIGHUP. Giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --max-concurrent-downloads 6'],
    },
    '--max-concurrent-uploads': {
      summary: {
        ko: '이미지를 올릴 때 동시에 업로드할 레이어 수 (기본 5)',
        en: 'How many layers a push uploads at the same time (default 5)',
      },
      keywords: { ko: ['동시 업로드', '업로드 속도', '푸시 속도'], en: ['max concurrent uploads', 'parallel uploads', 'push speed'] },
    },
    '--max-download-attempts': {
      summary: {
        ko: '레이어 내려받기가 실패했을 때 시도할 최대 횟수 (기본 5)',
        en: 'How many times a layer download is tried before the pull fails (default 5)',
      },
      keywords: { ko: ['재시도', '다운로드 실패'], en: ['download attempts', 'retry', 'pull retries'] },
    },
    '--metrics-addr': {
      summary: {
        ko: 'Prometheus 형식 지표를 제공할 주소와 포트 (예: 127.0.0.1:9323)',
        en: 'Address and port to serve Prometheus-format metrics on (e.g. 127.0.0.1:9323)',
      },
      keywords: { ko: ['모니터링', '지표', '메트릭'], en: ['metrics', 'prometheus', 'monitoring', '9323'] },
    },
    '--mtu': {
      summary: {
        ko: '기본 bridge 네트워크의 MTU (기본 1500)',
        en: 'MTU of the default bridge network (default 1500)',
      },
      keywords: { ko: ['MTU 크기', '패킷 크기', 'VPN 끊김'], en: ['mtu', 'packet size', 'vpn', 'fragmentation'] },
    },
    '--network-control-plane-mtu': {
      summary: {
        ko: '스웜 네트워크 제어 트래픽의 MTU (기본 1500)',
        en: 'MTU of the swarm network control plane (default 1500)',
      },
      keywords: { ko: ['제어 평면 MTU', '스웜 네트워크'], en: ['control plane mtu', 'swarm', 'mtu'] },
    },
    '--no-new-privileges': {
      summary: {
        ko: '새 컨테이너에 no-new-privileges를 기본 적용해 setuid 등으로 권한을 얻지 못하게 함',
        en: 'Apply no-new-privileges to new containers so setuid binaries cannot gain privileges',
      },
      keywords: { ko: ['권한 상승 방지', '보안 강화'], en: ['no new privileges', 'setuid', 'privilege escalation', 'hardening'] },
    },
    '--no-proxy': {
      summary: {
        ko: '데몬이 프록시를 거치지 않고 직접 접속할 호스트나 IP 목록 (쉼표로 구분)',
        en: 'Comma-separated hosts or IPs the daemon reaches directly, bypassing the proxy',
      },
      keywords: { ko: ['프록시 예외', '직접 접속'], en: ['no proxy', 'no_proxy', 'proxy bypass', 'proxy exceptions'] },
    },
    '--node-generic-resource': {
      summary: {
        ko: '스웜에 알릴 이 노드의 사용자 정의 자원 (예: NVIDIA-GPU=UUID1)',
        en: 'User-defined resource this node advertises to swarm (e.g. NVIDIA-GPU=UUID1)',
      },
      keywords: { ko: ['노드 자원', 'GPU 자원', '스웜 자원'], en: ['generic resource', 'gpu', 'swarm', 'node resources'] },
    },
    '--pidfile': {
      summary: {
        ko: '데몬 프로세스 ID를 적을 파일 경로 (기본 /var/run/docker.pid)',
        en: 'File the daemon writes its process ID to (default /var/run/docker.pid)',
      },
      keywords: { ko: ['PID 파일', '프로세스 ID'], en: ['pidfile', 'pid file', 'docker.pid'] },
    },
    '--raw-logs': {
      summary: {
        ko: '데몬 로그를 색 없이 전체 타임스탬프와 함께 출력',
        en: 'Write daemon logs with full timestamps and no colours',
      },
      keywords: { ko: ['로그 색상 끄기', '타임스탬프'], en: ['raw logs', 'no color', 'timestamps', 'ansi'] },
    },
    '--registry-mirror': {
      summary: {
        ko: 'Docker Hub 이미지를 받을 때 먼저 시도할 미러 레지스트리 주소',
        en: 'Mirror registry to try first when pulling images from Docker Hub',
      },
      keywords: {
        ko: ['미러', '레지스트리 미러', '캐시', '도커 허브', '다운로드 속도'],
        en: ['registry-mirror', 'registry-mirrors', 'mirror', 'pull-through cache', 'docker hub', 'daemon.json'],
      },
      details: {
        ko: 'Docker Hub 이미지를 pull할 때 지정한 미러(풀스루 캐시)에 먼저 요청하고, 미러가 응답하지 않으면 Docker Hub에서 직접 받습니다. 값은 `https://mirror.example.com`처럼 스킴을 포함한 URL이며, Docker Hub가 아닌 다른 레지스트리의 이미지에는 적용되지 않습니다. daemon.json에서는 `"registry-mirrors": ["https://mirror.example.com"]` 배열로 설정하고, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'When pulling Docker Hub images, the daemon asks the given mirror (a pull-through cache) first and goes to Docker Hub itself if the mirror cannot help. The value is a URL including its scheme, such as `https://mirror.example.com`, and it has no effect on images from registries other than Docker Hub. In daemon.json the same setting is the `"registry-mirrors": ["https://mirror.example.com"]` array; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --registry-mirror=https://mirror.example.com'],
    },
    '--rootless': {
      summary: {
        ko: 'root가 아닌 사용자로 데몬을 실행하는 rootless 모드 (보통 RootlessKit과 함께)',
        en: 'Run the daemon as a non-root user in rootless mode, usually under RootlessKit',
      },
      keywords: { ko: ['루트리스', 'root 없이', '일반 사용자'], en: ['rootless', 'rootlesskit', 'non-root', 'unprivileged'] },
    },
    '--seccomp-profile': {
      summary: {
        ko: '컨테이너에 기본 적용할 seccomp 프로필 파일 경로 (unconfined면 기본 프로필 끔)',
        en: 'seccomp profile file applied to containers by default; unconfined turns it off',
      },
      keywords: { ko: ['시스템 콜 제한', '보안 프로필', 'seccomp 프로필'], en: ['seccomp', 'seccomp profile', 'syscalls', 'unconfined'] },
    },
    '--selinux-enabled': {
      summary: {
        ko: '컨테이너에 SELinux 보안 레이블 적용을 켬',
        en: 'Turn on SELinux labelling of containers',
      },
      keywords: { ko: ['SELinux 켜기', '보안 레이블'], en: ['selinux', 'security labels', 'mac'] },
    },
    '--shutdown-timeout': {
      summary: {
        ko: '데몬이 종료될 때 컨테이너가 멈추기를 기다릴 기본 시간(초, 기본 15)',
        en: 'Seconds the daemon waits for containers to stop when it shuts down (default 15)',
      },
      keywords: { ko: ['종료 대기', '종료 시간'], en: ['shutdown timeout', 'graceful shutdown', 'stop timeout'] },
    },
    '--storage-driver': {
      summary: {
        ko: '이미지 레이어와 컨테이너 파일시스템을 저장할 스토리지 드라이버 (보통 overlay2)',
        en: 'Storage driver for image layers and container filesystems (usually overlay2)',
      },
      keywords: { ko: ['스토리지 드라이버', '저장 드라이버', '오버레이'], en: ['storage driver', 'overlay2', 'btrfs', 'zfs', 'fuse-overlayfs', 'graph driver'] },
      details: {
        ko: '지정하지 않으면 데몬이 알아서 고르며, 지금의 리눅스 배포판에서는 거의 항상 `overlay2`가 맞습니다. 다른 드라이버로 바꾸면 기존 이미지와 컨테이너는 이전 드라이버의 디렉터리에 남은 채 보이지 않으므로, 다시 받거나 만들어야 합니다. 어느 드라이버를 쓰는지는 `docker info`의 Storage Driver 항목에서 보입니다. daemon.json에서는 `"storage-driver": "overlay2"`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'Left unset, the daemon picks one, and on current Linux distributions `overlay2` is almost always right. Switching drivers leaves existing images and containers behind in the old driver\'s directory, out of sight, so they have to be pulled or created again. `docker info` shows the driver in use under Storage Driver. In daemon.json the same setting is `"storage-driver": "overlay2"`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --storage-driver overlay2', 'dockerd -s btrfs'],
    },
    '--storage-opt': {
      summary: {
        ko: '스토리지 드라이버에 줄 옵션 (예: overlay2.size=20G)',
        en: 'Options for the storage driver (e.g. overlay2.size=20G)',
      },
      keywords: { ko: ['스토리지 옵션', '저장 용량 제한'], en: ['storage opt', 'storage-opts', 'overlay2.size', 'driver options'] },
    },
    '--swarm-default-advertise-addr': {
      summary: {
        ko: '스웜에서 다른 노드에게 알릴 기본 주소나 네트워크 인터페이스',
        en: 'Default address or interface this node advertises to the rest of the swarm',
      },
      keywords: { ko: ['스웜 주소', '광고 주소', '인터페이스'], en: ['advertise addr', 'swarm', 'interface', 'node address'] },
    },
    '--tls': {
      summary: {
        ko: 'TCP 소켓에 TLS 암호화를 씀 (클라이언트 인증서 검증은 --tlsverify)',
        en: 'Encrypt the TCP socket with TLS (client certificates are checked only with --tlsverify)',
      },
      keywords: { ko: ['TLS 암호화', '암호화', '보안 연결'], en: ['tls', 'encryption', 'https', 'secure socket'] },
    },
    '--tlscacert': {
      summary: {
        ko: '클라이언트 인증서를 검증할 때 믿을 CA 인증서 경로',
        en: 'CA certificate that client certificates must be signed by',
      },
      keywords: { ko: ['CA 인증서', '인증서 경로'], en: ['tlscacert', 'ca certificate', 'ca.pem'] },
    },
    '--tlscert': {
      summary: {
        ko: '데몬이 내보일 TLS 인증서 파일 경로',
        en: 'TLS certificate file the daemon presents',
      },
      keywords: { ko: ['서버 인증서', '인증서 경로'], en: ['tlscert', 'server certificate', 'cert.pem'] },
    },
    '--tlskey': {
      summary: {
        ko: '데몬 TLS 인증서의 개인 키 파일 경로',
        en: 'Private key file of the daemon\'s TLS certificate',
      },
      keywords: { ko: ['개인 키', '인증서 키'], en: ['tlskey', 'private key', 'key.pem'] },
    },
    '--tlsverify': {
      summary: {
        ko: 'TLS를 쓰고, CA가 서명한 인증서를 가진 클라이언트만 받아들임',
        en: 'Use TLS and accept only clients with a certificate signed by the CA',
      },
      keywords: { ko: ['원격 접속 보안', '클라이언트 인증서', '상호 인증', 'TLS 인증'], en: ['tlsverify', 'mutual tls', 'client certificate', '2376', 'secure remote'] },
      details: {
        ko: 'TCP로 데몬을 열 때 쓰는 보안 방식으로, `--tlscacert`의 CA가 서명한 인증서를 제시한 클라이언트만 연결할 수 있고 `--tls`는 따로 주지 않아도 켜집니다. 서버 인증서와 키는 `--tlscert`, `--tlskey`로 주며, 관례상 암호화한 연결은 2376번 포트를 씁니다. 클라이언트 쪽에서는 `docker --tlsverify`와 클라이언트 인증서로 접속합니다. daemon.json에서는 `"tlsverify": true`와 `"tlscacert"`, `"tlscert"`, `"tlskey"` 키이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'The way to open the daemon over TCP safely: only clients presenting a certificate signed by the `--tlscacert` CA may connect, and `--tls` is implied. The server certificate and key come from `--tlscert` and `--tlskey`, and port 2376 is the usual one for encrypted connections. Clients connect with `docker --tlsverify` and their own certificate. In daemon.json the same settings are `"tlsverify": true` with the `"tlscacert"`, `"tlscert"` and `"tlskey"` keys; giving one both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --tlsverify --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/server-cert.pem --tlskey=/etc/docker/server-key.pem -H tcp://0.0.0.0:2376'],
    },
    '--userland-proxy': {
      summary: {
        ko: '호스트 루프백에서 공개 포트로 가는 트래픽을 docker-proxy 프로세스가 전달 (기본 켜짐)',
        en: 'Relay loopback traffic to published ports through docker-proxy processes (default on)',
      },
      keywords: { ko: ['유저랜드 프록시', '도커 프록시', '포트 전달'], en: ['userland proxy', 'docker-proxy', 'loopback', 'port forwarding'] },
    },
    '--userland-proxy-path': {
      summary: {
        ko: '유저랜드 프록시로 쓸 실행 파일 경로',
        en: 'Path of the binary used as the userland proxy',
      },
      keywords: { ko: ['프록시 경로', '실행 파일 경로'], en: ['userland proxy path', 'docker-proxy', 'binary path'] },
    },
    '--userns-remap': {
      summary: {
        ko: '컨테이너의 root를 호스트의 권한 없는 사용자 범위로 매핑하는 사용자 네임스페이스 설정',
        en: 'Map container root to an unprivileged range of host users with user namespaces',
      },
      keywords: { ko: ['사용자 네임스페이스', '권한 분리', '루트 매핑', '보안 강화'], en: ['userns-remap', 'user namespace', 'uid mapping', 'dockremap', 'subuid', 'rootless'] },
      details: {
        ko: '`default`를 주면 dockremap 사용자를 만들어 쓰고, `사용자[:그룹]`을 주면 그 사용자의 /etc/subuid, /etc/subgid 범위로 매핑합니다. 켜면 이미지와 컨테이너가 데이터 디렉터리 안의 별도 하위 디렉터리에 저장되므로 기존 이미지와 컨테이너는 보이지 않고, 바인드 마운트한 호스트 파일은 소유자가 달라 권한 문제가 생기기 쉽습니다. 호스트 네임스페이스나 `--privileged`가 필요한 컨테이너는 `docker run --userns=host`로 예외를 둡니다. daemon.json에서는 `"userns-remap": "default"`이며, 플래그와 daemon.json에 함께 적으면 데몬이 시작되지 않습니다.',
        en: 'With `default`, the daemon creates and uses a dockremap user; with `user[:group]` it maps onto that user\'s ranges in /etc/subuid and /etc/subgid. Once on, images and containers are kept in a separate subdirectory of the data root, so existing ones disappear from view, and bind-mounted host files often hit permission problems because their owners no longer match. Containers that need host namespaces or `--privileged` can opt out with `docker run --userns=host`. In daemon.json the same setting is `"userns-remap": "default"`; giving it both as a flag and in daemon.json makes the daemon refuse to start.',
      },
      examples: ['dockerd --userns-remap default', 'dockerd --userns-remap app:app'],
    },
    '--validate': {
      summary: {
        ko: '데몬 설정을 검사만 하고 종료 (잘못되면 0이 아닌 종료 코드)',
        en: 'Check the daemon configuration and exit, with a non-zero status if it is invalid',
      },
      keywords: { ko: ['설정 검사', '설정 확인', '문법 검사'], en: ['validate', 'check config', 'daemon.json', 'lint'] },
    },
    '--version': {
      summary: {
        ko: '데몬 버전 정보를 출력하고 종료',
        en: 'Print the daemon\'s version and exit',
      },
      keywords: { ko: ['버전', '버전 확인'], en: ['version', 'dockerd version'] },
    },
  },
};
