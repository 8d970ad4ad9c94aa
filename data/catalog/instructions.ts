/**
 * Dockerfile instructions and parser directives: catalog entries.
 * Facts (forms, flags, value forms, defaults) follow the current Dockerfile syntax
 * (BuildKit, dockerfile frontend 1.x); every sentence is our own, in Korean and English.
 */
import type { DirectiveSpec, InstructionSpec } from './types.js';

export const instructions: readonly InstructionSpec[] = [
  {
    name: 'FROM',
    forms: [
      {
        name: 'plain',
        syntax: 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]',
        summary: {
          ko: '베이스 이미지를 지정해 새 빌드 스테이지를 열고, AS로 스테이지에 이름을 붙일 수 있습니다',
          en: 'Opens a new build stage on a base image; AS gives the stage a name',
        },
      },
    ],
    flags: [
      {
        name: '--platform',
        value: '<platform>',
        default: '$TARGETPLATFORM',
        summary: {
          ko: '멀티 플랫폼 이미지 중 어느 플랫폼 변형을 쓸지 고릅니다(예: linux/amd64, $BUILDPLATFORM)',
          en: 'Picks which platform variant of a multi-platform image to use (e.g. linux/amd64, $BUILDPLATFORM)',
        },
      },
    ],
    summary: {
      ko: '빌드 스테이지를 시작하고 그 위에 쌓을 베이스 이미지를 정합니다',
      en: 'Start a build stage on top of a base image',
    },
    details: {
      ko: 'Dockerfile에는 FROM이 최소 한 번은 있어야 하고, 첫 FROM 앞에는 ARG(와 파서 지시어, 주석)만 올 수 있습니다. 이미지 이름 규칙은 docker run과 같아서 태그를 생략하면 latest로 간주하고, 로컬에 없는 이미지는 빌드 중에 자동으로 내려받습니다. FROM이 나올 때마다 새 스테이지가 시작되므로 FROM이 여러 개면 멀티 스테이지 빌드가 되며, 스테이지는 등장 순서대로 0번부터 번호가 매겨집니다. AS로 이름을 붙여 두면 번호 대신 그 이름으로 COPY --from이나 다음 FROM에서 참조할 수 있어 순서가 바뀌어도 안전합니다. --platform은 여러 플랫폼용으로 배포된 이미지에서 원하는 변형을 고를 때 쓰며, 크로스 컴파일 스테이지에는 흔히 $BUILDPLATFORM을 지정합니다.',
      en: 'A Dockerfile needs at least one FROM, and only ARG instructions (plus parser directives and comments) may appear before the first one. The image reference follows the same rules as in docker run: leaving out the tag means latest, and an image that is not available locally is pulled during the build. Every FROM opens a new stage, so a file with several of them is a multi-stage build whose stages are numbered from 0 in the order they appear. Naming a stage with AS lets COPY --from and later FROM lines refer to it by name instead of by position, which survives reordering. Use --platform to choose one variant of a multi-platform image; a cross-compiling stage commonly sets it to $BUILDPLATFORM.',
    },
    keywords: {
      ko: ['베이스', '이미지', '스테이지', '멀티', '플랫폼', '시작', '기반'],
      en: ['from', 'base image', 'stage', 'multi-stage', 'platform', 'as', 'parent image', 'scratch'],
    },
    examples: [
      'FROM ubuntu:14.04',
      'FROM golang:1.22 AS builder',
      'FROM --platform=$BUILDPLATFORM alpine:3.20 AS tools',
      'FROM scratch',
    ],
  },
  {
    name: 'RUN',
    forms: [
      {
        name: 'shell',
        syntax: 'RUN <command>',
        summary: {
          ko: '명령 줄을 기본 셸(리눅스 /bin/sh -c, 윈도우 cmd /S /C)에 넘겨 실행합니다',
          en: 'Hands the command line to the default shell (/bin/sh -c on Linux, cmd /S /C on Windows)',
        },
      },
      {
        name: 'exec',
        syntax: 'RUN ["executable", "param1"]',
        summary: {
          ko: 'JSON 배열의 첫 요소를 프로그램으로, 나머지를 인자로 삼아 셸 없이 바로 실행합니다',
          en: 'Runs the first array element as the program and the rest as its arguments, with no shell',
        },
      },
    ],
    flags: [
      {
        name: '--mount',
        value: 'type=<bind|cache|tmpfs|secret|ssh>[,<option>=<value>...]',
        default: 'type=bind',
        summary: {
          ko: '이 단계에만 마운트를 붙입니다: bind(컨텍스트·스테이지, 읽기 전용), cache, tmpfs, secret, ssh',
          en: 'Attaches a mount to this step only: bind (context or stage, read-only), cache, tmpfs, secret or ssh',
        },
      },
      {
        name: '--network',
        value: '<default|none|host>',
        default: 'default',
        summary: {
          ko: '이 단계의 네트워크를 고릅니다. none은 네트워크 차단, host는 network.host 권한이 필요합니다',
          en: 'Chooses the network for this step; none cuts it off, host needs the network.host entitlement',
        },
      },
      {
        name: '--security',
        value: '<sandbox|insecure>',
        default: 'sandbox',
        summary: {
          ko: 'insecure로 두면 샌드박스 없이 특권 모드로 실행합니다(security.insecure 권한 필요)',
          en: 'insecure runs the step unsandboxed with elevated privileges (needs security.insecure)',
        },
      },
    ],
    summary: {
      ko: '빌드 중에 명령을 실행하고 그 결과를 새 레이어로 이미지에 남깁니다',
      en: 'Run a command during the build and keep its changes as a new image layer',
    },
    details: {
      ko: 'RUN은 이미지를 빌드하는 동안 명령을 실행하고, 그로 인해 바뀐 파일 시스템을 새 레이어로 저장합니다. 셸 형식은 리눅스에서는 /bin/sh -c, 윈도우에서는 cmd /S /C로 실행되므로 파이프나 &&, 변수 치환을 쓸 수 있고, exec 형식(큰따옴표를 쓴 JSON 배열)은 셸을 거치지 않고 프로그램 하나를 인자와 함께 실행합니다. 배열은 차례로 실행할 명령 목록이 아니라 "프로그램 + 인자"라는 점에 주의하세요. 빌드 중에는 키보드 입력을 받을 수 없으므로 apt-get install -y처럼 확인 질문에 자동으로 답하게 해야 합니다. 뒤쪽 RUN에서 파일을 지워도 앞 레이어의 용량은 그대로 남으니 생성과 정리를 한 RUN 안에서 &&로 묶고 긴 줄은 \\로 나누는 것이 좋습니다. BuildKit 플래그로 캐시·시크릿·SSH 마운트(--mount), 네트워크 격리(--network), 특권 실행(--security)을 단계별로 지정할 수 있습니다.',
      en: 'RUN executes a command while the image is being built and saves the resulting filesystem changes as a new layer. Shell form goes through /bin/sh -c on Linux and cmd /S /C on Windows, so pipes, && and variable expansion work; exec form, a JSON array with double quotes, starts one program with its arguments and no shell in between (it is not a list of commands run one after another). Builds cannot answer prompts, so make installers non-interactive, for example apt-get install -y. Deleting a file in a later RUN does not shrink the earlier layer, so create and clean up inside one RUN joined with && and break long lines with a trailing \\. BuildKit flags add per-step cache, secret and SSH mounts (--mount), network isolation (--network) and privileged execution (--security).',
    },
    keywords: {
      ko: ['실행', '명령어', '레이어', '설치', '셸 형식', '캐시', '마운트', '시크릿'],
      en: ['run', 'execute', 'command', 'layer', 'install', 'shell form', 'exec form', 'mount', 'cache mount', 'secret'],
    },
    examples: [
      'RUN apt-get update && apt-get install -y apache2 && rm -rf /var/lib/apt/lists/*',
      'RUN ["/bin/bash", "-c", "echo hello >> test2.html"]',
      'RUN --mount=type=cache,target=/root/.cache/go-build go build -o /root/mainApp /root/main.go',
      'RUN --network=none pip install --no-index --find-links wheels mypackage',
    ],
  },
  {
    name: 'CMD',
    forms: [
      {
        name: 'exec',
        syntax: 'CMD ["executable", "param1", "param2"]',
        summary: {
          ko: '셸 없이 실행할 기본 명령입니다. ENTRYPOINT가 있으면 배열에 인자만 적어 기본 인자로 씁니다',
          en: 'Default command run without a shell; with an ENTRYPOINT, list only arguments to serve as its defaults',
        },
      },
      {
        name: 'shell',
        syntax: 'CMD command param1 param2',
        summary: {
          ko: '컨테이너 시작 시 /bin/sh -c(또는 SHELL로 지정한 셸)로 실행할 기본 명령입니다',
          en: 'Default command run through /bin/sh -c (or the shell set with SHELL) when the container starts',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '컨테이너가 시작될 때 실행할 기본 명령이나 ENTRYPOINT의 기본 인자를 정합니다',
      en: 'Set the default command, or default ENTRYPOINT arguments, for containers',
    },
    details: {
      ko: 'CMD는 컨테이너를 시작할 때 실행할 기본 명령을 이미지에 넣어 두며, docker run에서 이미지 이름 뒤에 명령을 적으면 CMD 전체가 그것으로 바뀝니다. 여러 번 적어도 오류는 아니지만 마지막 CMD만 효력이 있습니다. exec 형식은 CMD 뒤에 공백을 두고 큰따옴표를 써서 CMD ["./mainApp"]처럼 적어야 하며, CMD["./mainApp"]처럼 붙이면 알 수 없는 명령어로 처리되어 빌드가 실패합니다. 셸 형식은 명령을 /bin/sh -c로 감싸므로 docker stop의 시그널을 애플리케이션이 아니라 셸이 받게 될 수 있습니다. ENTRYPOINT와 함께 쓰면 CMD 배열은 ENTRYPOINT 뒤에 붙는 기본 인자가 되어, 실행 파일은 ENTRYPOINT가 고정하고 바꾸기 쉬운 인자는 CMD가 맡는 조합이 됩니다.',
      en: 'CMD stores the command a container runs by default, and any command typed after the image name in docker run replaces it completely. Writing it more than once is not an error, but only the last CMD has any effect. Exec form needs a space after CMD and double quotes, as in CMD ["./mainApp"]; CMD["./mainApp"] with no space is read as an unknown instruction and the build fails. Shell form wraps the command in /bin/sh -c, so the signal from docker stop may land on the shell instead of your program. Combined with ENTRYPOINT, the CMD array turns into default arguments appended to it: ENTRYPOINT pins the executable and CMD carries the arguments users are expected to override.',
    },
    keywords: {
      ko: ['기본', '명령어', '시작', '커맨드', '실행', '인자', '기본 인자', '매개변수', '엔트리포인트'],
      en: ['cmd', 'command', 'default command', 'startup', 'entrypoint', 'arguments', 'default arguments', 'default parameters', 'exec form', 'shell form'],
    },
    examples: [
      'CMD ["./mainApp"]',
      'CMD apachectl -DFOREGROUND',
      'CMD ["nginx", "-g", "daemon off;"]',
      'CMD ["--port", "8080"]',
    ],
  },
  {
    name: 'LABEL',
    forms: [
      {
        name: 'plain',
        syntax: 'LABEL <key>=<value> [<key>=<value>...]',
        summary: {
          ko: '키=값 쌍을 하나 이상 이미지 메타데이터로 기록합니다',
          en: 'Records one or more key=value pairs as image metadata',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '작성자, 버전, 설명 같은 키-값 메타데이터를 이미지에 붙입니다',
      en: 'Attach key-value metadata such as author, version or description to the image',
    },
    details: {
      ko: 'LABEL은 이미지에 키-값 형태의 메타데이터를 붙이는 명령어로, 아무것도 실행하지 않습니다(컨테이너 안에서 명령을 실행하는 것은 RUN입니다). LABEL maintainer="alicek106"처럼 키=값으로 적고, 값에 공백이 있으면 큰따옴표로 감싸며, 한 줄에 여러 쌍을 적을 수 있습니다. 베이스 이미지의 라벨은 그대로 물려받고, 같은 키를 다시 지정하면 나중 값이 이깁니다. 붙인 라벨은 docker image inspect로 확인하거나 docker images --filter label=...로 이미지를 걸러낼 때 쓸 수 있습니다.',
      en: 'LABEL attaches key-value metadata to an image and runs nothing; executing commands inside the build container is the job of RUN. Write pairs as key=value, for example LABEL maintainer="alicek106", quote values that contain spaces, and put several pairs on one line if you like. Labels of the base image are inherited, and setting the same key again lets the later value win. You can read labels with docker image inspect or select images with docker images --filter label=....',
    },
    keywords: {
      ko: ['라벨', '레이블', '메타데이터', '작성자', '버전', '설명'],
      en: ['label', 'metadata', 'maintainer', 'author', 'version', 'annotation', 'key value'],
    },
    examples: [
      'LABEL purpose="practice"',
      'LABEL maintainer="alicek106" version="1.0"',
      'LABEL org.opencontainers.image.source="https://github.com/example/app"',
    ],
  },
  {
    name: 'MAINTAINER',
    forms: [
      {
        name: 'plain',
        syntax: 'MAINTAINER <name>',
        summary: {
          ko: '이미지 작성자를 Author 필드에 기록합니다(폐기 예정)',
          en: 'Writes the image author into the Author field (deprecated)',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '이미지 작성자를 기록하는 옛 명령어로, 지금은 LABEL maintainer를 씁니다',
      en: 'Record the image author; deprecated in favour of LABEL maintainer',
    },
    details: {
      ko: 'MAINTAINER는 이미지 설정의 Author 필드에 작성자 정보를 적습니다. Docker 1.13.0부터 deprecated 상태이지만 지금도 파싱되고 정상적으로 빌드되므로 "사용할 수 없다"는 뜻은 아니며, 빌드 체크에서 MaintainerDeprecated 경고가 나올 뿐입니다. 새로 작성하는 Dockerfile에서는 LABEL maintainer="<name>"처럼 등호를 넣은 라벨로 바꾸는 것이 좋고, 그러면 docker image inspect에서 다른 라벨과 함께 확인할 수 있습니다. ONBUILD의 트리거로는 쓸 수 없습니다.',
      en: 'MAINTAINER writes the author into the Author field of the image configuration. It has been deprecated since Docker 1.13.0, yet current builders still parse and accept it, so old Dockerfiles keep building and the build checks only raise a MaintainerDeprecated warning. In new Dockerfiles use a label with an equals sign, LABEL maintainer="<name>", which docker image inspect shows alongside the other labels. It cannot be used as an ONBUILD trigger.',
    },
    keywords: {
      ko: ['작성자', '관리자', '메인테이너', '폐기', '라벨'],
      en: ['maintainer', 'author', 'deprecated', 'label', 'legacy'],
    },
    examples: [
      'MAINTAINER alicek106',
      'MAINTAINER Jane Doe <jane@example.com>',
    ],
    deprecated: { since: '1.13.0', replacement: 'LABEL maintainer="<name>"' },
  },
  {
    name: 'EXPOSE',
    forms: [
      {
        name: 'plain',
        syntax: 'EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]',
        summary: {
          ko: '컨테이너가 듣는 포트를 tcp(기본) 또는 udp로 표시합니다',
          en: 'Marks the ports the container listens on, tcp (default) or udp',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '컨테이너 안 애플리케이션이 쓰는 포트를 문서화하며, 직접 공개하지는 않습니다',
      en: 'Document the ports the app listens on; it does not publish them',
    },
    details: {
      ko: 'EXPOSE는 컨테이너 안의 애플리케이션이 어떤 포트를 쓰는지 이미지에 기록하며, 프로토콜을 생략하면 tcp로 간주하고 80/udp처럼 udp를 지정할 수도 있습니다. 이것만으로는 호스트에서 포트에 접근할 수 없고, 실제로 공개하려면 docker run -p 8080:80처럼 매핑을 지정하거나 -P로 EXPOSE된 모든 포트를 공개해야 합니다. -P를 쓰면 호스트 쪽 포트가 임의로 배정되므로 docker port나 docker ps로 어느 포트에 연결됐는지 확인해야 합니다. 결국 EXPOSE는 이미지를 만드는 사람과 실행하는 사람 사이의 약속이자 -P가 참고하는 목록입니다.',
      en: 'EXPOSE records which ports the application inside the container uses; the protocol defaults to tcp, and you can write 80/udp for UDP. It does not make the port reachable from the host: to publish it you map it with docker run -p 8080:80, or use -P to publish every exposed port. With -P the host side gets a randomly assigned port, so look it up with docker port or docker ps. In short, EXPOSE is an agreement between the image author and whoever runs it, and the list that -P works from.',
    },
    keywords: {
      ko: ['포트', '노출', '공개', '퍼블리시', '네트워크', '매핑'],
      en: ['expose', 'port', 'publish', 'tcp', 'udp', 'network', 'port mapping'],
    },
    examples: [
      'EXPOSE 80',
      'EXPOSE 8080/tcp 53/udp',
      'EXPOSE 5000',
    ],
  },
  {
    name: 'ENV',
    forms: [
      {
        name: 'plain',
        syntax: 'ENV <key>=<value> [<key>=<value>...]',
        summary: {
          ko: '환경 변수를 하나 이상 키=값으로 설정합니다',
          en: 'Sets one or more environment variables as key=value',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '뒤따르는 빌드 단계와 실행되는 컨테이너 모두에 쓰이는 환경 변수를 설정합니다',
      en: 'Set environment variables for later build steps and for running containers',
    },
    details: {
      ko: 'ENV로 설정한 환경 변수는 뒤따르는 명령어에서 $NAME이나 ${NAME}으로 치환할 수 있고, 이미지에도 저장되어 그 이미지로 만든 컨테이너에서도 그대로 보입니다. ENV NAME=value로 적는 것이 권장 형식이며, 예전의 ENV NAME value 형식도 동작하지만 변수 하나만 설정할 수 있고 LegacyKeyValueFormat 경고가 나옵니다. ${NAME:-default}는 NAME이 없거나 비어 있으면 default로, ${NAME:+alt}는 NAME에 값이 있을 때만 alt로, 없으면 빈 문자열로 바뀝니다. 컨테이너마다 값을 바꾸려면 docker run -e NAME=값을 쓰고, 같은 이름의 ARG가 있으면 그 지점부터는 ENV 값이 --build-arg로 넘긴 값보다 우선합니다.',
      en: 'Variables set with ENV can be expanded by the instructions that follow as $NAME or ${NAME}, and they are stored in the image, so containers created from it see them as well. ENV NAME=value is the recommended spelling; the older ENV NAME value form still works but sets only one variable and triggers a LegacyKeyValueFormat warning. ${NAME:-default} becomes default when NAME is unset or empty, while ${NAME:+alt} becomes alt only when NAME has a value and an empty string otherwise. Override a value for one container with docker run -e NAME=value, and note that an ENV with the same name as an ARG takes precedence over the --build-arg value from that line on.',
    },
    keywords: {
      ko: ['환경변수', '환경', '변수', '치환', '기본값', '설정'],
      en: ['env', 'environment variable', 'variable', 'expansion', 'substitution', 'default value', 'runtime'],
    },
    examples: [
      'ENV test=/home',
      'ENV APP_HOME=/srv/app PORT=8080',
      'ENV PATH="/opt/tools/bin:${PATH}"',
      'ENV LOG_LEVEL=${LOG_LEVEL:-info}',
    ],
  },
  {
    name: 'ADD',
    forms: [
      {
        name: 'plain',
        syntax: 'ADD [OPTIONS] <src>... <dest>',
        summary: {
          ko: '하나 이상의 소스(컨텍스트 경로, URL, Git 저장소)를 마지막 인자인 대상 경로에 추가합니다',
          en: 'Adds one or more sources (context paths, URLs, Git repositories) to the destination given last',
        },
      },
      {
        name: 'exec',
        syntax: 'ADD [OPTIONS] ["<src>", ... "<dest>"]',
        summary: {
          ko: '같은 동작을 JSON 배열로 적은 형식으로, 경로에 공백이 있을 때 씁니다',
          en: 'The same thing written as a JSON array, needed when a path contains spaces',
        },
      },
    ],
    flags: [
      {
        name: '--checksum',
        value: '<hash>',
        summary: {
          ko: '원격 소스를 검증합니다. HTTP는 sha256:<hex>, Git은 커밋 SHA(앞부분만도 가능)',
          en: 'Verifies a remote source: sha256:<hex> for HTTP, a commit SHA (or prefix) for Git',
        },
      },
      {
        name: '--keep-git-dir',
        value: '<bool>',
        default: 'false',
        summary: {
          ko: 'Git 저장소를 추가할 때 .git 디렉터리도 함께 남깁니다',
          en: 'Keeps the .git directory when the source is a Git repository',
        },
      },
      {
        name: '--chown',
        value: '<user>[:<group>]',
        default: '0:0',
        summary: {
          ko: '추가한 파일의 소유자와 그룹을 지정합니다(이름 또는 숫자 ID)',
          en: 'Sets the owner and group of the added files (names or numeric IDs)',
        },
      },
      {
        name: '--chmod',
        value: '<perms>',
        summary: {
          ko: '추가한 파일의 권한을 8진수(755)나 기호(u+x) 표기로 지정합니다',
          en: 'Sets permissions on the added files, in octal (755) or symbolic (u+x) notation',
        },
      },
      {
        name: '--link',
        value: '<bool>',
        default: 'false',
        summary: {
          ko: '파일을 앞 레이어와 독립된 레이어로 만들어, 앞 단계가 바뀌어도 캐시를 재사용합니다',
          en: 'Puts the files in an independent layer so it stays cached when earlier steps change',
        },
      },
      {
        name: '--exclude',
        value: '<pattern>',
        summary: {
          ko: '패턴에 맞는 파일을 복사에서 뺍니다. 여러 번 지정할 수 있습니다',
          en: 'Leaves out files that match the pattern; may be given several times',
        },
      },
      {
        name: '--unpack',
        value: '<bool>',
        summary: {
          ko: 'tar 압축 해제 여부를 정합니다. 지정하지 않으면 로컬 tar는 풀고 URL에서 받은 tar는 그대로 둡니다',
          en: 'Whether to extract tar archives; unset, local archives are extracted and downloaded ones are not',
        },
      },
    ],
    summary: {
      ko: '파일을 이미지에 추가하며, URL 다운로드와 로컬 tar 자동 해제까지 합니다',
      en: 'Add files to the image, with URL downloads and automatic local tar extraction',
    },
    details: {
      ko: 'ADD는 COPY처럼 빌드 컨텍스트의 파일을 이미지에 넣지만, 소스가 HTTP(S) URL이면 내려받고 Git 저장소 주소면 클론해서(기본적으로 .git 제외) 넣는 기능이 더 있습니다. 로컬 tar 파일(gzip, bzip2, xz 압축 포함)은 대상 경로에 자동으로 풀리고, URL로 받은 압축 파일은 --unpack=true를 주지 않는 한 파일 그대로 저장됩니다. 이런 부가 동작 때문에 어떤 내용이 들어갈지 예측하기 어려우므로, 평범한 파일은 COPY로 복사하고 ADD는 압축 해제나 --checksum으로 고정한 다운로드처럼 꼭 필요할 때만 쓰는 것이 좋습니다. 소스는 여러 개 줄 수 있고 마지막 인자가 항상 대상 경로이며, 경로에 공백이 있으면 JSON 배열 형식을 씁니다.',
      en: 'ADD puts files from the build context into the image just like COPY, but it can also download an HTTP(S) URL or clone a Git repository (leaving out .git by default). A local tar archive, including gzip, bzip2 and xz compressed ones, is extracted into the destination automatically, whereas an archive fetched from a URL is stored as a file unless you pass --unpack=true. Because of these extra behaviours it is harder to tell what ends up in the image, so copy ordinary files with COPY and reserve ADD for extraction or for downloads pinned with --checksum. You may list several sources; the last argument is always the destination, and the JSON array form handles paths with spaces.',
    },
    keywords: {
      ko: ['추가', '복사', '다운로드', '압축', '해제', '원격', '체크섬'],
      en: ['add', 'copy', 'url', 'download', 'tar', 'extract', 'archive', 'git', 'checksum', 'unpack'],
    },
    examples: [
      'ADD test.html /var/www/html/',
      'ADD test.tar /home',
      'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /src/',
      'ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit',
    ],
  },
  {
    name: 'COPY',
    forms: [
      {
        name: 'plain',
        syntax: 'COPY [OPTIONS] <src>... <dest>',
        summary: {
          ko: '하나 이상의 소스를 마지막 인자인 대상 경로로 복사합니다',
          en: 'Copies one or more sources to the destination given last',
        },
      },
      {
        name: 'exec',
        syntax: 'COPY [OPTIONS] ["<src>", ... "<dest>"]',
        summary: {
          ko: '같은 동작을 JSON 배열로 적은 형식으로, 경로에 공백이 있을 때 씁니다',
          en: 'The same thing written as a JSON array, needed when a path contains spaces',
        },
      },
    ],
    flags: [
      {
        name: '--from',
        value: '<stage name|stage index|image|context>',
        summary: {
          ko: '빌드 컨텍스트 대신 이전 스테이지(이름 또는 0부터의 번호), 이미지, 이름 붙은 컨텍스트에서 복사합니다',
          en: 'Copies from an earlier stage (name or 0-based index), an image or a named context instead',
        },
      },
      {
        name: '--chown',
        value: '<user>[:<group>]',
        default: '0:0',
        summary: {
          ko: '복사한 파일의 소유자와 그룹을 지정합니다(이름 또는 숫자 ID)',
          en: 'Sets the owner and group of the copied files (names or numeric IDs)',
        },
      },
      {
        name: '--chmod',
        value: '<perms>',
        summary: {
          ko: '복사한 파일의 권한을 8진수(644)나 기호(u+x) 표기로 지정합니다',
          en: 'Sets permissions on the copied files, in octal (644) or symbolic (u+x) notation',
        },
      },
      {
        name: '--link',
        value: '<bool>',
        default: 'false',
        summary: {
          ko: '파일을 앞 레이어와 독립된 레이어로 만들어, 앞 단계가 바뀌어도 캐시를 재사용합니다',
          en: 'Puts the files in an independent layer so it stays cached when earlier steps change',
        },
      },
      {
        name: '--parents',
        value: '<bool>',
        default: 'false',
        summary: {
          ko: '소스 경로의 상위 디렉터리 구조를 대상 아래에 그대로 유지합니다',
          en: 'Keeps the parent directories of each source path under the destination',
        },
      },
      {
        name: '--exclude',
        value: '<pattern>',
        summary: {
          ko: '패턴에 맞는 파일을 복사에서 뺍니다. 여러 번 지정할 수 있습니다',
          en: 'Leaves out files that match the pattern; may be given several times',
        },
      },
    ],
    summary: {
      ko: '빌드 컨텍스트나 다른 스테이지의 파일을 그대로 이미지에 복사합니다',
      en: 'Copy files from the build context or another stage into the image as they are',
    },
    details: {
      ko: 'COPY는 빌드 컨텍스트의 파일과 디렉터리를 이미지로 복사하는 것 말고는 아무것도 하지 않습니다. URL 다운로드도, tar 압축 해제도 하지 않으니 들어가는 파일의 출처가 분명합니다. 소스는 여러 개 줄 수 있지만 마지막 인자는 반드시 대상 경로여야 하므로 COPY --from=0 /root/mainApp처럼 대상을 빠뜨리면 빌드가 실패하고, COPY --from=0 /root/mainApp .처럼 적어야 합니다. --from에는 앞 스테이지의 번호(첫 FROM이 0)나 AS로 붙인 이름, 또는 임의의 이미지를 줄 수 있으며, 이것이 멀티 스테이지 빌드에서 결과물만 가져오는 방법입니다. 복사된 파일은 --chown을 주지 않으면 root(0:0) 소유가 되고, .dockerignore로 제외한 파일은 COPY에서도 보이지 않습니다.',
      en: 'COPY copies files and directories from the build context into the image and does nothing more: no downloads and no tar extraction, so the origin of every file is clear. You may give several sources, but the last argument must be the destination, which is why COPY --from=0 /root/mainApp fails and has to be written as COPY --from=0 /root/mainApp . instead. --from takes the index of an earlier stage (the first FROM is 0), the name given to it with AS, or any image, and it is how a multi-stage build picks up only the finished artifacts. Copied files belong to root (0:0) unless you set --chown, and anything excluded by .dockerignore is invisible to COPY.',
    },
    keywords: {
      ko: ['복사', '파일', '컨텍스트', '스테이지', '멀티', '소유자', '권한'],
      en: ['copy', 'files', 'build context', 'from', 'multi-stage', 'stage', 'chown', 'chmod', 'dockerignore'],
    },
    examples: [
      'COPY test.html /home/',
      'COPY ["test.html", "/home/"]',
      'COPY --from=0 /root/mainApp .',
      'COPY --from=builder --chown=app:app --chmod=755 /out/app /usr/local/bin/app',
    ],
  },
  {
    name: 'ENTRYPOINT',
    forms: [
      {
        name: 'exec',
        syntax: 'ENTRYPOINT ["executable", "param1", "param2"]',
        summary: {
          ko: '셸 없이 실행할 고정 실행 파일입니다. CMD나 docker run의 인자가 뒤에 붙습니다',
          en: 'Fixed executable run without a shell; CMD or docker run arguments are appended',
        },
      },
      {
        name: 'shell',
        syntax: 'ENTRYPOINT command param1 param2',
        summary: {
          ko: '/bin/sh -c로 실행하며, CMD와 docker run 인자를 무시합니다',
          en: 'Runs through /bin/sh -c and ignores both CMD and docker run arguments',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '컨테이너가 항상 실행할 프로그램을 정해 이미지를 하나의 명령처럼 쓰게 합니다',
      en: 'Fix the program a container always runs, so the image acts like a command',
    },
    details: {
      ko: 'ENTRYPOINT는 컨테이너가 시작될 때 항상 실행할 프로그램을 정하며, docker run에서 이미지 이름 뒤에 적은 값은 이를 대체하지 않고 인자로 전달됩니다. exec 형식에서는 그 인자가, 인자가 없으면 CMD 배열이 ENTRYPOINT 배열 뒤에 붙으므로 "ENTRYPOINT는 실행 파일, CMD는 기본 인자"로 나누어 쓰는 것이 일반적입니다. 흔한 패턴은 초기화 스크립트를 COPY로 넣고 실행 권한을 준 뒤 ENTRYPOINT로 지정하고, 스크립트 마지막에 exec "$@"로 전달받은 명령을 실행하는 것입니다. 셸 형식은 /bin/sh -c로 감싸져 CMD와 run 인자를 모두 무시하고 시그널도 셸이 받게 되므로 exec 형식을 권장합니다. 컨테이너 하나에서만 바꾸려면 docker run --entrypoint를 씁니다.',
      en: 'ENTRYPOINT names the program a container always starts, and whatever follows the image name in docker run is passed to it as arguments instead of replacing it. In exec form those arguments, or the CMD array when there are none, are appended to the ENTRYPOINT array, so the usual split is ENTRYPOINT for the executable and CMD for default arguments. A common pattern copies an init script in with COPY, makes it executable, sets it as ENTRYPOINT and ends the script with exec "$@" to run whatever command it was given. Shell form is wrapped in /bin/sh -c, ignores CMD and run arguments alike and lets the shell rather than your program receive signals, so prefer exec form. To replace it for a single container, use docker run --entrypoint.',
    },
    keywords: {
      ko: ['엔트리포인트', '진입점', '스크립트', '실행', '인자', '커맨드'],
      en: ['entrypoint', 'entry point', 'script', 'executable', 'arguments', 'cmd', 'exec form', 'pid 1'],
    },
    examples: [
      'ENTRYPOINT ["/bin/bash", "/entrypoint.sh"]',
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'ENTRYPOINT ["curl", "-s"]',
    ],
  },
  {
    name: 'VOLUME',
    forms: [
      {
        name: 'exec',
        syntax: 'VOLUME ["<path>", ...]',
        summary: {
          ko: '마운트 지점을 JSON 배열로 하나 이상 지정합니다',
          en: 'Declares one or more mount points as a JSON array',
        },
      },
      {
        name: 'plain',
        syntax: 'VOLUME <path> [<path>...]',
        summary: {
          ko: '마운트 지점을 공백으로 구분해 하나 이상 지정합니다',
          en: 'Declares one or more mount points separated by spaces',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '데이터를 컨테이너 밖 볼륨에 두어야 할 디렉터리를 마운트 지점으로 표시합니다',
      en: 'Mark directories whose data should live in a volume outside the container layer',
    },
    details: {
      ko: 'VOLUME은 이미지 안의 특정 디렉터리를 볼륨 마운트 지점으로 표시해, 그곳의 데이터가 컨테이너의 쓰기 레이어가 아닌 볼륨에 저장되게 합니다. VOLUME ["/data", "/logs"]처럼 JSON 배열로 적거나 VOLUME /data /logs처럼 공백으로 구분해 적을 수 있습니다. docker run에서 -v나 --mount로 그 경로를 따로 연결하지 않으면 Docker가 익명 볼륨을 만들어 붙이고, 이미지에 있던 내용을 처음 한 번 채워 줍니다. 호스트의 어느 디렉터리와 연결할지는 Dockerfile에서 정할 수 없고 컨테이너를 실행할 때 정하므로, "호스트와 공유하는 디렉터리"라기보다 "볼륨이 붙을 자리"에 가깝습니다.',
      en: 'VOLUME marks directories in the image as mount points, so the data written there goes to a volume instead of the container\'s writable layer. You can write it as a JSON array, VOLUME ["/data", "/logs"], or as space-separated paths, VOLUME /data /logs. If docker run does not attach something else to the path with -v or --mount, Docker creates an anonymous volume for it and seeds it once with the files the image had there. Which host directory is used cannot be decided in the Dockerfile, only when the container is run, so think of VOLUME as a slot for a volume rather than a folder shared with the host.',
    },
    keywords: {
      ko: ['볼륨', '마운트', '데이터', '영속', '저장소', '익명'],
      en: ['volume', 'mount point', 'data', 'persistent', 'anonymous volume', 'storage'],
    },
    examples: [
      'VOLUME ["/home/dir", "/home/dir2"]',
      'VOLUME /home/dir /home/dir2',
      'VOLUME /var/lib/mysql',
    ],
  },
  {
    name: 'USER',
    forms: [
      {
        name: 'plain',
        syntax: 'USER <user>[:<group>]',
        summary: {
          ko: '사용자와 그룹을 이름이나 UID/GID로 지정합니다',
          en: 'Sets the user and group, by name or by UID/GID',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '뒤따르는 명령과 컨테이너가 실행될 사용자를 지정합니다(되도록 root가 아닌 계정으로)',
      en: 'Set the (preferably non-root) user that later steps and the container run as',
    },
    details: {
      ko: 'USER는 그 뒤의 RUN, CMD, ENTRYPOINT와 컨테이너의 주 프로세스가 어떤 사용자(이름이나 UID)와 그룹으로 실행될지 정합니다. 지정한 계정은 이미지 안에 있어야 하므로 보통 먼저 RUN으로 그룹과 사용자를 만든 다음 USER로 전환합니다. root 권한이 필요한 설치 작업을 끝낸 뒤 일반 사용자로 바꿔 두면 프로세스가 뚫리더라도 피해를 줄일 수 있습니다. COPY와 ADD로 넣은 파일은 USER와 상관없이 root 소유이므로 필요하면 --chown을 함께 쓰고, 컨테이너 하나에서만 바꾸려면 docker run --user를 씁니다.',
      en: 'USER decides which user (name or UID) and group the following RUN, CMD and ENTRYPOINT instructions and the container\'s main process run as. The account has to exist in the image, so you usually create the group and user with RUN first and then switch with USER. Dropping to an unprivileged user once the steps that need root are done limits what a compromised process can do. Files added by COPY and ADD still belong to root regardless of USER, so pair them with --chown when needed, and override the user for one container with docker run --user.',
    },
    keywords: {
      ko: ['사용자', '계정', '권한', '루트', '보안', '그룹'],
      en: ['user', 'uid', 'gid', 'non-root', 'root', 'permissions', 'security', 'group'],
    },
    examples: [
      'USER app',
      'USER 1000:1000',
      'USER www-data:www-data',
    ],
  },
  {
    name: 'WORKDIR',
    forms: [
      {
        name: 'plain',
        syntax: 'WORKDIR <path>',
        summary: {
          ko: '이후 명령어의 작업 디렉터리를 지정하고, 없으면 만듭니다',
          en: 'Sets the working directory for later instructions, creating it if needed',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '이후 명령과 컨테이너가 사용할 작업 디렉터리를 정하고 없으면 만듭니다',
      en: 'Set (and create if missing) the working directory for later steps and the container',
    },
    details: {
      ko: 'WORKDIR는 뒤따르는 RUN, CMD, ENTRYPOINT, COPY, ADD가 기준으로 삼을 디렉터리를 정하며, 셸의 cd와 비슷하지만 스테이지가 끝날 때까지, 그리고 컨테이너 실행 시에도 유지됩니다. 지정한 디렉터리가 없으면 자동으로 만들어지므로, /var/ww/html처럼 오타를 내도 오류 없이 엉뚱한 빈 디렉터리가 생긴다는 점에 주의하세요. 상대 경로는 직전 WORKDIR 기준으로 해석되고, ENV로 설정한 변수를 경로에 쓸 수 있습니다. RUN cd ...는 그 RUN 안에서만 효과가 있으므로 디렉터리 이동은 WORKDIR로 하는 것이 좋습니다.',
      en: 'WORKDIR sets the directory that the following RUN, CMD, ENTRYPOINT, COPY and ADD instructions work from; it is like cd in a shell, except that it lasts for the rest of the stage and into the running container. A directory that does not exist is created automatically, so a typo such as /var/ww/html silently gives you a new empty directory instead of an error. Relative paths are resolved against the previous WORKDIR, and variables set with ENV may appear in the path. RUN cd ... only affects that one RUN, so change directories with WORKDIR instead.',
    },
    keywords: {
      ko: ['작업', '디렉터리', '디렉토리', '작업 디렉터리', '워킹 디렉터리', '워킹 디렉토리', '경로', '폴더', '이동'],
      en: ['workdir', 'working directory', 'cd', 'directory', 'path', 'folder'],
    },
    examples: [
      'WORKDIR /var/www/html',
      'WORKDIR /root',
      'WORKDIR $APP_HOME',
    ],
  },
  {
    name: 'ARG',
    forms: [
      {
        name: 'plain',
        syntax: 'ARG <name>[=<default value>] [<name>[=<default value>]...]',
        summary: {
          ko: '빌드 인자를 선언하고, 등호 양옆에 공백 없이 기본값을 줄 수 있습니다',
          en: 'Declares build arguments, with optional defaults written with no spaces around =',
        },
      },
    ],
    flags: [],
    summary: {
      ko: 'docker build --build-arg로 값을 받을 빌드 시점 변수를 선언합니다',
      en: 'Declare a build-time variable that docker build --build-arg can set',
    },
    details: {
      ko: 'ARG는 docker build --build-arg 이름=값으로 채울 수 있는 빌드 시점 변수를 선언하며, 기본값은 ARG my_arg2=value2처럼 등호 양옆에 공백 없이 적어야 합니다. ARG my_arg2 = value2처럼 띄어 쓰면 이름이 빈 인자로 해석되어 빌드가 실패합니다. 값은 선언 이후 같은 스테이지의 명령어에서 $my_arg나 ${my_arg}로 쓸 수 있지만 최종 이미지의 환경 변수로 남지는 않으므로 실행 시 필요한 값은 ENV로 설정하고, 빌드 기록에 남을 수 있으니 비밀번호 같은 값은 넘기지 마세요. 첫 FROM 앞에 선언한 ARG는 FROM 줄에서만 쓸 수 있고 스테이지 안에서 쓰려면 값 없이 다시 선언해야 합니다. 같은 이름의 ENV가 정의되면 그 지점부터는 ENV 값이 --build-arg 값을 덮어씁니다.',
      en: 'ARG declares a build-time variable that docker build --build-arg name=value can fill in, and a default is written with no spaces around the equals sign, as in ARG my_arg2=value2. Writing ARG my_arg2 = value2 makes the parser see an argument with an empty name, and the build fails. After its declaration the value can be used as $my_arg or ${my_arg} by later instructions in the same stage, but it is not kept as an environment variable in the final image, so use ENV for runtime settings, and keep secrets out of build arguments because they can show up in the build history. An ARG declared before the first FROM is usable only in FROM lines unless you declare it again, without a value, inside the stage. If an ENV of the same name is defined, its value overrides the --build-arg value from that point on.',
    },
    keywords: {
      ko: ['빌드', '인자', '변수', '기본값', '빌드인자', '매개변수'],
      en: ['arg', 'build arg', 'build-arg', 'build argument', 'variable', 'default value', 'parameter'],
    },
    examples: [
      'ARG my_arg',
      'ARG my_arg2=value2',
      'ARG GO_VERSION=1.22',
      'ARG TARGETOS TARGETARCH',
    ],
  },
  {
    name: 'ONBUILD',
    forms: [
      {
        name: 'plain',
        syntax: 'ONBUILD <INSTRUCTION>',
        summary: {
          ko: '다른 명령어 하나를 나중에 실행될 트리거로 이미지에 저장합니다',
          en: 'Stores another instruction in the image as a trigger for later',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '이 이미지를 FROM으로 쓰는 다음 빌드에서 실행될 명령을 미리 등록합니다',
      en: 'Register instructions that run when another build uses this image in FROM',
    },
    details: {
      ko: 'ONBUILD는 뒤에 적은 명령어를 지금 실행하지 않고 트리거로 이미지 메타데이터에 저장합니다. 나중에 다른 Dockerfile이 이 이미지를 FROM으로 지정하면 그 FROM 직후에 트리거들이 등록된 순서대로 하위 빌드의 컨텍스트에서 실행되고, 하나라도 실패하면 빌드가 멈춥니다. 언어별 빌드 환경처럼 "사용자 소스를 복사해서 빌드한다"는 공통 단계를 가진 베이스 이미지를 만들 때 유용합니다. 트리거는 자식 이미지까지만 실행되고 손자 이미지로는 이어지지 않으며, ONBUILD ONBUILD처럼 중첩하거나 FROM, MAINTAINER를 트리거로 쓸 수는 없습니다. 등록된 트리거는 docker image inspect의 OnBuild 항목에서 볼 수 있습니다.',
      en: 'ONBUILD does not run the instruction that follows it; it stores it in the image metadata as a trigger. When another Dockerfile later names this image in FROM, the triggers run right after that FROM, in the order they were registered and in the downstream build\'s context, and a failing trigger stops that build. This suits base images for a language toolchain whose users always need the same step, such as copying in their source and compiling it. Triggers fire for the child image only and are not passed on to grandchildren, and you cannot chain ONBUILD ONBUILD or use FROM or MAINTAINER as a trigger. Registered triggers are listed under OnBuild in docker image inspect.',
    },
    keywords: {
      ko: ['트리거', '베이스', '하위', '자식', '빌드', '상속'],
      en: ['onbuild', 'trigger', 'base image', 'child image', 'downstream', 'deferred'],
    },
    examples: [
      'ONBUILD COPY . /app/src',
      'ONBUILD RUN make -C /app/src',
      'ONBUILD ADD . /app/src',
    ],
  },
  {
    name: 'STOPSIGNAL',
    forms: [
      {
        name: 'plain',
        syntax: 'STOPSIGNAL <signal>',
        summary: {
          ko: 'SIGQUIT 같은 시그널 이름이나 9 같은 번호를 받습니다',
          en: 'Takes a signal name such as SIGQUIT or a number such as 9',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '컨테이너를 정지할 때 주 프로세스에 보낼 시그널을 바꿉니다(기본 SIGTERM)',
      en: 'Change the signal sent to stop the container (SIGTERM by default)',
    },
    details: {
      ko: 'STOPSIGNAL은 docker stop 등으로 컨테이너를 정지할 때 주 프로세스에 보낼 시그널을 정합니다. 시스템 콜이 아니라 프로세스에 보내는 시그널이며, 지정하지 않으면 SIGTERM이 쓰입니다. nginx의 SIGQUIT처럼 애플리케이션이 다른 시그널을 받아야 깔끔하게 종료된다면 이름이나 번호로 지정하면 되고, 유예 시간 안에 끝나지 않으면 Docker가 SIGKILL로 강제 종료합니다. 컨테이너별로 바꾸려면 docker run --stop-signal(또는 docker create의 같은 옵션)을 쓰면 이미지 설정보다 우선합니다.',
      en: 'STOPSIGNAL sets the signal that the container\'s main process receives when the container is stopped, for example by docker stop. It is a signal delivered to a process, not a system call, and it defaults to SIGTERM when not set. If your program shuts down cleanly only on another signal, like nginx with SIGQUIT, give its name or number; a process still running after the grace period is then killed with SIGKILL. docker run --stop-signal (and the same option of docker create) overrides the image setting for a single container.',
    },
    keywords: {
      ko: ['시그널', '신호', '정지', '종료', '중지'],
      en: ['stopsignal', 'stop signal', 'sigterm', 'sigkill', 'sigquit', 'shutdown', 'graceful stop'],
    },
    examples: [
      'STOPSIGNAL SIGQUIT',
      'STOPSIGNAL SIGINT',
      'STOPSIGNAL 9',
    ],
  },
  {
    name: 'HEALTHCHECK',
    forms: [
      {
        name: 'shell',
        syntax: 'HEALTHCHECK [OPTIONS] CMD <command>',
        summary: {
          ko: '컨테이너 안에서 셸로 실행할 점검 명령을 지정합니다',
          en: 'Sets a check command that runs through the shell inside the container',
        },
      },
      {
        name: 'exec',
        syntax: 'HEALTHCHECK [OPTIONS] CMD ["executable", "param1"]',
        summary: {
          ko: '점검 명령을 JSON 배열로 적어 셸 없이 실행합니다',
          en: 'Sets the check command as a JSON array, run without a shell',
        },
      },
      {
        name: 'plain',
        syntax: 'HEALTHCHECK NONE',
        summary: {
          ko: '베이스 이미지에서 물려받은 헬스체크를 끕니다',
          en: 'Turns off any health check inherited from the base image',
        },
      },
    ],
    flags: [
      {
        name: '--interval',
        value: '<duration>',
        default: '30s',
        summary: {
          ko: '점검과 점검 사이의 간격입니다',
          en: 'Time between one check and the next',
        },
      },
      {
        name: '--timeout',
        value: '<duration>',
        default: '30s',
        summary: {
          ko: '한 번의 점검이 이 시간을 넘기면 실패로 셉니다',
          en: 'A single check that runs longer than this counts as failed',
        },
      },
      {
        name: '--start-period',
        value: '<duration>',
        default: '0s',
        summary: {
          ko: '시작 직후 이 기간 동안의 실패는 재시도 횟수에 넣지 않습니다',
          en: 'Failures during this warm-up time after start are not counted',
        },
      },
      {
        name: '--start-interval',
        value: '<duration>',
        default: '5s',
        summary: {
          ko: '시작 유예 기간 동안 쓰는 점검 간격입니다(Docker Engine 25.0 이상)',
          en: 'Check interval used during the start period (Docker Engine 25.0 or later)',
        },
      },
      {
        name: '--retries',
        value: '<n>',
        default: '3',
        summary: {
          ko: '연속으로 이만큼 실패하면 unhealthy가 됩니다',
          en: 'Consecutive failures needed before the container becomes unhealthy',
        },
      },
    ],
    summary: {
      ko: '컨테이너 안 애플리케이션이 실제로 동작하는지 주기적으로 점검하는 방법을 정합니다',
      en: 'Define how Docker regularly checks that the app in a container really works',
    },
    details: {
      ko: 'HEALTHCHECK는 프로세스는 살아 있지만 응답하지 않는 상태를 잡아내기 위해, 컨테이너 안에서 주기적으로 실행할 점검 명령을 정합니다. 상태는 처음에 starting이고, 점검이 한 번 성공하면 healthy, --retries만큼 연속으로 실패하면 unhealthy가 되며, docker ps와 docker inspect에서 확인할 수 있습니다. 점검은 --interval마다 한 번 실행되고, --timeout을 넘기면 실패로 처리됩니다. 실패했다고 그 자리에서 재시도하는 것이 아니라 다음 주기의 점검까지 포함해 연속 실패 횟수를 세는 것입니다. --start-period 동안의 실패는 세지 않고 그 기간에는 --start-interval 간격으로 점검하며, 명령은 정상이면 0, 비정상이면 1로 끝나야 하므로 curl -f ... || exit 1 형태를 많이 씁니다. Dockerfile에서는 마지막 HEALTHCHECK만 적용되고, HEALTHCHECK NONE은 베이스 이미지의 점검을 끕니다.',
      en: 'HEALTHCHECK defines a command Docker runs inside the container on a schedule, to catch the case where the process is alive but no longer doing its job. The health status starts as starting, becomes healthy after a successful check and unhealthy after --retries consecutive failures; docker ps and docker inspect show it. A check runs every --interval and counts as failed if it takes longer than --timeout; failures are counted across consecutive scheduled checks rather than retried on the spot. Failures during --start-period are not counted, checks run every --start-interval in that window, and the command must exit 0 for healthy and 1 for unhealthy, hence the common curl -f ... || exit 1. Only the last HEALTHCHECK in a Dockerfile applies, and HEALTHCHECK NONE disables a check inherited from the base image.',
    },
    keywords: {
      ko: ['헬스체크', '상태', '점검', '상태확인', '모니터링', '재시도'],
      en: ['healthcheck', 'health check', 'healthy', 'unhealthy', 'starting', 'probe', 'liveness', 'interval', 'retries'],
    },
    examples: [
      'HEALTHCHECK --interval=1m --timeout=3s --retries=3 CMD curl -f http://localhost/ || exit 1',
      'HEALTHCHECK --start-period=30s --start-interval=2s CMD ["pg_isready", "-U", "postgres"]',
      'HEALTHCHECK NONE',
    ],
  },
  {
    name: 'SHELL',
    forms: [
      {
        name: 'exec',
        syntax: 'SHELL ["executable", "parameters"]',
        summary: {
          ko: '셸 프로그램과 명령 문자열을 받게 하는 옵션을 JSON 배열로 지정합니다',
          en: 'Gives the shell program and the options that make it read a command string, as a JSON array',
        },
      },
    ],
    flags: [],
    summary: {
      ko: '셸 형식 명령어가 사용할 기본 셸을 바꿉니다',
      en: 'Change the shell that shell-form instructions run under',
    },
    details: {
      ko: 'SHELL은 셸 형식으로 적은 RUN, CMD, ENTRYPOINT가 사용할 셸을 바꾸며, 기본값은 리눅스에서 ["/bin/sh", "-c"], 윈도우에서 ["cmd", "/S", "/C"]입니다. 반드시 JSON 배열로 적어야 하고, 배열에는 셸 프로그램과 함께 명령 문자열을 받게 하는 옵션(bash의 -c, PowerShell의 -Command 등)을 넣습니다. 윈도우에서 cmd와 PowerShell을 오가거나, 리눅스에서 bash의 set -o pipefail 같은 기능이 필요할 때 주로 씁니다. exec 형식 명령어에는 영향이 없고, 여러 번 쓰면 각 SHELL 이후의 명령어부터 새 셸이 적용됩니다.',
      en: 'SHELL replaces the shell used by RUN, CMD and ENTRYPOINT written in shell form; the default is ["/bin/sh", "-c"] on Linux and ["cmd", "/S", "/C"] on Windows. It must be written as a JSON array holding the shell program plus the option that makes it read a command string, such as -c for bash or -Command for PowerShell. It is mostly used on Windows to switch between cmd and PowerShell, or on Linux to get bash features like set -o pipefail. Exec-form instructions are unaffected, and SHELL may appear several times, each one applying to the instructions after it.',
    },
    keywords: {
      ko: ['기본 셸', '쉘 변경', '파워셸', '윈도우', '배시', '셸 형식'],
      en: ['shell', 'default shell', 'bash', 'sh', 'powershell', 'cmd', 'windows', 'pipefail'],
    },
    examples: [
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'SHELL ["powershell", "-Command"]',
      'SHELL ["cmd", "/S", "/C"]',
    ],
  },
];

export const directives: readonly DirectiveSpec[] = [
  {
    name: 'syntax',
    syntax: '# syntax=<frontend image>',
    summary: {
      ko: '빌드에 쓸 Dockerfile 문법 버전(프런트엔드 이미지)을 고릅니다. 예: # syntax=docker/dockerfile:1',
      en: 'Choose the Dockerfile syntax version (frontend image) for the build, e.g. # syntax=docker/dockerfile:1',
    },
  },
  {
    name: 'escape',
    syntax: '# escape=\\|`',
    summary: {
      ko: '이스케이프 및 줄 이어쓰기 문자를 \\(기본) 또는 `로 정합니다. 윈도우 경로에 유용합니다',
      en: 'Set the escape and line-continuation character to \\ (default) or `, handy for Windows paths',
    },
  },
  {
    name: 'check',
    syntax: '# check=skip=<checks>|error=true',
    summary: {
      ko: '빌드 체크를 조정합니다. skip으로 특정 검사를 끄고, error=true면 경고를 빌드 실패로 만듭니다',
      en: 'Tune build checks: skip named checks, or make warnings fail the build with error=true',
    },
  },
];
