/**
 * Texts shared by `docker run` and `docker create`, which accept almost the same flags.
 * Only the words live here (summary, and for the options the notes explain: details and keywords);
 * each command file keeps its own option list with the facts from its own `--help`, and its own examples.
 */
import type { Bilingual, Keywords } from '../types.js';

/** The wording of one container option, spread into an `OptionSpec` of run.ts or create.ts. */
export interface ContainerOptionText {
  readonly summary: Bilingual;
  readonly details?: Bilingual;
  readonly keywords?: Keywords;
}

export const containerOptions = {
  '--add-host': {
    summary: {
      ko: '컨테이너의 /etc/hosts에 호스트 이름과 IP 매핑을 추가 (host:ip)',
      en: 'Add a hostname-to-IP entry to the container\'s /etc/hosts (host:ip)',
    },
    keywords: {
      ko: ['호스트 파일', '호스트 매핑', 'IP 매핑', '도메인 매핑'],
      en: ['etc hosts', 'hosts file', 'hostname mapping', 'extra hosts', 'dns override'],
    },
  },
  '--annotation': {
    summary: {
      ko: 'OCI 런타임에 그대로 넘겨지는 key=value 주석(annotation)을 컨테이너에 붙임',
      en: 'Attach a key=value annotation that is handed on to the OCI runtime',
    },
    keywords: {
      ko: ['주석', '어노테이션', '메타데이터', '런타임 주석'],
      en: ['oci annotation', 'metadata', 'runtime metadata', 'key value'],
    },
  },
  '--attach': {
    summary: {
      ko: '터미널에 연결할 표준 스트림(STDIN, STDOUT, STDERR)을 골라 지정',
      en: 'Pick which standard streams (STDIN, STDOUT, STDERR) to connect to your terminal',
    },
    keywords: {
      ko: ['연결', '표준 입력', '표준 출력', '스트림', '출력 연결'],
      en: ['stdin', 'stdout', 'stderr', 'streams', 'connect terminal'],
    },
  },
  '--blkio-weight': {
    summary: {
      ko: '컨테이너의 블록 I/O 상대 가중치 (10~1000, 0이면 사용 안 함)',
      en: 'Share of disk I/O the container gets relative to others (10 to 1000; 0 leaves it unset)',
    },
    keywords: {
      ko: ['디스크 I/O', '블록 I/O', '가중치', 'I/O 우선순위', '디스크 우선순위'],
      en: ['disk io', 'io priority', 'block io', 'io share'],
    },
  },
  '--blkio-weight-device': {
    summary: {
      ko: '특정 장치에만 적용할 블록 I/O 가중치 (장치:가중치)',
      en: 'Block I/O weight for one specific device (DEVICE:WEIGHT)',
    },
    keywords: {
      ko: ['장치별 가중치', '디스크 I/O', '블록 I/O', 'I/O 우선순위'],
      en: ['per-device io', 'disk io', 'io priority', 'block device'],
    },
  },
  '--cap-add': {
    summary: {
      ko: '컨테이너에 Linux capability(권한 단위)를 추가로 부여',
      en: 'Grant the container extra Linux capabilities',
    },
    keywords: {
      ko: ['권한 추가', '리눅스 권한', '커널 권한', '능력 추가'],
      en: ['capabilities', 'linux capability', 'net_admin', 'sys_admin', 'privileges'],
    },
  },
  '--cap-drop': {
    summary: {
      ko: '컨테이너가 기본으로 가진 Linux capability를 제거',
      en: 'Take Linux capabilities away from the container',
    },
    keywords: {
      ko: ['권한 제거', '권한 축소', '리눅스 권한', '보안 강화'],
      en: ['capabilities', 'remove capability', 'least privilege', 'hardening'],
    },
  },
  '--cgroup-parent': {
    summary: {
      ko: '컨테이너의 cgroup을 넣을 상위 cgroup 지정',
      en: 'Place the container\'s cgroup under the given parent cgroup',
    },
    keywords: {
      ko: ['상위 cgroup', '컨트롤 그룹', '리소스 그룹', '자원 관리'],
      en: ['control group', 'cgroup hierarchy', 'resource group', 'slice'],
    },
  },
  '--cgroupns': {
    summary: {
      ko: 'cgroup 네임스페이스 선택: host는 호스트 것을 공유, private은 전용 네임스페이스 사용',
      en: 'Cgroup namespace: host shares the host\'s, private gives the container its own',
    },
    keywords: {
      ko: ['cgroup 네임스페이스', '네임스페이스', '격리', '컨트롤 그룹'],
      en: ['cgroup namespace', 'namespace', 'isolation', 'control group'],
    },
  },
  '--cidfile': {
    summary: {
      ko: '만들어진 컨테이너의 ID를 지정한 파일에 기록',
      en: 'Save the new container\'s ID to a file, handy for scripts',
    },
    keywords: {
      ko: ['컨테이너 ID', 'ID 파일', 'ID 저장', '스크립트'],
      en: ['container id', 'id file', 'save id', 'scripting'],
    },
  },
  '--cpu-count': {
    summary: {
      ko: '컨테이너가 쓸 수 있는 CPU 개수 (Windows 컨테이너 전용)',
      en: 'Number of CPUs the container may use (Windows containers only)',
    },
    keywords: {
      ko: ['CPU 개수', '프로세서 수', 'CPU 제한', '윈도우'],
      en: ['windows', 'processor count', 'number of cpus', 'cpu limit'],
    },
  },
  '--cpu-percent': {
    summary: {
      ko: '컨테이너가 쓸 수 있는 CPU 비율(%) (Windows 컨테이너 전용)',
      en: 'Share of the CPUs the container may use, in percent (Windows containers only)',
    },
    keywords: {
      ko: ['CPU 비율', 'CPU 사용률', 'CPU 제한', '윈도우'],
      en: ['windows', 'cpu usage', 'percentage', 'cpu limit'],
    },
  },
  '--cpu-period': {
    summary: {
      ko: 'CFS 스케줄러 주기 길이(마이크로초), --cpu-quota와 함께 CPU 사용량을 제한',
      en: 'Length of the CFS scheduler period in microseconds, used together with --cpu-quota',
    },
    keywords: {
      ko: ['CPU 주기', 'CFS 스케줄러', 'CPU 제한', '스케줄링'],
      en: ['cfs', 'scheduler', 'cpu limit', 'throttling', 'microseconds'],
    },
  },
  '--cpu-quota': {
    summary: {
      ko: 'CFS 주기마다 컨테이너가 쓸 수 있는 CPU 시간(마이크로초)',
      en: 'CPU time in microseconds the container may use in each CFS period',
    },
    keywords: {
      ko: ['CPU 할당량', 'CPU 제한', 'CFS 스케줄러', 'CPU 시간'],
      en: ['cfs quota', 'cpu limit', 'throttling', 'cpu time'],
    },
  },
  '--cpu-rt-period': {
    summary: {
      ko: '실시간(real-time) 스케줄링 주기 길이(마이크로초)',
      en: 'Length of the real-time scheduling period in microseconds',
    },
    keywords: {
      ko: ['실시간 스케줄링', '실시간 주기', 'CPU 주기'],
      en: ['realtime', 'real-time scheduling', 'rt scheduler', 'microseconds'],
    },
  },
  '--cpu-rt-runtime': {
    summary: {
      ko: '실시간 주기마다 허용되는 실시간 CPU 시간(마이크로초)',
      en: 'Real-time CPU time in microseconds allowed in each real-time period',
    },
    keywords: {
      ko: ['실시간 스케줄링', '실시간 CPU', 'CPU 시간'],
      en: ['realtime', 'real-time scheduling', 'rt budget', 'cpu time'],
    },
  },
  '--cpu-shares': {
    summary: {
      ko: 'CPU를 두고 경쟁할 때 적용되는 상대 가중치 (보통 기준값 1024)',
      en: 'Relative CPU weight used when containers compete for CPU (the usual baseline is 1024)',
    },
    keywords: {
      ko: ['CPU 가중치', 'CPU 우선순위', '상대 가중치', 'CPU 배분'],
      en: ['cpu weight', 'cpu priority', 'relative weight', 'fair share'],
    },
  },
  '--cpus': {
    summary: {
      ko: 'CPU 사용량 상한을 CPU 개수로 지정, 소수도 가능 (예: 1.5)',
      en: 'Cap CPU use at a number of CPUs; fractions are allowed (e.g. 1.5)',
    },
    keywords: {
      ko: ['CPU 제한', 'CPU 개수', '코어 수', 'CPU 사용량'],
      en: ['cpu limit', 'cores', 'processor', 'throttle', 'cpu quota'],
    },
  },
  '--cpuset-cpus': {
    summary: {
      ko: '컨테이너가 실행될 CPU 번호를 지정 (예: 0-3, 0,1)',
      en: 'Pin the container to specific CPUs (e.g. 0-3 or 0,1)',
    },
    keywords: {
      ko: ['CPU 고정', '코어 지정', 'CPU 선택', 'CPU 친화성'],
      en: ['cpu pinning', 'cpu affinity', 'cores', 'taskset'],
    },
  },
  '--cpuset-mems': {
    summary: {
      ko: '컨테이너가 쓸 NUMA 메모리 노드를 지정 (예: 0-3, 0,1)',
      en: 'Restrict the container to specific NUMA memory nodes (e.g. 0-3 or 0,1)',
    },
    keywords: {
      ko: ['NUMA 노드', '메모리 노드', 'NUMA 고정'],
      en: ['numa', 'memory nodes', 'numa pinning', 'affinity'],
    },
  },
  '--device': {
    summary: {
      ko: '호스트의 장치를 컨테이너에 연결 (예: /dev/sdc)',
      en: 'Give the container access to a host device (e.g. /dev/sdc)',
    },
    keywords: {
      ko: ['장치', '디바이스', '장치 연결', '하드웨어 접근', 'USB 장치'],
      en: ['hardware', 'host device', 'usb', 'passthrough', '/dev'],
    },
  },
  '--device-cgroup-rule': {
    summary: {
      ko: 'cgroup의 허용 장치 목록에 규칙 추가 (예: \'c 42:* rmw\')',
      en: 'Add a rule to the cgroup\'s list of allowed devices (e.g. \'c 42:* rmw\')',
    },
    keywords: {
      ko: ['장치 규칙', '장치 허용', '장치 권한', 'cgroup 규칙'],
      en: ['device whitelist', 'allow devices', 'device permissions', 'major minor'],
    },
  },
  '--device-read-bps': {
    summary: {
      ko: '장치에서 읽는 속도를 초당 바이트로 제한 (장치:속도)',
      en: 'Cap how many bytes per second may be read from a device (DEVICE:RATE)',
    },
    keywords: {
      ko: ['읽기 속도', '디스크 읽기', '대역폭 제한', 'I/O 제한'],
      en: ['read throughput', 'disk read limit', 'bandwidth', 'io throttle', 'bytes per second'],
    },
  },
  '--device-read-iops': {
    summary: {
      ko: '장치 읽기 작업 수를 초당 횟수로 제한 (장치:횟수)',
      en: 'Cap read operations per second on a device (DEVICE:COUNT)',
    },
    keywords: {
      ko: ['읽기 IOPS', '디스크 읽기', 'I/O 제한', '초당 읽기'],
      en: ['read operations', 'disk read limit', 'io throttle', 'operations per second'],
    },
  },
  '--device-write-bps': {
    summary: {
      ko: '장치에 쓰는 속도를 초당 바이트로 제한 (장치:속도)',
      en: 'Cap how many bytes per second may be written to a device (DEVICE:RATE)',
    },
    keywords: {
      ko: ['쓰기 속도', '디스크 쓰기', '대역폭 제한', 'I/O 제한'],
      en: ['write throughput', 'disk write limit', 'bandwidth', 'io throttle', 'bytes per second'],
    },
  },
  '--device-write-iops': {
    summary: {
      ko: '장치 쓰기 작업 수를 초당 횟수로 제한 (장치:횟수)',
      en: 'Cap write operations per second on a device (DEVICE:COUNT)',
    },
    keywords: {
      ko: ['쓰기 IOPS', '디스크 쓰기', 'I/O 제한', '초당 쓰기'],
      en: ['write operations', 'disk write limit', 'io throttle', 'operations per second'],
    },
  },
  '--disable-content-trust': {
    summary: {
      ko: 'Docker Content Trust의 이미지 서명 검증을 건너뜀 (기본적으로 건너뜀)',
      en: 'Skip Docker Content Trust signature checks on the image (skipped unless trust is on)',
    },
    keywords: {
      ko: ['서명 검증', '콘텐츠 신뢰', '이미지 서명', '검증 생략'],
      en: ['notary', 'signature', 'image signing', 'skip verification', 'docker_content_trust'],
    },
  },
  '--dns': {
    summary: {
      ko: '컨테이너가 사용할 DNS 서버 주소 지정',
      en: 'DNS servers the container should use',
    },
    keywords: {
      ko: ['DNS 서버', '네임서버', '이름 해석', '도메인'],
      en: ['nameserver', 'resolver', 'resolv.conf', 'name resolution'],
    },
  },
  '--dns-option': {
    summary: {
      ko: '컨테이너의 resolv.conf에 DNS 리졸버 옵션 추가 (예: ndots:2)',
      en: 'Add resolver options to the container\'s resolv.conf (e.g. ndots:2)',
    },
    keywords: {
      ko: ['DNS 옵션', '리졸버 옵션', '이름 해석'],
      en: ['resolv.conf', 'resolver options', 'ndots', 'name resolution'],
    },
  },
  '--dns-search': {
    summary: {
      ko: '짧은 호스트 이름 뒤에 붙여 찾을 DNS 검색 도메인 지정',
      en: 'DNS search domains tried for short hostnames',
    },
    keywords: {
      ko: ['검색 도메인', 'DNS 검색', '도메인 접미사'],
      en: ['search domain', 'resolv.conf', 'domain suffix', 'short hostname'],
    },
  },
  '--domainname': {
    summary: {
      ko: '컨테이너의 NIS 도메인 이름 설정',
      en: 'NIS domain name reported inside the container',
    },
    keywords: {
      ko: ['도메인 이름', 'NIS 도메인', '도메인'],
      en: ['nis domain', 'domain name', 'fqdn'],
    },
  },
  '--entrypoint': {
    summary: {
      ko: '이미지에 정의된 ENTRYPOINT 대신 실행할 프로그램 지정',
      en: 'Run a different executable instead of the image\'s ENTRYPOINT',
    },
    details: {
      ko: '여기에 준 실행 파일이 이미지의 ENTRYPOINT 대신 실행되고, 명령줄에서 이미지 이름 뒤에 오는 내용은 그 프로그램의 인자로 전달됩니다. 이 옵션을 쓰면 이미지의 기본 CMD도 함께 무시되므로 필요한 인자는 직접 넘겨야 합니다. 옵션 값에는 실행 파일 하나만 들어가니 인자는 이미지 이름 뒤에 적고, ENTRYPOINT를 아예 비우려면 --entrypoint ""를 씁니다.',
      en: 'The executable given here runs in place of the image\'s ENTRYPOINT, and everything after the image name on the command line becomes its arguments. Setting it also discards the image\'s default CMD, so pass the arguments you need yourself. The flag holds a single executable only: put its arguments after the image name, and use --entrypoint "" to clear the entrypoint entirely.',
    },
    keywords: {
      ko: ['엔트리포인트', '진입점', '덮어쓰기', '실행 파일', '스크립트', '시작 명령'],
      en: ['entrypoint', 'override', 'executable', 'script', 'cmd', 'startup command'],
    },
  },
  '--env': {
    summary: {
      ko: '컨테이너 환경 변수 설정 (KEY=value, KEY만 쓰면 현재 셸의 값을 전달)',
      en: 'Set an environment variable in the container (KEY=value, or KEY to pass your shell\'s value)',
    },
    details: {
      ko: '-e 하나에 변수 하나를 KEY=value 형식으로 지정하며, 여러 개가 필요하면 옵션을 반복합니다. Dockerfile의 ENV로 정의된 변수와 같은 이름을 주면 이 컨테이너에서만 이미지의 값 대신 새 값이 쓰입니다. 값 없이 KEY만 적으면 docker 명령을 실행한 셸에 있는 같은 이름의 변수 값이 그대로 전달됩니다.',
      en: 'Each -e sets one variable written as KEY=value; repeat the flag when you need several. A name that the Dockerfile already defines with ENV gets the new value in this container only, while the image keeps its own. Writing just KEY copies the value that variable has in the shell where you typed the docker command.',
    },
    keywords: {
      ko: ['환경 변수', '환경', '변수', '설정값', '덮어쓰기'],
      en: ['env', 'environment', 'environment variable', 'variable', 'override', 'config'],
    },
  },
  '--env-file': {
    summary: {
      ko: 'KEY=value 줄로 된 파일에서 환경 변수를 한꺼번에 읽어 옴',
      en: 'Load environment variables from a file of KEY=value lines',
    },
    keywords: {
      ko: ['환경 변수 파일', '환경 변수', '.env 파일', '설정 파일'],
      en: ['dotenv', '.env', 'environment variables', 'config file'],
    },
  },
  '--expose': {
    summary: {
      ko: '포트(또는 범위)를 노출 포트로 표시만 하고 호스트에 공개하지는 않음',
      en: 'Mark a port or port range as exposed without publishing it on the host',
    },
    keywords: {
      ko: ['포트 노출', '포트 공개', '포트 선언', '내부 포트'],
      en: ['port', 'open port', 'container port', 'document port'],
    },
  },
  '--gpus': {
    summary: {
      ko: '컨테이너에 GPU 할당 (all, 개수 또는 장치 ID)',
      en: 'Give the container GPUs: all of them, a count, or specific device IDs',
    },
    keywords: {
      ko: ['GPU 할당', '그래픽 카드', 'GPU 사용', '엔비디아'],
      en: ['nvidia', 'cuda', 'graphics card', 'machine learning', 'accelerator'],
    },
  },
  '--group-add': {
    summary: {
      ko: '컨테이너 안 사용자에게 보조 그룹을 추가',
      en: 'Extra groups the container\'s user belongs to',
    },
    keywords: {
      ko: ['그룹 추가', '보조 그룹', '사용자 그룹', '권한'],
      en: ['supplementary groups', 'gid', 'user groups', 'permissions'],
    },
  },
  '--health-cmd': {
    summary: {
      ko: '컨테이너 상태를 점검할 명령 (이미지의 HEALTHCHECK 대신 사용)',
      en: 'Health probe command run inside the container (overrides the image\'s HEALTHCHECK)',
    },
    keywords: {
      ko: ['헬스 체크', '상태 확인', '헬스체크 명령', '상태 점검'],
      en: ['healthcheck', 'health probe', 'liveness', 'probe command'],
    },
  },
  '--health-interval': {
    summary: {
      ko: '헬스 체크를 실행하는 간격 (ms|s|m|h)',
      en: 'How often the health check runs (ms|s|m|h)',
    },
    keywords: {
      ko: ['헬스 체크', '확인 간격', '검사 주기', '상태 확인'],
      en: ['healthcheck', 'check frequency', 'probe period', 'polling'],
    },
  },
  '--health-retries': {
    summary: {
      ko: '연속으로 몇 번 실패하면 unhealthy로 판정할지',
      en: 'How many checks must fail back to back before the status turns unhealthy',
    },
    keywords: {
      ko: ['헬스 체크', '재시도 횟수', '실패 횟수', '비정상'],
      en: ['healthcheck', 'unhealthy', 'failure threshold', 'retry count'],
    },
  },
  '--health-start-interval': {
    summary: {
      ko: '시작 유예 기간 동안 헬스 체크를 실행하는 간격 (ms|s|m|h)',
      en: 'How often to check health during the startup grace period (ms|s|m|h)',
    },
    keywords: {
      ko: ['헬스 체크', '시작 구간', '초기 확인 간격', '준비 시간'],
      en: ['healthcheck', 'startup probe', 'warm-up', 'grace period'],
    },
  },
  '--health-start-period': {
    summary: {
      ko: '시작 준비 시간; 이 동안의 실패는 재시도 횟수에 세지 않음 (ms|s|m|h)',
      en: 'Startup grace time during which failed checks do not count toward the retries (ms|s|m|h)',
    },
    keywords: {
      ko: ['헬스 체크', '유예 시간', '시작 대기', '초기화 시간'],
      en: ['healthcheck', 'grace period', 'startup delay', 'warm-up', 'boot time'],
    },
  },
  '--health-timeout': {
    summary: {
      ko: '헬스 체크 한 번에 허용하는 최대 실행 시간, 넘기면 실패로 봄 (ms|s|m|h)',
      en: 'A check still running after this long is treated as a failure (ms|s|m|h)',
    },
    keywords: {
      ko: ['헬스 체크', '제한 시간', '타임아웃', '응답 시간'],
      en: ['healthcheck', 'probe timeout', 'time limit', 'slow check'],
    },
  },
  '--help': {
    summary: {
      ko: '이 명령의 사용법과 옵션 목록 출력',
      en: 'Show usage and the list of options for this command',
    },
    keywords: {
      ko: ['도움말', '사용법', '옵션 목록'],
      en: ['usage', 'options list', 'manual', 'flags'],
    },
  },
  '--hostname': {
    summary: {
      ko: '컨테이너 안에서 보이는 호스트 이름 설정',
      en: 'Set the hostname seen inside the container',
    },
    keywords: {
      ko: ['호스트 이름', '호스트명', '컴퓨터 이름'],
      en: ['host name', 'machine name', 'uts', 'server name'],
    },
  },
  '--init': {
    summary: {
      ko: 'PID 1로 작은 init 프로세스를 두어 시그널 전달과 좀비 프로세스 정리를 맡김',
      en: 'Put a minimal init at PID 1 to relay signals and collect zombie processes',
    },
    keywords: {
      ko: ['초기화 프로세스', '좀비 프로세스', '시그널 전달', 'PID 1 프로세스'],
      en: ['tini', 'pid 1', 'zombie processes', 'signal forwarding', 'reaping'],
    },
  },
  '--interactive': {
    summary: {
      ko: '표준 입력(STDIN)을 열어 두어 입력하거나 파이프로 넘긴 내용을 컨테이너가 읽게 함',
      en: 'Leave STDIN connected so the container can read what you type or pipe in',
    },
    details: {
      ko: '-i가 없으면 컨테이너의 표준 입력이 닫혀 있어서, 키보드나 파이프로 넣는 입력을 프로그램이 받지 못합니다. -t와 함께 -it로 쓰면 대화형 셸을 쓸 수 있고, -i만 쓰면 파이프로 데이터를 컨테이너 안 프로그램에 흘려보낼 때 유용합니다. 이 설정은 컨테이너에 저장되므로 나중에 다시 시작할 때도 그대로 적용됩니다.',
      en: 'Without -i the container\'s standard input is closed, so a program inside cannot read what you type or pipe in. Together with -t, written -it, it gives you an interactive shell; -i on its own is handy for piping data into a program in the container. The setting is stored with the container and applies again whenever it is started.',
    },
    keywords: {
      ko: ['대화형', '표준 입력', '인터랙티브', '입력', '셸 접속'],
      en: ['interactive', 'stdin', 'input', 'it', 'shell', 'pipe'],
    },
  },
  '--io-maxbandwidth': {
    summary: {
      ko: '시스템 드라이브 I/O 대역폭 상한 (Windows 전용)',
      en: 'Cap I/O bandwidth on the system drive (Windows only)',
    },
    keywords: {
      ko: ['I/O 대역폭', '디스크 대역폭', '대역폭 제한', '윈도우'],
      en: ['windows', 'disk bandwidth', 'io throttle', 'bandwidth limit'],
    },
  },
  '--io-maxiops': {
    summary: {
      ko: '시스템 드라이브의 초당 I/O 횟수 상한 (Windows 전용)',
      en: 'Cap I/O operations per second on the system drive (Windows only)',
    },
    keywords: {
      ko: ['IOPS 제한', '디스크 I/O', '초당 I/O', '윈도우'],
      en: ['windows', 'iops limit', 'disk io', 'io throttle'],
    },
  },
  '--ip': {
    summary: {
      ko: '연결된 네트워크에서 컨테이너가 쓸 고정 IPv4 주소 지정',
      en: 'Give the container a fixed IPv4 address on its network',
    },
    keywords: {
      ko: ['고정 IP', 'IP 주소', 'IPv4 주소', '네트워크 주소'],
      en: ['static ip', 'ipv4 address', 'fixed address', 'ip address'],
    },
  },
  '--ip6': {
    summary: {
      ko: '연결된 네트워크에서 컨테이너가 쓸 고정 IPv6 주소 지정',
      en: 'Give the container a fixed IPv6 address on its network',
    },
    keywords: {
      ko: ['고정 IP', 'IPv6 주소', '네트워크 주소'],
      en: ['ipv6', 'static ipv6', 'fixed address', 'ipv6 address'],
    },
  },
  '--ipc': {
    summary: {
      ko: 'IPC 네임스페이스 모드 (none, private, shareable, host, container:<이름|ID>)',
      en: 'IPC namespace mode: none, private, shareable, host or container:<name|id>',
    },
    keywords: {
      ko: ['IPC 네임스페이스', '공유 메모리', '프로세스 간 통신', '네임스페이스'],
      en: ['inter-process communication', 'shared memory', 'namespace', 'shm'],
    },
  },
  '--isolation': {
    summary: {
      ko: '컨테이너 격리 방식 선택 (주로 Windows: process, hyperv)',
      en: 'Isolation technology for the container (mainly Windows: process or hyperv)',
    },
    keywords: {
      ko: ['격리', '격리 방식', '하이퍼V', '윈도우'],
      en: ['hyperv', 'process isolation', 'windows', 'sandbox'],
    },
  },
  '--kernel-memory': {
    summary: {
      ko: '커널 메모리 사용 상한 (deprecated; 최신 커널과 엔진에서는 무시됨)',
      en: 'Cap on kernel memory use (deprecated; current kernels and engines ignore it)',
    },
    keywords: {
      ko: ['커널 메모리', '메모리 제한', '지원 중단', '폐지'],
      en: ['kmem', 'deprecated', 'memory limit', 'kernel limit'],
    },
  },
  '--label': {
    summary: {
      ko: '컨테이너에 key=value 형태의 메타데이터 라벨을 붙임',
      en: 'Attach key=value metadata labels to the container',
    },
    keywords: {
      ko: ['라벨', '레이블', '메타데이터', '태그 정보'],
      en: ['metadata', 'key value', 'annotation', 'tagging'],
    },
  },
  '--label-file': {
    summary: {
      ko: '한 줄에 하나씩 적힌 라벨 파일에서 라벨을 읽어 옴',
      en: 'Take labels from a text file, one key=value per line',
    },
    keywords: {
      ko: ['라벨 파일', '레이블', '메타데이터', '라벨 목록'],
      en: ['metadata', 'labels', 'key value file', 'bulk labels'],
    },
  },
  '--link': {
    summary: {
      ko: '다른 컨테이너와의 레거시 링크 (이름:별칭); 사용자 정의 네트워크 사용 권장',
      en: 'Legacy link to another container (name:alias); user-defined networks are preferred',
    },
    keywords: {
      ko: ['컨테이너 연결', '레거시 링크', '별칭', '컨테이너 간 통신'],
      en: ['legacy', 'alias', 'container linking', 'deprecated networking', 'service discovery'],
    },
  },
  '--link-local-ip': {
    summary: {
      ko: '컨테이너에 링크 로컬 IPv4/IPv6 주소 지정',
      en: 'Assign link-local IPv4/IPv6 addresses to the container',
    },
    keywords: {
      ko: ['링크 로컬', 'IP 주소', '로컬 주소'],
      en: ['169.254', 'fe80', 'link-local address', 'ipv6'],
    },
  },
  '--log-driver': {
    summary: {
      ko: '컨테이너 로그를 보낼 로깅 드라이버 선택 (json-file, syslog, none 등)',
      en: 'Choose where the container\'s logs go (json-file, syslog, none, and others)',
    },
    keywords: {
      ko: ['로그 드라이버', '로그 저장', '로그 수집', '로깅'],
      en: ['logging', 'json-file', 'syslog', 'fluentd', 'journald'],
    },
  },
  '--log-opt': {
    summary: {
      ko: '로깅 드라이버에 넘길 설정 (예: max-size=10m)',
      en: 'Pass a setting to the logging driver (e.g. max-size=10m)',
    },
    keywords: {
      ko: ['로그 옵션', '로그 크기', '로그 회전', '로깅 설정', '로그 파일 개수', '로그 파일 크기'],
      en: ['logging options', 'max-size', 'max-file', 'log rotation', 'log files', 'log file size'],
    },
  },
  '--mac-address': {
    summary: {
      ko: '컨테이너의 MAC 주소를 직접 지정',
      en: 'Set a fixed MAC address for the container',
    },
    keywords: {
      ko: ['MAC 주소', '맥 주소', '하드웨어 주소', '고정 MAC'],
      en: ['hardware address', 'ethernet address', 'static mac', 'nic'],
    },
  },
  '--memory': {
    summary: {
      ko: '컨테이너의 메모리 사용 상한 (예: 512m, 2g)',
      en: 'Hard limit on the container\'s memory (e.g. 512m or 2g)',
    },
    keywords: {
      ko: ['메모리', '제한', '메모리 제한', '램', '최대 메모리'],
      en: ['ram', 'limit', 'oom', 'memory cap'],
    },
  },
  '--memory-reservation': {
    summary: {
      ko: '호스트 메모리가 부족할 때 맞추려고 하는 소프트 메모리 한도',
      en: 'Soft memory limit the engine tries to hold the container to when memory runs short',
    },
    keywords: {
      ko: ['메모리 예약', '소프트 제한', '메모리 제한', '최소 메모리'],
      en: ['soft limit', 'ram', 'memory guarantee', 'reserve'],
    },
  },
  '--memory-swap': {
    summary: {
      ko: '메모리와 스왑을 합친 사용 한도; -1이면 스왑 무제한',
      en: 'Combined limit of memory plus swap; -1 allows unlimited swap',
    },
    keywords: {
      ko: ['스왑', '스왑 메모리', '메모리 제한', '가상 메모리'],
      en: ['swap limit', 'ram plus swap', 'unlimited swap', 'paging'],
    },
  },
  '--memory-swappiness': {
    summary: {
      ko: '커널이 컨테이너 메모리를 스왑으로 내보내는 경향 (0~100)',
      en: 'How readily the kernel swaps out the container\'s memory pages (0 to 100)',
    },
    keywords: {
      ko: ['스왑 성향', '스왑', '페이지 교체', '메모리 스왑'],
      en: ['swap tendency', 'vm.swappiness', 'paging', 'swap out'],
    },
  },
  '--mount': {
    summary: {
      ko: 'key=value 문법으로 볼륨, 바인드 마운트, tmpfs를 연결',
      en: 'Add a volume, bind mount or tmpfs described by key=value fields',
    },
    keywords: {
      ko: ['마운트', '볼륨', '바인드 마운트', 'tmpfs 마운트', '호스트 디렉터리', '읽기 전용 마운트'],
      en: ['volume', 'bind mount', 'tmpfs', 'persist data', 'storage', 'host directory', 'read-only mount', 'share files with the host'],
    },
  },
  '--name': {
    summary: {
      ko: 'ID 대신 부를 수 있도록 컨테이너에 이름을 붙임',
      en: 'Give the container a name you can use instead of its ID',
    },
    details: {
      ko: '이름을 주지 않으면 Docker가 두 단어를 밑줄로 이은 임의의 이름을 붙입니다. 이름을 정해 두면 docker stop, docker logs, docker commit 같은 명령에서 긴 ID를 복사하지 않고 이름으로 컨테이너를 가리킬 수 있습니다. 이름은 기존 컨테이너와 겹칠 수 없으므로, 같은 이름을 다시 쓰려면 예전 컨테이너를 먼저 삭제해야 합니다.',
      en: 'If you leave it out, Docker invents a random name made of two words joined by an underscore. With a name of your own you can point docker stop, docker logs, docker commit and similar commands at the container without copying its long ID. Names must be unique among existing containers, so remove the old container before reusing a name.',
    },
    keywords: {
      ko: ['이름', '컨테이너 이름', '이름 지정', '별칭'],
      en: ['name', 'container name', 'naming', 'identifier'],
    },
  },
  '--network': {
    summary: {
      ko: '컨테이너를 연결할 네트워크 (bridge, host, none 또는 만든 네트워크 이름)',
      en: 'Network to connect the container to (bridge, host, none, or a network you created)',
    },
    keywords: {
      ko: ['네트워크', '네트워크 연결', '브리지', '호스트 네트워크', '네트워크 모드'],
      en: ['net', 'bridge', 'host network', 'networking mode', 'user-defined network'],
    },
  },
  '--network-alias': {
    summary: {
      ko: '네트워크 안에서 컨테이너를 부를 수 있는 추가 DNS 이름(별칭)',
      en: 'Extra DNS name by which other containers on the network can reach this one',
    },
    keywords: {
      ko: ['네트워크 별칭', '별칭', 'DNS 이름', '서비스 이름'],
      en: ['dns name', 'service discovery', 'hostname alias', 'net alias'],
    },
  },
  '--no-healthcheck': {
    summary: {
      ko: '이미지에 정의된 HEALTHCHECK를 끔',
      en: 'Turn off the health check the image defines',
    },
    keywords: {
      ko: ['헬스 체크 끄기', '상태 확인 비활성화', '헬스 체크'],
      en: ['disable health check', 'skip health check', 'health probe off'],
    },
  },
  '--oom-kill-disable': {
    summary: {
      ko: '메모리가 부족해도 커널 OOM killer가 이 컨테이너 프로세스를 죽이지 않게 함',
      en: 'Keep the kernel OOM killer from killing this container\'s processes',
    },
    keywords: {
      ko: ['OOM 킬러', '메모리 부족', '강제 종료 방지', '프로세스 보호'],
      en: ['out of memory', 'oom killer', 'memory exhaustion', 'protect process'],
    },
  },
  '--oom-score-adj': {
    summary: {
      ko: 'OOM killer가 이 컨테이너를 먼저 고를 가능성 조정 (-1000~1000)',
      en: 'Adjust how likely the OOM killer is to pick this container (-1000 to 1000)',
    },
    keywords: {
      ko: ['OOM 점수', '메모리 부족', 'OOM 우선순위', '종료 우선순위'],
      en: ['out of memory', 'oom killer', 'kill priority', 'oom_score_adj'],
    },
  },
  '--pid': {
    summary: {
      ko: 'PID 네임스페이스: host면 호스트 프로세스, container:<이름|ID>면 다른 컨테이너와 공유',
      en: 'PID namespace: host shares the host\'s processes, container:<name|id> another container\'s',
    },
    keywords: {
      ko: ['PID 네임스페이스', '프로세스 공유', '네임스페이스', '프로세스 보기'],
      en: ['process namespace', 'process id', 'share processes', 'debugging'],
    },
  },
  '--pids-limit': {
    summary: {
      ko: '컨테이너 안에서 만들 수 있는 최대 프로세스 수 (-1이면 무제한)',
      en: 'Maximum number of processes in the container (-1 for no limit)',
    },
    keywords: {
      ko: ['프로세스 수 제한', '프로세스 개수', '포크 폭탄'],
      en: ['process limit', 'fork bomb', 'max processes', 'threads'],
    },
  },
  '--platform': {
    summary: {
      ko: '사용할 이미지의 플랫폼 지정 (예: linux/amd64, linux/arm64)',
      en: 'Choose the image platform to use, e.g. linux/amd64 or linux/arm64',
    },
    keywords: {
      ko: ['플랫폼', '아키텍처', 'CPU 아키텍처', '멀티 플랫폼'],
      en: ['architecture', 'arch', 'amd64', 'arm64', 'multi-arch'],
    },
  },
  '--privileged': {
    summary: {
      ko: '호스트 장치와 거의 모든 권한을 주는 특권 모드 (주의해서 사용)',
      en: 'Run with nearly all host privileges and devices; use with care',
    },
    keywords: {
      ko: ['특권 모드', '모든 권한', '관리자 권한', '보안 위험'],
      en: ['root privileges', 'full access', 'all capabilities', 'host devices', 'insecure'],
    },
  },
  '--publish': {
    summary: {
      ko: '컨테이너 포트를 호스트 포트에 연결해 외부에 공개 (예: 8080:80)',
      en: 'Make a container port reachable through a host port (e.g. 8080:80)',
    },
    details: {
      ko: '값은 호스트포트:컨테이너포트 형식이며, 8080:80이면 호스트 8080번 포트로 들어온 요청이 컨테이너의 80번 포트로 전달됩니다. 앞에 호스트 IP를 붙여(127.0.0.1:8080:80) 특정 인터페이스에서만 받게 하거나, 뒤에 /udp를 붙여 UDP 포트를 열거나, 컨테이너 포트만 적어 호스트 포트를 Docker가 고르게 할 수 있습니다. 여러 포트를 열려면 옵션을 반복합니다.',
      en: 'The value reads HOST_PORT:CONTAINER_PORT, so 8080:80 forwards what arrives on host port 8080 to port 80 in the container. Put a host IP in front (127.0.0.1:8080:80) to listen on one interface only, add /udp for a UDP port, or give only the container port and let Docker pick the host port. Repeat the flag to publish several ports.',
    },
    keywords: {
      ko: ['포트', '포트 포워딩', '포트 연결', '포트 매핑', '공개', '외부 접속'],
      en: ['port', 'publish', 'port mapping', 'port forwarding', 'bind', 'expose'],
    },
  },
  '--publish-all': {
    summary: {
      ko: '이미지가 EXPOSE로 선언한 포트마다 호스트의 빈 임의 포트를 연결',
      en: 'Map each port the image declares with EXPOSE to a random free host port',
    },
    details: {
      ko: '이미지가 EXPOSE로 선언한 포트와 --expose로 추가한 포트를 호스트의 비어 있는 임의의 높은 번호 포트에 하나씩 연결합니다. 호스트 포트를 직접 고르지 않으므로, 어느 포트에 연결됐는지는 docker port나 docker ps로 확인합니다. 노출 선언이 없는 포트는 공개되지 않으니 그런 포트는 -p로 따로 지정합니다.',
      en: 'Each port the image declares with EXPOSE, plus any added with --expose, is bound to a free, randomly chosen high port on the host. Because you do not choose the host ports, look them up afterwards with docker port or docker ps. Ports that were never declared stay unpublished, so map those with -p instead.',
    },
    keywords: {
      ko: ['포트', '전체 공개', '임의 포트', '노출', '포트 연결', '자동 포트'],
      en: ['publish all', 'expose', 'random port', 'ports', 'port mapping', 'automatic port'],
    },
  },
  '--pull': {
    summary: {
      ko: '이미지를 먼저 받을지 정함: 항상(always), 없을 때만(missing), 받지 않음(never)',
      en: 'When to pull the image first: always, only when it is missing, or never',
    },
    keywords: {
      ko: ['이미지 받기', '이미지 다운로드', '풀 정책', '최신 이미지'],
      en: ['download image', 'pull policy', 'always', 'missing', 'never'],
    },
  },
  '--quiet': {
    summary: {
      ko: '이미지를 받는 동안의 진행 상황 출력을 숨김',
      en: 'Hide the progress output while the image is pulled',
    },
    keywords: {
      ko: ['조용히', '출력 숨기기', '진행 상황 숨김'],
      en: ['silent', 'no progress', 'suppress output', 'less output'],
    },
  },
  '--read-only': {
    summary: {
      ko: '컨테이너의 루트 파일 시스템을 읽기 전용으로 마운트',
      en: 'Lock the container\'s root filesystem against writes (read-only)',
    },
    keywords: {
      ko: ['읽기 전용', '파일 시스템 잠금', '쓰기 금지', '보안'],
      en: ['readonly rootfs', 'immutable', 'write protection', 'locked filesystem'],
    },
  },
  '--restart': {
    summary: {
      ko: '컨테이너가 종료됐을 때 다시 띄울지와 그 조건을 정하는 재시작 정책',
      en: 'Restart policy: whether and when to start the container again after it exits',
    },
    details: {
      ko: '컨테이너의 주 프로세스가 끝났을 때 엔진이 어떻게 할지를 정합니다. no(기본값)는 다시 띄우지 않고, always는 종료 코드와 상관없이 다시 시작하며 Docker 데몬이나 호스트가 재시작될 때도 함께 올라옵니다. on-failure는 종료 코드가 0이 아닐 때만 재시작하고 on-failure:5처럼 최대 시도 횟수를 붙일 수 있으며, unless-stopped는 always와 같지만 docker stop으로 직접 멈춘 컨테이너는 데몬이 재시작돼도 다시 올리지 않습니다. --rm과는 함께 쓸 수 없습니다.',
      en: 'The policy tells the engine what to do when the container\'s main process ends. no, the default, leaves it stopped; always starts it again whatever the exit code and also brings it back after the daemon or the host restarts. on-failure restarts only after a non-zero exit code and takes an optional cap such as on-failure:5, while unless-stopped acts like always except that a container you stopped with docker stop stays down after a daemon restart. A restart policy cannot be combined with --rm.',
    },
    keywords: {
      ko: ['재시작', '정책', '자동 재시작', '재부팅', '자동 실행'],
      en: ['restart', 'policy', 'always', 'unless-stopped', 'on-failure', 'auto restart', 'reboot'],
    },
  },
  '--rm': {
    summary: {
      ko: '종료 후 정리: 컨테이너와 익명 볼륨을 자동으로 삭제',
      en: 'Clean up after exit: the container and its anonymous volumes are deleted',
    },
    keywords: {
      ko: ['자동 삭제', '종료 후 삭제', '일회용', '정리'],
      en: ['auto remove', 'cleanup', 'delete on exit', 'ephemeral', 'throwaway'],
    },
  },
  '--runtime': {
    summary: {
      ko: '이 컨테이너에 쓸 OCI 런타임 선택 (예: runc)',
      en: 'Choose the OCI runtime for this container (e.g. runc)',
    },
    keywords: {
      ko: ['런타임', 'OCI 런타임', '컨테이너 런타임'],
      en: ['runc', 'oci runtime', 'gvisor', 'kata', 'nvidia runtime'],
    },
  },
  '--security-opt': {
    summary: {
      ko: 'seccomp, AppArmor, no-new-privileges 같은 보안 관련 설정',
      en: 'Security settings such as seccomp, AppArmor or no-new-privileges',
    },
    keywords: {
      ko: ['보안 옵션', '보안 설정', 'seccomp 프로필', 'AppArmor 프로필'],
      en: ['seccomp', 'apparmor', 'selinux', 'no-new-privileges', 'security profile'],
    },
  },
  '--shm-size': {
    summary: {
      ko: '공유 메모리 /dev/shm의 크기 (예: 256m)',
      en: 'How big the shared-memory area /dev/shm is (e.g. 256m)',
    },
    keywords: {
      ko: ['공유 메모리', '공유 메모리 크기', '/dev/shm 크기'],
      en: ['shared memory', '/dev/shm', 'dev shm', 'ipc memory'],
    },
  },
  '--stop-signal': {
    summary: {
      ko: '컨테이너를 멈출 때 보낼 시그널 (이미지의 STOPSIGNAL 대신 사용)',
      en: 'Signal sent to stop the container, in place of the image\'s STOPSIGNAL',
    },
    details: {
      ko: 'docker stop은 먼저 이 시그널을 보내 주 프로세스가 스스로 정리하고 끝낼 기회를 주고, 제한 시간이 지나도 살아 있으면 SIGKILL로 강제 종료합니다. 옵션을 주지 않으면 이미지의 STOPSIGNAL을 쓰고, 이미지에도 없으면 SIGTERM을 씁니다. 다른 시그널을 받아야 깔끔하게 종료되는 프로그램이라면 SIGINT, SIGQUIT 같은 이름이나 번호로 지정합니다.',
      en: 'docker stop sends this signal first so the main process can wind down on its own, and kills the container with SIGKILL if it is still alive after the timeout. Without the flag Docker uses the image\'s STOPSIGNAL, or SIGTERM when the image sets none. Programs that shut down cleanly on another signal can be given a name such as SIGINT or SIGQUIT, or a signal number.',
    },
    keywords: {
      ko: ['정지', '시그널', '신호', '종료', '중지', '정상 종료'],
      en: ['stop signal', 'signal', 'sigterm', 'sigint', 'stopsignal', 'graceful shutdown'],
    },
  },
  '--stop-timeout': {
    summary: {
      ko: '정지 시그널을 보낸 뒤 강제 종료(kill)까지 기다릴 시간(초)',
      en: 'Seconds to wait after the stop signal before the container is killed',
    },
    keywords: {
      ko: ['정지 대기 시간', '종료 대기', '타임아웃', '강제 종료'],
      en: ['grace period', 'shutdown timeout', 'sigkill', 'graceful shutdown'],
    },
  },
  '--storage-opt': {
    summary: {
      ko: '이 컨테이너에 적용할 스토리지 드라이버 옵션 (예: size=20G)',
      en: 'Per-container settings for the storage driver, such as size=20G',
    },
    keywords: {
      ko: ['스토리지 옵션', '디스크 크기', '저장소 드라이버', '용량 제한'],
      en: ['storage driver', 'disk quota', 'rootfs size', 'overlay2'],
    },
  },
  '--sysctl': {
    summary: {
      ko: '네임스페이스 단위 커널 파라미터 설정 (예: net.ipv4.ip_forward=1)',
      en: 'Set namespaced kernel parameters (e.g. net.ipv4.ip_forward=1)',
    },
    keywords: {
      ko: ['커널 파라미터', '커널 설정', '네트워크 설정'],
      en: ['kernel parameters', 'kernel tuning', 'net.ipv4', 'proc sys'],
    },
  },
  '--tmpfs': {
    summary: {
      ko: '지정한 경로에 메모리 기반 tmpfs를 마운트 (예: /run:size=64m)',
      en: 'Mount a memory-backed tmpfs at a path (e.g. /run:size=64m)',
    },
    keywords: {
      ko: ['임시 파일 시스템', '메모리 파일 시스템', '마운트', '램 디스크'],
      en: ['ram disk', 'in-memory filesystem', 'temporary storage', 'scratch space'],
    },
  },
  '--tty': {
    summary: {
      ko: '가상 터미널(TTY)을 할당해 셸 프롬프트와 색상 출력이 제대로 동작하게 함',
      en: 'Give the container a pseudo-terminal so shells, prompts and colors behave normally',
    },
    details: {
      ko: 'TTY를 할당하면 컨테이너 프로세스가 실제 터미널에 연결된 것처럼 동작해서 프롬프트가 보이고 줄 편집과 색상 출력이 됩니다. 쓸 만한 셸을 얻으려면 거의 항상 -i와 함께 -it로 씁니다. 출력을 파일이나 다른 프로그램으로 넘길 때는 TTY가 stderr를 stdout에 합치고 제어 문자를 섞을 수 있으므로 빼는 편이 좋습니다.',
      en: 'With a TTY the process inside behaves as if it sat at a real terminal: prompts show up, line editing works and many tools print in color. It is nearly always paired with -i, as -it, to get a usable shell. Leave it off when output goes to a file or another program, because a TTY merges stderr into stdout and may add control characters.',
    },
    keywords: {
      ko: ['터미널', '가상 터미널', '대화형', '셸', '콘솔'],
      en: ['tty', 'pseudo-tty', 'terminal', 'it', 'console', 'shell'],
    },
  },
  '--ulimit': {
    summary: {
      ko: '프로세스 자원 한도(ulimit) 설정 (예: nofile=1024:2048)',
      en: 'Set a process resource limit (ulimit), e.g. nofile=1024:2048',
    },
    keywords: {
      ko: ['리소스 제한', '파일 디스크립터', '열린 파일 수', '프로세스 제한'],
      en: ['nofile', 'nproc', 'resource limit', 'file descriptors', 'rlimit'],
    },
  },
  '--use-api-socket': {
    summary: {
      ko: '컨테이너가 Docker를 다룰 수 있게 API 소켓과 레지스트리 로그인 정보를 마운트',
      en: 'Let the container talk to Docker: mounts the API socket plus your registry login',
    },
    keywords: {
      ko: ['도커 소켓', 'API 소켓', '도커 안의 도커', '레지스트리 인증'],
      en: ['docker.sock', 'docker in docker', 'dind', 'credentials', 'engine access'],
    },
  },
  '--user': {
    summary: {
      ko: '지정한 사용자나 UID로 실행, 그룹도 함께 지정 가능 (name|uid[:group|gid])',
      en: 'Run as this user or UID, optionally with a group (name|uid[:group|gid])',
    },
    keywords: {
      ko: ['사용자', 'UID 지정', '실행 사용자', '루트 아닌 사용자', '권한'],
      en: ['uid', 'gid', 'non-root', 'run as', 'username'],
    },
  },
  '--userns': {
    summary: {
      ko: '사용자 네임스페이스 모드; host면 이 컨테이너에 userns 리매핑을 적용하지 않음',
      en: 'User namespace mode; host turns user-namespace remapping off for this container',
    },
    keywords: {
      ko: ['사용자 네임스페이스', 'UID 매핑', '네임스페이스', '루트 재매핑'],
      en: ['user namespace', 'userns-remap', 'uid mapping', 'rootless'],
    },
  },
  '--uts': {
    summary: {
      ko: 'UTS 네임스페이스; host면 호스트의 호스트 이름과 도메인 이름을 공유',
      en: 'UTS namespace; host shares the host\'s hostname and domain name',
    },
    keywords: {
      ko: ['UTS 네임스페이스', '호스트 이름 공유', '네임스페이스'],
      en: ['hostname namespace', 'share hostname', 'namespace', 'domain name'],
    },
  },
  '--volume': {
    summary: {
      ko: '이름 있는 볼륨이나 호스트 경로를 컨테이너에 마운트 (원본:대상[:옵션])',
      en: 'Mount a named volume or a host path into the container (source:target[:options])',
    },
    keywords: {
      ko: ['볼륨', '마운트', '바인드 마운트', '데이터 보존', '폴더 공유', '파일 공유', '호스트 디렉터리', '디렉터리 매핑', '로컬 디렉터리'],
      en: ['mount', 'bind mount', 'persist data', 'shared folder', 'host path', 'share files with the host', 'host directory', 'map a directory', 'local directory', 'read-only mount'],
    },
  },
  '--volume-driver': {
    summary: {
      ko: '이 컨테이너가 만드는 볼륨에 쓸 볼륨 드라이버',
      en: 'Volume driver used for the volumes this container creates',
    },
    keywords: {
      ko: ['볼륨 드라이버', '스토리지 플러그인', '외부 스토리지'],
      en: ['storage plugin', 'volume plugin', 'nfs', 'remote storage'],
    },
  },
  '--volumes-from': {
    summary: {
      ko: '다른 컨테이너의 볼륨을 모두 마운트 (:ro, :rw 지정 가능)',
      en: 'Reuse every volume of another container (optionally :ro or :rw)',
    },
    keywords: {
      ko: ['볼륨 공유', '볼륨 재사용', '데이터 컨테이너', '볼륨 상속'],
      en: ['share volumes', 'data container', 'reuse volumes', 'inherit mounts'],
    },
  },
  '--workdir': {
    summary: {
      ko: '컨테이너 안에서 명령이 실행될 작업 디렉터리',
      en: 'Directory the container\'s command starts in',
    },
    keywords: {
      ko: ['작업 디렉터리', '작업 경로', '현재 디렉터리', '시작 경로'],
      en: ['working directory', 'cwd', 'pwd', 'current directory'],
    },
  },
} as const satisfies Record<string, ContainerOptionText>;

/** A flag name that `docker run` and `docker create` share. */
export type ContainerOptionName = keyof typeof containerOptions;
