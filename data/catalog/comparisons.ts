/**
 * Side-by-side comparisons the notes draw. Facts follow the Docker 28 client and the Dockerfile
 * reference; every sentence is our own. One cell per subject, in `subjects` order.
 */
import type { ComparisonSpec } from './types.js';

export const comparisons: readonly ComparisonSpec[] = [
  {
    slug: 'save-load-vs-export-import',
    title: {
      ko: 'docker save/load와 export/import 비교',
      en: 'docker save/load vs export/import',
    },
    summary: {
      ko: '이미지를 통째로 옮기는 save/load와 컨테이너 파일 시스템만 떠내는 export/import의 차이',
      en: 'Moving whole images with save/load versus dumping a container filesystem with export/import',
    },
    subjects: ['docker save', 'docker export'],
    rows: [
      {
        aspect: { ko: '대상', en: 'Works on' },
        cells: [
          { ko: '이미지 하나 이상 (이름 또는 ID)', en: 'One or more images, by name or ID' },
          { ko: '컨테이너 하나 (실행 중이든 멈춰 있든 상관없음)', en: 'A single container, running or stopped' },
        ],
      },
      {
        aspect: { ko: 'tar 파일에 담기는 것', en: 'What the tar holds' },
        cells: [
          { ko: '모든 레이어와 이미지 설정, 태그 정보', en: 'Every layer plus the image config and its tags' },
          { ko: '컨테이너의 현재 파일 시스템을 하나로 합친 트리 (볼륨 내용은 빠짐)', en: 'The merged filesystem of the container as one tree, without volume data' },
        ],
      },
      {
        aspect: { ko: '되살리는 명령', en: 'Restored with' },
        cells: [
          { ko: '`docker load -i`로 원래 이름과 태그 그대로 복원', en: '`docker load -i`, which brings the images back under their old names and tags' },
          { ko: '`docker import`로 새 이미지를 만들며 이름은 이때 새로 붙임', en: '`docker import`, which creates a new image that you name at import time' },
        ],
      },
      {
        aspect: { ko: 'CMD·ENV 같은 설정', en: 'Settings such as CMD and ENV' },
        cells: [
          { ko: '그대로 유지됨', en: 'Kept as they were' },
          { ko: '사라짐. 필요하면 `docker import --change`로 다시 지정', en: 'Lost; add them back with `docker import --change` if needed' },
        ],
      },
      {
        aspect: { ko: '레이어와 히스토리', en: 'Layers and history' },
        cells: [
          { ko: '레이어 구조와 빌드 히스토리가 보존됨', en: 'Layer structure and build history survive' },
          { ko: '레이어 하나로 평탄화되고 히스토리는 없어짐', en: 'Flattened into a single layer with no history' },
        ],
      },
      {
        aspect: { ko: '주로 쓰는 곳', en: 'Typical use' },
        cells: [
          { ko: '인터넷이 막힌 서버로 이미지 반입, 이미지 백업', en: 'Carrying images to offline hosts, backing images up' },
          { ko: '이미지 레이어 줄이기, 컨테이너 상태 스냅숏', en: 'Flattening an image, snapshotting what a container holds' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '이미지 추출', '이미지 백업', '파일로 저장', '레이어 평탄화', '메타데이터', '옮기기'],
      en: ['vs', 'difference', 'save', 'load', 'export', 'import', 'tar', 'backup', 'offline transfer'],
    },
    noteTerms: [
      'export, import가 있다',
      '컨테이너의 파일 시스템을 tar로 추출',
      '이미지의 모든 메타데이터를 포함',
    ],
  },
  {
    slug: 'add-vs-copy',
    title: { ko: 'ADD와 COPY 비교', en: 'ADD vs COPY' },
    summary: {
      ko: '파일을 이미지에 넣는 두 명령의 차이: URL·tar 처리 여부와 예측 가능성',
      en: 'Two ways to put files into an image: URL and tar handling versus plain, predictable copying',
    },
    subjects: ['ADD', 'COPY'],
    rows: [
      {
        aspect: { ko: '가져올 수 있는 곳', en: 'Sources' },
        cells: [
          { ko: '빌드 컨텍스트, 원격 URL, Git 저장소', en: 'The build context, remote URLs and Git repositories' },
          { ko: '빌드 컨텍스트, 그리고 `--from`으로 지정한 스테이지나 이미지', en: 'The build context, or a stage or image named with `--from`' },
        ],
      },
      {
        aspect: { ko: '로컬 tar 파일', en: 'Local tar archives' },
        cells: [
          { ko: '압축(gzip, bzip2, xz)까지 풀어서 대상 디렉터리에 펼침', en: 'Unpacked into the destination, gzip, bzip2 and xz included' },
          { ko: '풀지 않고 파일 그대로 복사', en: 'Copied as a file, never unpacked' },
        ],
      },
      {
        aspect: { ko: '원격 URL', en: 'Remote URLs' },
        cells: [
          { ko: '내려받아 추가함 (내려받은 tar는 풀지 않음), `--checksum`으로 검증 가능', en: 'Downloaded and added, not unpacked; `--checksum` can verify it' },
          { ko: '지원하지 않음', en: 'Not supported' },
        ],
      },
      {
        aspect: { ko: '예측 가능성과 보안', en: 'Predictability and safety' },
        cells: [
          { ko: '자동 해제와 네트워크 다운로드 때문에 무엇이 들어갈지 알기 어려움', en: 'Auto-extraction and downloads make the result harder to foresee' },
          { ko: '컨텍스트에 있는 파일만 들어가므로 출처가 분명함', en: 'Only files from the context go in, so the origin is clear' },
        ],
      },
      {
        aspect: { ko: '멀티 스테이지 빌드', en: 'Multi-stage builds' },
        cells: [
          { ko: '다른 스테이지에서 가져오는 기능 없음', en: 'Cannot pull files from another stage' },
          { ko: '`COPY --from=<스테이지>`로 앞 스테이지의 결과물을 복사', en: '`COPY --from=<stage>` copies results out of an earlier stage' },
        ],
      },
      {
        aspect: { ko: '권장 사용', en: 'When to use' },
        cells: [
          { ko: 'tar 자동 해제나 원격 파일이 꼭 필요할 때만', en: 'Only when you need tar extraction or a remote file' },
          { ko: '기본 선택. 대부분의 파일 복사는 COPY로 충분함', en: 'The default choice for almost every file copy' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '파일 복사', '파일 추가', '압축 해제', '원격 파일', '빌드 컨텍스트', '보안'],
      en: ['vs', 'difference', 'add', 'copy', 'dockerfile', 'tar extract', 'remote url', 'copy files'],
    },
    noteTerms: [
      'COPY는 로컬 파일만 이미지에 추가할 수 있지만',
      'tar를 자동으로 해제해서',
      '출처가 명확하다',
    ],
  },
  {
    slug: 'cmd-vs-entrypoint',
    title: { ko: 'CMD와 ENTRYPOINT 비교', en: 'CMD vs ENTRYPOINT' },
    summary: {
      ko: '기본 명령을 정하는 CMD와 항상 실행할 프로그램을 고정하는 ENTRYPOINT의 차이',
      en: 'CMD sets a replaceable default command; ENTRYPOINT fixes the program that always runs',
    },
    subjects: ['CMD', 'ENTRYPOINT'],
    rows: [
      {
        aspect: { ko: '역할', en: 'Role' },
        cells: [
          { ko: '컨테이너가 시작할 때의 기본 명령 또는 기본 인자', en: 'The default command, or default arguments, for a new container' },
          { ko: '컨테이너가 시작할 때 반드시 실행되는 프로그램', en: 'The program a container always starts with' },
        ],
      },
      {
        aspect: { ko: 'docker run 뒤에 명령을 주면', en: 'Command given after the image in docker run' },
        cells: [
          { ko: 'CMD 전체가 그 명령으로 바뀜', en: 'Replaces CMD entirely' },
          { ko: '그 명령이 ENTRYPOINT의 인자로 덧붙음 (exec 형식일 때)', en: 'Passed to ENTRYPOINT as extra arguments (exec form)' },
        ],
      },
      {
        aspect: { ko: '실행 시 덮어쓰기', en: 'Overriding at run time' },
        cells: [
          { ko: '이미지 이름 뒤에 다른 명령을 쓰면 됨', en: 'Write another command after the image name' },
          { ko: '`docker run --entrypoint`를 써야 함', en: 'Needs `docker run --entrypoint`' },
        ],
      },
      {
        aspect: { ko: '둘을 함께 쓸 때', en: 'Used together' },
        cells: [
          { ko: 'ENTRYPOINT에 넘길 기본 인자가 됨', en: 'Becomes the default arguments of ENTRYPOINT' },
          { ko: 'CMD를 인자로 받음. 셸 형식이면 CMD와 run 인자를 무시함', en: 'Receives CMD as arguments; in shell form it ignores CMD and run arguments' },
        ],
      },
      {
        aspect: { ko: '여러 번 쓰면', en: 'Written more than once' },
        cells: [
          { ko: '마지막 CMD만 적용됨', en: 'Only the last CMD counts' },
          { ko: '마지막 ENTRYPOINT만 적용됨', en: 'Only the last ENTRYPOINT counts' },
        ],
      },
      {
        aspect: { ko: '대표적인 쓰임', en: 'Typical use' },
        cells: [
          { ko: '범용 이미지의 기본 프로세스 (예: 셸, 웹 서버)', en: 'The default process of a general image, such as a shell or web server' },
          { ko: '초기화 스크립트, 명령줄 도구처럼 쓰는 이미지', en: 'Start-up wrapper scripts and images used like a CLI tool' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '엔트리포인트', '기본 명령', '시작 명령', '인자 전달', '스크립트', '덮어쓰기'],
      en: ['vs', 'difference', 'cmd', 'entrypoint', 'default command', 'arguments', 'override', 'startup script'],
    },
    noteTerms: [
      'ENTRYPOINT와 CMD의 차이점',
      '커맨드를 인자로 받아 사용할',
      '--entrypoint="echo"',
    ],
  },
  {
    slug: 'arg-vs-env',
    title: { ko: 'ARG와 ENV 비교', en: 'ARG vs ENV' },
    summary: {
      ko: '빌드할 때만 쓰는 ARG 변수와 컨테이너까지 남는 ENV 환경 변수의 차이',
      en: 'Build-time ARG variables versus ENV variables that stay in the image and its containers',
    },
    subjects: ['ARG', 'ENV'],
    rows: [
      {
        aspect: { ko: '살아 있는 기간', en: 'Lifetime' },
        cells: [
          { ko: '빌드 중에만, 선언한 줄부터 그 스테이지 끝까지', en: 'Only during the build, from its declaration to the end of the stage' },
          { ko: '빌드 중에도, 만들어진 컨테이너 안에서도 유지됨', en: 'During the build and inside every container from the image' },
        ],
      },
      {
        aspect: { ko: '빌드할 때 값 넣기', en: 'Setting it at build time' },
        cells: [
          { ko: '`docker build --build-arg 이름=값`', en: '`docker build --build-arg name=value`' },
          { ko: '빌드 옵션은 없음. ARG 값을 받아 `ENV 이름=${이름}`처럼 넘길 수 있음', en: 'No build flag; copy an ARG into it with `ENV name=${name}`' },
        ],
      },
      {
        aspect: { ko: '실행할 때 값 바꾸기', en: 'Changing it at run time' },
        cells: [
          { ko: '불가능. 컨테이너에는 존재하지 않음', en: 'Impossible; containers never see it' },
          { ko: '`docker run -e 이름=값`으로 덮어씀', en: 'Overridden with `docker run -e name=value`' },
        ],
      },
      {
        aspect: { ko: '이미지에 남는지', en: 'Kept in the image' },
        cells: [
          { ko: '환경 변수로는 남지 않지만 `docker history`에 보일 수 있어 비밀값에는 부적합', en: 'Not as an env var, but it can show in `docker history`, so no secrets' },
          { ko: '이미지 설정에 저장되어 `docker inspect`로 보임', en: 'Stored in the image config and shown by `docker inspect`' },
        ],
      },
      {
        aspect: { ko: '같은 이름일 때', en: 'Same name in both' },
        cells: [
          { ko: 'ENV가 뒤에 정의되면 ARG 값(`--build-arg` 포함)이 가려짐', en: 'A later ENV hides the ARG value, even one given with `--build-arg`' },
          { ko: '이후 명령에서는 ENV 값이 우선함', en: 'ENV wins for the instructions that follow' },
        ],
      },
      {
        aspect: { ko: '기본값', en: 'Default value' },
        cells: [
          { ko: '`ARG 이름=기본값`처럼 선택적으로 지정 (`=` 앞뒤 공백 없이)', en: 'Optional, as `ARG name=default` with no spaces around `=`' },
          { ko: '`ENV 이름=값`으로 항상 값을 줌', en: 'Always given, as `ENV name=value`' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '환경 변수', '빌드 인자', '빌드 변수', '우선순위', '덮어쓰기', '변수'],
      en: ['vs', 'difference', 'arg', 'env', 'build-arg', 'environment variable', 'build variable', 'precedence'],
    },
    noteTerms: [
      'ARG,ENV의 값을 사용하는 방법',
      'ENV에 의해 덮어쓰여진다',
    ],
  },
  {
    slug: 'shell-vs-exec-form',
    title: { ko: '셸 형식과 exec 형식 비교', en: 'Shell form vs exec form' },
    summary: {
      ko: 'RUN·CMD·ENTRYPOINT를 평문으로 쓸 때와 JSON 배열로 쓸 때 실행 방식의 차이',
      en: 'How RUN, CMD and ENTRYPOINT behave when written as plain text or as a JSON array',
    },
    subjects: ['shell form', 'exec form'],
    rows: [
      {
        aspect: { ko: '작성 방법', en: 'Syntax' },
        cells: [
          { ko: '`CMD echo hello`처럼 평문으로 씀', en: 'Plain text, e.g. `CMD echo hello`' },
          { ko: '`CMD ["echo", "hello"]`처럼 큰따옴표를 쓴 JSON 배열', en: 'A JSON array with double quotes, e.g. `CMD ["echo", "hello"]`' },
        ],
      },
      {
        aspect: { ko: '실행 방식', en: 'How it runs' },
        cells: [
          { ko: '`/bin/sh -c`(또는 SHELL로 정한 셸)로 감싸서 실행', en: 'Wrapped in `/bin/sh -c`, or the shell set by SHELL' },
          { ko: '셸 없이 첫 번째 원소의 프로그램을 바로 실행', en: 'Runs the first element directly, with no shell' },
        ],
      },
      {
        aspect: { ko: '변수 치환과 셸 기능', en: 'Variables and shell features' },
        cells: [
          { ko: '`$VAR`, 파이프, `&&` 등을 그대로 쓸 수 있음', en: '`$VAR`, pipes and `&&` work as usual' },
          { ko: '셸 처리가 없어 `$VAR`가 치환되지 않음. 필요하면 셸을 직접 호출', en: 'No shell, so `$VAR` stays literal unless you call a shell yourself' },
        ],
      },
      {
        aspect: { ko: 'PID 1과 종료 신호', en: 'PID 1 and signals' },
        cells: [
          { ko: '셸이 PID 1이 되어 `docker stop`의 SIGTERM이 앱까지 안 갈 수 있음', en: 'The shell is PID 1, so SIGTERM from `docker stop` may not reach the app' },
          { ko: '앱이 PID 1이 되어 종료 신호를 직접 받음', en: 'The app is PID 1 and receives stop signals itself' },
        ],
      },
      {
        aspect: { ko: 'ENTRYPOINT로 쓸 때', en: 'As ENTRYPOINT' },
        cells: [
          { ko: 'CMD와 `docker run` 뒤의 인자를 무시함', en: 'Ignores CMD and any arguments after the image in `docker run`' },
          { ko: 'CMD나 run 인자를 뒤에 붙여 받음', en: 'Takes CMD or run arguments appended to it' },
        ],
      },
      {
        aspect: { ko: '셸이 없는 이미지', en: 'Images without a shell' },
        cells: [
          { ko: '이미지에 `/bin/sh`가 없으면 실행 실패', en: 'Fails when the image has no `/bin/sh`' },
          { ko: 'scratch나 distroless처럼 셸 없는 이미지에서도 동작', en: 'Works in shell-less images such as scratch or distroless' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '셸 형식', '실행 형식', '배열 형식', '제이슨 배열', '신호', '변수 치환'],
      en: ['vs', 'difference', 'shell form', 'exec form', 'json array', '/bin/sh -c', 'pid 1', 'signals'],
    },
    noteTerms: [
      'JSON 배열 형태와 일반 형식의 차이점',
      '/bin/sh -c 가 앞에 추가되기',
      'JSON 배열 형태로 입력하면',
    ],
  },
  {
    slug: 'commit-vs-build',
    title: { ko: 'docker commit과 docker build 비교', en: 'docker commit vs docker build' },
    summary: {
      ko: '손으로 고친 컨테이너를 굳히는 commit과 Dockerfile로 이미지를 만드는 build의 차이',
      en: 'Freezing a hand-edited container with commit versus building from a Dockerfile',
    },
    subjects: ['docker commit', 'docker build'],
    rows: [
      {
        aspect: { ko: '입력', en: 'Input' },
        cells: [
          { ko: '직접 작업해서 바꿔 둔 컨테이너', en: 'A container you changed by hand' },
          { ko: 'Dockerfile과 빌드 컨텍스트', en: 'A Dockerfile and a build context' },
        ],
      },
      {
        aspect: { ko: '재현성', en: 'Repeatability' },
        cells: [
          { ko: '어떤 작업을 했는지 기록이 남지 않아 똑같이 다시 만들기 어려움', en: 'The steps are not recorded, so rebuilding the same image is hard' },
          { ko: 'Dockerfile이 곧 작업 기록이라 언제든 다시 빌드 가능', en: 'The Dockerfile is the record, so you can rebuild at any time' },
        ],
      },
      {
        aspect: { ko: '버전 관리와 리뷰', en: 'Version control and review' },
        cells: [
          { ko: '결과 이미지만 남음', en: 'Only the resulting image exists' },
          { ko: 'Dockerfile을 Git에 넣고 변경 내용을 검토할 수 있음', en: 'The Dockerfile lives in Git and changes can be reviewed' },
        ],
      },
      {
        aspect: { ko: '레이어', en: 'Layers' },
        cells: [
          { ko: '커밋마다 변경분 전체가 레이어 하나로 쌓임 (임시 파일까지 포함)', en: 'Each commit adds one layer with every change, leftovers included' },
          { ko: '파일을 바꾸는 명령마다 레이어가 생기고 캐시로 재사용됨', en: 'One layer per filesystem-changing instruction, reused from cache' },
        ],
      },
      {
        aspect: { ko: '메타데이터 지정', en: 'Setting metadata' },
        cells: [
          { ko: '`-a`, `-m`, `-c`(`--change`)로 작성자, 메시지, 설정 변경', en: '`-a`, `-m` and `-c` (`--change`) for author, message and config' },
          { ko: 'CMD, ENV, LABEL 같은 Dockerfile 명령으로 지정', en: 'Dockerfile instructions such as CMD, ENV and LABEL' },
        ],
      },
      {
        aspect: { ko: '알맞은 상황', en: 'Good for' },
        cells: [
          { ko: '빠른 실험, 디버깅 중인 컨테이너 상태 보존', en: 'Quick experiments and saving a container state while debugging' },
          { ko: '배포하거나 자동화할 모든 이미지', en: 'Every image you ship or build automatically' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '커밋', '빌드', '이미지 생성', '이미지 만들기', '재현성', '자동화'],
      en: ['vs', 'difference', 'commit', 'build', 'dockerfile', 'create image', 'reproducible', 'automation'],
    },
    noteTerms: [
      '3. 컨테이너를 이미지로 커밋',
      '빌드(BUILD) 명령어를 제공한다',
      '이미지로 커밋해야하는 번거로움',
    ],
  },
  {
    slug: 'docker-hub-vs-private-registry',
    title: { ko: '도커 허브와 사설 레지스트리 비교', en: 'Docker Hub vs a private registry' },
    summary: {
      ko: '이미지를 배포할 두 저장소, 관리형 도커 허브와 직접 운영하는 사설 레지스트리의 차이',
      en: 'Sharing images through the hosted Docker Hub or through a registry you run yourself',
    },
    subjects: ['concept:docker-hub', 'concept:private-registry'],
    rows: [
      {
        aspect: { ko: '운영 주체', en: 'Who runs it' },
        cells: [
          { ko: 'Docker 사가 운영하는 클라우드 서비스', en: 'Docker, Inc., as a hosted service' },
          { ko: '사용자. 예: 내 서버에서 `registry:2` 컨테이너 실행', en: 'You, e.g. a `registry:2` container on your own server' },
        ],
      },
      {
        aspect: { ko: '이미지 이름', en: 'Image names' },
        cells: [
          { ko: '`계정/이름:태그` (`docker.io/`는 생략됨)', en: '`account/name:tag`, with `docker.io/` implied' },
          { ko: '`호스트:포트/이름:태그`처럼 레지스트리 주소를 앞에 붙임', en: 'Prefixed with the registry address, as `host:port/name:tag`' },
        ],
      },
      {
        aspect: { ko: '인증', en: 'Authentication' },
        cells: [
          { ko: 'Docker 계정으로 `docker login`', en: '`docker login` with a Docker account' },
          { ko: '기본은 인증 없음. htpasswd나 토큰 인증을 직접 구성', en: 'None by default; you set up htpasswd or token auth yourself' },
        ],
      },
      {
        aspect: { ko: 'HTTPS 지원', en: 'HTTPS' },
        cells: [
          { ko: '기본 제공', en: 'Built in' },
          { ko: '인증서를 직접 붙이거나 데몬의 insecure-registries에 등록해야 함 (localhost는 예외)', en: 'Bring your own certificate or list it in the daemon insecure-registries; localhost is exempt' },
        ],
      },
      {
        aspect: { ko: '비용과 제한', en: 'Cost and limits' },
        cells: [
          { ko: '공개 저장소는 무료, 비공개 저장소 수와 pull 횟수는 요금제에 따라 제한', en: 'Public repos are free; private repos and pull rates depend on the plan' },
          { ko: '사용 제한은 없고 서버와 저장 공간 비용을 직접 부담', en: 'No usage caps; you pay for the server and storage' },
        ],
      },
      {
        aspect: { ko: '관리 부담', en: 'Upkeep' },
        cells: [
          { ko: '거의 없음', en: 'Next to none' },
          { ko: '저장 공간, 백업, 가비지 컬렉션, 업그레이드를 직접 관리', en: 'Storage, backups, garbage collection and upgrades are yours' },
        ],
      },
      {
        aspect: { ko: '부가 기능', en: 'Extras' },
        cells: [
          { ko: '공식 이미지, 검색, push 시 웹훅 호출', en: 'Official images, search and webhooks on push' },
          { ko: '사내망 안에서만 이미지를 주고받을 수 있음', en: 'Images never have to leave your network' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '도커 허브', '사설 레지스트리', '개인 저장소', '이미지 배포', '이미지 저장소', '레지스트리'],
      en: ['vs', 'difference', 'docker hub', 'private registry', 'self-hosted registry', 'registry:2', 'image distribution'],
    },
    noteTerms: [
      '도커 사설 레지스트리 (Docker Private Registry)를 사용하는 것으로서',
      '도커 허브보다는 사용 방법이 까다롭다',
      '클라우드 서비스라고 생각하면',
    ],
  },
  {
    slug: 'restart-policies',
    title: { ko: '재시작 정책 비교 (--restart)', en: 'Restart policies compared (--restart)' },
    summary: {
      ko: 'always, unless-stopped, on-failure, no 정책이 언제 컨테이너를 다시 띄우는지 비교',
      en: 'When always, unless-stopped, on-failure and no bring a container back up',
    },
    subjects: [
      'docker run --restart=always',
      'docker run --restart=unless-stopped',
      'docker run --restart=on-failure',
      'docker run --restart=no',
    ],
    rows: [
      {
        aspect: { ko: '종료 코드 0으로 끝났을 때', en: 'Process exits with code 0' },
        cells: [
          { ko: '다시 시작', en: 'Restarted' },
          { ko: '다시 시작', en: 'Restarted' },
          { ko: '그대로 멈춤', en: 'Stays stopped' },
          { ko: '그대로 멈춤', en: 'Stays stopped' },
        ],
      },
      {
        aspect: { ko: '0이 아닌 코드로 끝났을 때', en: 'Process exits with a non-zero code' },
        cells: [
          { ko: '다시 시작', en: 'Restarted' },
          { ko: '다시 시작', en: 'Restarted' },
          { ko: '다시 시작, `on-failure:N`이면 최대 N번까지', en: 'Restarted, at most N times with `on-failure:N`' },
          { ko: '그대로 멈춤', en: 'Stays stopped' },
        ],
      },
      {
        aspect: { ko: '`docker stop`으로 직접 멈췄을 때', en: 'Stopped by hand with `docker stop`' },
        cells: [
          { ko: '멈춘 채로 있다가 데몬이 재시작되면 다시 시작', en: 'Stays down until the daemon restarts, then comes back' },
          { ko: '데몬이 재시작되어도 계속 멈춤', en: 'Stays down even after a daemon restart' },
          { ko: '계속 멈춤', en: 'Stays down' },
          { ko: '계속 멈춤', en: 'Stays down' },
        ],
      },
      {
        aspect: { ko: '도커 데몬이나 호스트가 재시작될 때', en: 'Docker daemon or host restarts' },
        cells: [
          { ko: '항상 다시 시작', en: 'Always started again' },
          { ko: '직접 멈춘 경우만 빼고 다시 시작', en: 'Started again unless you had stopped it by hand' },
          { ko: '마지막 종료 코드가 0이 아닐 때만 다시 시작', en: 'Started again only if its last exit code was non-zero' },
          { ko: '시작하지 않음', en: 'Not started' },
        ],
      },
      {
        aspect: { ko: '`--rm`과 함께 쓰기', en: 'Combined with `--rm`' },
        cells: [
          { ko: '불가', en: 'Not allowed' },
          { ko: '불가', en: 'Not allowed' },
          { ko: '불가', en: 'Not allowed' },
          { ko: '가능', en: 'Allowed' },
        ],
      },
      {
        aspect: { ko: '알맞은 용도', en: 'Good for' },
        cells: [
          { ko: '레지스트리처럼 늘 떠 있어야 하는 서비스', en: 'Services that must always be up, such as a registry' },
          { ko: '상시 서비스지만 가끔 일부러 꺼 둘 컨테이너', en: 'Long-running services you sometimes keep down on purpose' },
          { ko: '오류로 죽을 수 있는 작업, 재시도 횟수를 제한하고 싶을 때', en: 'Jobs that may crash, with a cap on retries' },
          { ko: '기본값. 일회성 작업이나 수동 관리', en: 'The default; one-off tasks and manual control' },
        ],
      },
    ],
    keywords: {
      ko: ['차이', '비교', '재시작', '정책', '재시작 정책', '자동 재시작', '자동 시작', '재부팅'],
      en: ['vs', 'difference', 'restart policy', 'always', 'unless-stopped', 'on-failure', 'auto restart', 'reboot'],
    },
    noteTerms: [
      '재시작에 대한 정책을 설정한다',
      '--restart의 다른 입력으로는',
      "'on-failure:5'",
      "'unless-stopped'는 컨테이너를 stop 명령어로",
    ],
  },
];
