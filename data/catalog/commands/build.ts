/** `docker build`: catalog entry. Flag facts follow `docker build --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const build: CommandSpec = {
  name: 'build',
  aliases: ['image build', 'builder build'],
  usage: 'docker build [OPTIONS] PATH | URL | -',
  args: [{ name: 'PATH | URL | -', required: true, repeatable: false, role: 'path' }],
  summary: {
    ko: 'Dockerfile의 명령을 차례로 실행해 새 이미지를 만드는 빌드 명령',
    en: 'Turn a Dockerfile and a build context into a new image',
  },
  details: {
    ko: 'Dockerfile에 적힌 명령을 한 단계씩 실행하고 그 결과를 레이어로 쌓아 이미지를 완성합니다. 맨 끝 인자는 빌드 컨텍스트이며 세 가지 중 하나를 줍니다. `.`이나 `./` 같은 로컬 디렉터리를 주면 그 안의 파일(.dockerignore에 적은 것은 빠짐)이 빌더로 전송되어 COPY와 ADD가 참조할 수 있는 범위가 되고, Git 저장소 URL(`#브랜치:하위폴더` 지정 가능)이나 tar 파일 URL을 주면 빌더가 직접 받아서 컨텍스트로 쓰며, `-`를 주면 표준 입력으로 들어온 Dockerfile이나 tar 아카이브를 사용합니다. Dockerfile은 기본적으로 컨텍스트 최상위에서 찾고, 다른 파일을 쓰려면 `-f`로 지정합니다. 컨텍스트 전체가 매번 전송되므로 루트 디렉터리처럼 큰 곳에서 빌드하지 말고 필요한 파일만 두는 편이 빠릅니다.',
    en: 'Runs the instructions of a Dockerfile one by one and stacks their results as layers to produce an image. The final argument is the build context and takes one of three forms: a local directory such as `.` or `./`, whose files (minus anything matched by .dockerignore) are sent to the builder and are all that COPY and ADD can reach; a Git repository URL (optionally with `#branch:subdir`) or a tarball URL, which the builder downloads and uses as the context; or `-`, which reads a Dockerfile or a tar archive from standard input. The Dockerfile is looked for at the top of the context unless `-f` points elsewhere. Because the whole context is transferred on every build, keep it small and never build from a huge directory such as `/`.',
  },
  keywords: {
    ko: ['빌드', '이미지 생성', '도커파일', '빌드 컨텍스트', '컨텍스트', '태그', '캐시', '빌드 인자', '깃 저장소'],
    en: ['build', 'dockerfile', 'image', 'build context', 'context', 'tag', 'cache', 'git url', 'stdin', 'buildkit'],
  },
  options: [
    {
      long: '--add-host', type: 'list', repeatable: true,
      summary: {
        ko: '빌드 중 RUN 단계의 /etc/hosts에 호스트 이름과 IP 매핑(host:ip)을 추가',
        en: 'Add a host:ip entry to /etc/hosts for the RUN steps of the build',
      },
      keywords: {
        ko: ['호스트 파일', '호스트 매핑', 'IP 매핑', '빌드 네트워크'],
        en: ['etc hosts', 'hosts file', 'hostname mapping', 'extra hosts'],
      },
    },
    {
      long: '--build-arg', type: 'list', repeatable: true,
      summary: {
        ko: 'Dockerfile의 ARG 변수에 빌드할 때 넘길 값(KEY=VALUE)을 지정',
        en: 'Pass a KEY=VALUE value to an ARG variable declared in the Dockerfile',
      },
      details: {
        ko: 'Dockerfile에서 ARG로 선언한 변수에 빌드 시점의 값을 넣어 줍니다. 변수마다 옵션을 한 번씩 반복하며, `KEY`만 쓰고 값을 생략하면 docker를 실행한 셸의 같은 이름 환경 변수 값이 들어갑니다. 같은 이름을 ENV로 다시 정의하면 그 뒤의 명령에서는 ENV 값이 이기므로 --build-arg로 준 값이 가려집니다. 넘긴 값은 `docker history`로 드러날 수 있으니 비밀번호 같은 비밀 값은 넣지 마세요.',
        en: 'Supplies a build-time value for a variable the Dockerfile declares with ARG. Repeat the option once per variable; giving only `KEY` without `=VALUE` takes the value of the same-named variable from the shell that runs docker. If the Dockerfile later defines an ENV with the same name, the ENV value wins for the following instructions and hides what you passed. Values can show up in `docker history`, so never use build args for passwords or tokens.',
      },
      keywords: {
        ko: ['빌드 인자', '빌드 변수', '인자', '변수', '환경 변수'],
        en: ['build-arg', 'build arg', 'arg', 'variable', 'build-time variable', 'key=value'],
      },
      examples: [
        'docker build --build-arg my_arg=/home -t myarg:0.0 .',
        'docker build --build-arg APP_VERSION=1.2.0 --build-arg HTTP_PROXY -t myapp:1.2.0 .',
      ],
    },
    {
      long: '--cache-from', type: 'strings', repeatable: true,
      summary: {
        ko: '빌드 캐시로 재사용할 기존 이미지를 지정',
        en: 'Use existing images as a source of cached layers',
      },
      details: {
        ko: '이전에 빌드된 이미지를 캐시 후보로 삼아, 명령이 같은 단계는 다시 실행하지 않고 그 이미지의 레이어를 가져다 씁니다. 공식 이미지의 Dockerfile을 조금 고쳐 빌드할 때 로컬의 원본 이미지를 지정하거나, CI처럼 로컬 캐시가 없는 곳에서 레지스트리의 직전 이미지를 지정할 때 유용합니다. 기존 빌더에서는 해당 이미지를 미리 pull해 두어야 하고, BuildKit에서는 그 이미지가 캐시 메타데이터를 담고 있어야(예: `--build-arg BUILDKIT_INLINE_CACHE=1`로 빌드) 재사용됩니다.',
        en: 'Treats previously built images as cache candidates, so steps whose instructions match are taken from those images instead of being run again. It helps when you extend the Dockerfile of an official image and point at your local copy of that image, or in CI, where no local cache exists and the last pushed image is the best starting point. With the classic builder the image must already be pulled; with BuildKit it must carry cache metadata (for example, built with `--build-arg BUILDKIT_INLINE_CACHE=1`) before its layers are reused.',
      },
      keywords: {
        ko: ['캐시', '빌드 캐시', '캐시 재사용', '레이어 재사용'],
        en: ['cache', 'cache-from', 'build cache', 'layer reuse', 'ci cache'],
      },
      examples: [
        'docker build --cache-from nginx:latest -t my_extend_nginx:0.0 .',
        'docker build --cache-from registry.example.com/myapp:latest -t registry.example.com/myapp:1.1 .',
      ],
    },
    {
      long: '--cgroup-parent', type: 'string', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계를 실행할 컨테이너가 속할 상위 cgroup을 지정',
        en: 'Parent cgroup under which the RUN steps of the build are placed',
      },
      keywords: {
        ko: ['상위 cgroup', '컨트롤 그룹', '빌드 리소스'],
        en: ['control group', 'cgroup hierarchy', 'resource group', 'slice'],
      },
    },
    {
      long: '--compress', type: 'bool', repeatable: false,
      summary: {
        ko: '빌드 컨텍스트를 gzip으로 압축해서 데몬에 전송',
        en: 'Gzip the build context before sending it to the daemon',
      },
      keywords: {
        ko: ['압축', '컨텍스트 압축', 'gzip 압축', '전송 크기'],
        en: ['gzip', 'build context', 'upload size', 'slow network'],
      },
    },
    {
      long: '--cpu-period', type: 'int', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계의 CPU CFS 스케줄링 주기(마이크로초)를 제한',
        en: 'CFS scheduler period, in microseconds, for the RUN steps of the build',
      },
      keywords: {
        ko: ['CPU 주기', 'CFS 스케줄러', 'CPU 제한', '빌드 리소스'],
        en: ['cfs', 'scheduler', 'cpu limit', 'throttling'],
      },
    },
    {
      long: '--cpu-quota', type: 'int', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계가 한 주기 동안 쓸 수 있는 CPU 시간(CFS 할당량)을 제한',
        en: 'CFS quota: CPU time per period the RUN steps of the build may use',
      },
      keywords: {
        ko: ['CPU 할당량', 'CPU 제한', 'CFS 스케줄러', '빌드 리소스'],
        en: ['cfs quota', 'cpu limit', 'throttling', 'cpu time'],
      },
    },
    {
      long: '--cpu-shares', short: '-c', type: 'int', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계에 주는 CPU 상대 가중치',
        en: 'Relative CPU weight given to the RUN steps of the build',
      },
      keywords: {
        ko: ['CPU 가중치', 'CPU 우선순위', '빌드 리소스'],
        en: ['cpu weight', 'cpu priority', 'relative weight', 'fair share'],
      },
    },
    {
      long: '--cpuset-cpus', type: 'string', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계가 쓸 수 있는 CPU 번호를 지정(예: 0-3, 0,1)',
        en: 'Which CPUs the RUN steps may run on (e.g. 0-3 or 0,1)',
      },
      keywords: {
        ko: ['CPU 고정', '코어 지정', 'CPU 선택'],
        en: ['cpu pinning', 'cpu affinity', 'cores', 'taskset'],
      },
    },
    {
      long: '--cpuset-mems', type: 'string', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계가 쓸 수 있는 NUMA 메모리 노드를 지정',
        en: 'Which NUMA memory nodes the RUN steps may use (e.g. 0-3 or 0,1)',
      },
      keywords: {
        ko: ['NUMA 노드', '메모리 노드', 'NUMA 고정'],
        en: ['numa', 'memory nodes', 'numa pinning', 'affinity'],
      },
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
      summary: {
        ko: '베이스 이미지의 서명(Content Trust) 검증을 건너뜀',
        en: 'Skip signature (Content Trust) checks of the images the build pulls',
      },
      keywords: {
        ko: ['서명 검증', '콘텐츠 신뢰', '이미지 서명', '검증 생략'],
        en: ['notary', 'signature', 'image signing', 'skip verification'],
      },
    },
    {
      long: '--file', short: '-f', type: 'string', repeatable: false,
      summary: {
        ko: '사용할 Dockerfile의 경로나 이름을 지정(기본값은 컨텍스트의 Dockerfile)',
        en: 'Path or name of the Dockerfile to use instead of Dockerfile in the context',
      },
      keywords: {
        ko: ['Dockerfile 경로', '도커파일 경로', '파일 지정', '다른 Dockerfile'],
        en: ['dockerfile', 'dockerfile path', 'custom dockerfile', 'filename'],
      },
    },
    {
      long: '--force-rm', type: 'bool', repeatable: false,
      summary: {
        ko: '빌드가 실패해도 중간 컨테이너를 항상 지움',
        en: 'Delete intermediate containers even when the build fails',
      },
      keywords: {
        ko: ['중간 컨테이너', '강제 삭제', '정리', '빌드 실패'],
        en: ['intermediate containers', 'cleanup', 'failed build', 'always remove'],
      },
    },
    {
      long: '--iidfile', type: 'string', repeatable: false,
      summary: {
        ko: '완성된 이미지의 ID를 지정한 파일에 기록',
        en: 'Save the ID of the finished image into the given file',
      },
      keywords: {
        ko: ['이미지 ID', 'ID 파일', 'ID 저장', '스크립트'],
        en: ['image id', 'id file', 'save id', 'scripting', 'ci'],
      },
    },
    {
      long: '--isolation', type: 'string', repeatable: false,
      values: ['default', 'process', 'hyperv'],
      summary: {
        ko: '빌드 컨테이너의 격리 방식을 선택(주로 Windows 컨테이너용)',
        en: 'Isolation mode of the build containers (mainly for Windows containers)',
      },
      keywords: {
        ko: ['격리', '격리 방식', '하이퍼V', '윈도우'],
        en: ['hyperv', 'process isolation', 'windows', 'sandbox'],
      },
    },
    {
      long: '--label', type: 'list', repeatable: true,
      summary: {
        ko: '만들어질 이미지에 key=value 형식의 메타데이터 라벨을 붙임',
        en: 'Attach a key=value metadata label to the resulting image',
      },
      keywords: {
        ko: ['라벨', '레이블', '메타데이터', '이미지 정보'],
        en: ['metadata', 'key value', 'annotation', 'image metadata'],
      },
    },
    {
      long: '--memory', short: '-m', type: 'bytes', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계가 쓸 수 있는 메모리 상한',
        en: 'Memory ceiling for the RUN steps of the build',
      },
      keywords: {
        ko: ['메모리', '메모리 제한', '램', '빌드 리소스'],
        en: ['ram', 'limit', 'oom', 'memory cap'],
      },
    },
    {
      long: '--memory-swap', type: 'bytes', repeatable: false,
      summary: {
        ko: '빌드 중 메모리와 스왑을 합친 상한(-1이면 스왑 무제한)',
        en: 'Ceiling for memory plus swap during the build (-1 means unlimited swap)',
      },
      keywords: {
        ko: ['스왑', '스왑 메모리', '메모리 제한', '가상 메모리'],
        en: ['swap limit', 'ram plus swap', 'unlimited swap', 'paging'],
      },
    },
    {
      long: '--network', type: 'string', default: '"default"', repeatable: false,
      summary: {
        ko: '빌드 중 RUN 단계가 사용할 네트워크 모드(host, none 등)',
        en: 'Network mode the RUN steps use while building (e.g. host, none)',
      },
      keywords: {
        ko: ['네트워크', '네트워크 모드', '호스트 네트워크', '오프라인 빌드'],
        en: ['net', 'host network', 'offline build', 'no internet', 'networking mode'],
      },
    },
    {
      long: '--no-cache', type: 'bool', repeatable: false,
      summary: {
        ko: '빌드 캐시를 무시하고 모든 단계를 처음부터 다시 실행',
        en: 'Ignore the build cache and run every step again from scratch',
      },
      details: {
        ko: '빌더는 명령 문자열과 입력 파일이 바뀌지 않은 단계를 캐시로 건너뛰는데, 이 옵션을 주면 캐시를 하나도 쓰지 않고 모든 단계를 새로 실행합니다. `RUN git clone`이나 `RUN apt-get update`처럼 명령은 같아도 외부 내용이 바뀌는 단계가 예전 결과로 남아 있을 때 씁니다. 베이스 이미지까지 최신으로 받고 싶다면 `--pull`을 함께 주세요.',
        en: 'The builder normally skips any step whose instruction text and input files have not changed; with this option no cached step is reused and everything runs again. Use it when a step such as `RUN git clone` or `RUN apt-get update` reads from the outside world and would otherwise keep a stale result because its text never changes. Add `--pull` as well if the base image should also be refreshed.',
      },
      keywords: {
        ko: ['캐시', '캐시 무시', '캐시 없이', '다시 빌드', '재빌드'],
        en: ['no-cache', 'cache', 'rebuild', 'fresh build', 'ignore cache', 'stale'],
      },
      examples: [
        'docker build --no-cache -t mybuild:0.1 .',
        'docker build --no-cache --pull -t mybuild:0.1 ./',
      ],
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: {
        ko: '여러 플랫폼을 지원하는 서버에서 빌드할 대상 플랫폼(예: linux/amd64)',
        en: 'Target platform, such as linux/amd64, on a multi-platform capable server',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '멀티 플랫폼', '크로스 빌드'],
        en: ['architecture', 'arch', 'amd64', 'arm64', 'cross build'],
      },
    },
    {
      long: '--pull', type: 'bool', repeatable: false,
      summary: {
        ko: 'FROM의 베이스 이미지를 로컬에 있어도 항상 새 버전이 있는지 받아 봄',
        en: 'Always check for and pull a newer base image, even if one is local',
      },
      keywords: {
        ko: ['베이스 이미지', '최신 이미지', '이미지 갱신', '이미지 받기'],
        en: ['base image', 'update base image', 'fresh base', 'latest'],
      },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: {
        ko: '빌드 과정 출력을 숨기고 성공하면 이미지 ID만 출력',
        en: 'Hide the build output and print only the image ID on success',
      },
      keywords: {
        ko: ['조용히', '출력 숨기기', '이미지 ID만', '간단 출력'],
        en: ['silent', 'suppress output', 'image id only', 'no logs'],
      },
    },
    {
      long: '--rm', type: 'bool', default: 'true', repeatable: false,
      summary: {
        ko: '빌드가 성공하면 중간 컨테이너를 지움',
        en: 'Delete intermediate containers once the build succeeds',
      },
      keywords: {
        ko: ['중간 컨테이너', '자동 삭제', '정리', '빌드 정리'],
        en: ['intermediate containers', 'cleanup', 'auto remove', 'tidy'],
      },
    },
    {
      long: '--security-opt', type: 'strings', repeatable: true,
      summary: {
        ko: 'Windows 컨테이너 빌드에만 쓰이는 보안 옵션 (credentialspec=파일 지정, 리눅스 빌드에서는 효과 없음)',
        en: 'Security option for Windows container builds only (credentialspec=…); it does nothing on Linux builds',
      },
      keywords: {
        ko: ['보안 옵션', '윈도우 컨테이너', '자격 증명 사양'],
        en: ['credentialspec', 'windows', 'gmsa', 'security option'],
      },
    },
    {
      long: '--shm-size', type: 'bytes', repeatable: false,
      summary: {
        ko: '빌드 컨테이너의 /dev/shm 공유 메모리 크기',
        en: 'Size of the /dev/shm shared memory in the build containers',
      },
      keywords: {
        ko: ['공유 메모리', '공유 메모리 크기', '/dev/shm 크기'],
        en: ['shared memory', '/dev/shm', 'dev shm', 'ipc memory'],
      },
    },
    {
      long: '--squash', type: 'bool', repeatable: false,
      summary: {
        ko: '이번 빌드로 새로 생긴 레이어를 하나로 합침(실험 기능이 켜진 데몬 필요)',
        en: 'Merge the layers this build adds into one (needs an experimental daemon)',
      },
      keywords: {
        ko: ['레이어 합치기', '레이어 병합', '스쿼시', '이미지 크기 줄이기', '실험 기능'],
        en: ['merge layers', 'flatten', 'single layer', 'smaller image', 'experimental'],
      },
    },
    {
      long: '--tag', short: '-t', type: 'list', repeatable: true,
      summary: {
        ko: '만들어질 이미지에 붙일 이름과 태그(name:tag)',
        en: 'Name and optional tag (name:tag) to give the new image',
      },
      details: {
        ko: '빌드 결과 이미지에 `저장소/이름:태그` 형식의 이름을 붙입니다. 태그를 생략하면 latest가 붙고, 옵션을 여러 번 주면 같은 이미지에 이름을 여러 개 달 수 있습니다. -t 없이 빌드하면 이미지는 ID로만 남아 목록에서 `<none>:<none>`으로 보이므로 나중에 찾기 어렵습니다. 사설 레지스트리에 올릴 이미지라면 `192.168.0.10:5000/myapp:1.0`처럼 레지스트리 주소를 앞에 붙여 둡니다.',
        en: 'Gives the built image a name in `repository/name:tag` form. Leaving out the tag means latest, and repeating the option puts several names on the same image. Without -t the image is known only by its ID and is listed as `<none>:<none>`, which makes it hard to find later. For an image headed to a private registry, include the registry host in the name, e.g. `192.168.0.10:5000/myapp:1.0`.',
      },
      keywords: {
        ko: ['태그', '이미지 이름', '이름 지정', '버전', '레지스트리 주소'],
        en: ['tag', 'name', 'image name', 'version', 'latest', 'repository'],
      },
      examples: [
        'docker build -t mybuild:0.0 ./',
        'docker build -t myapp:1.0 -t myapp:latest .',
        'docker build -t 192.168.0.10:5000/myapp:1.0 .',
      ],
    },
    {
      long: '--target', type: 'string', repeatable: false,
      summary: {
        ko: '멀티 스테이지 Dockerfile에서 지정한 이름의 스테이지까지만 빌드',
        en: 'In a multi-stage Dockerfile, stop after building the named stage',
      },
      keywords: {
        ko: ['멀티 스테이지', '스테이지', '빌드 단계', '단계 지정'],
        en: ['multi-stage', 'stage', 'build stage', 'intermediate stage'],
      },
    },
    {
      long: '--ulimit', type: 'ulimit', default: '[]', repeatable: true,
      summary: {
        ko: '빌드 컨테이너의 ulimit 값(열린 파일 수 등)을 설정',
        en: 'ulimit settings (open files, processes, …) for the build containers',
      },
      keywords: {
        ko: ['리소스 제한', '파일 디스크립터', '열린 파일 수'],
        en: ['nofile', 'nproc', 'resource limit', 'file descriptors', 'rlimit'],
      },
    },
  ],
  examples: [
    'docker build -t mybuild:0.0 ./',
    'docker build -f docker/Dockerfile.prod -t myapp:prod .',
    'docker build -t myapp:1.0 https://github.com/example/myapp.git#main',
    'docker build -t myapp:1.0 - < Dockerfile',
  ],
};
