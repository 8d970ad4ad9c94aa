/** Words for the swarm commands: see ./types.ts. */
import type { FlagWords, WordsFile } from './types.js';

/** The same words with the default named at the end of the summary (for `service create`, where defaults apply). */
function withDefault(w: FlagWords, value: string): FlagWords {
  return { ...w, summary: { ko: `${w.summary.ko} (기본값 ${value})`, en: `${w.summary.en} (default ${value})` } };
}

/** `--filter` of a list command; `keys` names the filter keys it understands. */
function filterBy(keys: string): FlagWords {
  return {
    summary: { ko: `조건에 맞는 항목만 표시 (${keys})`, en: `Show only the entries that match a condition (${keys})` },
    keywords: { ko: ['필터', '조건 검색', '걸러 보기'], en: ['filter', 'where', 'only matching', 'search'] },
  };
}

// ---- Flags shared by several list and inspect commands ----

const formatList: FlagWords = {
  summary: { ko: '출력 형식 지정: table(기본), json 또는 Go 템플릿', en: 'Choose the output: table (default), json or a Go template' },
  keywords: { ko: ['출력 형식', '포맷', '템플릿', 'JSON 출력'], en: ['format', 'json', 'go template', 'table', 'columns'] },
};
const formatTasks: FlagWords = {
  summary: { ko: 'Go 템플릿으로 태스크 목록의 모양을 직접 지정', en: 'Lay out the task list with a Go template' },
  keywords: { ko: ['출력 형식', '포맷', '템플릿'], en: ['format', 'go template', 'columns', 'table'] },
};
const formatInspect: FlagWords = {
  summary: { ko: 'JSON 전체 대신 Go 템플릿으로 필요한 값만 뽑아 출력', en: 'Print only the fields you pick with a Go template, or json' },
  keywords: { ko: ['출력 형식', '템플릿', '값만 보기', '필드 추출'], en: ['format', 'go template', 'json', 'extract field'] },
};
const pretty: FlagWords = {
  summary: { ko: 'JSON 대신 사람이 읽기 쉽게 정리해 출력', en: 'Print a readable summary instead of raw JSON' },
  keywords: { ko: ['보기 좋게', '읽기 쉽게', '요약 보기'], en: ['pretty', 'human readable', 'summary'] },
};
const quietIds: FlagWords = {
  summary: { ko: 'ID만 한 줄에 하나씩 출력', en: 'Print only the IDs, one per line' },
  keywords: { ko: ['ID만', '아이디만', '스크립트용'], en: ['quiet', 'ids only', 'scripting'] },
};
const quietTaskIds: FlagWords = {
  summary: { ko: '태스크 ID만 한 줄에 하나씩 출력', en: 'Print only the task IDs, one per line' },
  keywords: { ko: ['태스크 ID만', '아이디만', '스크립트용'], en: ['quiet', 'task ids only', 'scripting'] },
};
const quietProgress: FlagWords = {
  summary: { ko: '진행 상황 출력을 생략', en: 'Do not print progress output' },
  keywords: { ko: ['조용히', '진행 표시 끄기'], en: ['quiet', 'no progress', 'silent'] },
};
const detachConverge: FlagWords = {
  summary: { ko: '태스크가 목표 상태에 이를 때까지 기다리지 않고 바로 돌아옴', en: 'Return at once instead of waiting for the tasks to converge' },
  keywords: { ko: ['기다리지 않기', '백그라운드', '바로 종료'], en: ['detach', 'no wait', 'background', 'async'] },
};
const noResolve: FlagWords = {
  summary: { ko: '노드·서비스 ID를 이름으로 바꾸지 않고 그대로 표시', en: 'Show node and service IDs as they are, not their names' },
  keywords: { ko: ['ID 그대로', '이름 변환 안 함'], en: ['no resolve', 'raw ids'] },
};
const noTrunc: FlagWords = {
  summary: { ko: 'ID·이미지·오류 메시지를 자르지 않고 전부 표시', en: 'Show IDs, images and error messages in full' },
  keywords: { ko: ['자르지 않기', '전체 표시', '오류 전체 보기'], en: ['no-trunc', 'full output', 'full error', 'untruncated'] },
};
const templateDriver: FlagWords = {
  summary: { ko: '내용을 템플릿으로 처리할 드라이버 (예: golang)', en: 'Treat the content as a template, rendered by this driver (e.g. golang)' },
  keywords: { ko: ['템플릿', '템플릿 드라이버'], en: ['template driver', 'template', 'golang'] },
};

// ---- swarm init / join / update ----

const advertiseAddr: FlagWords = {
  summary: { ko: '다른 노드가 이 노드에 접속할 때 쓸 주소 (IP 또는 인터페이스[:포트])', en: 'Address other nodes use to reach this node (IP or interface, optional :port)' },
  keywords: { ko: ['광고 주소', '접속 주소', '노드 IP', '인터페이스 지정'], en: ['advertise address', 'node ip', 'interface', 'multiple ips'] },
};
const availability: FlagWords = {
  summary: { ko: '노드 가용성: active, pause, drain', en: 'Whether the node takes tasks: active, pause or drain' },
  keywords: { ko: ['가용성', '작업 받지 않기', '드레인'], en: ['availability', 'drain', 'pause node', 'active'] },
  values: ['active', 'pause', 'drain'],
};
const dataPathAddr: FlagWords = {
  summary: { ko: '컨테이너 간 데이터 트래픽에 쓸 주소나 인터페이스', en: 'Address or interface for container data traffic, apart from control traffic' },
  keywords: { ko: ['데이터 경로', '트래픽 분리', '인터페이스'], en: ['data path', 'data traffic', 'separate network', 'interface'] },
};
const listenAddr: FlagWords = {
  summary: { ko: '스웜 관리 트래픽을 받을 주소 (기본값 0.0.0.0:2377)', en: 'Address to listen on for swarm control traffic (default 0.0.0.0:2377)' },
  keywords: { ko: ['수신 주소', '포트 2377', '리슨 주소'], en: ['listen address', 'port 2377', 'bind'] },
};
const certExpiry: FlagWords = {
  summary: { ko: '노드 인증서 유효 기간 (기본값 2160h, 약 90일)', en: 'How long node certificates stay valid (default 2160h, about 90 days)' },
  keywords: { ko: ['인증서 만료', '유효 기간', '인증서'], en: ['certificate expiry', 'cert lifetime', 'validity period', 'tls'] },
};
const dispatcherHeartbeat: FlagWords = {
  summary: { ko: '노드가 매니저에 상태를 알리는 주기 (기본값 5s)', en: 'How often nodes report to the managers (default 5s)' },
  keywords: { ko: ['하트비트', '상태 보고 주기'], en: ['heartbeat', 'dispatcher', 'node check-in'] },
};
const externalCa: FlagWords = {
  summary: { ko: '노드 인증서를 서명할 외부 CA 지정 (protocol=cfssl,url=…)', en: 'External CA that signs node certificates (protocol=cfssl,url=…)' },
  keywords: { ko: ['외부 CA', '인증 기관', '인증서 서명'], en: ['external ca', 'cfssl', 'certificate authority'] },
};
const maxSnapshots: FlagWords = {
  summary: { ko: '최신 것 외에 더 보관할 Raft 스냅숏 수', en: 'How many older Raft snapshots to keep besides the latest' },
  keywords: { ko: ['스냅숏', '래프트', '보관 개수'], en: ['raft', 'snapshots', 'retention'] },
};
const snapshotInterval: FlagWords = {
  summary: { ko: 'Raft 스냅숏 사이의 로그 항목 수 (기본값 10000)', en: 'Raft log entries between two snapshots (default 10000)' },
  keywords: { ko: ['스냅숏 주기', '래프트 로그'], en: ['raft', 'snapshot interval', 'log entries'] },
};
const taskHistoryLimit: FlagWords = {
  summary: { ko: '슬롯마다 남겨 둘 지난 태스크 기록 수 (기본값 5)', en: 'How many finished tasks to keep per slot in the history (default 5)' },
  keywords: { ko: ['태스크 기록', '히스토리 보관'], en: ['task history', 'retention', 'old tasks'] },
};

// ---- Flags of service create and service update that mean the same in both ----

const service = {
  '--cap-add': {
    summary: { ko: '컨테이너에 리눅스 커널 권한(capability) 추가 (예: NET_ADMIN)', en: 'Give the containers extra Linux capabilities (e.g. NET_ADMIN)' },
    keywords: { ko: ['권한 추가', '커널 권한', '캐퍼빌리티'], en: ['cap-add', 'capabilities', 'linux capability', 'privileges'] },
  },
  '--cap-drop': {
    summary: { ko: '컨테이너에서 리눅스 커널 권한(capability) 제거 (예: ALL)', en: 'Take Linux capabilities away from the containers (e.g. ALL)' },
    keywords: { ko: ['권한 제거', '커널 권한', '보안 강화'], en: ['cap-drop', 'capabilities', 'harden', 'least privilege'] },
  },
  '--credential-spec': {
    summary: { ko: '윈도우 전용: 관리형 서비스 계정(gMSA)의 자격 증명 사양', en: 'Windows only: credential spec for a group managed service account (gMSA)' },
    keywords: { ko: ['윈도우', '서비스 계정', '자격 증명'], en: ['gmsa', 'windows', 'credential spec', 'active directory'] },
  },
  '--detach': detachConverge,
  '--endpoint-mode': {
    summary: { ko: '서비스 접속 방식: 가상 IP 하나(vip) 또는 DNS 라운드 로빈(dnsrr)', en: 'How clients reach the tasks: one virtual IP (vip) or DNS round robin (dnsrr)' },
    keywords: { ko: ['엔드포인트', '가상 IP', '부하 분산', 'DNS 라운드 로빈'], en: ['endpoint mode', 'vip', 'dnsrr', 'load balancing'] },
    details: {
      ko: 'vip는 서비스 이름이 가상 IP 하나로 풀리고, 그 뒤에서 요청이 태스크들로 나뉩니다. dnsrr은 서비스 이름이 태스크 IP 목록으로 바로 풀리며, 라우팅 메시로 공개한 포트와 함께 쓸 수 없어 포트를 mode=host로 공개해야 합니다.',
      en: 'With vip the service name resolves to one virtual IP that spreads requests over the tasks. With dnsrr the name resolves to the task IPs directly; it cannot be combined with ports published through the routing mesh, so publish with mode=host instead.',
    },
    values: ['vip', 'dnsrr'],
  },
  '--entrypoint': {
    summary: { ko: '이미지에 정해진 ENTRYPOINT 대신 실행할 명령', en: "Run this instead of the image's ENTRYPOINT" },
    keywords: { ko: ['엔트리포인트', '시작 명령 변경', '실행 명령'], en: ['entrypoint', 'override entrypoint', 'start command'] },
  },
  '--health-cmd': {
    summary: { ko: '컨테이너가 정상인지 확인할 헬스체크 명령', en: 'Command that checks whether a container is healthy' },
    keywords: { ko: ['헬스체크', '상태 확인', '헬스 체크 명령'], en: ['healthcheck', 'health check', 'liveness'] },
    details: {
      ko: '명령이 0으로 끝나면 정상, 그 밖의 값이면 실패로 칩니다. 스웜은 unhealthy가 된 태스크를 멈추고 새 태스크로 바꿉니다.',
      en: 'Exit code 0 means healthy, anything else counts as a failure. Swarm stops a task that turns unhealthy and starts a new one in its place.',
    },
  },
  '--health-interval': {
    summary: { ko: '헬스체크를 실행하는 간격 (예: 30s)', en: 'Time between two health checks (e.g. 30s)' },
    keywords: { ko: ['헬스체크 간격', '확인 주기'], en: ['health interval', 'check interval'] },
  },
  '--health-retries': {
    summary: { ko: 'unhealthy로 판정하기까지 허용하는 연속 실패 횟수', en: 'Failed checks in a row before a container counts as unhealthy' },
    keywords: { ko: ['헬스체크 재시도', '실패 횟수'], en: ['health retries', 'failures'] },
  },
  '--health-start-interval': {
    summary: { ko: '시작 유예 기간 동안 헬스체크를 실행하는 간격', en: 'Time between health checks during the start period' },
    keywords: { ko: ['시작 중 확인 간격', '헬스체크 간격'], en: ['start interval', 'health check', 'startup'] },
  },
  '--health-start-period': {
    summary: { ko: '시작 직후 실패를 세지 않고 기다려 주는 준비 시간', en: 'Start-up time during which failed checks are not counted' },
    keywords: { ko: ['시작 유예', '준비 시간', '초기화 시간'], en: ['start period', 'grace', 'warm up'] },
  },
  '--health-timeout': {
    summary: { ko: '헬스체크 한 번이 실패로 처리되기까지의 최대 시간', en: 'Longest one check may run before it counts as failed' },
    keywords: { ko: ['헬스체크 시간 제한', '타임아웃'], en: ['health timeout', 'timeout'] },
  },
  '--hostname': {
    summary: { ko: '컨테이너 안에서 보이는 호스트 이름', en: 'Hostname the containers see' },
    keywords: { ko: ['호스트 이름', '호스트네임'], en: ['hostname', 'host name'] },
  },
  '--init': {
    summary: { ko: '컨테이너마다 init 프로세스를 넣어 신호 전달과 좀비 프로세스 정리', en: 'Run an init process in each container to pass on signals and reap zombies' },
    keywords: { ko: ['init 프로세스', '좀비 프로세스', '신호 전달'], en: ['init', 'tini', 'zombie processes', 'pid 1'] },
  },
  '--isolation': {
    summary: { ko: '컨테이너 격리 방식 (주로 윈도우: process 또는 hyperv)', en: 'Container isolation technology (mainly Windows: process or hyperv)' },
    keywords: { ko: ['격리 방식', '윈도우', '하이퍼V'], en: ['isolation', 'hyperv', 'process isolation', 'windows'] },
  },
  '--limit-cpu': {
    summary: { ko: '컨테이너 하나가 쓸 수 있는 CPU 상한 (예: 0.5는 코어 절반)', en: 'Most CPU one container may use (e.g. 0.5 for half a core)' },
    keywords: { ko: ['CPU 제한', '씨피유 상한', '자원 제한'], en: ['cpu limit', 'limit cpu', 'resources'] },
  },
  '--limit-memory': {
    summary: { ko: '컨테이너 하나의 메모리 상한 (예: 512M), 넘으면 강제 종료', en: 'Most memory one container may use (e.g. 512M); going over gets it killed' },
    keywords: { ko: ['메모리 제한', '메모리 상한', '자원 제한'], en: ['memory limit', 'limit memory', 'oom', 'resources'] },
  },
  '--limit-pids': {
    summary: { ko: '컨테이너 안에서 돌 수 있는 최대 프로세스 수 (기본값 0 = 무제한)', en: 'Most processes one container may run (default 0 = unlimited)' },
    keywords: { ko: ['프로세스 수 제한', 'PID 제한'], en: ['pids limit', 'process limit', 'fork bomb'] },
  },
  '--log-driver': {
    summary: { ko: '서비스 컨테이너가 쓸 로깅 드라이버 (json-file, journald 등)', en: 'Logging driver for the service containers (json-file, journald, …)' },
    keywords: { ko: ['로그 드라이버', '로깅', '로그 저장 방식'], en: ['log driver', 'logging', 'json-file', 'journald'] },
  },
  '--log-opt': {
    summary: { ko: '로깅 드라이버 옵션 (키=값, 예: max-size=10m)', en: 'Option for the logging driver (key=value, e.g. max-size=10m)' },
    keywords: { ko: ['로그 옵션', '로그 크기 제한', '로그 회전'], en: ['log options', 'max-size', 'log rotation'] },
  },
  '--max-concurrent': {
    summary: { ko: '잡 모드에서 동시에 실행할 태스크 수 (기본값: --replicas와 같음)', en: 'Job modes: how many tasks run at the same time (default: same as --replicas)' },
    keywords: { ko: ['동시 실행 수', '잡', '배치 작업'], en: ['max concurrent', 'job', 'parallel tasks', 'batch'] },
  },
  '--no-healthcheck': {
    summary: { ko: '이미지에 정의된 HEALTHCHECK를 끔', en: "Turn off the image's HEALTHCHECK" },
    keywords: { ko: ['헬스체크 끄기', '상태 확인 안 함'], en: ['no healthcheck', 'disable healthcheck'] },
  },
  '--no-resolve-image': {
    summary: { ko: '레지스트리에 이미지 다이제스트와 지원 플랫폼을 묻지 않음', en: 'Do not ask the registry for the image digest and platforms' },
    keywords: { ko: ['다이제스트 조회 안 함', '레지스트리 조회 생략', '오프라인'], en: ['no resolve image', 'digest', 'offline', 'skip registry'] },
    details: {
      ko: '평소에는 태그를 다이제스트로 고정해 모든 노드가 같은 이미지를 받습니다. 이 옵션을 쓰면 태그를 그대로 쓰므로 노드마다 다른 버전을 받을 수 있습니다.',
      en: 'Normally the tag is pinned to a digest so every node runs exactly the same image. With this flag the tag is used as it is, and nodes may end up pulling different versions of it.',
    },
  },
  '--oom-score-adj': {
    summary: { ko: '메모리 부족 때 커널이 이 컨테이너를 먼저 죽일지 조정 (-1000~1000)', en: "Adjust how likely the kernel's OOM killer picks these containers (-1000 to 1000)" },
    keywords: { ko: ['메모리 부족', 'OOM 점수', '우선순위'], en: ['oom score', 'oom killer', 'out of memory'] },
  },
  '--quiet': quietProgress,
  '--read-only': {
    summary: { ko: '컨테이너 루트 파일시스템을 읽기 전용으로 마운트', en: "Mount the containers' root filesystem read-only" },
    keywords: { ko: ['읽기 전용', '쓰기 금지', '보안 강화'], en: ['read-only', 'readonly rootfs', 'immutable'] },
  },
  '--replicas': {
    summary: { ko: '실행할 태스크(레플리카) 수', en: 'Number of tasks (replicas) to run' },
    keywords: { ko: ['레플리카', '복제본 수', '개수', '스케일'], en: ['replicas', 'instances', 'scale', 'how many'] },
  },
  '--replicas-max-per-node': {
    summary: { ko: '노드 하나에 둘 수 있는 이 서비스의 최대 태스크 수 (기본값 0 = 무제한)', en: 'Most tasks of this service on one node (default 0 = unlimited)' },
    keywords: { ko: ['노드당 최대', '분산 배치'], en: ['max per node', 'spread', 'anti-affinity'] },
  },
  '--reserve-cpu': {
    summary: { ko: '태스크마다 확보할 CPU: 그만큼 남은 노드에만 배치', en: 'CPU each task needs; tasks go only to nodes with that much free' },
    keywords: { ko: ['CPU 예약', '자원 예약', '스케줄링'], en: ['reserve cpu', 'cpu reservation', 'scheduling'] },
  },
  '--reserve-memory': {
    summary: { ko: '태스크마다 확보할 메모리: 그만큼 남은 노드에만 배치', en: 'Memory each task needs; tasks go only to nodes with that much free' },
    keywords: { ko: ['메모리 예약', '자원 예약', '스케줄링'], en: ['reserve memory', 'memory reservation', 'scheduling'] },
  },
  '--restart-condition': {
    summary: { ko: '끝난 태스크를 다시 시작할 조건: none, on-failure, any', en: 'When to restart a task that exits: none, on-failure or any' },
    keywords: { ko: ['재시작 정책', '재시작 조건', '자동 재시작'], en: ['restart policy', 'restart condition', 'on-failure'] },
    values: ['none', 'on-failure', 'any'],
  },
  '--restart-delay': {
    summary: { ko: '재시작 시도 사이에 기다리는 시간', en: 'Wait between restart attempts' },
    keywords: { ko: ['재시작 지연', '재시작 간격'], en: ['restart delay', 'backoff'] },
  },
  '--restart-max-attempts': {
    summary: { ko: '포기하기 전까지 재시작을 시도할 최대 횟수', en: 'Give up after this many restarts' },
    keywords: { ko: ['최대 재시작', '재시작 횟수'], en: ['max attempts', 'restart limit'] },
  },
  '--restart-window': {
    summary: { ko: '재시작 횟수를 세는 기준 시간 범위', en: 'Time window in which restarts are counted against --restart-max-attempts' },
    keywords: { ko: ['재시작 기간', '재시작 판단'], en: ['restart window', 'restart policy'] },
  },
  '--rollback-delay': {
    summary: { ko: '롤백할 때 태스크 묶음 사이에 기다리는 시간', en: 'Wait between rolling back one batch of tasks and the next' },
    keywords: { ko: ['롤백 간격', '롤백 지연'], en: ['rollback delay', 'rollback'] },
  },
  '--rollback-failure-action': {
    summary: { ko: '롤백이 실패했을 때 할 일: pause 또는 continue', en: 'What to do when a rollback fails: pause or continue' },
    keywords: { ko: ['롤백 실패', '실패 시 동작'], en: ['rollback failure', 'failure action'] },
    values: ['pause', 'continue'],
  },
  '--rollback-max-failure-ratio': {
    summary: { ko: '롤백 중 실패해도 넘어가는 태스크 비율 (0~1)', en: 'Share of tasks (0 to 1) that may fail during a rollback' },
    keywords: { ko: ['실패 허용 비율', '롤백 실패율'], en: ['failure ratio', 'rollback', 'tolerance'] },
  },
  '--rollback-monitor': {
    summary: { ko: '태스크를 롤백한 뒤 실패하는지 지켜보는 시간', en: 'How long to watch each rolled-back task for failure' },
    keywords: { ko: ['롤백 감시', '모니터링 시간'], en: ['rollback monitor', 'watch'] },
  },
  '--rollback-order': {
    summary: { ko: '롤백 순서: 기존 태스크를 먼저 멈춤(stop-first) 또는 새 태스크를 먼저 띄움(start-first)', en: 'Rollback order: stop old tasks first (stop-first) or start new ones first (start-first)' },
    keywords: { ko: ['롤백 순서', '무중단'], en: ['rollback order', 'start-first', 'stop-first'] },
    values: ['start-first', 'stop-first'],
  },
  '--rollback-parallelism': {
    summary: { ko: '한 번에 롤백할 태스크 수 (0이면 전부 한꺼번에)', en: 'Tasks rolled back at the same time (0 = all at once)' },
    keywords: { ko: ['동시 롤백', '롤백 묶음'], en: ['rollback parallelism', 'batch size'] },
  },
  '--stop-grace-period': {
    summary: { ko: '정지 신호를 보낸 뒤 강제 종료하기 전까지 기다리는 시간', en: 'Time to wait after the stop signal before killing a container' },
    keywords: { ko: ['종료 유예', '정상 종료 대기', '그레이스 기간'], en: ['grace period', 'graceful shutdown', 'stop timeout'] },
  },
  '--stop-signal': {
    summary: { ko: '컨테이너를 멈출 때 보낼 신호 (예: SIGQUIT)', en: 'Signal sent to stop the containers (e.g. SIGQUIT)' },
    keywords: { ko: ['정지 신호', '종료 시그널'], en: ['stop signal', 'sigterm', 'sigquit'] },
  },
  '--tty': {
    summary: { ko: '컨테이너에 가상 터미널(TTY) 할당', en: 'Give the containers a pseudo-terminal' },
    keywords: { ko: ['터미널', 'TTY 할당'], en: ['tty', 'terminal', 'pseudo-tty'] },
  },
  '--update-delay': {
    summary: { ko: '업데이트할 때 태스크 묶음 사이에 기다리는 시간', en: 'Wait between updating one batch of tasks and the next' },
    keywords: { ko: ['업데이트 간격', '롤링 업데이트', '업데이트 지연'], en: ['update delay', 'rolling update', 'pause between'] },
  },
  '--update-failure-action': {
    summary: { ko: '업데이트가 실패했을 때 할 일: pause, continue, rollback', en: 'What to do when an update fails: pause, continue or rollback' },
    keywords: { ko: ['업데이트 실패', '자동 롤백', '실패 시 동작'], en: ['update failure', 'auto rollback', 'failure action'] },
    values: ['pause', 'continue', 'rollback'],
  },
  '--update-max-failure-ratio': {
    summary: { ko: '업데이트 중 실패해도 넘어가는 태스크 비율 (0~1)', en: 'Share of tasks (0 to 1) that may fail during an update' },
    keywords: { ko: ['실패 허용 비율', '업데이트 실패율'], en: ['failure ratio', 'update', 'tolerance'] },
  },
  '--update-monitor': {
    summary: { ko: '태스크를 업데이트한 뒤 실패하는지 지켜보는 시간', en: 'How long to watch each updated task for failure' },
    keywords: { ko: ['업데이트 감시', '모니터링 시간'], en: ['update monitor', 'watch'] },
  },
  '--update-order': {
    summary: { ko: '업데이트 순서: 기존 태스크를 먼저 멈춤(stop-first) 또는 새 태스크를 먼저 띄움(start-first)', en: 'Update order: stop old tasks first (stop-first) or start new ones first (start-first)' },
    keywords: { ko: ['업데이트 순서', '무중단 배포', '롤링 업데이트'], en: ['update order', 'start-first', 'zero downtime'] },
    details: {
      ko: 'start-first는 새 태스크가 뜬 뒤에 옛 태스크를 멈추므로 중단이 줄지만, 잠시 태스크가 하나 더 돌아 그만큼 자원이 더 필요합니다.',
      en: 'start-first stops the old task only after the new one is up, which avoids a gap, but for a while one extra task runs and needs room on the nodes.',
    },
    values: ['start-first', 'stop-first'],
  },
  '--update-parallelism': {
    summary: { ko: '한 번에 업데이트할 태스크 수 (0이면 전부 한꺼번에)', en: 'Tasks updated at the same time (0 = all at once)' },
    keywords: { ko: ['동시 업데이트', '업데이트 묶음', '롤링 업데이트'], en: ['update parallelism', 'batch size', 'rolling update'] },
  },
  '--user': {
    summary: { ko: '컨테이너 프로세스를 실행할 사용자 (이름 또는 UID[:그룹])', en: 'User to run the container process as (name or UID, optionally :group)' },
    keywords: { ko: ['사용자 지정', '루트 아닌 사용자', '사용자 ID'], en: ['user', 'uid', 'non-root', 'run as'] },
  },
  '--with-registry-auth': {
    summary: { ko: '내 레지스트리 로그인 정보를 노드에 넘겨 비공개 이미지를 받게 함', en: 'Pass your registry login on to the nodes so they can pull private images' },
    keywords: { ko: ['레지스트리 인증', '비공개 이미지', '로그인 정보 전달'], en: ['registry auth', 'private image', 'credentials', 'pull access'] },
  },
  '--workdir': {
    summary: { ko: '컨테이너 안 작업 디렉터리', en: 'Working directory inside the containers' },
    keywords: { ko: ['작업 디렉터리', '작업 폴더'], en: ['workdir', 'working directory', 'cwd'] },
  },
} satisfies Record<string, FlagWords>;

// ---- Flags of service create that service update spells as --X-add / --X-rm ----

const serviceConfig: FlagWords = {
  summary: { ko: '스웜 컨피그를 컨테이너 안에 파일로 제공 (source=이름,target=경로)', en: 'Give the containers a swarm config as a file (source=NAME,target=PATH)' },
  keywords: { ko: ['컨피그', '설정 파일', '설정 주입'], en: ['config', 'config file', 'swarm config'] },
};
const serviceConstraint: FlagWords = {
  summary: { ko: '태스크를 둘 노드의 조건 (예: node.role==manager)', en: 'Run tasks only on nodes that match (e.g. node.role==manager)' },
  keywords: { ko: ['배치 제약', '노드 지정', '특정 노드에서만'], en: ['constraint', 'placement', 'pin to node', 'node label'] },
};
const serviceEnv: FlagWords = {
  summary: { ko: '컨테이너 환경 변수 설정 (KEY=value)', en: 'Set an environment variable in the containers (KEY=value)' },
  keywords: { ko: ['환경 변수', '환경변수', '설정값 전달'], en: ['env', 'environment variable', 'config'] },
};
const serviceMount: FlagWords = {
  summary: { ko: '볼륨, 바인드 마운트 또는 tmpfs를 컨테이너에 연결', en: 'Attach a volume, bind mount or tmpfs to the containers' },
  keywords: { ko: ['마운트', '볼륨 연결', '바인드 마운트', '데이터 유지'], en: ['mount', 'volume', 'bind mount', 'tmpfs', 'persist data'] },
};
const serviceNetwork: FlagWords = {
  summary: { ko: '서비스를 연결할 네트워크 (보통 오버레이 네트워크)', en: 'Network to attach the service to (usually an overlay network)' },
  keywords: { ko: ['네트워크 연결', '오버레이 네트워크', '서비스 간 통신'], en: ['network', 'overlay', 'service discovery'] },
};
const servicePublish: FlagWords = {
  summary: { ko: '서비스 포트를 스웜 노드 포트로 공개 (8080:80 또는 published=8080,target=80)', en: 'Publish a service port on the swarm nodes (8080:80 or published=8080,target=80)' },
  keywords: { ko: ['포트 공개', '포트 열기', '포트 매핑', '라우팅 메시'], en: ['publish', 'port', 'expose port', 'routing mesh', 'ingress'] },
};
const serviceSecret: FlagWords = {
  summary: { ko: '스웜 시크릿을 컨테이너에 파일로 제공 (/run/secrets/이름)', en: 'Give the containers a swarm secret as a file (/run/secrets/NAME)' },
  keywords: { ko: ['시크릿', '비밀번호 전달', '민감 정보'], en: ['secret', 'password', 'credentials', 'sensitive data'] },
};
const servicePlacementPref: FlagWords = {
  summary: { ko: '노드 레이블 값마다 태스크를 고르게 분산 (spread=node.labels.zone)', en: 'Spread tasks evenly over the values of a node label (spread=node.labels.zone)' },
  keywords: { ko: ['분산 배치', '배치 선호', '가용 영역'], en: ['placement preference', 'spread', 'zone', 'rack'] },
};

/** Summary words for one `--X-add` / `--X-rm` flag of service update. */
function add(ko: string, en: string, kwKo: string[], kwEn: string[]): FlagWords {
  return { summary: { ko, en }, keywords: { ko: kwKo, en: kwEn } };
}

export const swarmWords: WordsFile = {
  // ==== swarm ====
  swarm: {
    summary: { ko: '스웜 클러스터 만들기·참여·탈퇴와 클러스터 설정 관리', en: 'Create, join and leave a swarm, and manage its settings' },
    keywords: { ko: ['스웜', '도커 스웜', '클러스터', '오케스트레이션', '클러스터 구성'], en: ['swarm', 'swarm mode', 'cluster', 'orchestration', 'docker swarm'] },
    details: {
      ko: '하위 명령: init(새 스웜 만들기), join(노드로 참여), join-token(참여 토큰 보기·교체), leave(탈퇴), update(클러스터 설정 변경), ca(루트 CA 보기·교체), unlock-key와 unlock(자동 잠금 키 관리와 잠금 해제). 노드는 node, 서비스는 service, 스택은 stack 명령으로 다룹니다.',
      en: 'Subcommands: init (start a new swarm), join (add this node), join-token (show or rotate join tokens), leave, update (change cluster settings), ca (show or rotate the root CA), unlock-key and unlock (autolock key and unlocking). Nodes, services and stacks have their own node, service and stack commands.',
    },
    related: ['docker node', 'docker service', 'docker stack'],
    options: {},
  },
  'swarm init': {
    summary: { ko: '이 엔진을 첫 매니저로 하는 새 스웜 클러스터 생성', en: 'Start a new swarm with this engine as its first manager' },
    keywords: { ko: ['스웜 시작', '스웜 초기화', '클러스터 만들기', '매니저 노드', '스웜 모드 켜기'], en: ['swarm init', 'create swarm', 'start cluster', 'enable swarm mode', 'first manager'] },
    details: {
      ko: '실행한 노드가 매니저(리더)가 되고, 다른 노드가 참여할 때 쓸 docker swarm join 명령이 토큰과 함께 출력됩니다. 호스트에 IP가 여러 개면 --advertise-addr로 다른 노드가 접속할 주소를 정해야 합니다. 노드끼리는 TCP 2377(관리), TCP/UDP 7946(노드 간 통신), UDP 4789(오버레이 데이터) 포트가 열려 있어야 합니다.',
      en: 'This node becomes the manager (and leader) and prints the docker swarm join command, token included, for other nodes. If the host has several IP addresses, --advertise-addr must say which one other nodes should use. Nodes need TCP 2377 (management), TCP/UDP 7946 (node gossip) and UDP 4789 (overlay data) open between them.',
    },
    examples: [
      'docker swarm init',
      'docker swarm init --advertise-addr 192.168.1.10',
      'docker swarm init --advertise-addr eth0 --autolock',
    ],
    related: ['docker swarm join', 'docker swarm join-token', 'docker node ls', 'docker swarm leave'],
    options: {
      '--advertise-addr': {
        ...advertiseAddr,
        details: {
          ko: 'IP가 하나뿐이면 생략해도 되지만, 여러 개면 직접 정해야 init이 진행됩니다. 다른 노드는 출력된 join 명령에 담긴 이 주소(기본 포트 2377)로 매니저에 접속합니다.',
          en: 'It can be left out when the host has a single IP; with several, init refuses to guess and you must pick one. Other nodes reach the manager at this address (port 2377 unless given) through the printed join command.',
        },
        examples: ['docker swarm init --advertise-addr 192.168.1.10'],
      },
      '--autolock': {
        summary: { ko: '매니저 자동 잠금 켜기: 재시작한 매니저는 잠금 해제 키가 있어야 동작', en: 'Turn on autolock: a restarted manager needs the unlock key before it works' },
        keywords: { ko: ['자동 잠금', '잠금 해제 키', '암호화 키 보호'], en: ['autolock', 'unlock key', 'encrypt raft'] },
        details: {
          ko: 'init이 출력하는 잠금 해제 키를 안전한 곳에 보관하세요(잠기지 않은 매니저에서 docker swarm unlock-key로 다시 볼 수 있음). 키를 잃으면 잠긴 매니저를 되살릴 수 없습니다.',
          en: 'Keep the unlock key that init prints somewhere safe (docker swarm unlock-key shows it again on an unlocked manager). Without it a locked manager cannot be brought back.',
        },
      },
      '--availability': withDefault(availability, 'active'),
      '--cert-expiry': certExpiry,
      '--data-path-addr': dataPathAddr,
      '--data-path-port': {
        summary: { ko: '오버레이 데이터(VXLAN) 트래픽 포트 (1024~49151, 기본값 4789)', en: 'Port for overlay (VXLAN) data traffic (1024 to 49151, default 4789)' },
        keywords: { ko: ['VXLAN 포트', '데이터 포트', '오버레이 포트'], en: ['vxlan', 'data path port', '4789'] },
      },
      '--default-addr-pool': {
        summary: { ko: '오버레이 네트워크 서브넷을 떼어 줄 주소 대역 (CIDR, 여러 번 지정 가능)', en: 'Address ranges (CIDR) that overlay network subnets are carved from; may be repeated' },
        keywords: { ko: ['주소 풀', '서브넷 대역', '오버레이 대역'], en: ['address pool', 'cidr', 'overlay subnet'] },
      },
      '--default-addr-pool-mask-length': {
        summary: { ko: '주소 풀에서 네트워크마다 떼어 줄 서브넷 크기 (기본값 24)', en: 'Subnet size handed to each new network from the address pool (default /24)' },
        keywords: { ko: ['서브넷 크기', '주소 풀', '마스크 길이'], en: ['subnet mask', 'address pool', 'cidr'] },
      },
      '--dispatcher-heartbeat': dispatcherHeartbeat,
      '--external-ca': externalCa,
      '--force-new-cluster': {
        summary: { ko: '쿼럼을 잃었을 때 이 매니저의 현재 상태로 단일 매니저 클러스터를 새로 구성', en: "After losing quorum, rebuild a one-manager cluster from this manager's state" },
        keywords: { ko: ['쿼럼 복구', '클러스터 복구', '장애 복구'], en: ['force new cluster', 'recover quorum', 'disaster recovery'] },
        details: {
          ko: '서비스와 설정 같은 클러스터 상태는 유지되고, 다른 매니저는 클러스터에서 빠집니다. 복구 뒤 매니저를 다시 추가해야 합니다.',
          en: 'Cluster state such as services and settings is kept; the other managers are dropped from the cluster, and you add managers again afterwards.',
        },
      },
      '--listen-addr': listenAddr,
      '--max-snapshots': maxSnapshots,
      '--snapshot-interval': snapshotInterval,
      '--task-history-limit': taskHistoryLimit,
    },
  },
  'swarm join': {
    summary: { ko: '토큰을 써서 이 노드를 기존 스웜에 워커나 매니저로 참여', en: 'Add this node to an existing swarm, as a worker or a manager, with a join token' },
    keywords: { ko: ['스웜 참여', '노드 추가', '클러스터 가입', '워커 추가', '매니저 추가'], en: ['swarm join', 'join cluster', 'add node', 'add worker', 'add manager'] },
    details: {
      ko: '워커가 될지 매니저가 될지는 어떤 토큰을 쓰느냐로 정해집니다. 매니저에서 docker swarm join-token worker(또는 manager)를 실행하면 붙여 넣을 명령 전체가 나옵니다. 인자는 매니저 주소와 포트(보통 2377)입니다.',
      en: 'The token decides whether the node joins as a worker or a manager. Run docker swarm join-token worker (or manager) on a manager to get the full command to paste. The argument is the address and port of a manager, usually port 2377.',
    },
    examples: [
      'docker swarm join --token SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2e7c 192.168.1.10:2377',
      'docker swarm join --token SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2e7c --advertise-addr 192.168.1.11 192.168.1.10:2377',
    ],
    related: ['docker swarm join-token', 'docker swarm init', 'docker node ls', 'docker swarm leave'],
    options: {
      '--advertise-addr': advertiseAddr,
      '--availability': withDefault(availability, 'active'),
      '--data-path-addr': dataPathAddr,
      '--listen-addr': listenAddr,
      '--token': {
        summary: { ko: '스웜 참여 토큰 (워커용 또는 매니저용)', en: 'Join token of the swarm (the worker or the manager one)' },
        keywords: { ko: ['참여 토큰', '조인 토큰', '토큰'], en: ['token', 'join token', 'swmtkn'] },
      },
    },
  },
  'swarm join-token': {
    summary: { ko: '워커나 매니저를 추가할 때 쓰는 참여 토큰 보기와 교체', en: 'Show or rotate the token that lets workers or managers join the swarm' },
    keywords: { ko: ['참여 토큰', '조인 토큰', '노드 추가 명령', '토큰 교체', '토큰 보기'], en: ['join token', 'swarm token', 'add worker', 'rotate token', 'get join command'] },
    details: {
      ko: 'worker 또는 manager를 인자로 주면 그 역할로 참여하는 docker swarm join 명령 전체가 출력됩니다. 매니저에서만 실행할 수 있습니다. 토큰이 새어 나갔다면 --rotate로 바꾸세요. 이미 참여한 노드에는 영향이 없고, 이전 토큰으로는 더 이상 참여할 수 없습니다.',
      en: 'Give worker or manager and it prints the whole docker swarm join command for that role. It runs only on a manager. If a token has leaked, --rotate replaces it: nodes already in the swarm are not affected, but the old token no longer lets anyone join.',
    },
    examples: [
      'docker swarm join-token worker',
      'docker swarm join-token -q manager',
      'docker swarm join-token --rotate worker',
    ],
    related: ['docker swarm join', 'docker swarm init', 'docker node ls'],
    options: {
      '--quiet': {
        summary: { ko: 'join 명령 없이 토큰만 출력', en: 'Print only the token, not the whole join command' },
        keywords: { ko: ['토큰만', '스크립트용'], en: ['quiet', 'token only', 'scripting'] },
      },
      '--rotate': {
        summary: { ko: '참여 토큰을 새로 발급해 이전 토큰을 무효화', en: 'Issue a new join token so the old one stops working' },
        keywords: { ko: ['토큰 교체', '토큰 재발급', '토큰 유출'], en: ['rotate', 'new token', 'revoke token', 'leaked token'] },
      },
    },
  },
  'swarm leave': {
    summary: { ko: '이 노드를 스웜에서 탈퇴시키고 스웜 모드 끄기', en: 'Take this node out of the swarm and turn swarm mode off on it' },
    keywords: { ko: ['스웜 탈퇴', '스웜 나가기', '클러스터 탈퇴', '스웜 해제', '노드 빼기'], en: ['swarm leave', 'leave cluster', 'disable swarm', 'remove node', 'quit swarm'] },
    details: {
      ko: '이 노드의 서비스 태스크는 멈추고, 매니저는 남은 노드에 태스크를 다시 배치합니다. 탈퇴한 노드는 node ls에 Down으로 남으니 매니저에서 docker node rm으로 지우세요. 매니저는 --force가 있어야 떠날 수 있는데, 그러면 쿼럼을 잃을 수 있고 마지막 매니저라면 스웜 자체가 사라집니다. 먼저 docker node demote로 워커로 내리는 편이 안전합니다.',
      en: "This node's service tasks stop and the managers schedule them on the remaining nodes. The node stays in node ls as Down until you run docker node rm on a manager. A manager can only leave with --force, which can cost the swarm its quorum, and on the last manager ends the swarm altogether; demoting it first with docker node demote is the safer way.",
    },
    examples: ['docker swarm leave', 'docker swarm leave --force'],
    related: ['docker node demote', 'docker node rm', 'docker swarm join', 'docker swarm init'],
    options: {
      '--force': {
        summary: { ko: '경고를 무시하고 강제로 탈퇴 (매니저는 이것이 있어야 떠날 수 있음)', en: 'Leave even when warned against it (a manager cannot leave without it)' },
        keywords: { ko: ['강제 탈퇴', '매니저 탈퇴', '쿼럼'], en: ['force', 'force leave', 'manager leave', 'quorum'] },
        details: {
          ko: '매니저가 떠나면 남은 매니저가 과반(쿼럼)을 이루지 못해 클러스터를 관리할 수 없게 될 수 있습니다. 마지막 매니저에서 쓰면 스웜이 해체되고 서비스 정보도 사라집니다.',
          en: 'When a manager leaves, the remaining managers may no longer form a majority (quorum) and the cluster can no longer be managed. On the last manager it ends the swarm and its service definitions with it.',
        },
        examples: ['docker swarm leave --force'],
      },
    },
  },
  'swarm update': {
    summary: { ko: '자동 잠금, 인증서 기간, 태스크 기록 수 같은 스웜 설정 변경', en: 'Change swarm settings such as autolock, certificate lifetime or task history' },
    keywords: { ko: ['스웜 설정', '클러스터 설정 변경', '자동 잠금 켜기', '인증서 기간 변경'], en: ['swarm update', 'cluster settings', 'enable autolock', 'swarm config', 'change swarm'] },
    details: {
      ko: '매니저에서 실행하며, 지정한 설정만 바뀌고 나머지는 그대로입니다.',
      en: 'Run it on a manager; only the settings you pass change, the rest stay as they are.',
    },
    examples: ['docker swarm update --autolock=true', 'docker swarm update --task-history-limit 10'],
    related: ['docker swarm init', 'docker swarm unlock-key', 'docker info'],
    options: {
      '--autolock': {
        summary: { ko: '매니저 자동 잠금 켜기·끄기 (true|false)', en: 'Turn manager autolock on or off (true|false)' },
        keywords: { ko: ['자동 잠금', '잠금 해제 키'], en: ['autolock', 'unlock key', 'lock managers'] },
      },
      '--cert-expiry': certExpiry,
      '--dispatcher-heartbeat': dispatcherHeartbeat,
      '--external-ca': externalCa,
      '--max-snapshots': maxSnapshots,
      '--snapshot-interval': snapshotInterval,
      '--task-history-limit': taskHistoryLimit,
    },
  },
  'swarm ca': {
    summary: { ko: '스웜 루트 CA 인증서 보기와 교체(회전)', en: "Show the swarm's root CA certificate, or rotate it" },
    keywords: { ko: ['루트 CA', '인증서 교체', 'CA 회전', '인증 기관'], en: ['swarm ca', 'root ca', 'rotate ca', 'certificate'] },
    details: {
      ko: '옵션 없이 실행하면 현재 루트 CA 인증서를 PEM으로 출력합니다. --rotate는 새 CA를 만들거나(--ca-cert와 --ca-key로 직접 줄 수도 있음) 모든 노드의 인증서를 그 CA로 다시 발급합니다. 매니저에서만 실행됩니다.',
      en: 'Without flags it prints the current root CA certificate as PEM. --rotate switches to a new CA, generated or given with --ca-cert and --ca-key, and reissues every node certificate under it. It runs only on a manager.',
    },
    examples: ['docker swarm ca', 'docker swarm ca --rotate'],
    related: ['docker swarm update', 'docker swarm init'],
    options: {
      '--ca-cert': {
        summary: { ko: '새 루트 CA로 쓸 PEM 인증서 파일 경로', en: 'PEM file with the root CA certificate to switch to' },
        keywords: { ko: ['CA 인증서', '인증서 파일'], en: ['ca cert', 'pem', 'certificate file'] },
      },
      '--ca-key': {
        summary: { ko: '새 루트 CA의 PEM 개인 키 파일 경로', en: 'PEM file with the private key of the new root CA' },
        keywords: { ko: ['CA 키', '개인 키'], en: ['ca key', 'private key', 'pem'] },
      },
      '--cert-expiry': certExpiry,
      '--detach': {
        summary: { ko: 'CA 교체가 모든 노드에 반영될 때까지 기다리지 않고 바로 돌아옴', en: 'Return at once instead of waiting for the rotation to reach every node' },
        keywords: { ko: ['기다리지 않기', '백그라운드'], en: ['detach', 'no wait', 'async'] },
      },
      '--external-ca': externalCa,
      '--quiet': quietProgress,
      '--rotate': {
        summary: { ko: '루트 CA를 교체하고 노드 인증서를 다시 발급 (키를 안 주면 새로 생성)', en: 'Rotate the root CA and reissue node certificates (a new one is made if none is given)' },
        keywords: { ko: ['CA 교체', '인증서 재발급', 'CA 회전'], en: ['rotate', 'new ca', 'reissue certificates'] },
      },
    },
  },
  'swarm unlock-key': {
    summary: { ko: '자동 잠금된 매니저를 여는 잠금 해제 키 보기와 교체', en: 'Show or rotate the key that unlocks autolocked managers' },
    keywords: { ko: ['잠금 해제 키', '언락 키', '자동 잠금', '키 교체'], en: ['unlock key', 'autolock', 'rotate key', 'show key'] },
    details: {
      ko: '자동 잠금이 켜진 스웜에서만 의미가 있습니다. --rotate로 키를 바꾼 뒤에도 한동안 이전 키가 필요할 수 있으니, 두 키를 모두 잠시 보관하세요.',
      en: 'Only meaningful once autolock is on. After --rotate a manager may still ask for the previous key for a while, so keep both for some time.',
    },
    examples: ['docker swarm unlock-key', 'docker swarm unlock-key --rotate'],
    related: ['docker swarm unlock', 'docker swarm update'],
    options: {
      '--quiet': {
        summary: { ko: '설명 없이 키만 출력', en: 'Print only the key' },
        keywords: { ko: ['키만', '스크립트용'], en: ['quiet', 'key only'] },
      },
      '--rotate': {
        summary: { ko: '잠금 해제 키를 새로 발급', en: 'Replace the unlock key with a new one' },
        keywords: { ko: ['키 교체', '키 재발급'], en: ['rotate', 'new key'] },
      },
    },
  },
  'swarm unlock': {
    summary: { ko: '재시작 후 잠긴 매니저를 잠금 해제 키로 열기', en: 'Unlock a manager that restarted locked, by entering the unlock key' },
    keywords: { ko: ['스웜 잠금 해제', '매니저 잠금 해제', '언락', '잠긴 스웜'], en: ['swarm unlock', 'unlock manager', 'autolock', 'locked swarm'] },
    details: {
      ko: '자동 잠금이 켜진 스웜에서 도커가 재시작한 매니저는 이 명령으로 키를 입력할 때까지 동작하지 않습니다. 키는 프롬프트에서 입력받습니다.',
      en: 'With autolock on, a manager whose Docker restarted does nothing until the key is entered with this command. The key is read from a prompt.',
    },
    examples: ['docker swarm unlock'],
    related: ['docker swarm unlock-key', 'docker swarm update'],
    options: {},
  },

  // ==== node ====
  node: {
    summary: { ko: '스웜 노드 목록·상태·역할 관리', en: 'List and manage the nodes of a swarm' },
    keywords: { ko: ['노드', '스웜 노드', '클러스터 노드', '노드 관리'], en: ['node', 'swarm nodes', 'cluster nodes', 'manage nodes'] },
    details: {
      ko: '하위 명령: ls(노드 목록), inspect(상세 정보), ps(노드에서 도는 태스크), update(가용성·역할·레이블 변경), promote와 demote(매니저로 올리기·워커로 내리기), rm(스웜에서 제거). 모두 매니저에서 실행합니다.',
      en: 'Subcommands: ls (list nodes), inspect (details), ps (tasks on a node), update (availability, role, labels), promote and demote (make a manager, make a worker), rm (remove from the swarm). All run on a manager.',
    },
    related: ['docker swarm', 'docker service'],
    options: {},
  },
  'node ls': {
    summary: { ko: '스웜에 속한 노드 목록과 상태·가용성·매니저 상태 출력', en: 'List the nodes of the swarm with their status, availability and manager role' },
    keywords: { ko: ['노드 목록', '노드 보기', '클러스터 상태', '매니저 확인', '리더 확인'], en: ['node ls', 'list nodes', 'cluster status', 'show nodes', 'leader'] },
    details: {
      ko: '매니저에서만 실행됩니다. ID 옆 *는 지금 명령을 실행한 노드이고, MANAGER STATUS 열에 Leader, Reachable, Unreachable이 나오며 비어 있으면 워커입니다. STATUS가 Down이면 그 노드와 연락이 끊긴 것입니다.',
      en: 'It works only on a manager. A * next to the ID marks the node you are on; MANAGER STATUS shows Leader, Reachable or Unreachable, and is empty for workers. STATUS Down means the managers have lost contact with that node.',
    },
    examples: [
      'docker node ls',
      'docker node ls --filter role=manager',
      "docker node ls --format '{{.Hostname}} {{.Status}} {{.Availability}}'",
    ],
    related: ['docker node inspect', 'docker node ps', 'docker swarm join-token'],
    options: {
      '--filter': filterBy('id, name, label, node.label, role, membership'),
      '--format': formatList,
      '--quiet': quietIds,
    },
  },
  'node inspect': {
    summary: { ko: '노드 하나 이상의 상세 정보 출력 (self는 현재 노드)', en: 'Show the details of one or more nodes (self for this node)' },
    keywords: { ko: ['노드 정보', '노드 상세', '노드 레이블 확인', '노드 주소 확인'], en: ['node inspect', 'node details', 'node labels', 'node info', 'node ip'] },
    examples: ['docker node inspect self --pretty', "docker node inspect --format '{{.Spec.Labels}}' node-2"],
    related: ['docker node ls', 'docker node update'],
    options: {
      '--format': formatInspect,
      '--pretty': pretty,
    },
  },
  'node ps': {
    summary: { ko: '노드에서 실행 중이거나 실행됐던 태스크 목록 (기본: 현재 노드)', en: 'List the tasks on one or more nodes (this node by default)' },
    keywords: { ko: ['노드 태스크', '노드에서 도는 것', '태스크 목록', '노드 컨테이너'], en: ['node ps', 'tasks on node', 'what runs where', 'node containers'] },
    examples: ['docker node ps', 'docker node ps node-2', 'docker node ps --filter desired-state=running node-2'],
    related: ['docker service ps', 'docker node ls'],
    options: {
      '--filter': filterBy('id, name, label, desired-state'),
      '--format': formatTasks,
      '--no-resolve': noResolve,
      '--no-trunc': noTrunc,
      '--quiet': quietTaskIds,
    },
  },
  'node update': {
    summary: { ko: '노드의 가용성·역할·레이블 변경', en: "Change a node's availability, role or labels" },
    keywords: { ko: ['노드 설정', '드레인', '노드 레이블', '노드 점검', '유지 보수'], en: ['node update', 'drain node', 'node label', 'maintenance'] },
    details: {
      ko: '--availability drain은 노드의 태스크를 다른 노드로 옮기고 새 태스크를 받지 않게 합니다(유지 보수 전 흔히 씀). 노드 레이블은 --constraint node.labels.이름==값으로 배치 조건에 쓸 수 있습니다.',
      en: '--availability drain moves the tasks off the node and keeps new ones away, the usual step before maintenance. Node labels can be used in placement rules as --constraint node.labels.NAME==VALUE.',
    },
    examples: ['docker node update --availability drain node-2', 'docker node update --label-add disk=ssd node-2'],
    related: ['docker node ls', 'docker node promote', 'docker service create'],
    options: {
      '--availability': {
        ...availability,
        summary: { ko: '노드 가용성 변경: active, pause(새 태스크 안 받음), drain(태스크 비우기)', en: 'Set availability: active, pause (no new tasks) or drain (move tasks away)' },
      },
      '--label-add': {
        summary: { ko: '노드 레이블 추가 또는 변경 (키=값)', en: 'Add or change a node label (key=value)' },
        keywords: { ko: ['레이블 추가', '노드 레이블', '배치 조건'], en: ['label add', 'node label', 'placement'] },
      },
      '--label-rm': {
        summary: { ko: '노드 레이블 제거 (키)', en: 'Remove a node label, by key' },
        keywords: { ko: ['레이블 제거', '노드 레이블 삭제'], en: ['label rm', 'remove label'] },
      },
      '--role': {
        summary: { ko: '노드 역할 변경: worker 또는 manager', en: 'Set the role of the node: worker or manager' },
        keywords: { ko: ['역할 변경', '매니저로', '워커로'], en: ['role', 'manager', 'worker'] },
        values: ['worker', 'manager'],
      },
    },
  },
  'node promote': {
    summary: { ko: '워커 노드를 매니저로 승격', en: 'Turn worker nodes into managers' },
    keywords: { ko: ['매니저 승격', '매니저 추가', '노드 승격', '매니저로 올리기'], en: ['promote', 'make manager', 'add manager', 'node promote'] },
    details: {
      ko: '매니저는 3개나 5개처럼 홀수로 두는 것이 좋습니다. 과반이 살아 있어야 클러스터를 관리할 수 있기 때문입니다.',
      en: 'Keep an odd number of managers, such as 3 or 5: the cluster can only be managed while a majority of them is up.',
    },
    examples: ['docker node promote node-2', 'docker node promote node-2 node-3'],
    related: ['docker node demote', 'docker node ls'],
    options: {},
  },
  'node demote': {
    summary: { ko: '매니저 노드를 워커로 강등', en: 'Turn manager nodes back into workers' },
    keywords: { ko: ['매니저 강등', '워커로 내리기', '노드 강등', '매니저 줄이기'], en: ['demote', 'make worker', 'remove manager', 'node demote'] },
    details: {
      ko: '매니저를 스웜에서 빼거나 노드를 지우기 전에 먼저 강등하면 쿼럼을 지키기 쉽습니다. 마지막 남은 매니저는 강등할 수 없습니다.',
      en: 'Demote a manager before it leaves or is removed, so the swarm keeps its quorum. The last manager cannot be demoted.',
    },
    examples: ['docker node demote node-3'],
    related: ['docker node promote', 'docker node rm', 'docker swarm leave'],
    options: {},
  },
  'node rm': {
    summary: { ko: '스웜에서 노드 제거', en: 'Remove nodes from the swarm' },
    keywords: { ko: ['노드 삭제', '노드 제거', '노드 빼기', '다운된 노드 정리'], en: ['node rm', 'remove node', 'delete node', 'clean up down node'] },
    details: {
      ko: '보통 docker swarm leave로 떠나 Down이 된 노드를 목록에서 지울 때 씁니다. 아직 연결된 노드는 --force가 있어야 지워지며, 매니저는 먼저 강등해야 합니다.',
      en: 'Usually run for a node that has left with docker swarm leave and shows as Down. A node that is still connected needs --force, and a manager must be demoted first.',
    },
    examples: ['docker node rm node-3', 'docker node rm --force node-3'],
    related: ['docker swarm leave', 'docker node demote'],
    options: {
      '--force': {
        summary: { ko: '아직 연결돼 있거나 응답 없는 노드도 강제로 제거', en: 'Remove the node even if it is still connected or unreachable' },
        keywords: { ko: ['강제 제거', '강제 삭제'], en: ['force', 'force remove'] },
      },
    },
  },

  // ==== service ====
  service: {
    summary: { ko: '스웜 서비스 만들기·업데이트·확장·삭제 등 관리', en: 'Create, update, scale and remove swarm services' },
    keywords: { ko: ['서비스', '스웜 서비스', '서비스 관리', '레플리카', '배포'], en: ['service', 'swarm service', 'manage services', 'replicas', 'deploy'] },
    details: {
      ko: '하위 명령: create(서비스 만들기), ls(목록), ps(태스크 목록), logs(로그), inspect(상세 정보), update(설정 변경·롤링 업데이트), scale(레플리카 수 변경), rollback(이전 설정으로 되돌리기), rm(삭제). 서비스는 매니저에서 다루고, 실제 컨테이너는 태스크로 여러 노드에 나뉘어 돕니다.',
      en: 'Subcommands: create, ls (list), ps (tasks), logs, inspect (details), update (change settings, rolling update), scale (set replicas), rollback (previous settings), rm (remove). Services are managed on a manager; their containers run as tasks spread over the nodes.',
    },
    related: ['docker stack', 'docker node', 'docker swarm'],
    options: {},
  },
  'service create': {
    summary: { ko: '원하는 태스크 수만큼 컨테이너를 스웜 노드에 띄워 유지하는 서비스 생성', en: 'Create a service: swarm keeps the wanted number of its containers running on the nodes' },
    keywords: { ko: ['서비스 생성', '서비스 만들기', '서비스 배포', '레플리카', '스웜 배포', '컨테이너 여러 개'], en: ['service create', 'create service', 'deploy service', 'replicas', 'swarm deploy', 'run on cluster'] },
    details: {
      ko: '매니저에서 실행하며, 스웜은 태스크가 죽거나 노드가 빠지면 다른 곳에 새로 띄워 지정한 수를 유지합니다. 기본으로는 태스크가 모두 뜰 때까지 진행 상황을 보여 주고, -d를 주면 바로 돌아옵니다. 여러 노드가 이미지를 받아야 하므로 로컬에서만 빌드한 이미지는 다른 노드에서 실패합니다. 레지스트리에 올리고, 비공개라면 --with-registry-auth를 쓰세요.',
      en: 'Run it on a manager. Swarm keeps the given number of tasks running, starting new ones elsewhere when a task dies or a node drops out. By default it shows progress until all tasks are up; -d returns at once. Every node pulls the image itself, so an image built only locally fails elsewhere: push it to a registry, and add --with-registry-auth if it is private.',
    },
    examples: [
      'docker service create --name web --replicas 3 -p 8080:80 nginx:1.27',
      'docker service create --name web --network my-net --publish published=8080,target=80 nginx:1.27',
      'docker service create --name db --secret db_password -e POSTGRES_PASSWORD_FILE=/run/secrets/db_password --mount type=volume,source=db-data,target=/var/lib/postgresql/data postgres:16',
      'docker service create --name node-exporter --mode global prom/node-exporter',
    ],
    related: ['docker service ls', 'docker service ps', 'docker service update', 'docker stack deploy', 'docker network create'],
    options: {
      ...service,
      '--endpoint-mode': withDefault(service['--endpoint-mode'], 'vip'),
      '--replicas': {
        ...service['--replicas'],
        details: {
          ko: 'replicated 모드(기본)에서 유지할 태스크 수이며, 생략하면 1입니다. global 모드에는 쓸 수 없고, replicated-job에서는 끝까지 완료해야 할 태스크 수를 뜻합니다.',
          en: 'In replicated mode (the default) this is how many tasks to keep running; 1 if left out. It does not apply to global mode, and for replicated-job it is the number of tasks that must complete.',
        },
        examples: ['docker service create --name web --replicas 3 nginx:1.27'],
      },
      '--restart-condition': withDefault(service['--restart-condition'], 'any'),
      '--restart-delay': withDefault(service['--restart-delay'], '5s'),
      '--rollback-delay': withDefault(service['--rollback-delay'], '0s'),
      '--rollback-failure-action': withDefault(service['--rollback-failure-action'], 'pause'),
      '--rollback-max-failure-ratio': withDefault(service['--rollback-max-failure-ratio'], '0'),
      '--rollback-monitor': withDefault(service['--rollback-monitor'], '5s'),
      '--rollback-order': withDefault(service['--rollback-order'], 'stop-first'),
      '--rollback-parallelism': withDefault(service['--rollback-parallelism'], '1'),
      '--stop-grace-period': withDefault(service['--stop-grace-period'], '10s'),
      '--update-delay': withDefault(service['--update-delay'], '0s'),
      '--update-failure-action': withDefault(service['--update-failure-action'], 'pause'),
      '--update-max-failure-ratio': withDefault(service['--update-max-failure-ratio'], '0'),
      '--update-monitor': withDefault(service['--update-monitor'], '5s'),
      '--update-order': withDefault(service['--update-order'], 'stop-first'),
      '--update-parallelism': withDefault(service['--update-parallelism'], '1'),
      '--config': {
        ...serviceConfig,
        details: {
          ko: '대상 경로를 생략하면 컨테이너 루트에 컨피그 이름으로 된 파일(/이름)로 들어갑니다. 먼저 docker config create로 만들어 두어야 합니다.',
          en: 'Without a target the file appears at the container root under the config name (/NAME). Create the config first with docker config create.',
        },
      },
      '--constraint': {
        ...serviceConstraint,
        details: {
          ko: 'node.id, node.hostname, node.role, node.platform.os, node.labels.키, engine.labels.키 같은 속성을 == 또는 !=로 비교합니다. 여러 번 주면 모두 만족하는 노드에만 배치되고, 맞는 노드가 없으면 태스크는 pending 상태로 기다립니다.',
          en: 'Compare attributes such as node.id, node.hostname, node.role, node.platform.os, node.labels.KEY or engine.labels.KEY with == or !=. Given several times, a node must match all of them; if none does, the tasks stay pending.',
        },
        examples: ['docker service create --name db --constraint node.labels.disk==ssd postgres:16'],
      },
      '--container-label': {
        summary: { ko: '서비스가 만드는 각 컨테이너에 붙일 레이블 (키=값)', en: 'Label to put on every container of the service (key=value)' },
        keywords: { ko: ['컨테이너 레이블', '라벨'], en: ['container label', 'label', 'metadata'] },
      },
      '--dns': {
        summary: { ko: '컨테이너가 쓸 DNS 서버 주소', en: 'DNS server for the containers' },
        keywords: { ko: ['DNS 서버', '네임서버'], en: ['dns', 'nameserver', 'resolver'] },
      },
      '--dns-option': {
        summary: { ko: 'DNS 리졸버 옵션 (예: ndots:2)', en: 'Resolver option for the containers (e.g. ndots:2)' },
        keywords: { ko: ['DNS 옵션', '리졸버 설정'], en: ['dns option', 'resolv.conf', 'ndots'] },
      },
      '--dns-search': {
        summary: { ko: '짧은 호스트 이름 뒤에 붙여 찾을 DNS 검색 도메인', en: 'DNS search domain for short host names' },
        keywords: { ko: ['DNS 검색 도메인', '검색 도메인'], en: ['dns search', 'search domain'] },
      },
      '--env': {
        ...serviceEnv,
        details: {
          ko: '여러 개면 -e를 반복합니다. 비밀번호 같은 값은 환경 변수 대신 --secret으로 넘기는 것이 안전합니다. 환경 변수는 docker service inspect로 누구나 볼 수 있습니다.',
          en: 'Repeat -e for more variables. Pass passwords with --secret rather than here: environment variables are visible to anyone who runs docker service inspect.',
        },
        examples: ['docker service create --name web -e LOG_LEVEL=info -e TZ=Asia/Seoul nginx:1.27'],
      },
      '--env-file': {
        summary: { ko: '파일에서 환경 변수(KEY=value 줄)를 한꺼번에 읽어 설정', en: 'Read environment variables from a file of KEY=value lines' },
        keywords: { ko: ['환경 변수 파일', 'env 파일'], en: ['env file', '.env', 'environment file'] },
      },
      '--generic-resource': {
        summary: { ko: '노드가 가진 사용자 정의 자원 요구 (예: gpu=1)', en: 'Require a user-defined node resource (e.g. gpu=1)' },
        keywords: { ko: ['사용자 정의 자원', 'GPU 할당'], en: ['generic resource', 'gpu', 'custom resource'] },
      },
      '--group': {
        summary: { ko: '컨테이너 사용자에게 추가할 보조 그룹', en: 'Extra supplementary group for the container user' },
        keywords: { ko: ['보조 그룹', '그룹 추가'], en: ['group', 'supplementary group', 'gid'] },
      },
      '--host': {
        summary: { ko: '컨테이너의 /etc/hosts에 넣을 호스트:IP 항목', en: 'Add a host:ip entry to /etc/hosts in the containers' },
        keywords: { ko: ['호스트 추가', 'hosts 파일', '이름 매핑'], en: ['add host', '/etc/hosts', 'host mapping'] },
      },
      '--label': {
        summary: { ko: '서비스 자체에 붙일 레이블 (키=값)', en: 'Label on the service itself (key=value)' },
        keywords: { ko: ['서비스 레이블', '라벨', '메타데이터'], en: ['label', 'service label', 'metadata'] },
      },
      '--mode': {
        summary: { ko: '서비스 모드: replicated, global, replicated-job, global-job (기본값 replicated)', en: 'Service mode: replicated, global, replicated-job or global-job (default replicated)' },
        keywords: { ko: ['서비스 모드', '글로벌 서비스', '노드마다 하나', '잡 실행'], en: ['mode', 'global', 'replicated', 'one per node', 'job'] },
        details: {
          ko: 'replicated는 정한 수(--replicas)만큼, global은 조건에 맞는 노드마다 하나씩 태스크를 돌립니다. 모니터링 에이전트처럼 모든 노드에 있어야 하는 것은 global이 맞습니다. -job 모드는 계속 도는 대신 끝까지 실행하면 완료되는 일회성 작업입니다. 모드는 만든 뒤에 바꿀 수 없습니다.',
          en: 'replicated runs the number of tasks given by --replicas; global runs one task on every eligible node, which suits agents such as monitoring. The -job modes run tasks to completion instead of keeping them up. The mode cannot be changed after the service is created.',
        },
        examples: ['docker service create --name node-exporter --mode global prom/node-exporter'],
        values: ['replicated', 'global', 'replicated-job', 'global-job'],
      },
      '--mount': {
        ...serviceMount,
        details: {
          ko: 'type=volume|bind|tmpfs, source(src), target(dst), readonly 같은 키를 쉼표로 잇습니다. 볼륨은 태스크가 도는 노드마다 따로 만들어지므로 노드 사이에 데이터가 공유되지 않고, 바인드 마운트 경로는 태스크가 갈 수 있는 모든 노드에 있어야 합니다.',
          en: 'Join keys such as type=volume|bind|tmpfs, source (src), target (dst) and readonly with commas. A volume is created on whichever node runs the task, so the data is not shared between nodes; a bind mount path must exist on every node the task may land on.',
        },
        examples: ['docker service create --name db --mount type=volume,source=db-data,target=/var/lib/postgresql/data postgres:16'],
      },
      '--name': {
        summary: { ko: '서비스 이름 (생략하면 무작위 이름)', en: 'Name of the service (a random one if left out)' },
        keywords: { ko: ['서비스 이름', '이름 지정'], en: ['name', 'service name'] },
      },
      '--network': {
        ...serviceNetwork,
        details: {
          ko: '먼저 docker network create -d overlay로 만든 오버레이 네트워크를 지정합니다. 같은 네트워크에 붙은 서비스끼리는 서비스 이름으로 서로를 찾을 수 있습니다.',
          en: 'Name an overlay network made beforehand with docker network create -d overlay. Services on the same network reach each other by service name.',
        },
        examples: ['docker service create --name api --network my-net myorg/api:1.4'],
      },
      '--placement-pref': servicePlacementPref,
      '--publish': {
        ...servicePublish,
        details: {
          ko: '짧은 형식 8080:80은 공개 포트:컨테이너 포트이고, 긴 형식은 published, target, protocol(tcp|udp), mode(ingress|host)를 씁니다. 기본 ingress 모드에서는 라우팅 메시 덕분에 어느 노드의 8080으로 들어와도 태스크로 전달됩니다. mode=host는 태스크가 도는 노드의 포트만 엽니다.',
          en: 'The short form 8080:80 is published:target; the long form uses published, target, protocol (tcp|udp) and mode (ingress|host). In the default ingress mode the routing mesh accepts the port on every node and forwards it to a task; mode=host opens it only on nodes running a task.',
        },
        examples: [
          'docker service create --name web -p 8080:80 nginx:1.27',
          'docker service create --name web --publish published=8080,target=80 nginx:1.27',
        ],
      },
      '--secret': {
        ...serviceSecret,
        details: {
          ko: '먼저 docker secret create로 만든 시크릿 이름을 주면 컨테이너 안 /run/secrets/이름 파일로 들어갑니다. source=이름,target=파일명 형식으로 파일 이름을 바꿀 수 있습니다. 값은 메모리 파일시스템에만 있고 이미지나 환경 변수에는 남지 않습니다.',
          en: 'Name a secret made with docker secret create; it shows up as the file /run/secrets/NAME inside the containers. Use source=NAME,target=FILE to give the file another name. The value lives in an in-memory filesystem, never in the image or the environment.',
        },
        examples: ['docker service create --name db --secret source=db_password,target=pg_password postgres:16'],
      },
      '--sysctl': {
        summary: { ko: '컨테이너에 적용할 커널 파라미터 (예: net.core.somaxconn=1024)', en: 'Kernel parameter for the containers (e.g. net.core.somaxconn=1024)' },
        keywords: { ko: ['커널 파라미터', '커널 설정'], en: ['sysctl', 'kernel parameter'] },
      },
      '--ulimit': {
        summary: { ko: '프로세스 자원 한도 (예: nofile=1024:2048)', en: 'Resource limit for the processes (e.g. nofile=1024:2048)' },
        keywords: { ko: ['자원 한도', '파일 개수 제한', '울리밋'], en: ['ulimit', 'nofile', 'open files'] },
      },
    },
  },
  'service ls': {
    summary: { ko: '스웜 서비스 목록과 모드·레플리카 수·이미지·포트 출력', en: 'List the swarm services with their mode, replicas, image and ports' },
    keywords: { ko: ['서비스 목록', '서비스 보기', '서비스 상태', '레플리카 확인'], en: ['service ls', 'list services', 'show services', 'replicas'] },
    details: {
      ko: 'REPLICAS 열의 3/3은 실행 중인 태스크 수/원하는 수입니다. 숫자가 모자라면 docker service ps로 어떤 태스크가 왜 실패했는지 확인하세요. 매니저에서만 실행됩니다.',
      en: 'REPLICAS like 3/3 means running tasks / wanted tasks. If the first number is short, docker service ps shows which tasks failed and why. It works only on a manager.',
    },
    examples: ['docker service ls', 'docker service ls --filter mode=global', 'docker service ls -q'],
    related: ['docker service ps', 'docker service inspect', 'docker stack services'],
    options: {
      '--filter': filterBy('id, name, label, mode'),
      '--format': formatList,
      '--quiet': quietIds,
    },
  },
  'service ps': {
    summary: { ko: '스웜 서비스의 태스크 목록: 어느 노드에서 도는지, 상태와 오류', en: 'List the tasks of swarm services: which node runs them, their state and errors' },
    keywords: { ko: ['태스크 목록', '서비스 상태', '어디서 실행', '실패 원인', '배포 확인'], en: ['service ps', 'tasks', 'task status', 'why failed', 'which node'] },
    details: {
      ko: '실행 중인 태스크와 함께 멈췄거나 실패한 지난 태스크도 보여 주어 재시작 원인을 찾기 좋습니다. ERROR 열이 잘리면 --no-trunc를 쓰세요. 지난 기록은 슬롯마다 task-history-limit(기본 5)개까지 남습니다.',
      en: 'Besides the running tasks it shows earlier ones that stopped or failed, which helps find why tasks restart. Use --no-trunc when the ERROR column is cut off. History is kept up to the task history limit per slot (5 by default).',
    },
    examples: ['docker service ps web', 'docker service ps --no-trunc web', 'docker service ps --filter desired-state=running web'],
    related: ['docker service logs', 'docker service ls', 'docker node ps'],
    options: {
      '--filter': filterBy('id, name, node, desired-state'),
      '--format': formatTasks,
      '--no-resolve': noResolve,
      '--no-trunc': noTrunc,
      '--quiet': quietTaskIds,
    },
  },
  'service logs': {
    summary: { ko: '서비스의 모든 태스크(또는 태스크 하나) 로그를 모아 출력', en: 'Show the logs of all tasks of a service, or of one task' },
    keywords: { ko: ['서비스 로그', '로그 보기', '로그보기', '태스크 로그', '실시간 로그'], en: ['service logs', 'logs', 'see logs', 'task logs', 'follow', 'tail'] },
    details: {
      ko: '여러 노드에 흩어진 태스크의 로그를 한데 모으며, 줄마다 어느 태스크에서 나왔는지 붙습니다. 로그를 다시 읽을 수 있는 드라이버(json-file, local, journald 등)를 쓸 때만 동작합니다. 노드마다 시계가 다를 수 있어 줄 순서가 실제와 조금 다를 수 있습니다.',
      en: 'It gathers the logs of tasks on all nodes and prefixes each line with the task it came from. It only works with log drivers that can be read back, such as json-file, local or journald. Lines from different nodes may come slightly out of order.',
    },
    examples: ['docker service logs web', 'docker service logs -f --tail 100 web', 'docker service logs --since 10m --timestamps web'],
    related: ['docker service ps', 'docker logs', 'docker compose logs'],
    options: {
      '--details': {
        summary: { ko: '로그에 붙은 추가 속성(환경 변수·레이블 등)도 표시', en: 'Also show the extra attributes attached to log lines' },
        keywords: { ko: ['추가 정보', '로그 속성'], en: ['details', 'log attributes'] },
      },
      '--follow': {
        summary: { ko: '새 로그가 생길 때마다 계속 이어서 출력', en: 'Keep printing new log lines as they arrive' },
        keywords: { ko: ['실시간', '계속 보기', '따라가기'], en: ['follow', 'tail -f', 'live', 'stream'] },
      },
      '--no-resolve': {
        summary: { ko: '줄 앞의 ID를 이름으로 바꾸지 않음', en: 'Keep IDs in the line prefix instead of names' },
        keywords: { ko: ['ID 그대로', '이름 변환 안 함'], en: ['no resolve', 'raw ids'] },
      },
      '--no-task-ids': {
        summary: { ko: '줄 앞에 태스크 ID를 붙이지 않음', en: 'Leave the task ID out of the line prefix' },
        keywords: { ko: ['태스크 ID 숨기기', '간단히'], en: ['no task ids', 'shorter prefix'] },
      },
      '--no-trunc': {
        summary: { ko: '줄 앞의 ID를 자르지 않고 전부 표시', en: 'Show full IDs in the line prefix' },
        keywords: { ko: ['자르지 않기', '전체 ID'], en: ['no-trunc', 'full ids'] },
      },
      '--raw': {
        summary: { ko: '접두어 없이 로그 원문만 출력', en: 'Print the log lines as they are, without the prefix' },
        keywords: { ko: ['원문 출력', '접두어 없이'], en: ['raw', 'no prefix', 'plain'] },
      },
      '--since': {
        summary: { ko: '이 시각 이후 로그만 (예: 2024-05-01T10:00:00Z 또는 10m)', en: 'Only logs after this time (e.g. 2024-05-01T10:00:00Z or 10m)' },
        keywords: { ko: ['최근 로그', '시간 이후', '기간 지정'], en: ['since', 'recent logs', 'last minutes'] },
      },
      '--tail': {
        summary: { ko: '끝에서부터 보여 줄 줄 수 (기본값 all)', en: 'Number of lines to show from the end (default all)' },
        keywords: { ko: ['마지막 줄', '최근 몇 줄', '꼬리'], en: ['tail', 'last lines', 'lines'] },
      },
      '--timestamps': {
        summary: { ko: '줄마다 시각 표시', en: 'Show a timestamp on every line' },
        keywords: { ko: ['시간 표시', '타임스탬프'], en: ['timestamps', 'time'] },
      },
    },
  },
  'service inspect': {
    summary: { ko: '서비스 설정과 상태 상세 정보 출력', en: 'Show the full settings and state of one or more services' },
    keywords: { ko: ['서비스 정보', '서비스 상세', '서비스 설정 확인', '서비스 이미지 확인'], en: ['service inspect', 'service details', 'service config', 'service spec'] },
    examples: ['docker service inspect --pretty web', "docker service inspect --format '{{.Spec.TaskTemplate.ContainerSpec.Image}}' web"],
    related: ['docker service ls', 'docker service ps'],
    options: {
      '--format': formatInspect,
      '--pretty': pretty,
    },
  },
  'service update': {
    summary: { ko: '서비스 설정을 바꾸고 태스크를 차례로 교체하는 롤링 업데이트', en: 'Change the settings of a service and roll its tasks over to them' },
    keywords: { ko: ['서비스 업데이트', '롤링 업데이트', '이미지 교체', '새 버전 배포', '서비스 재시작', '설정 변경'], en: ['service update', 'rolling update', 'new image', 'deploy new version', 'restart service', 'change service'] },
    details: {
      ko: '지정한 설정만 바뀌고 나머지는 그대로입니다. 태스크는 --update-parallelism 개씩 --update-delay 간격으로 바뀌며, 실패하면 --update-failure-action(기본 pause)에 따릅니다. 변경이 없으면 아무 일도 일어나지 않으니, 그대로 재시작하려면 --force를 쓰세요. 목록형 설정은 --env-add, --publish-rm처럼 -add/-rm 옵션으로 바꿉니다.',
      en: 'Only the settings you pass change; everything else stays. Tasks are replaced --update-parallelism at a time, --update-delay apart, and a failure is handled by --update-failure-action (pause by default). With no change nothing happens, so use --force to restart as is. List settings are changed with -add/-rm flags such as --env-add or --publish-rm.',
    },
    examples: [
      'docker service update --image nginx:1.27 web',
      'docker service update --replicas 5 web',
      'docker service update --env-add LOG_LEVEL=debug --publish-add 8443:443 web',
      'docker service update --force web',
    ],
    related: ['docker service rollback', 'docker service scale', 'docker service ps', 'docker service create'],
    options: {
      ...service,
      '--replicas': {
        ...service['--replicas'],
        details: {
          ko: 'replicated 서비스의 태스크 수를 바꾸며 docker service scale과 같은 효과입니다. global 서비스에는 쓸 수 없습니다.',
          en: 'Changes the number of tasks of a replicated service, the same as docker service scale. It does not work on global services.',
        },
        examples: ['docker service update --replicas 5 web'],
      },
      '--args': {
        summary: { ko: '서비스가 실행하는 명령의 인자를 새로 지정', en: 'Replace the arguments of the command the service runs' },
        keywords: { ko: ['명령 인자', '실행 인자 변경'], en: ['args', 'command arguments', 'cmd'] },
      },
      '--config-add': add('컨피그 추가 또는 교체', 'Add a config, or replace one with the same target', ['컨피그 추가', '설정 파일 추가'], ['config add', 'add config']),
      '--config-rm': add('컨피그 제거', 'Remove a config', ['컨피그 제거', '설정 파일 제거'], ['config rm', 'remove config']),
      '--constraint-add': add('배치 제약 추가 또는 변경 (예: node.role==worker)', 'Add a placement constraint (e.g. node.role==worker)', ['배치 제약 추가', '노드 지정'], ['constraint add', 'placement']),
      '--constraint-rm': add('배치 제약 제거', 'Remove a placement constraint', ['배치 제약 제거', '노드 지정 해제'], ['constraint rm', 'remove constraint']),
      '--container-label-add': add('컨테이너 레이블 추가 또는 변경 (키=값)', 'Add a container label (key=value)', ['컨테이너 레이블 추가', '라벨'], ['container label add', 'label']),
      '--container-label-rm': add('컨테이너 레이블 제거 (키)', 'Remove a container label, by key', ['컨테이너 레이블 제거', '라벨 삭제'], ['container label rm', 'remove label']),
      '--dns-add': add('DNS 서버 추가', 'Add a DNS server', ['DNS 서버 추가', '네임서버'], ['dns add', 'nameserver']),
      '--dns-rm': add('DNS 서버 제거', 'Remove a DNS server', ['DNS 서버 제거', '네임서버 삭제'], ['dns rm', 'nameserver']),
      '--dns-option-add': add('DNS 리졸버 옵션 추가', 'Add a DNS resolver option', ['DNS 옵션 추가', '리졸버 설정'], ['dns option add', 'resolv.conf']),
      '--dns-option-rm': add('DNS 리졸버 옵션 제거', 'Remove a DNS resolver option', ['DNS 옵션 제거', '리졸버 설정'], ['dns option rm', 'resolv.conf']),
      '--dns-search-add': add('DNS 검색 도메인 추가', 'Add a DNS search domain', ['검색 도메인 추가', 'DNS 검색'], ['dns search add', 'search domain']),
      '--dns-search-rm': add('DNS 검색 도메인 제거', 'Remove a DNS search domain', ['검색 도메인 제거', 'DNS 검색'], ['dns search rm', 'search domain']),
      '--env-add': add('환경 변수 추가 또는 변경 (KEY=value)', 'Add or change an environment variable (KEY=value)', ['환경 변수 추가', '환경변수 변경'], ['env add', 'environment variable', 'set env']),
      '--env-rm': add('환경 변수 제거 (KEY)', 'Remove an environment variable, by name', ['환경 변수 제거', '환경변수 삭제'], ['env rm', 'unset env']),
      '--force': {
        summary: { ko: '바뀐 설정이 없어도 태스크를 모두 새로 교체', en: 'Replace all tasks even though nothing changed' },
        keywords: { ko: ['강제 업데이트', '서비스 재시작', '재배치', '다시 띄우기'], en: ['force', 'restart service', 'redeploy', 'rebalance'] },
        details: {
          ko: '태스크를 롤링 방식으로 다시 띄우므로 서비스를 재시작하거나, 새로 들어온 노드로 태스크를 다시 나눌 때 씁니다. 같은 태그로 새로 올린 이미지를 받으려면 --image에 그 태그를 다시 주세요.',
          en: 'Tasks are restarted as a rolling update, which is how you restart a service or spread tasks onto nodes that joined later. To pick up a new image pushed under the same tag, pass that tag again with --image.',
        },
        examples: ['docker service update --force web'],
      },
      '--generic-resource-add': add('사용자 정의 자원 요구 추가 (예: gpu=1)', 'Add a generic resource requirement (e.g. gpu=1)', ['사용자 정의 자원 추가', 'GPU 할당'], ['generic resource add', 'gpu']),
      '--generic-resource-rm': add('사용자 정의 자원 요구 제거', 'Remove a generic resource requirement', ['사용자 정의 자원 제거', 'GPU 해제'], ['generic resource rm', 'gpu']),
      '--group-add': add('컨테이너 사용자에게 보조 그룹 추가', 'Add a supplementary group for the container user', ['보조 그룹 추가', '그룹 권한'], ['group add', 'supplementary group']),
      '--group-rm': add('이전에 추가한 보조 그룹 제거', 'Remove a supplementary group added before', ['보조 그룹 제거', '그룹 권한'], ['group rm', 'supplementary group']),
      '--host-add': add('/etc/hosts 항목 추가 (호스트:IP)', 'Add a host:ip entry to /etc/hosts', ['호스트 추가', 'hosts 파일'], ['host add', '/etc/hosts']),
      '--host-rm': add('/etc/hosts 항목 제거 (호스트:IP)', 'Remove a host:ip entry from /etc/hosts', ['호스트 제거', 'hosts 파일'], ['host rm', '/etc/hosts']),
      '--image': {
        summary: { ko: '서비스 이미지를 바꿔 새 버전 배포', en: 'Switch the service to another image, such as a new version' },
        keywords: { ko: ['이미지 교체', '새 버전 배포', '이미지 업데이트', '버전 올리기'], en: ['image', 'new version', 'upgrade', 'deploy image'] },
        details: {
          ko: '태스크가 새 이미지로 차례로 바뀝니다. 같은 태그를 다시 주어도 레지스트리에서 다이제스트를 새로 확인하므로, 그 태그에 새로 올린 이미지가 반영됩니다. 문제가 생기면 docker service rollback으로 되돌릴 수 있습니다.',
          en: 'The tasks move to the new image one batch at a time. Passing the same tag again makes swarm look up its digest anew, so an image newly pushed under that tag is deployed. If it goes wrong, docker service rollback goes back.',
        },
        examples: ['docker service update --image nginx:1.27 web'],
      },
      '--label-add': add('서비스 레이블 추가 또는 변경 (키=값)', 'Add or change a service label (key=value)', ['서비스 레이블 추가', '라벨'], ['label add', 'service label']),
      '--label-rm': add('서비스 레이블 제거 (키)', 'Remove a service label, by key', ['서비스 레이블 제거', '라벨 삭제'], ['label rm', 'remove label']),
      '--mount-add': add('마운트 추가 또는 교체', 'Add a mount, or replace one with the same target', ['마운트 추가', '볼륨 연결'], ['mount add', 'add volume']),
      '--mount-rm': add('마운트 제거 (컨테이너 안 대상 경로로 지정)', 'Remove a mount, given by its target path', ['마운트 제거', '볼륨 해제'], ['mount rm', 'remove volume']),
      '--network-add': add('네트워크 연결 추가', 'Attach the service to a network', ['네트워크 추가', '네트워크 연결'], ['network add', 'attach network']),
      '--network-rm': add('네트워크 연결 제거', 'Detach the service from a network', ['네트워크 제거', '네트워크 분리'], ['network rm', 'detach network']),
      '--placement-pref-add': add('배치 선호 추가 (spread=node.labels.zone)', 'Add a placement preference (spread=node.labels.zone)', ['배치 선호 추가', '분산 배치'], ['placement pref add', 'spread']),
      '--placement-pref-rm': add('배치 선호 제거', 'Remove a placement preference', ['배치 선호 제거', '분산 배치'], ['placement pref rm', 'spread']),
      '--publish-add': add('공개 포트 추가 또는 변경 (8080:80)', 'Add or change a published port (8080:80)', ['포트 추가', '포트 공개'], ['publish add', 'add port', 'open port']),
      '--publish-rm': add('공개 포트 제거 (컨테이너 쪽 포트로 지정)', 'Remove a published port, given by its target port', ['포트 제거', '포트 닫기'], ['publish rm', 'remove port', 'close port']),
      '--rollback': {
        summary: { ko: '직전 설정으로 되돌리기 (docker service rollback과 같음)', en: 'Go back to the previous settings (same as docker service rollback)' },
        keywords: { ko: ['롤백', '되돌리기', '이전 버전'], en: ['rollback', 'undo', 'previous version'] },
      },
      '--secret-add': add('시크릿 추가 또는 교체', 'Add a secret, or replace one with the same target', ['시크릿 추가', '비밀번호 전달'], ['secret add', 'add secret']),
      '--secret-rm': add('시크릿 제거', 'Remove a secret', ['시크릿 제거', '시크릿 떼기'], ['secret rm', 'remove secret']),
      '--sysctl-add': add('커널 파라미터 추가 또는 변경', 'Add or change a kernel parameter (sysctl)', ['커널 파라미터 추가', '커널 설정'], ['sysctl add', 'kernel parameter']),
      '--sysctl-rm': add('커널 파라미터 제거', 'Remove a kernel parameter (sysctl)', ['커널 파라미터 제거', '커널 설정'], ['sysctl rm', 'kernel parameter']),
      '--ulimit-add': add('자원 한도 추가 또는 변경 (예: nofile=1024:2048)', 'Add or change a ulimit (e.g. nofile=1024:2048)', ['자원 한도 추가', '울리밋'], ['ulimit add', 'nofile']),
      '--ulimit-rm': add('자원 한도 제거', 'Remove a ulimit', ['자원 한도 제거', '울리밋'], ['ulimit rm', 'nofile']),
    },
  },
  'service scale': {
    summary: { ko: '서비스의 레플리카 수를 늘리거나 줄임 (여러 서비스 한 번에 가능)', en: 'Set the number of replicas of one or more services' },
    keywords: { ko: ['스케일', '확장', '축소', '레플리카 수', '서비스 늘리기', '스케일 아웃'], en: ['scale', 'scale out', 'scale up', 'scale down', 'replicas', 'more instances'] },
    details: {
      ko: 'docker service update --replicas와 같지만 서비스 여러 개를 한 번에 바꿀 수 있습니다. replicated 모드 서비스에만 쓸 수 있고, 0으로 줄이면 서비스 정의는 남긴 채 태스크만 모두 멈춥니다.',
      en: 'The same as docker service update --replicas, but for several services at once. It works only on replicated services; scaling to 0 stops every task while the service definition stays.',
    },
    examples: ['docker service scale web=5', 'docker service scale web=3 worker=10', 'docker service scale -d web=0'],
    related: ['docker service update', 'docker service ls', 'docker compose up'],
    options: {
      '--detach': detachConverge,
    },
  },
  'service rollback': {
    summary: { ko: '서비스를 직전 업데이트 전의 설정으로 되돌림', en: 'Put a service back to the settings it had before the last update' },
    keywords: { ko: ['롤백', '되돌리기', '이전 버전', '배포 취소'], en: ['rollback', 'undo update', 'previous version', 'revert'] },
    details: {
      ko: '기억하는 것은 바로 이전 설정 하나뿐이고, 여러 단계 전으로 돌아가지는 못합니다. 되돌릴 때의 속도와 순서는 --rollback-* 설정을 따릅니다.',
      en: 'Only the one previous version is kept, not a longer history. The pace and order follow the service\'s --rollback-* settings.',
    },
    examples: ['docker service rollback web'],
    related: ['docker service update', 'docker service ps'],
    options: {
      '--detach': detachConverge,
      '--quiet': quietProgress,
    },
  },
  'service rm': {
    summary: { ko: '서비스를 지우고 그 태스크 컨테이너를 모든 노드에서 멈춰 제거', en: 'Remove services and stop their task containers on every node' },
    keywords: { ko: ['서비스 삭제', '서비스 제거', '서비스 내리기', '서비스 중지'], en: ['service rm', 'remove service', 'delete service', 'stop service'] },
    details: {
      ko: '확인 없이 바로 지워지며, 서비스 정의와 태스크(컨테이너)가 사라집니다. 볼륨, 네트워크, 시크릿, 컨피그, 이미지는 남습니다. 스택으로 만든 서비스라면 docker stack rm으로 함께 정리하는 편이 낫습니다.',
      en: 'It removes at once, without asking: the service definition and its tasks (containers) go away. Volumes, networks, secrets, configs and images stay. For services that belong to a stack, docker stack rm cleans up the whole stack instead.',
    },
    examples: ['docker service rm web', 'docker service rm web worker'],
    related: ['docker service ls', 'docker stack rm', 'docker service scale'],
    options: {},
  },

  // ==== stack ====
  stack: {
    summary: { ko: 'Compose 파일로 스웜에 여러 서비스를 한 묶음(스택)으로 배포·관리', en: 'Deploy and manage groups of services (stacks) on a swarm from Compose files' },
    keywords: { ko: ['스택', '스웜 스택', '컴포즈 배포', '서비스 묶음'], en: ['stack', 'swarm stack', 'compose on swarm', 'docker stack'] },
    details: {
      ko: '하위 명령: deploy(배포·갱신), ls(스택 목록), services(스택의 서비스), ps(스택의 태스크), config(최종 Compose 설정 출력), rm(스택 삭제). 한 대의 엔진에서 쓰는 docker compose와 달리 스웜 전체에 서비스를 배포합니다.',
      en: 'Subcommands: deploy (create or update), ls (list stacks), services (its services), ps (its tasks), config (print the final Compose file), rm (remove). Unlike docker compose, which runs on one engine, it deploys services across the swarm.',
    },
    related: ['docker service', 'docker compose up', 'docker swarm'],
    options: {},
  },
  'stack deploy': {
    summary: { ko: 'Compose 파일대로 스택을 스웜에 새로 배포하거나 갱신', en: 'Deploy a stack to the swarm from a Compose file, or update it' },
    keywords: { ko: ['스택 배포', '컴포즈 배포', '스웜 배포', '스택 업데이트', '여러 서비스 배포'], en: ['stack deploy', 'deploy stack', 'compose deploy', 'stack up', 'swarm deploy'] },
    details: {
      ko: '이미 있는 스택이면 바뀐 서비스만 갱신합니다. 파일에서 빠진 서비스는 --prune을 줄 때만 지워집니다. build: 항목은 무시되므로 이미지를 미리 레지스트리에 올려 두어야 합니다. 서비스·네트워크 이름 앞에는 스택 이름_ 이 붙습니다(예: shop_web).',
      en: 'On an existing stack only the changed services are updated; services dropped from the file are removed only with --prune. build: sections are ignored, so push the images to a registry first. Service and network names get the stack name as a prefix (shop_web).',
    },
    examples: [
      'docker stack deploy -c compose.yaml shop',
      'docker stack deploy -c compose.yaml -c compose.prod.yaml shop',
      'docker stack deploy --with-registry-auth -c compose.yaml shop',
      'docker stack deploy --prune -c compose.yaml shop',
    ],
    related: ['docker stack services', 'docker stack ps', 'docker stack rm', 'docker compose up'],
    options: {
      '--compose-file': {
        summary: { ko: '배포할 Compose 파일 경로 (-는 표준 입력, 여러 번 주면 병합)', en: 'Compose file to deploy (- for standard input; several are merged)' },
        keywords: { ko: ['컴포즈 파일', '파일 지정', '설정 파일'], en: ['compose file', 'docker-compose.yml', 'file', 'stack file'] },
        details: {
          ko: '여러 번 주면 뒤 파일의 값이 앞 파일을 덮어써, 기본 파일에 운영용 설정을 겹쳐 쓸 수 있습니다. 환경 변수 ${VAR}는 이 명령을 실행한 셸의 값으로 채워집니다.',
          en: 'Given several times, later files override earlier ones, which is how a production file is layered over a base file. ${VAR} references are filled from the environment of the shell running the command.',
        },
        examples: ['docker stack deploy -c compose.yaml -c compose.prod.yaml shop'],
      },
      '--detach': {
        summary: { ko: '서비스가 자리 잡기를 기다리지 않고 바로 돌아옴 (기본값 true)', en: 'Return without waiting for the services to converge (default true)' },
        keywords: { ko: ['기다리지 않기', '배포 완료 대기'], en: ['detach', 'wait', 'no wait'] },
        details: {
          ko: '기본값이 true라서 명령이 끝나도 배포가 끝난 것은 아닙니다. --detach=false로 주면 모든 서비스가 자리 잡을 때까지 기다립니다.',
          en: 'Because it defaults to true, the command returning does not mean the deploy is done; --detach=false waits until every service has converged.',
        },
      },
      '--prune': {
        summary: { ko: 'Compose 파일에서 빠진 서비스는 스웜에서도 제거', en: 'Remove services that are no longer in the Compose file' },
        keywords: { ko: ['정리', '안 쓰는 서비스 삭제', '동기화'], en: ['prune', 'remove old services', 'sync'] },
      },
      '--quiet': quietProgress,
      '--resolve-image': {
        summary: { ko: '레지스트리에서 이미지 다이제스트를 확인할지: always, changed, never (기본값 always)', en: 'When to look up image digests in the registry: always, changed or never (default always)' },
        keywords: { ko: ['다이제스트 확인', '이미지 조회'], en: ['resolve image', 'digest', 'registry lookup'] },
        values: ['always', 'changed', 'never'],
      },
      '--with-registry-auth': {
        summary: { ko: '내 레지스트리 로그인 정보를 노드에 넘겨 비공개 이미지를 받게 함', en: 'Pass your registry login on to the nodes so they can pull private images' },
        keywords: { ko: ['레지스트리 인증', '비공개 이미지', '로그인 정보 전달'], en: ['registry auth', 'private image', 'credentials', 'pull access'] },
        details: {
          ko: '먼저 docker login으로 로그인한 다음 사용합니다. 빠뜨리면 비공개 이미지를 받지 못한 태스크가 "No such image" 같은 오류로 계속 실패합니다.',
          en: 'Log in with docker login first. Without this flag, tasks on other nodes cannot pull a private image and keep failing with errors such as "No such image".',
        },
        examples: ['docker stack deploy --with-registry-auth -c compose.yaml shop'],
      },
    },
  },
  'stack ls': {
    summary: { ko: '스웜에 배포된 스택 목록과 스택별 서비스 수', en: 'List the stacks on the swarm with how many services each has' },
    keywords: { ko: ['스택 목록', '스택 보기', '배포 목록', '스택 확인'], en: ['stack ls', 'list stacks', 'show stacks', 'stack list'] },
    details: {
      ko: '스택 이름과 서비스 수만 보여 줍니다. 서비스별 상태는 docker stack services, 태스크는 docker stack ps로 확인하세요.',
      en: 'It shows only stack names and service counts; use docker stack services for the state of each service and docker stack ps for the tasks.',
    },
    examples: ['docker stack ls', "docker stack ls --format '{{.Name}}: {{.Services}}'"],
    related: ['docker stack services', 'docker stack deploy'],
    options: {
      '--format': formatList,
    },
  },
  'stack services': {
    summary: { ko: '스택에 속한 서비스 목록과 레플리카 수·이미지·포트', en: 'List the services of a stack with their replicas, image and ports' },
    keywords: { ko: ['스택 서비스', '스택 상태', '서비스 목록', '배포 확인'], en: ['stack services', 'stack status', 'list services', 'check deploy'] },
    details: {
      ko: 'docker service ls를 스택 하나로 좁힌 것과 같습니다. REPLICAS가 0/3처럼 모자라면 docker stack ps --no-trunc로 실패 원인을 확인하세요.',
      en: 'Like docker service ls narrowed to one stack. If REPLICAS falls short, such as 0/3, docker stack ps --no-trunc shows why the tasks fail.',
    },
    examples: ['docker stack services shop', 'docker stack services --filter name=shop_web shop', 'docker stack services -q shop'],
    related: ['docker stack ps', 'docker service ls', 'docker stack deploy'],
    options: {
      '--filter': filterBy('id, name, label, mode'),
      '--format': formatList,
      '--quiet': quietIds,
    },
  },
  'stack ps': {
    summary: { ko: '스택에 속한 모든 태스크와 실행 노드·상태·오류', en: 'List the tasks of a stack with their node, state and errors' },
    keywords: { ko: ['스택 태스크', '스택 상태', '실패 원인', '어디서 실행'], en: ['stack ps', 'stack tasks', 'why failed', 'task status'] },
    examples: ['docker stack ps shop', 'docker stack ps --no-trunc shop', 'docker stack ps --filter desired-state=running shop'],
    related: ['docker stack services', 'docker service ps'],
    options: {
      '--filter': filterBy('id, name, node, desired-state'),
      '--format': formatList,
      '--no-resolve': noResolve,
      '--no-trunc': noTrunc,
      '--quiet': quietTaskIds,
    },
  },
  'stack rm': {
    summary: { ko: '스택의 서비스·네트워크·시크릿·컨피그 제거 (볼륨은 남김)', en: "Remove a stack's services, networks, secrets and configs (volumes stay)" },
    keywords: { ko: ['스택 삭제', '스택 제거', '스택 내리기', '배포 철회'], en: ['stack rm', 'remove stack', 'delete stack', 'stack down', 'undeploy'] },
    details: {
      ko: '확인 없이 스택 이름표가 붙은 서비스, 네트워크, 시크릿, 컨피그를 지웁니다. 볼륨은 지우지 않으므로 데이터를 없애려면 각 노드에서 docker volume rm을 따로 실행해야 합니다. 기본으로 삭제가 끝나기를 기다리지 않아, 바로 다시 배포하면 네트워크가 아직 남아 있어 실패할 수 있습니다.',
      en: 'Without asking, it removes the services, networks, secrets and configs labeled with the stack. Volumes are kept; to delete the data, run docker volume rm on each node. By default it does not wait for the removal to finish, so deploying again right away can fail while the networks are still being removed.',
    },
    examples: ['docker stack rm shop', 'docker stack rm shop monitoring', 'docker stack rm --detach=false shop'],
    related: ['docker stack deploy', 'docker volume rm', 'docker service rm'],
    options: {
      '--detach': {
        summary: { ko: '삭제가 끝나기를 기다리지 않고 바로 돌아옴 (기본값 true)', en: 'Return without waiting for the removal to finish (default true)' },
        keywords: { ko: ['기다리지 않기', '삭제 완료 대기'], en: ['detach', 'wait', 'no wait'] },
      },
    },
  },
  'stack config': {
    summary: { ko: 'Compose 파일들을 합치고 변수를 채운 최종 설정 출력', en: 'Print the final Compose config after merging files and filling in variables' },
    keywords: { ko: ['최종 설정', '컴포즈 설정 확인', '설정 병합', '변수 치환'], en: ['stack config', 'merged config', 'compose config', 'interpolation'] },
    details: {
      ko: '배포하기 전에 여러 파일이 어떻게 합쳐지고 ${VAR}가 무엇으로 바뀌는지 확인할 때 씁니다. 스웜에는 아무것도 바꾸지 않습니다.',
      en: 'Use it before a deploy to see how several files merge and what ${VAR} turns into. It changes nothing on the swarm.',
    },
    examples: ['docker stack config -c compose.yaml', 'docker stack config -c compose.yaml -c compose.prod.yaml'],
    related: ['docker stack deploy', 'docker compose config'],
    options: {
      '--compose-file': {
        summary: { ko: '읽을 Compose 파일 경로 (-는 표준 입력, 여러 번 주면 병합)', en: 'Compose file to read (- for standard input; several are merged)' },
        keywords: { ko: ['컴포즈 파일', '파일 지정'], en: ['compose file', 'file', 'stack file'] },
      },
      '--skip-interpolation': {
        summary: { ko: '변수를 채우지 않고 병합한 결과만 출력', en: 'Merge the files but leave ${VAR} references as they are' },
        keywords: { ko: ['변수 치환 안 함', '병합만'], en: ['skip interpolation', 'no variables', 'merge only'] },
      },
    },
  },

  // ==== secret ====
  secret: {
    summary: { ko: '비밀번호·키 같은 민감한 값을 스웜 시크릿으로 관리', en: 'Manage swarm secrets: passwords, keys and other sensitive values' },
    keywords: { ko: ['시크릿', '비밀 값', '비밀번호 관리', '민감 정보'], en: ['secret', 'secrets', 'password', 'credentials', 'sensitive data'] },
    details: {
      ko: '하위 명령: create(만들기), ls(목록), inspect(정보 보기, 값은 안 보임), rm(삭제). 시크릿은 매니저의 Raft 로그에 암호화되어 저장되고, 서비스에 --secret으로 연결하면 /run/secrets/이름 파일로 들어갑니다.',
      en: 'Subcommands: create, ls (list), inspect (metadata only, never the value), rm (remove). Secrets are stored encrypted in the managers\' Raft log and reach a service, attached with --secret, as the file /run/secrets/NAME.',
    },
    related: ['docker service create', 'docker config'],
    options: {},
  },
  'secret create': {
    summary: { ko: '파일이나 표준 입력의 내용으로 스웜 시크릿 생성', en: 'Create a swarm secret from a file or from standard input' },
    keywords: { ko: ['시크릿 생성', '시크릿 만들기', '비밀번호 저장', '민감 정보 저장'], en: ['secret create', 'create secret', 'store password', 'add secret'] },
    details: {
      ko: '두 번째 인자로 파일 경로를 주거나 -를 주어 표준 입력에서 읽습니다. 서비스 컨테이너 안에서는 /run/secrets/이름 파일로 보입니다. 한 번 만든 시크릿의 내용은 바꿀 수 없으니, 값을 바꾸려면 새 이름으로 만들고 docker service update --secret-rm/--secret-add로 갈아 끼우세요. 크기는 500KB까지입니다.',
      en: 'The second argument is a file, or - to read standard input. Inside service containers it shows up as /run/secrets/NAME. A secret cannot be changed once created: make a new one under another name and swap it with docker service update --secret-rm/--secret-add. Secrets can be up to 500 KB.',
    },
    examples: [
      'docker secret create db_password ./db_password.txt',
      "printf 's3cr3t-pass' | docker secret create db_password -",
      'docker secret create -l env=prod tls_key ./server.key',
    ],
    related: ['docker secret ls', 'docker service create', 'docker config create'],
    options: {
      '--driver': {
        summary: { ko: '시크릿을 외부 저장소에서 가져올 시크릿 드라이버(플러그인)', en: 'Secret driver (plugin) that fetches the value from an external store' },
        keywords: { ko: ['시크릿 드라이버', '외부 저장소', '플러그인'], en: ['driver', 'secret plugin', 'vault'] },
      },
      '--label': {
        summary: { ko: '시크릿에 붙일 레이블 (키=값)', en: 'Label on the secret (key=value)' },
        keywords: { ko: ['레이블', '라벨', '메타데이터'], en: ['label', 'metadata', 'tag'] },
      },
      '--template-driver': templateDriver,
    },
  },
  'secret ls': {
    summary: { ko: '스웜 시크릿 목록 (값은 보이지 않음)', en: 'List the swarm secrets (never their values)' },
    keywords: { ko: ['시크릿 목록', '시크릿 보기', '비밀 값 목록', '시크릿 확인'], en: ['secret ls', 'list secrets', 'show secrets', 'secret list'] },
    examples: ['docker secret ls', 'docker secret ls --filter label=env=prod'],
    related: ['docker secret create', 'docker secret inspect'],
    options: {
      '--filter': filterBy('id, name, label'),
      '--format': formatList,
      '--quiet': quietIds,
    },
  },
  'secret inspect': {
    summary: { ko: '시크릿의 이름·레이블·생성 시각 등 정보 출력 (값은 보이지 않음)', en: 'Show the name, labels and dates of secrets (never the value)' },
    keywords: { ko: ['시크릿 정보', '시크릿 상세', '시크릿 확인', '시크릿 레이블'], en: ['secret inspect', 'secret details', 'secret info', 'secret metadata'] },
    examples: ['docker secret inspect db_password', 'docker secret inspect --pretty db_password'],
    related: ['docker secret ls'],
    options: {
      '--format': formatInspect,
      '--pretty': pretty,
    },
  },
  'secret rm': {
    summary: { ko: '스웜 시크릿 삭제 (서비스가 쓰는 중이면 거부됨)', en: 'Remove swarm secrets (refused while a service uses them)' },
    keywords: { ko: ['시크릿 삭제', '시크릿 제거', '비밀번호 삭제', '시크릿 지우기'], en: ['secret rm', 'remove secret', 'delete secret', 'secret remove'] },
    details: {
      ko: '확인 없이 지워지며 되살릴 수 없습니다. 서비스에 연결된 시크릿은 지워지지 않으니 먼저 docker service update --secret-rm으로 떼어 내세요.',
      en: 'It deletes at once and for good. A secret still attached to a service is not removed; detach it first with docker service update --secret-rm.',
    },
    examples: ['docker secret rm db_password'],
    related: ['docker secret ls', 'docker service update'],
    options: {},
  },

  // ==== config ====
  config: {
    summary: { ko: '서비스에 파일로 넣어 줄 설정을 스웜 컨피그로 관리', en: 'Manage swarm configs: files handed to services, not meant to be secret' },
    keywords: { ko: ['컨피그', '설정 파일', '스웜 설정', '설정 관리'], en: ['config', 'configs', 'config file', 'swarm config'] },
    details: {
      ko: '하위 명령: create(만들기), ls(목록), inspect(정보와 내용 보기), rm(삭제). 시크릿과 비슷하지만 민감한 값으로 다루지 않아(메모리 전용 마운트가 아님) 비밀이 아닌 설정 파일에 씁니다. 서비스에는 --config로 연결합니다.',
      en: 'Subcommands: create, ls (list), inspect (metadata and content), rm (remove). Configs work like secrets but are not treated as sensitive (no in-memory mount), so they suit settings files that hold nothing secret. Attach them to a service with --config.',
    },
    related: ['docker secret', 'docker service create'],
    options: {},
  },
  'config create': {
    summary: { ko: '파일이나 표준 입력의 내용으로 스웜 컨피그 생성', en: 'Create a swarm config from a file or from standard input' },
    keywords: { ko: ['컨피그 생성', '설정 파일 등록', '설정 만들기', '컨피그 만들기'], en: ['config create', 'create config', 'add config file', 'swarm config'] },
    details: {
      ko: '두 번째 인자로 파일 경로를 주거나 -를 주어 표준 입력에서 읽습니다. 서비스에 --config로 연결하면 기본으로 컨테이너의 /이름 위치에 파일로 들어가며 target으로 경로를 바꿀 수 있습니다. 내용은 바꿀 수 없으니 새 이름으로 만들어 --config-rm/--config-add로 교체하세요. 크기는 500KB까지입니다.',
      en: 'The second argument is a file, or - to read standard input. Attached with --config, it appears in the container as /NAME unless target says otherwise. The content cannot be changed: create a new config under another name and swap it with --config-rm/--config-add. Configs can be up to 500 KB.',
    },
    examples: [
      'docker config create nginx_conf ./nginx.conf',
      'docker config create -l app=web nginx_conf ./nginx.conf',
      'cat ./app.yaml | docker config create app_settings -',
    ],
    related: ['docker config ls', 'docker service create', 'docker secret create'],
    options: {
      '--label': {
        summary: { ko: '컨피그에 붙일 레이블 (키=값)', en: 'Label on the config (key=value)' },
        keywords: { ko: ['레이블', '라벨', '메타데이터'], en: ['label', 'metadata', 'tag'] },
      },
      '--template-driver': templateDriver,
    },
  },
  'config ls': {
    summary: { ko: '스웜 컨피그 목록', en: 'List the swarm configs' },
    keywords: { ko: ['컨피그 목록', '설정 목록', '컨피그 보기', '설정 파일 목록'], en: ['config ls', 'list configs', 'show configs', 'config list'] },
    examples: ['docker config ls', 'docker config ls --filter name=nginx'],
    related: ['docker config create', 'docker config inspect'],
    options: {
      '--filter': filterBy('id, name, label'),
      '--format': formatList,
      '--quiet': quietIds,
    },
  },
  'config inspect': {
    summary: { ko: '컨피그 정보 출력 (--pretty로 내용까지 보기)', en: 'Show details of configs (--pretty shows the content too)' },
    keywords: { ko: ['컨피그 정보', '설정 내용 보기', '컨피그 상세', '컨피그 내용'], en: ['config inspect', 'config details', 'show config content', 'config info'] },
    examples: ['docker config inspect --pretty nginx_conf'],
    related: ['docker config ls'],
    options: {
      '--format': formatInspect,
      '--pretty': pretty,
    },
  },
  'config rm': {
    summary: { ko: '스웜 컨피그 삭제 (서비스가 쓰는 중이면 거부됨)', en: 'Remove swarm configs (refused while a service uses them)' },
    keywords: { ko: ['컨피그 삭제', '컨피그 제거', '설정 삭제', '설정 파일 지우기'], en: ['config rm', 'remove config', 'delete config', 'config remove'] },
    details: {
      ko: '확인 없이 지워지며 되살릴 수 없습니다. 서비스에 연결된 컨피그는 지워지지 않으니 먼저 docker service update --config-rm으로 떼어 내세요.',
      en: 'It deletes at once and for good. A config still attached to a service is not removed; detach it first with docker service update --config-rm.',
    },
    examples: ['docker config rm nginx_conf'],
    related: ['docker config ls', 'docker service update'],
    options: {},
  },
};
