/** Words for the objects commands: see ./types.ts. */
import type { FlagWords, WordsFile } from './types.js';

/** `--format` of the inspect commands: JSON or a Go template. */
const inspectFormat: FlagWords = {
  summary: {
    ko: '출력 형식 지정: json 또는 Go 템플릿으로 원하는 값만 뽑기',
    en: 'Choose the output: json, or a Go template that picks out the fields you want',
  },
  keywords: { ko: ['출력 형식', '포맷', '템플릿', '값만 뽑기'], en: ['format', 'template', 'json', 'go template'] },
};

/** `--format` of the list commands: a table (the default), JSON or a Go template. */
const listFormat: FlagWords = {
  summary: {
    ko: '목록 출력 형식 지정: 기본은 표, json 또는 Go 템플릿도 가능',
    en: 'Choose how the list is printed: a table (default), json, or a Go template',
  },
  keywords: { ko: ['출력 형식', '포맷', '템플릿', '표 형식'], en: ['format', 'template', 'json', 'table', 'columns'] },
};

/** `--force` of the prune commands: no confirmation prompt. */
const pruneForce: FlagWords = {
  summary: { ko: '확인 질문 없이 바로 정리', en: 'Prune right away without asking for confirmation' },
  keywords: { ko: ['확인 없이', '묻지 않기', '자동 승인'], en: ['force', 'yes', 'no prompt', 'non-interactive', 'script'] },
};

/** `--checkpoint-dir` of the checkpoint commands. */
const checkpointDir: FlagWords = {
  summary: {
    ko: '체크포인트를 기본 위치 대신 지정한 디렉터리에 두고 찾기',
    en: 'Keep and look for checkpoints in this directory instead of the default place',
  },
  keywords: { ko: ['체크포인트 경로', '저장 위치', '디렉터리'], en: ['checkpoint dir', 'directory', 'storage path'] },
};

/** `--description` of context create and context update. */
const contextDescription: FlagWords = {
  summary: { ko: '컨텍스트에 붙일 설명 문구 (context ls에 표시)', en: 'A short description for the context, shown by context ls' },
  keywords: { ko: ['설명', '메모', '컨텍스트 설명'], en: ['description', 'note', 'comment'] },
};

/** `--docker` of context create and context update: the engine endpoint as key=value pairs. */
const contextDocker: FlagWords = {
  summary: {
    ko: '접속할 Docker 엔진 주소와 TLS 설정을 key=value 목록으로 지정',
    en: 'Set the Docker engine to talk to, and its TLS settings, as key=value pairs',
  },
  keywords: {
    ko: ['엔진 주소', '원격 호스트', '접속 주소', 'ssh 접속', '인증서'],
    en: ['docker host', 'endpoint', 'remote', 'ssh', 'tcp', 'tls'],
  },
  details: {
    ko: '쉼표로 구분한 key=value 쌍을 받습니다. host는 unix:///var/run/docker.sock, ssh://deploy@build-01, tcp://10.0.0.5:2376 같은 주소이고, TLS로 접속할 때는 ca, cert, key에 인증서 파일 경로를, 검증을 건너뛰려면 skip-tls-verify=true를 줍니다. from=다른컨텍스트 로 기존 컨텍스트의 엔진 설정을 그대로 가져올 수도 있습니다. ssh 주소를 쓰면 원격 쪽에도 docker 명령이 설치되어 있어야 합니다.',
    en: 'Takes comma-separated key=value pairs. host is an address such as unix:///var/run/docker.sock, ssh://deploy@build-01 or tcp://10.0.0.5:2376; for TLS, ca, cert and key give the certificate files, and skip-tls-verify=true turns verification off. from=other-context copies the engine settings of an existing context. An ssh:// host needs the docker command installed on the remote machine too.',
  },
};

/** `--availability` of the cluster volume commands. */
const volumeAvailability: FlagWords = {
  summary: {
    ko: '클러스터 볼륨의 가용 상태: active(사용), pause(새 작업 배치 중지), drain(사용 중인 작업까지 비움). 기본 active',
    en: 'Cluster volume state: active (usable), pause (no new tasks), drain (move tasks off too); default active',
  },
  keywords: { ko: ['가용성', '볼륨 상태', '일시 중지', '비우기'], en: ['availability', 'active', 'pause', 'drain', 'cluster volume'] },
  values: ['active', 'pause', 'drain'],
};

export const objectsWords: WordsFile = {
  // ───────────────────────── checkpoint ─────────────────────────
  checkpoint: {
    summary: {
      ko: '실행 중인 컨테이너의 상태를 체크포인트로 저장하고 관리 (실험 기능, CRIU 필요)',
      en: 'Save and manage checkpoints of running containers (experimental, needs CRIU)',
    },
    keywords: {
      ko: ['체크포인트', '상태 저장', '컨테이너 스냅샷', '복원', 'CRIU 체크포인트'],
      en: ['checkpoint', 'criu', 'snapshot container state', 'restore', 'live migration', 'freeze'],
    },
    details: {
      ko: '하위 명령은 create(체크포인트 만들기), ls(목록), rm(삭제)입니다. 실험 기능이라 데몬에서 experimental을 켜야 하고, 리눅스 호스트에 CRIU가 설치되어 있어야 합니다. 저장한 체크포인트에서 다시 시작할 때는 docker start --checkpoint를 씁니다.',
      en: 'Its subcommands are create (take a checkpoint), ls (list them) and rm (delete one). It is an experimental feature: the daemon must run with experimental enabled, on a Linux host with CRIU installed. To resume from a saved checkpoint, use docker start --checkpoint.',
    },
    related: ['docker checkpoint create', 'docker start'],
    options: {},
  },

  'checkpoint create': {
    summary: {
      ko: '실행 중인 컨테이너의 메모리와 프로세스 상태를 체크포인트로 저장',
      en: "Save a running container's memory and process state as a named checkpoint",
    },
    keywords: {
      ko: ['체크포인트 만들기', '체크포인트 생성', '상태 저장', '컨테이너 얼리기'],
      en: ['create checkpoint', 'checkpoint', 'save state', 'criu dump', 'freeze container'],
    },
    details: {
      ko: 'CRIU로 컨테이너의 프로세스 상태를 통째로 떠 둡니다. 기본적으로 체크포인트를 만든 뒤 컨테이너가 멈추므로, 계속 돌려야 하면 --leave-running을 붙입니다. 나중에 docker start --checkpoint 이름 컨테이너 로 그 시점부터 이어서 실행합니다. 실험 기능이라 데몬 설정이 필요합니다.',
      en: "Uses CRIU to dump the container's process state. By default the container stops once the checkpoint is written; add --leave-running to keep it going. Resume later with docker start --checkpoint NAME CONTAINER. Experimental: the daemon must have it enabled.",
    },
    examples: ['docker checkpoint create web cp1', 'docker checkpoint create --leave-running web cp-before-upgrade'],
    related: ['docker checkpoint ls', 'docker start'],
    options: {
      '--checkpoint-dir': checkpointDir,
      '--leave-running': {
        summary: {
          ko: '체크포인트를 만든 뒤에도 컨테이너를 멈추지 않고 계속 실행',
          en: 'Keep the container running after the checkpoint is taken',
        },
        keywords: { ko: ['계속 실행', '멈추지 않기', '실행 유지'], en: ['leave running', 'keep running', 'no stop'] },
      },
    },
  },

  'checkpoint ls': {
    summary: { ko: '컨테이너에 저장된 체크포인트 목록', en: 'List the checkpoints saved for a container' },
    keywords: {
      ko: ['체크포인트 목록', '체크포인트 보기', '저장된 상태'],
      en: ['list checkpoints', 'checkpoints', 'checkpoint list', 'show checkpoints'],
    },
    examples: ['docker checkpoint ls web'],
    related: ['docker checkpoint create', 'docker checkpoint rm'],
    options: { '--checkpoint-dir': checkpointDir },
  },

  'checkpoint rm': {
    summary: { ko: '컨테이너의 체크포인트 하나를 삭제', en: 'Delete one checkpoint of a container' },
    keywords: {
      ko: ['체크포인트 삭제', '체크포인트 지우기', '체크포인트 제거'],
      en: ['remove checkpoint', 'delete checkpoint', 'checkpoint rm'],
    },
    details: {
      ko: '저장된 체크포인트 데이터만 지우며 컨테이너 자체는 그대로 둡니다.',
      en: 'Only the saved checkpoint data is deleted; the container itself is left alone.',
    },
    examples: ['docker checkpoint rm web cp1'],
    related: ['docker checkpoint ls'],
    options: { '--checkpoint-dir': checkpointDir },
  },

  // ───────────────────────── context ─────────────────────────
  context: {
    summary: {
      ko: '어느 Docker 엔진에 명령을 보낼지 정하는 컨텍스트 관리 (로컬, 원격, ssh)',
      en: 'Manage contexts: which Docker engine (local, remote, over ssh) commands go to',
    },
    keywords: {
      ko: ['컨텍스트', '원격 도커', '엔진 전환', '호스트 전환', '다른 서버'],
      en: ['context', 'remote docker', 'switch engine', 'docker host', 'ssh', 'multiple hosts'],
    },
    details: {
      ko: '하위 명령은 create, update, use, show, ls, inspect, rm, export, import입니다. 컨텍스트는 엔진 주소와 TLS 정보를 이름으로 묶어 둔 것이라, 여러 서버를 오가며 작업할 때 DOCKER_HOST를 매번 바꾸지 않아도 됩니다. 한 명령만 다른 엔진에 보내려면 docker --context 이름 … 처럼 씁니다.',
      en: 'Its subcommands are create, update, use, show, ls, inspect, rm, export and import. A context gives a name to an engine address plus its TLS settings, so you can move between machines without editing DOCKER_HOST each time. For a single command against another engine, use docker --context NAME ….',
    },
    related: ['docker context use', 'docker context create', 'docker context ls'],
    options: {},
  },

  'context create': {
    summary: {
      ko: '원격이나 다른 Docker 엔진에 접속할 새 컨텍스트 만들기',
      en: 'Create a named context that points at a Docker engine, local or remote',
    },
    keywords: {
      ko: ['컨텍스트 만들기', '컨텍스트 생성', '원격 도커 연결', 'ssh 연결', '원격 서버 등록'],
      en: ['create context', 'new context', 'remote docker', 'ssh host', 'add docker host', 'connect remote engine'],
    },
    details: {
      ko: '--docker로 엔진 주소(host=ssh://… 또는 tcp://…)를 주거나 --from으로 기존 컨텍스트를 복사합니다. 둘 다 없으면 지금 쓰는 컨텍스트의 엔진 설정을 그대로 가져옵니다. 만들기만 할 뿐 전환하지는 않으므로, 이어서 docker context use로 바꾸거나 docker --context 이름 으로 한 번씩 지정합니다.',
      en: 'Give the engine address with --docker (host=ssh://… or tcp://…), or copy an existing context with --from; with neither, the engine settings of the current context are copied. Creating a context does not switch to it: follow with docker context use, or pass docker --context NAME per command.',
    },
    examples: [
      'docker context create build-01 --docker host=ssh://deploy@build-01',
      'docker context create prod --description "production swarm" --docker host=tcp://10.0.0.5:2376',
      'docker context create staging --from prod',
    ],
    related: ['docker context use', 'docker context ls', 'docker context update'],
    options: {
      '--description': contextDescription,
      '--docker': {
        ...contextDocker,
        examples: [
          'docker context create build-01 --docker host=ssh://deploy@build-01',
          'docker context create prod --docker "host=tcp://10.0.0.5:2376,ca=/home/me/certs/ca.pem,cert=/home/me/certs/cert.pem,key=/home/me/certs/key.pem"',
        ],
      },
      '--from': {
        summary: {
          ko: '이미 있는 컨텍스트의 엔진 설정을 복사해서 새 컨텍스트 만들기',
          en: 'Copy the engine settings of an existing context into the new one',
        },
        keywords: { ko: ['복사', '기존 컨텍스트', '복제'], en: ['from', 'copy context', 'clone', 'duplicate'] },
      },
    },
  },

  'context export': {
    summary: {
      ko: '컨텍스트를 tar 파일로 내보내기 (다른 컴퓨터로 옮길 때)',
      en: 'Export a context to a tar file, or to standard output, to move it elsewhere',
    },
    keywords: {
      ko: ['컨텍스트 내보내기', '컨텍스트 백업', '컨텍스트 옮기기', '설정 공유'],
      en: ['export context', 'backup context', 'share context', 'move context', 'dockercontext'],
    },
    details: {
      ko: '파일 이름을 생략하면 현재 디렉터리에 이름.dockercontext 파일로 쓰고, - 를 주면 표준 출력으로 내보냅니다. TLS 인증서와 키도 함께 들어가므로 파일을 다룰 때 주의해야 합니다.',
      en: 'Without a file name it writes NAME.dockercontext in the current directory; with - it writes to standard output. TLS certificates and keys go into the archive too, so treat the file as a secret.',
    },
    examples: ['docker context export prod', 'docker context export prod prod.dockercontext'],
    related: ['docker context import'],
    options: {},
  },

  'context import': {
    summary: {
      ko: '내보낸 컨텍스트 파일(tar 또는 zip)을 새 이름으로 가져오기',
      en: 'Import a context from an exported tar or zip file under a new name',
    },
    keywords: {
      ko: ['컨텍스트 가져오기', '컨텍스트 불러오기', '컨텍스트 복원'],
      en: ['import context', 'load context', 'restore context', 'dockercontext'],
    },
    details: {
      ko: '첫 번째 인수는 새로 만들 컨텍스트 이름이고 두 번째는 파일이며, - 를 주면 표준 입력에서 읽습니다. 같은 이름의 컨텍스트가 이미 있으면 실패합니다.',
      en: 'The first argument is the name for the new context, the second the file; - reads from standard input. It fails if a context of that name already exists.',
    },
    examples: ['docker context import prod prod.dockercontext'],
    related: ['docker context export', 'docker context use'],
    options: {},
  },

  'context inspect': {
    summary: {
      ko: '컨텍스트의 엔진 주소, 설명, TLS 설정 등 상세 정보 출력',
      en: "Show a context's details: engine address, description, TLS settings",
    },
    keywords: {
      ko: ['컨텍스트 정보', '컨텍스트 상세', '엔진 주소 확인'],
      en: ['inspect context', 'context details', 'endpoint', 'context json'],
    },
    details: {
      ko: '이름을 주지 않으면 지금 쓰는 컨텍스트를 보여 줍니다. 기본 출력은 JSON입니다.',
      en: 'With no name it shows the current context. The output is JSON by default.',
    },
    examples: ['docker context inspect', 'docker context inspect prod --format "{{.Endpoints.docker.Host}}"'],
    related: ['docker context ls', 'docker context show'],
    options: { '--format': inspectFormat },
  },

  'context ls': {
    summary: {
      ko: '만들어 둔 컨텍스트 목록 (현재 컨텍스트에 * 표시)',
      en: 'List your contexts; the one in use is marked with *',
    },
    keywords: {
      ko: ['컨텍스트 목록', '컨텍스트 보기', '원격 호스트 목록', '현재 컨텍스트'],
      en: ['list contexts', 'contexts', 'context list', 'which context', 'docker hosts'],
    },
    details: {
      ko: '이름, 설명, 엔진 주소를 표로 보여 주고 지금 쓰는 컨텍스트 옆에 *가 붙습니다. default 컨텍스트는 항상 있으며 DOCKER_HOST 환경 변수나 로컬 소켓을 가리킵니다.',
      en: 'Shows name, description and engine address in a table, with * next to the context in use. The default context is always there and points at DOCKER_HOST or the local socket.',
    },
    examples: ['docker context ls', 'docker context ls -q', 'docker context ls --format json'],
    related: ['docker context use', 'docker context show'],
    options: {
      '--format': listFormat,
      '--quiet': {
        summary: { ko: '컨텍스트 이름만 출력', en: 'Print only the context names' },
        keywords: { ko: ['이름만', '간단히', '스크립트용'], en: ['quiet', 'names only', 'script'] },
      },
    },
  },

  'context rm': {
    summary: { ko: '컨텍스트 하나 이상을 삭제', en: 'Delete one or more contexts' },
    keywords: {
      ko: ['컨텍스트 삭제', '컨텍스트 지우기', '컨텍스트 제거'],
      en: ['remove context', 'delete context', 'context rm'],
    },
    details: {
      ko: '로컬에 저장된 컨텍스트 설정만 지우며 원격 엔진과 그 컨테이너에는 영향이 없습니다. 지금 쓰는 컨텍스트는 -f 없이는 지울 수 없고, 강제로 지우면 default로 돌아갑니다. default 컨텍스트는 지울 수 없습니다.',
      en: 'Only the locally stored context settings are deleted; the engine it points at and its containers are untouched. The context in use can only be removed with -f, after which the CLI falls back to default. The default context cannot be removed.',
    },
    examples: ['docker context rm staging', 'docker context rm -f prod'],
    related: ['docker context ls'],
    options: {
      '--force': {
        summary: { ko: '지금 쓰고 있는 컨텍스트도 강제로 삭제', en: 'Delete the context even if it is the one in use' },
        keywords: { ko: ['강제 삭제', '사용 중 삭제'], en: ['force', 'in use', 'remove current'] },
      },
    },
  },

  'context show': {
    summary: { ko: '지금 사용 중인 컨텍스트 이름 출력', en: 'Print the name of the context in use' },
    keywords: {
      ko: ['현재 컨텍스트', '컨텍스트 확인', '어느 서버', '지금 연결된 엔진'],
      en: ['current context', 'which context', 'show context', 'active context', 'which docker host'],
    },
    details: {
      ko: '이름 한 줄만 출력하므로 셸 프롬프트나 스크립트에서 쓰기 좋습니다. DOCKER_CONTEXT 환경 변수나 DOCKER_HOST가 설정돼 있으면 그 값이 반영됩니다.',
      en: 'Prints just the name, which suits shell prompts and scripts. The DOCKER_CONTEXT and DOCKER_HOST environment variables are taken into account.',
    },
    examples: ['docker context show', 'docker context show && docker ps'],
    related: ['docker context use', 'docker context ls'],
    options: {},
  },

  'context update': {
    summary: {
      ko: '기존 컨텍스트의 설명이나 엔진 주소 변경',
      en: "Change an existing context's description or engine settings",
    },
    keywords: {
      ko: ['컨텍스트 수정', '컨텍스트 변경', '엔진 주소 변경'],
      en: ['update context', 'edit context', 'change docker host'],
    },
    examples: ['docker context update prod --docker host=tcp://10.0.0.6:2376'],
    related: ['docker context create', 'docker context inspect'],
    options: {
      '--description': contextDescription,
      '--docker': { ...contextDocker, examples: ['docker context update prod --docker host=ssh://deploy@10.0.0.6'] },
    },
  },

  'context use': {
    summary: {
      ko: '이후 docker 명령이 기본으로 보낼 컨텍스트(엔진) 전환',
      en: 'Switch the context that docker commands go to from now on',
    },
    keywords: {
      ko: ['컨텍스트 전환', '컨텍스트 변경', '원격 서버로 전환', '엔진 바꾸기', '로컬로 돌아가기'],
      en: ['use context', 'switch context', 'change context', 'switch docker host', 'remote engine'],
    },
    details: {
      ko: '선택은 ~/.docker/config.json에 저장되므로 같은 사용자의 다른 터미널에도 바로 적용됩니다. 한 셸에서만 바꾸려면 DOCKER_CONTEXT 환경 변수를 쓰고, DOCKER_HOST가 설정돼 있으면 그쪽이 우선합니다. 로컬 엔진으로 돌아가려면 docker context use default 를 실행합니다.',
      en: 'The choice is saved in ~/.docker/config.json, so it applies at once to every terminal of the same user. To switch in one shell only, set DOCKER_CONTEXT instead; a set DOCKER_HOST takes precedence. docker context use default brings you back to the local engine.',
    },
    examples: ['docker context use build-01', 'docker context use default'],
    related: ['docker context show', 'docker context ls', 'docker context create'],
    options: {},
  },

  // ───────────────────────── network ─────────────────────────
  network: {
    summary: {
      ko: '컨테이너끼리 통신할 네트워크를 만들고 연결하고 정리',
      en: 'Create, connect and clean up the networks containers talk over',
    },
    keywords: {
      ko: ['네트워크', '도커 네트워크', '브리지', '컨테이너 통신', '네트워크 관리'],
      en: ['network', 'networking', 'bridge', 'overlay', 'container communication', 'dns'],
    },
    details: {
      ko: '하위 명령은 create, ls, inspect, connect, disconnect, rm, prune입니다. 직접 만든 브리지 네트워크에 붙은 컨테이너는 서로 컨테이너 이름으로 찾을 수 있지만, 기본 bridge 네트워크에서는 이름 해석이 되지 않아 IP로만 통신합니다.',
      en: 'Its subcommands are create, ls, inspect, connect, disconnect, rm and prune. Containers on a bridge network you created can reach each other by container name; on the default bridge network there is no such DNS, only IP addresses.',
    },
    related: ['docker network create', 'docker network ls', 'docker run'],
    options: {},
  },

  'network create': {
    summary: {
      ko: '컨테이너를 붙일 새 네트워크 만들기 (기본 드라이버 bridge)',
      en: 'Create a network for containers to join (bridge driver by default)',
    },
    keywords: {
      ko: ['네트워크 만들기', '네트워크 생성', '브리지 네트워크', '사용자 정의 네트워크', '서브넷 지정'],
      en: ['create network', 'new network', 'bridge network', 'user-defined network', 'overlay', 'subnet'],
    },
    details: {
      ko: '만든 네트워크에는 docker run --network 나 docker network connect로 컨테이너를 붙입니다. 직접 만든 브리지 네트워크에서는 컨테이너가 서로의 이름으로 통신할 수 있어, 이름 해석이 안 되는 기본 bridge보다 대개 이쪽을 씁니다. --subnet을 주지 않으면 기본 주소 풀에서 대역이 자동으로 정해집니다. overlay 드라이버는 스웜 모드에서만 쓸 수 있습니다.',
      en: 'Attach containers with docker run --network or docker network connect. On a bridge network you create, containers reach each other by name, which the default bridge does not offer, so a user-defined network is usually the better choice. Without --subnet, a range is picked from the default address pools. The overlay driver needs swarm mode.',
    },
    examples: [
      'docker network create my-net',
      'docker network create --subnet 172.28.0.0/16 --gateway 172.28.0.1 my-net',
      'docker network create --internal backend',
      'docker network create -d overlay --attachable app-overlay',
    ],
    related: ['docker network connect', 'docker network ls', 'docker run', 'docker network rm'],
    options: {
      '--attachable': {
        summary: {
          ko: '스웜 서비스뿐 아니라 docker run으로 띄운 일반 컨테이너도 이 overlay 네트워크에 붙을 수 있게 허용',
          en: 'Let standalone containers (docker run), not only swarm services, join this overlay network',
        },
        keywords: { ko: ['직접 연결 허용', '일반 컨테이너 연결', '오버레이'], en: ['attachable', 'overlay', 'standalone container', 'swarm'] },
        details: {
          ko: 'overlay 네트워크는 기본적으로 스웜 서비스 전용입니다. 이 옵션을 주면 docker run --network 이나 docker network connect로 개별 컨테이너도 연결할 수 있습니다.',
          en: 'An overlay network is for swarm services only by default. With this flag, individual containers can join it too, through docker run --network or docker network connect.',
        },
        examples: ['docker network create -d overlay --attachable app-overlay'],
      },
      '--aux-address': {
        summary: {
          ko: '컨테이너에 나눠 주지 않고 따로 남겨 둘 IP 주소 (이름=주소)',
          en: 'Reserve IP addresses (name=address) that are never handed out to containers',
        },
        keywords: { ko: ['주소 예약', '보조 주소', 'ip 제외'], en: ['aux address', 'reserve ip', 'exclude address'] },
        examples: ['docker network create --subnet 192.168.50.0/24 --aux-address router=192.168.50.5 lan-net'],
      },
      '--config-from': {
        summary: {
          ko: '--config-only로 만든 설정 전용 네트워크의 설정을 가져와 실제 네트워크 만들기',
          en: 'Build the network from the settings of a --config-only network',
        },
        keywords: { ko: ['설정 가져오기', '설정 전용 네트워크', 'macvlan'], en: ['config from', 'config-only', 'macvlan', 'swarm'] },
      },
      '--config-only': {
        summary: {
          ko: '컨테이너를 붙일 수 없는 설정 보관용 네트워크 만들기 (--config-from에서 사용)',
          en: 'Create a settings-only network that containers cannot join, for use with --config-from',
        },
        keywords: { ko: ['설정 전용', '설정 보관', '노드별 설정'], en: ['config only', 'template network', 'per-node settings'] },
      },
      '--driver': {
        summary: {
          ko: '네트워크 드라이버 선택: bridge, overlay, macvlan, ipvlan 등 (기본 bridge)',
          en: 'Pick the network driver: bridge, overlay, macvlan, ipvlan… (default bridge)',
        },
        keywords: { ko: ['드라이버', '네트워크 종류', '오버레이', '맥브이랜'], en: ['driver', 'bridge', 'overlay', 'macvlan', 'ipvlan'] },
        details: {
          ko: 'bridge는 한 호스트 안의 컨테이너를 잇고, overlay는 스웜 노드 여러 대에 걸친 네트워크를 만들며, macvlan과 ipvlan은 컨테이너를 호스트의 물리 네트워크에 직접 붙입니다. 플러그인으로 설치한 드라이버 이름도 쓸 수 있습니다.',
          en: 'bridge connects containers on one host, overlay spans the nodes of a swarm, and macvlan or ipvlan put containers straight onto the host\'s physical network. The name of a network plugin driver also works.',
        },
        examples: ['docker network create -d macvlan --subnet 192.168.1.0/24 --gateway 192.168.1.1 -o parent=eth0 lan-net'],
      },
      '--gateway': {
        summary: { ko: '서브넷의 게이트웨이 IP 지정 (--subnet과 함께)', en: 'Set the gateway IP of the subnet (use with --subnet)' },
        keywords: { ko: ['게이트웨이', '기본 경로', '라우터 주소'], en: ['gateway', 'default route', 'router ip'] },
        details: {
          ko: '주지 않으면 서브넷의 첫 주소가 게이트웨이가 됩니다. 서브넷마다 하나씩 줄 수 있고, 지정한 서브넷 범위 안의 주소여야 합니다.',
          en: 'Without it, the first address of the subnet becomes the gateway. One can be given per subnet, and it must lie inside that subnet.',
        },
        examples: ['docker network create --subnet 172.28.0.0/16 --gateway 172.28.0.254 my-net'],
      },
      '--ingress': {
        summary: {
          ko: '스웜 라우팅 메시에 쓸 ingress 네트워크 만들기',
          en: 'Create the ingress network used by the swarm routing mesh',
        },
        keywords: { ko: ['인그레스', '라우팅 메시', '스웜 네트워크'], en: ['ingress', 'routing mesh', 'swarm', 'published ports'] },
      },
      '--internal': {
        summary: {
          ko: '외부와 통하지 않는 내부 전용 네트워크 만들기 (컨테이너끼리만 통신)',
          en: 'Make the network internal: containers reach each other but not the outside world',
        },
        keywords: { ko: ['내부 전용', '외부 차단', '인터넷 차단', '격리 네트워크'], en: ['internal', 'isolated', 'no internet', 'no external access'] },
        details: {
          ko: '이 네트워크로는 호스트 밖으로 나가는 경로가 없어 인터넷에 접속할 수 없습니다. 데이터베이스처럼 다른 컨테이너에서만 접근하면 되는 서비스를 분리할 때 씁니다. 컨테이너가 다른 일반 네트워크에도 붙어 있으면 그쪽으로는 여전히 나갈 수 있습니다.',
          en: 'There is no route off the host through this network, so no internet access over it. Use it to tuck away services such as a database that only other containers need. A container also attached to an ordinary network can still get out through that one.',
        },
        examples: ['docker network create --internal backend'],
      },
      '--ip-range': {
        summary: {
          ko: '서브넷 중 컨테이너에 자동으로 나눠 줄 주소 범위만 좁혀 지정',
          en: 'Hand out container addresses only from this smaller range of the subnet',
        },
        keywords: { ko: ['ip 범위', '주소 범위', '할당 범위'], en: ['ip range', 'address pool', 'allocation range'] },
        examples: ['docker network create --subnet 172.28.0.0/16 --ip-range 172.28.5.0/24 my-net'],
      },
      '--ipam-driver': {
        summary: { ko: 'IP 주소를 관리할 IPAM 드라이버 선택 (기본 default)', en: 'Pick the IP address management (IPAM) driver (default "default")' },
        keywords: { ko: ['ipam', '주소 관리', 'ip 할당'], en: ['ipam driver', 'ip allocation', 'address management'] },
      },
      '--ipam-opt': {
        summary: { ko: 'IPAM 드라이버에 넘길 옵션 (key=value)', en: 'Pass key=value options to the IPAM driver' },
        keywords: { ko: ['ipam 옵션', '주소 관리 옵션'], en: ['ipam options', 'ipam opt'] },
      },
      '--ipv4': {
        summary: {
          ko: '컨테이너에 IPv4 주소를 줄지 여부 (기본 켜짐, --ipv4=false면 IPv6 전용)',
          en: 'Whether containers get IPv4 addresses (default on; --ipv4=false for IPv6 only)',
        },
        keywords: { ko: ['ipv4', 'ipv4 끄기', 'ipv6 전용'], en: ['ipv4', 'disable ipv4', 'ipv6 only'] },
      },
      '--ipv6': {
        summary: { ko: '컨테이너에 IPv6 주소도 할당', en: 'Give containers IPv6 addresses as well' },
        keywords: { ko: ['ipv6', 'ipv6 켜기', '듀얼 스택'], en: ['ipv6', 'enable ipv6', 'dual stack'] },
      },
      '--label': {
        summary: { ko: '네트워크에 메타데이터 라벨 붙이기 (key=value)', en: 'Attach a key=value label to the network' },
        keywords: { ko: ['라벨', '레이블', '메타데이터', '태그'], en: ['label', 'metadata', 'tag'] },
      },
      '--opt': {
        summary: { ko: '네트워크 드라이버 전용 옵션 (key=value)', en: 'Pass a driver-specific option (key=value)' },
        keywords: { ko: ['드라이버 옵션', 'mtu', '브리지 이름', 'parent 인터페이스'], en: ['driver options', 'opt', 'mtu', 'bridge name', 'parent'] },
        examples: ['docker network create -o com.docker.network.driver.mtu=1400 my-net'],
      },
      '--scope': {
        summary: {
          ko: '네트워크 범위 지정: 이 호스트만(local) 또는 스웜 전체(swarm)',
          en: "Set the network's scope: this host only (local) or the whole swarm (swarm)",
        },
        keywords: { ko: ['범위', '스웜 범위', '로컬 범위'], en: ['scope', 'swarm scope', 'local scope'] },
      },
      '--subnet': {
        summary: { ko: '네트워크가 쓸 주소 대역을 CIDR로 지정', en: 'Set the address range of the network, in CIDR form' },
        keywords: { ko: ['서브넷', '주소 대역', 'cidr', 'ip 대역'], en: ['subnet', 'cidr', 'address range', 'ip range'] },
        details: {
          ko: '회사망이나 VPN과 주소가 겹쳐 접속이 안 될 때 겹치지 않는 대역을 직접 정해 줍니다. 컨테이너에 고정 IP(--ip)를 주려면 네트워크에 서브넷이 지정돼 있어야 합니다. IPv4와 IPv6 서브넷을 하나씩 함께 줄 수 있습니다.',
          en: 'Pick a range yourself when the automatic one clashes with your office network or VPN. A container can only get a fixed address (--ip) on a network whose subnet you set. You can give one IPv4 and one IPv6 subnet together.',
        },
        examples: ['docker network create --subnet 10.20.0.0/24 my-net'],
      },
    },
  },

  'network connect': {
    summary: {
      ko: '컨테이너를 네트워크에 추가로 연결',
      en: 'Connect a container to a network, in addition to the ones it has',
    },
    keywords: {
      ko: ['네트워크 연결', '네트워크 붙이기', '컨테이너 연결', '네트워크 추가', '고정 ip'],
      en: ['connect network', 'attach network', 'join network', 'add network', 'static ip', 'alias'],
    },
    details: {
      ko: '실행 중인 컨테이너도 재시작 없이 바로 새 네트워크 인터페이스를 얻고, 멈춘 컨테이너는 다음 시작 때 연결됩니다. 기존 네트워크 연결은 그대로 유지되므로 한 컨테이너가 여러 네트워크에 동시에 붙을 수 있습니다. 컨테이너 이름과 --alias로 준 별칭은 그 네트워크 안에서만 이름으로 찾아집니다.',
      en: 'A running container gets the new interface at once, without a restart; a stopped one is connected when it next starts. Existing connections stay, so a container can sit on several networks at the same time. Its name, and any --alias, resolve only within that network.',
    },
    examples: [
      'docker network connect my-net web',
      'docker network connect --alias api my-net web',
      'docker network connect --ip 172.28.0.10 my-net db',
    ],
    related: ['docker network disconnect', 'docker network create', 'docker network inspect'],
    options: {
      '--alias': {
        summary: {
          ko: '이 네트워크 안에서 컨테이너를 부를 수 있는 별칭(DNS 이름) 추가',
          en: 'Add an extra DNS name for the container, valid within this network',
        },
        keywords: { ko: ['별칭', '별명', 'dns 이름', '호스트 이름'], en: ['alias', 'dns name', 'network alias', 'hostname'] },
        details: {
          ko: '같은 네트워크의 다른 컨테이너는 컨테이너 이름 외에 이 별칭으로도 접속할 수 있습니다. 여러 컨테이너에 같은 별칭을 주면 그 이름으로 여러 주소가 돌아옵니다. 직접 만든 네트워크에서만 동작합니다.',
          en: 'Other containers on the same network can reach it by this name as well as by its container name. Giving several containers the same alias makes the name return all their addresses. Works on user-defined networks only.',
        },
        examples: ['docker network connect --alias api --alias api-v2 my-net web'],
      },
      '--driver-opt': {
        summary: { ko: '이 연결(엔드포인트)에만 적용할 드라이버 옵션', en: 'Driver options for this one connection (endpoint)' },
        keywords: { ko: ['드라이버 옵션', '엔드포인트 옵션'], en: ['driver opt', 'endpoint options'] },
      },
      '--gw-priority': {
        summary: {
          ko: '여러 네트워크에 붙었을 때 기본 게이트웨이를 정하는 우선순위 (큰 값이 이김, 음수 가능)',
          en: 'With several networks, the one with the highest priority gives the default gateway (negatives allowed)',
        },
        keywords: { ko: ['게이트웨이 우선순위', '기본 경로', '외부 통신 경로'], en: ['gateway priority', 'default gateway', 'default route'] },
      },
      '--ip': {
        summary: { ko: '이 네트워크에서 쓸 고정 IPv4 주소 지정', en: 'Give the container a fixed IPv4 address on this network' },
        keywords: { ko: ['고정 ip', 'ip 지정', '정적 주소'], en: ['static ip', 'fixed ip', 'ipv4 address'] },
        details: {
          ko: '네트워크를 만들 때 --subnet으로 대역을 정해 둔 경우에만 쓸 수 있고, 주소는 그 대역 안이어야 합니다. 다른 컨테이너가 이미 쓰는 주소면 실패합니다.',
          en: 'Only works on a network created with an explicit --subnet, and the address must be inside it. It fails if another container already holds that address.',
        },
        examples: ['docker network connect --ip 172.28.0.10 my-net db'],
      },
      '--ip6': {
        summary: { ko: '이 네트워크에서 쓸 고정 IPv6 주소 지정', en: 'Give the container a fixed IPv6 address on this network' },
        keywords: { ko: ['고정 ipv6', 'ipv6 지정'], en: ['static ipv6', 'fixed ipv6', 'ipv6 address'] },
      },
      '--link': {
        summary: {
          ko: '다른 컨테이너를 별칭으로 연결하는 예전 방식의 링크 (이름:별칭)',
          en: 'Legacy link to another container under an alias (name:alias)',
        },
        keywords: { ko: ['링크', '컨테이너 링크', '예전 방식'], en: ['link', 'legacy link', 'container alias'] },
      },
      '--link-local-ip': {
        summary: { ko: '컨테이너에 링크 로컬 주소 추가', en: 'Add a link-local address to the container' },
        keywords: { ko: ['링크 로컬', '로컬 주소'], en: ['link-local', '169.254', 'fe80'] },
      },
    },
  },

  'network disconnect': {
    summary: { ko: '컨테이너를 네트워크에서 떼어 내기', en: 'Disconnect a container from a network' },
    keywords: {
      ko: ['네트워크 끊기', '네트워크 분리', '연결 해제', '네트워크 빼기'],
      en: ['disconnect network', 'detach network', 'leave network', 'remove from network'],
    },
    details: {
      ko: '컨테이너는 그 네트워크의 인터페이스를 잃고, 그 네트워크의 다른 컨테이너도 더 이상 이 컨테이너를 찾지 못합니다. 컨테이너 자체는 멈추지 않으며 다른 네트워크 연결도 유지됩니다. 마지막 네트워크에서 떼면 루프백만 남습니다.',
      en: 'The container loses its interface on that network and other containers there can no longer reach it. The container keeps running, and its other network connections stay. Take away its last network and only loopback is left.',
    },
    examples: ['docker network disconnect my-net web', 'docker network disconnect -f my-net web'],
    related: ['docker network connect', 'docker network inspect'],
    options: {
      '--force': {
        summary: {
          ko: '정상적으로 끊기지 않는 연결(남은 엔드포인트 등)도 강제로 끊기',
          en: 'Force the disconnect, e.g. to clear a stale endpoint that will not go normally',
        },
        keywords: { ko: ['강제 분리', '강제 끊기'], en: ['force', 'stale endpoint'] },
      },
    },
  },

  'network inspect': {
    summary: {
      ko: '네트워크의 서브넷, 게이트웨이, 연결된 컨테이너 등 상세 정보 출력',
      en: "Show a network's details: subnet, gateway, driver, connected containers",
    },
    keywords: {
      ko: ['네트워크 정보', '네트워크 상세', '서브넷 확인', '연결된 컨테이너', '컨테이너 ip'],
      en: ['inspect network', 'network details', 'subnet', 'gateway', 'connected containers', 'container ip'],
    },
    details: {
      ko: '기본 출력은 JSON이며 Containers 항목에 붙어 있는 컨테이너와 그 IP가 나옵니다. 여기에는 이 호스트에서 실행 중인 컨테이너만 보이고, 멈춘 컨테이너나 다른 스웜 노드의 컨테이너는 빠집니다.',
      en: 'The output is JSON; the Containers section lists the attached containers and their addresses. Only containers running on this host show up there: stopped ones, and those on other swarm nodes, are left out.',
    },
    examples: [
      'docker network inspect my-net',
      'docker network inspect -f "{{range .IPAM.Config}}{{.Subnet}}{{end}}" my-net',
      'docker network inspect bridge --format json',
    ],
    related: ['docker network ls', 'docker inspect'],
    options: {
      '--format': inspectFormat,
      '--verbose': {
        summary: {
          ko: '진단용 정보를 더 자세히 출력 (스웜 네트워크의 서비스, 피어 등)',
          en: 'Print extra diagnostic detail, such as the services and peers of a swarm network',
        },
        keywords: { ko: ['자세히', '진단', '상세 출력'], en: ['verbose', 'diagnostics', 'peers', 'services'] },
      },
    },
  },

  'network ls': {
    summary: { ko: '네트워크 목록 (이름, 드라이버, 범위)', en: 'List networks with their driver and scope' },
    keywords: {
      ko: ['네트워크 목록', '네트워크 보기', '네트워크 확인', '네트워크 조회'],
      en: ['list networks', 'networks', 'network list', 'show networks', 'ls'],
    },
    details: {
      ko: '직접 만든 네트워크 외에 기본으로 있는 bridge, host, none도 함께 나옵니다. --filter로 driver, name, label, scope, type(custom 또는 builtin), dangling=true(아무 컨테이너도 안 쓰는 것) 조건을 걸 수 있습니다.',
      en: 'Besides the networks you created, the built-in bridge, host and none are listed too. --filter accepts driver, name, label, scope, type (custom or builtin) and dangling=true (used by no container).',
    },
    examples: [
      'docker network ls',
      'docker network ls --filter driver=bridge',
      'docker network ls --filter type=custom -q',
      'docker network ls --format "{{.Name}}: {{.Driver}}"',
    ],
    related: ['docker network inspect', 'docker network create', 'docker network prune'],
    options: {
      '--filter': {
        summary: {
          ko: '조건에 맞는 네트워크만 표시 (driver=, name=, label=, type=custom, dangling=true 등)',
          en: 'Show only networks that match (driver=, name=, label=, type=custom, dangling=true…)',
        },
        keywords: { ko: ['필터', '조건 검색', '걸러 보기'], en: ['filter', 'driver', 'name', 'label', 'dangling'] },
        details: {
          ko: '여러 번 쓸 수 있습니다. 같은 종류의 조건은 하나만 맞아도 되고, 서로 다른 종류는 모두 맞아야 합니다.',
          en: 'Can be repeated. Filters of the same kind match if any one does; filters of different kinds must all match.',
        },
        examples: ['docker network ls --filter driver=bridge --filter name=app'],
      },
      '--format': listFormat,
      '--no-trunc': {
        summary: { ko: '네트워크 ID를 자르지 않고 전체 출력', en: 'Print full network IDs instead of shortened ones' },
        keywords: { ko: ['전체 id', '자르지 않기', '긴 id'], en: ['no trunc', 'full id'] },
      },
      '--quiet': {
        summary: { ko: '네트워크 ID만 출력', en: 'Print only the network IDs' },
        keywords: { ko: ['id만', '간단히', '스크립트용'], en: ['quiet', 'ids only', 'script'] },
      },
    },
  },

  'network prune': {
    summary: {
      ko: '어떤 컨테이너도 쓰지 않는 사용자 정의 네트워크를 모두 삭제',
      en: 'Remove every custom network that no container uses',
    },
    keywords: {
      ko: ['네트워크 정리', '안 쓰는 네트워크 삭제', '네트워크 청소', '일괄 삭제'],
      en: ['prune networks', 'remove unused networks', 'clean up networks', 'delete networks'],
    },
    details: {
      ko: '컨테이너가 하나도 연결되지 않은, 직접 만든 네트워크를 지웁니다. 기본 네트워크 bridge, host, none은 지우지 않습니다. 멈춘 컨테이너만 쓰는 네트워크도 사용 중으로 치지 않아 지워질 수 있고, 그러면 그 컨테이너는 다시 시작할 때 네트워크를 찾지 못해 실패합니다. 컨테이너, 이미지, 볼륨은 건드리지 않습니다.',
      en: 'Deletes the networks you created that have no container attached. The built-in bridge, host and none are never removed. A network used only by stopped containers counts as unused and can go too, after which those containers fail to start because their network is missing. Containers, images and volumes are not touched.',
    },
    examples: ['docker network prune', 'docker network prune -f', 'docker network prune --filter until=24h'],
    related: ['docker network rm', 'docker system prune', 'docker network ls'],
    options: {
      '--filter': {
        summary: {
          ko: '조건에 맞는 네트워크만 정리 (until=24h 처럼 생성 시점, label= 등)',
          en: 'Prune only networks that match (until=24h for age, label=…)',
        },
        keywords: { ko: ['필터', '오래된 것만', '라벨 조건'], en: ['filter', 'until', 'label', 'older than'] },
        examples: ['docker network prune --filter label=env=test'],
      },
      '--force': pruneForce,
    },
  },

  'network rm': {
    summary: { ko: '네트워크 하나 이상 삭제', en: 'Remove one or more networks' },
    keywords: {
      ko: ['네트워크 삭제', '네트워크 지우기', '네트워크 제거'],
      en: ['remove network', 'delete network', 'network rm', 'drop network'],
    },
    details: {
      ko: '컨테이너가 연결돼 있는 네트워크는 지워지지 않으므로 먼저 docker network disconnect로 떼거나 컨테이너를 멈추고 지웁니다. 기본 네트워크 bridge, host, none은 지울 수 없습니다. -f는 강제 삭제가 아니라, 없는 네트워크를 지정해도 오류를 내지 않게 할 뿐입니다.',
      en: 'A network with containers attached is not removed: disconnect them with docker network disconnect, or stop and remove them, first. The built-in bridge, host and none cannot be removed. -f does not force anything; it only suppresses the error for a network that does not exist.',
    },
    examples: ['docker network rm my-net', 'docker network rm backend frontend', 'docker network rm -f old-net'],
    related: ['docker network prune', 'docker network disconnect', 'docker network ls'],
    options: {
      '--force': {
        summary: {
          ko: '없는 네트워크를 지정해도 오류 없이 넘어가기 (사용 중인 네트워크를 강제로 지우지는 않음)',
          en: 'No error if the network does not exist (it does not remove one in use)',
        },
        keywords: { ko: ['오류 무시', '없어도 무시', '스크립트용'], en: ['force', 'ignore missing', 'idempotent'] },
      },
    },
  },

  // ───────────────────────── volume ─────────────────────────
  volume: {
    summary: {
      ko: '컨테이너가 지워져도 남는 데이터 저장소인 볼륨 관리',
      en: 'Manage volumes: storage that outlives the containers using it',
    },
    keywords: {
      ko: ['볼륨', '볼륨 관리', '데이터 보존', '영구 저장소', '데이터 저장'],
      en: ['volume', 'volumes', 'persistent data', 'storage', 'data volume'],
    },
    details: {
      ko: '하위 명령은 create, ls, inspect, rm, prune, update입니다. 볼륨의 데이터는 컨테이너를 지워도 남아 있으므로 데이터베이스 파일처럼 보존해야 할 것을 담습니다. update는 스웜 클러스터 볼륨 전용입니다.',
      en: 'Its subcommands are create, ls, inspect, rm, prune and update. Data in a volume survives the removal of the container, so it is the place for things like database files. update is for swarm cluster volumes only.',
    },
    related: ['docker volume create', 'docker volume ls', 'docker run'],
    options: {},
  },

  'volume create': {
    summary: {
      ko: '컨테이너에 마운트할 새 볼륨 만들기 (기본 드라이버 local)',
      en: 'Create a volume for containers to mount (local driver by default)',
    },
    keywords: {
      ko: ['볼륨 만들기', '볼륨 생성', '데이터 볼륨', 'nfs 볼륨', '이름 있는 볼륨'],
      en: ['create volume', 'new volume', 'named volume', 'nfs volume', 'persistent storage'],
    },
    details: {
      ko: '이름을 주지 않으면 임의의 긴 이름이 붙습니다. docker run -v app-data:/data 처럼 없는 볼륨 이름을 쓰면 자동으로 만들어지므로 미리 만들 필요는 없지만, 드라이버나 옵션을 지정하려면 이 명령으로 먼저 만듭니다. --availability, --group, --scope, --sharing, --type 등 나머지 옵션은 스웜의 CSI 클러스터 볼륨용입니다.',
      en: 'Without a name it gets a long random one. docker run -v app-data:/data creates a missing volume on the fly, so creating one first is only needed to choose a driver or options. The remaining flags (--availability, --group, --scope, --sharing, --type and the like) are for swarm CSI cluster volumes.',
    },
    examples: [
      'docker volume create app-data',
      'docker volume create --label project=shop db-data',
      'docker volume create --driver local --opt type=nfs --opt o=addr=10.0.0.5,rw --opt device=:/exports/app app-nfs',
    ],
    related: ['docker volume ls', 'docker volume inspect', 'docker run'],
    options: {
      '--availability': volumeAvailability,
      '--driver': {
        summary: { ko: '볼륨 드라이버 선택 (기본 local)', en: 'Pick the volume driver (default local)' },
        keywords: { ko: ['드라이버', '볼륨 드라이버', '저장소 종류'], en: ['driver', 'volume driver', 'plugin', 'local'] },
        details: {
          ko: 'local은 호스트 디스크에 저장하며, --opt로 NFS나 tmpfs 같은 마운트도 할 수 있습니다. 플러그인으로 설치한 드라이버를 쓰면 원격 스토리지에 볼륨을 둘 수 있습니다.',
          en: 'local stores data on the host disk and, with --opt, can also mount NFS, tmpfs and the like. A plugin driver lets the volume live on remote storage.',
        },
        examples: ['docker volume create -d local --opt type=tmpfs --opt device=tmpfs --opt o=size=100m scratch'],
      },
      '--group': {
        summary: { ko: '클러스터 볼륨을 묶을 그룹 이름 (서비스가 그룹 단위로 볼륨 선택)', en: 'Group name for a cluster volume, so services can ask for any volume of the group' },
        keywords: { ko: ['볼륨 그룹', '클러스터 볼륨'], en: ['group', 'cluster volume', 'csi'] },
      },
      '--label': {
        summary: { ko: '볼륨에 메타데이터 라벨 붙이기 (key=value)', en: 'Attach a key=value label to the volume' },
        keywords: { ko: ['라벨', '레이블', '메타데이터', '태그'], en: ['label', 'metadata', 'tag'] },
        details: {
          ko: '라벨은 docker volume ls --filter label=… 로 찾거나, docker volume prune --filter 로 정리 대상을 고를 때 씁니다.',
          en: 'Labels let you find volumes with docker volume ls --filter label=…, or choose what docker volume prune --filter removes.',
        },
        examples: ['docker volume create --label project=shop --label env=dev shop-data'],
      },
      '--limit-bytes': {
        summary: { ko: '클러스터 볼륨의 최대 크기 (바이트)', en: 'Largest size allowed for the cluster volume, in bytes' },
        keywords: { ko: ['최대 크기', '용량 제한', '클러스터 볼륨'], en: ['limit bytes', 'max size', 'capacity', 'csi'] },
      },
      '--opt': {
        summary: { ko: '볼륨 드라이버 전용 옵션 (key=value, 예: type=nfs)', en: 'Pass a driver-specific option (key=value, e.g. type=nfs)' },
        keywords: { ko: ['드라이버 옵션', 'nfs', 'tmpfs', '마운트 옵션'], en: ['driver options', 'opt', 'nfs', 'tmpfs', 'mount options'] },
        details: {
          ko: 'local 드라이버에서는 type(파일시스템 종류), o(마운트 옵션), device(장치나 원격 경로)를 받아 리눅스 mount와 같은 방식으로 마운트합니다. 마운트는 볼륨을 만들 때가 아니라 컨테이너가 처음 쓸 때 이루어지므로, 값이 틀렸으면 그때 오류가 납니다.',
          en: 'With the local driver it takes type (filesystem type), o (mount options) and device (device or remote path), mounted the way Linux mount does. The mount happens when a container first uses the volume, not at create time, so a wrong value shows up only then.',
        },
        examples: ['docker volume create --opt type=nfs --opt o=addr=10.0.0.5,rw --opt device=:/exports/app app-nfs'],
      },
      '--required-bytes': {
        summary: { ko: '클러스터 볼륨이 최소한 가져야 할 크기 (바이트)', en: 'Smallest size the cluster volume must have, in bytes' },
        keywords: { ko: ['최소 크기', '필요 용량', '클러스터 볼륨'], en: ['required bytes', 'min size', 'capacity', 'csi'] },
      },
      '--scope': {
        summary: {
          ko: '클러스터 볼륨을 한 노드(single)에서만 또는 여러 노드(multi)에서 쓸지 (기본 single)',
          en: 'Whether one node (single) or many nodes (multi) may use the cluster volume (default single)',
        },
        keywords: { ko: ['접근 범위', '노드 범위', '클러스터 볼륨'], en: ['scope', 'single', 'multi', 'csi'] },
        values: ['single', 'multi'],
      },
      '--secret': {
        summary: { ko: 'CSI 드라이버에 넘길 스웜 시크릿 (key=시크릿이름)', en: 'Swarm secrets to hand to the CSI driver (key=secret-name)' },
        keywords: { ko: ['시크릿', '비밀값', '클러스터 볼륨'], en: ['secret', 'credentials', 'csi'] },
      },
      '--sharing': {
        summary: {
          ko: '클러스터 볼륨을 여러 작업이 어떻게 나눠 쓸지: none, readonly, onewriter, all (기본 none)',
          en: 'How tasks may share the cluster volume: none, readonly, onewriter, all (default none)',
        },
        keywords: { ko: ['공유 방식', '읽기 전용 공유', '동시 사용'], en: ['sharing', 'readonly', 'onewriter', 'csi'] },
        values: ['none', 'readonly', 'onewriter', 'all'],
      },
      '--topology-preferred': {
        summary: { ko: '클러스터 볼륨을 되도록 두고 싶은 토폴로지(지역, 영역 등)', en: 'Topology (region, zone…) where the cluster volume should preferably be' },
        keywords: { ko: ['선호 위치', '토폴로지', '영역'], en: ['topology preferred', 'zone', 'region', 'csi'] },
      },
      '--topology-required': {
        summary: { ko: '클러스터 볼륨에 반드시 접근할 수 있어야 하는 토폴로지', en: 'Topology from which the cluster volume must be reachable' },
        keywords: { ko: ['필수 위치', '토폴로지', '영역'], en: ['topology required', 'zone', 'region', 'csi'] },
      },
      '--type': {
        summary: {
          ko: '클러스터 볼륨 접근 방식: 파일시스템 마운트(mount) 또는 블록 장치(block), 기본 block',
          en: 'Cluster volume access type: filesystem (mount) or raw block device (block); default block',
        },
        keywords: { ko: ['접근 방식', '블록 장치', '파일시스템'], en: ['type', 'mount', 'block', 'csi'] },
        values: ['mount', 'block'],
      },
    },
  },

  'volume inspect': {
    summary: {
      ko: '볼륨의 드라이버, 실제 저장 경로, 라벨 등 상세 정보 출력',
      en: "Show a volume's details: driver, mount point on the host, labels",
    },
    keywords: {
      ko: ['볼륨 정보', '볼륨 상세', '볼륨 경로', '저장 위치 확인', '마운트 포인트'],
      en: ['inspect volume', 'volume details', 'volume path', 'mountpoint', 'where is volume data'],
    },
    details: {
      ko: 'Mountpoint는 Docker 엔진이 도는 호스트의 경로입니다. Docker Desktop에서는 엔진이 가상 머신 안에 있어 그 경로가 내 컴퓨터의 파일 탐색기에서 보이지 않습니다. 기본 출력은 JSON입니다.',
      en: 'Mountpoint is a path on the host where the engine runs. With Docker Desktop the engine lives in a VM, so that path is not visible from your own file browser. The output is JSON by default.',
    },
    examples: ['docker volume inspect app-data', 'docker volume inspect -f "{{.Mountpoint}}" app-data'],
    related: ['docker volume ls', 'docker inspect'],
    options: { '--format': inspectFormat },
  },

  'volume ls': {
    summary: { ko: '볼륨 목록 (드라이버와 이름)', en: 'List volumes with their driver' },
    keywords: {
      ko: ['볼륨 목록', '볼륨 보기', '볼륨 확인', '안 쓰는 볼륨 찾기'],
      en: ['list volumes', 'volumes', 'volume list', 'show volumes', 'dangling volumes'],
    },
    details: {
      ko: '--filter dangling=true 로 어떤 컨테이너도 쓰지 않는 볼륨만 골라 볼 수 있어, 정리하기 전에 확인하기 좋습니다. 그 밖에 name, driver, label 조건도 쓸 수 있습니다.',
      en: '--filter dangling=true shows only volumes no container uses, a good check before cleaning up. name, driver and label filters work too.',
    },
    examples: [
      'docker volume ls',
      'docker volume ls --filter dangling=true',
      'docker volume ls -q --filter label=project=shop',
    ],
    related: ['docker volume inspect', 'docker volume prune', 'docker system df'],
    options: {
      '--cluster': {
        summary: { ko: '스웜 클러스터 볼륨만, 클러스터용 열로 표시', en: 'Show only swarm cluster volumes, with cluster columns' },
        keywords: { ko: ['클러스터 볼륨', '스웜 볼륨'], en: ['cluster', 'csi', 'swarm volumes'] },
      },
      '--filter': {
        summary: {
          ko: '조건에 맞는 볼륨만 표시 (dangling=true, name=, driver=, label= 등)',
          en: 'Show only volumes that match (dangling=true, name=, driver=, label=…)',
        },
        keywords: { ko: ['필터', '조건 검색', '안 쓰는 볼륨'], en: ['filter', 'dangling', 'label', 'name', 'driver'] },
        examples: ['docker volume ls --filter name=app'],
      },
      '--format': listFormat,
      '--quiet': {
        summary: { ko: '볼륨 이름만 출력', en: 'Print only the volume names' },
        keywords: { ko: ['이름만', '간단히', '스크립트용'], en: ['quiet', 'names only', 'script'] },
      },
    },
  },

  'volume prune': {
    summary: {
      ko: '어떤 컨테이너도 쓰지 않는 로컬 볼륨 삭제 (기본은 익명 볼륨만, -a면 이름 있는 볼륨도)',
      en: 'Remove local volumes no container uses: anonymous ones by default, named too with -a',
    },
    keywords: {
      ko: ['볼륨 정리', '안 쓰는 볼륨 삭제', '볼륨 청소', '디스크 정리', '익명 볼륨 삭제'],
      en: ['prune volumes', 'remove unused volumes', 'clean up volumes', 'free disk space', 'anonymous volumes'],
    },
    details: {
      ko: 'Docker 23부터는 기본으로 이름 없는(익명) 볼륨만 지우고, 이름을 붙인 볼륨은 -a를 줘야 함께 지웁니다. 멈춘 컨테이너라도 어떤 컨테이너가 쓰고 있는 볼륨은 남습니다. 지운 볼륨의 데이터는 되살릴 수 없으니 먼저 docker volume ls --filter dangling=true 로 대상을 확인하세요.',
      en: 'Since Docker 23 it removes only anonymous volumes by default; named volumes go too only with -a. A volume used by any container, even a stopped one, is kept. Deleted volume data cannot be recovered, so check with docker volume ls --filter dangling=true first.',
    },
    examples: [
      'docker volume prune',
      'docker volume prune -a',
      'docker volume prune -a --filter label=env=test -f',
    ],
    related: ['docker volume rm', 'docker volume ls', 'docker system prune'],
    options: {
      '--all': {
        summary: {
          ko: '익명 볼륨뿐 아니라 쓰지 않는 이름 있는 볼륨까지 모두 삭제',
          en: 'Also remove unused named volumes, not just anonymous ones',
        },
        keywords: { ko: ['전부 삭제', '이름 있는 볼륨 포함', '모든 볼륨'], en: ['all', 'named volumes', 'everything unused'] },
        details: {
          ko: '컨테이너가 참조하지 않는 볼륨이라면 이름이 있어도 지워지므로, 컨테이너를 지워 둔 채 데이터만 남겨 둔 볼륨도 사라집니다. 지키고 싶은 볼륨이 있으면 --filter label!=… 로 빼 두세요.',
          en: 'Any volume no container refers to is removed, named or not, including data you kept on purpose after deleting its container. Protect such volumes with a --filter label!=… exclusion.',
        },
        examples: ['docker volume prune -a --filter label!=keep'],
      },
      '--filter': {
        summary: {
          ko: '조건에 맞는 볼륨만 정리 (label=, label!= 등)',
          en: 'Prune only volumes that match (label=, label!=…)',
        },
        keywords: { ko: ['필터', '라벨 조건', '제외 조건'], en: ['filter', 'label', 'exclude'] },
        details: {
          ko: 'label=키 또는 label=키=값 이면 그 라벨이 있는 볼륨만, label!=… 이면 그 라벨이 없는 볼륨만 대상이 됩니다. -a와 함께 써서 지울 범위를 좁히는 데 씁니다.',
          en: 'label=KEY or label=KEY=VALUE limits pruning to volumes with that label; label!=… to volumes without it. Pair it with -a to narrow what gets removed.',
        },
        examples: ['docker volume prune --filter label=env=test'],
      },
      '--force': pruneForce,
    },
  },

  'volume rm': {
    summary: { ko: '볼륨 하나 이상과 그 안의 데이터 삭제', en: 'Remove one or more volumes and the data in them' },
    keywords: {
      ko: ['볼륨 삭제', '볼륨 지우기', '볼륨 제거', '데이터 삭제'],
      en: ['remove volume', 'delete volume', 'volume rm', 'volume in use'],
    },
    details: {
      ko: '볼륨을 쓰는 컨테이너가 있으면, 멈춘 상태여도 삭제가 거부됩니다. 그 컨테이너를 먼저 docker rm으로 지운 뒤 실행하세요. -f를 줘도 사용 중인 볼륨은 지워지지 않습니다. 지운 데이터는 복구할 수 없습니다.',
      en: 'It refuses to remove a volume that any container uses, even a stopped one: remove that container with docker rm first. -f does not get around this. The data is gone for good once removed.',
    },
    examples: ['docker volume rm app-data', 'docker volume rm db-data cache-data'],
    related: ['docker volume prune', 'docker rm', 'docker volume ls'],
    options: {
      '--force': {
        summary: {
          ko: '드라이버 쪽에서 이미 사라진 볼륨의 기록도 강제로 정리 (사용 중인 볼륨은 여전히 지우지 않음)',
          en: "Force removal, e.g. of a volume its driver already lost (still won't remove one in use)",
        },
        keywords: { ko: ['강제 삭제', '기록 정리'], en: ['force', 'purge', 'stale volume'] },
      },
    },
  },

  'volume update': {
    summary: {
      ko: '스웜 클러스터 볼륨의 가용 상태 변경 (클러스터 볼륨 전용)',
      en: 'Change the availability of a swarm cluster volume (cluster volumes only)',
    },
    keywords: {
      ko: ['볼륨 수정', '클러스터 볼륨', '볼륨 비우기', '볼륨 상태 변경'],
      en: ['update volume', 'cluster volume', 'drain volume', 'csi', 'availability'],
    },
    details: {
      ko: '스웜 매니저에서 CSI 클러스터 볼륨에만 쓸 수 있고, 일반 로컬 볼륨에는 바꿀 수 있는 설정이 없습니다. 볼륨을 지우기 전에는 보통 drain으로 바꿔 쓰는 작업을 먼저 비웁니다.',
      en: 'Works only for CSI cluster volumes, from a swarm manager; ordinary local volumes have nothing to update. Before removing a cluster volume, setting it to drain first moves its tasks off it.',
    },
    examples: ['docker volume update --availability drain db-vol'],
    related: ['docker volume create', 'docker volume ls'],
    options: { '--availability': volumeAvailability },
  },
};
