/** Words for the containers commands: see ./types.ts. */
import type { FlagWords, WordsFile } from './types.js';

/** `--format` of the commands that print JSON or a Go template (inspect, info, version, events). */
const formatJsonOrTemplate: FlagWords = {
  summary: { ko: '출력 형식 지정: json 또는 원하는 값만 고르는 Go 템플릿', en: 'Print JSON, or pick the fields you want with a Go template' },
  keywords: { ko: ['출력 형식', '포맷', 'Go 템플릿', '값만 뽑기', 'JSON 출력'], en: ['format', 'go template', 'json', 'extract field', 'template'] },
};

/** `--format` of the commands that print a table by default (stats, system df). */
const formatTable = {
  summary: { ko: '출력 형식 지정: table(기본), json, 또는 Go 템플릿', en: 'Choose the output: table (the default), json, or a Go template' },
  keywords: { ko: ['출력 형식', '포맷', '표 형식', 'Go 템플릿', 'JSON 출력'], en: ['format', 'table', 'json', 'go template', 'columns'] },
} as const;

/** `--detach-keys` of attach, exec and start. */
const detachKeys = {
  summary: {
    ko: '컨테이너에서 빠져나올 때 누르는 키 조합 변경 (기본 Ctrl-P, Ctrl-Q)',
    en: 'Change the key sequence that detaches you from the container (default Ctrl-P Ctrl-Q)',
  },
  keywords: { ko: ['분리 키', '빠져나오기', '단축키', '디태치 키'], en: ['detach keys', 'ctrl-p ctrl-q', 'escape sequence', 'detach'] },
  details: {
    ko: "키는 'ctrl-x,x'처럼 쉼표로 이어 적습니다. 셸이나 편집기에서 Ctrl-P를 자주 써서 기본 조합이 방해될 때 바꿉니다.",
    en: "Write the keys separated by commas, as in 'ctrl-x,x'. Change it when the default gets in the way, for example because your shell or editor uses Ctrl-P.",
  },
} as const;

/** `--force` of the prune commands. */
const forceNoPrompt: FlagWords = {
  summary: { ko: '확인 질문 없이 바로 삭제', en: 'Delete without asking for confirmation' },
  keywords: { ko: ['확인 생략', '강제', '묻지 않기', '자동 삭제'], en: ['force', 'yes', 'no prompt', 'non-interactive'] },
};

export const containersWords: WordsFile = {
  attach: {
    summary: {
      ko: '터미널을 실행 중인 컨테이너의 메인 프로세스 입출력에 연결',
      en: "Connect your terminal to the input and output of a running container's main process",
    },
    keywords: {
      ko: ['컨테이너 연결', '어태치', '붙기', '컨테이너 접속', '출력 보기', '입력 연결'],
      en: ['attach', 'connect to container', 'main process', 'stdin', 'stdout', 'console', 'detach'],
    },
    details: {
      ko: 'docker attach는 새 프로세스를 띄우지 않고, 컨테이너가 처음 시작한 메인 프로세스(PID 1)의 표준 입력·출력·에러에 터미널을 붙입니다. 셸을 새로 열고 싶다면 docker exec -it가 맞는 명령입니다. 붙어 있는 동안 Ctrl-C를 누르면 기본적으로 그 신호가 메인 프로세스에 전달되어 컨테이너가 멈출 수 있습니다. 컨테이너를 -it로 시작했다면 Ctrl-P, Ctrl-Q를 차례로 눌러 컨테이너는 그대로 둔 채 빠져나올 수 있습니다.',
      en: "docker attach starts no new process: it hooks your terminal up to the standard input, output and error of the container's main process (PID 1). To open a fresh shell, docker exec -it is what you want. While you are attached, Ctrl-C is passed on to the main process by default and may stop the container. If the container was started with -it, pressing Ctrl-P then Ctrl-Q detaches you and leaves it running.",
    },
    examples: ['docker attach web', 'docker attach --no-stdin web', 'docker attach --sig-proxy=false web'],
    related: ['docker exec', 'docker logs', 'docker start', 'docker run', 'docker compose attach'],
    options: {
      '--detach-keys': { ...detachKeys, examples: ['docker attach --detach-keys ctrl-x,x web'] },
      '--no-stdin': {
        summary: { ko: '키보드 입력은 연결하지 않고 출력만 보기', en: 'Only watch the output, without connecting your keyboard input' },
        keywords: { ko: ['출력만 보기', '입력 차단', '읽기 전용'], en: ['no stdin', 'output only', 'read only', 'watch'] },
      },
      '--sig-proxy': {
        summary: {
          ko: '받은 시그널(Ctrl-C 등)을 컨테이너 프로세스로 넘김 (기본 true)',
          en: 'Pass signals you send, such as Ctrl-C, on to the container (default true)',
        },
        keywords: { ko: ['시그널 전달', '신호 전달', 'Ctrl-C 전달'], en: ['signal proxy', 'forward signals', 'ctrl-c', 'sigint'] },
        details: {
          ko: 'TTY 없이 실행 중인 컨테이너에서 --sig-proxy=false로 붙으면 Ctrl-C가 컨테이너에 가지 않고 attach만 끝나므로, 컨테이너는 계속 실행됩니다.',
          en: 'For a container running without a TTY, --sig-proxy=false keeps Ctrl-C from reaching it: Ctrl-C then just ends the attach and the container keeps running.',
        },
        examples: ['docker attach --sig-proxy=false web'],
      },
    },
  },

  builder: {
    summary: { ko: '이미지 빌드와 빌드 캐시를 다루는 명령 묶음', en: 'Group of commands for building images and managing the build cache' },
    keywords: {
      ko: ['빌더', '빌드 관리 명령', '빌드', '빌드 캐시'],
      en: ['builder', 'build commands', 'build', 'build cache'],
    },
    details: {
      ko: 'docker builder 자체는 아무 일도 하지 않고 하위 명령을 묶어 둔 것입니다. build는 이미지를 빌드하며 docker build와 같고, prune은 빌드 캐시를 정리합니다. 빌더 인스턴스를 만들거나 고르는 일은 docker buildx에서 합니다.',
      en: 'docker builder does nothing by itself; it groups subcommands. build builds an image, the same as docker build, and prune clears the build cache. Creating or choosing builder instances is done with docker buildx.',
    },
    related: ['docker build', 'docker builder prune', 'docker buildx'],
    options: {},
  },

  'builder prune': {
    summary: { ko: '이미지를 빌드하며 쌓인 빌드 캐시를 지워 디스크 공간 확보', en: 'Delete the cache left behind by image builds to free disk space' },
    keywords: {
      ko: ['빌드 캐시', '캐시 삭제', '캐시 정리', '빌드 캐시 지우기', '디스크 정리', '용량 확보'],
      en: ['build cache', 'prune', 'clear cache', 'clean build cache', 'free disk space', 'buildkit cache'],
    },
    details: {
      ko: '기본으로는 더 이상 아무것도 참조하지 않는 댕글링 캐시만 지우고, -a를 주면 지금 쓰이고 있지 않은 빌드 캐시를 모두 지웁니다. 이미지, 컨테이너, 볼륨은 건드리지 않습니다. 캐시가 사라지면 다음 빌드는 각 단계를 처음부터 다시 실행하므로 오래 걸릴 수 있습니다. 실행 전에 확인을 묻고, -f를 주면 묻지 않습니다.',
      en: 'By default only dangling cache, which nothing refers to any more, is removed; with -a, all build cache not currently in use goes. Images, containers and volumes are left alone. Without the cache, the next build runs every step again and may take much longer. It asks for confirmation first unless you pass -f.',
    },
    examples: [
      'docker builder prune',
      'docker builder prune -a -f',
      'docker builder prune --filter until=24h',
      'docker builder prune --keep-storage 10GB',
    ],
    related: ['docker buildx prune', 'docker buildx du', 'docker system df', 'docker system prune', 'docker image prune'],
    options: {
      '--all': {
        summary: { ko: '댕글링 캐시뿐 아니라 쓰이지 않는 빌드 캐시를 모두 삭제', en: 'Remove all unused build cache, not only dangling entries' },
        keywords: { ko: ['전체 캐시 삭제', '모든 캐시', '캐시 비우기'], en: ['all cache', 'unused cache', 'clear everything'] },
      },
      '--filter': {
        summary: {
          ko: '조건에 맞는 캐시만 삭제 (예: until=24h면 최근 24시간 것은 남김)',
          en: 'Only remove cache matching a condition, e.g. until=24h keeps the last 24 hours',
        },
        keywords: { ko: ['필터', '조건', '기간', '오래된 캐시'], en: ['filter', 'until', 'older than', 'condition'] },
        examples: ['docker builder prune --filter until=72h -f'],
      },
      '--force': forceNoPrompt,
      '--keep-storage': {
        summary: { ko: '지정한 용량(예: 10GB)만큼은 캐시를 남기고 나머지 삭제', en: 'Keep up to this much cache on disk, e.g. 10GB, and remove the rest' },
        keywords: { ko: ['캐시 용량 유지', '남길 용량', '용량 제한'], en: ['keep storage', 'cache size', 'limit cache', 'keep space'] },
      },
    },
  },

  container: {
    summary: { ko: '컨테이너를 만들고, 실행하고, 살펴보고, 지우는 명령 묶음', en: 'Group of commands for creating, running, inspecting and removing containers' },
    keywords: {
      ko: ['컨테이너 관리 명령', '컨테이너 관리', '컨테이너 명령', '컨테이너'],
      en: ['container', 'container commands', 'manage containers', 'container management'],
    },
    details: {
      ko: 'docker container 자체는 아무 일도 하지 않고 컨테이너를 다루는 하위 명령을 묶어 둡니다: attach, commit, cp, create, diff, exec, export, inspect, kill, logs, ls, pause, port, prune, rename, restart, rm, run, start, stats, stop, top, unpause, update, wait. 대부분은 docker logs처럼 짧은 형태로도 쓸 수 있고, docker container ls는 docker ps와 같습니다. docker container inspect는 컨테이너만 찾는다는 점에서 모든 종류의 객체를 찾는 docker inspect와 다르고, prune은 docker container prune 형태로만 씁니다.',
      en: 'docker container does nothing by itself; it groups the subcommands that work on containers: attach, commit, cp, create, diff, exec, export, inspect, kill, logs, ls, pause, port, prune, rename, restart, rm, run, start, stats, stop, top, unpause, update and wait. Most also have a short top-level form such as docker logs, and docker container ls is the same as docker ps. docker container inspect differs from docker inspect in looking at containers only, and prune exists only as docker container prune.',
    },
    related: ['docker ps', 'docker run', 'docker container inspect', 'docker container prune'],
    options: {},
  },

  'container inspect': {
    summary: { ko: '컨테이너의 설정과 상태를 JSON으로 자세히 출력', en: "Print a container's full configuration and state as JSON" },
    keywords: {
      ko: ['컨테이너 정보', '상세 정보', '설정 확인', '상태 확인', 'IP 주소 확인', '아이피 주소', '인스펙트'],
      en: ['inspect', 'container details', 'json', 'ip address', 'mounts', 'config', 'state'],
    },
    details: {
      ko: 'docker inspect와 달리 컨테이너만 찾으므로, 같은 이름의 이미지나 볼륨이 있어도 헷갈리지 않습니다. 결과는 JSON 배열이며, -f에 Go 템플릿을 주면 상태, IP 주소, 마운트 같은 값만 골라 볼 수 있습니다.',
      en: 'Unlike docker inspect, it only looks for containers, so an image or volume with the same name cannot get in the way. The result is a JSON array; give -f a Go template to pull out single values such as the state, IP address or mounts.',
    },
    examples: [
      'docker container inspect web',
      "docker container inspect -f '{{.State.Status}}' web",
      "docker container inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web",
    ],
    related: ['docker inspect', 'docker image inspect', 'docker ps'],
    options: {
      '--format': { ...formatJsonOrTemplate, examples: ["docker container inspect --format '{{json .Mounts}}' web"] },
      '--size': {
        summary: { ko: '컨테이너 파일 크기(쓰기 레이어와 전체 크기)도 함께 표시', en: "Also report the container's file sizes: the writable layer and the total" },
        keywords: { ko: ['크기', '용량', '디스크 사용량'], en: ['size', 'disk usage', 'writable layer'] },
      },
    },
  },

  'container prune': {
    summary: { ko: '멈춰 있는 컨테이너를 한꺼번에 삭제', en: 'Delete all stopped containers in one go' },
    keywords: {
      ko: ['컨테이너 정리', '중지된 컨테이너 삭제', '컨테이너 일괄 삭제', '안 쓰는 컨테이너', '디스크 정리', '프룬'],
      en: ['prune', 'remove stopped containers', 'clean up containers', 'delete exited containers', 'cleanup', 'free disk space'],
    },
    details: {
      ko: '실행 중이 아닌 컨테이너, 즉 종료됐거나 만들어지기만 한 컨테이너를 모두 지우며, 각 컨테이너의 쓰기 레이어에 남아 있던 파일도 함께 사라집니다. 실행 중이거나 일시 정지된 컨테이너, 이미지, 볼륨, 네트워크는 건드리지 않으므로 볼륨에 둔 데이터는 남습니다. 실행 전에 확인을 묻고, -f를 주면 바로 지웁니다. 일부만 지우려면 --filter로 만든 시점이나 라벨을 지정합니다.',
      en: "Removes every container that is not running, that is, exited or only created, and with each one the files left in its writable layer. Running and paused containers, images, volumes and networks are not touched, so data kept in volumes stays. It asks for confirmation first; -f skips the question. To remove only some, narrow it with --filter by age or label.",
    },
    examples: [
      'docker container prune',
      'docker container prune -f',
      'docker container prune --filter until=24h',
      'docker container prune --filter label=env=test -f',
    ],
    related: ['docker rm', 'docker ps', 'docker system prune', 'docker image prune', 'docker volume prune'],
    options: {
      '--filter': {
        summary: {
          ko: '조건에 맞는 컨테이너만 삭제 (예: until=24h, label=env=test)',
          en: 'Only remove containers matching a condition, e.g. until=24h or label=env=test',
        },
        keywords: { ko: ['필터', '조건', '기간', '라벨'], en: ['filter', 'until', 'label', 'older than'] },
        details: {
          ko: 'until은 그 시점보다 먼저 만들어진 컨테이너만, label은 그 라벨이 붙은 컨테이너만 대상으로 합니다. label!=를 쓰면 반대로 그 라벨이 붙은 컨테이너를 빼고 지웁니다.',
          en: 'until limits it to containers created before that time, label to containers carrying that label. label!= does the opposite and spares the containers with that label.',
        },
        examples: ['docker container prune --filter "until=48h"', 'docker container prune --filter "label!=keep"'],
      },
      '--force': forceNoPrompt,
    },
  },

  cp: {
    summary: { ko: '컨테이너와 호스트 사이에서 파일이나 디렉터리 복사', en: 'Copy files or folders between a container and the host' },
    keywords: {
      ko: ['파일 복사', '컨테이너 파일 복사', '파일 꺼내기', '파일 넣기', '호스트로 복사', '복사'],
      en: ['copy', 'cp', 'copy files', 'copy from container', 'copy to container', 'file transfer', 'extract file'],
    },
    details: {
      ko: '방향은 인자 순서로 정해집니다: 컨테이너:경로가 앞에 오면 컨테이너에서 꺼내고, 뒤에 오면 컨테이너에 넣습니다. 멈춘 컨테이너에서도 동작하므로, 종료된 컨테이너의 설정 파일이나 로그 파일을 꺼내 볼 때도 쓸 수 있습니다. 디렉터리는 안의 내용까지 통째로 복사되며, 원본 경로 끝에 /.을 붙이면 디렉터리 자체가 아니라 그 안의 내용만 복사됩니다. 컨테이너끼리 직접 복사할 수는 없고, /proc, /sys 같은 시스템 경로나 tmpfs의 파일은 복사되지 않습니다. 경로 자리에 -를 쓰면 tar 스트림으로 주고받습니다.',
      en: 'The order of the arguments sets the direction: with container:path first you copy out of the container, with it second you copy in. It works on stopped containers too, which helps when you need a config or log file from a container that has exited. Folders are copied with everything in them; end the source path with /. to copy only the contents, not the folder itself. You cannot copy straight from one container to another, and system paths such as /proc and /sys or files on tmpfs are not copied. Writing - for a path sends or reads a tar stream instead.',
    },
    examples: [
      'docker cp web:/etc/nginx/nginx.conf ./nginx.conf',
      'docker cp ./index.html web:/usr/share/nginx/html/',
      'docker cp web:/var/log/nginx/. ./nginx-logs/',
    ],
    related: ['docker exec', 'docker diff', 'docker compose cp', 'docker volume create'],
    options: {
      '--archive': {
        summary: { ko: '파일 소유자(UID/GID) 정보를 원본 그대로 유지하며 복사', en: "Keep the files' original owner and group IDs (UID/GID)" },
        keywords: { ko: ['소유자 유지', '권한 유지', '아카이브 모드'], en: ['archive', 'preserve owner', 'uid gid', 'ownership'] },
        details: {
          ko: '기본으로는 컨테이너에 넣은 파일은 root 소유가 되고, 호스트로 꺼낸 파일은 명령을 실행한 사용자 소유가 됩니다. -a를 주면 원본의 UID와 GID를 그대로 씁니다.',
          en: 'By default, files copied into a container end up owned by root, and files copied out belong to the user who ran the command. With -a they keep the UID and GID they had at the source.',
        },
        examples: ['docker cp -a ./config/. web:/etc/app/'],
      },
      '--follow-link': {
        summary: { ko: '원본 경로가 심볼릭 링크면 링크가 가리키는 실제 파일을 복사', en: 'If the source path is a symlink, copy the file it points to' },
        keywords: { ko: ['심볼릭 링크', '링크 따라가기', '바로가기'], en: ['symlink', 'follow link', 'dereference', 'symbolic link'] },
        details: {
          ko: '-L 없이 복사하면 링크 자체만 복사되어, 받은 쪽에서는 가리킬 대상이 없는 링크가 되기 쉽습니다. 링크로 된 설정 파일(예: /etc/localtime)을 꺼낼 때 필요합니다.',
          en: 'Without -L only the link itself is copied, which often leaves a link to nothing on the other side. You need it to fetch files that are links, such as /etc/localtime.',
        },
        examples: ['docker cp -L web:/etc/localtime ./localtime'],
      },
      '--quiet': {
        summary: { ko: '복사하는 동안 진행 상황을 표시하지 않음', en: 'Hide the progress output while copying' },
        keywords: { ko: ['조용히', '진행 표시 끄기', '출력 없음'], en: ['quiet', 'no progress', 'silent'] },
      },
    },
  },

  diff: {
    summary: {
      ko: '이미지와 비교해 컨테이너 파일 시스템에서 추가·변경·삭제된 파일 목록',
      en: 'List files added, changed or deleted in a container compared with its image',
    },
    keywords: {
      ko: ['변경 사항', '파일 변경', '바뀐 파일', '컨테이너 차이', '비교'],
      en: ['diff', 'changes', 'changed files', 'filesystem changes', 'added files', 'deleted files'],
    },
    details: {
      ko: '각 줄 앞의 A는 추가, C는 변경, D는 삭제를 뜻합니다. 볼륨이나 바인드 마운트에 쓴 파일은 컨테이너 쓰기 레이어에 있지 않으므로 목록에 나오지 않습니다. docker commit 전에 무엇이 새 이미지에 담길지 미리 볼 때 쓸 만합니다.',
      en: 'Each line starts with A for added, C for changed or D for deleted. Files written to volumes or bind mounts are not in the writable layer, so they are not listed. It is handy before docker commit, to see what would end up in the new image.',
    },
    examples: ['docker diff web'],
    related: ['docker commit', 'docker cp', 'docker container inspect'],
    options: {},
  },

  events: {
    summary: { ko: 'Docker 데몬에서 일어나는 일을 실시간으로 출력', en: 'Stream what happens on the Docker daemon as it happens' },
    keywords: {
      ko: ['이벤트', '실시간 이벤트', '이벤트 로그', '모니터링', '상태 변화 감시', '감시'],
      en: ['events', 'event stream', 'monitor', 'watch', 'real time', 'audit', 'container died'],
    },
    details: {
      ko: '컨테이너 생성·시작·종료, 이미지 pull, 네트워크 연결, 볼륨 마운트처럼 데몬이 한 일을 한 줄씩 보여 줍니다. --until을 주지 않으면 Ctrl-C로 끝낼 때까지 계속 기다리며 새 이벤트를 출력합니다. --since로 지난 이벤트도 볼 수 있지만, 데몬은 최근 이벤트를 일정 개수만 기억합니다.',
      en: 'Prints one line for each thing the daemon does: containers created, started or dying, images pulled, networks connected, volumes mounted and so on. Without --until it keeps waiting for new events until you press Ctrl-C. --since shows past events too, but the daemon only remembers a limited number of recent ones.',
    },
    examples: [
      'docker events',
      'docker events --filter type=container --filter event=die',
      'docker events --since 1h --filter container=web',
      "docker events --format '{{json .}}'",
    ],
    related: ['docker logs', 'docker ps', 'docker compose events'],
    options: {
      '--filter': {
        summary: {
          ko: '조건에 맞는 이벤트만 출력 (예: type=container, event=die, container=web)',
          en: 'Show only events matching a condition, e.g. type=container, event=die, container=web',
        },
        keywords: { ko: ['필터', '조건', '이벤트 종류', '특정 컨테이너'], en: ['filter', 'event type', 'container', 'event=die'] },
        details: {
          ko: '같은 키를 여러 번 주면 그중 하나만 맞아도 출력되고, 서로 다른 키는 모두 맞아야 출력됩니다.',
          en: 'Repeating the same key matches any of its values, while different keys must all match.',
        },
        examples: ['docker events -f type=container -f event=start -f event=die'],
      },
      '--format': formatJsonOrTemplate,
      '--since': {
        summary: {
          ko: '이 시점 이후의 이벤트부터 출력 (타임스탬프 또는 10m 같은 상대 시간)',
          en: 'Show events from this time on, as a timestamp or relative like 10m',
        },
        keywords: { ko: ['이후', '지난 이벤트', '시작 시각'], en: ['since', 'past events', 'from time'] },
      },
      '--until': {
        summary: { ko: '이 시점까지의 이벤트만 출력하고 끝냄', en: 'Stop at this time instead of streaming forever' },
        keywords: { ko: ['까지', '종료 시각', '기간 지정'], en: ['until', 'end time', 'stop streaming'] },
      },
    },
  },

  exec: {
    summary: { ko: '실행 중인 컨테이너 안에서 명령을 하나 더 실행 (셸 접속 등)', en: 'Run an extra command inside a running container, such as a shell' },
    keywords: {
      ko: ['컨테이너 접속', '셸 접속', '쉘 접속', '컨테이너 들어가기', '명령 실행', '배시', '터미널 접속'],
      en: ['exec', 'shell into container', 'bash', 'sh', 'enter container', 'run command in container', 'ssh into container', 'interactive shell'],
    },
    details: {
      ko: '이미 실행 중인 컨테이너에만 쓸 수 있으며, 멈췄거나 일시 정지된 컨테이너에서는 실패하므로 먼저 docker start나 docker unpause를 해야 합니다. 명령은 셸을 거치지 않고 그대로 실행되므로 &&, 파이프, 변수 치환을 쓰려면 sh -c "..."로 셸을 직접 띄워야 합니다. 셸에 들어가려면 -it를 함께 주고, 이미지에 bash가 없으면 sh를 씁니다. exec로 연 셸에서 exit해도 컨테이너는 계속 실행되며, exec로 띄운 프로세스는 컨테이너가 다시 시작될 때 되살아나지 않습니다.',
      en: 'It only works on a running container: a stopped or paused one must first be started with docker start or resumed with docker unpause. The command is run as is, not through a shell, so for &&, pipes or variable expansion you have to start one yourself with sh -c "...". For an interactive shell add -it, and use sh when the image has no bash. Leaving that shell with exit does not stop the container, and processes started with exec do not come back when the container restarts.',
    },
    examples: [
      'docker exec -it web sh',
      'docker exec -it -u root web bash',
      'docker exec db psql -U postgres -c "SELECT 1"',
      'docker exec web sh -c "ls /usr/share/nginx/html | wc -l"',
    ],
    related: ['docker attach', 'docker run', 'docker logs', 'docker cp', 'docker compose exec'],
    options: {
      '--detach': {
        summary: { ko: '명령을 백그라운드에서 실행하고 곧바로 돌아옴', en: 'Start the command in the background and return at once' },
        keywords: { ko: ['백그라운드', '분리 실행', '기다리지 않기'], en: ['detach', 'background', 'no wait'] },
        details: {
          ko: '명령의 출력은 터미널에 나오지 않고 docker logs에도 남지 않습니다. 결과가 필요하면 명령이 직접 파일에 쓰도록 해야 합니다.',
          en: 'The output appears neither in your terminal nor in docker logs, so make the command write to a file if you need its result.',
        },
        examples: ['docker exec -d web sh -c "tar czf /tmp/html.tgz /usr/share/nginx/html"'],
      },
      '--detach-keys': { ...detachKeys, examples: ['docker exec -it --detach-keys ctrl-x,x web sh'] },
      '--env': {
        summary: { ko: '이 명령에만 적용할 환경 변수 설정 (KEY=VALUE)', en: 'Set an environment variable for this command only (KEY=VALUE)' },
        keywords: { ko: ['환경 변수', '변수 설정', '환경변수'], en: ['env', 'environment variable', 'set variable'] },
        details: {
          ko: '컨테이너의 기존 환경 변수는 그대로 물려받고, 여기서 준 값이 그 위에 덮어씌워집니다. 컨테이너 자체의 설정은 바뀌지 않습니다.',
          en: 'The command still inherits the container\'s environment; values given here are added on top. The container\'s own settings do not change.',
        },
        examples: ['docker exec -e LOG_LEVEL=debug web env'],
      },
      '--env-file': {
        summary: { ko: '파일에 적힌 환경 변수들을 이 명령에 설정', en: 'Read environment variables for this command from a file' },
        keywords: { ko: ['환경 변수 파일', 'env 파일', '변수 파일'], en: ['env file', 'dotenv', 'variables file'] },
      },
      '--interactive': {
        summary: { ko: '표준 입력을 열어 두어 키보드나 파이프 입력을 명령에 전달', en: 'Keep standard input open so the command can read your keyboard or a pipe' },
        keywords: { ko: ['대화형', '입력 연결', '표준 입력'], en: ['interactive', 'stdin', 'keep input open', 'pipe'] },
        details: {
          ko: '셸처럼 입력을 받는 명령에는 -t와 함께 -it로 씁니다. 파일을 파이프로 흘려 넣을 때는 -t 없이 -i만 씁니다.',
          en: 'For a shell or anything else you type into, combine it with -t as -it. To pipe a file into the command, use -i alone, without -t.',
        },
        examples: ['docker exec -i db psql -U postgres < dump.sql'],
      },
      '--privileged': {
        summary: { ko: '이 명령에만 확장 권한을 줘서 실행', en: 'Run this command with extended privileges' },
        keywords: { ko: ['특권 모드', '권한 확장', '관리자 권한'], en: ['privileged', 'extended privileges', 'capabilities'] },
      },
      '--tty': {
        summary: { ko: '가상 터미널(TTY)을 붙여 프롬프트, 색상, 줄 편집이 제대로 동작하게 함', en: 'Give the command a pseudo-terminal so prompts, colours and line editing work' },
        keywords: { ko: ['터미널', '가상 터미널', '대화형 셸'], en: ['tty', 'pseudo terminal', 'terminal', '-it'] },
        details: {
          ko: '-i 없이 -t만 주면 키 입력이 전달되지 않으니, 대화형으로 쓸 때는 -it를 함께 씁니다. 출력을 파이프나 파일로 받을 때는 -t를 빼야 줄 끝에 CR 문자가 섞이지 않습니다.',
          en: 'With -t but no -i your keystrokes never reach the command, so use -it for interactive work. Leave -t out when piping the output or saving it to a file, or carriage returns end up in it.',
        },
        examples: ['docker exec -it web bash'],
      },
      '--user': {
        summary: { ko: '명령을 실행할 사용자 (이름이나 UID, 그룹은 :로 덧붙임)', en: 'Run the command as this user: a name or UID, optionally :group' },
        keywords: { ko: ['사용자 지정', '루트로 실행', '권한', '유저'], en: ['user', 'uid', 'run as root', 'run as user'] },
        details: {
          ko: '기본은 컨테이너에 정해진 사용자(보통 이미지의 USER)입니다. 파일 권한 때문에 root가 필요하면 -u root나 -u 0을 씁니다.',
          en: "The default is the container's user, usually the image's USER. When you need root, for example because of file permissions, use -u root or -u 0.",
        },
        examples: ['docker exec -u 0 -it web sh', 'docker exec -u 1000:1000 web id'],
      },
      '--workdir': {
        summary: { ko: '명령을 실행할 컨테이너 안의 작업 디렉터리', en: 'Directory inside the container to run the command in' },
        keywords: { ko: ['작업 디렉터리', '작업 폴더', '실행 위치'], en: ['workdir', 'working directory', 'cwd', 'cd'] },
        details: {
          ko: '주지 않으면 컨테이너의 작업 디렉터리(이미지의 WORKDIR, 없으면 /)에서 실행됩니다.',
          en: "Without it the command runs in the container's working directory: the image's WORKDIR, or / if there is none.",
        },
        examples: ['docker exec -w /usr/share/nginx/html web ls -la'],
      },
    },
  },

  image: {
    summary: { ko: '이미지를 받고, 만들고, 살펴보고, 지우는 명령 묶음', en: 'Group of commands for pulling, building, inspecting and removing images' },
    keywords: {
      ko: ['이미지 관리 명령', '이미지 관리', '이미지 명령', '이미지'],
      en: ['image', 'image commands', 'manage images', 'image management'],
    },
    details: {
      ko: 'docker image 자체는 아무 일도 하지 않고 이미지를 다루는 하위 명령을 묶어 둡니다: build, history, import, inspect, load, ls, prune, pull, push, rm, save, tag. docker image ls는 docker images와, docker image rm은 docker rmi와 같으며, 나머지도 대부분 docker pull처럼 짧은 형태가 있습니다.',
      en: 'docker image does nothing by itself; it groups the subcommands that work on images: build, history, import, inspect, load, ls, prune, pull, push, rm, save and tag. docker image ls is the same as docker images and docker image rm the same as docker rmi; most of the others also have a short form such as docker pull.',
    },
    related: ['docker images', 'docker pull', 'docker image inspect', 'docker image prune'],
    options: {},
  },

  'image inspect': {
    summary: { ko: '이미지의 설정, 레이어, 메타데이터를 JSON으로 자세히 출력', en: "Print an image's configuration, layers and metadata as JSON" },
    keywords: {
      ko: ['이미지 정보', '이미지 상세', '이미지 설정', '레이어 확인', '환경 변수 확인', '인스펙트'],
      en: ['inspect image', 'image details', 'json', 'layers', 'entrypoint', 'env', 'exposed ports', 'labels'],
    },
    details: {
      ko: '로컬에 있는 이미지만 보여 주므로, 레지스트리에만 있는 이미지는 먼저 pull하거나 docker buildx imagetools inspect로 봐야 합니다. ENTRYPOINT, CMD, 환경 변수, 노출 포트, 라벨 같은 값을 -f 템플릿으로 골라 볼 수 있습니다.',
      en: 'It only shows images on this machine; for one that is only in a registry, pull it first or use docker buildx imagetools inspect. Use an -f template to pick values such as ENTRYPOINT, CMD, environment variables, exposed ports or labels.',
    },
    examples: [
      'docker image inspect nginx:1.27',
      "docker image inspect -f '{{.Config.Cmd}}' nginx:1.27",
      'docker image inspect --platform linux/arm64 nginx:1.27',
    ],
    related: ['docker inspect', 'docker history', 'docker images', 'docker buildx imagetools inspect'],
    options: {
      '--format': { ...formatJsonOrTemplate, examples: ["docker image inspect --format '{{json .Config.Env}}' nginx:1.27"] },
      '--platform': {
        summary: { ko: '멀티 플랫폼 이미지에서 특정 플랫폼(예: linux/arm64)의 정보를 봄', en: 'Inspect one platform of a multi-platform image, e.g. linux/arm64' },
        keywords: { ko: ['플랫폼', '아키텍처', '멀티 플랫폼'], en: ['platform', 'architecture', 'arm64', 'multi-platform'] },
        details: {
          ko: '그 플랫폼의 이미지가 로컬에 없거나, 이미지 저장소가 멀티 플랫폼 이미지를 다루지 못하면 오류가 납니다.',
          en: 'It fails if that platform is not stored locally, or if the image store cannot hold multi-platform images.',
        },
      },
    },
  },

  info: {
    summary: { ko: 'Docker 데몬과 호스트의 전반적인 정보 출력', en: 'Show system-wide information about the Docker daemon and its host' },
    keywords: {
      ko: ['도커 정보', '시스템 정보', '데몬 정보', '스토리지 드라이버', '설정 확인', '환경 확인'],
      en: ['info', 'system info', 'daemon info', 'storage driver', 'docker root dir', 'cgroup', 'registry mirrors'],
    },
    details: {
      ko: '컨테이너와 이미지 개수, 스토리지·로깅 드라이버, cgroup 버전, 커널과 운영체제, CPU와 메모리, 데이터 디렉터리(Docker Root Dir), 레지스트리 미러 같은 설정을 한눈에 보여 줍니다. 데몬에 연결하지 못하면 오류가 함께 나오므로, 데몬이 떠 있는지 확인할 때도 씁니다.',
      en: 'Shows at a glance the number of containers and images, the storage and logging drivers, the cgroup version, kernel and OS, CPUs and memory, the data directory (Docker Root Dir) and settings such as registry mirrors. When the daemon cannot be reached it prints an error, so it is also a quick way to check that the daemon is up.',
    },
    examples: ['docker info', "docker info -f '{{.Driver}}'", "docker info --format '{{json .}}'"],
    related: ['docker version', 'docker system df'],
    options: {
      '--format': formatJsonOrTemplate,
    },
  },

  kill: {
    summary: { ko: '컨테이너를 기다리지 않고 즉시 강제 종료 (기본 SIGKILL)', en: 'Stop running containers by force, at once: SIGKILL unless you pick another signal' },
    keywords: {
      ko: ['강제 종료', '강제 중지', '강제로 멈추기', '킬', '컨테이너 죽이기', '즉시 종료', '시그널 보내기', '신호'],
      en: ['kill', 'force stop', 'forcefully stop', 'force shutdown', 'force quit', 'sigkill', 'signal', 'terminate', 'sighup', 'reload'],
    },
    details: {
      ko: '기본으로 SIGKILL을 보내므로 프로세스는 정리할 틈 없이 바로 끝납니다. 먼저 정상 종료를 기다려 주는 docker stop과 다른 점입니다. -s로 다른 시그널을 보낼 수도 있는데, 그때는 프로세스가 신호를 어떻게 처리하느냐에 따라 컨테이너가 계속 실행될 수 있습니다(예: SIGHUP으로 설정 다시 읽기). 종료된 컨테이너는 지워지지 않고 남습니다.',
      en: 'It sends SIGKILL by default, so the process ends on the spot with no chance to clean up; that is the difference from docker stop, which first waits for a clean exit. With -s you can send another signal, and then the container may well keep running, depending on how the process handles it (SIGHUP to reload its config, for example). A killed container is not removed.',
    },
    examples: ['docker kill web', 'docker kill -s SIGHUP web', 'docker kill --signal=SIGTERM web worker'],
    related: ['docker stop', 'docker rm', 'docker restart', 'docker compose kill'],
    options: {
      '--signal': {
        summary: { ko: '보낼 시그널, 이름이나 번호로 (기본 SIGKILL)', en: 'Signal to send, by name or number (default SIGKILL)' },
        keywords: { ko: ['시그널', '신호', '종료 신호', '설정 다시 읽기'], en: ['signal', 'sighup', 'sigterm', 'sigusr1'] },
        details: {
          ko: 'SIGHUP, HUP, 1처럼 이름이나 번호로 적을 수 있습니다. 신호는 컨테이너의 메인 프로세스(PID 1)에만 가며, 그 프로세스가 신호를 처리하지 않으면 아무 일도 일어나지 않을 수 있습니다.',
          en: 'Give it by name or number, as SIGHUP, HUP or 1. The signal goes to the main process (PID 1) only, and if that process does not handle it, nothing may happen.',
        },
        examples: ['docker kill -s HUP web'],
      },
    },
  },

  logout: {
    summary: { ko: '레지스트리에 저장된 로그인 정보를 지워 로그아웃', en: 'Log out of a registry by removing its saved credentials' },
    keywords: {
      ko: ['로그아웃', '레지스트리 로그아웃', '인증 정보 삭제', '자격 증명 삭제', '도커 허브 로그아웃'],
      en: ['logout', 'log out', 'sign out', 'registry', 'remove credentials', 'docker hub'],
    },
    details: {
      ko: '서버를 적지 않으면 Docker Hub에서 로그아웃합니다. 로그인할 때 저장해 둔 자격 증명을 자격 증명 저장소나 ~/.docker/config.json에서 지울 뿐, 레지스트리에 발급된 토큰을 무효로 만들지는 않습니다. 다른 레지스트리의 로그인 정보는 그대로 남습니다.',
      en: 'Without a server it logs you out of Docker Hub. It only deletes the credentials saved at login from the credential store or ~/.docker/config.json; it does not revoke tokens on the registry side. Logins to other registries stay as they are.',
    },
    examples: ['docker logout', 'docker logout ghcr.io', 'docker logout registry.example.com:5000'],
    related: ['docker login', 'docker push', 'docker pull'],
    options: {},
  },

  logs: {
    summary: { ko: '컨테이너가 표준 출력과 표준 에러로 낸 로그 출력', en: 'Show what a container wrote to its standard output and error' },
    keywords: {
      ko: ['로그', '로그 보기', '로그보기', '컨테이너 로그', '출력 확인', '실시간 로그', '에러 확인'],
      en: ['logs', 'log', 'see logs', 'container output', 'tail', 'follow', 'stdout', 'stderr'],
    },
    details: {
      ko: '컨테이너의 메인 프로세스가 표준 출력과 표준 에러로 쓴 내용만 보여 주며, 앱이 컨테이너 안의 파일에 직접 쓰는 로그는 나오지 않습니다. 멈춘 컨테이너의 로그도 볼 수 있어서, 컨테이너가 왜 종료됐는지 알아볼 때 가장 먼저 쓰는 명령입니다. 컨테이너의 표준 에러는 터미널의 표준 에러로 나오므로 grep으로 거르려면 2>&1을 붙여야 합니다. 로그는 컨테이너를 지우면 함께 사라집니다.',
      en: "It shows only what the container's main process wrote to standard output and error; logs an app writes to files inside the container do not appear. It also works on stopped containers, which makes it the first thing to run when a container has exited and you want to know why. The container's standard error comes out on your terminal's standard error, so add 2>&1 before piping to grep. The logs are deleted along with the container.",
    },
    examples: ['docker logs web', 'docker logs -f --tail 100 web', 'docker logs --since 10m -t web'],
    related: ['docker compose logs', 'docker service logs', 'docker events', 'docker attach'],
    options: {
      '--details': {
        summary: {
          ko: '로그 옵션(--log-opt)으로 붙인 추가 속성(라벨, 환경 변수 등)도 함께 출력',
          en: 'Also print extra attributes added through log options, such as labels or env',
        },
        keywords: { ko: ['추가 정보', '로그 속성', '상세 로그'], en: ['details', 'log attributes', 'extra fields'] },
      },
      '--follow': {
        summary: { ko: '새 로그가 생길 때마다 계속 이어서 출력', en: 'Keep printing new log lines as they arrive' },
        keywords: { ko: ['실시간', '계속 보기', '따라가기', '실시간 로그'], en: ['follow', 'tail -f', 'live', 'stream'] },
        details: {
          ko: 'Ctrl-C로 끝낼 때까지 기다리며, 그래도 컨테이너는 멈추지 않습니다. 로그가 긴 컨테이너라면 --tail을 같이 줘서 처음부터 전부 쏟아지지 않게 합니다.',
          en: 'It waits until you press Ctrl-C, which does not stop the container. For a container with long logs, add --tail so the whole history does not scroll past first.',
        },
        examples: ['docker logs -f --tail 20 web'],
      },
      '--since': {
        summary: {
          ko: '이 시점 이후의 로그만 출력 (타임스탬프 또는 10m, 1h 같은 상대 시간)',
          en: 'Only show logs since a time: a timestamp, or relative like 10m or 1h',
        },
        keywords: { ko: ['이후 로그', '최근 로그', '시간 지정', '기간'], en: ['since', 'recent logs', 'last hour', 'time range'] },
        details: {
          ko: '2024-05-01T09:00:00 같은 시각이나, 지금부터 거슬러 올라가는 30m, 2h 같은 기간을 쓸 수 있습니다. --until과 함께 쓰면 특정 구간만 봅니다.',
          en: 'Takes a point in time such as 2024-05-01T09:00:00, or a span back from now such as 30m or 2h. Combine it with --until to see one window only.',
        },
        examples: ['docker logs --since 2024-05-01T09:00:00 --until 2024-05-01T10:00:00 web'],
      },
      '--tail': {
        summary: { ko: '끝에서부터 지정한 줄 수만 출력 (기본 all, 전부)', en: 'Show only this many lines from the end (default all)' },
        keywords: { ko: ['마지막 줄', '최근 로그', '줄 수', '끝부분'], en: ['tail', 'last lines', 'number of lines', 'recent'] },
        details: {
          ko: '-f와 함께 쓰면 마지막 몇 줄을 보여 준 뒤 새 로그를 이어서 출력합니다. --tail 0은 지난 로그 없이 새 로그만 보여 줍니다.',
          en: 'With -f it prints the last few lines and then carries on with new ones. --tail 0 skips the history and shows only new lines.',
        },
        examples: ['docker logs --tail 50 web', 'docker logs -f --tail 0 web'],
      },
      '--timestamps': {
        summary: { ko: '각 줄 앞에 기록된 시각 표시', en: 'Prefix each line with the time it was logged' },
        keywords: { ko: ['시간 표시', '타임스탬프', '기록 시각'], en: ['timestamps', 'time', 'when'] },
        details: {
          ko: '표시되는 시각은 Docker가 그 줄을 받은 시점이며, 앱이 로그에 직접 찍은 시각과는 별개입니다.',
          en: 'The time shown is when Docker received the line, which is separate from any time the app prints itself.',
        },
        examples: ['docker logs -t --since 1h web'],
      },
      '--until': {
        summary: { ko: '이 시점 이전의 로그만 출력 (타임스탬프 또는 30m 같은 상대 시간)', en: 'Only show logs from before a time: a timestamp or relative like 30m' },
        keywords: { ko: ['이전 로그', '까지', '시간 지정'], en: ['until', 'before', 'time range'] },
      },
    },
  },

  pause: {
    summary: { ko: '컨테이너 안의 모든 프로세스를 그 자리에서 일시 정지(동결)', en: 'Freeze every process in a container where it is, until it is unpaused' },
    keywords: {
      ko: ['일시 정지', '일시정지', '동결', '멈춤', '프리즈', '잠시 멈추기'],
      en: ['pause', 'freeze', 'suspend', 'halt temporarily', 'cgroup freezer'],
    },
    details: {
      ko: '리눅스의 cgroup freezer로 프로세스를 얼리므로 CPU를 전혀 쓰지 않지만, 메모리 상태는 그대로 유지됩니다. 컨테이너를 정지하거나 종료하는 것이 아니어서 docker unpause를 하면 하던 일을 그 자리에서 이어 갑니다. 일시 정지된 동안에는 포트로 들어온 요청이 처리되지 않고, docker exec도 쓸 수 없습니다.',
      en: 'The processes are frozen with the Linux cgroup freezer: they use no CPU at all, but their memory stays as it was. The container is neither stopped nor exited, and docker unpause lets it carry on exactly where it was. While paused, requests to its ports are not answered and docker exec does not work.',
    },
    examples: ['docker pause web', 'docker pause web worker'],
    related: ['docker unpause', 'docker stop', 'docker compose pause'],
    options: {},
  },

  port: {
    summary: { ko: '컨테이너 포트가 호스트의 어느 주소와 포트로 공개됐는지 출력', en: "Show which host addresses and ports a container's ports are published on" },
    keywords: {
      ko: ['포트', '포트 확인', '포트 매핑', '포트 포워딩', '공개 포트', '열린 포트'],
      en: ['port', 'port mapping', 'published ports', 'host port', 'port forwarding', 'which port'],
    },
    details: {
      ko: '-p나 -P로 공개한 포트만 나오며, 이미지에 EXPOSE만 돼 있고 공개하지 않은 포트는 나오지 않습니다. 컨테이너 포트를 지정하면(예: 80/tcp) 그 포트의 매핑만 보여 주므로, -P로 임의의 호스트 포트를 받았을 때 실제 번호를 알아내기 좋습니다.',
      en: 'Only ports published with -p or -P are listed; ports the image merely EXPOSEs are not. Name a container port, such as 80/tcp, to get just that mapping, which is the easy way to find the random host port that -P picked.',
    },
    examples: ['docker port web', 'docker port web 80', 'docker port web 53/udp'],
    related: ['docker ps', 'docker run', 'docker compose port'],
    options: {},
  },

  rename: {
    summary: { ko: '컨테이너 이름 변경', en: 'Give a container a new name' },
    keywords: {
      ko: ['이름 변경', '이름 바꾸기', '컨테이너 이름', '리네임'],
      en: ['rename', 'change name', 'container name', 'new name'],
    },
    details: {
      ko: '실행 중이든 멈춰 있든 바꿀 수 있으며, 컨테이너 ID와 설정, 데이터는 그대로입니다. 새 이름을 이미 다른 컨테이너가 쓰고 있으면 실패합니다. 옛 이름을 참조하던 스크립트나 설정은 직접 고쳐야 합니다.',
      en: 'Works whether the container is running or stopped; its ID, settings and data stay the same. It fails if another container already has the new name. Scripts or settings that used the old name have to be updated by hand.',
    },
    examples: ['docker rename web web-old', 'docker rename nervous_turing api'],
    related: ['docker ps', 'docker run'],
    options: {},
  },

  restart: {
    summary: { ko: '컨테이너를 정지한 뒤 다시 시작', en: 'Stop containers and start them again' },
    keywords: {
      ko: ['재시작', '다시 시작', '리스타트', '컨테이너 재시작', '껐다 켜기', '재부팅'],
      en: ['restart', 'reboot', 'bounce', 'stop and start', 'restart container', 'reload'],
    },
    details: {
      ko: 'docker stop과 docker start를 차례로 하는 것과 같습니다: 정지 신호를 보내고, 유예 시간 안에 끝나지 않으면 강제 종료한 뒤 다시 시작합니다. 같은 컨테이너를 다시 켜는 것이라 쓰기 레이어의 파일은 남아 있고, 그사이 이미지를 새로 받았거나 바꾸고 싶은 설정(포트, 환경 변수 등)은 반영되지 않습니다. 새 이미지나 설정을 쓰려면 컨테이너를 지우고 새로 만들어야 합니다. 멈춰 있던 컨테이너에 쓰면 그냥 시작합니다.',
      en: 'The same as docker stop followed by docker start: it sends the stop signal, kills the container if it has not exited within the grace period, then starts it again. It is the same container, so files in its writable layer survive, and a newly pulled image or changed settings (ports, environment variables and so on) are not picked up. To use a new image or new settings, remove the container and create a new one. On a stopped container it simply starts it.',
    },
    examples: ['docker restart web', 'docker restart -t 30 db', 'docker restart web worker'],
    related: ['docker stop', 'docker start', 'docker update', 'docker compose restart'],
    options: {
      '--signal': {
        summary: {
          ko: '다시 시작하기 전에 멈추려고 보낼 시그널 (기본은 컨테이너의 정지 신호, 보통 SIGTERM)',
          en: 'Signal sent to stop the container before it starts again (default its stop signal, usually SIGTERM)',
        },
        keywords: { ko: ['시그널', '정지 신호', '종료 신호'], en: ['signal', 'sigterm', 'sigint', 'stop signal'] },
      },
      '--timeout': {
        summary: { ko: '정지 신호를 보낸 뒤 강제 종료하기 전까지 기다릴 시간(초)', en: 'Seconds to wait after the stop signal before killing the container' },
        keywords: { ko: ['대기 시간', '유예 시간', '타임아웃', '강제 종료'], en: ['timeout', 'grace period', 'wait seconds', 'sigkill'] },
        details: {
          ko: '주지 않으면 10초를 기다리며, 컨테이너를 --stop-timeout으로 만들었다면 그 값을 씁니다. 데이터베이스처럼 정리하는 데 시간이 걸리는 컨테이너는 넉넉히 줘야 강제 종료로 데이터가 상하는 일을 막을 수 있습니다.',
          en: 'Without it, the wait is 10 seconds, or the value the container was created with through --stop-timeout. Give slow-to-stop containers such as databases more time, so they are not killed halfway through shutting down.',
        },
        examples: ['docker restart -t 60 db'],
      },
    },
  },

  start: {
    summary: { ko: '멈춰 있거나 만들어 두기만 한 컨테이너를 시작', en: 'Start containers that are stopped or were only created' },
    keywords: {
      ko: ['시작', '컨테이너 시작', '다시 켜기', '켜기', '실행', '재개'],
      en: ['start', 'start container', 'run again', 'boot', 'stopped container', 'resume'],
    },
    details: {
      ko: '컨테이너를 만들 때 정한 설정과 명령 그대로 실행하며, 쓰기 레이어에 남은 파일도 이어서 씁니다. 시작하면서 포트나 환경 변수를 바꿀 수는 없어서 그런 설정은 새 컨테이너를 만들어야 하고, 자원 제한과 재시작 정책만 docker update로 바꿀 수 있습니다. 기본으로는 백그라운드에서 시작하고 이름만 출력하므로, 출력을 보려면 -a를 붙입니다. 일시 정지된 컨테이너는 start가 아니라 docker unpause로 깨웁니다.',
      en: 'It runs the container with the settings and command it was created with, and carries on with the files in its writable layer. Ports or environment variables cannot be changed at start; that needs a new container, and only resource limits and the restart policy can be changed, with docker update. By default it starts the container in the background and just prints its name; add -a to see the output. A paused container is woken with docker unpause, not start.',
    },
    examples: ['docker start web', 'docker start web db', 'docker start -a -i dev'],
    related: ['docker stop', 'docker restart', 'docker create', 'docker run', 'docker unpause', 'docker compose start'],
    options: {
      '--attach': {
        summary: { ko: '컨테이너 출력을 터미널에 보여 주고 시그널도 전달', en: "Stay attached: show the container's output and forward signals to it" },
        keywords: { ko: ['출력 보기', '연결', '어태치', '결과 보기'], en: ['attach', 'show output', 'foreground', 'wait for exit'] },
        details: {
          ko: '-a 없이 시작하면 명령이 곧바로 돌아옵니다. 한 번 실행하고 끝나는 작업 컨테이너를 다시 돌려 결과를 보려면 -a를 붙이며, 이때 docker start는 컨테이너의 종료 코드로 끝납니다.',
          en: 'Without -a the command returns straight away. Add it to rerun a one-off job container and watch its result; docker start then exits with the container\'s exit code.',
        },
        examples: ['docker start -a migrate'],
      },
      '--checkpoint': {
        summary: { ko: '저장해 둔 체크포인트에서 상태를 복원해 시작 (실험 기능)', en: 'Restore the container from a saved checkpoint (experimental)' },
        keywords: { ko: ['체크포인트', '복원', '상태 복원'], en: ['checkpoint', 'restore', 'criu'] },
      },
      '--checkpoint-dir': {
        summary: { ko: '체크포인트를 기본 위치가 아닌 다른 디렉터리에서 찾음', en: 'Look for the checkpoint in this directory instead of the default one' },
        keywords: { ko: ['체크포인트 경로', '체크포인트 디렉터리'], en: ['checkpoint dir', 'checkpoint directory'] },
      },
      '--detach-keys': detachKeys,
      '--interactive': {
        summary: { ko: '터미널 입력을 컨테이너의 표준 입력에 연결', en: "Connect your input to the container's standard input" },
        keywords: { ko: ['대화형', '입력 연결', '표준 입력'], en: ['interactive', 'stdin', 'input'] },
        details: {
          ko: '출력까지 보려면 -a와 함께 -ai로 씁니다. 컨테이너를 만들 때 -i(셸이라면 보통 -it)를 줬어야 입력이 전달됩니다.',
          en: 'Combine it with -a, as -ai, to see the output too. Input only gets through if the container was created with -i (usually -it for a shell).',
        },
        examples: ['docker start -ai dev'],
      },
    },
  },

  stats: {
    summary: { ko: '컨테이너별 CPU, 메모리, 네트워크, 디스크 I/O 사용량을 실시간으로 표시', en: 'Show live CPU, memory, network and disk I/O usage per container' },
    keywords: {
      ko: ['리소스 사용량', '메모리 사용량', 'CPU 사용량', '자원 모니터링', '실시간 사용량', '성능 확인'],
      en: ['stats', 'resource usage', 'cpu usage', 'memory usage', 'monitor', 'top', 'performance', 'network io'],
    },
    details: {
      ko: '기본으로 실행 중인 모든 컨테이너를 보여 주며 계속 갱신하고, Ctrl-C로 끝냅니다. 컨테이너 이름을 주면 그 컨테이너만 봅니다. 리눅스에서 MEM USAGE는 페이지 캐시 일부를 뺀 값이라, 컨테이너 안에서 free 등으로 본 수치와 다를 수 있습니다. 스크립트나 기록용으로는 --no-stream으로 한 번만 출력합니다.',
      en: 'By default it lists every running container and keeps refreshing until you press Ctrl-C; name containers to watch only those. On Linux, MEM USAGE leaves out part of the page cache, so it can differ from what tools such as free report inside the container. For scripts or records, use --no-stream to print one snapshot.',
    },
    examples: [
      'docker stats',
      'docker stats --no-stream',
      'docker stats web db',
      "docker stats --no-stream --format 'table {{.Name}}\\t{{.CPUPerc}}\\t{{.MemUsage}}'",
    ],
    related: ['docker top', 'docker system df', 'docker update', 'docker compose stats'],
    options: {
      '--all': {
        summary: { ko: '멈춘 컨테이너까지 모두 표시 (기본은 실행 중인 것만)', en: 'Include stopped containers too (by default only running ones)' },
        keywords: { ko: ['전체 컨테이너', '중지된 컨테이너 포함', '모두 보기'], en: ['all', 'all containers', 'include stopped'] },
      },
      '--format': {
        ...formatTable,
        details: {
          ko: '템플릿에는 .Name, .ID, .CPUPerc, .MemUsage, .MemPerc, .NetIO, .BlockIO, .PIDs 같은 항목을 씁니다. 앞에 table을 붙이면 열 제목이 달린 표로 나옵니다.',
          en: 'Templates can use fields such as .Name, .ID, .CPUPerc, .MemUsage, .MemPerc, .NetIO, .BlockIO and .PIDs. Start with table to get a table with column headings.',
        },
        examples: ["docker stats --no-stream --format '{{.Name}}: {{.MemPerc}}'", 'docker stats --no-stream --format json'],
      },
      '--no-stream': {
        summary: { ko: '계속 갱신하지 않고 현재 사용량을 한 번만 출력', en: 'Print the current numbers once instead of updating live' },
        keywords: { ko: ['한 번만', '스냅샷', '갱신 안 함', '스크립트용'], en: ['no stream', 'once', 'snapshot', 'one shot'] },
        details: {
          ko: '스크립트, cron 작업, 모니터링 수집처럼 출력을 받아 처리할 때 씁니다. 사용률을 계산하느라 결과가 나오기까지 잠깐 걸릴 수 있습니다.',
          en: 'Use it when another program reads the output: scripts, cron jobs, monitoring collectors. It may take a moment to print, as the usage rates need a short measurement.',
        },
        examples: ['docker stats --no-stream web'],
      },
      '--no-trunc': {
        summary: { ko: 'ID 같은 값을 줄이지 않고 전부 출력', en: 'Print full values such as container IDs, without shortening them' },
        keywords: { ko: ['전체 출력', '자르지 않기', '전체 ID'], en: ['no trunc', 'full id', 'untruncated'] },
      },
    },
  },

  system: {
    summary: { ko: 'Docker 전체의 정보, 디스크 사용량, 이벤트, 정리를 다루는 명령 묶음', en: 'Group of commands for Docker-wide info, disk usage, events and cleanup' },
    keywords: {
      ko: ['시스템 관리 명령', '도커 관리', '시스템 명령', '시스템'],
      en: ['system', 'system commands', 'manage docker', 'docker system'],
    },
    details: {
      ko: 'docker system 자체는 아무 일도 하지 않고 하위 명령 df(디스크 사용량), events(실시간 이벤트), info(시스템 정보), prune(안 쓰는 데이터 정리)을 묶어 둡니다. docker system events는 docker events와, docker system info는 docker info와 같습니다.',
      en: 'docker system does nothing by itself; it groups the subcommands df (disk usage), events (live events), info (system information) and prune (clean up unused data). docker system events is the same as docker events, and docker system info the same as docker info.',
    },
    related: ['docker system df', 'docker system prune', 'docker info', 'docker events'],
    options: {},
  },

  'system df': {
    summary: {
      ko: 'Docker가 이미지, 컨테이너, 볼륨, 빌드 캐시로 쓰는 디스크 용량 표시',
      en: 'Show how much disk space images, containers, volumes and build cache use',
    },
    keywords: {
      ko: ['디스크 사용량', '용량 확인', '디스크 용량', '저장 공간', '정리 가능 용량', '도커 용량'],
      en: ['disk usage', 'df', 'space', 'storage', 'reclaimable', 'how much space', 'disk full'],
    },
    details: {
      ko: '종류별 개수, 사용 중인 개수, 전체 크기, 정리하면 되찾을 수 있는 용량(RECLAIMABLE)을 보여 줍니다. 이미지는 레이어를 서로 공유하므로, 이미지마다의 크기를 더하면 전체 크기보다 클 수 있습니다. 이 명령은 아무것도 지우지 않으며, 실제 정리는 docker system prune이나 종류별 prune 명령으로 합니다.',
      en: 'For each kind it shows how many there are, how many are in use, their total size and how much could be reclaimed (RECLAIMABLE). Images share layers, so the sizes of single images can add up to more than the total. It deletes nothing itself; docker system prune or the prune command of each kind does the actual cleanup.',
    },
    examples: ['docker system df', 'docker system df -v', 'docker system df --format json'],
    related: ['docker system prune', 'docker builder prune', 'docker image prune', 'docker volume prune', 'docker buildx du'],
    options: {
      '--format': {
        ...formatTable,
        examples: ["docker system df --format '{{.Type}}: {{.Size}} ({{.Reclaimable}} reclaimable)'"],
      },
      '--verbose': {
        summary: { ko: '이미지, 컨테이너, 볼륨, 빌드 캐시마다 개별 사용량 표시', en: 'Break the usage down per image, container, volume and cache entry' },
        keywords: { ko: ['자세히', '상세 내역', '항목별 용량'], en: ['verbose', 'details', 'per item', 'breakdown'] },
      },
    },
  },

  'system prune': {
    summary: {
      ko: '멈춘 컨테이너, 안 쓰는 네트워크, 댕글링 이미지, 빌드 캐시를 한꺼번에 정리',
      en: 'Remove stopped containers, unused networks, dangling images and build cache at once',
    },
    keywords: {
      ko: ['전체 정리', '디스크 정리', '용량 확보', '일괄 삭제', '안 쓰는 것 삭제', '청소', '프룬'],
      en: ['system prune', 'clean up', 'cleanup', 'free disk space', 'remove unused', 'prune all', 'reclaim space'],
    },
    details: {
      ko: '기본으로 멈춘 컨테이너 전부, 어떤 컨테이너도 쓰지 않는 네트워크, 댕글링(태그 없는) 이미지, 쓰이지 않는 빌드 캐시를 지웁니다. -a를 주면 컨테이너가 쓰지 않는 이미지는 태그가 있어도 모두 지우고 빌드 캐시도 전부 지우므로, 나중에 다시 받거나 빌드해야 합니다. 볼륨은 --volumes를 줬을 때만 대상이 되며, 그때도 어떤 컨테이너도 쓰지 않는 익명 볼륨만 지우고 이름 있는 볼륨은 남깁니다. 실행 중인 컨테이너와 그 컨테이너가 쓰는 이미지, 네트워크, 볼륨은 건드리지 않습니다. 실행 전에 확인을 묻고, -f로 생략할 수 있습니다.',
      en: 'By default it removes all stopped containers, networks no container uses, dangling (untagged) images and unused build cache. With -a it also removes every image no container uses, tagged or not, and all build cache, so they must be pulled or built again later. Volumes are only touched with --volumes, and even then only anonymous volumes no container uses; named volumes stay. Running containers and the images, networks and volumes they use are left alone. It asks for confirmation first; -f skips the question.',
    },
    examples: [
      'docker system prune',
      'docker system prune -a',
      'docker system prune --volumes -f',
      'docker system prune -a --filter until=168h',
    ],
    related: ['docker system df', 'docker container prune', 'docker image prune', 'docker network prune', 'docker volume prune', 'docker builder prune'],
    options: {
      '--all': {
        summary: {
          ko: '댕글링 이미지뿐 아니라 컨테이너가 쓰지 않는 이미지와 빌드 캐시까지 전부 삭제',
          en: 'Also remove every image no container uses, not only dangling ones, and all build cache',
        },
        keywords: { ko: ['전체 삭제', '모든 이미지', '미사용 이미지', '완전 정리'], en: ['all', 'unused images', 'all images', 'everything'] },
        details: {
          ko: '태그가 붙은 이미지라도 지금 그것을 쓰는 컨테이너가 없으면 지워집니다. 멈춘 컨테이너가 같은 명령으로 먼저 지워지므로, 멈춰 있던 컨테이너의 이미지도 함께 사라집니다.',
          en: 'Tagged images go too when no container uses them. Stopped containers are removed first by the same command, so the images they used disappear as well.',
        },
        examples: ['docker system prune -a -f'],
      },
      '--filter': {
        summary: {
          ko: '조건에 맞는 것만 정리 (예: until=24h, label=env=test)',
          en: 'Only prune objects matching a condition, e.g. until=24h or label=env=test',
        },
        keywords: { ko: ['필터', '조건', '기간', '라벨'], en: ['filter', 'until', 'label', 'older than'] },
        details: {
          ko: 'until은 그 시점보다 먼저 만들어진 컨테이너, 이미지, 네트워크만 지우고, label은 라벨이 붙은 것만 대상으로 합니다. 최근에 만든 것을 남기고 오래된 것만 지울 때 씁니다.',
          en: 'until removes only containers, images and networks created before that time; label limits it to objects carrying that label. Use it to clear out old things while keeping recent ones.',
        },
        examples: ['docker system prune --filter "until=24h"', 'docker system prune --filter "label=env=test" -f'],
      },
      '--force': forceNoPrompt,
      '--volumes': {
        summary: { ko: '어떤 컨테이너도 쓰지 않는 익명 볼륨도 함께 삭제', en: 'Also remove anonymous volumes that no container uses' },
        keywords: { ko: ['볼륨 삭제', '익명 볼륨', '볼륨 정리'], en: ['volumes', 'anonymous volumes', 'remove volumes'] },
        details: {
          ko: '이름을 붙인 볼륨(예: app-data)은 남습니다. 익명 볼륨에 데이터베이스 파일처럼 중요한 데이터가 있었다면 되살릴 수 없으니 주의해야 합니다. 안 쓰는 이름 있는 볼륨까지 지우려면 docker volume prune -a를 씁니다.',
          en: 'Named volumes such as app-data are kept. Anything important in an anonymous volume, database files for example, is gone for good. To remove unused named volumes as well, use docker volume prune -a.',
        },
        examples: ['docker system prune --volumes'],
      },
    },
  },

  top: {
    summary: { ko: '컨테이너 안에서 실행 중인 프로세스 목록 표시', en: 'List the processes running inside a container' },
    keywords: {
      ko: ['프로세스 목록', '프로세스 확인', '실행 중인 프로세스', '컨테이너 프로세스', '무엇이 실행 중'],
      en: ['top', 'processes', 'process list', 'ps', 'pid', 'what is running'],
    },
    details: {
      ko: '이름과 달리 목록을 한 번만 출력합니다. 호스트에서 본 프로세스 정보라서 PID도 컨테이너 안에서 보이는 번호가 아니라 호스트의 PID입니다. 컨테이너 이름 뒤에 ps 옵션(예: aux)을 붙일 수 있고, 이미지 안에 ps가 없어도 동작합니다. 실행 중인 컨테이너에만 쓸 수 있습니다.',
      en: 'Despite the name it prints the list once. The information is seen from the host, so the PIDs are host PIDs, not the numbers seen inside the container. You can add ps options such as aux after the container name, and it works even if the image has no ps. The container must be running.',
    },
    examples: ['docker top web', 'docker top web aux', 'docker top db -o pid,user,args'],
    related: ['docker stats', 'docker exec', 'docker compose top'],
    options: {},
  },

  unpause: {
    summary: { ko: '일시 정지한 컨테이너의 프로세스를 다시 움직이게 함', en: 'Resume the processes of a paused container' },
    keywords: {
      ko: ['일시 정지 해제', '재개', '다시 실행', '정지 풀기', '언파우즈'],
      en: ['unpause', 'resume', 'unfreeze', 'continue', 'thaw'],
    },
    details: {
      ko: 'docker pause로 얼린 프로세스를 멈췄던 그 지점부터 이어서 실행합니다. 재시작이 아니므로 메모리 상태가 그대로 이어집니다. 종료된 컨테이너에는 쓸 수 없으며, 그때는 docker start를 씁니다.',
      en: 'The processes frozen by docker pause carry on from exactly where they stopped. It is not a restart, so their memory is just as it was. It does not work on exited containers; use docker start for those.',
    },
    examples: ['docker unpause web', 'docker unpause web worker'],
    related: ['docker pause', 'docker start', 'docker compose unpause'],
    options: {},
  },

  update: {
    summary: {
      ko: '컨테이너를 다시 만들지 않고 자원 제한과 재시작 정책 변경',
      en: 'Change resource limits and the restart policy of containers without recreating them',
    },
    keywords: {
      ko: ['설정 변경', '자원 제한', '메모리 제한', 'CPU 제한', '재시작 정책 변경', '리소스 변경'],
      en: ['update', 'resource limits', 'memory limit', 'cpu limit', 'restart policy', 'change config', 'resize'],
    },
    details: {
      ko: '바꿀 수 있는 것은 CPU, 메모리, 블록 I/O, 프로세스 수 제한과 재시작 정책뿐이며, 실행 중인 컨테이너에도 바로 적용됩니다. 포트, 환경 변수, 볼륨, 이미지 같은 다른 설정은 update로 바꿀 수 없어 컨테이너를 새로 만들어야 합니다. 스왑 한도(--memory-swap)가 이미 정해져 있으면 메모리 한도는 그보다 작아야 하므로, 메모리를 늘릴 때는 --memory-swap도 함께 늘립니다.',
      en: 'Only CPU, memory, block I/O and process limits and the restart policy can be changed, and the change applies at once, even to a running container. Other settings such as ports, environment variables, volumes or the image cannot be updated; they need a new container. If a swap limit (--memory-swap) is already set, the memory limit must stay below it, so raise --memory-swap along with --memory.',
    },
    examples: [
      'docker update --memory 1g --memory-swap 2g web',
      'docker update --cpus 1.5 web',
      'docker update --restart unless-stopped web db',
      'docker update --pids-limit 200 worker',
    ],
    related: ['docker stats', 'docker run', 'docker restart', 'docker container inspect'],
    options: {
      '--blkio-weight': {
        summary: {
          ko: '디스크(블록 I/O) 사용의 상대 가중치, 10~1000 (0이면 끔, 기본 0)',
          en: 'Relative weight for block I/O, from 10 to 1000, or 0 to turn it off (default 0)',
        },
        keywords: { ko: ['디스크 I/O', '입출력 가중치', '디스크 우선순위'], en: ['blkio', 'disk io', 'io weight'] },
      },
      '--cpu-period': {
        summary: { ko: 'CPU CFS 스케줄링 주기(마이크로초), --cpu-quota와 함께 씀', en: 'Length of the CPU CFS scheduling period in microseconds, used with --cpu-quota' },
        keywords: { ko: ['CPU 주기', 'CPU 제한'], en: ['cpu period', 'cfs', 'cpu limit'] },
      },
      '--cpu-quota': {
        summary: { ko: '한 CFS 주기 동안 쓸 수 있는 CPU 시간(마이크로초)', en: 'CPU time in microseconds the container may use in each CFS period' },
        keywords: { ko: ['CPU 할당량', 'CPU 제한'], en: ['cpu quota', 'cfs', 'cpu limit'] },
      },
      '--cpu-rt-period': {
        summary: { ko: '실시간 스케줄링 주기(마이크로초)', en: 'Real-time scheduling period in microseconds' },
        keywords: { ko: ['실시간 스케줄링', '실시간 주기'], en: ['realtime', 'rt period', 'scheduler'] },
      },
      '--cpu-rt-runtime': {
        summary: { ko: '실시간 주기마다 실시간 작업에 허용할 시간(마이크로초)', en: 'Microseconds of each real-time period that real-time tasks may use' },
        keywords: { ko: ['실시간 스케줄링', '실시간 실행 시간'], en: ['realtime', 'rt runtime', 'scheduler'] },
      },
      '--cpu-shares': {
        summary: {
          ko: 'CPU가 모자랄 때 다른 컨테이너와 나눠 쓰는 상대 가중치 (보통 1024)',
          en: 'Relative weight for sharing CPU with other containers when it is scarce (normal is 1024)',
        },
        keywords: { ko: ['CPU 가중치', 'CPU 우선순위', 'CPU 분배'], en: ['cpu shares', 'cpu weight', 'cpu priority'] },
      },
      '--cpus': {
        summary: { ko: '쓸 수 있는 CPU 양 (예: 1.5는 코어 한 개 반)', en: 'How many CPUs the container may use, e.g. 1.5' },
        keywords: { ko: ['CPU 제한', 'CPU 개수', '코어 수'], en: ['cpus', 'cpu limit', 'cores'] },
        details: {
          ko: '--cpu-period와 --cpu-quota를 한 번에 정하는 쉬운 방법입니다. 특정 코어에 묶는 것이 아니라 전체 CPU 시간 중 쓸 수 있는 양을 제한하며, 코어를 고르려면 --cpuset-cpus를 씁니다.',
          en: 'The easy way to set --cpu-period and --cpu-quota together. It caps how much CPU time the container gets, without tying it to particular cores; use --cpuset-cpus to pick cores.',
        },
        examples: ['docker update --cpus 2 web'],
      },
      '--cpuset-cpus': {
        summary: { ko: '실행을 허용할 CPU 코어 번호 (예: 0-3, 0,1)', en: 'CPU cores the container may run on, e.g. 0-3 or 0,1' },
        keywords: { ko: ['코어 지정', 'CPU 고정', 'CPU 선택'], en: ['cpuset', 'cpu pinning', 'cores', 'affinity'] },
      },
      '--cpuset-mems': {
        summary: { ko: '사용을 허용할 메모리 노드(NUMA) 번호 (예: 0-1)', en: 'NUMA memory nodes the container may use, e.g. 0-1' },
        keywords: { ko: ['NUMA 노드', '메모리 노드'], en: ['numa', 'memory nodes', 'cpuset mems'] },
      },
      '--memory': {
        summary: { ko: '쓸 수 있는 메모리의 최대량 (예: 512m, 2g)', en: 'Hard memory limit, e.g. 512m or 2g' },
        keywords: { ko: ['메모리 제한', '메모리 한도', '램 제한'], en: ['memory', 'memory limit', 'ram limit', 'oom'] },
        details: {
          ko: '한도를 넘으면 커널의 OOM killer가 컨테이너 안의 프로세스를 종료합니다. --memory-swap이 이미 정해져 있으면 그 값보다 작아야 하므로 둘을 함께 바꾸는 경우가 많습니다.',
          en: 'Going over the limit makes the kernel\'s OOM killer end processes in the container. If --memory-swap is already set, the new limit must be below it, so the two are often changed together.',
        },
        examples: ['docker update -m 1g --memory-swap 1g web'],
      },
      '--memory-reservation': {
        summary: {
          ko: '메모리가 부족할 때 컨테이너를 이 크기로 줄이려는 소프트 한도 (--memory보다 작게)',
          en: 'Soft limit the host pushes the container back to when memory runs short; keep it below --memory',
        },
        keywords: { ko: ['소프트 한도', '메모리 예약', '메모리 제한'], en: ['memory reservation', 'soft limit', 'memory'] },
      },
      '--memory-swap': {
        summary: { ko: '메모리와 스왑을 합친 전체 한도 (-1이면 스왑 무제한)', en: 'Limit on memory plus swap together; -1 allows unlimited swap' },
        keywords: { ko: ['스왑 제한', '스왑 무제한', '스왑'], en: ['swap', 'memory swap', 'unlimited swap'] },
        details: {
          ko: '값은 스왑만의 크기가 아니라 메모리를 더한 합계입니다. 예를 들어 --memory 1g --memory-swap 2g면 스왑을 1GB까지 쓸 수 있고, 두 값을 같게 주면 스왑을 쓰지 않습니다.',
          en: 'The value is not the swap size alone but memory plus swap. For example --memory 1g --memory-swap 2g allows up to 1GB of swap, and giving both the same value means no swap at all.',
        },
        examples: ['docker update --memory 1g --memory-swap -1 web'],
      },
      '--pids-limit': {
        summary: { ko: '컨테이너 안에서 동시에 둘 수 있는 프로세스 수 한도 (-1이면 무제한)', en: 'Maximum number of processes in the container at once; -1 means no limit' },
        keywords: { ko: ['프로세스 수 제한', 'PID 제한', '포크 폭탄 방지'], en: ['pids limit', 'process limit', 'fork bomb'] },
      },
      '--restart': {
        summary: {
          ko: '컨테이너가 종료됐을 때의 재시작 정책 변경 (no, always, on-failure[:N], unless-stopped)',
          en: 'Change the restart policy: no, always, on-failure[:N] or unless-stopped',
        },
        keywords: { ko: ['재시작 정책', '자동 재시작', '자동 시작'], en: ['restart policy', 'auto restart', 'always', 'unless-stopped'] },
        details: {
          ko: 'unless-stopped는 직접 멈춘 컨테이너를 데몬이 다시 시작될 때 켜지 않는다는 점이 always와 다릅니다. --rm으로 만든 컨테이너에는 no 외의 정책을 줄 수 없습니다.',
          en: 'unless-stopped differs from always in that a container you stopped yourself is not started again when the daemon restarts. A container created with --rm cannot get any policy other than no.',
        },
        examples: ['docker update --restart unless-stopped web', 'docker update --restart on-failure:5 worker'],
        values: ['no', 'always', 'on-failure[:N]', 'unless-stopped'],
      },
    },
  },

  version: {
    summary: { ko: 'Docker 클라이언트와 서버(데몬)의 버전 정보 출력', en: 'Show the version of the Docker client and of the daemon it talks to' },
    keywords: {
      ko: ['버전', '버전 확인', '도커 버전', 'API 버전', '데몬 버전'],
      en: ['version', 'docker version', 'client version', 'server version', 'api version', 'engine version'],
    },
    details: {
      ko: '클라이언트와 서버를 따로 보여 주므로 두 버전이 다른지, 어떤 API 버전으로 통신하는지 확인할 수 있습니다. 데몬에 연결하지 못하면 클라이언트 정보만 나오고 오류가 표시됩니다. 클라이언트 버전만 짧게 보려면 docker --version을 씁니다.',
      en: 'Client and server are shown separately, so you can see whether their versions differ and which API version they speak. If the daemon cannot be reached, only the client part is shown, followed by an error. For just the client version on one line, use docker --version.',
    },
    examples: ['docker version', "docker version -f '{{.Server.Version}}'", 'docker version --format json'],
    related: ['docker info', 'docker compose version', 'docker buildx version'],
    options: {
      '--format': formatJsonOrTemplate,
    },
  },

  wait: {
    summary: { ko: '컨테이너가 멈출 때까지 기다렸다가 종료 코드를 출력', en: 'Wait until containers stop, then print their exit codes' },
    keywords: {
      ko: ['대기', '종료 기다리기', '종료 코드', '끝날 때까지 대기', '완료 대기'],
      en: ['wait', 'exit code', 'wait for exit', 'block until stopped', 'exit status', 'script'],
    },
    details: {
      ko: '스크립트에서 백그라운드로 돌린 작업 컨테이너가 끝나기를 기다렸다가 성공 여부를 판단할 때 씁니다. 여러 컨테이너를 주면 모두 멈출 때까지 기다리며 각각의 종료 코드를 한 줄씩 출력합니다. 이미 멈춘 컨테이너라면 바로 그 종료 코드를 출력합니다. 컨테이너를 멈추게 하지는 않고 기다리기만 합니다.',
      en: 'Useful in scripts: wait for a job container running in the background to finish, then check whether it succeeded. Given several containers, it waits for all of them and prints each exit code on its own line. For a container that has already stopped, it prints the exit code right away. It never stops anything itself; it only waits.',
    },
    examples: ['docker wait migrate', 'docker wait job1 job2'],
    related: ['docker start', 'docker logs', 'docker run', 'docker compose wait'],
    options: {},
  },
};
