/** Words for the compose commands: see ./types.ts. */
import type { FlagWords, WordsFile } from './types.js';

// Flags that several compose commands share, with the same meaning.

const index: FlagWords = {
  summary: {
    ko: '서비스가 여러 컨테이너(레플리카)로 떠 있을 때 몇 번째 컨테이너를 쓸지 지정',
    en: 'Pick which container to use when the service runs several replicas',
  },
  keywords: { ko: ['레플리카 번호', '컨테이너 번호', '몇 번째'], en: ['replica', 'index', 'container number'] },
};

const removeOrphans: FlagWords = {
  summary: {
    ko: 'Compose 파일에서 빠진 서비스의 컨테이너(고아 컨테이너)도 멈추고 삭제',
    en: 'Also stop and remove containers of services that are no longer in the Compose file',
  },
  keywords: { ko: ['고아 컨테이너', '남은 컨테이너 정리', '삭제된 서비스'], en: ['orphans', 'orphan containers', 'renamed service', 'cleanup'] },
};

const removeOrphansDetailed: FlagWords = {
  ...removeOrphans,
  details: {
    ko: '파일에서 서비스 이름을 바꾸거나 지워도 예전 컨테이너는 그대로 남고, Compose는 고아 컨테이너가 있다고 경고만 합니다. 이 플래그는 그런 컨테이너만 정리하고, 파일에 있는 서비스의 컨테이너는 건드리지 않습니다. 평소 여러 -f 파일이나 프로필로 띄우는데 이번에 일부만 지정했다면, 빠진 쪽 서비스도 고아로 보고 지우니 주의하세요.',
    en: 'Renaming or deleting a service in the file leaves its old container behind, and Compose only warns about orphans. This flag removes just those containers; containers of the services in the file are left alone. If you normally run with several -f files or profiles and leave some out this time, their services count as orphans and are removed too.',
  },
};

const timeout: FlagWords = {
  summary: {
    ko: '컨테이너가 스스로 멈추기를 기다릴 시간(초). 지나면 강제 종료',
    en: 'Seconds to wait for containers to stop cleanly before they are killed',
  },
  keywords: { ko: ['대기 시간', '유예 시간', '타임아웃', '강제 종료'], en: ['timeout', 'grace period', 'shutdown timeout', 'seconds'] },
};

const quietPull: FlagWords = {
  summary: { ko: '이미지를 받을 때 진행 상황을 출력하지 않음', en: 'Pull images without printing progress' },
  keywords: { ko: ['조용히 받기', '진행률 숨김', '풀 출력 숨김'], en: ['quiet pull', 'no progress', 'silent pull'] },
};

const pullPolicy: FlagWords = {
  summary: {
    ko: '시작 전에 이미지를 언제 받을지 (always, missing, never 등). 기본은 서비스의 pull_policy를 따름',
    en: "When to pull images first (always, missing, never…); by default each service's pull_policy",
  },
  keywords: { ko: ['이미지 받기', '풀 정책', '항상 받기', '최신 이미지'], en: ['pull policy', 'always pull', 'missing', 'never pull'] },
};

const yes: FlagWords = {
  summary: { ko: '모든 확인 질문에 예로 답하고 묻지 않고 진행', en: 'Answer yes to every prompt and run without asking' },
  keywords: { ko: ['자동 승인', '확인 생략', '묻지 않기', '비대화형'], en: ['yes', 'non-interactive', 'assume yes', 'no prompt'] },
};

const build: FlagWords = {
  summary: { ko: '이미지가 이미 있어도 시작 전에 다시 빌드', en: 'Build images before starting, even if they already exist' },
  keywords: { ko: ['다시 빌드', '재빌드', '빌드 후 실행', '변경 반영'], en: ['build', 'rebuild', 'build first', 'dockerfile changed'] },
};

const noBuild: FlagWords = {
  summary: { ko: 'build 설정이 있는 서비스라도 이미지를 빌드하지 않음', en: 'Never build images, even for services with a build section' },
  keywords: { ko: ['빌드 안 함', '빌드 생략', '있는 이미지 사용'], en: ['no build', 'skip build', 'existing image'] },
};

const forceRecreate: FlagWords = {
  summary: { ko: '설정과 이미지가 그대로여도 컨테이너를 지우고 새로 만듦', en: 'Recreate containers even when their configuration and image are unchanged' },
  keywords: { ko: ['강제 재생성', '새로 만들기', '컨테이너 교체', '다시 만들기'], en: ['force recreate', 'recreate', 'fresh container', 'replace container'] },
};

const noRecreate: FlagWords = {
  summary: {
    ko: '컨테이너가 이미 있으면 설정이 바뀌었어도 다시 만들지 않음 (--force-recreate와 함께 못 씀)',
    en: 'Keep existing containers even if their configuration changed; not with --force-recreate',
  },
  keywords: { ko: ['재생성 안 함', '기존 컨테이너 유지', '그대로 두기'], en: ['no recreate', 'keep containers', 'keep existing'] },
};

const scale: FlagWords = {
  summary: {
    ko: '서비스의 컨테이너 개수를 서비스=개수로 지정 (파일의 scale보다 우선)',
    en: 'Run this many containers of a service (worker=3), overriding the scale in the file',
  },
  keywords: { ko: ['개수 늘리기', '스케일', '레플리카 수', '여러 개 띄우기'], en: ['scale', 'replicas', 'instances', 'scale out'] },
};

const noColor: FlagWords = {
  summary: { ko: '로그를 색 없이 흑백으로 출력', en: 'Print logs without colours' },
  keywords: { ko: ['색 없음', '흑백 출력', '색상 끄기'], en: ['no color', 'monochrome', 'plain output'] },
};

const noLogPrefix: FlagWords = {
  summary: { ko: '로그 줄 앞에 서비스 이름을 붙이지 않음', en: "Don't put the service name in front of each log line" },
  keywords: { ko: ['접두어 없음', '서비스 이름 숨김', '원본 로그'], en: ['no prefix', 'raw logs', 'hide service name'] },
};

const envVar: FlagWords = {
  summary: { ko: '명령을 실행할 때 쓸 환경 변수 지정 (KEY=값, 여러 번 가능)', en: 'Set an environment variable for the command (KEY=value, repeatable)' },
  keywords: { ko: ['환경 변수', '환경변수 설정', '변수 넘기기'], en: ['env', 'environment variable', 'set variable'] },
};

const user: FlagWords = {
  summary: { ko: '명령을 실행할 사용자 (이름 또는 UID[:GID])', en: 'Run the command as this user (name or UID[:GID])' },
  keywords: { ko: ['사용자 지정', '루트로 실행', '권한'], en: ['user', 'run as root', 'uid', 'as user'] },
};

const workdir: FlagWords = {
  summary: { ko: '명령을 실행할 컨테이너 안의 작업 디렉터리', en: 'Working directory inside the container for the command' },
  keywords: { ko: ['작업 디렉터리', '작업 폴더', '경로 지정'], en: ['workdir', 'working directory', 'cwd'] },
};

const noTty: FlagWords = {
  summary: {
    ko: '가상 터미널(TTY)을 붙이지 않음. 스크립트나 파이프에서 사용 (기본은 TTY를 붙임)',
    en: 'Do not allocate a TTY, for scripts and pipes (a TTY is allocated by default)',
  },
  keywords: { ko: ['TTY 끄기', '스크립트용', '파이프', '비대화형'], en: ['no tty', 'script', 'ci', 'pipe output', 'non-interactive'] },
};

const tableOrJson: FlagWords = {
  summary: { ko: '출력 형식: table(기본) 또는 json', en: 'Output format: table (default) or json' },
  keywords: { ko: ['출력 형식', 'JSON 출력', '포맷'], en: ['format', 'json', 'table', 'output format'] },
};

export const composeWords: WordsFile = {
  compose: {
    summary: {
      ko: '여러 컨테이너로 이뤄진 앱을 compose.yaml 하나로 정의해 한꺼번에 띄우고 관리하는 도구',
      en: 'Define a multi-container app in compose.yaml and run and manage it as one project',
    },
    keywords: {
      ko: ['도커 컴포즈', '컴포즈', '여러 컨테이너', '멀티 컨테이너', '서비스 정의', '프로젝트', '컴포즈 파일'],
      en: ['compose', 'docker compose', 'docker-compose', 'multi-container', 'compose.yaml', 'stack', 'services'],
    },
    details: {
      ko: 'compose.yaml(또는 docker-compose.yml)에 적은 서비스, 네트워크, 볼륨을 하나의 프로젝트로 묶어 명령 하나로 만들고, 띄우고, 정리합니다. 하이픈이 들어간 docker-compose는 Python으로 만든 v1 시절의 이름이고, 지금의 v2는 같은 도구를 Go로 다시 만든 Docker CLI 플러그인이라 docker compose로 실행합니다. 프로젝트 이름은 따로 정하지 않으면 Compose 파일이 있는 디렉터리 이름이 되고, 컨테이너 이름은 프로젝트-서비스-번호 꼴이 됩니다. -f, -p 같은 전역 플래그는 하위 명령보다 앞에 씁니다(docker compose -f a.yml -p proj up -d).',
      en: 'Compose groups the services, networks and volumes written in compose.yaml (or docker-compose.yml) into one project that you create, start and clean up with single commands. docker-compose with a hyphen is the old spelling from v1, written in Python; v2 is the same tool rewritten in Go as a Docker CLI plugin and runs as docker compose. Unless you name it, the project is named after the directory of the Compose file, and containers are named project-service-number. Global flags such as -f and -p go before the subcommand: docker compose -f a.yml -p proj up -d.',
    },
    examples: [
      'docker compose up -d',
      'docker compose -f compose.yaml -f compose.prod.yaml up -d',
      'docker compose -p shop ps',
      'docker compose --profile debug up -d',
    ],
    related: ['docker compose up', 'docker compose down', 'docker compose ps', 'docker compose config'],
    options: {
      '--all-resources': {
        summary: { ko: '서비스가 쓰지 않는 리소스(네트워크, 볼륨 등)까지 모두 포함', en: 'Include every resource in the file, even those no service uses' },
        keywords: { ko: ['모든 리소스', '안 쓰는 리소스 포함'], en: ['all resources', 'unused resources'] },
      },
      '--ansi': {
        summary: { ko: '색과 커서 제어용 ANSI 문자를 언제 출력할지: never, always, auto(기본)', en: 'When to print ANSI colour and control codes: never, always or auto (default)' },
        keywords: { ko: ['색상 출력', '컬러 끄기', '터미널 색'], en: ['ansi', 'color', 'colour', 'no color'] },
        values: ['never', 'always', 'auto'],
      },
      '--compatibility': {
        summary: { ko: 'v1(docker-compose)과 다른 부분을 v1처럼 동작 (예: 밑줄로 이은 컨테이너 이름)', en: 'Behave like Compose v1 where they differ, e.g. container names joined with underscores' },
        keywords: { ko: ['호환 모드', 'v1 호환', '옛 이름 규칙'], en: ['compatibility', 'v1', 'docker-compose', 'underscore names'] },
      },
      '--dry-run': {
        summary: { ko: '실제로 바꾸지 않고 어떤 작업을 할지만 보여 줌', en: 'Show what the command would do without changing anything' },
        keywords: { ko: ['미리 보기', '시험 실행', '드라이런'], en: ['dry run', 'preview', 'simulate', 'what if'] },
      },
      '--env-file': {
        summary: { ko: '파일의 ${변수}를 채울 때 .env 대신 읽을 환경 파일 (여러 번 가능)', en: 'Read this file instead of .env to fill in ${VARS} in the Compose file (repeatable)' },
        keywords: { ko: ['환경 파일', '.env 파일', '변수 파일', '환경별 설정'], en: ['env file', '.env', 'variables', 'interpolation'] },
        details: {
          ko: '기본으로 Compose는 프로젝트 디렉터리의 .env를 읽어 compose.yaml 안의 ${TAG} 같은 변수를 채웁니다. --env-file을 주면 .env 대신 그 파일을 읽고, 여러 개면 뒤의 파일 값이 앞의 것을 덮습니다. 이 값은 파일을 채우는 데만 쓰일 뿐 컨테이너 환경 변수로 자동 전달되지 않으니, 컨테이너에 넘기려면 서비스의 environment나 env_file에 적어야 합니다.',
          en: 'By default Compose reads .env in the project directory to fill in variables such as ${TAG} in compose.yaml. With --env-file it reads that file instead; given several times, later files override earlier ones. These values only fill in the file; they are not passed into containers by themselves, which needs the service\'s environment or env_file.',
        },
        examples: ['docker compose --env-file .env.prod up -d'],
      },
      '--file': {
        summary: { ko: '쓸 Compose 파일 지정. 여러 번 주면 순서대로 합침', en: 'Compose file to use; given several times, the files are merged in order' },
        keywords: { ko: ['컴포즈 파일 지정', '파일 지정', '설정 파일', '파일 합치기', '오버라이드'], en: ['file', 'compose file', 'override', 'merge files', 'yaml'] },
        details: {
          ko: '주지 않으면 현재 디렉터리(없으면 상위 디렉터리)에서 compose.yaml, docker-compose.yml 등을 찾고, compose.override.yaml이 있으면 자동으로 겹쳐 씁니다. -f를 여러 번 주면 앞에서부터 합치며 뒤 파일의 값이 앞의 값을 덮고, 이때 override 파일은 자동으로 읽지 않습니다. 상대 경로는 첫 번째 파일의 디렉터리를 기준으로 풀립니다. 하위 명령 앞에 써야 합니다.',
          en: 'Without it, Compose looks for compose.yaml, docker-compose.yml and similar names in the current directory (then its parents), and layers compose.override.yaml on top if it exists. Several -f files are merged from first to last, later values winning, and no override file is added automatically then. Relative paths are resolved from the directory of the first file. It goes before the subcommand.',
        },
        examples: ['docker compose -f compose.yaml -f compose.prod.yaml up -d'],
      },
      '--parallel': {
        summary: { ko: '동시에 처리할 작업(풀, 빌드 등)의 최대 개수. -1(기본)은 제한 없음', en: 'Most operations (pulls, builds…) to run at once; -1, the default, means no limit' },
        keywords: { ko: ['병렬 처리', '동시 실행 수', '동시성 제한'], en: ['parallel', 'concurrency', 'limit parallelism'] },
      },
      '--profile': {
        summary: { ko: '켤 프로필 지정. 그 프로필에 속한 서비스도 함께 대상이 됨 (여러 번 가능)', en: 'Enable a profile so its services are included too (repeatable)' },
        keywords: { ko: ['프로필', '선택 서비스', '디버그 서비스', '서비스 묶음'], en: ['profile', 'profiles', 'optional services', 'compose_profiles'] },
        details: {
          ko: 'profiles가 없는 서비스는 항상 대상이지만, profiles를 단 서비스는 그 프로필을 켰을 때만 포함됩니다. 디버그 도구나 관리용 서비스를 평소에는 빼 두는 데 씁니다. 여러 프로필은 플래그를 반복하거나 COMPOSE_PROFILES 환경 변수로 켭니다.',
          en: 'Services without profiles are always included; a service with profiles is included only when one of them is enabled. It keeps debug tools or admin services out of everyday runs. Enable several by repeating the flag or through the COMPOSE_PROFILES environment variable.',
        },
        examples: ['docker compose --profile debug up -d'],
      },
      '--progress': {
        summary: { ko: '진행 상황 표시 방식: auto(기본), tty, plain, json, quiet', en: 'How to show progress: auto (default), tty, plain, json or quiet' },
        keywords: { ko: ['진행 표시', '진행률', '출력 방식'], en: ['progress', 'plain output', 'ci logs', 'quiet'] },
        values: ['auto', 'tty', 'plain', 'json', 'quiet'],
      },
      '--project-directory': {
        summary: { ko: '상대 경로와 .env의 기준이 될 프로젝트 디렉터리 (기본은 첫 Compose 파일의 위치)', en: 'Base directory for relative paths and .env (default: where the first Compose file is)' },
        keywords: { ko: ['프로젝트 디렉터리', '작업 디렉터리', '기준 경로'], en: ['project directory', 'working directory', 'base path'] },
        details: {
          ko: '파일 안의 build: . 이나 ./data 같은 상대 경로, 그리고 .env 파일을 이 디렉터리를 기준으로 찾습니다. 다른 곳에 있는 Compose 파일을 쓰면서 경로는 현재 디렉터리 기준으로 풀고 싶을 때 씁니다.',
          en: 'Relative paths in the file, such as build: . or ./data, and the .env file are looked up from this directory. Use it when the Compose file lives elsewhere but paths should resolve from another directory.',
        },
        examples: ['docker compose --project-directory ./app -f ./deploy/compose.yaml up -d'],
      },
      '--project-name': {
        summary: { ko: '프로젝트 이름 지정 (기본은 디렉터리 이름). 컨테이너와 네트워크 이름 앞에 붙음', en: 'Project name (default: the directory name), used to name containers and networks' },
        keywords: { ko: ['프로젝트 이름', '프로젝트명', '이름 지정', '여러 벌 띄우기'], en: ['project name', 'name', 'compose_project_name', 'namespace'] },
        details: {
          ko: '순서대로 -p, COMPOSE_PROJECT_NAME 환경 변수, 파일 맨 위의 name:, 디렉터리 이름 중 먼저 있는 것이 프로젝트 이름이 됩니다. 같은 파일도 이름을 달리 주면 서로 다른 컨테이너, 네트워크, 볼륨을 가진 별개의 프로젝트가 됩니다. 띄울 때 -p를 줬다면 ps, logs, down 때도 같은 이름을 줘야 그 컨테이너를 찾습니다.',
          en: 'The name comes from -p, else the COMPOSE_PROJECT_NAME variable, else the top-level name: in the file, else the directory name. The same file run under two names gives two separate projects with their own containers, networks and volumes. If you started it with -p, pass the same name to ps, logs and down, or Compose will not find its containers.',
        },
        examples: ['docker compose -p shop up -d'],
      },
    },
  },

  'compose attach': {
    summary: { ko: '실행 중인 서비스 컨테이너의 입출력에 터미널 연결', en: "Attach your terminal to the input and output of a service's running container" },
    keywords: { ko: ['붙기', '연결', '컨테이너 연결', '출력 보기', '어태치'], en: ['attach', 'connect', 'stdin', 'console', 'attach service'] },
    related: ['docker attach', 'docker compose exec', 'docker compose logs'],
    options: {
      '--detach-keys': {
        summary: { ko: '컨테이너를 멈추지 않고 연결만 끊는 키 조합을 바꿈 (기본 Ctrl+P Ctrl+Q)', en: 'Key sequence that detaches without stopping the container (default Ctrl+P Ctrl+Q)' },
        keywords: { ko: ['분리 키', '연결 끊기', '단축키'], en: ['detach keys', 'ctrl-p ctrl-q', 'detach'] },
      },
      '--index': index,
      '--no-stdin': {
        summary: { ko: '표준 입력은 연결하지 않고 출력만 봄', en: 'Do not attach standard input, only watch the output' },
        keywords: { ko: ['입력 안 함', '출력만 보기', '읽기 전용'], en: ['no stdin', 'output only', 'read only'] },
      },
      '--sig-proxy': {
        summary: { ko: '받은 시그널(Ctrl+C 등)을 컨테이너 프로세스에 전달 (기본 켜짐)', en: 'Pass signals you send, such as Ctrl+C, on to the container process (default on)' },
        keywords: { ko: ['시그널 전달', 'Ctrl+C 전달', '신호'], en: ['signal proxy', 'ctrl-c', 'forward signals'] },
      },
    },
  },

  'compose build': {
    summary: { ko: 'build 설정이 있는 서비스의 이미지를 빌드하거나 다시 빌드', en: 'Build or rebuild the images of the services that have a build section' },
    keywords: {
      ko: ['이미지 빌드', '빌드', '재빌드', '다시 빌드', '컴포즈 빌드', '도커파일 빌드'],
      en: ['build', 'rebuild', 'compose build', 'build images', 'dockerfile', 'docker-compose build'],
    },
    details: {
      ko: 'build 항목이 있는 서비스만 빌드하고, image만 적힌 서비스는 건너뜁니다. 이미지를 만들 뿐 실행 중인 컨테이너는 바꾸지 않으니, 새 이미지를 쓰려면 이어서 docker compose up -d를 하거나 처음부터 up --build를 씁니다. 이미지 이름은 image를 적었으면 그 이름, 아니면 프로젝트-서비스 꼴로 붙습니다.',
      en: 'Only services with a build section are built; services with just an image are skipped. It makes images but does not touch running containers: follow with docker compose up -d, or use up --build in one step. The image is named by the service\'s image field if set, otherwise project-service.',
    },
    examples: [
      'docker compose build',
      'docker compose build --no-cache web',
      'docker compose build --pull --build-arg NODE_ENV=production web',
    ],
    related: ['docker compose up', 'docker build', 'docker buildx bake', 'docker compose push'],
    options: {
      '--build-arg': {
        summary: { ko: '빌드할 때 쓸 빌드 인자(ARG) 값 지정 (KEY=값)', en: 'Set a build argument (ARG) for the build (KEY=value)' },
        keywords: { ko: ['빌드 인자', '빌드 변수', 'ARG 값'], en: ['build arg', 'arg', 'build variable'] },
      },
      '--builder': {
        summary: { ko: '빌드에 쓸 buildx 빌더 지정', en: 'Buildx builder to build with' },
        keywords: { ko: ['빌더 지정', '빌드 환경'], en: ['builder', 'buildx builder'] },
      },
      '--check': {
        summary: { ko: '빌드하지 않고 빌드 설정과 Dockerfile만 검사', en: 'Check the build configuration and Dockerfile without building' },
        keywords: { ko: ['빌드 검사', '도커파일 검사', '린트'], en: ['check', 'lint', 'build checks'] },
      },
      '--memory': {
        summary: { ko: '빌드 컨테이너의 메모리 한도 (BuildKit에서는 지원되지 않음)', en: 'Memory limit for the build container (not supported by BuildKit)' },
        keywords: { ko: ['메모리 제한', '빌드 메모리'], en: ['memory', 'memory limit'] },
      },
      '--no-cache': {
        summary: { ko: '빌드 캐시를 쓰지 않고 모든 단계를 처음부터 다시 실행', en: 'Run every build step again without using the cache' },
        keywords: { ko: ['캐시 없이', '캐시 무시', '처음부터 빌드', '깨끗한 빌드'], en: ['no cache', 'clean build', 'fresh build', 'ignore cache'] },
        details: {
          ko: '캐시된 RUN 단계 결과(예: 오래된 패키지 목록)를 믿을 수 없을 때 씁니다. 모든 단계를 다시 하니 빌드가 훨씬 오래 걸립니다. 베이스 이미지를 새로 받는 것은 이 플래그가 아니라 --pull이 합니다.',
          en: 'Use it when cached RUN results, such as a stale package index, cannot be trusted. Every step runs again, so the build takes much longer. Fetching a newer base image is the job of --pull, not this flag.',
        },
        examples: ['docker compose build --no-cache web'],
      },
      '--print': {
        summary: { ko: '빌드하지 않고 같은 빌드를 하는 bake 파일 내용을 출력', en: 'Print the equivalent bake file instead of building' },
        keywords: { ko: ['bake 파일 출력', '빌드 정의 보기'], en: ['print', 'bake file', 'bake'] },
      },
      '--provenance': {
        summary: {
          ko: '빌드한 이미지에 출처(provenance) 증명을 붙임 (true, false 또는 mode=max 같은 옵션)',
          en: 'Attach a provenance attestation to the built images: true, false or options like mode=max',
        },
        keywords: { ko: ['출처 증명', '프로비넌스', '공급망 보안'], en: ['provenance', 'attestation', 'slsa', 'supply chain'] },
        details: {
          ko: '값은 그대로 buildx bake의 --provenance로 넘어가므로 뜻도 같습니다. 증명은 레지스트리로 푸시하거나 containerd 이미지 저장소를 쓸 때만 이미지와 함께 남습니다.',
          en: 'The value is handed to buildx bake as its --provenance, so it means the same there. The attestation stays with the image only when it is pushed to a registry or kept in the containerd image store.',
        },
        examples: ['docker compose build --provenance mode=max --push web'],
      },
      '--pull': {
        summary: { ko: '베이스 이미지가 로컬에 있어도 더 새 버전을 받아 빌드', en: 'Always try to pull a newer version of the base images' },
        keywords: { ko: ['베이스 이미지 갱신', '최신 이미지', '새로 받기'], en: ['pull', 'base image', 'update base', 'latest'] },
        details: {
          ko: 'FROM에 적힌 이미지가 로컬에 있어도 레지스트리에서 새 버전을 확인해 받습니다. node:20처럼 같은 태그가 보안 패치로 갱신됐을 때 반영하려면 필요합니다. 캐시는 그대로 쓰니, 둘 다 원하면 --no-cache와 함께 줍니다.',
          en: 'Checks the registry for a newer copy of the FROM images even when they are present locally. Needed to pick up a patched image behind the same tag, such as node:20. The cache is still used; add --no-cache if you want both.',
        },
        examples: ['docker compose build --pull web'],
      },
      '--push': {
        summary: { ko: '빌드한 서비스 이미지를 레지스트리에 푸시', en: 'Push the built service images to their registry' },
        keywords: { ko: ['빌드 후 푸시', '이미지 올리기'], en: ['push', 'build and push'] },
      },
      '--quiet': {
        summary: { ko: '표준 출력에 아무것도 출력하지 않음', en: 'Print nothing to standard output' },
        keywords: { ko: ['조용히', '출력 없음'], en: ['quiet', 'silent'] },
      },
      '--sbom': {
        summary: {
          ko: '빌드한 이미지에 든 패키지 목록(SBOM) 증명을 붙임 (true, false 또는 생성기 옵션)',
          en: 'Attach an SBOM attestation (the packages in the image): true, false or generator options',
        },
        keywords: { ko: ['SBOM', '패키지 목록', '소프트웨어 명세', '취약점 점검'], en: ['sbom', 'software bill of materials', 'attestation', 'package list'] },
      },
      '--ssh': {
        summary: { ko: '빌드에 넘길 SSH 인증 (default면 기본 SSH 에이전트)', en: "SSH agent or keys to expose to the build ('default' for your agent)" },
        keywords: { ko: ['SSH 인증', 'SSH 에이전트', '비공개 저장소'], en: ['ssh', 'ssh agent', 'private repo'] },
      },
      '--with-dependencies': {
        summary: { ko: '지정한 서비스가 의존하는 서비스의 이미지도 함께 빌드', en: 'Also build the services the named ones depend on' },
        keywords: { ko: ['의존 서비스 빌드', '함께 빌드'], en: ['with dependencies', 'depends_on', 'build deps'] },
      },
    },
  },

  'compose commit': {
    summary: { ko: '서비스 컨테이너의 현재 상태를 새 이미지로 저장', en: "Save the current state of a service's container as a new image" },
    keywords: { ko: ['커밋', '이미지로 저장', '컨테이너 저장', '스냅샷'], en: ['commit', 'save container', 'snapshot', 'create image'] },
    related: ['docker commit', 'docker compose build'],
    options: {
      '--author': {
        summary: { ko: '새 이미지에 기록할 작성자', en: 'Author to record in the new image' },
        keywords: { ko: ['작성자', '만든 사람'], en: ['author', 'maintainer'] },
      },
      '--change': {
        summary: { ko: '새 이미지에 Dockerfile 명령(ENV, CMD 등)을 적용', en: 'Apply a Dockerfile instruction (ENV, CMD…) to the new image' },
        keywords: { ko: ['설정 변경', 'Dockerfile 명령 적용'], en: ['change', 'dockerfile instruction', 'env', 'cmd'] },
      },
      '--index': index,
      '--message': {
        summary: { ko: '커밋 메시지', en: 'Commit message' },
        keywords: { ko: ['커밋 메시지', '설명'], en: ['message', 'commit message'] },
      },
      '--pause': {
        summary: { ko: '커밋하는 동안 컨테이너를 일시 정지 (기본 켜짐)', en: 'Pause the container while committing (default on)' },
        keywords: { ko: ['일시 정지', '멈춘 채 저장'], en: ['pause', 'consistent snapshot'] },
      },
    },
  },

  'compose config': {
    summary: { ko: 'Compose 파일을 합치고 변수를 채운 최종 설정을 출력하거나 검사만 함', en: 'Merge, fill in and print the final Compose configuration, or just validate it' },
    keywords: {
      ko: ['설정 확인', '설정 검사', '문법 검사', '최종 설정', '변수 확인', '파일 합치기', '유효성 검사', '컴포즈 파일 보기'],
      en: ['config', 'validate', 'lint compose file', 'view compose file', 'merged config', 'resolved config', 'convert', 'check syntax'],
    },
    details: {
      ko: '여러 -f 파일을 합치고 ${VAR} 자리에 .env나 환경 변수 값을 채운 결과를 정돈된 형식으로 보여 주므로, Compose가 실제로 어떤 설정을 쓰는지 확인할 때 좋습니다. 파일에 문법이나 값 오류가 있으면 오류를 내니 -q로 CI에서 검사만 할 수 있습니다. 출력에는 채워 넣은 비밀번호 같은 값이 그대로 드러나니 공유할 때 조심하세요. 예전 이름 convert로도 실행됩니다.',
      en: 'Merges all -f files and fills in ${VAR} from .env and the environment, then prints the result in canonical form: the quickest way to see what Compose will really use. Errors in the file are reported, so -q works as a validation step in CI. The output shows filled-in values such as passwords in plain text, so be careful when sharing it. The old name convert still works.',
    },
    examples: [
      'docker compose config',
      'docker compose config -q',
      'docker compose config --services',
      'docker compose -f compose.yaml -f compose.prod.yaml config -o merged.yaml',
    ],
    related: ['docker compose up', 'docker compose ls'],
    options: {
      '--environment': {
        summary: { ko: '변수를 채울 때 쓰는 환경 변수 목록 출력', en: 'Print the environment variables used to fill in the file' },
        keywords: { ko: ['환경 변수 보기', '변수 값 확인'], en: ['environment', 'env vars', 'interpolation values'] },
      },
      '--format': {
        summary: { ko: '출력 형식: yaml 또는 json', en: 'Output format: yaml or json' },
        keywords: { ko: ['출력 형식', 'JSON 출력', 'YAML 출력'], en: ['format', 'json', 'yaml'] },
        values: ['yaml', 'json'],
      },
      '--hash': {
        summary: { ko: '지정한 서비스의 설정 해시 출력 ("*"면 모든 서비스)', en: 'Print the configuration hash of the given services ("*" for all)' },
        keywords: { ko: ['설정 해시', '변경 감지'], en: ['hash', 'config hash', 'detect changes'] },
      },
      '--images': {
        summary: { ko: '서비스가 쓰는 이미지 이름만 한 줄에 하나씩 출력', en: 'Print only the image names, one per line' },
        keywords: { ko: ['이미지 목록', '이미지 이름'], en: ['images', 'image list'] },
      },
      '--lock-image-digests': {
        summary: { ko: '이미지마다 다이제스트를 고정한 오버라이드 파일 내용을 만듦', en: 'Produce an override file that pins every image to its digest' },
        keywords: { ko: ['다이제스트 고정', '이미지 고정', '버전 잠금'], en: ['lock digests', 'pin images', 'digest'] },
      },
      '--models': {
        summary: { ko: '파일의 models 항목에 정의된 AI 모델 이름만 한 줄에 하나씩 출력', en: 'Print only the names of the AI models under models:, one per line' },
        keywords: { ko: ['모델 목록', '모델 이름', 'AI 모델'], en: ['models', 'list models', 'ai models', 'model runner'] },
      },
      '--networks': {
        summary: { ko: '프로젝트의 네트워크 이름만 한 줄에 하나씩 출력', en: 'Print only the network names of the project, one per line' },
        keywords: { ko: ['네트워크 목록', '네트워크 이름'], en: ['networks', 'list networks', 'network names'] },
      },
      '--no-consistency': {
        summary: { ko: '설정 일관성 검사를 건너뜀 (출력이 유효하지 않을 수 있음)', en: 'Skip the consistency checks; the output may then be invalid' },
        keywords: { ko: ['검사 생략', '일관성 검사 끄기'], en: ['no consistency', 'skip checks'] },
      },
      '--no-env-resolution': {
        summary: { ko: '서비스의 env_file 내용을 읽어 넣지 않음', en: "Don't read the services' env files into the output" },
        keywords: { ko: ['env_file 그대로', '환경 파일 안 읽음'], en: ['no env resolution', 'env_file'] },
      },
      '--no-interpolate': {
        summary: { ko: '${변수}를 값으로 채우지 않고 적힌 그대로 둠', en: 'Leave ${VARS} as written instead of filling in their values' },
        keywords: { ko: ['변수 치환 안 함', '변수 그대로'], en: ['no interpolate', 'raw variables'] },
      },
      '--no-normalize': {
        summary: { ko: '설정을 표준 형태로 정리하지 않고 출력', en: "Print the model without normalizing it" },
        keywords: { ko: ['정규화 안 함', '원래 형태'], en: ['no normalize', 'as written'] },
      },
      '--no-path-resolution': {
        summary: { ko: '상대 경로를 절대 경로로 바꾸지 않고 적힌 그대로 둠', en: 'Keep relative paths as written instead of making them absolute' },
        keywords: { ko: ['상대 경로 유지', '경로 그대로'], en: ['no path resolution', 'relative paths'] },
      },
      '--output': {
        summary: { ko: '결과를 표준 출력 대신 파일에 저장', en: 'Write the result to a file instead of standard output' },
        keywords: { ko: ['파일로 저장', '출력 파일'], en: ['output', 'save to file'] },
      },
      '--profiles': {
        summary: { ko: '파일에 정의된 프로필 이름만 한 줄에 하나씩 출력', en: 'Print only the profile names, one per line' },
        keywords: { ko: ['프로필 목록', '프로필 이름'], en: ['profiles', 'list profiles'] },
      },
      '--quiet': {
        summary: { ko: '아무것도 출력하지 않고 설정이 올바른지만 검사', en: 'Only validate the configuration, printing nothing' },
        keywords: { ko: ['검사만', '유효성 검사', '문법 검사'], en: ['quiet', 'validate only', 'ci check'] },
        details: {
          ko: '설정에 문제가 없으면 아무것도 출력하지 않고 0으로 끝나고, 문제가 있으면 오류를 출력하고 0이 아닌 코드로 끝납니다. 배포 전 CI 단계에서 파일 검사로 쓰기 좋습니다.',
          en: 'Prints nothing and exits 0 when the configuration is valid; otherwise prints the error and exits non-zero. Handy as a check in CI before deploying.',
        },
        examples: ['docker compose config -q'],
      },
      '--resolve-image-digests': {
        summary: { ko: '이미지 태그를 다이제스트로 바꿔 출력', en: 'Replace image tags with their digests in the output' },
        keywords: { ko: ['다이제스트로 변환', '이미지 고정'], en: ['resolve digests', 'pin images'] },
      },
      '--services': {
        summary: { ko: '서비스 이름만 한 줄에 하나씩 출력', en: 'Print only the service names, one per line' },
        keywords: { ko: ['서비스 목록', '서비스 이름'], en: ['services', 'list services', 'service names'] },
        details: {
          ko: '현재 켜진 프로필과 -f 파일을 반영한 서비스 이름만 나오므로, 스크립트에서 서비스마다 반복 작업을 할 때 쓰기 좋습니다.',
          en: 'Lists the services for the active profiles and -f files, one per line, which suits scripts that loop over services.',
        },
        examples: ['docker compose config --services'],
      },
      '--variables': {
        summary: { ko: '파일이 쓰는 변수와 기본값 출력', en: 'Print the variables the file uses, with their default values' },
        keywords: { ko: ['변수 목록', '기본값 확인'], en: ['variables', 'defaults'] },
      },
      '--volumes': {
        summary: { ko: '볼륨 이름만 한 줄에 하나씩 출력', en: 'Print only the volume names, one per line' },
        keywords: { ko: ['볼륨 목록', '볼륨 이름'], en: ['volumes', 'list volumes'] },
      },
    },
  },

  'compose cp': {
    summary: { ko: '서비스 컨테이너와 호스트 사이에 파일이나 폴더 복사', en: "Copy files or folders between a service's container and the host" },
    keywords: {
      ko: ['파일 복사', '복사', '컨테이너로 복사', '컨테이너에서 꺼내기', '파일 가져오기'],
      en: ['cp', 'copy', 'copy files', 'copy to container', 'copy from container'],
    },
    details: {
      ko: 'docker cp와 같지만 컨테이너 이름 대신 서비스:경로 형식을 씁니다(예: web:/app/logs). 서비스가 여러 컨테이너로 떠 있으면 --index로 하나를 고릅니다. 복사한 파일은 컨테이너를 다시 만들면 사라지니, 오래 둘 데이터는 볼륨에 두세요.',
      en: 'Works like docker cp but takes service:path instead of a container name, e.g. web:/app/logs. When the service runs several containers, pick one with --index. Files copied into a container are lost when it is recreated; keep lasting data in a volume.',
    },
    examples: [
      'docker compose cp web:/app/config.json ./config.json',
      'docker compose cp ./seed.sql db:/tmp/seed.sql',
      'docker compose cp --index 2 worker:/var/log/app.log ./worker-2.log',
    ],
    related: ['docker cp', 'docker compose exec'],
    options: {
      '--all': {
        summary: { ko: 'compose run으로 만든 컨테이너도 포함', en: 'Include containers created by compose run' },
        keywords: { ko: ['전체 컨테이너', 'run 컨테이너 포함'], en: ['all', 'one-off containers'] },
      },
      '--archive': {
        summary: { ko: '파일의 소유자(UID/GID) 정보를 그대로 유지해 복사', en: 'Keep file ownership (UID/GID) as in the source' },
        keywords: { ko: ['소유자 유지', '권한 유지', '아카이브 모드'], en: ['archive', 'preserve owner', 'uid gid'] },
      },
      '--follow-link': {
        summary: { ko: '원본 경로가 심볼릭 링크면 링크가 가리키는 대상을 복사', en: 'If the source is a symbolic link, copy what it points to' },
        keywords: { ko: ['심볼릭 링크', '링크 따라가기'], en: ['follow link', 'symlink'] },
      },
      '--index': index,
    },
  },

  'compose create': {
    summary: { ko: '서비스의 컨테이너를 만들기만 하고 시작하지 않음', en: "Create the services' containers without starting them" },
    keywords: { ko: ['컨테이너 생성', '만들기만', '미리 만들기', '시작 안 함'], en: ['create', 'create containers', 'prepare', 'no start'] },
    related: ['docker compose up', 'docker compose start'],
    options: {
      '--build': build,
      '--force-recreate': forceRecreate,
      '--no-build': noBuild,
      '--no-recreate': noRecreate,
      '--pull': pullPolicy,
      '--quiet-pull': quietPull,
      '--remove-orphans': removeOrphans,
      '--scale': scale,
      '--yes': yes,
    },
  },

  'compose down': {
    summary: { ko: '프로젝트의 컨테이너를 멈추고 삭제하며, up이 만든 네트워크도 함께 삭제', en: 'Stop and remove the containers of the project and the networks up created' },
    keywords: {
      ko: ['컴포즈 종료', '컴포즈 내리기', '내리기', '전체 종료', '정리', '컨테이너 삭제', '네트워크 삭제', '볼륨 삭제'],
      en: ['compose down', 'down', 'tear down', 'stop and remove', 'clean up', 'remove containers', 'docker-compose down'],
    },
    details: {
      ko: '프로젝트의 컨테이너를 멈춘 뒤 삭제하고, 기본 네트워크와 파일의 networks에 정의된 네트워크도 지웁니다(external 네트워크는 남깁니다). 볼륨은 -v(--volumes)를 줄 때만, 이미지는 --rmi를 줄 때만 지우므로 기본으로는 데이터베이스 데이터와 이미지가 그대로 남습니다. -v를 주면 볼륨 데이터가 되돌릴 수 없이 사라지니 주의하세요. 컨테이너를 지우지 않고 멈추기만 하려면 docker compose stop을 씁니다.',
      en: "Stops and removes the project's containers, then removes the default network and the networks defined under networks (external ones are kept). Volumes go only with -v (--volumes) and images only with --rmi, so by default database data and images survive. With -v the data in those volumes is gone for good. To stop containers without removing them, use docker compose stop.",
    },
    examples: [
      'docker compose down',
      'docker compose down -v',
      'docker compose down --rmi local --remove-orphans',
      'docker compose down -t 30',
    ],
    related: ['docker compose up', 'docker compose stop', 'docker compose rm'],
    options: {
      '--remove-orphans': { ...removeOrphansDetailed, examples: ['docker compose down --remove-orphans'] },
      '--rmi': {
        summary: { ko: '서비스가 쓰던 이미지도 삭제: local(직접 이름 붙이지 않은 이미지) 또는 all', en: 'Also remove images: local (those without a custom tag) or all the services use' },
        keywords: { ko: ['이미지 삭제', '이미지 정리', '빌드 이미지 삭제'], en: ['rmi', 'remove images', 'delete images'] },
        details: {
          ko: 'local은 image:를 적지 않아 Compose가 프로젝트-서비스 이름을 붙인 빌드 이미지만 지우고, all은 레지스트리에서 받은 postgres, nginx 같은 이미지까지 서비스가 쓰는 이미지를 모두 지웁니다. 다른 컨테이너가 쓰고 있는 이미지는 지우지 못합니다.',
          en: 'local removes only the images without a custom tag, i.e. those Compose built and named project-service; all removes every image the services use, including pulled ones such as postgres or nginx. Images still used by other containers cannot be removed.',
        },
        examples: ['docker compose down --rmi all'],
        values: ['local', 'all'],
      },
      '--timeout': timeout,
      '--volumes': {
        summary: { ko: '파일에 정의된 이름 있는 볼륨과 컨테이너에 붙은 익명 볼륨도 삭제', en: "Also remove the file's named volumes and the containers' anonymous volumes" },
        keywords: { ko: ['볼륨 삭제', '데이터 삭제', '완전 삭제', '초기화'], en: ['volumes', 'remove volumes', 'delete data', 'reset'] },
        details: {
          ko: '데이터베이스 데이터처럼 볼륨에 저장된 내용이 영구히 삭제됩니다. external: true로 표시한 볼륨은 지우지 않습니다. 처음 상태로 다시 시작하고 싶을 때 쓰고, 운영 환경에서는 특히 조심하세요.',
          en: 'Whatever lives in those volumes, such as database data, is deleted for good. Volumes marked external: true are not removed. Use it to start over from a clean state, and take care on production hosts.',
        },
        examples: ['docker compose down -v'],
      },
    },
  },

  'compose events': {
    summary: { ko: '프로젝트 컨테이너에서 일어나는 이벤트를 실시간으로 출력', en: "Stream events from the project's containers as they happen" },
    keywords: { ko: ['이벤트', '실시간 이벤트', '상태 변화', '모니터링'], en: ['events', 'event stream', 'monitor', 'watch events'] },
    related: ['docker events'],
    options: {
      '--json': {
        summary: { ko: '이벤트를 한 줄에 하나씩 JSON 객체로 출력', en: 'Print each event as a JSON object on its own line' },
        keywords: { ko: ['JSON 출력', '기계용 출력'], en: ['json', 'machine readable'] },
      },
      '--since': {
        summary: {
          ko: '이 시점 이후에 생긴 이벤트부터 출력 (시각이나 10m 같은 상대 시간)',
          en: 'Start from events since this time (a timestamp or a relative time like 10m)',
        },
        keywords: { ko: ['지난 이벤트', '이후부터', '시간 범위'], en: ['since', 'past events', 'from time', 'history'] },
        examples: ['docker compose events --since 10m'],
      },
      '--until': {
        summary: {
          ko: '이 시점까지의 이벤트만 출력하고 끝냄 (시각이나 상대 시간)',
          en: 'Stop at events up to this time and exit (a timestamp or a relative time)',
        },
        keywords: { ko: ['이전까지', '종료 시점', '시간 범위'], en: ['until', 'to time', 'time range'] },
      },
    },
  },

  'compose exec': {
    summary: { ko: '실행 중인 서비스 컨테이너 안에서 명령 실행 (셸 접속 등)', en: "Run a command in a service's running container, e.g. open a shell" },
    keywords: {
      ko: ['컨테이너 접속', '셸 접속', '쉘 접속', '명령 실행', '컨테이너 안에서 실행', '들어가기', '배시'],
      en: ['exec', 'shell into container', 'open shell', 'bash', 'sh', 'run command in container', 'docker-compose exec'],
    },
    details: {
      ko: 'docker exec와 같지만 컨테이너 이름 대신 서비스 이름을 받습니다. 기본으로 TTY와 표준 입력을 붙여 주므로 -it 없이 docker compose exec web sh만으로 셸이 열립니다. 반대로 스크립트, CI, 파이프에서는 TTY 때문에 출력이 깨지거나 실패하니 -T로 끕니다. 컨테이너가 떠 있어야 하며, 새 컨테이너에서 한 번 실행하려면 docker compose run을 씁니다.',
      en: 'Like docker exec, but it takes a service name instead of a container name. A TTY and standard input are attached by default, so docker compose exec web sh opens a shell without -it. In scripts, CI and pipes the TTY garbles output or fails, so turn it off with -T. The container must be running; to run a command in a fresh container, use docker compose run.',
    },
    examples: [
      'docker compose exec web sh',
      'docker compose exec -T db pg_dump -U postgres app',
      'docker compose exec -u root -w /app web ls -la',
    ],
    related: ['docker exec', 'docker compose run', 'docker compose attach'],
    options: {
      '--detach': {
        summary: { ko: '명령을 백그라운드에서 실행하고 바로 돌아옴', en: 'Run the command in the background and return at once' },
        keywords: { ko: ['백그라운드', '분리 실행'], en: ['detach', 'background'] },
      },
      '--env': envVar,
      '--index': index,
      '--no-tty': {
        ...noTty,
        details: {
          ko: 'docker compose exec는 docker exec와 달리 기본으로 TTY를 붙입니다. 크론 작업, CI, 출력을 파일이나 다른 명령으로 넘길 때는 TTY가 없어 오류가 나거나 줄바꿈 문자가 섞이니 -T를 줍니다.',
          en: 'Unlike docker exec, docker compose exec allocates a TTY by default. In cron jobs, CI, or when piping output to a file or another command, that fails or adds carriage returns, so pass -T.',
        },
        examples: ['docker compose exec -T db psql -U postgres -c "select 1"'],
      },
      '--privileged': {
        summary: { ko: '명령에 확장 권한을 줌', en: 'Give the command extended privileges' },
        keywords: { ko: ['특권 모드', '권한 상승'], en: ['privileged', 'extended privileges'] },
      },
      '--user': {
        ...user,
        details: {
          ko: '이미지가 일반 사용자로 실행되도록 만들어져 있어도 -u root로 패키지 설치나 권한 수정 같은 관리 작업을 할 수 있습니다. 컨테이너 자체의 사용자 설정은 바뀌지 않습니다.',
          en: 'Even when the image runs as a normal user, -u root lets you do admin work such as installing a package or fixing permissions. The container\'s own user setting does not change.',
        },
        examples: ['docker compose exec -u root web sh'],
      },
      '--workdir': {
        ...workdir,
        details: {
          ko: '주지 않으면 이미지의 WORKDIR(또는 서비스의 working_dir)에서 실행됩니다. 명령 앞에 cd를 붙이는 대신 씁니다.',
          en: "Without it the command runs in the image's WORKDIR (or the service's working_dir). Use it instead of prefixing the command with cd.",
        },
        examples: ['docker compose exec -w /app/src web ls'],
      },
    },
  },

  'compose export': {
    summary: { ko: '서비스 컨테이너의 파일 시스템을 tar 아카이브로 내보내기', en: "Export a service container's filesystem as a tar archive" },
    keywords: { ko: ['내보내기', '파일 시스템 백업', 'tar 저장', '익스포트'], en: ['export', 'tar', 'filesystem', 'backup container'] },
    related: ['docker export'],
    options: {
      '--index': index,
      '--output': {
        summary: { ko: '표준 출력 대신 이 파일에 저장', en: 'Write to this file instead of standard output' },
        keywords: { ko: ['파일로 저장', '출력 파일'], en: ['output', 'file'] },
      },
    },
  },

  'compose images': {
    summary: { ko: '프로젝트 컨테이너가 쓰는 이미지 목록', en: "List the images used by the project's containers" },
    keywords: {
      ko: ['이미지 목록', '이미지 확인', '사용 중인 이미지', '이미지 버전'],
      en: ['images', 'list images', 'image versions', 'which image', 'tags'],
    },
    details: {
      ko: '만들어진 컨테이너를 기준으로 각 서비스가 어떤 이미지(저장소, 태그, ID, 크기)를 쓰는지 보여 줍니다. 컨테이너가 아직 없는 서비스는 나오지 않습니다. 로컬에 있는 모든 이미지는 docker images로 봅니다.',
      en: 'Shows, per created container, which image it uses: repository, tag, ID and size. Services without a container yet are not listed. For every image on the machine, use docker images.',
    },
    examples: ['docker compose images', 'docker compose images -q', 'docker compose images --format json web'],
    related: ['docker images', 'docker compose pull', 'docker compose build'],
    options: {
      '--format': tableOrJson,
      '--quiet': {
        summary: { ko: '이미지 ID만 출력', en: 'Print only the image IDs' },
        keywords: { ko: ['ID만', '이미지 ID'], en: ['quiet', 'ids only'] },
      },
    },
  },

  'compose kill': {
    summary: { ko: '서비스 컨테이너에 시그널을 보내 즉시 강제 종료 (기본 SIGKILL)', en: "Kill the services' containers at once with a signal (SIGKILL by default)" },
    keywords: { ko: ['강제 종료', '킬', '즉시 종료', '시그널 보내기'], en: ['kill', 'force stop', 'sigkill', 'send signal'] },
    details: {
      ko: 'stop과 달리 유예 시간 없이 바로 시그널을 보내므로, 프로세스가 정리 작업을 하지 못할 수 있습니다. 컨테이너는 멈출 뿐 삭제되지 않고, 네트워크와 볼륨도 그대로 남습니다.',
      en: 'Unlike stop there is no grace period, so processes may not get to clean up. The containers are only stopped, not removed; networks and volumes stay.',
    },
    related: ['docker kill', 'docker compose stop'],
    options: {
      '--remove-orphans': removeOrphans,
      '--signal': {
        summary: { ko: '보낼 시그널 (기본 SIGKILL)', en: 'Signal to send (default SIGKILL)' },
        keywords: { ko: ['시그널', '신호 지정'], en: ['signal', 'sighup', 'sigterm'] },
      },
    },
  },

  'compose logs': {
    summary: { ko: '서비스 컨테이너들의 로그를 서비스 이름과 함께 모아 출력', en: "Show the log output of the services' containers, each line marked with its service" },
    keywords: {
      ko: ['로그', '로그 보기', '로그보기', '서비스 로그', '컴포즈 로그', '실시간 로그', '출력 확인'],
      en: ['logs', 'see logs', 'view logs', 'tail', 'follow logs', 'service output', 'docker-compose logs'],
    },
    details: {
      ko: '서비스를 지정하지 않으면 프로젝트의 모든 서비스 로그를 섞어서, 줄마다 서비스 이름과 번호를 붙여 보여 줍니다. 기본은 처음부터 지금까지를 모두 출력하고 끝나므로, 로그가 많으면 -n(--tail)으로 줄 수를 줄이고 -f로 계속 따라갑니다. docker logs와 달리 컨테이너 이름이 아니라 서비스 이름을 받습니다.',
      en: 'Without service names it interleaves the logs of every service in the project, each line prefixed with its service and number. By default it prints everything so far and exits, so trim long logs with -n (--tail) and keep watching with -f. Unlike docker logs it takes service names, not container names.',
    },
    examples: ['docker compose logs web', 'docker compose logs -f --tail 100 web worker', 'docker compose logs --since 10m -t db'],
    related: ['docker logs', 'docker compose up', 'docker compose ps'],
    options: {
      '--follow': {
        summary: { ko: '새 로그가 생길 때마다 계속 이어서 출력', en: 'Keep printing new log lines as they arrive' },
        keywords: { ko: ['실시간', '계속 보기', '따라가기', '실시간 로그'], en: ['follow', 'tail -f', 'live', 'stream'] },
        details: {
          ko: 'Ctrl+C를 누를 때까지 새 로그를 계속 보여 주며, Ctrl+C는 로그 보기만 끝낼 뿐 컨테이너는 계속 돌아갑니다. 처음부터 다 나오지 않게 보통 --tail과 함께 씁니다.',
          en: 'Prints new lines until you press Ctrl+C, which only ends the log view; the containers keep running. Usually paired with --tail so you do not get the whole history first.',
        },
        examples: ['docker compose logs -f --tail 50 web'],
      },
      '--index': index,
      '--no-color': noColor,
      '--no-log-prefix': noLogPrefix,
      '--since': {
        summary: { ko: '이 시각 이후의 로그만 (2024-05-01T10:00:00 같은 시각이나 30m 같은 상대 시간)', en: 'Only logs since a time: a timestamp such as 2024-05-01T10:00:00 or relative, e.g. 30m' },
        keywords: { ko: ['이후 로그', '최근 로그', '시간 지정'], en: ['since', 'recent logs', 'last 10 minutes'] },
      },
      '--tail': {
        summary: { ko: '컨테이너마다 끝에서부터 이 줄 수만 출력 (기본 all, 전부)', en: "Show only this many lines from the end of each container's log (default all)" },
        keywords: { ko: ['마지막 줄', '최근 몇 줄', '줄 수 제한', '끝부분'], en: ['tail', 'last lines', 'number of lines', 'limit lines'] },
        details: {
          ko: '줄 수는 컨테이너마다 따로 셉니다. 서비스 세 개에 --tail 20을 주면 각각 마지막 20줄씩 나옵니다. -f와 함께 쓰면 최근 몇 줄을 보여 준 뒤 새 로그를 따라갑니다.',
          en: 'The count is per container: three services with --tail 20 give the last 20 lines of each. With -f it shows those lines and then follows new output.',
        },
        examples: ['docker compose logs --tail 20 web'],
      },
      '--timestamps': {
        summary: { ko: '줄마다 기록된 시각을 붙여 출력', en: 'Show the time of each log line' },
        keywords: { ko: ['타임스탬프', '시간 표시', '시각 표시'], en: ['timestamps', 'time', 'show time'] },
      },
      '--until': {
        summary: { ko: '이 시각 이전의 로그만 (시각이나 1h 같은 상대 시간)', en: 'Only logs before a time: a timestamp or relative, e.g. 1h' },
        keywords: { ko: ['이전 로그', '기간 지정', '시간 범위'], en: ['until', 'before', 'time range'] },
      },
    },
  },

  'compose ls': {
    summary: { ko: '이 Docker에서 돌고 있는 Compose 프로젝트 목록', en: 'List the Compose projects running on this Docker host' },
    keywords: {
      ko: ['프로젝트 목록', '컴포즈 목록', '실행 중인 프로젝트', '스택 목록', '어디서 띄웠는지'],
      en: ['ls', 'list projects', 'compose projects', 'running stacks', 'which projects'],
    },
    details: {
      ko: '컨테이너에 붙은 라벨로 프로젝트를 찾기 때문에 다른 디렉터리에서 띄운 프로젝트도 나오며, 이름, 상태, 설정 파일 경로를 보여 줍니다. 기본은 실행 중인 컨테이너가 있는 프로젝트만 나오니, 모두 멈춘 프로젝트까지 보려면 -a를 붙입니다. 어느 디렉터리에서 띄웠는지 잊었을 때 CONFIG FILES 열이 도움이 됩니다.',
      en: 'Projects are found from the labels on their containers, so projects started from other directories show up too, with name, status and config file paths. By default only projects with running containers are listed; add -a for stopped ones. The CONFIG FILES column helps when you forget where a project was started.',
    },
    examples: ['docker compose ls', 'docker compose ls -a', 'docker compose ls --filter name=shop', 'docker compose ls -q'],
    related: ['docker compose ps', 'docker ps'],
    options: {
      '--all': {
        summary: { ko: '모두 멈춘 프로젝트까지 포함', en: 'Include projects whose containers are all stopped' },
        keywords: { ko: ['전체 보기', '멈춘 프로젝트'], en: ['all', 'stopped projects'] },
      },
      '--filter': {
        summary: { ko: '조건에 맞는 프로젝트만 표시 (예: name=shop)', en: 'Show only projects that match a condition, e.g. name=shop' },
        keywords: { ko: ['필터', '이름으로 찾기'], en: ['filter', 'by name'] },
      },
      '--format': tableOrJson,
      '--quiet': {
        summary: { ko: '프로젝트 이름만 출력', en: 'Print only the project names' },
        keywords: { ko: ['이름만', '조용히'], en: ['quiet', 'names only'] },
      },
    },
  },

  'compose pause': {
    summary: { ko: '서비스 컨테이너의 모든 프로세스를 일시 정지', en: "Pause every process in the services' containers" },
    keywords: { ko: ['일시 정지', '잠시 멈춤', '프리즈', '정지'], en: ['pause', 'freeze', 'suspend'] },
    related: ['docker compose unpause', 'docker pause'],
    options: {},
  },

  'compose port': {
    summary: { ko: '서비스의 컨테이너 포트가 호스트의 어느 주소와 포트에 연결됐는지 출력', en: "Print the host address and port bound to a service's container port" },
    keywords: { ko: ['포트 확인', '포트 매핑', '호스트 포트', '연결된 포트'], en: ['port', 'port mapping', 'host port', 'published port'] },
    related: ['docker port', 'docker compose ps'],
    options: {
      '--index': index,
      '--protocol': {
        summary: { ko: '포트 프로토콜: tcp(기본) 또는 udp', en: 'Port protocol: tcp (default) or udp' },
        keywords: { ko: ['프로토콜', 'UDP 포트'], en: ['protocol', 'tcp', 'udp'] },
        values: ['tcp', 'udp'],
      },
    },
  },

  'compose ps': {
    summary: { ko: '프로젝트의 컨테이너 목록과 상태, 포트 출력', en: "List the project's containers with their state and ports" },
    keywords: {
      ko: ['컨테이너 목록', '상태 확인', '서비스 상태', '실행 중인 서비스', '컴포즈 상태', '헬스 체크 상태'],
      en: ['ps', 'list containers', 'status', 'service status', 'running services', 'health', 'docker-compose ps'],
    },
    details: {
      ko: '기본으로 실행 중인 컨테이너만 보이니, 멈췄거나 끝난 컨테이너까지 보려면 -a를 붙입니다. 현재 디렉터리(또는 -f, -p로 지정한) 프로젝트의 컨테이너만 나오고, 다른 프로젝트나 따로 띄운 컨테이너는 docker ps로 봅니다. 헬스체크가 있는 서비스는 상태 옆에 healthy나 unhealthy가 함께 표시됩니다.',
      en: 'Only running containers are shown by default; add -a for stopped and exited ones. It lists just the project of the current directory (or of -f and -p); other projects and standalone containers are in docker ps. Services with a healthcheck show healthy or unhealthy next to their status.',
    },
    examples: ['docker compose ps', 'docker compose ps -a', 'docker compose ps --services --status running', 'docker compose ps --format json'],
    related: ['docker ps', 'docker compose ls', 'docker compose top'],
    options: {
      '--all': {
        summary: { ko: '멈춘 컨테이너(compose run으로 만든 것 포함)까지 모두 표시', en: 'Also show stopped containers, including those made by compose run' },
        keywords: { ko: ['전체 보기', '멈춘 컨테이너', '종료된 컨테이너'], en: ['all', 'stopped', 'exited'] },
      },
      '--filter': {
        summary: { ko: '속성으로 걸러서 표시 (예: status=running)', en: 'Show only containers matching a property, e.g. status=running' },
        keywords: { ko: ['필터', '상태로 거르기'], en: ['filter', 'status filter'] },
      },
      '--format': {
        summary: { ko: '출력 형식: table(기본), json, 또는 Go 템플릿', en: 'Output format: table (default), json or a Go template' },
        keywords: { ko: ['출력 형식', 'JSON 출력', '템플릿'], en: ['format', 'json', 'template'] },
      },
      '--no-trunc': {
        summary: { ko: 'ID와 명령 등을 자르지 않고 전부 출력', en: 'Show IDs, commands and other columns in full' },
        keywords: { ko: ['자르지 않기', '전체 출력'], en: ['no trunc', 'full output'] },
      },
      '--orphans': {
        summary: { ko: '파일에 없는 서비스의 컨테이너(고아)도 표시 (기본 켜짐, =false로 숨김)', en: 'Include containers of services not in the file (default on; --orphans=false hides them)' },
        keywords: { ko: ['고아 컨테이너', '남은 컨테이너'], en: ['orphans', 'orphan containers'] },
      },
      '--quiet': {
        summary: { ko: '컨테이너 ID만 출력', en: 'Print only the container IDs' },
        keywords: { ko: ['ID만', '조용히'], en: ['quiet', 'ids only'] },
      },
      '--services': {
        summary: { ko: '서비스 이름만 출력', en: 'Print only the service names' },
        keywords: { ko: ['서비스 이름', '서비스 목록'], en: ['services', 'service names'] },
      },
      '--status': {
        summary: { ko: '이 상태의 컨테이너만 표시 (running, exited 등, 여러 번 가능)', en: 'Show only containers in this state (running, exited…; repeatable)' },
        keywords: { ko: ['상태 필터', '실행 중만', '종료된 것만'], en: ['status', 'running', 'exited'] },
        values: ['paused', 'restarting', 'removing', 'running', 'dead', 'created', 'exited'],
      },
    },
  },

  'compose publish': {
    summary: { ko: 'Compose 애플리케이션을 OCI 아티팩트로 레지스트리에 올리기', en: 'Publish the Compose application to a registry as an OCI artifact' },
    keywords: { ko: ['배포', '레지스트리에 올리기', '컴포즈 공유', '아티팩트'], en: ['publish', 'oci artifact', 'share compose', 'registry'] },
    related: ['docker compose push'],
    options: {
      '--app': {
        summary: {
          ko: 'Compose 파일과 함께 서비스가 쓰는 이미지도 같은 저장소로 복사해 한 앱으로 올림',
          en: 'Publish the whole app: copy the service images into the same repository too',
        },
        keywords: { ko: ['이미지 포함', '앱 전체 배포', '이미지 함께 올리기'], en: ['app', 'include images', 'bundle images', 'application'] },
        details: {
          ko: '각 서비스의 이미지를 레지스트리 안에서 대상 저장소로 복사하고 Compose 아티팩트를 가리키는 이미지 인덱스를 함께 올립니다. 이미지를 다이제스트로 고정하는 --resolve-image-digests도 자동으로 켜지므로, 서비스 이미지는 미리 레지스트리에 있어야 합니다.',
          en: 'Each service image is copied registry-side into the target repository, and an image index pointing at the Compose artifact is pushed with them. It also turns on --resolve-image-digests, so the service images must already be in a registry.',
        },
        examples: ['docker compose publish --app registry.example.com/shop:1.0'],
      },
      '--oci-version': {
        summary: { ko: '쓸 OCI 이미지 명세 버전 (1.0 또는 1.1)', en: 'OCI image spec version to use (1.0 or 1.1)' },
        keywords: { ko: ['OCI 버전', '명세 버전'], en: ['oci version', 'spec version'] },
      },
      '--resolve-image-digests': {
        summary: { ko: '올리는 파일의 이미지 태그를 다이제스트로 고정', en: 'Pin image tags to digests in the published file' },
        keywords: { ko: ['다이제스트 고정', '이미지 고정'], en: ['resolve digests', 'pin images'] },
      },
      '--with-env': {
        summary: { ko: '환경 변수 값도 함께 올림 (비밀 값이 노출되지 않게 주의)', en: 'Include environment variables in the artifact (mind your secrets)' },
        keywords: { ko: ['환경 변수 포함', '비밀 노출 주의'], en: ['with env', 'environment', 'secrets'] },
      },
      '--yes': yes,
    },
  },

  'compose pull': {
    summary: { ko: '서비스가 쓰는 이미지를 레지스트리에서 받아 두기 (컨테이너는 그대로)', en: "Pull the services' images from their registries, without touching containers" },
    keywords: {
      ko: ['이미지 받기', '이미지 다운로드', '풀', '이미지 업데이트', '최신 이미지'],
      en: ['pull', 'download images', 'update images', 'fetch images', 'docker-compose pull'],
    },
    details: {
      ko: '컨테이너를 만들거나 다시 시작하지 않고 이미지만 받습니다. 이어서 docker compose up -d를 하면 이미지가 바뀐 서비스의 컨테이너만 새로 만들어집니다. build만 있는 서비스는 받을 이미지가 없고, --ignore-buildable을 주면 빌드할 수 있는 서비스는 건너뜁니다.',
      en: 'Only images are pulled; no container is created or restarted. Run docker compose up -d afterwards and just the services whose image changed are recreated. Services with only a build section have nothing to pull, and --ignore-buildable skips every service that can be built.',
    },
    examples: ['docker compose pull', 'docker compose pull db', 'docker compose pull --ignore-buildable -q'],
    related: ['docker compose up', 'docker pull', 'docker compose images'],
    options: {
      '--ignore-buildable': {
        summary: { ko: '빌드할 수 있는 서비스(build 항목이 있는)의 이미지는 받지 않음', en: 'Skip the images of services that can be built' },
        keywords: { ko: ['빌드 서비스 제외', '빌드 이미지 건너뛰기'], en: ['ignore buildable', 'skip built'] },
      },
      '--ignore-pull-failures': {
        summary: { ko: '받지 못한 이미지가 있어도 나머지는 계속 받음', en: 'Pull what it can and carry on past failures' },
        keywords: { ko: ['실패 무시', '계속 진행'], en: ['ignore failures', 'continue on error'] },
      },
      '--include-deps': {
        summary: { ko: '지정한 서비스가 의존하는 서비스의 이미지도 받음', en: 'Also pull the services the named ones depend on' },
        keywords: { ko: ['의존 서비스 포함', '함께 받기'], en: ['include deps', 'depends_on'] },
      },
      '--policy': {
        summary: { ko: '받기 정책: missing(없을 때만) 또는 always(항상)', en: 'Pull policy: missing (only absent images) or always' },
        keywords: { ko: ['받기 정책', '없을 때만', '항상 받기'], en: ['policy', 'missing', 'always'] },
        values: ['missing', 'always'],
      },
      '--quiet': {
        summary: { ko: '진행 상황을 출력하지 않고 받음', en: 'Pull without printing progress' },
        keywords: { ko: ['조용히', '진행률 숨김'], en: ['quiet', 'no progress'] },
      },
    },
  },

  'compose push': {
    summary: { ko: '서비스 이미지를 각자의 레지스트리에 푸시', en: "Push the services' images to their registries" },
    keywords: { ko: ['이미지 올리기', '푸시', '이미지 업로드', '레지스트리'], en: ['push', 'upload images', 'registry', 'publish images'] },
    related: ['docker push', 'docker compose build'],
    options: {
      '--ignore-push-failures': {
        summary: { ko: '올리지 못한 이미지가 있어도 나머지는 계속 푸시', en: 'Push what it can and carry on past failures' },
        keywords: { ko: ['실패 무시', '계속 진행'], en: ['ignore failures', 'continue on error'] },
      },
      '--include-deps': {
        summary: { ko: '지정한 서비스가 의존하는 서비스의 이미지도 푸시', en: 'Also push the services the named ones depend on' },
        keywords: { ko: ['의존 서비스 포함', '함께 올리기'], en: ['include deps', 'depends_on'] },
      },
      '--quiet': {
        summary: { ko: '진행 상황을 출력하지 않고 푸시', en: 'Push without printing progress' },
        keywords: { ko: ['조용히', '진행률 숨김'], en: ['quiet', 'no progress'] },
      },
    },
  },

  'compose restart': {
    summary: { ko: '서비스 컨테이너를 멈췄다가 그대로 다시 시작 (파일 변경은 반영 안 됨)', en: "Restart the services' containers as they are, without applying file changes" },
    keywords: {
      ko: ['재시작', '다시 시작', '서비스 재시작', '컨테이너 재시작', '리스타트'],
      en: ['restart', 'reboot service', 'restart service', 'restart containers', 'bounce'],
    },
    details: {
      ko: '기존 컨테이너를 멈췄다가 같은 설정으로 다시 시작합니다. compose.yaml의 environment, ports, image 같은 변경은 반영되지 않으니, 그럴 때는 docker compose up -d로 컨테이너를 다시 만들어야 합니다. 코드가 바인드 마운트돼 있어 프로세스만 다시 띄우면 될 때 알맞습니다. 컨테이너가 없는 서비스는 새로 만들지 않습니다.',
      en: 'Stops the existing containers and starts them again with the same settings. Changes to environment, ports, image and the like in compose.yaml are not applied; run docker compose up -d to recreate the containers for that. Good when code is bind-mounted and only the process needs a restart. Services without a container are not created.',
    },
    examples: ['docker compose restart', 'docker compose restart web', 'docker compose restart -t 5 worker'],
    related: ['docker compose up', 'docker compose stop', 'docker restart'],
    options: {
      '--no-deps': {
        summary: { ko: '지정한 서비스만 다시 시작하고, depends_on으로 엮인 서비스는 건드리지 않음', en: 'Restart only the named services, not those linked to them by depends_on' },
        keywords: { ko: ['의존 서비스 제외', '이것만 재시작'], en: ['no deps', 'only this service'] },
      },
      '--timeout': timeout,
    },
  },

  'compose rm': {
    summary: { ko: '멈춘 서비스 컨테이너 삭제', en: "Remove the services' stopped containers" },
    keywords: {
      ko: ['컨테이너 삭제', '삭제', '지우기', '멈춘 컨테이너 정리', '컨테이너 정리'],
      en: ['rm', 'remove containers', 'delete containers', 'clean up', 'remove stopped'],
    },
    details: {
      ko: '멈춰 있는 컨테이너만 지우며, 실행 중인 컨테이너는 -s(--stop)를 줘야 먼저 멈추고 지웁니다. 지우기 전에 확인을 묻는데, -f로 묻지 않게 할 수 있습니다. 네트워크, 이름 있는 볼륨, 이미지는 남고, 컨테이너에 붙은 익명 볼륨도 -v를 줄 때만 지웁니다. 프로젝트를 통째로 정리하려면 docker compose down이 낫습니다.',
      en: 'Removes only stopped containers; running ones are stopped and removed only with -s (--stop). It asks before removing, unless you pass -f. Networks, named volumes and images stay, and the anonymous volumes of the containers go only with -v. To clean up a whole project, docker compose down is the better tool.',
    },
    examples: ['docker compose rm', 'docker compose rm -f worker', 'docker compose rm -s -v -f web'],
    related: ['docker compose down', 'docker compose stop', 'docker rm'],
    options: {
      '--force': {
        summary: { ko: '삭제하기 전에 확인을 묻지 않음', en: "Don't ask for confirmation before removing" },
        keywords: { ko: ['확인 없이', '강제 삭제'], en: ['force', 'no prompt'] },
      },
      '--stop': {
        summary: { ko: '실행 중인 컨테이너를 먼저 멈추고 삭제', en: 'Stop running containers first, then remove them' },
        keywords: { ko: ['멈추고 삭제', '중지 후 삭제'], en: ['stop', 'stop then remove'] },
      },
      '--volumes': {
        summary: { ko: '컨테이너에 붙은 익명 볼륨도 함께 삭제 (이름 있는 볼륨은 남김)', en: 'Also remove anonymous volumes attached to the containers (named ones stay)' },
        keywords: { ko: ['익명 볼륨 삭제', '볼륨 정리'], en: ['volumes', 'anonymous volumes'] },
      },
    },
  },

  'compose run': {
    summary: { ko: '서비스 설정으로 일회성 컨테이너를 새로 만들어 명령 하나 실행', en: "Start a one-off container from a service's settings to run a single command" },
    keywords: {
      ko: ['일회성 실행', '한 번 실행', '명령 실행', '마이그레이션', '관리 명령', '테스트 실행'],
      en: ['run', 'one-off', 'one-off command', 'migrate', 'run task', 'run tests', 'docker-compose run'],
    },
    details: {
      ko: '서비스의 이미지, 환경 변수, 볼륨, 네트워크를 그대로 쓰되 새 컨테이너를 하나 더 만들어 주어진 명령을 실행합니다(마이그레이션, 테스트, 관리 명령 등). 서비스의 ports는 publish하지 않으니, 포트가 필요하면 --service-ports나 -p를 줍니다. depends_on에 적힌 서비스는 먼저 띄우며(--no-deps로 끔), 끝난 컨테이너는 남으니 보통 --rm을 붙입니다. 이미 떠 있는 컨테이너에서 실행하려면 docker compose exec를 씁니다.',
      en: "Creates an extra container with the service's image, environment, volumes and networks and runs the given command in it: migrations, tests, admin tasks. The service's ports are not published; add --service-ports or -p when you need them. Services in depends_on are started first (--no-deps turns that off), and the finished container is kept, so --rm is usual. To run something in the already running container, use docker compose exec.",
    },
    examples: [
      'docker compose run --rm web python manage.py migrate',
      'docker compose run --rm --service-ports web',
      'docker compose run --rm -e DEBUG=1 --no-deps worker pytest',
      'docker compose run --rm --entrypoint sh web',
    ],
    related: ['docker compose exec', 'docker compose up', 'docker run'],
    options: {
      '--build': {
        summary: { ko: '컨테이너를 시작하기 전에 이미지를 빌드', en: 'Build the image before starting the container' },
        keywords: { ko: ['빌드 후 실행', '다시 빌드'], en: ['build', 'rebuild'] },
      },
      '--cap-add': {
        summary: { ko: '리눅스 커널 권한(capability)을 추가', en: 'Add a Linux capability' },
        keywords: { ko: ['권한 추가', '커널 권한'], en: ['cap add', 'capability'] },
      },
      '--cap-drop': {
        summary: { ko: '리눅스 커널 권한(capability)을 뺌', en: 'Drop a Linux capability' },
        keywords: { ko: ['권한 제거', '커널 권한'], en: ['cap drop', 'capability'] },
      },
      '--detach': {
        summary: { ko: '컨테이너를 백그라운드에서 실행하고 ID를 출력', en: 'Run the container in the background and print its ID' },
        keywords: { ko: ['백그라운드', '분리 실행'], en: ['detach', 'background'] },
      },
      '--entrypoint': {
        summary: { ko: '이미지의 ENTRYPOINT 대신 실행할 명령', en: "Run this instead of the image's ENTRYPOINT" },
        keywords: { ko: ['엔트리포인트 변경', '시작 명령 바꾸기'], en: ['entrypoint', 'override entrypoint'] },
      },
      '--env': {
        ...envVar,
        details: {
          ko: '서비스의 environment 값에 더하거나 같은 이름을 덮어씁니다. 이 한 번의 실행에만 적용되고 compose.yaml이나 다른 컨테이너에는 영향이 없습니다.',
          en: "Adds to the service's environment or overrides a variable of the same name. It applies to this run only; compose.yaml and other containers are unaffected.",
        },
        examples: ['docker compose run --rm -e LOG_LEVEL=debug worker'],
      },
      '--env-from-file': {
        summary: { ko: '파일에서 환경 변수를 읽어 설정', en: 'Read environment variables from a file' },
        keywords: { ko: ['환경 파일', '변수 파일'], en: ['env file', 'environment file'] },
      },
      '--interactive': {
        summary: { ko: '표준 입력을 열어 둠 (기본 켜짐)', en: 'Keep standard input open (default on)' },
        keywords: { ko: ['대화형', '입력 열기'], en: ['interactive', 'stdin'] },
      },
      '--label': {
        summary: { ko: '컨테이너에 라벨 추가 (KEY=값)', en: 'Add a label to the container (KEY=value)' },
        keywords: { ko: ['라벨', '메타데이터'], en: ['label', 'metadata'] },
      },
      '--name': {
        summary: { ko: '자동 이름 대신 쓸 컨테이너 이름', en: 'Name the container instead of the generated name' },
        keywords: { ko: ['컨테이너 이름', '이름 지정'], en: ['name', 'container name'] },
      },
      '--no-tty': noTty,
      '--no-deps': {
        summary: { ko: 'depends_on에 적힌 서비스를 먼저 띄우지 않음', en: 'Do not start the services listed in depends_on' },
        keywords: { ko: ['의존 서비스 제외', '이것만 실행'], en: ['no deps', 'skip dependencies'] },
      },
      '--publish': {
        summary: { ko: '컨테이너 포트를 호스트에 공개 (호스트:컨테이너)', en: 'Publish a container port on the host (host:container)' },
        keywords: { ko: ['포트 공개', '포트 연결', '포트 매핑'], en: ['publish', 'port', 'port mapping'] },
      },
      '--pull': pullPolicy,
      '--quiet': {
        summary: { ko: '표준 출력에 아무것도 출력하지 않음', en: 'Print nothing to standard output' },
        keywords: { ko: ['조용히', '출력 없음'], en: ['quiet', 'silent'] },
      },
      '--quiet-build': {
        summary: { ko: '빌드 출력을 숨김', en: 'Hide the build output' },
        keywords: { ko: ['빌드 출력 숨김', '조용한 빌드'], en: ['quiet build', 'hide build output'] },
      },
      '--quiet-pull': quietPull,
      '--remove-orphans': removeOrphans,
      '--rm': {
        summary: { ko: '명령이 끝나면 컨테이너를 자동으로 삭제', en: 'Remove the container when the command exits' },
        keywords: { ko: ['자동 삭제', '끝나면 삭제', '일회용'], en: ['rm', 'auto remove', 'cleanup', 'throwaway'] },
        details: {
          ko: '주지 않으면 실행할 때마다 프로젝트-서비스-run-임의값 이름의 멈춘 컨테이너가 쌓입니다. 컨테이너는 지워도 이름 있는 볼륨에 쓴 데이터는 남습니다.',
          en: 'Without it every run leaves a stopped container named project-service-run-something behind. Removing the container keeps whatever was written to named volumes.',
        },
        examples: ['docker compose run --rm web npm test'],
      },
      '--service-ports': {
        summary: { ko: '서비스의 ports 설정대로 포트를 호스트에 공개해 실행', en: "Publish the service's ports on the host, as its ports section says" },
        keywords: { ko: ['서비스 포트', '포트 공개', '포트 열기'], en: ['service ports', 'publish ports', 'expose ports'] },
        details: {
          ko: 'compose run은 보통 포트를 열지 않아, 디버거를 붙이려고 웹 서버를 run으로 띄우면 브라우저에서 접속이 안 됩니다. 이 플래그를 주면 ports 설정이 적용되지만, 같은 서비스가 up으로 이미 떠 있으면 호스트 포트가 겹쳐 실패합니다.',
          en: 'compose run normally publishes no ports, so a web server started with run to attach a debugger cannot be reached from the browser. This flag applies the ports section, but fails on a port clash if the same service is already up.',
        },
        examples: ['docker compose run --rm --service-ports web'],
      },
      '--use-aliases': {
        summary: { ko: '서비스의 네트워크 별칭을 이 컨테이너에도 붙임', en: "Give this container the service's network aliases" },
        keywords: { ko: ['네트워크 별칭', '서비스 이름으로 접근'], en: ['aliases', 'network alias'] },
      },
      '--user': user,
      '--volume': {
        summary: { ko: '볼륨이나 호스트 경로를 컨테이너에 마운트', en: 'Mount a volume or host path into the container' },
        keywords: { ko: ['볼륨 연결', '마운트', '폴더 공유'], en: ['volume', 'mount', 'bind mount'] },
      },
      '--workdir': workdir,
    },
  },

  'compose scale': {
    summary: { ko: '서비스마다 돌릴 컨테이너 개수를 바꿈 (서비스=개수)', en: 'Change how many containers run for each service (service=count)' },
    keywords: { ko: ['스케일', '개수 조절', '늘리기', '줄이기', '레플리카'], en: ['scale', 'replicas', 'scale out', 'instances'] },
    related: ['docker compose up'],
    options: {
      '--no-deps': {
        summary: { ko: 'depends_on에 적힌 서비스를 띄우지 않음', en: 'Do not start the services listed in depends_on' },
        keywords: { ko: ['의존 서비스 제외', '이것만'], en: ['no deps', 'skip dependencies'] },
      },
    },
  },

  'compose start': {
    summary: { ko: '멈춰 있는 서비스 컨테이너를 다시 시작', en: 'Start the existing, stopped containers of the services' },
    keywords: {
      ko: ['시작', '다시 켜기', '컨테이너 시작', '서비스 시작', '재개'],
      en: ['start', 'start services', 'start stopped', 'resume', 'turn on'],
    },
    details: {
      ko: 'stop으로 멈춘 기존 컨테이너를 그대로 다시 켭니다. 컨테이너를 새로 만들지 않고 파일의 변경도 반영하지 않으므로, 컨테이너가 아직 없거나 설정을 바꿨다면 docker compose up을 씁니다.',
      en: 'Starts the containers that stop left behind, as they are. Nothing is created and file changes are not applied, so if there are no containers yet or you changed the configuration, use docker compose up.',
    },
    examples: ['docker compose start', 'docker compose start db', 'docker compose start --wait --wait-timeout 60'],
    related: ['docker compose stop', 'docker compose up', 'docker start'],
    options: {
      '--wait': {
        summary: {
          ko: '서비스가 실행(헬스체크가 있으면 healthy) 상태가 될 때까지 기다렸다가 끝냄',
          en: 'Return only once services are running, or healthy if they have a healthcheck',
        },
        keywords: { ko: ['준비될 때까지 대기', '헬스체크 대기', '정상 상태 대기'], en: ['wait', 'healthy', 'wait for ready', 'ci'] },
        details: {
          ko: '컨테이너를 켜는 데서 멈추지 않고 준비가 끝날 때까지 기다리며, 그 안에 준비되지 않으면 0이 아닌 코드로 끝납니다. 스크립트에서 다음 단계를 이어 가기 전에 쓰기 좋습니다.',
          en: 'Instead of returning as soon as the containers start, it waits until they are ready and exits non-zero if they never get there. Useful in scripts before the next step runs.',
        },
      },
      '--wait-timeout': {
        summary: { ko: '--wait로 기다릴 최대 시간(초). 기본값 0은 제한 없음', en: 'Give up --wait after this many seconds (default 0: no limit)' },
        keywords: { ko: ['대기 제한', '최대 대기 시간'], en: ['wait timeout', 'max wait'] },
      },
    },
  },

  'compose stats': {
    summary: { ko: '서비스 컨테이너의 CPU, 메모리, 네트워크, 디스크 사용량을 실시간으로 출력', en: "Show a live stream of the containers' CPU, memory, network and disk use" },
    keywords: { ko: ['리소스 사용량', '메모리 사용량', 'CPU 사용량', '모니터링', '자원 확인'], en: ['stats', 'resource usage', 'memory', 'cpu', 'monitor'] },
    related: ['docker stats', 'docker compose top'],
    options: {
      '--all': {
        summary: { ko: '멈춘 컨테이너까지 모두 표시 (기본은 실행 중만)', en: 'Show all containers, not just running ones' },
        keywords: { ko: ['전체 보기', '멈춘 컨테이너'], en: ['all', 'stopped'] },
      },
      '--format': {
        summary: { ko: '출력 형식: table, json, 또는 Go 템플릿', en: 'Output format: table, json or a Go template' },
        keywords: { ko: ['출력 형식', '템플릿'], en: ['format', 'template', 'json'] },
      },
      '--no-stream': {
        summary: { ko: '계속 갱신하지 않고 한 번만 출력', en: 'Print one snapshot instead of a live stream' },
        keywords: { ko: ['한 번만', '스냅샷'], en: ['no stream', 'once', 'snapshot'] },
      },
      '--no-trunc': {
        summary: { ko: 'ID 등을 자르지 않고 전부 출력', en: "Don't shorten IDs and other columns" },
        keywords: { ko: ['자르지 않기', '전체 출력'], en: ['no trunc', 'full output'] },
      },
    },
  },

  'compose stop': {
    summary: { ko: '서비스 컨테이너를 멈추기만 하고 삭제하지 않음', en: "Stop the services' containers but keep them for a later start" },
    keywords: {
      ko: ['중지', '정지', '멈추기', '서비스 중지', '컨테이너 중지', '잠깐 끄기'],
      en: ['stop', 'stop services', 'halt', 'shut down', 'stop containers', 'docker-compose stop'],
    },
    details: {
      ko: '컨테이너에 정지 신호(기본 SIGTERM, 또는 서비스의 stop_signal)를 보내고, 유예 시간(기본 10초 또는 stop_grace_period) 안에 끝나지 않으면 강제 종료합니다. 컨테이너, 네트워크, 볼륨은 모두 그대로 남아 docker compose start로 다시 켤 수 있습니다. 컨테이너와 네트워크까지 정리하려면 docker compose down을 씁니다.',
      en: "Sends the containers a stop signal (SIGTERM, or the service's stop_signal) and kills them if they outlast the grace period (10 seconds, or stop_grace_period). Containers, networks and volumes are all kept, and docker compose start brings them back. To remove containers and networks too, use docker compose down.",
    },
    examples: ['docker compose stop', 'docker compose stop web worker', 'docker compose stop -t 30 db'],
    related: ['docker compose start', 'docker compose down', 'docker compose kill', 'docker stop'],
    options: {
      '--timeout': timeout,
    },
  },

  'compose top': {
    summary: { ko: '서비스 컨테이너마다 안에서 돌고 있는 프로세스 목록', en: "Show the processes running in each of the services' containers" },
    keywords: { ko: ['프로세스 목록', '프로세스 확인', '실행 중인 프로세스', '컨테이너 프로세스'], en: ['top', 'processes', 'ps inside container', 'running processes'] },
    details: {
      ko: '실행 중인 컨테이너마다 프로세스 표(사용자, PID, 명령 등)를 따로 보여 줍니다. PID는 컨테이너 안이 아니라 호스트에서 보이는 번호입니다. 셸로 들어가지 않고도 무엇이 돌고 있는지 확인할 때 씁니다.',
      en: 'Prints a process table (user, PID, command and more) for each running container. PIDs are as seen from the host, not inside the container. Handy to see what is running without opening a shell.',
    },
    examples: ['docker compose top', 'docker compose top web'],
    related: ['docker top', 'docker compose ps', 'docker compose stats'],
    options: {},
  },

  'compose unpause': {
    summary: { ko: '일시 정지한 서비스 컨테이너를 다시 움직이게 함', en: "Resume the processes of paused services' containers" },
    keywords: { ko: ['일시 정지 해제', '재개', '다시 움직이기'], en: ['unpause', 'resume', 'unfreeze'] },
    related: ['docker compose pause', 'docker unpause'],
    options: {},
  },

  'compose up': {
    summary: { ko: '서비스에 필요한 네트워크·볼륨·이미지를 준비하고 컨테이너를 만들어 실행', en: 'Create and start the containers of the project, with their networks and volumes' },
    keywords: {
      ko: ['컴포즈 실행', '컴포즈 시작', '서비스 실행', '전체 실행', '띄우기', '컨테이너 띄우기', '백그라운드 실행', '도커 컴포즈 업'],
      en: ['compose up', 'up', 'start services', 'run stack', 'bring up', 'start project', 'detached', 'docker-compose up'],
    },
    details: {
      ko: '파일에 정의된 네트워크와 볼륨을 만들고, 필요하면 이미지를 받거나 빌드한 뒤 서비스마다 컨테이너를 만들어 시작합니다. 이미 떠 있는 컨테이너는 설정이나 이미지가 바뀐 경우에만 다시 만들고 나머지는 그대로 둡니다. -d 없이 실행하면 모든 서비스의 로그를 터미널에 보여 주며, 이때 Ctrl+C를 누르면 컨테이너가 멈춥니다(삭제되지는 않음). 이미지가 이미 있으면 Dockerfile을 고쳐도 다시 빌드하지 않으니 --build를 붙이세요.',
      en: 'Creates the networks and volumes of the file, pulls or builds images as needed, then creates and starts a container per service. Running containers are recreated only when their configuration or image changed; the rest are left alone. Without -d it shows the logs of all services, and Ctrl+C then stops the containers (they are not removed). An image that already exists is not rebuilt when you edit the Dockerfile: add --build.',
    },
    examples: [
      'docker compose up -d',
      'docker compose up -d --build web',
      'docker compose up --abort-on-container-exit --exit-code-from tests',
      'docker compose up -d --wait',
    ],
    related: ['docker compose down', 'docker compose start', 'docker compose logs', 'docker compose ps', 'docker compose watch'],
    options: {
      '--abort-on-container-exit': {
        summary: { ko: '컨테이너 하나라도 끝나면 나머지도 모두 멈춤 (-d와 함께 못 씀)', en: 'Stop all containers as soon as any one of them exits; not with -d' },
        keywords: { ko: ['하나 끝나면 전체 중지', '테스트 실행', 'CI 테스트'], en: ['abort on exit', 'ci', 'integration tests'] },
      },
      '--abort-on-container-failure': {
        summary: { ko: '컨테이너 하나라도 오류로 끝나면 나머지도 모두 멈춤 (-d와 함께 못 씀)', en: 'Stop all containers if any one of them exits with an error; not with -d' },
        keywords: { ko: ['실패 시 전체 중지', '오류 시 중단'], en: ['abort on failure', 'fail fast'] },
      },
      '--always-recreate-deps': {
        summary: { ko: '다시 만드는 서비스가 의존하는 서비스의 컨테이너도 함께 다시 만듦 (--no-recreate와 함께 못 씀)', en: 'Also recreate the containers of the services it depends on; not with --no-recreate' },
        keywords: { ko: ['의존 서비스 재생성', '함께 다시 만들기'], en: ['recreate deps', 'dependencies'] },
      },
      '--attach': {
        summary: { ko: '이 서비스들의 로그만 터미널에 보여 줌 (여러 번 가능)', en: 'Show the logs of only these services (repeatable)' },
        keywords: { ko: ['특정 서비스 로그', '로그 골라 보기'], en: ['attach', 'only these logs'] },
      },
      '--attach-dependencies': {
        summary: { ko: '지정한 서비스가 의존하는 서비스의 로그도 함께 보여 줌', en: 'Also show the logs of the services the started ones depend on' },
        keywords: { ko: ['의존 서비스 로그', '함께 보기'], en: ['attach dependencies', 'dependency logs'] },
      },
      '--build': {
        ...build,
        details: {
          ko: 'up은 이미지가 없을 때만 빌드하므로, 코드나 Dockerfile을 고친 뒤에는 이 플래그가 있어야 새 이미지로 컨테이너가 바뀝니다. 빌드 결과가 같으면 캐시 덕분에 빨리 끝나고 컨테이너도 다시 만들지 않습니다.',
          en: 'up builds only when the image is missing, so after changing code or the Dockerfile you need this flag to get containers on a new image. If nothing changed the cached build is quick and containers are not recreated.',
        },
        examples: ['docker compose up -d --build'],
      },
      '--detach': {
        summary: { ko: '컨테이너를 백그라운드에서 띄우고 바로 프롬프트로 돌아옴', en: 'Start the containers in the background and return to the prompt' },
        keywords: { ko: ['백그라운드 실행', '분리 모드', '데몬으로'], en: ['detach', 'background', 'daemon'] },
        details: {
          ko: '로그가 터미널에 나오지 않으니 docker compose logs -f로 봅니다. 터미널을 닫아도 컨테이너는 docker compose stop이나 down을 할 때까지 계속 돌아갑니다.',
          en: 'Logs are not shown, so read them with docker compose logs -f. Containers keep running after you close the terminal, until docker compose stop or down.',
        },
        examples: ['docker compose up -d'],
      },
      '--exit-code-from': {
        summary: { ko: '이 서비스 컨테이너의 종료 코드로 끝냄 (--abort-on-container-exit 포함)', en: "Exit with this service's exit code; implies --abort-on-container-exit" },
        keywords: { ko: ['종료 코드', '테스트 결과', 'CI 결과'], en: ['exit code', 'tests', 'ci'] },
      },
      '--force-recreate': {
        ...forceRecreate,
        details: {
          ko: '컨테이너를 지우고 새로 만들므로, 볼륨이 아닌 곳에 쓴 파일은 사라집니다. 이름 있는 볼륨의 데이터와 이전 컨테이너의 익명 볼륨은 그대로 이어받습니다(-V를 주면 익명 볼륨은 새로 만듦).',
          en: 'Containers are removed and created again, so files written outside volumes are lost. Data in named volumes stays, and anonymous volumes are carried over from the old containers (unless -V).',
        },
        examples: ['docker compose up -d --force-recreate web'],
      },
      '--menu': {
        summary: { ko: '로그를 보는 동안 쓸 수 있는 단축키 메뉴를 켬 (-d와 함께 못 씀)', en: 'Offer keyboard shortcuts while attached to the logs; not with -d' },
        keywords: { ko: ['단축키', '대화형 메뉴'], en: ['menu', 'shortcuts', 'interactive'] },
      },
      '--no-attach': {
        summary: { ko: '이 서비스들의 로그는 보여 주지 않음 (여러 번 가능)', en: 'Hide the logs of these services (repeatable)' },
        keywords: { ko: ['로그 숨기기', '시끄러운 서비스'], en: ['no attach', 'hide logs', 'mute service'] },
      },
      '--no-build': noBuild,
      '--no-color': noColor,
      '--no-deps': {
        summary: { ko: '지정한 서비스만 띄우고, depends_on의 서비스는 띄우지 않음', en: 'Start only the named services, not the ones they depend on' },
        keywords: { ko: ['의존 서비스 제외', '이것만 실행', '하나만 교체'], en: ['no deps', 'only this service', 'skip dependencies'] },
        details: {
          ko: '다른 서비스는 건드리지 않고 web 하나만 새 이미지로 바꿀 때 자주 씁니다. 의존하는 서비스가 떠 있지 않으면 그 서비스에 연결하지 못해 오류가 날 수 있습니다.',
          en: 'Often used to swap just web onto a new image without touching anything else. If a dependency is not running, the service may fail to connect to it.',
        },
        examples: ['docker compose up -d --no-deps --build web'],
      },
      '--no-log-prefix': noLogPrefix,
      '--no-recreate': noRecreate,
      '--no-start': {
        summary: { ko: '컨테이너(와 네트워크, 볼륨)를 만들기만 하고 시작하지 않음', en: 'Create the containers (and networks, volumes) without starting them' },
        keywords: { ko: ['시작 안 함', '만들기만'], en: ['no start', 'create only'] },
      },
      '--pull': pullPolicy,
      '--quiet-build': {
        summary: { ko: '이미지를 빌드할 때 빌드 출력을 숨김', en: 'Hide the build output when images are built' },
        keywords: { ko: ['빌드 출력 숨김', '조용한 빌드'], en: ['quiet build', 'hide build output'] },
      },
      '--quiet-pull': quietPull,
      '--remove-orphans': { ...removeOrphansDetailed, examples: ['docker compose up -d --remove-orphans'] },
      '--renew-anon-volumes': {
        summary: { ko: '이전 컨테이너의 익명 볼륨을 이어받지 않고 새로 만듦', en: 'Create fresh anonymous volumes instead of reusing the old containers\' ones' },
        keywords: { ko: ['익명 볼륨 새로', '볼륨 초기화'], en: ['renew volumes', 'anonymous volumes', 'fresh volumes'] },
      },
      '--scale': {
        ...scale,
        details: {
          ko: '서비스=개수로 주고, 여러 서비스는 플래그를 반복합니다. 호스트 포트를 고정해 공개한 서비스(예: 8080:80)는 두 개부터 포트가 겹쳐 실패하니 호스트 포트를 비우거나 범위로 줘야 합니다. container_name을 정한 서비스도 늘릴 수 없습니다.',
          en: 'Give service=count, repeating the flag for several services. A service published on a fixed host port (8080:80) fails from the second copy on, so leave the host port out or give a range. Services with a container_name cannot be scaled either.',
        },
        examples: ['docker compose up -d --scale worker=3'],
      },
      '--timeout': timeout,
      '--timestamps': {
        summary: { ko: '로그 줄마다 시각을 붙여 보여 줌', en: 'Show a timestamp on each log line' },
        keywords: { ko: ['타임스탬프', '시간 표시'], en: ['timestamps', 'time'] },
      },
      '--wait': {
        summary: { ko: '서비스가 실행(헬스체크가 있으면 healthy) 상태가 될 때까지 기다림. -d 포함', en: 'Wait until services are running, or healthy if they have a healthcheck; implies -d' },
        keywords: { ko: ['준비될 때까지 대기', '헬스체크 대기', '정상 상태 대기'], en: ['wait', 'healthy', 'wait for ready', 'ci'] },
        details: {
          ko: '모든 서비스가 떠서(헬스체크가 있으면 healthy가 되어) 준비되면 그때 돌아오고, 그러지 못하면 0이 아닌 코드로 끝납니다. 스크립트나 CI에서 테스트를 돌리기 전에 쓰기 좋으며, 최대 대기 시간은 --wait-timeout으로 정합니다.',
          en: 'Returns once every service is up, and healthy where a healthcheck is defined, or exits non-zero if that does not happen. Good in scripts and CI before running tests; bound the wait with --wait-timeout.',
        },
        examples: ['docker compose up -d --wait --wait-timeout 60'],
      },
      '--wait-timeout': {
        summary: { ko: '--wait로 기다릴 최대 시간(초)', en: 'Give up --wait after this many seconds' },
        keywords: { ko: ['대기 제한', '최대 대기 시간'], en: ['wait timeout', 'max wait'] },
      },
      '--watch': {
        summary: { ko: '띄운 뒤 파일 변경을 감시해 develop.watch 규칙대로 동기화나 다시 빌드', en: 'Also watch files and sync or rebuild services per their develop.watch rules' },
        keywords: { ko: ['파일 감시', '자동 반영', '핫 리로드'], en: ['watch', 'hot reload', 'auto rebuild'] },
      },
      '--yes': yes,
    },
  },

  'compose version': {
    summary: { ko: 'Docker Compose 버전 정보 출력', en: 'Show the Docker Compose version' },
    keywords: { ko: ['버전', '버전 확인', '컴포즈 버전'], en: ['version', 'compose version', 'which version'] },
    related: ['docker version'],
    options: {
      '--format': {
        summary: { ko: '출력 형식: pretty(기본) 또는 json', en: 'Output format: pretty (default) or json' },
        keywords: { ko: ['출력 형식', 'JSON 출력'], en: ['format', 'json'] },
        values: ['pretty', 'json'],
      },
      '--short': {
        summary: { ko: '버전 번호만 출력', en: 'Print only the version number' },
        keywords: { ko: ['번호만', '짧게'], en: ['short', 'number only'] },
      },
    },
  },

  'compose volumes': {
    summary: { ko: '프로젝트가 만든 볼륨 목록 (서비스를 주면 그 서비스가 쓰는 것만)', en: 'List the volumes of the project, or only those the given services use' },
    keywords: {
      ko: ['볼륨 목록', '볼륨 보기', '컴포즈 볼륨', '데이터 볼륨', '볼륨 확인'],
      en: ['volumes', 'list volumes', 'compose volumes', 'project volumes', 'named volumes', 'data volume'],
    },
    details: {
      ko: '프로젝트 라벨이 붙은 볼륨, 곧 Compose가 이 프로젝트를 위해 만든 볼륨을 드라이버와 이름으로 보여 주며, external로 선언해 따로 만든 볼륨은 나오지 않습니다. 서비스 이름을 주면 그 서비스 컨테이너에 마운트된 볼륨만 남기므로 컨테이너가 만들어져 있어야 합니다. 목록만 볼 뿐 아무것도 지우지 않으며, 볼륨까지 정리하려면 docker compose down -v를 씁니다.',
      en: 'Shows, by driver and name, the volumes carrying the project label, that is the ones Compose created for this project; volumes declared external are not listed. With service names, only volumes mounted in those services\' containers are kept, so the containers must exist. It only lists and removes nothing; docker compose down -v is how volumes get deleted.',
    },
    examples: ['docker compose volumes', 'docker compose volumes -q db', 'docker compose volumes --format json'],
    related: ['docker volume ls', 'docker compose down', 'docker compose ps'],
    options: {
      '--format': {
        summary: { ko: '출력 형식: table(기본), json, 또는 Go 템플릿', en: 'Output format: table (default), json or a Go template' },
        keywords: { ko: ['출력 형식', 'JSON 출력', '템플릿'], en: ['format', 'json', 'template', 'table'] },
      },
      '--quiet': {
        summary: { ko: '볼륨 이름만 출력', en: 'Print only the volume names' },
        keywords: { ko: ['이름만', '조용히'], en: ['quiet', 'names only'] },
      },
    },
  },

  'compose wait': {
    summary: { ko: '서비스 컨테이너가 멈출 때까지 기다림', en: "Wait until the services' containers have stopped" },
    keywords: { ko: ['대기', '끝날 때까지 기다리기', '종료 대기'], en: ['wait', 'block', 'wait for exit'] },
    related: ['docker wait', 'docker compose up'],
    options: {
      '--down-project': {
        summary: { ko: '첫 컨테이너가 멈추면 프로젝트 전체를 내림', en: 'Take the whole project down as soon as the first container stops' },
        keywords: { ko: ['프로젝트 내리기', '함께 종료'], en: ['down project', 'tear down'] },
      },
    },
  },

  'compose watch': {
    summary: { ko: '파일이 바뀌면 develop.watch 규칙대로 컨테이너에 동기화하거나 다시 빌드', en: 'Watch source files and sync, restart or rebuild services as develop.watch says' },
    keywords: {
      ko: ['파일 감시', '자동 반영', '핫 리로드', '코드 동기화', '자동 빌드', '개발 모드'],
      en: ['watch', 'hot reload', 'live reload', 'sync files', 'auto rebuild', 'develop'],
    },
    details: {
      ko: '서비스에 develop.watch 설정이 있어야 동작하며, 경로마다 sync(바뀐 파일을 컨테이너로 복사), rebuild(이미지를 다시 빌드하고 컨테이너 교체), sync+restart 같은 동작을 정합니다. 기본으로 먼저 서비스를 빌드하고 띄운 뒤 감시를 시작하며, --no-up이면 이미 떠 있는 서비스를 감시만 합니다. 바인드 마운트와 달리 호스트 디렉터리를 통째로 공유하지 않고 바뀐 파일만 보냅니다.',
      en: 'Needs develop.watch in the service; each rule names a path and an action such as sync (copy changed files into the container), rebuild (build the image and replace the container) or sync+restart. By default it builds and starts the services first, then watches; with --no-up it only watches what is already running. Unlike a bind mount, it does not share the whole host directory but sends just the changed files.',
    },
    examples: ['docker compose watch', 'docker compose watch web', 'docker compose watch --no-up', 'docker compose up --watch'],
    related: ['docker compose up', 'docker compose build'],
    options: {
      '--no-up': {
        summary: { ko: '서비스를 빌드하고 띄우는 단계 없이 감시만 시작', en: 'Start watching without building and starting the services first' },
        keywords: { ko: ['감시만', '띄우지 않기'], en: ['no up', 'watch only'] },
      },
      '--prune': {
        summary: { ko: '다시 빌드하며 남은 이름 없는 이미지를 지움 (기본 켜짐)', en: 'Remove dangling images left by rebuilds (default on)' },
        keywords: { ko: ['이미지 정리', '댕글링 이미지'], en: ['prune', 'dangling images'] },
      },
      '--quiet': {
        summary: { ko: '빌드 출력을 숨김', en: 'Hide the build output' },
        keywords: { ko: ['조용히', '빌드 출력 숨김'], en: ['quiet', 'hide build output'] },
      },
    },
  },
};
