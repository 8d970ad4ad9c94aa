/**
 * Wrong statements about Docker that study notes often make, as patterns over prose. The ingest
 * reports each passage that states one, with the correct statement beside it. Patterns are
 * JavaScript regular expressions (flags `iu`), written to catch the claim however it is phrased,
 * in Korean or English — not one sentence of one file.
 */
import type { Bilingual } from './types.js';

export interface MisconceptionSpec {
  readonly id: string;
  /** Canonical name of the entry that holds the correct fact. */
  readonly about: string;
  readonly pattern: string;
  /** A sentence that also matches this says the opposite or qualifies it (`not`, `-f`): no erratum. */
  readonly unless?: string;
  readonly severity: 'error' | 'warning';
  /** What is wrong with the statement. */
  readonly message: Bilingual;
  /** The correct statement, served as the erratum's suggestion. */
  readonly correction: Bilingual;
}

export const misconceptions: readonly MisconceptionSpec[] = [
  {
    id: 'maintainer-removed',
    about: 'MAINTAINER',
    pattern: 'MAINTAINER[\\s\\S]{0,120}?(사용하지\\s*않|사용할\\s*수\\s*없|쓸\\s*수\\s*없|no longer (used|supported|works)|(was|is|been) removed)',
    severity: 'error',
    message: { ko: 'MAINTAINER는 폐기 예정(deprecated)일 뿐 제거되지 않았습니다', en: 'MAINTAINER is deprecated, not removed' },
    correction: {
      ko: 'MAINTAINER는 Docker 1.13부터 deprecated이지만 지금도 빌드됩니다(경고만 남음). 대신 LABEL maintainer="이름"을 쓰세요',
      en: 'MAINTAINER has been deprecated since Docker 1.13 but still builds (with a warning); write LABEL maintainer="name" instead',
    },
  },
  {
    id: 'label-maintainer-without-equals',
    about: 'LABEL',
    pattern: 'LABEL\\s+maintainer\\s+["“]',
    severity: 'warning',
    message: { ko: 'LABEL은 key=value 형식으로 씁니다', en: 'LABEL takes key=value pairs' },
    correction: { ko: 'LABEL maintainer="이름"', en: 'LABEL maintainer="name"' },
  },
  {
    id: 'stopsignal-is-a-syscall',
    about: 'STOPSIGNAL',
    pattern: 'STOPSIGNAL[\\s\\S]{0,80}?(시스템\\s*콜|시스템\\s*호출|system\\s*call|syscall)',
    severity: 'error',
    message: { ko: 'STOPSIGNAL이 정하는 것은 시스템 콜이 아니라 시그널입니다', en: 'STOPSIGNAL sets a signal, not a system call' },
    correction: {
      ko: 'STOPSIGNAL은 docker stop이 컨테이너의 주 프로세스에 보낼 시그널(기본 SIGTERM, 예: SIGINT, SIGQUIT)을 정합니다',
      en: 'STOPSIGNAL sets the signal docker stop sends to the container\'s main process (SIGTERM by default; e.g. SIGINT, SIGQUIT)',
    },
  },
  {
    id: 'cmd-only-once',
    about: 'CMD',
    pattern: 'CMD[\\s\\S]{0,80}?(한\\s*번만\\s*(사용|쓸|적을)|can only be used once|only once in a dockerfile)',
    severity: 'error',
    message: { ko: 'CMD는 여러 번 써도 빌드되며, 마지막 것만 적용됩니다', en: 'A Dockerfile may have several CMDs; only the last one applies' },
    correction: {
      ko: 'CMD는 여러 번 적을 수 있지만 한 단계(stage)에서 마지막 CMD만 효력이 있습니다. 보통 하나만 둡니다',
      en: 'You may write CMD more than once, but only the last CMD of a stage takes effect; keep one',
    },
  },
  {
    id: 'parent-image-blocks-delete',
    about: 'concept:untagging',
    pattern: '(부모\\s*이미지가?\\s*(존재하지|없어야)|parent image (must not|mustn\'t) exist)',
    severity: 'error',
    message: { ko: '이미지 삭제를 막는 것은 부모가 아니라 그 이미지를 기반으로 한 자식(하위) 이미지입니다', en: 'What keeps an image\'s layers from being deleted is a child image built on it, not its parent' },
    correction: {
      ko: '그 이미지를 기반으로 하는 하위(자식) 이미지가 없어야 레이어 파일이 실제로 삭제됩니다. 하위 이미지가 있으면 이름만 지워집니다(Untagged)',
      en: 'An image\'s layers are really deleted only when no child image is built on it; otherwise only its name is removed (Untagged)',
    },
  },
  {
    id: 'docker-opts-for-daemon-settings',
    about: 'dockerd --insecure-registry',
    pattern: 'DOCKER_OPTS',
    severity: 'warning',
    message: { ko: 'DOCKER_OPTS는 예전 init 스크립트에서만 읽히는 설정입니다', en: 'DOCKER_OPTS is only read by old init scripts' },
    correction: {
      ko: '/etc/docker/daemon.json에 {"insecure-registries": ["192.168.0.10:5000"]}처럼 적고 도커 데몬을 재시작하세요',
      en: 'Put {"insecure-registries": ["192.168.0.10:5000"]} in /etc/docker/daemon.json and restart the Docker daemon',
    },
  },
  {
    id: 'one-layer-per-line',
    about: 'concept:layers',
    pattern: '(명령어\\s*줄\\s*수만큼\\s*레이어|(one|a) layer (per|for each|for every) (line|instruction))',
    severity: 'warning',
    message: { ko: '모든 명령어가 파일 시스템 레이어를 만들지는 않습니다', en: 'Not every instruction adds a filesystem layer' },
    correction: {
      ko: 'RUN, COPY, ADD만 파일 시스템 레이어를 만들고, 나머지 명령어(ENV, CMD, LABEL 등)는 이미지 설정(메타데이터)만 바꿉니다',
      en: 'Only RUN, COPY and ADD add filesystem layers; the other instructions (ENV, CMD, LABEL, …) only change the image\'s configuration',
    },
  },
  {
    id: 'publish-all-needs-no-lookup',
    about: 'docker run --publish-all',
    pattern: '-P[\\s\\S]{0,80}?(확인할\\s*필요가?\\s*없|no need to (check|look up))',
    severity: 'error',
    message: { ko: '-P는 호스트 포트를 임의로 고르므로 어느 포트인지 확인해야 합니다', en: '-P picks random host ports, so you do need to look them up' },
    correction: {
      ko: '-P는 EXPOSE된 포트마다 비어 있는 임의의 호스트 포트를 연결합니다. 어떤 포트인지는 docker port <컨테이너>나 docker ps로 확인하세요',
      en: '-P maps each exposed port to a free, random host port; find which with docker port <container> or docker ps',
    },
  },
  {
    id: 'exec-array-runs-in-order',
    about: 'RUN',
    pattern: '(배열|array)[\\s\\S]{0,30}?(순서대로|차례로|in order|one after another)',
    severity: 'error',
    message: { ko: 'exec 형식의 배열은 명령어 목록이 아니라 하나의 프로그램과 그 인자입니다', en: 'An exec-form array is one program and its arguments, not a list of commands' },
    correction: {
      ko: 'RUN ["실행파일", "인자1", "인자2"]는 첫 원소의 프로그램을 셸 없이 나머지 원소를 인자로 하여 한 번 실행합니다',
      en: 'RUN ["executable", "arg1", "arg2"] runs the first element once, without a shell, with the rest as its arguments',
    },
  },
  {
    id: 'volume-shares-with-host',
    about: 'VOLUME',
    pattern: 'VOLUME[\\s\\S]{0,80}?(호스트와\\s*공유|shared? with the host)',
    severity: 'warning',
    message: { ko: 'VOLUME은 호스트 디렉터리를 공유하지 않습니다', en: 'VOLUME does not share a host directory' },
    correction: {
      ko: 'VOLUME은 그 경로에 볼륨이 붙을 자리를 표시합니다. 따로 지정하지 않으면 익명 볼륨이 생기고, 호스트 경로를 쓰려면 docker run -v 호스트경로:컨테이너경로로 지정합니다',
      en: 'VOLUME marks a path where a volume is mounted; without -v an anonymous volume is created, and a host directory needs docker run -v host_path:container_path',
    },
  },
  {
    id: 'add-includes-copy',
    about: 'compare:add-vs-copy',
    pattern: '(COPY의?\\s*기능이\\s*ADD에\\s*포함|ADD is a superset of COPY)',
    severity: 'warning',
    message: { ko: 'ADD가 COPY의 상위 호환은 아닙니다', en: 'ADD is not a superset of COPY' },
    correction: {
      ko: 'ADD는 URL 다운로드와 tar 자동 해제를 더 하지만, 멀티 스테이지의 COPY --from은 COPY에만 있습니다. 로컬 파일 복사에는 COPY를 쓰세요',
      en: 'ADD adds URL downloads and tar extraction, but multi-stage COPY --from exists only on COPY; use COPY for local files',
    },
  },
  {
    id: 'build-context-is-dockerfile-folder',
    about: 'concept:build-context',
    pattern: [
      '(Dockerfile|도커\\s*파일)(이|가)?\\s*(위치한|있는|저장된|들어\\s*있는|놓인|담긴)\\s*(디렉(토|터)리|폴더|경로|곳|위치)[^.]{0,30}?컨텍스트',
      '컨텍스트[^.]{0,25}?(는|란|은|이란)\\s[^.]{0,30}?(Dockerfile|도커\\s*파일)(이|가)?\\s*(위치한|있는|저장된|들어\\s*있는|놓인)\\s*(디렉(토|터)리|폴더|경로|곳|위치)',
      'context\\s+(is|means|refers to)\\s+(simply\\s+|always\\s+|just\\s+)?(the\\s+)?(directory|folder|dir|path)\\s+(where|that (holds|contains)|containing|of|with|in which)\\s+(the\\s+|your\\s+)?Dockerfile',
      '(directory|folder)\\s+(where|that (holds|contains)|containing|of|with)\\s+(the\\s+|your\\s+)?Dockerfile[^.]{0,25}?\\b(is|becomes|serves as|acts as|as)\\s+(the\\s+)?(build\\s+)?context',
    ].join('|'),
    unless: '(?<!뿐만\\s?)아니|않|\\bnot\\b|n\'t\\b|-f\\b|--file|by default|기본(값|으로)',
    severity: 'warning',
    message: { ko: '빌드 컨텍스트는 Dockerfile의 위치가 아니라 build에 준 경로입니다', en: 'The build context is the path given to docker build, not the Dockerfile\'s folder' },
    correction: {
      ko: '빌드 컨텍스트는 docker build의 마지막 인자(PATH 또는 URL)입니다. Dockerfile은 기본으로 그 안의 Dockerfile을 쓰지만 -f로 다른 곳의 파일을 지정할 수 있습니다',
      en: 'The build context is docker build\'s last argument (a PATH or URL); the Dockerfile defaults to PATH/Dockerfile but -f can name one elsewhere',
    },
  },
  {
    id: 'build-argument-is-dockerfile-path',
    about: 'concept:build-context',
    pattern: [
      '(build|빌드)[^.]{0,40}?(끝|마지막)(에는|에|의|으로)?[^.]{0,25}?(Dockerfile|도커\\s*파일)(이|가|의)?\\s*(저장된|있는|위치한|담긴)?\\s*(경로|위치|디렉(토|터)리|파일\\s*경로)',
      '(last|final)\\s+argument\\s+(of|to|for)\\s+(docker\\s+)?build\\s+(is|names|gives)\\s+(the\\s+)?(path|location)\\s+(to|of)\\s+(the\\s+|your\\s+)?Dockerfile',
      '(docker\\s+)?build\\s+(ends with|takes|needs|expects)\\s+(the\\s+)?(path|location)\\s+(to|of)\\s+(the\\s+|your\\s+)?Dockerfile\\s+(as\\s+its\\s+)?(last|final)',
    ].join('|'),
    unless: '-f\\b|--file|아니|\\bnot\\b',
    severity: 'warning',
    message: { ko: 'docker build의 마지막 인자는 Dockerfile의 경로가 아니라 빌드 컨텍스트입니다', en: 'docker build\'s last argument is the build context, not the Dockerfile\'s path' },
    correction: {
      ko: 'docker build의 마지막 인자는 빌드 컨텍스트(로컬 디렉터리, URL 또는 -)입니다. Dockerfile의 경로는 -f로 따로 줍니다(없으면 컨텍스트 안의 Dockerfile)',
      en: 'docker build\'s last argument is the build context (a local directory, a URL or -); the Dockerfile\'s path is given with -f (by default the Dockerfile inside the context)',
    },
  },
  {
    id: 'detached-mode-saved-in-image',
    about: 'docker commit',
    pattern: [
      '(detached|디태치|백그라운드)\\s*(모드|실행|설정)?[^.]{0,90}?이미지(에|로|에도|안에)\\s*[^.]{0,25}?(저장|포함|남|기록|담기|들어가)',
      '(detached\\s+mode|detach\\s+setting|the\\s+-d\\s+(flag|option))[^.]{0,60}?\\b(is|are|gets|get|will be)\\s+(also\\s+)?(saved|stored|kept|recorded|committed|baked)\\s+(in|into|to|with)\\s+(the\\s+)?(new\\s+)?image',
      'commit[^.]{0,60}?\\b(saves|stores|keeps|records|captures)\\b[^.]{0,50}?\\b(detached\\s+mode|-d\\s+(flag|option))',
    ].join('|'),
    unless: '않|(?<!뿐만\\s?)아니|\\bnot\\b|n\'t\\b',
    severity: 'warning',
    message: { ko: 'detached 모드(-d)는 docker run의 실행 방식일 뿐 이미지에 저장되지 않습니다', en: 'Detached mode (-d) is how docker run starts a container; it is not stored in an image' },
    correction: {
      ko: 'docker commit은 파일 시스템 변경과 CMD, ENV, 포트 같은 설정을 이미지에 담지만, -d나 --rm처럼 컨테이너를 어떻게 실행했는지는 담지 않습니다. 새 컨테이너마다 docker run에 다시 줍니다',
      en: 'docker commit keeps the filesystem changes and settings such as CMD, ENV and ports, but not how the container was run (-d, --rm); give those to docker run again for each new container',
    },
  },
  {
    id: 'build-arg-needs-a-value',
    about: 'docker build --build-arg',
    pattern: [
      '--build-arg[\\s\\S]{0,120}?(쌍을?\\s*이(뤄|루어)야|반드시\\s*[<\\[]?(key|키)[>\\]]?\\s*=|=\\s*[<\\[]?(value|값)[>\\]]?[^.]{0,20}?(형식이어야|형식으로만|여야만|이어야만|해야만))',
      '--build-arg\\s+(must|has to|always|can only)\\s+(be\\s+given|take|use|have|be)\\s+(in\\s+)?(the\\s+|a\\s+)?(form\\s+)?[<\\[]?(key|name)[>\\]]?\\s*=\\s*[<\\[]?value',
      '--build-arg[^.]{0,40}?\\b(requires|needs)\\s+(both\\s+)?(a\\s+)?(key\\s+and\\s+(a\\s+)?value|[<\\[]?(key|name)[>\\]]?\\s*=\\s*[<\\[]?value)',
    ].join('|'),
    unless: '환경\\s*변수|environment|생략|omit|without a value|alone',
    severity: 'warning',
    message: { ko: '--build-arg는 값 없이 이름만 줄 수도 있습니다', en: '--build-arg may be given a name alone' },
    correction: {
      ko: '--build-arg KEY=VALUE가 보통이지만, --build-arg KEY처럼 이름만 주면 같은 이름의 환경 변수 값을 가져다 씁니다',
      en: '--build-arg KEY=VALUE is the usual form, but --build-arg KEY alone takes the value of the environment variable of that name',
    },
  },
  {
    id: 'retries-repeat-the-check',
    about: 'HEALTHCHECK',
    pattern: [
      '(--retries|retries)(의|에|에\\s*준|에\\s*설정한)?\\s*(횟수|수|값|번)?\\s*만큼[^.]{0,25}?(반복|다시\\s*실행|재시도|재실행|다시\\s*시도)',
      '(--retries|retries)[^.]{0,50}?\\b(retr(y|ies|ied)|re-?run(s|ning)?|repeat(s|ed)?|runs?\\s+again)(\\s+(the\\s+)?(check|command|probe))?[^.]{0,30}?\\b(immediately|right away|at once|straight away|back to back|in a row)',
      '(fails?|failure|times? out)[^.]{0,40}?\\b(it\\s+|docker\\s+)?(immediately\\s+)?(retries|repeats|re-?runs)\\s+(the\\s+)?(check|command)\\s+(up\\s+to\\s+)?(--retries|retries)\\s+times',
    ].join('|'),
    unless: '연속|consecutive|in a row[^.]*unhealthy|간격마다|every interval',
    severity: 'warning',
    message: { ko: '--retries는 즉시 다시 실행하는 횟수가 아니라 unhealthy가 되기까지 연속으로 실패해야 하는 횟수입니다', en: '--retries is how many checks in a row must fail, not how many times a failed check is repeated at once' },
    correction: {
      ko: '상태 검사는 실패해도 --interval마다 그대로 계속 실행되고, 연속으로 --retries번 실패하면 컨테이너가 unhealthy가 됩니다',
      en: 'A failed check is not repeated straight away: checks keep running every --interval, and after --retries failures in a row the container becomes unhealthy',
    },
  },
  {
    id: 'dangling-means-unused',
    about: 'docker image prune',
    pattern: [
      '(dangling|댕글링)\\s*(이미지)?(는|란|은|이란)?\\s*(컨테이너가?\\s*)?(사용하지\\s*않는|사용되지\\s*않는|쓰지\\s*않는|안\\s*쓰는)\\s*(모든\\s*)?이미지',
      'dangling\\s+images?\\s+(are|is|means|=)\\s+(all\\s+)?(the\\s+)?(unused\\s+images|images\\s+(that\\s+)?(are\\s+)?(not|no longer)\\s+used\\s+by\\s+(any\\s+)?containers?)',
      '(prune\\s+(-a|--all))\\b[^.]{0,50}?\\b(removes?|deletes?|cleans?)\\s+(all\\s+)?(the\\s+)?dangling\\s+images?\\s*($|[.,;]|\\))',
    ].join('|'),
    unless: '태그|tag|not\\s+(just|only)|뿐\\s*아니라|만이\\s*아니라',
    severity: 'warning',
    message: { ko: 'dangling 이미지는 안 쓰이는 이미지가 아니라 이름(태그)을 잃은 이미지입니다', en: 'A dangling image is one that lost its name (tag), not any unused image' },
    correction: {
      ko: 'dangling 이미지는 <none>:<none>으로 보이는, 태그가 없는 이미지입니다. docker image prune은 이것만 지우고, -a를 주면 컨테이너가 쓰지 않는 이미지까지 모두 지웁니다',
      en: 'A dangling image has no tag (it shows as <none>:<none>); docker image prune removes only those, and with -a it removes every image no container uses',
    },
  },
  {
    id: 'untagged-build-gets-hex-name',
    about: 'docker build --tag',
    pattern: '-t[\\s\\S]{0,40}?(사용하지\\s*않으면|없으면|without)[\\s\\S]{0,40}?(16진수|hex)',
    severity: 'warning',
    message: { ko: '-t 없이 빌드한 이미지는 이름이 없습니다', en: 'An image built without -t has no name' },
    correction: {
      ko: '-t 없이 빌드하면 이미지에 이름과 태그가 붙지 않아 <none>:<none>으로 보이고, 16진수 이미지 ID로만 가리킬 수 있습니다',
      en: 'Built without -t, the image gets no name or tag (shown as <none>:<none>) and can only be referred to by its hexadecimal ID',
    },
  },
  {
    id: 'docker-run-builds-images',
    about: 'docker build',
    pattern: [
      '(Dockerfile|도커\\s*파일)[^.]{0,40}?docker\\s+run\\s*(명령어?|으로|로)?[^.]{0,20}?(이미지를?|이미지로)\\s*(빌드|만들)',
      '(build|create)\\s+(an?\\s+|the\\s+)?image\\s+(from\\s+(a|the|your)\\s+Dockerfile\\s+)?(with|using|by running)\\s+(the\\s+)?`?docker\\s+run\\b',
      '`?docker\\s+run`?\\s+(builds|creates)\\s+(an?\\s+|the\\s+)?image\\s+from\\s+(a|the|your)\\s+Dockerfile',
    ].join('|'),
    unless: '(?<!뿐만\\s?)아니|않|\\bnot\\b|n\'t\\b',
    severity: 'warning',
    message: { ko: '이미지를 빌드하는 명령은 docker run이 아니라 docker build입니다', en: 'Images are built with docker build, not docker run' },
    correction: {
      ko: 'docker build -t 이름 경로로 Dockerfile에서 이미지를 만들고, docker run은 만든 이미지로 컨테이너를 실행합니다',
      en: 'docker build -t name PATH builds an image from a Dockerfile; docker run starts a container from an image',
    },
  },
  {
    id: 'volumes-are-encrypted',
    about: 'concept:volumes',
    pattern: [
      '(named\\s+)?volumes?[^.]{0,60}?\\b(is|are|gets?|will be)\\s+(automatically\\s+|always\\s+)?encrypted',
      '(볼륨|volume)[^.]{0,40}?(암호화(되어|돼|된다|됩니다|되므로|해서|하여)|암호화된\\s*(상태|채))',
    ].join('|'),
    unless: '(?<!뿐만\\s?)아니|않|\\bnot\\b|n\'t\\b|if you|직접',
    severity: 'warning',
    message: { ko: '도커 볼륨은 데이터를 암호화하지 않습니다', en: 'Docker volumes do not encrypt their data' },
    correction: {
      ko: '기본 local 드라이버의 볼륨은 호스트 디스크(/var/lib/docker/volumes)에 평문으로 저장됩니다. 암호화가 필요하면 암호화된 파일 시스템이나 그런 기능이 있는 볼륨 드라이버를 씁니다',
      en: 'A volume of the default local driver is stored in plain form on the host disk (/var/lib/docker/volumes); for encryption use an encrypted filesystem or a volume driver that provides it',
    },
  },
  {
    id: 'cmd-runs-at-build',
    about: 'CMD',
    pattern: [
      'CMD[^.]{0,60}?\\b(runs?|executes?|is\\s+(run|executed))\\s+(the\\s+(cmd|command)\\s+)?(right\\s+|just\\s+)?(after|once|when|at\\s+the\\s+end\\s+of)\\s+(the\\s+)?(image\\s+)?(is\\s+)?(built|build|building)',
      'CMD[^.]{0,40}?(이미지를?\\s*)?빌드(가|를)?\\s*(한|된|할|하는)?\\s*(후|뒤|다음|이후|때|끝나면|마치면)(에|에는)?\\s*실행',
      '(after|once)\\s+(building|the\\s+build|the\\s+image\\s+is\\s+built)[^.]{0,30}?\\b(the\\s+)?CMD\\s+(runs|is\\s+run|executes)',
    ].join('|'),
    unless: '(?<!뿐만\\s?)아니|않|\\bnot\\b|n\'t\\b|\\bRUN\\b',
    severity: 'warning',
    message: { ko: 'CMD는 빌드할 때가 아니라 컨테이너가 시작될 때 실행됩니다', en: 'CMD runs when a container starts, not at build time' },
    correction: {
      ko: '빌드 중에 실행되는 것은 RUN입니다. CMD는 이미지에 기본 명령으로 저장되었다가 docker run으로 컨테이너를 시작할 때 실행됩니다',
      en: 'RUN is what runs during the build; CMD is stored as the image\'s default command and runs when docker run starts a container',
    },
  },
  {
    id: 'one-image-per-from',
    about: 'concept:multi-stage-builds',
    pattern: [
      'FROM(의|이|가)?\\s*(수|개수|갯수)만큼[^.]{0,20}?이미지',
      'FROM\\s*(마다|별로|하나당|하나에)\\s*(하나의\\s*|각각\\s*|별도의\\s*|새\\s*)?이미지(가|를)?\\s*(하나씩\\s*|각각\\s*)?(만들어|생성|빌드|생긴)',
      'as\\s+many\\s+images\\s+as\\s+(there\\s+are\\s+)?(`)?FROM',
      '\\b(each|every)\\s+FROM\\s+(instruction\\s+|line\\s+)?(produces|creates|builds|results\\s+in|makes)\\s+(an?\\s+|its\\s+own\\s+|one\\s+)?(separate\\s+|new\\s+|final\\s+)?image',
    ].join('|'),
    unless: '(?<!뿐만\\s?)아니|않|\\bnot\\b|n\'t\\b|레거시|legacy',
    severity: 'warning',
    message: { ko: 'FROM마다 이미지가 만들어지지 않습니다. 빌드 결과는 대상 스테이지 하나의 이미지입니다', en: 'A build does not make one image per FROM: it produces one image, the target stage\'s' },
    correction: {
      ko: '각 FROM은 빌드 스테이지를 시작할 뿐이고, 빌드가 남기는 이미지는 마지막(또는 --target으로 고른) 스테이지 하나입니다. BuildKit은 그 스테이지에 필요 없는 스테이지는 건너뜁니다',
      en: 'Each FROM starts a build stage; the build leaves one image, of the last stage (or the one --target names), and BuildKit skips stages it does not need',
    },
  },
  {
    id: 'swarm-nodes-are-containers',
    about: 'concept:swarm-basics',
    pattern: [
      '\\bmanagers?\\s+(and|or|&|/)\\s+workers?\\s+containers\\b',
      '\\bworkers?\\s+(and|or|&|/)\\s+managers?\\s+containers\\b',
      '매니저\\s*(와|과|및|,|/)?\\s*워커\\s*컨테이너',
      '워커\\s*(와|과|및|,|/)?\\s*매니저\\s*컨테이너',
    ].join('|'),
    unless: '(?<!뿐만\\s?)아니|않|\\bnot\\b|n\'t\\b',
    severity: 'warning',
    message: { ko: 'Swarm의 매니저와 워커는 컨테이너가 아니라 노드(도커 엔진이 도는 호스트)입니다', en: 'Swarm managers and workers are nodes (hosts running Docker Engine), not containers' },
    correction: {
      ko: 'Swarm은 매니저 노드와 워커 노드로 이루어지고, 각 노드는 도커 엔진이 도는 호스트입니다. 컨테이너는 그 노드들 위에서 서비스의 태스크로 실행됩니다',
      en: 'A swarm is made of manager and worker nodes, each a host running Docker Engine; containers run on them as the tasks of services',
    },
  },
  {
    id: 'interactive-alone-cannot-interact',
    about: 'docker run --interactive',
    pattern: [
      '(?<![\\w-])(-i|--interactive)(?![\\w-])[^.]{0,20}?만\\s*(을\\s*)?(쓰|사용|주|붙이|지정|넣)[^.]{0,60}?(상호\\s*작용|대화|입력|명령)[^.]{0,20}?(수\\s*없|못\\s*하|불가)',
      '\\b(only|just)\\s+(-i|--interactive)(?![\\w-])[^.]{0,60}?\\b(cannot|can\\s*not|can\'t|won\'t|doesn\'t|does\\s+not)\\s+(let\\s+you\\s+|allow\\s+you\\s+to\\s+)?(interact|type|send\\s+input)',
      '(?<![\\w-])(-i|--interactive)\\s+(alone|by\\s+itself|on\\s+its\\s+own)[^.]{0,60}?\\b(cannot|can\\s*not|can\'t|won\'t|doesn\'t|does\\s+not)\\s+(let\\s+you\\s+|allow\\s+you\\s+to\\s+)?(interact|type|send\\s+input)',
    ].join('|'),
    unless: '수\\s*있(?!지)|can\\s+still|but\\s+you\\s+can',
    severity: 'warning',
    message: { ko: '-i만 써도 컨테이너와 입출력을 주고받을 수 있습니다', en: '-i alone does let you interact with the container' },
    correction: {
      ko: '-i는 컨테이너의 표준 입력을 열어 두므로 -i만으로도 명령을 입력하고 결과를 받을 수 있습니다. -t는 터미널(TTY)을 붙여 프롬프트와 줄 편집을 줍니다. 셸을 편하게 쓰려면 -it로 함께 씁니다',
      en: '-i keeps the container\'s standard input open, so with -i alone you can type commands and read their output; -t adds a terminal (TTY) for the prompt and line editing. Use -it for a comfortable shell',
    },
  },
  {
    id: 'copy-destination-must-be-absolute',
    about: 'COPY',
    pattern: [
      '(\\b(ADD|COPY)\\b|(추가할|추가될|복사될)\\s*(이미지\\s*)?(내\\s*|안의?\\s*)?경로|(대상|목적지)\\s*경로|<dest>)[\\s\\S]{0,80}?절대\\s*경로(를|로)?\\s*(만\\s*)?(사용|써|쓰|지정|작성|입력|적어)\\s*(해|야)',
      '(\\b(ADD|COPY)\\b|(추가할|추가될|복사될)\\s*(이미지\\s*)?(내\\s*|안의?\\s*)?경로|(대상|목적지)\\s*경로|<dest>)[\\s\\S]{0,80}?절대\\s*경로(여야|이어야|만\\s*(가능|허용))',
      '\\b(ADD|COPY)\\b[^.]{0,80}?\\b(dest|destination)\\b[^.]{0,40}?\\b(must|has\\s+to|needs\\s+to)\\s+be\\s+(an?\\s+)?absolute',
      '\\b(dest|destination)\\s+(path\\s+)?(of|for|in)\\s+(an?\\s+)?(ADD|COPY)\\b[^.]{0,20}?\\b(must|has\\s+to|needs\\s+to)\\s+be\\s+(an?\\s+)?absolute',
    ].join('|'),
    unless: '상대|relative|WORKDIR|(?<![\\w-])-v\\b|--volume|--mount|마운트|\\bmount',
    severity: 'warning',
    message: { ko: 'COPY와 ADD의 대상 경로는 상대 경로여도 됩니다(WORKDIR 기준)', en: 'The destination of COPY and ADD may be relative (to WORKDIR)' },
    correction: {
      ko: 'COPY와 ADD의 대상은 절대 경로이거나 WORKDIR를 기준으로 한 상대 경로입니다(예: WORKDIR /app 뒤의 COPY . . 은 /app에 복사합니다)',
      en: 'The destination of COPY and ADD is an absolute path or a path relative to WORKDIR (after WORKDIR /app, COPY . . copies into /app)',
    },
  },
  {
    id: 'compose-top-level-volume-key',
    about: 'concept:compose-services',
    pattern: [
      '\\b(property|key|section|entry)\\s+(called\\s+|named\\s+)?volume(?![\\w-])[^.]{0,60}?\\b(same\\s+level\\s+as|top[-\\s]level|next\\s+to|alongside)\\b[^.]{0,20}?\\b(services|version)\\b',
      '\\b(same\\s+level\\s+as|next\\s+to|alongside)\\s+(the\\s+)?`?(services|version)`?[^.]{0,30}?\\b(add|define|declare|create|put)\\s+(an?\\s+|the\\s+)?volume(?![\\w-])\\s*(:\\s*)?(key|property|section|entry)?',
      '\\btop[-\\s]level\\s+volume(?![\\w-])\\s*(:\\s*)?(key|property|section|entry)',
      '(services|version)\\s*(와|과)?\\s*(같은|동일한)\\s*(레벨|수준|위치|깊이|들여쓰기)[^.]{0,30}?volume(?![\\w-])\\s*(:\\s*)?(키|항목|속성|섹션)',
      '최상위\\s*(에\\s*)?volume(?![\\w-])\\s*(:\\s*)?(키|항목|속성|섹션)',
    ].join('|'),
    severity: 'warning',
    message: { ko: 'Compose 파일의 최상위 키는 volume이 아니라 volumes입니다', en: 'The top-level Compose key is volumes, not volume' },
    correction: {
      ko: '이름 있는 볼륨은 services와 같은 레벨의 volumes: 아래에 선언합니다(volume:이라고 쓰면 Compose가 파일을 거부합니다)',
      en: 'Named volumes are declared under the top-level volumes: key, beside services (Compose rejects a file with volume:)',
    },
  },
];
