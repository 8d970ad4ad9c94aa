/** Recipes for everyday workflows beyond the notes (a shell in a container, logs, volumes, Compose, clean-up); every text is ours. */
import type { RecipeSpec } from './types.js';

export const everydayRecipes: readonly RecipeSpec[] = [
  {
    slug: 'shell-into-container',
    title: { ko: '실행 중인 컨테이너에 셸로 들어가기', en: 'Open a shell in a running container' },
    summary: {
      ko: 'docker exec로 떠 있는 컨테이너 안에 셸을 열고, bash가 없는 이미지에서는 sh로 대신하기',
      en: 'Start a shell inside a running container with docker exec, falling back to sh where there is no bash',
    },
    placeholders: [
      {
        name: 'container', type: 'container', default: 'web',
        summary: { ko: '들어갈 실행 중인 컨테이너 이름이나 ID', en: 'Name or ID of the running container' },
      },
      {
        name: 'user', type: 'string', default: 'root',
        summary: {
          ko: '셸을 실행할 사용자 이름이나 UID (이미지 기본 사용자 말고 다른 사용자가 필요할 때)',
          en: 'User name or UID to run the shell as, when the image\'s default user will not do',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '컨테이너가 실행 중인지 확인. exec는 멈춘 컨테이너에는 쓸 수 없음',
          en: 'Check that the container is running; exec does not work on a stopped one',
        },
        command: 'docker ps --filter name={{container}}',
      },
      {
        summary: {
          ko: '대화형 sh 열기 (-i는 입력 유지, -t는 터미널 할당). exit로 나와도 컨테이너는 계속 돎',
          en: 'Open an interactive sh (-i keeps input open, -t gives a terminal); leaving with exit does not stop the container',
        },
        command: 'docker exec -it {{container}} sh',
      },
      {
        summary: {
          ko: 'bash가 있으면 bash로, 없으면 sh로 열기. 그냥 bash를 부르면 없는 이미지(alpine 등)에서 executable file not found 오류가 남',
          en: 'Use bash when the image has it and sh otherwise; calling bash directly fails with executable file not found on images such as alpine',
        },
        command: 'docker exec -it {{container}} sh -c "command -v bash >/dev/null && exec bash || exec sh"',
      },
      {
        summary: {
          ko: '다른 사용자로 들어가기. 기본 사용자가 root가 아닌 이미지에서 패키지를 설치해 볼 때 등',
          en: 'Enter as another user, for instance to install a package in an image that runs as non-root',
        },
        command: 'docker exec -it -u {{user}} {{container}} sh',
      },
      {
        summary: {
          ko: '셸 없이 명령 하나만 실행하고 결과 보기',
          en: 'Run a single command without a shell and see its output',
        },
        command: 'docker exec {{container}} cat /etc/os-release',
      },
    ],
    keywords: {
      ko: ['셸 접속', '컨테이너 접속', '컨테이너 들어가기', '쉘', '셸', '배시', '명령 실행', '터미널'],
      en: ['shell', 'exec', 'bash', 'sh', 'enter container', 'attach shell', 'interactive', 'tty', 'ssh into container'],
    },
    related: [
      'docker ps',
      'docker ps --filter',
      'docker exec',
      'docker exec --interactive',
      'docker exec --tty',
      'docker exec --user',
      'docker attach',
      'docker run',
    ],
    noteTerms: [],
  },
  {
    slug: 'follow-logs',
    title: { ko: '컨테이너 로그 따라가며 보기', en: 'Follow a container\'s logs' },
    summary: {
      ko: '최근 로그 몇 줄만 보고, 새로 찍히는 로그를 실시간으로 따라가고, 시간으로 범위를 좁히기',
      en: 'Show the last lines of a container\'s log, follow new output live, and narrow it down by time',
    },
    placeholders: [
      {
        name: 'container', type: 'container', default: 'web',
        summary: { ko: '로그를 볼 컨테이너 이름이나 ID', en: 'Name or ID of the container' },
      },
      {
        name: 'lines', type: 'string', default: '100',
        summary: { ko: '끝에서부터 보여 줄 줄 수', en: 'How many lines to show from the end' },
      },
      {
        name: 'since', type: 'string', default: '10m',
        summary: {
          ko: '이 시점 이후의 로그만 (10m, 2h 같은 상대 시간이나 2024-05-01T09:00:00 같은 시각)',
          en: 'Only logs after this: a relative time such as 10m or 2h, or a timestamp such as 2024-05-01T09:00:00',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '마지막 몇 줄만 출력. --tail이 없으면 처음부터 전부 나옴',
          en: 'Print only the last lines; without --tail you get the whole log from the start',
        },
        command: 'docker logs --tail {{lines}} {{container}}',
      },
      {
        summary: {
          ko: '마지막 몇 줄을 보여 준 뒤 새 로그를 계속 출력. Ctrl+C로 멈춰도 컨테이너는 그대로 돎',
          en: 'Show the last lines, then keep printing new ones; Ctrl+C stops following, not the container',
        },
        command: 'docker logs -f --tail {{lines}} {{container}}',
      },
      {
        summary: {
          ko: '정해진 시점 이후의 로그만 보기',
          en: 'Show only what was logged after a given point',
        },
        command: 'docker logs --since {{since}} {{container}}',
      },
      {
        summary: {
          ko: '각 줄 앞에 도커가 기록한 시각을 붙여서 따라가기',
          en: 'Follow with the time Docker recorded in front of every line',
        },
        command: 'docker logs -f -t --since {{since}} {{container}}',
      },
      {
        summary: {
          ko: '로그에서 오류만 찾기. 컨테이너의 stderr는 docker logs의 stderr로 나오므로 2>&1로 합쳐야 grep에 걸림',
          en: 'Search the log for errors; the container\'s stderr comes out on stderr, so merge it with 2>&1 before grep',
        },
        command: 'docker logs --since {{since}} {{container}} 2>&1 | grep -i error',
      },
    ],
    keywords: {
      ko: ['로그', '로그 보기', '로그 확인', '실시간 로그', '로그 따라가기', '최근 로그', '출력 확인', '오류 찾기'],
      en: ['logs', 'docker logs', 'follow', 'tail', 'since', 'timestamps', 'live logs', 'stdout', 'stderr'],
    },
    related: [
      'docker logs',
      'docker logs --follow',
      'docker logs --tail',
      'docker logs --since',
      'docker logs --timestamps',
      'docker compose logs',
      'docker ps',
    ],
    noteTerms: [],
  },
  {
    slug: 'copy-files',
    title: { ko: '컨테이너와 호스트 사이에 파일 복사하기', en: 'Copy files between a container and the host' },
    summary: {
      ko: 'docker cp로 컨테이너의 파일을 꺼내 오고, 호스트의 파일이나 디렉터리 내용을 컨테이너에 넣기',
      en: 'Pull files out of a container and put host files or directory contents into it with docker cp',
    },
    placeholders: [
      {
        name: 'container', type: 'container', default: 'web',
        summary: {
          ko: '파일을 주고받을 컨테이너 (멈춘 컨테이너도 됨)',
          en: 'Container to copy from or to; a stopped one works too',
        },
      },
      {
        name: 'container_path', type: 'path', default: '/etc/nginx/nginx.conf',
        summary: { ko: '컨테이너 안의 파일 경로', en: 'Path of a file inside the container' },
      },
      {
        name: 'host_path', type: 'path', default: './nginx.conf',
        summary: { ko: '호스트 쪽 파일 경로', en: 'Path of the file on the host' },
      },
      {
        name: 'host_dir', type: 'path', default: './site',
        summary: { ko: '내용을 통째로 넣을 호스트 디렉터리', en: 'Host directory whose contents go in' },
      },
      {
        name: 'container_dir', type: 'path', default: '/usr/share/nginx/html',
        summary: { ko: '그 내용을 받을 컨테이너 안의 디렉터리', en: 'Directory inside the container that receives them' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '컨테이너 안의 파일을 호스트로 꺼내 오기 (컨테이너 쪽은 이름:경로로 적음)',
          en: 'Copy a file out of the container to the host; the container side is written NAME:PATH',
        },
        command: 'docker cp {{container}}:{{container_path}} {{host_path}}',
      },
      {
        summary: {
          ko: '호스트에서 고친 파일을 컨테이너에 다시 넣기. 같은 이름의 파일은 덮어씀',
          en: 'Put the edited file back into the container, overwriting the file of the same name',
        },
        command: 'docker cp {{host_path}} {{container}}:{{container_path}}',
      },
      {
        summary: {
          ko: '디렉터리 자체가 아니라 그 안의 내용만 복사하려면 원본 끝에 /.를 붙임',
          en: 'End the source with /. to copy what is inside a directory rather than the directory itself',
        },
        command: 'docker cp {{host_dir}}/. {{container}}:{{container_dir}}',
      },
      {
        summary: {
          ko: '들어간 파일 확인. 넣은 파일은 기본으로 root 소유가 되며, 호스트의 UID/GID를 그대로 두려면 -a를 씀',
          en: 'Check what arrived; copied-in files belong to root unless -a keeps the host UID and GID',
        },
        command: 'docker exec {{container}} ls -l {{container_dir}}',
      },
    ],
    keywords: {
      ko: ['파일 복사', '복사', '파일 꺼내기', '파일 넣기', '컨테이너 파일', '설정 파일', '호스트로 복사'],
      en: ['copy', 'cp', 'docker cp', 'copy files', 'copy from container', 'copy to container', 'extract file', 'config file'],
    },
    related: [
      'docker cp',
      'docker cp --archive',
      'docker exec',
      'docker run --volume',
      'concept:volumes-vs-bind-mounts',
    ],
    noteTerms: [],
  },
  {
    slug: 'connect-containers',
    title: { ko: '컨테이너끼리 이름으로 통신하게 하기', en: 'Let containers reach each other by name' },
    summary: {
      ko: '사용자 정의 네트워크를 만들고 두 컨테이너를 붙여, 한쪽에서 다른 쪽을 컨테이너 이름으로 부르기',
      en: 'Create a user-defined network, put two containers on it, and reach one from the other by name',
    },
    placeholders: [
      {
        name: 'network', type: 'string', default: 'app-net',
        summary: { ko: '새로 만들 네트워크 이름', en: 'Name of the network to create' },
      },
      {
        name: 'server', type: 'container', default: 'web',
        summary: {
          ko: '다른 컨테이너가 이름으로 찾아갈 서버 컨테이너',
          en: 'Server container the others will reach by name',
        },
      },
      {
        name: 'image', type: 'image', default: 'nginx:alpine',
        summary: { ko: '서버 컨테이너의 이미지 (80번 포트로 응답)', en: 'Image of the server container, answering on port 80' },
      },
      {
        name: 'other', type: 'container', default: 'api',
        summary: {
          ko: '이미 떠 있어서 나중에 같은 네트워크에 붙일 컨테이너',
          en: 'An already running container to attach to the network later',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '브리지 드라이버로 사용자 정의 네트워크 만들기. 기본 bridge 네트워크에는 이름 풀이가 없음',
          en: 'Create a user-defined bridge network; the default bridge network has no name resolution',
        },
        command: 'docker network create {{network}}',
      },
      {
        summary: {
          ko: '서버 컨테이너를 이름을 붙여 그 네트워크에서 실행. 같은 네트워크끼리는 -p로 포트를 공개할 필요가 없음',
          en: 'Run the named server on that network; containers on the same network need no -p to reach it',
        },
        command: 'docker run -d --name {{server}} --network {{network}} {{image}}',
      },
      {
        summary: {
          ko: '같은 네트워크의 임시 컨테이너에서 서버를 이름으로 호출 (내장 DNS가 이름을 IP로 바꿔 줌)',
          en: 'From a throwaway container on the same network, call the server by name; the embedded DNS turns it into an IP',
        },
        command: 'docker run --rm --network {{network}} alpine wget -qO- http://{{server}}',
      },
      {
        summary: {
          ko: '이미 실행 중인 컨테이너도 재시작 없이 네트워크에 붙일 수 있음',
          en: 'A container that is already running can join the network without a restart',
        },
        command: 'docker network connect {{network}} {{other}}',
      },
      {
        summary: {
          ko: '네트워크에 붙은 컨테이너와 각 IP 확인',
          en: 'See which containers are on the network and their addresses',
        },
        command: 'docker network inspect {{network}}',
      },
      {
        summary: {
          ko: '정리: 서버 컨테이너를 멈추고 삭제',
          en: 'Clean up: stop and remove the server container',
        },
        command: 'docker rm -f {{server}}',
      },
      {
        summary: {
          ko: '네트워크 삭제. 붙어 있는 컨테이너가 남아 있으면 먼저 docker network disconnect로 떼어야 함',
          en: 'Remove the network; disconnect any container still attached first with docker network disconnect',
        },
        command: 'docker network rm {{network}}',
      },
    ],
    keywords: {
      ko: ['컨테이너 연결', '컨테이너 간 통신', '컨테이너간통신', '네트워크 만들기', '이름으로 접속', '내장 DNS', '사용자 정의 네트워크'],
      en: ['connect containers', 'container networking', 'user-defined network', 'network create', 'dns', 'container name', 'service discovery'],
    },
    related: [
      'docker network create',
      'docker network connect',
      'docker network inspect',
      'docker network rm',
      'docker run --network',
      'docker run --name',
      'docker rm',
      'concept:networks',
      'concept:user-defined-network-dns',
    ],
    noteTerms: [],
  },
  {
    slug: 'backup-volume',
    title: { ko: '볼륨을 tar 파일로 백업하기', en: 'Back up a volume to a tar file' },
    summary: {
      ko: '볼륨과 현재 디렉터리를 함께 마운트한 임시 컨테이너에서 tar로 볼륨 내용을 압축해 호스트에 남기기',
      en: 'Archive a volume\'s contents to the host with tar, from a throwaway container that mounts both',
    },
    placeholders: [
      {
        name: 'volume', type: 'string', default: 'pgdata',
        summary: { ko: '백업할 볼륨 이름', en: 'Name of the volume to back up' },
      },
      {
        name: 'container', type: 'container', default: 'db',
        summary: {
          ko: '그 볼륨에 쓰고 있는 컨테이너 (백업하는 동안 멈춤)',
          en: 'Container writing to the volume, stopped while the backup runs',
        },
      },
      {
        name: 'archive', type: 'file', default: 'pgdata-backup.tar.gz',
        summary: { ko: '현재 디렉터리에 만들 백업 파일 이름', en: 'Backup file to create in the current directory' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '볼륨이 있는지, 어떤 드라이버와 경로를 쓰는지 확인',
          en: 'Check that the volume exists and see its driver and location',
        },
        command: 'docker volume inspect {{volume}}',
      },
      {
        summary: {
          ko: '볼륨에 쓰는 컨테이너를 멈춤. 데이터베이스처럼 계속 쓰는 중인 파일을 복사하면 깨진 백업이 될 수 있음',
          en: 'Stop the container that writes to the volume; copying files a database is still writing can give a broken backup',
        },
        command: 'docker stop {{container}}',
      },
      {
        summary: {
          ko: '볼륨은 /data에 읽기 전용으로, 현재 디렉터리는 /backup에 마운트한 임시 alpine 컨테이너에서 압축. 끝나면 컨테이너는 지워짐',
          en: 'Compress from a throwaway alpine container with the volume read-only at /data and the current directory at /backup; the container is removed afterwards',
        },
        command: 'docker run --rm -v {{volume}}:/data:ro -v "$(pwd)":/backup alpine tar czf /backup/{{archive}} -C /data .',
      },
      {
        summary: { ko: '컨테이너 다시 시작', en: 'Start the container again' },
        command: 'docker start {{container}}',
      },
      {
        summary: {
          ko: '백업 파일에 내용이 제대로 들어갔는지 목록으로 확인',
          en: 'List the archive to check that the files made it in',
        },
        command: 'tar tzvf {{archive}}',
      },
    ],
    keywords: {
      ko: ['볼륨 백업', '백업', '데이터 백업', '볼륨 내보내기', '압축', '타르', '데이터 보관'],
      en: ['backup', 'volume backup', 'back up volume', 'tar', 'archive', 'export volume', 'data'],
    },
    related: [
      'docker volume inspect',
      'docker volume ls',
      'docker stop',
      'docker start',
      'docker run --rm',
      'docker run --volume',
      'concept:volumes-vs-bind-mounts',
      'recipe:restore-volume',
    ],
    noteTerms: [],
  },
  {
    slug: 'restore-volume',
    title: { ko: 'tar 백업으로 볼륨 복원하기', en: 'Restore a volume from a tar backup' },
    summary: {
      ko: '백업한 tar 파일을 임시 컨테이너에서 볼륨에 풀어, 다른 호스트나 새 볼륨에 데이터를 되살리기',
      en: 'Unpack a tar backup into a volume from a throwaway container, to bring the data back on a new volume or another host',
    },
    placeholders: [
      {
        name: 'volume', type: 'string', default: 'pgdata',
        summary: { ko: '복원할 볼륨 이름 (없으면 새로 만듦)', en: 'Name of the volume to restore into; created if missing' },
      },
      {
        name: 'container', type: 'container', default: 'db',
        summary: { ko: '그 볼륨을 쓰는 컨테이너', en: 'Container that uses the volume' },
      },
      {
        name: 'archive', type: 'file', default: 'pgdata-backup.tar.gz',
        summary: { ko: '현재 디렉터리에 있는 백업 파일', en: 'Backup file in the current directory' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '볼륨을 쓰는 컨테이너가 있다면 멈춤 (없으면 건너뜀)',
          en: 'Stop the container using the volume, if there is one',
        },
        command: 'docker stop {{container}}',
      },
      {
        summary: {
          ko: '볼륨 만들기. 같은 이름의 볼륨이 이미 있으면 아무것도 바꾸지 않음',
          en: 'Create the volume; if one with that name exists, nothing changes',
        },
        command: 'docker volume create {{volume}}',
      },
      {
        summary: {
          ko: '볼륨이 비어 있는지 확인. tar는 기존 파일을 덮어쓰기만 하고 백업에 없는 파일은 남기므로 빈 볼륨에 푸는 것이 안전함',
          en: 'Check that the volume is empty; tar overwrites files but leaves any that are not in the backup, so an empty volume is safest',
        },
        command: 'docker run --rm -v {{volume}}:/data alpine ls -A /data',
      },
      {
        summary: {
          ko: '현재 디렉터리를 /backup으로 마운트한 임시 컨테이너에서 백업을 볼륨(/data)에 풀기',
          en: 'Unpack the backup into the volume at /data from a throwaway container with the current directory at /backup',
        },
        command: 'docker run --rm -v {{volume}}:/data -v "$(pwd)":/backup alpine tar xzf /backup/{{archive}} -C /data',
      },
      {
        summary: {
          ko: '복원된 파일과 소유자 확인',
          en: 'Check the restored files and their owners',
        },
        command: 'docker run --rm -v {{volume}}:/data alpine ls -la /data',
      },
      {
        summary: {
          ko: '컨테이너 다시 시작 (새 호스트라면 이 볼륨을 -v로 붙여 컨테이너를 새로 만듦)',
          en: 'Start the container again; on a new host, create it with the volume attached through -v',
        },
        command: 'docker start {{container}}',
      },
    ],
    keywords: {
      ko: ['볼륨 복원', '복원', '복구', '백업 복원', '데이터 복구', '볼륨 옮기기', '데이터 이전', '압축 풀기'],
      en: ['restore', 'volume restore', 'restore volume', 'recover data', 'tar', 'migrate volume', 'move volume'],
    },
    related: [
      'docker volume create',
      'docker volume inspect',
      'docker stop',
      'docker start',
      'docker run --rm',
      'docker run --volume',
      'concept:volumes-vs-bind-mounts',
      'recipe:backup-volume',
    ],
    noteTerms: [],
  },
  {
    slug: 'compose-start-stop',
    title: { ko: 'Compose 프로젝트 띄우고 내리기', en: 'Start and stop a Compose project' },
    summary: {
      ko: 'compose.yaml이 있는 디렉터리에서 프로젝트를 백그라운드로 띄우고, 상태와 로그를 본 뒤, 멈추거나 통째로 내리기',
      en: 'From the directory with compose.yaml, start the project in the background, check status and logs, then stop it or tear it down',
    },
    placeholders: [
      {
        name: 'service', type: 'string', default: 'web',
        summary: { ko: 'compose.yaml의 services 아래에 있는 서비스 이름', en: 'A service name from under services in compose.yaml' },
      },
      {
        name: 'lines', type: 'string', default: '50',
        summary: { ko: '로그를 따라가기 전에 보여 줄 줄 수', en: 'How many log lines to show before following' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '필요하면 이미지를 받거나 빌드한 뒤 모든 서비스를 백그라운드로 시작. 설정이 바뀐 서비스만 다시 만듦',
          en: 'Pull or build images as needed and start every service in the background; only changed services are recreated',
        },
        command: 'docker compose up -d',
      },
      {
        summary: {
          ko: '프로젝트의 컨테이너와 상태, 공개된 포트 보기',
          en: 'List the project\'s containers with their state and published ports',
        },
        command: 'docker compose ps',
      },
      {
        summary: {
          ko: '한 서비스의 로그를 따라가기 (서비스 이름을 빼면 전부). Ctrl+C로 멈춰도 서비스는 계속 돎',
          en: 'Follow one service\'s logs, or all of them without a name; Ctrl+C stops following, not the services',
        },
        command: 'docker compose logs -f --tail {{lines}} {{service}}',
      },
      {
        summary: {
          ko: '컨테이너를 멈추기만 함. 컨테이너, 네트워크, 볼륨은 남아서 docker compose start로 그대로 다시 켤 수 있음',
          en: 'Only stop the containers; containers, networks and volumes stay, and docker compose start brings them back as they were',
        },
        command: 'docker compose stop',
      },
      {
        summary: {
          ko: '프로젝트 내리기: 컨테이너와 Compose가 만든 네트워크를 삭제. 이름 있는 볼륨과 이미지는 남으므로 데이터는 보존됨',
          en: 'Tear the project down: removes its containers and the networks Compose created; named volumes and images stay, so data survives',
        },
        command: 'docker compose down',
      },
      {
        summary: {
          ko: '주의, 데이터 삭제: -v를 더하면 compose.yaml에 선언한 이름 있는 볼륨과 익명 볼륨까지 지워 그 안의 데이터가 영구히 사라짐 (external 볼륨은 제외)',
          en: 'Careful, deletes data: -v also removes the named volumes declared in compose.yaml and anonymous volumes, and their data is gone for good (external volumes are spared)',
        },
        command: 'docker compose down -v',
      },
    ],
    keywords: {
      ko: ['컴포즈', '도커컴포즈', '컴포즈 실행', '컴포즈 종료', '서비스 시작', '서비스 중지', '프로젝트 삭제', '백그라운드 실행'],
      en: ['compose', 'docker compose', 'compose up', 'compose down', 'compose stop', 'start services', 'stop services', 'tear down'],
    },
    related: [
      'docker compose up',
      'docker compose up --detach',
      'docker compose ps',
      'docker compose logs',
      'docker compose logs --follow',
      'docker compose stop',
      'docker compose start',
      'docker compose down',
      'docker compose down --volumes',
      'concept:compose-projects',
      'concept:compose-services',
    ],
    noteTerms: [],
  },
  {
    slug: 'clean-up-disk',
    title: { ko: '도커가 쓰는 디스크 정리하기', en: 'Free the disk space Docker uses' },
    summary: {
      ko: 'docker system df로 어디에 용량이 쓰였는지 본 뒤, 덜 위험한 것부터 차례로 정리하고 볼륨은 맨 마지막에 신중하게 지우기',
      en: 'See where the space went with docker system df, then prune from the safest kind onward, leaving volumes for last and with care',
    },
    placeholders: [
      {
        name: 'age', type: 'string', default: '24h',
        summary: {
          ko: '이보다 오래된 것만 지우는 기준 (예: 24h, 168h)',
          en: 'Only remove things older than this, e.g. 24h or 168h',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '이미지, 컨테이너, 로컬 볼륨, 빌드 캐시가 각각 얼마나 쓰고 있고 얼마나 회수할 수 있는지 보기 (-v로 자세히)',
          en: 'See how much images, containers, local volumes and build cache use and how much is reclaimable; -v gives details',
        },
        command: 'docker system df',
      },
      {
        summary: {
          ko: '기준보다 오래전에 만들어진, 멈춘 컨테이너 삭제. 그 컨테이너 안에서 바꾼 파일도 함께 사라짐',
          en: 'Remove stopped containers created before the cut-off; any changes made inside them go too',
        },
        command: 'docker container prune --filter "until={{age}}"',
      },
      {
        summary: {
          ko: '이름 없는 댕글링 이미지 삭제. 태그가 붙은 이미지는 건드리지 않음',
          en: 'Remove dangling images without a name; tagged images are left alone',
        },
        command: 'docker image prune',
      },
      {
        summary: {
          ko: '기준보다 오래 쓰이지 않은 빌드 캐시 삭제. 다음 빌드가 그만큼 처음부터 다시 돎',
          en: 'Remove build cache unused for longer than the cut-off; the next builds redo that work',
        },
        command: 'docker builder prune --filter "until={{age}}"',
      },
      {
        summary: {
          ko: '어떤 컨테이너도 붙어 있지 않은 사용자 정의 네트워크 삭제 (용량보다는 정리 목적)',
          en: 'Remove user-defined networks no container is attached to; tidier rather than much smaller',
        },
        command: 'docker network prune',
      },
      {
        summary: {
          ko: '기준보다 오래전에 만들어졌고 어떤 컨테이너도 쓰지 않는 이미지를 태그가 있어도 모두 삭제. 나중에 다시 pull하거나 빌드해야 함',
          en: 'Remove every image older than the cut-off that no container uses, tagged or not; you will have to pull or build them again',
        },
        command: 'docker image prune -a --filter "until={{age}}"',
      },
      {
        summary: {
          ko: '얼마나 줄었는지 다시 확인',
          en: 'Check again how much was freed',
        },
        command: 'docker system df',
      },
      {
        summary: {
          ko: '맨 마지막, 되돌릴 수 없음: 멈춘 컨테이너, 안 쓰는 네트워크, 댕글링 이미지, 빌드 캐시를 기준 시간과 상관없이 한꺼번에 지우고, 어떤 컨테이너도 쓰지 않는 익명 볼륨까지 삭제해 그 안의 데이터가 영구히 사라짐. 필요한 데이터는 먼저 백업할 것 (이름 있는 볼륨은 docker volume prune -a를 해야 지워짐)',
          en: 'Last, and irreversible: removes stopped containers, unused networks, dangling images and build cache whatever their age, and also deletes anonymous volumes no container uses, destroying their data for good; back up what you need first (named volumes go only with docker volume prune -a)',
        },
        command: 'docker system prune --volumes',
      },
    ],
    keywords: {
      ko: ['디스크 정리', '용량 확보', '용량 부족', '디스크 용량', '정리', '청소', '프루닝', '캐시 삭제', '도커 용량'],
      en: ['disk space', 'cleanup', 'clean up', 'prune', 'system df', 'system prune', 'free space', 'no space left', 'build cache'],
    },
    related: [
      'docker system df',
      'docker container prune',
      'docker container prune --filter',
      'docker image prune',
      'docker image prune --all',
      'docker builder prune',
      'docker network prune',
      'docker volume prune',
      'docker volume prune --all',
      'docker system prune',
      'docker system prune --volumes',
      'concept:dangling-images',
      'concept:build-cache',
      'recipe:clean-dangling-images',
      'recipe:backup-volume',
    ],
    noteTerms: [],
  },
  {
    slug: 'multi-platform-build',
    title: { ko: '여러 플랫폼용 이미지 한 번에 빌드하기', en: 'Build one image for several platforms' },
    summary: {
      ko: 'docker-container 빌더를 만들고 amd64와 arm64용 이미지를 함께 빌드해 레지스트리에 바로 올리기',
      en: 'Create a docker-container builder, build for amd64 and arm64 together and push straight to a registry',
    },
    placeholders: [
      {
        name: 'builder', type: 'string', default: 'multiarch',
        summary: { ko: '새로 만들 빌더 이름', en: 'Name of the builder to create' },
      },
      {
        name: 'image', type: 'image', default: 'myaccount/myapp',
        summary: {
          ko: '올릴 이미지 이름 (레지스트리와 계정을 포함)',
          en: 'Name of the image to push, including registry and account',
        },
      },
      {
        name: 'tag', type: 'tag', default: '1.0',
        summary: { ko: '이미지 태그', en: 'Image tag' },
      },
      {
        name: 'platforms', type: 'string', default: 'linux/amd64,linux/arm64',
        summary: { ko: '쉼표로 나열한 대상 플랫폼', en: 'Target platforms, separated by commas' },
      },
      {
        name: 'context', type: 'path', default: '.',
        summary: { ko: 'Dockerfile이 있는 빌드 컨텍스트', en: 'Build context holding the Dockerfile' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '지금 있는 빌더와 각 빌더가 지원하는 플랫폼 확인',
          en: 'See the existing builders and the platforms each supports',
        },
        command: 'docker buildx ls',
      },
      {
        summary: {
          ko: '리눅스 호스트라면 다른 아키텍처를 돌릴 QEMU 에뮬레이터 등록 (Docker Desktop에는 이미 들어 있음)',
          en: 'On a Linux host, register QEMU emulators for other architectures; Docker Desktop already has them',
        },
        command: 'docker run --privileged --rm tonistiigi/binfmt --install all',
      },
      {
        summary: {
          ko: 'docker-container 드라이버로 빌더를 만들어 바로 현재 빌더로 선택하고 시작해 둠',
          en: 'Create a builder with the docker-container driver, make it the current one and start it',
        },
        command: 'docker buildx create --name {{builder}} --driver docker-container --use --bootstrap',
      },
      {
        summary: {
          ko: '레지스트리에 로그인 (push할 권한이 있는 계정)',
          en: 'Log in to the registry with an account allowed to push',
        },
        command: 'docker login',
      },
      {
        summary: {
          ko: '모든 플랫폼을 빌드해 이미지 인덱스 하나로 묶어 push. 멀티 플랫폼 결과는 기존 이미지 저장소에 --load할 수 없으므로 --push를 씀',
          en: 'Build every platform, tie them into one image index and push it; a multi-platform result cannot be --load-ed into the classic image store, hence --push',
        },
        command: 'docker buildx build --platform {{platforms}} -t {{image}}:{{tag}} --push {{context}}',
      },
      {
        summary: {
          ko: '올라간 이미지에 플랫폼별 매니페스트가 모두 들어 있는지 확인',
          en: 'Check that the pushed image lists a manifest for every platform',
        },
        command: 'docker buildx imagetools inspect {{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '필요하면 기본 빌더로 돌아가기',
          en: 'Switch back to the default builder if you like',
        },
        command: 'docker buildx use default',
      },
    ],
    keywords: {
      ko: ['멀티 플랫폼', '멀티플랫폼', '멀티 아키텍처', '멀티아키텍처', '크로스 빌드', '빌드엑스', 'ARM 이미지', '애플 실리콘'],
      en: ['multi-platform', 'multi-arch', 'buildx', 'arm64', 'amd64', 'cross-platform build', 'qemu', 'platform', 'push'],
    },
    related: [
      'docker buildx ls',
      'docker buildx create',
      'docker buildx create --driver',
      'docker buildx create --use',
      'docker buildx build',
      'docker buildx build --platform',
      'docker buildx build --push',
      'docker buildx imagetools inspect',
      'docker buildx use',
      'docker login',
      'concept:multi-platform-images',
      'concept:builders',
    ],
    noteTerms: [],
  },
];
