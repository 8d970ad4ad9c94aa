/** Words for the buildx commands: see ./types.ts. */
import type { FlagWords, WordsFile } from './types.js';

/** `--builder`, shared by most buildx commands (and shown for `docker build`). */
const builderFlag: FlagWords = {
  summary: {
    ko: '현재 선택된 빌더 대신 이름으로 지정한 빌더 인스턴스를 사용',
    en: 'Use the named builder instance instead of the currently selected one',
  },
  keywords: { ko: ['빌더 지정', '빌더 선택', '빌더 인스턴스'], en: ['builder', 'builder instance', 'select builder', 'buildx_builder'] },
};

/** `-D/--debug`, shared by every buildx command. */
const debugFlag: FlagWords = {
  summary: { ko: '문제를 추적할 수 있도록 디버그 로그를 함께 출력', en: 'Print debug logs while the command runs' },
  keywords: { ko: ['디버그', '디버그 로그', '자세한 로그'], en: ['debug', 'debug logging', 'troubleshoot', 'verbose logs'] },
};

/** `--timeout` of the commands that load the status of builder nodes. */
const builderTimeoutFlag: FlagWords = {
  summary: {
    ko: '빌더 노드의 상태를 불러올 때 기다릴 최대 시간(기본값 20s)',
    en: 'How long to wait for the builder nodes to report their status (default 20s)',
  },
  keywords: { ko: ['타임아웃', '대기 시간', '응답 없는 빌더'], en: ['timeout', 'builder status', 'slow builder', 'unreachable node'] },
  details: {
    ko: '원격 빌더나 멀리 있는 노드가 늦게 응답할 때 값을 늘리고, 응답 없는 노드 때문에 오래 멈춰 있지 않으려면 줄입니다. 값은 30s, 1m처럼 단위를 붙여 씁니다.',
    en: 'Raise it when remote builders or distant nodes answer slowly, or lower it so an unresponsive node does not hold the command up. Write it with a unit, such as 30s or 1m.',
  },
};

/** Words shared by the `policy` subcommands. */
const policyNote = {
  ko: '빌드 정책은 Rego 언어로 쓴 파일로, 빌드가 가져오는 베이스 이미지·Git 저장소·URL 같은 소스를 허용할지 거부할지 정합니다.',
  en: 'A build policy is a file written in Rego that decides whether a build may use a source such as a base image, a Git repository or a URL.',
};

/** `--progress` of `build` and `bake`. */
const buildProgressFlag: FlagWords = {
  summary: {
    ko: '진행 상황 표시 방식(auto, plain, tty, quiet, rawjson), plain은 각 단계의 출력을 모두 보여 줌',
    en: 'How to show progress: auto, plain (all step output), tty, quiet or rawjson',
  },
  keywords: { ko: ['진행 상황', '빌드 출력', '로그 전체 보기', '출력 형식'], en: ['progress', 'plain output', 'build output', 'show run output', 'buildkit_progress'] },
  values: ['auto', 'quiet', 'plain', 'tty', 'rawjson'],
};

/** `--filter` of `history ls` and the cache commands take different keys; `--no-trunc` reads the same everywhere. */
const noTruncFlag: FlagWords = {
  summary: { ko: '긴 값을 줄이지 않고 전부 출력', en: 'Show full values instead of shortening long ones' },
  keywords: { ko: ['전체 출력', '자르지 않기', '전체 ID'], en: ['no-trunc', 'full output', 'full id', 'untruncated'] },
};

/** A build record reference, as the `history` subcommands take it. */
const recordRefNote = {
  ko: '기록은 `docker buildx history ls`에 나오는 빌드 ID로 지정하거나, `^1`(직전 빌드의 바로 앞), `^2`처럼 최근 순서로 지정하며, 생략하면 가장 최근 빌드를 대상으로 합니다.',
  en: 'A record is named by its build ID from `docker buildx history ls` or by an offset such as `^1` (the build before the latest) or `^2`; with none given, the latest build is used.',
};

export const buildxWords: WordsFile = {
  buildx: {
    summary: {
      ko: 'BuildKit으로 이미지를 빌드하고 빌더 인스턴스·빌드 캐시·빌드 기록을 관리하는 명령 모음',
      en: 'BuildKit builds plus builder instances, build cache, build records and registry tools',
    },
    keywords: {
      ko: ['빌드엑스', '빌더', '멀티 플랫폼 빌드', '빌드 캐시', 'BuildKit 빌드', '빌드 플러그인'],
      en: ['buildx', 'buildkit', 'builder', 'multi-platform build', 'build plugin', 'build cache'],
    },
    related: ['docker build', 'docker buildx build', 'docker buildx ls'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx bake': {
    summary: {
      ko: 'Bake 파일(HCL·JSON·Compose)에 정의한 여러 빌드 타깃을 한 번에 병렬로 빌드',
      en: 'Build several targets at once from a bake file (HCL, JSON or Compose)',
    },
    keywords: {
      ko: ['베이크', '빌드 파일', '여러 이미지 빌드', '병렬 빌드', '빌드 정의', '빌드 타깃'],
      en: ['bake', 'docker-bake.hcl', 'build file', 'build multiple images', 'parallel builds', 'hcl', 'build targets'],
    },
    details: {
      ko: '파일에 적힌 타깃(컨텍스트, Dockerfile, 태그, 플랫폼 등)을 읽어 현재 빌더에서 지정한 타깃들을 병렬로 빌드하며, 타깃 이름을 주지 않으면 `default` 그룹이나 타깃을 빌드합니다. `-f`가 없으면 현재 디렉터리에서 docker-bake.hcl, docker-bake.json, compose.yaml 같은 기본 파일을 찾아 발견한 것을 모두 합칩니다. `--set`, `--push`, `--load` 같은 명령줄 옵션은 파일 내용보다 우선해 해당하는 모든 타깃에 적용됩니다. 실제로 빌드하기 전에 `--print`로 최종 설정을 확인해 보면 실수를 줄일 수 있습니다.',
      en: 'Reads targets (context, Dockerfile, tags, platforms and so on) from a file and builds the ones you name in parallel on the current builder; with no names it builds the `default` group or target. Without `-f` it looks in the current directory for default files such as docker-bake.hcl, docker-bake.json and compose.yaml and merges all it finds. Flags like `--set`, `--push` and `--load` override the file for every matching target. Run it with `--print` first to see the resolved configuration without building anything.',
    },
    examples: [
      'docker buildx bake',
      'docker buildx bake -f docker-bake.hcl web db',
      'docker buildx bake --set "*.platform=linux/amd64,linux/arm64" --push',
      'docker buildx bake --print web',
    ],
    related: ['docker buildx build', 'docker compose build'],
    options: {
      '--allow': {
        summary: {
          ko: '작업 디렉터리 밖의 파일 접근(fs.read·fs.write)이나 network.host 같은 추가 권한을 허용',
          en: 'Grant extra rights: file access outside the directory (fs.read, fs.write), network.host and more',
        },
        keywords: { ko: ['권한 허용', '파일 접근 허용', '특권 허용'], en: ['entitlement', 'fs.read', 'fs.write', 'network.host', 'allow'] },
      },
      '--builder': builderFlag,
      '--call': {
        summary: {
          ko: '빌드 대신 각 타깃에 check·outline·targets 같은 프런트엔드 메서드를 실행(기본값 build)',
          en: 'Run a frontend method (check, outline, targets) for the targets instead of building',
        },
        keywords: { ko: ['검사', '빌드 인자 목록', '타깃 목록'], en: ['call', 'check', 'outline', 'targets'] },
      },
      '--check': {
        summary: {
          ko: '빌드하지 않고 타깃들의 Dockerfile 빌드 검사만 실행(--call=check와 같음)',
          en: 'Only run the Dockerfile build checks of the targets, without building (= --call=check)',
        },
        keywords: { ko: ['빌드 검사', '린트', 'Dockerfile 검사'], en: ['check', 'lint', 'build checks', 'validate dockerfile'] },
      },
      '--debug': debugFlag,
      '--file': {
        summary: {
          ko: '읽을 Bake 파일(HCL·JSON·Compose)을 지정, 여러 번 주면 합쳐서 사용',
          en: 'Bake file to read (HCL, JSON or Compose); repeat it to merge several files',
        },
        keywords: { ko: ['베이크 파일', '파일 지정', '설정 파일 병합'], en: ['bake file', 'docker-bake.hcl', 'compose file', 'override file'] },
        details: {
          ko: '파일을 여러 개 주면 순서대로 읽어 합치고, 뒤에 온 파일의 값이 앞의 값을 덮어씁니다. `-f`를 하나라도 주면 기본 파일 이름을 자동으로 찾지 않으므로 필요한 파일은 모두 적어야 합니다.',
          en: 'Several files are read in order and merged, later files overriding values from earlier ones. Once you pass any `-f`, the default file names are no longer picked up automatically, so list every file you need.',
        },
        examples: ['docker buildx bake -f docker-bake.hcl -f docker-bake.prod.hcl release'],
      },
      '--list': {
        summary: {
          ko: '빌드하지 않고 Bake 파일의 타깃이나 변수 목록을 출력(targets 또는 variables)',
          en: 'List the targets or the variables of the bake file instead of building',
        },
        keywords: { ko: ['타깃 목록', '변수 목록', '목록 보기'], en: ['list targets', 'list variables', 'show targets'] },
        examples: ['docker buildx bake --list targets'],
      },
      '--load': {
        summary: {
          ko: '빌드한 모든 타깃을 로컬 이미지 저장소로 불러옴(--set=*.output=type=docker와 같음)',
          en: 'Load every built target into the local image store (= --set=*.output=type=docker)',
        },
        keywords: { ko: ['로컬로 불러오기', '이미지 로드', '로컬 이미지'], en: ['load', 'local image store', 'docker images'] },
      },
      '--metadata-file': {
        summary: {
          ko: '타깃별 빌드 결과 메타데이터(이미지 다이제스트 등)를 JSON 파일로 저장',
          en: 'Write the result metadata of each target (digests and more) to a JSON file',
        },
        keywords: { ko: ['메타데이터', '다이제스트 저장', '결과 파일'], en: ['metadata', 'digest', 'json output', 'ci'] },
      },
      '--no-cache': {
        summary: { ko: '캐시를 쓰지 않고 모든 타깃을 처음부터 빌드', en: 'Build all targets from scratch without the cache' },
        keywords: { ko: ['캐시 없이', '새로 빌드', '캐시 무시'], en: ['no cache', 'rebuild', 'clean build'] },
      },
      '--policy': {
        summary: {
          ko: '모든 타깃의 빌드 정책 평가 방식을 정함(disabled, strict, log-level)',
          en: 'How build policies are evaluated for all targets: disabled, strict, log-level',
        },
        keywords: { ko: ['빌드 정책', '정책 끄기', '소스 정책', '정책 검사'], en: ['policy', 'build policy', 'rego', 'disable policy', 'strict'] },
        details: {
          ko: '`disabled=true`로 정책 검사를 끄고, `strict=true`로 더 엄격하게 평가하며, `log-level`로 정책이 남기는 로그의 수준을 고릅니다. 정책 파일 자체는 타깃마다 Dockerfile 옆의 `Dockerfile.rego` 같은 기본 파일에서 읽습니다.',
          en: '`disabled=true` turns policy checks off, `strict=true` makes evaluation stricter and `log-level` picks how much the policies log. The policy files themselves come from each target, by default a file such as `Dockerfile.rego` next to its Dockerfile.',
        },
        examples: ['docker buildx bake --policy disabled=true'],
      },
      '--print': {
        summary: {
          ko: '빌드하지 않고 최종적으로 적용될 빌드 설정을 JSON으로 출력',
          en: 'Print the resolved build configuration as JSON and exit without building',
        },
        keywords: { ko: ['설정 확인', '미리 보기', '설정 출력'], en: ['print', 'dry run', 'show config', 'resolved config'] },
        details: {
          ko: '여러 파일의 병합, 변수, `inherits` 상속, `--set` 덮어쓰기가 모두 반영된 결과를 보여 주므로 타깃 설정이 예상과 다를 때 원인을 찾기 좋습니다. 아무것도 빌드하거나 푸시하지 않습니다.',
          en: 'Shows the outcome after merging files, variables, `inherits` and `--set` overrides, which makes it the quickest way to find out why a target is not configured as expected. Nothing is built or pushed.',
        },
        examples: ['docker buildx bake --print', 'docker buildx bake -f docker-bake.hcl --set web.tags=registry.example.com/web:1.0 --print web'],
      },
      '--progress': buildProgressFlag,
      '--provenance': {
        summary: {
          ko: '모든 타깃의 출처(provenance) 증명 설정(--set=*.attest=type=provenance와 같음)',
          en: 'Provenance attestation for all targets (= --set=*.attest=type=provenance)',
        },
        keywords: { ko: ['출처 증명', '프로비넌스', '공급망'], en: ['provenance', 'attestation', 'slsa'] },
      },
      '--pull': {
        summary: { ko: '모든 타깃에서 베이스 이미지의 새 버전을 항상 확인해 받음', en: 'Always check for newer base images for every target' },
        keywords: { ko: ['베이스 이미지 갱신', '최신 이미지', '풀'], en: ['pull', 'update base image', 'latest base'] },
      },
      '--push': {
        summary: {
          ko: '빌드한 모든 타깃을 각자의 태그로 레지스트리에 푸시(--set=*.output=type=registry와 같음)',
          en: 'Push every target to the registry under its tags (= --set=*.output=type=registry)',
        },
        keywords: { ko: ['푸시', '레지스트리 업로드', '빌드 후 푸시'], en: ['push', 'registry', 'build and push'] },
      },
      '--sbom': {
        summary: {
          ko: '모든 타깃에 패키지 목록(SBOM) 증명을 첨부(--set=*.attest=type=sbom과 같음)',
          en: 'SBOM attestation for all targets (= --set=*.attest=type=sbom)',
        },
        keywords: { ko: ['SBOM', '패키지 목록', '소프트웨어 명세'], en: ['sbom', 'attestation', 'bill of materials'] },
      },
      '--set': {
        summary: {
          ko: '타깃 설정을 명령줄에서 덮어씀(타깃.키=값, 타깃 이름에 * 와일드카드 가능)',
          en: 'Override a target setting from the command line: target.key=value, wildcards allowed',
        },
        keywords: { ko: ['설정 덮어쓰기', '타깃 설정', '빌드 인자 변경'], en: ['set', 'override', 'targetpattern.key=value', 'wildcard'] },
        details: {
          ko: '`web.args.VERSION=1.2`, `web.platform=linux/arm64`, `*.tags=...`처럼 타깃 이름(패턴)과 키를 점으로 이어 씁니다. 바꿀 수 있는 키에는 args, tags, platform, cache-from, cache-to, output, no-cache 등이 있고, 목록 값에는 `+=`로 덧붙일 수 있습니다. 셸이 `*`를 파일 이름으로 펼치지 않도록 와일드카드가 든 값은 따옴표로 감싸세요.',
          en: 'Joins a target name (or pattern) and a key with dots, as in `web.args.VERSION=1.2`, `web.platform=linux/arm64` or `*.tags=...`. Keys you can set include args, tags, platform, cache-from, cache-to, output and no-cache, and `+=` appends to list values. Quote values containing `*` so the shell does not expand them as file names.',
        },
        examples: [
          'docker buildx bake --set web.args.VERSION=1.2 web',
          'docker buildx bake --set "*.platform=linux/amd64,linux/arm64" --push',
        ],
      },
      '--var': {
        summary: {
          ko: 'Bake 파일의 변수(variable) 값을 명령줄에서 지정(이름=값, 여러 번 가능)',
          en: 'Set a variable of the bake file from the command line (name=value, repeatable)',
        },
        keywords: { ko: ['변수 지정', '변수 값', '베이크 변수'], en: ['var', 'variable', 'set variable', 'hcl variable'] },
        details: {
          ko: '파일에 `variable` 블록으로 선언한 값을 환경 변수를 거치지 않고 바로 바꿉니다. `--set`이 타깃의 설정을 덮어쓰는 것과 달리, 이 값은 그 변수를 쓰는 모든 곳에 반영됩니다.',
          en: 'Changes a value declared in a `variable` block directly, without going through an environment variable. Where `--set` overrides a target setting, this value reaches every place that uses the variable.',
        },
        examples: ['docker buildx bake --var TAG=1.2 web'],
      },
    },
  },

  'buildx build': {
    summary: {
      ko: 'BuildKit 빌더에서 Dockerfile을 빌드해 이미지나 파일 같은 결과물을 만듦',
      en: 'Build an image, or other output, from a Dockerfile on a BuildKit builder',
    },
    keywords: {
      ko: ['빌드', '이미지 빌드', '멀티 플랫폼', '멀티 아키텍처', '빌드 캐시', '빌드 후 푸시', 'arm64 빌드'],
      en: ['buildx build', 'build image', 'multi-platform', 'multi-arch', 'arm64', 'buildkit', 'build and push', 'cache export'],
    },
    details: {
      ko: '빌드 컨텍스트를 현재 빌더로 보내고 그 안에서 BuildKit이 Dockerfile을 실행합니다. Docker 23부터 `docker build`도 같은 명령으로 동작합니다. 결과가 어디에 남는지는 빌더의 드라이버에 따라 다른데, 기본 `docker` 드라이버는 이미지를 로컬 이미지 저장소에 바로 넣지만 `docker-container` 같은 드라이버의 빌더에서는 `--load`로 로컬 이미지 저장소에 불러오거나 `--push`로 레지스트리에 올리지 않으면 결과가 빌드 캐시에만 남습니다. `--platform linux/amd64,linux/arm64` 같은 멀티 플랫폼 빌드는 기존(classic) 이미지 저장소에 `--load`할 수 없으니 레지스트리에 푸시하거나 containerd 이미지 저장소를 켜세요. 빌드 캐시는 빌더에 남아 다음 빌드에서 다시 쓰이며, 용량은 `docker buildx du`로 확인합니다.',
      en: 'Sends the build context to the current builder, where BuildKit runs the Dockerfile; since Docker 23 `docker build` is this same command. Where the result goes depends on the builder\'s driver: the default `docker` driver puts the image straight into the local image store, but on a `docker-container` (or kubernetes, remote) builder the result stays in the build cache unless you `--load` it into the local image store or `--push` it to a registry. A multi-platform build such as `--platform linux/amd64,linux/arm64` cannot be `--load`ed into the classic image store; push it, or switch Docker to the containerd image store. The build cache stays on the builder for the next build; `docker buildx du` shows its size.',
    },
    examples: [
      'docker buildx build -t web:1.0 --load .',
      'docker buildx build --platform linux/amd64,linux/arm64 -t registry.example.com/web:1.0 --push .',
      'docker buildx build --cache-from type=registry,ref=registry.example.com/web:cache --cache-to type=registry,ref=registry.example.com/web:cache,mode=max -t registry.example.com/web:1.0 --push .',
      'docker buildx build --target test --progress plain .',
    ],
    related: ['docker build', 'docker buildx bake', 'docker buildx create', 'docker buildx use', 'docker buildx du', 'docker push'],
    options: {
      '--add-host': {
        summary: {
          ko: 'RUN 단계의 /etc/hosts에 호스트 이름과 IP의 짝(host:ip)을 넣음',
          en: 'Map a hostname to an IP (host:ip) in /etc/hosts of the RUN steps',
        },
        keywords: { ko: ['호스트 매핑', 'hosts 파일', '빌드 중 호스트 이름'], en: ['add host', 'etc hosts', 'host-gateway', 'hostname mapping'] },
      },
      '--allow': {
        summary: {
          ko: '빌드에 network.host, security.insecure 같은 추가 특권(entitlement)을 허용',
          en: 'Grant the build an extra privileged entitlement, such as network.host or security.insecure',
        },
        keywords: { ko: ['특권 허용', '권한 허용', '호스트 네트워크'], en: ['entitlement', 'network.host', 'security.insecure', 'privileged build'] },
        details: {
          ko: 'Dockerfile에서 `RUN --network=host`나 `RUN --security=insecure`처럼 특권이 필요한 단계를 쓸 때 필요합니다. 빌더 쪽도 이를 허용해야 하므로 보통 `docker buildx create --buildkitd-flags \'--allow-insecure-entitlement security.insecure\'`로 만든 빌더와 함께 씁니다.',
          en: 'Needed when the Dockerfile has steps such as `RUN --network=host` or `RUN --security=insecure`. The builder has to permit it too, so it is usually paired with a builder created with `docker buildx create --buildkitd-flags \'--allow-insecure-entitlement security.insecure\'`.',
        },
      },
      '--annotation': {
        summary: {
          ko: '이미지 매니페스트나 인덱스에 OCI 어노테이션(key=value)을 추가',
          en: 'Add an OCI annotation (key=value) to the image manifest or index',
        },
        keywords: { ko: ['어노테이션', '이미지 주석', '메타데이터'], en: ['annotation', 'oci annotation', 'image metadata', 'index annotation'] },
      },
      '--attest': {
        summary: {
          ko: '빌드 결과에 SBOM이나 출처(provenance) 증명을 첨부(예: type=sbom)',
          en: 'Attach an attestation to the result, e.g. type=sbom or type=provenance,mode=max',
        },
        keywords: { ko: ['증명', '어테스테이션', 'SBOM', '출처 증명'], en: ['attestation', 'attest', 'sbom', 'provenance', 'supply chain'] },
      },
      '--build-arg': {
        summary: {
          ko: 'Dockerfile의 ARG 변수에 빌드할 때 쓸 값(KEY=VALUE)을 넘김, 변수마다 반복',
          en: 'Give an ARG of the Dockerfile a value for this build (KEY=VALUE; repeat per variable)',
        },
        keywords: { ko: ['빌드 인자', '빌드 변수', 'ARG 값'], en: ['build-arg', 'build arg', 'arg', 'build-time variable'] },
        details: {
          ko: 'Dockerfile에서 ARG로 선언한 이름에만 적용되며, `KEY`만 쓰면 현재 셸의 같은 이름 환경 변수 값을 넘깁니다. 넘긴 값은 이미지 기록이나 출처 증명에 남을 수 있으므로 토큰이나 비밀번호는 `--secret`으로 전달하세요.',
          en: 'Applies only to names the Dockerfile declares with ARG; a bare `KEY` passes the value of that variable from your shell. Values can end up in the image history or the provenance attestation, so pass tokens and passwords with `--secret` instead.',
        },
        examples: ['docker buildx build --build-arg NODE_VERSION=22 --build-arg HTTP_PROXY -t web:1.0 .'],
      },
      '--build-context': {
        summary: {
          ko: '이름 붙인 추가 빌드 컨텍스트(name=경로·이미지·URL)를 FROM이나 COPY --from에서 쓰게 함',
          en: 'Add a named extra context (name=path, image or URL) for FROM and COPY --from',
        },
        keywords: { ko: ['추가 컨텍스트', '이름 있는 컨텍스트', '다른 폴더 복사'], en: ['build context', 'named context', 'additional context', 'copy --from'] },
      },
      '--builder': {
        ...builderFlag,
        details: {
          ko: '평소에는 `docker buildx use`로 고른 빌더(없으면 현재 컨텍스트의 default 빌더)에서 빌드하는데, 이 옵션은 이번 한 번만 다른 빌더를 씁니다. `BUILDX_BUILDER` 환경 변수도 같은 역할을 합니다. 결과가 로컬 이미지 저장소에 남는지는 그 빌더의 드라이버에 달려 있습니다.',
          en: 'Builds normally run on the builder chosen with `docker buildx use` (or the current context\'s default builder); this flag picks another one for this command only. The `BUILDX_BUILDER` environment variable does the same. Whether the result lands in the local image store depends on that builder\'s driver.',
        },
        examples: ['docker buildx build --builder multiarch --platform linux/amd64,linux/arm64 -t registry.example.com/web:1.0 --push .'],
      },
      '--cache-from': {
        summary: {
          ko: '레지스트리·로컬 디렉터리·CI 캐시 등 외부에 내보낸 빌드 캐시를 가져와 재사용',
          en: 'Reuse build cache stored outside the builder: a registry ref, a local dir or a CI cache',
        },
        keywords: { ko: ['캐시 가져오기', '외부 캐시', '레지스트리 캐시', 'CI 캐시'], en: ['cache-from', 'registry cache', 'import cache', 'ci cache', 'gha cache'] },
        details: {
          ko: '`type=registry,ref=...`, `type=local,src=...`, `type=gha`, `type=s3` 형식을 쓰고, 이름만 주면 레지스트리 캐시로 봅니다. 가져올 캐시는 미리 `--cache-to`(또는 inline 캐시)로 내보내 두어야 합니다. 매번 새 러너에서 도는 CI처럼 로컬 캐시가 없는 곳에서 효과가 큽니다.',
          en: 'Takes `type=registry,ref=...`, `type=local,src=...`, `type=gha` or `type=s3`; a bare name is read as a registry cache. The cache must have been exported earlier with `--cache-to` (or as inline cache). It pays off most in CI, where every run starts on a fresh machine with no local cache.',
        },
        examples: ['docker buildx build --cache-from type=registry,ref=registry.example.com/web:cache -t web:1.0 --load .'],
      },
      '--cache-to': {
        summary: {
          ko: '빌드 캐시를 레지스트리·로컬 디렉터리·CI 캐시로 내보냄(mode=max면 모든 단계 포함)',
          en: 'Export the build cache to a registry, local dir or CI cache (mode=max: every stage)',
        },
        keywords: { ko: ['캐시 내보내기', '레지스트리 캐시', '캐시 저장', 'CI 캐시'], en: ['cache-to', 'export cache', 'registry cache', 'mode=max', 'gha cache'] },
        details: {
          ko: '`type=registry,ref=...`, `type=local,dest=...`, `type=inline`, `type=gha`, `type=s3`를 씁니다. 기본 `mode=min`은 최종 스테이지에 들어간 레이어만 내보내고, `mode=max`는 중간 스테이지까지 모두 내보내므로 멀티 스테이지 빌드의 캐시를 살리려면 max가 낫습니다. 기본 `docker` 드라이버는 레지스트리 캐시를 내보내지 못하니 `docker-container` 빌더를 만들어 쓰세요.',
          en: 'Takes `type=registry,ref=...`, `type=local,dest=...`, `type=inline`, `type=gha` or `type=s3`. The default `mode=min` exports only the layers of the final stage, while `mode=max` also exports the intermediate stages, which is what keeps multi-stage builds fast. The plain `docker` driver cannot export a registry cache; create a `docker-container` builder for that.',
        },
        examples: [
          'docker buildx build --cache-to type=registry,ref=registry.example.com/web:cache,mode=max --cache-from type=registry,ref=registry.example.com/web:cache -t registry.example.com/web:1.0 --push .',
          'docker buildx build --cache-to type=local,dest=/tmp/buildcache --cache-from type=local,src=/tmp/buildcache .',
        ],
      },
      '--call': {
        summary: {
          ko: '일반 빌드 대신 check·outline·targets 같은 프런트엔드 메서드를 실행(기본값 build)',
          en: 'Run a frontend method instead of a normal build: check, outline or targets (default build)',
        },
        keywords: { ko: ['빌드 검사', '타깃 목록', '빌드 인자 목록', '스테이지 목록'], en: ['call', 'check', 'outline', 'targets', 'list stages'] },
        details: {
          ko: '`check`는 빌드하지 않고 Dockerfile 빌드 검사만 하고, `outline`은 대상 스테이지가 받는 빌드 인자와 기본값을, `targets`는 빌드할 수 있는 스테이지 목록을 보여 줍니다. 이 경우 이미지는 만들어지지도 내보내지지도 않습니다.',
          en: '`check` runs the Dockerfile build checks without building, `outline` lists the build arguments the target stage accepts with their defaults, and `targets` lists the stages you can build. In these modes no image is built or exported.',
        },
        examples: ['docker buildx build --call targets .', 'docker buildx build --call outline --target release .'],
      },
      '--cgroup-parent': {
        summary: { ko: 'RUN 단계 컨테이너가 속할 상위 cgroup을 지정', en: 'Put the containers of the RUN steps under this parent cgroup' },
        keywords: { ko: ['상위 cgroup', '컨트롤 그룹', '자원 그룹'], en: ['cgroup parent', 'control group', 'resource group'] },
      },
      '--check': {
        summary: {
          ko: '빌드하지 않고 Dockerfile 빌드 검사만 돌려 경고를 보고(--call=check와 같음)',
          en: 'Only run the Dockerfile build checks and report warnings, without building (= --call=check)',
        },
        keywords: { ko: ['빌드 검사', 'Dockerfile 검사', '린트', '문법 점검'], en: ['check', 'lint', 'build checks', 'validate dockerfile'] },
        details: {
          ko: '스테이지 이름의 대소문자 불일치나 예전 문법처럼 흔한 실수를 찾아 줄 번호와 함께 알려 줍니다. `--target`이 없으면 Dockerfile 전체를, 있으면 그 스테이지에 관련된 부분만 검사하며 아무것도 빌드하지 않습니다.',
          en: 'Points out common mistakes, such as inconsistent casing in stage names or outdated syntax, with the line they are on. Without `--target` the whole Dockerfile is checked, with it only what that stage uses; nothing is built.',
        },
        examples: ['docker buildx build --check .', 'docker build --check -f Dockerfile.prod .'],
      },
      '--debug': debugFlag,
      '--file': {
        summary: {
          ko: '쓸 Dockerfile의 경로(기본은 컨텍스트 맨 위의 Dockerfile, -면 표준 입력)',
          en: 'Dockerfile to use instead of Dockerfile at the top of the context; - reads stdin',
        },
        keywords: { ko: ['Dockerfile 경로', '도커파일 지정', '다른 Dockerfile'], en: ['dockerfile', 'dockerfile path', 'custom dockerfile', 'file'] },
        details: {
          ko: '경로는 명령을 실행한 현재 디렉터리 기준이며, 파일이 컨텍스트 밖에 있어도 됩니다. 같은 위치에 `Dockerfile.prod.dockerignore`처럼 그 파일 전용 .dockerignore가 있으면 컨텍스트의 .dockerignore 대신 그것을 씁니다.',
          en: 'The path is relative to the directory you run the command in and may lie outside the context. A `.dockerignore` named after that file (such as `Dockerfile.prod.dockerignore`) next to it takes the place of the context\'s .dockerignore.',
        },
        examples: ['docker buildx build -f docker/Dockerfile.prod -t web:prod --load .'],
      },
      '--iidfile': {
        summary: { ko: '완성된 이미지의 ID를 지정한 파일에 기록', en: 'Write the ID of the resulting image to a file' },
        keywords: { ko: ['이미지 ID', 'ID 파일', '스크립트'], en: ['image id', 'id file', 'scripting'] },
      },
      '--label': {
        summary: { ko: '이미지에 메타데이터 레이블(key=value)을 붙임', en: 'Add a metadata label (key=value) to the image' },
        keywords: { ko: ['레이블', '라벨', '메타데이터'], en: ['label', 'metadata', 'oci labels'] },
      },
      '--load': {
        summary: {
          ko: '빌드 결과를 로컬 이미지 저장소로 불러와 docker images·docker run에서 쓸 수 있게 함',
          en: 'Load the result into the local image store so docker images and docker run see it',
        },
        keywords: { ko: ['로컬로 불러오기', '이미지 로드', '로컬 이미지', '이미지 안 보임'], en: ['load', 'local image store', 'docker images', 'image not found', 'type=docker'] },
        details: {
          ko: '`--output type=docker`의 줄임입니다. `docker-container`, kubernetes, remote 드라이버의 빌더에서는 이 옵션(또는 `--push`)이 없으면 결과가 빌드 캐시에만 남아 `docker images`에 보이지 않으며, 기본 `docker` 드라이버에서는 원래 그렇게 동작하므로 필요 없습니다. 기존(classic) 이미지 저장소에는 한 플랫폼짜리 결과만 불러올 수 있어, 멀티 플랫폼 빌드는 푸시하거나 containerd 이미지 저장소를 써야 합니다.',
          en: 'Shorthand for `--output type=docker`. On a `docker-container`, kubernetes or remote builder the result otherwise stays in the build cache and never shows up in `docker images` (unless you `--push` it); with the default `docker` driver this already happens without the flag. The classic image store accepts only a single-platform result, so push multi-platform builds or use the containerd image store.',
        },
        examples: ['docker buildx build --builder multiarch --platform linux/arm64 -t web:arm64 --load .'],
      },
      '--metadata-file': {
        summary: {
          ko: '빌드 결과 메타데이터(이미지 다이제스트 등)를 JSON 파일로 저장',
          en: 'Write the build result metadata (image digest and more) to a JSON file',
        },
        keywords: { ko: ['메타데이터', '다이제스트 저장', '결과 파일'], en: ['metadata', 'digest', 'json output', 'ci'] },
      },
      '--network': {
        summary: {
          ko: 'RUN 단계가 쓸 네트워크 모드(default, none, host)',
          en: 'Network mode of the RUN steps: default, none or host',
        },
        keywords: { ko: ['빌드 네트워크', '네트워크 차단', '호스트 네트워크'], en: ['network', 'offline build', 'host network', 'no network'] },
        values: ['default', 'none', 'host'],
      },
      '--no-cache': {
        summary: { ko: '기존 캐시를 무시하고 모든 단계를 다시 실행', en: 'Run every step again, ignoring the existing cache' },
        keywords: { ko: ['캐시 없이', '새로 빌드', '캐시 무시'], en: ['no cache', 'rebuild', 'clean build', 'fresh build'] },
      },
      '--no-cache-filter': {
        summary: {
          ko: '지정한 스테이지만 캐시 없이 다시 빌드(스테이지 이름, 쉼표로 여러 개)',
          en: 'Rebuild only the named stages without cache (stage names, comma-separated)',
        },
        keywords: { ko: ['스테이지 캐시 무시', '일부만 새로 빌드', '캐시 제외'], en: ['no-cache-filter', 'stage cache', 'partial rebuild'] },
      },
      '--output': {
        summary: {
          ko: '빌드 결과를 내보낼 곳을 지정(디렉터리·tar·OCI 레이아웃·이미지 저장소·레지스트리)',
          en: 'Where to export the result: a directory, a tar, an OCI layout, the image store or a registry',
        },
        keywords: { ko: ['결과 내보내기', '파일로 추출', '빌드 산출물', '출력 위치'], en: ['output', 'export', 'type=local', 'artifacts', 'tar', 'oci'] },
        details: {
          ko: '경로만 주면 `type=local,dest=경로`로 보고 최종 스테이지의 파일을 그 디렉터리에 그대로 씁니다. `-`는 tar를 표준 출력으로 내보내고, `type=docker`는 `--load`, `type=registry`는 `--push`와 같으며, `type=oci,dest=web.tar`처럼 OCI 아카이브로도 저장할 수 있습니다. 컴파일한 바이너리만 꺼내고 싶을 때 `FROM scratch` 스테이지와 함께 쓰면 편합니다.',
          en: 'A bare path means `type=local,dest=path`: the files of the final stage are written into that directory. `-` writes a tar to standard output, `type=docker` equals `--load`, `type=registry` equals `--push`, and `type=oci,dest=web.tar` saves an OCI archive. Paired with a `FROM scratch` stage it is a neat way to get only a compiled binary out of a build.',
        },
        examples: ['docker buildx build --target export -o ./dist .', 'docker buildx build -o type=oci,dest=web.tar -t web:1.0 .'],
      },
      '--platform': {
        summary: {
          ko: '빌드할 대상 플랫폼(예: linux/arm64, 여러 개면 쉼표로 linux/amd64,linux/arm64)',
          en: 'Target platform(s) to build for, e.g. linux/arm64 or linux/amd64,linux/arm64',
        },
        keywords: { ko: ['플랫폼', '멀티 플랫폼', '아키텍처', 'arm64 빌드', '크로스 빌드'], en: ['platform', 'multi-platform', 'multi-arch', 'arm64', 'amd64', 'cross build'] },
        details: {
          ko: '지정하지 않으면 빌드를 실행하는 빌더 노드의 플랫폼으로 빌드합니다. 여러 플랫폼을 주면 하나의 멀티 플랫폼 이미지(이미지 인덱스)가 되며, 빌더가 그 플랫폼을 지원해야 합니다(`docker buildx inspect --bootstrap`으로 확인). 다른 아키텍처의 RUN 단계는 QEMU 에뮬레이션으로 돌아 느리므로 Dockerfile에서 `BUILDPLATFORM`/`TARGETPLATFORM` 인자로 크로스 컴파일하는 편이 빠릅니다. 멀티 플랫폼 결과는 기존 이미지 저장소에 `--load`할 수 없으니 `--push`하세요.',
          en: 'Without it the build targets the platform of the builder node that runs it. Several platforms produce one multi-platform image (an image index), and the builder must support each of them (check with `docker buildx inspect --bootstrap`). RUN steps for a foreign architecture run under QEMU emulation and are slow; cross-compiling with the `BUILDPLATFORM` and `TARGETPLATFORM` arguments in the Dockerfile is faster. A multi-platform result cannot be `--load`ed into the classic image store, so `--push` it.',
        },
        examples: [
          'docker buildx build --platform linux/amd64,linux/arm64 -t registry.example.com/web:1.0 --push .',
          'docker buildx build --platform linux/arm64 -t web:arm64 --load .',
        ],
      },
      '--policy': {
        summary: {
          ko: '빌드 정책 설정: 쓸 정책 파일(filename=), 기본 정책 무시(reset), 끄기(disabled), strict, log-level',
          en: 'Build policy settings: policy files (filename=), reset, disabled, strict, log-level',
        },
        keywords: { ko: ['빌드 정책', '정책 파일', '소스 정책', '정책 끄기', '허용 이미지'], en: ['policy', 'build policy', 'rego', 'source policy', 'allowed images'] },
        details: {
          ko: policyNote.ko + ' Dockerfile 옆에 `Dockerfile.rego`(Dockerfile 이름에 .rego를 붙인 파일)가 있으면 따로 지정하지 않아도 적용됩니다. `filename=`으로 정책 파일을 더하고, `reset=true`로 기본 정책 파일을 빼고, `disabled=true`로 정책 검사를 끕니다.',
          en: policyNote.en + ' A `Dockerfile.rego` next to the Dockerfile (its name plus .rego) applies without being named. `filename=` adds policy files, `reset=true` leaves out the default one and `disabled=true` switches policy checks off.',
        },
        examples: ['docker buildx build --policy filename=policies/base-images.rego -t web:1.0 .'],
      },
      '--progress': {
        ...buildProgressFlag,
        details: {
          ko: '기본값 auto는 터미널이면 tty, 아니면 plain을 씁니다. tty 화면에서는 끝난 단계의 출력이 접혀 보이지 않으므로 RUN 명령의 출력을 끝까지 보려면 plain을 쓰세요. `BUILDKIT_PROGRESS` 환경 변수로도 정할 수 있습니다.',
          en: 'The default, auto, uses tty on a terminal and plain otherwise. The tty view folds away the output of finished steps, so use plain when you need to read what a RUN command printed. The `BUILDKIT_PROGRESS` environment variable sets the same thing.',
        },
        examples: ['docker buildx build --progress plain --no-cache .'],
      },
      '--provenance': {
        summary: {
          ko: '빌드 출처(provenance) 증명 설정, mode=max로 자세히 남기거나 false로 끔',
          en: 'Provenance attestation of the build: mode=min (default), mode=max, or false to turn it off',
        },
        keywords: { ko: ['출처 증명', '프로비넌스', '공급망 보안', '증명 끄기'], en: ['provenance', 'attestation', 'slsa', 'supply chain', 'unknown/unknown'] },
        details: {
          ko: '`--attest type=provenance`의 줄임으로, 기본적으로 최소한의 출처 증명이 붙습니다. `mode=max`는 빌드 인자 값까지 더 자세히 기록하므로 빌드 인자에 비밀 값을 넣지 마세요. 기존 이미지 저장소는 증명을 보관하지 못해 레지스트리로 바로 푸시할 때만 남고, 일부 도구는 증명을 `unknown/unknown` 플랫폼 항목으로 보여 주는데 이것이 싫으면 `false`로 끕니다.',
          en: 'Shorthand for `--attest type=provenance`; a minimal provenance attestation is attached by default. `mode=max` records more, including build argument values, so keep secrets out of build args. The classic image store cannot hold attestations, so they survive only when pushing straight to a registry; some tools list them as an `unknown/unknown` platform entry, and `false` turns them off.',
        },
        examples: [
          'docker buildx build --provenance mode=max --sbom true -t registry.example.com/web:1.0 --push .',
          'docker buildx build --provenance false -t registry.example.com/web:1.0 --push .',
        ],
      },
      '--pull': {
        summary: { ko: '베이스 이미지의 새 버전이 있는지 항상 확인해 받음', en: 'Always check for and pull newer versions of the base images' },
        keywords: { ko: ['베이스 이미지 갱신', '최신 이미지', '풀'], en: ['pull', 'update base image', 'latest base', 'refresh'] },
      },
      '--push': {
        summary: {
          ko: '빌드 결과를 --tag로 준 이름으로 레지스트리에 바로 푸시(--output type=registry와 같음)',
          en: 'Push the result to the registry under its --tag names (= --output type=registry)',
        },
        keywords: { ko: ['푸시', '빌드 후 푸시', '레지스트리 업로드'], en: ['push', 'build and push', 'registry', 'type=registry'] },
        details: {
          ko: '`-t`에 레지스트리와 저장소가 들어간 이름(예: registry.example.com/web:1.0)이 필요하고, 미리 `docker login`으로 로그인해 두어야 합니다. 멀티 플랫폼 결과는 하나의 이미지 인덱스로 올라갑니다. `docker-container` 빌더에서는 푸시만 하면 로컬 `docker images`에는 남지 않습니다.',
          en: 'Needs a `-t` name that includes the registry and repository (for example registry.example.com/web:1.0) and a prior `docker login`. A multi-platform result is pushed as one image index. On a `docker-container` builder, pushing alone leaves nothing in the local `docker images`.',
        },
        examples: ['docker buildx build -t registry.example.com/web:1.0 --push .'],
      },
      '--quiet': {
        summary: { ko: '빌드 출력을 숨기고 끝나면 이미지 ID만 출력', en: 'Hide the build output and print only the image ID at the end' },
        keywords: { ko: ['조용히', '출력 숨기기', '이미지 ID만'], en: ['quiet', 'silent', 'image id only'] },
      },
      '--resource': {
        summary: {
          ko: 'RUN 단계 컨테이너의 CPU·메모리 한도(예: memory=2g, cpu-quota=50000, 여러 번 가능)',
          en: 'CPU and memory limits for the containers of RUN steps, e.g. memory=2g (repeatable)',
        },
        keywords: { ko: ['메모리 제한', 'CPU 제한', '자원 제한', '빌드 메모리'], en: ['resource', 'memory limit', 'cpu limit', 'cpu-quota', 'memory'] },
        details: {
          ko: '키로 memory, memory-swap, cpu-shares, cpu-period, cpu-quota, cpuset-cpus, cpuset-mems를 씁니다. 한도는 빌드 전체가 아니라 단계 하나하나에 따로 걸리므로 병렬로 도는 단계들의 합은 더 커질 수 있고, 캐시 키에는 영향이 없습니다. Linux에서 이 기능을 지원하는 BuildKit이어야 동작합니다.',
          en: 'Keys are memory, memory-swap, cpu-shares, cpu-period, cpu-quota, cpuset-cpus and cpuset-mems. Limits apply to each step on its own, not to the build as a whole, so steps running in parallel can use more in total, and they do not change the cache key. It needs a BuildKit that supports it, on Linux.',
        },
        examples: ['docker buildx build --resource memory=2g --resource cpu-quota=50000 -t web:1.0 .'],
      },
      '--sbom': {
        summary: {
          ko: '이미지에 든 패키지 목록(SBOM) 증명을 첨부, true·false나 생성기 옵션을 줌',
          en: 'Attach an SBOM (the packages in the image): true, false or generator options',
        },
        keywords: { ko: ['SBOM', '패키지 목록', '소프트웨어 명세', '취약점 점검'], en: ['sbom', 'software bill of materials', 'attestation', 'package list'] },
        details: {
          ko: '`--attest type=sbom`의 줄임으로, 완성된 이미지를 훑어 패키지 목록을 만들고 증명으로 붙입니다. 출처 증명과 마찬가지로 기존 이미지 저장소에는 보관되지 않으므로 레지스트리로 푸시하거나 containerd 이미지 저장소를 써야 남습니다.',
          en: 'Shorthand for `--attest type=sbom`: the finished image is scanned and the package list is attached as an attestation. Like provenance, the classic image store cannot keep it, so it survives only when pushed to a registry or stored in the containerd image store.',
        },
        examples: ['docker buildx build --sbom true -t registry.example.com/web:1.0 --push .'],
      },
      '--secret': {
        summary: {
          ko: '파일이나 환경 변수의 비밀 값(id=…,src=… 또는 env=…)을 RUN --mount=type=secret 단계에만 잠시 제공',
          en: 'Lend a secret from a file or env var (id=…,src=… or env=…) to RUN --mount=type=secret steps',
        },
        keywords: { ko: ['빌드 시크릿', '비밀 값', '토큰 전달', '인증 정보'], en: ['secret', 'build secret', 'token', 'npmrc', 'credentials', 'mount=type=secret'] },
        details: {
          ko: '비밀 값은 그것을 요청한 RUN 단계에만(`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`) 마운트되고, 기본 위치는 `/run/secrets/<id>`이며 이미지 레이어나 기록에는 저장되지 않습니다. `src`를 생략하면 id와 같은 이름을, `type`을 생략하면 id와 같은 이름의 환경 변수가 있을 때 그것을, 없으면 파일을 씁니다. 토큰을 `--build-arg`로 넘기는 대신 이 방법을 쓰세요.',
          en: 'The secret is mounted only into RUN steps that ask for it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`), at `/run/secrets/<id>` by default, and is never stored in an image layer or the history. Without `src` the id doubles as the source; without `type` an environment variable named like the id is used if set, a file otherwise. Use this instead of passing tokens with `--build-arg`.',
        },
        examples: [
          'docker buildx build --secret id=npmrc,src=$HOME/.npmrc -t web:1.0 .',
          'docker buildx build --secret id=GITHUB_TOKEN,env=GITHUB_TOKEN -t web:1.0 .',
        ],
      },
      '--shm-size': {
        summary: { ko: 'RUN 단계의 공유 메모리(/dev/shm) 크기(예: 512m)', en: 'Size of shared memory (/dev/shm) for the RUN steps, e.g. 512m' },
        keywords: { ko: ['공유 메모리', 'shm 크기', '메모리'], en: ['shm', 'shared memory', 'dev shm'] },
      },
      '--ssh': {
        summary: {
          ko: 'SSH 에이전트나 키를 RUN --mount=type=ssh 단계에 전달(보통 default)',
          en: 'Forward your SSH agent or keys to RUN --mount=type=ssh steps (usually default)',
        },
        keywords: { ko: ['SSH 전달', 'SSH 에이전트', '비공개 저장소', '깃 클론'], en: ['ssh', 'ssh agent', 'private repo', 'git clone', 'mount=type=ssh'] },
        details: {
          ko: '빌드 중에 비공개 Git 저장소를 받아야 할 때 키를 이미지에 복사하지 않고 쓸 수 있습니다. `default`는 현재 SSH 에이전트(`SSH_AUTH_SOCK`)를 넘기고, `id=키파일경로`처럼 키 파일을 직접 줄 수도 있습니다. 해당 단계는 `RUN --mount=type=ssh`로 요청해야 하고, 호스트 키 확인을 위해 known_hosts도 준비해야 합니다.',
          en: 'Lets a build fetch private Git repositories without copying a key into the image. `default` forwards your running SSH agent (`SSH_AUTH_SOCK`); `id=path/to/key` hands over a key file instead. The step must request it with `RUN --mount=type=ssh`, and it still needs a known_hosts entry for the server.',
        },
        examples: ['docker buildx build --ssh default -t web:1.0 .', 'docker buildx build --ssh github=$HOME/.ssh/id_ed25519 .'],
      },
      '--tag': {
        summary: {
          ko: '결과 이미지에 이름(name:tag)을 붙임, 여러 번 주면 이름도 여러 개',
          en: 'Name the resulting image (name:tag); repeat to give it several names',
        },
        keywords: { ko: ['태그', '이미지 이름', '버전 태그'], en: ['tag', 'image name', 'name:tag', 'version tag'] },
        details: {
          ko: '태그 부분을 빼면 `latest`가 붙습니다. 푸시하려면 이름에 레지스트리나 계정이 들어가야 합니다(예: registry.example.com/web:1.0, myuser/web:1.0). `docker-container` 빌더에서는 이름만 붙여서는 로컬에 이미지가 생기지 않으니 `--load`나 `--push`를 함께 주세요.',
          en: 'Leaving out the tag part means `latest`. To push, the name must include the registry or account (registry.example.com/web:1.0, myuser/web:1.0). On a `docker-container` builder a name alone creates no local image; add `--load` or `--push`.',
        },
        examples: ['docker buildx build -t web:1.0 -t web:latest --load .'],
      },
      '--target': {
        summary: {
          ko: '멀티 스테이지 Dockerfile에서 지정한 스테이지까지만 빌드',
          en: 'Build only up to the named stage of a multi-stage Dockerfile',
        },
        keywords: { ko: ['타깃 스테이지', '스테이지 지정', '멀티 스테이지', '중간 단계'], en: ['target', 'stage', 'multi-stage', 'build stage'] },
        details: {
          ko: '지정한 스테이지가 최종 결과가 되고, 그 스테이지에 필요 없는 스테이지는 BuildKit이 아예 건너뜁니다. 테스트나 개발용 스테이지를 따로 빌드할 때 주로 씁니다. 스테이지 이름은 `docker buildx build --call targets .`로 확인할 수 있습니다.',
          en: 'The named stage becomes the result, and BuildKit skips every stage it does not depend on. It is mostly used to build a test or development stage on its own. `docker buildx build --call targets .` lists the stage names.',
        },
        examples: ['docker buildx build --target test .', 'docker buildx build --target dev -t web:dev --load .'],
      },
      '--ulimit': {
        summary: { ko: 'RUN 단계의 자원 한도(ulimit)를 지정(예: nofile=1024:2048)', en: 'Resource limits (ulimit) for the RUN steps, e.g. nofile=1024:2048' },
        keywords: { ko: ['자원 한도', '파일 개수 제한', 'ulimit'], en: ['ulimit', 'nofile', 'resource limit'] },
      },
    },
  },

  'buildx create': {
    summary: {
      ko: '새 빌더 인스턴스를 만듦(기본은 현재 Docker 위에서 도는 BuildKit 컨테이너)',
      en: 'Create a new builder instance, by default a BuildKit container on this Docker host',
    },
    keywords: {
      ko: ['빌더 만들기', '빌더 생성', '멀티 플랫폼 빌더', 'BuildKit 컨테이너', '빌드 환경', '원격 빌더'],
      en: ['create builder', 'new builder', 'docker-container driver', 'multi-platform builder', 'buildkit container', 'remote builder'],
    },
    details: {
      ko: '지정한 Docker 컨텍스트나 엔드포인트(없으면 현재 것)를 가리키는 빌더를 등록하며, 드라이버를 고르지 않으면 `docker-container`를 씁니다. BuildKit 데몬은 첫 빌드 때 시작되고, `--bootstrap`을 주면 바로 시작합니다. 만들기만 해서는 선택되지 않으므로 `--use`를 붙이거나 나중에 `docker buildx use`를 실행하세요. 기본 `default` 빌더와 달리 여기서 빌드한 이미지는 `--load`나 `--push`를 하기 전까지 빌더의 캐시에만 있습니다.',
      en: 'Registers a builder that points at a Docker context or endpoint (the current one if none is given), using the `docker-container` driver unless you pick another. Its BuildKit daemon starts on the first build, or right away with `--bootstrap`. Creating a builder does not select it: add `--use`, or run `docker buildx use` later. Unlike the built-in `default` builder, images built on it stay in its cache until you `--load` or `--push` them.',
    },
    examples: [
      'docker buildx create --name multiarch --driver docker-container --use --bootstrap',
      'docker buildx create --name cached --driver-opt image=moby/buildkit:latest --driver-opt default-load=true',
      'docker buildx create --name multiarch --append arm-host',
    ],
    related: ['docker buildx use', 'docker buildx ls', 'docker buildx inspect', 'docker buildx rm', 'docker context ls'],
    options: {
      '--append': {
        summary: {
          ko: '새 빌더를 만들지 않고 --name의 기존 빌더에 노드를 추가',
          en: 'Add a node to the existing builder named by --name instead of creating one',
        },
        keywords: { ko: ['노드 추가', '빌더 확장', '여러 노드'], en: ['append', 'add node', 'multi-node builder'] },
      },
      '--bootstrap': {
        summary: { ko: '만든 직후 빌더를 바로 시작', en: 'Start the builder right after creating it' },
        keywords: { ko: ['바로 시작', '빌더 시작', '부팅'], en: ['bootstrap', 'start builder', 'boot'] },
        details: {
          ko: '지정하지 않으면 첫 빌드 때 BuildKit 컨테이너가 만들어지고 시작됩니다. 미리 시작해 두면 설정 오류를 바로 알 수 있고, `docker buildx inspect`에서 지원 플랫폼도 바로 보입니다.',
          en: 'Otherwise the BuildKit container is created and started on the first build. Starting it up front surfaces configuration errors at once and lets `docker buildx inspect` show the supported platforms immediately.',
        },
        examples: ['docker buildx create --name multiarch --bootstrap'],
      },
      '--buildkitd-config': {
        summary: { ko: 'BuildKit 데몬의 설정 파일(buildkitd.toml)을 지정', en: 'Config file (buildkitd.toml) for the BuildKit daemon' },
        keywords: { ko: ['BuildKit 설정', '설정 파일', '레지스트리 미러'], en: ['buildkitd.toml', 'buildkit config', 'registry mirror'] },
      },
      '--buildkitd-flags': {
        summary: { ko: 'BuildKit 데몬을 시작할 때 넘길 플래그(설정 파일보다 우선)', en: 'Flags passed to the BuildKit daemon at start (win over the config file)' },
        keywords: { ko: ['데몬 플래그', 'BuildKit 옵션', '특권 허용'], en: ['buildkitd flags', 'allow-insecure-entitlement', 'daemon options'] },
      },
      '--debug': debugFlag,
      '--driver': {
        summary: {
          ko: '빌더의 드라이버(docker-container, kubernetes, remote), 생략하면 docker-container',
          en: 'Driver of the builder: docker-container (if omitted), kubernetes or remote',
        },
        keywords: { ko: ['드라이버', '빌더 종류', '쿠버네티스 빌더', '원격 BuildKit'], en: ['driver', 'docker-container', 'kubernetes', 'remote buildkit'] },
        values: ['docker-container', 'kubernetes', 'remote'],
        details: {
          ko: '`docker-container`는 Docker 안에 BuildKit 컨테이너를 띄우며 멀티 플랫폼 빌드와 캐시 내보내기를 모두 지원합니다. `kubernetes`는 클러스터의 파드에서, `remote`는 직접 운영하는 BuildKit 데몬에서 빌드합니다. 세 드라이버 모두 결과를 `docker images`에 넣으려면 `--load`가 필요합니다.',
          en: '`docker-container` runs BuildKit in a container on Docker and supports multi-platform builds and cache export. `kubernetes` builds in pods of a cluster, and `remote` connects to a BuildKit daemon you run yourself. With all three, results reach `docker images` only with `--load`.',
        },
        examples: ['docker buildx create --name k8s-builder --driver kubernetes --driver-opt replicas=2'],
      },
      '--driver-opt': {
        summary: { ko: '드라이버별 옵션(key=value)을 지정, 여러 번 반복 가능', en: 'Driver-specific option (key=value); repeat for several' },
        keywords: { ko: ['드라이버 옵션', 'BuildKit 이미지', '빌더 네트워크'], en: ['driver-opt', 'image=', 'network=host', 'default-load'] },
        details: {
          ko: '`docker-container` 드라이버에서는 `image=`(BuildKit 이미지 버전), `network=host`, `memory=`, `default-load=true`(결과를 자동으로 로컬 이미지 저장소에 불러옴) 등을 자주 씁니다. 쓸 수 있는 키는 드라이버마다 다릅니다.',
          en: 'With the `docker-container` driver common ones are `image=` (the BuildKit image to run), `network=host`, `memory=` and `default-load=true` (load results into the local image store automatically). Each driver has its own set of keys.',
        },
        examples: ['docker buildx create --name cached --driver-opt image=moby/buildkit:latest --driver-opt default-load=true'],
      },
      '--leave': {
        summary: {
          ko: '--name의 빌더에서 --node로 지정한 노드를 뺌',
          en: 'Remove the node given by --node from the builder named by --name',
        },
        keywords: { ko: ['노드 제거', '노드 빼기', '빌더 축소'], en: ['leave', 'remove node', 'detach node'] },
      },
      '--name': {
        summary: { ko: '만들거나 바꿀 빌더의 이름(생략하면 자동으로 붙음)', en: 'Name of the builder to create or change (generated if omitted)' },
        keywords: { ko: ['빌더 이름', '이름 지정'], en: ['name', 'builder name'] },
        details: {
          ko: '이름을 주지 않으면 `elated_tesla` 같은 임의의 이름이 붙습니다. 나중에 `use`, `rm`, `--builder`에서 부를 이름이므로 직접 정해 두는 편이 편합니다.',
          en: 'Without it the builder gets a random name such as `elated_tesla`. You refer to it later in `use`, `rm` and `--builder`, so picking a name yourself saves trouble.',
        },
        examples: ['docker buildx create --name multiarch --use'],
      },
      '--node': {
        summary: { ko: '만들거나 바꿀 노드의 이름(생략하면 빌더 이름 뒤에 번호)', en: 'Name of the node to create or change (builder name plus a number if omitted)' },
        keywords: { ko: ['노드 이름', '빌더 노드'], en: ['node', 'node name'] },
      },
      '--platform': {
        summary: {
          ko: '이 노드가 맡을 플랫폼을 직접 지정(자동 감지보다 우선)',
          en: 'Platforms this node builds for, taking priority over the detected ones',
        },
        keywords: { ko: ['노드 플랫폼', '아키텍처 지정', '멀티 노드'], en: ['platform', 'node platforms', 'arm64 node'] },
      },
      '--timeout': builderTimeoutFlag,
      '--use': {
        summary: { ko: '만든 빌더를 바로 현재 빌더로 선택', en: 'Make the new builder the current one right away' },
        keywords: { ko: ['바로 사용', '현재 빌더로', '빌더 전환'], en: ['use', 'switch builder', 'set current'] },
        details: {
          ko: '`docker buildx use 새빌더`를 따로 실행한 것과 같아서, 이후 `docker buildx build`와 `docker build`가 이 빌더에서 돕니다. 기본 빌더로 돌아가려면 `docker buildx use default`를 실행합니다.',
          en: 'Same as running `docker buildx use` on the new builder afterwards, so later `docker buildx build` and `docker build` commands run on it. `docker buildx use default` switches back.',
        },
        examples: ['docker buildx create --name multiarch --use'],
      },
    },
  },

  'buildx dial-stdio': {
    summary: {
      ko: '이 명령의 표준 입출력을 빌더의 BuildKit 연결로 이어 주는 프록시 (다른 도구가 띄워 씀)',
      en: "Proxy this command's stdin and stdout to the builder's BuildKit API, for other tools to use",
    },
    keywords: {
      ko: ['표준 입출력 프록시', '빌더 연결', 'BuildKit 연결', '빌드킷 API', '파이프 연결'],
      en: ['dial-stdio', 'stdio proxy', 'buildkit api', 'connect to builder', 'buildkit client'],
    },
    details: {
      ko: '사람이 직접 치는 명령이 아니라 프로그램이 자식 프로세스로 띄워 쓰는 명령입니다. 표준 입력과 표준 출력이 그대로 빌더(기본은 현재 빌더, 아니면 `--builder`로 고른 빌더)의 BuildKit 데몬과 이어지므로, BuildKit 클라이언트 라이브러리를 쓰는 도구가 이 프로세스와 파이프로 통신하면 소켓 주소나 TLS 인증서를 몰라도 buildx가 관리하는 빌더에서 빌드할 수 있습니다. 진행 상황은 표준 오류로 나갑니다.',
      en: 'Not meant to be typed by people: a program starts it as a child process. Its stdin and stdout become a connection to the BuildKit daemon of the builder (the current one, or the one `--builder` names), so a tool built on a BuildKit client library can talk to that pipe and use any builder buildx manages without knowing socket addresses or TLS certificates. Progress goes to stderr.',
    },
    related: ['docker buildx create', 'docker buildx ls'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--platform': {
        summary: {
          ko: '이 플랫폼을 빌드할 수 있는 노드를 골라 연결(예: linux/arm64)',
          en: 'Connect to the node of the builder that builds this platform, e.g. linux/arm64',
        },
        keywords: { ko: ['노드 선택', '플랫폼', '아키텍처'], en: ['platform', 'node selection', 'arm64 node'] },
      },
      '--progress': {
        summary: {
          ko: '연결 과정을 표준 오류에 보여 줄 방식(기본값 none은 표시 안 함, 그 밖에 auto, plain, tty, rawjson)',
          en: 'How to show the connection progress on stderr: none (default, nothing), auto, plain, tty or rawjson',
        },
        keywords: { ko: ['진행 상황', '연결 로그', '출력 형식'], en: ['progress', 'connection progress', 'stderr'] },
        values: ['none', 'auto', 'plain', 'tty', 'rawjson'],
      },
    },
  },

  'buildx du': {
    summary: {
      ko: '빌더의 빌드 캐시가 차지하는 디스크 용량 확인',
      en: 'Show how much disk space the build cache of a builder takes',
    },
    keywords: {
      ko: ['빌드 캐시 용량', '디스크 사용량', '캐시 크기', '용량 확인', '빌드 캐시'],
      en: ['du', 'disk usage', 'build cache size', 'cache usage', 'reclaimable', 'space'],
    },
    details: {
      ko: '선택된 빌더의 캐시 기록을 크기, 회수 가능 여부, 마지막 사용 시점과 함께 보여 주고 끝에 합계를 냅니다. 읽기만 할 뿐 아무것도 지우지 않으며, 공간을 비우려면 `docker buildx prune`을 씁니다. 회수 불가(false)로 나온 기록은 사용 중이라 정리되지 않고, 크기에 `*`가 붙은 기록은 이미지와 저장 공간을 나눠 쓰므로 지워도 그만큼 비워지지 않습니다.',
      en: 'Lists the cache records of the selected builder with size, whether they can be reclaimed and when they were last used, then the totals. It only reads and removes nothing; free the space with `docker buildx prune`. Records shown as not reclaimable are in use and will not be pruned, and a size marked `*` is shared with an image, so deleting it frees less than it shows.',
    },
    examples: ['docker buildx du', 'docker buildx du --verbose', 'docker buildx du --builder multiarch'],
    related: ['docker buildx prune', 'docker system df', 'docker builder prune'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--filter': {
        summary: { ko: '조건(key=value)에 맞는 캐시 기록만 표시', en: 'Show only the cache records matching a key=value filter' },
        keywords: { ko: ['필터', '조건 지정', '캐시 골라 보기'], en: ['filter', 'select records', 'cache filter'] },
      },
      '--format': {
        summary: {
          ko: '출력 형식: table(기본), pretty(기록별 상세), json 또는 Go 템플릿',
          en: 'Output format: table (default), pretty (details per record), json or a Go template',
        },
        keywords: { ko: ['출력 형식', 'JSON 출력', '템플릿', '상세 출력'], en: ['format', 'json', 'pretty', 'go template'] },
        details: {
          ko: '`--verbose`는 `--format=pretty`의 줄임이라 둘을 함께 줄 수 없습니다. json은 스크립트에서 jq 같은 도구로 크기를 계산할 때 편합니다.',
          en: '`--verbose` is short for `--format=pretty`, so the two cannot be combined. json suits scripts that add up sizes with a tool such as jq.',
        },
        examples: ['docker buildx du --format json', 'docker buildx du --format "{{.ID}}: {{.Size}}"'],
      },
      '--timeout': builderTimeoutFlag,
      '--verbose': {
        summary: {
          ko: '기록마다 설명·부모·사용 횟수·공유 여부 같은 자세한 정보를 출력',
          en: 'Print details per record: description, parent, usage count, shared state',
        },
        keywords: { ko: ['자세히', '상세 출력', '캐시 상세'], en: ['verbose', 'details', 'cache details'] },
      },
    },
  },

  'buildx history': {
    summary: {
      ko: '지난 빌드의 기록을 다루는 명령 모음(목록·상세·로그·추적·내보내기)',
      en: 'Work with the records of past builds: list, inspect, logs, traces, export',
    },
    keywords: {
      ko: ['빌드 기록', '빌드 이력', '지난 빌드', '빌드 히스토리'],
      en: ['build history', 'build records', 'past builds', 'build log', 'history'],
    },
    details: recordRefNote,
    related: ['docker buildx history ls', 'docker buildx history logs'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx history export': {
    summary: {
      ko: '빌드 기록을 .dockerbuild 파일로 저장해 Docker Desktop으로 가져가거나 공유',
      en: 'Save build records to a .dockerbuild file for Docker Desktop or for sharing',
    },
    keywords: {
      ko: ['빌드 기록 내보내기', '빌드 기록 저장', '빌드 공유', 'CI 빌드 기록'],
      en: ['export build record', 'dockerbuild file', 'share build', 'ci build record'],
    },
    details: {
      ko: `로그, 메타데이터, 추적 정보를 담은 .dockerbuild 아카이브를 만듭니다. ${recordRefNote.ko}`,
      en: `Writes a .dockerbuild archive holding the logs, metadata and traces of the builds. ${recordRefNote.en}`,
    },
    examples: ['docker buildx history export ^1 -o web-build.dockerbuild', 'docker buildx history export --all -o all-builds.dockerbuild'],
    related: ['docker buildx history import', 'docker buildx history ls'],
    options: {
      '--all': {
        summary: { ko: '빌더에 있는 모든 빌드 기록을 내보냄', en: 'Export every build record of the builder' },
        keywords: { ko: ['전부', '모든 기록'], en: ['all', 'all records'] },
      },
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--finalize': {
        summary: {
          ko: '내보내기 전에 기록(추적 정보 포함)이 모두 마무리되도록 기다림',
          en: 'Make sure the records, traces included, are finalized before exporting',
        },
        keywords: { ko: ['마무리', '완료 대기', '추적 포함'], en: ['finalize', 'complete traces', 'wait'] },
      },
      '--output': {
        summary: { ko: '저장할 파일 경로(생략하면 표준 출력)', en: 'File to write to (standard output if omitted)' },
        keywords: { ko: ['출력 파일', '저장 경로'], en: ['output', 'file', 'dockerbuild'] },
      },
    },
  },

  'buildx history import': {
    summary: {
      ko: '.dockerbuild 파일의 빌드 기록을 Docker Desktop으로 가져옴',
      en: 'Import build records from a .dockerbuild file into Docker Desktop',
    },
    keywords: {
      ko: ['빌드 기록 가져오기', 'CI 빌드 분석', '도커 데스크톱', '빌드 기록 열기'],
      en: ['import build record', 'dockerbuild file', 'docker desktop', 'analyze ci build'],
    },
    details: {
      ko: 'CI 같은 다른 곳에서 내보낸 빌드를 Docker Desktop의 빌드 화면에서 살펴볼 때 씁니다. Docker Desktop이 필요하며, 가져온 빌드는 자동으로 열립니다. `-`를 주면 표준 입력에서 읽습니다.',
      en: 'Used to study a build exported elsewhere, such as in CI, in the Builds view of Docker Desktop. Docker Desktop is required, and the imported build opens automatically. With `-` the archive is read from standard input.',
    },
    examples: ['docker buildx history import --file ./artifacts/web-build.dockerbuild'],
    related: ['docker buildx history export', 'docker buildx history open'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--file': {
        summary: { ko: '가져올 .dockerbuild 파일 경로, 여러 번 줄 수 있음', en: 'Path of a .dockerbuild file to import; may be repeated' },
        keywords: { ko: ['파일 지정', '가져올 파일'], en: ['file', 'dockerbuild', 'archive'] },
      },
    },
  },

  'buildx history inspect': {
    summary: {
      ko: '빌드 기록의 상태·걸린 시간·입력·플랫폼·첨부물 같은 상세 정보 확인',
      en: 'Show the details of a build record: status, duration, inputs, platforms, attachments',
    },
    keywords: {
      ko: ['빌드 상세', '빌드 정보', '빌드 기록 보기', '실패 원인'],
      en: ['inspect build', 'build details', 'build record', 'why build failed', 'build duration'],
    },
    details: {
      ko: `빌드 이름, 컨텍스트, Dockerfile, Git 저장소와 커밋, 캐시된 단계 수, 사용한 베이스 이미지, 첨부된 출처 증명 등을 보여 줍니다. ${recordRefNote.ko}`,
      en: `Shows the build name, context, Dockerfile, Git repository and commit, how many steps were cached, the base images used and attached attestations. ${recordRefNote.en}`,
    },
    examples: ['docker buildx history inspect', 'docker buildx history inspect ^1 --format json'],
    related: ['docker buildx history ls', 'docker buildx history logs'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--format': {
        summary: { ko: '출력 형식: pretty(기본값), json 또는 Go 템플릿', en: 'Output format: pretty (default), json or a Go template' },
        keywords: { ko: ['출력 형식', 'JSON 출력', '템플릿'], en: ['format', 'json', 'go template'] },
      },
    },
  },

  'buildx history inspect attachment': {
    summary: {
      ko: '빌드 기록에 첨부된 출처 증명(provenance)이나 SBOM 같은 파일 내용을 출력',
      en: 'Print an attachment of a build record, such as its provenance or SBOM',
    },
    keywords: {
      ko: ['첨부물', '출처 증명 보기', 'SBOM 보기', '빌드 첨부'],
      en: ['attachment', 'provenance', 'sbom', 'build attestation'],
    },
    examples: ['docker buildx history inspect attachment ^0 --type provenance'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--platform': {
        summary: { ko: '이 플랫폼의 첨부물을 선택(예: linux/amd64)', en: 'Pick the attachment of this platform (e.g. linux/amd64)' },
        keywords: { ko: ['플랫폼', '아키텍처 선택'], en: ['platform', 'linux/amd64'] },
      },
      '--type': {
        summary: { ko: '보여 줄 첨부물 종류(예: provenance, sbom)', en: 'Kind of attachment to show, e.g. provenance or sbom' },
        keywords: { ko: ['첨부물 종류', '출처 증명', 'SBOM'], en: ['type', 'provenance', 'sbom'] },
      },
    },
  },

  'buildx history logs': {
    summary: {
      ko: '끝난 빌드의 단계별 로그를 처음부터 끝까지 출력',
      en: 'Print the full step-by-step logs of a finished build',
    },
    keywords: {
      ko: ['빌드 로그', '지난 빌드 로그', '빌드 실패 로그', '로그 보기'],
      en: ['build logs', 'past build log', 'failed build log', 'show logs'],
    },
    details: {
      ko: `\`--progress=plain\`과 같은 형식으로 모든 단계의 출력을 보여 주므로, 터미널에서 접혀 보이지 않았던 RUN 출력을 나중에 확인할 수 있습니다. ${recordRefNote.ko}`,
      en: `Prints every step in the same format as \`--progress=plain\`, so you can read RUN output that the terminal view folded away. ${recordRefNote.en}`,
    },
    examples: ['docker buildx history logs', 'docker buildx history logs ^1'],
    related: ['docker buildx history ls', 'docker buildx history inspect'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--progress': {
        summary: { ko: '로그 출력 형식(plain 기본값, rawjson, tty)', en: 'Log output format: plain (default), rawjson or tty' },
        keywords: { ko: ['출력 형식', 'JSON 로그'], en: ['progress', 'plain', 'rawjson'] },
        values: ['plain', 'rawjson', 'tty'],
      },
    },
  },

  'buildx history ls': {
    summary: {
      ko: '빌더에 남은 빌드 기록 목록을 ID·이름·상태·시각·걸린 시간과 함께 출력',
      en: 'List the builds the builder recorded, with ID, name, status, time and duration',
    },
    keywords: {
      ko: ['빌드 기록 목록', '빌드 이력', '지난 빌드', '실패한 빌드'],
      en: ['build history', 'list builds', 'past builds', 'failed builds', 'build ids'],
    },
    examples: ['docker buildx history ls', 'docker buildx history ls --filter status=error'],
    related: ['docker buildx history inspect', 'docker buildx history logs', 'docker buildx history rm'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--filter': {
        summary: {
          ko: '조건에 맞는 기록만 표시(예: status=error, duration>30s)',
          en: 'Show only matching records, e.g. status=error or duration>30s',
        },
        keywords: { ko: ['필터', '실패한 빌드만', '조건 지정'], en: ['filter', 'status=error', 'failed builds'] },
      },
      '--format': {
        summary: { ko: '출력 형식: table(기본값), json 또는 Go 템플릿', en: 'Output format: table (default), json or a Go template' },
        keywords: { ko: ['출력 형식', 'JSON 출력', '템플릿'], en: ['format', 'json', 'go template'] },
      },
      '--local': {
        summary: { ko: '현재 저장소(프로젝트)에서 실행한 빌드 기록만 표시', en: 'Show only builds of the current repository' },
        keywords: { ko: ['현재 프로젝트', '이 저장소만'], en: ['local', 'current repository', 'this project'] },
      },
      '--no-trunc': noTruncFlag,
    },
  },

  'buildx history open': {
    summary: {
      ko: '빌드 기록을 Docker Desktop의 빌드 화면에서 엶',
      en: 'Open a build record in the Builds view of Docker Desktop',
    },
    keywords: {
      ko: ['빌드 열기', '도커 데스크톱', '빌드 화면', '시각화'],
      en: ['open build', 'docker desktop', 'builds view', 'visualize build'],
    },
    details: {
      ko: `Docker Desktop이 설치되어 실행 중이어야 합니다. ${recordRefNote.ko}`,
      en: `Docker Desktop must be installed and running. ${recordRefNote.en}`,
    },
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx history rm': {
    summary: {
      ko: '빌더의 빌드 기록을 삭제',
      en: 'Delete build records from the builder\'s history',
    },
    keywords: {
      ko: ['빌드 기록 삭제', '이력 지우기', '기록 정리'],
      en: ['remove build record', 'delete history', 'clear build history', 'history rm'],
    },
    details: {
      ko: `ID나 \`^1\` 같은 순서로 고른 기록을 지우고, \`--all\`은 모든 기록을 지웁니다. 지워지는 것은 기록과 그 로그·추적 정보이며 만든 이미지와 빌드 캐시는 그대로 남습니다.`,
      en: 'Deletes the records picked by ID or offset such as `^1`, or all of them with `--all`. Only the records with their logs and traces go; the images you built and the build cache stay.',
    },
    examples: ['docker buildx history rm ^1', 'docker buildx history rm --all'],
    options: {
      '--all': {
        summary: { ko: '모든 빌드 기록을 삭제', en: 'Delete every build record' },
        keywords: { ko: ['전부 삭제', '모든 기록'], en: ['all', 'clear all'] },
      },
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx history trace': {
    summary: {
      ko: '빌드의 OpenTelemetry 추적을 로컬 Jaeger UI로 띄워 브라우저에서 확인',
      en: 'Show the OpenTelemetry trace of a build in a local Jaeger UI in your browser',
    },
    keywords: {
      ko: ['빌드 추적', '빌드 성능', '느린 단계', '타임라인'],
      en: ['trace', 'opentelemetry', 'jaeger', 'build performance', 'slow step'],
    },
    details: {
      ko: `임시 Jaeger UI 서버를 띄우고 브라우저를 열어 단계별 소요 시간을 보여 주므로 어느 단계가 느린지 찾기 좋습니다. ${recordRefNote.ko}`,
      en: `Starts a temporary Jaeger UI server and opens your browser on it, showing how long each step took, which helps find the slow ones. ${recordRefNote.en}`,
    },
    examples: ['docker buildx history trace ^1 --addr 127.0.0.1:16686'],
    options: {
      '--addr': {
        summary: {
          ko: '추적 UI 서버가 들을 주소(기본값 127.0.0.1:0, 임의 포트)',
          en: 'Address for the trace UI server (default 127.0.0.1:0, a random port)',
        },
        keywords: { ko: ['주소', '포트 지정'], en: ['addr', 'port', 'listen address'] },
      },
      '--builder': builderFlag,
      '--compare': {
        summary: { ko: '다른 빌드 기록의 추적과 나란히 비교', en: 'Compare the trace with that of another build record' },
        keywords: { ko: ['비교', '빌드 비교'], en: ['compare', 'diff builds'] },
      },
      '--debug': debugFlag,
    },
  },

  'buildx imagetools': {
    summary: {
      ko: '레지스트리에 있는 이미지와 매니페스트 목록을 받지 않고 직접 다루는 명령 모음',
      en: 'Work with images and manifest lists directly in a registry, without pulling',
    },
    keywords: {
      ko: ['이미지 도구', '매니페스트', '레지스트리 이미지', '멀티 플랫폼 이미지'],
      en: ['imagetools', 'manifest list', 'image index', 'registry image', 'multi-platform image'],
    },
    related: ['docker buildx imagetools inspect', 'docker buildx imagetools create', 'docker manifest'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx imagetools create': {
    summary: {
      ko: '레지스트리의 기존 이미지들을 묶어 새 멀티 플랫폼 이미지를 만들거나 다른 이름으로 복사',
      en: 'Combine registry images into a new multi-platform image, or copy one under a new name',
    },
    keywords: {
      ko: ['매니페스트 합치기', '멀티 플랫폼 이미지', '이미지 복사', '태그 복사', '리태그', '이미지 인덱스'],
      en: ['imagetools create', 'manifest list', 'image index', 'combine platforms', 'retag', 'copy image', 'promote image'],
    },
    details: {
      ko: '모든 작업이 레지스트리에서 이루어져, 원본 이미지는 미리 레지스트리에 있어야 하고 결과는 `--tag`로 준 이름으로 바로 푸시됩니다(로컬로 받거나 빌드하지 않음). 아키텍처별 이미지처럼 원본을 여러 개 주면 그것들을 가리키는 이미지 인덱스를 만들고, 멀티 플랫폼 이미지 하나를 주면 그대로 복사하므로 받지 않고 태그를 옮기거나 이미지를 승격할 때 편합니다. `--dry-run`으로 푸시하지 않고 결과만 볼 수 있으며, 대상 저장소에 푸시 권한이 있어야 합니다.',
      en: 'Everything happens in the registry: the sources must already be there, and the result is pushed under the `--tag` names straight away (nothing is pulled or built locally). Given several sources, such as one image per architecture, it writes an image index pointing at all of them; given one multi-platform image it makes an exact copy, which is handy for retagging or promoting an image without pulling it. `--dry-run` shows the result without pushing, and you need push access to the target repository.',
    },
    examples: [
      'docker buildx imagetools create -t registry.example.com/web:1.0 registry.example.com/web:1.0-amd64 registry.example.com/web:1.0-arm64',
      'docker buildx imagetools create -t registry.example.com/web:stable registry.example.com/web:1.0',
      'docker buildx imagetools create --dry-run -t registry.example.com/web:1.0 registry.example.com/web:1.0-amd64 registry.example.com/web:1.0-arm64',
    ],
    related: ['docker buildx imagetools inspect', 'docker manifest create', 'docker manifest push', 'docker buildx build'],
    options: {
      '--annotation': {
        summary: {
          ko: '새 이미지 인덱스나 디스크립터에 OCI 어노테이션을 추가(예: index:key=value)',
          en: 'Add an OCI annotation to the new index or descriptors, e.g. index:key=value',
        },
        keywords: { ko: ['어노테이션', '인덱스 주석', '메타데이터'], en: ['annotation', 'index annotation', 'metadata'] },
      },
      '--append': {
        summary: { ko: '대상 이름의 기존 매니페스트 목록에 원본을 덧붙임', en: 'Add the sources to the manifest list that already exists at the target' },
        keywords: { ko: ['덧붙이기', '플랫폼 추가'], en: ['append', 'add platform', 'extend manifest list'] },
      },
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--dry-run': {
        summary: { ko: '푸시하지 않고 만들어질 이미지 인덱스만 출력', en: 'Print the resulting image index without pushing it' },
        keywords: { ko: ['미리 보기', '시험 실행', '푸시 안 함'], en: ['dry run', 'preview', 'no push'] },
      },
      '--file': {
        summary: {
          ko: '원본 디스크립터(다이제스트·참조·OCI 디스크립터 JSON)를 파일에서 읽음',
          en: 'Read source descriptors (digest, reference or OCI descriptor JSON) from a file',
        },
        keywords: { ko: ['디스크립터 파일', '파일에서 읽기'], en: ['file', 'descriptor', 'oci descriptor'] },
      },
      '--metadata-file': {
        summary: {
          ko: '만든 이미지의 디스크립터(다이제스트 등)와 이름을 JSON 파일로 저장',
          en: 'Write the descriptor (digest and more) and name of the new image to a JSON file',
        },
        keywords: { ko: ['메타데이터', '다이제스트 저장', '결과 파일'], en: ['metadata', 'digest', 'json output', 'ci'] },
        details: {
          ko: '파일을 넣을 디렉터리는 미리 있어야 합니다. CI에서 새 이미지 인덱스의 다이제스트를 다음 단계(서명, 배포 등)로 넘길 때 씁니다.',
          en: 'The directory for the file must already exist. Useful in CI to hand the digest of the new index to a later step such as signing or deploying.',
        },
      },
      '--platform': {
        summary: {
          ko: '원본에서 이 플랫폼의 이미지만 골라 새 이미지에 넣음(여러 번 가능)',
          en: 'Keep only the images of this platform from the sources (repeatable)',
        },
        keywords: { ko: ['플랫폼 선택', '플랫폼 거르기', '아키텍처 고르기'], en: ['platform', 'filter platforms', 'select architecture', 'linux/arm64'] },
        examples: ['docker buildx imagetools create -p linux/amd64 -p linux/arm64 -t registry.example.com/web:slim registry.example.com/web:1.0'],
      },
      '--prefer-index': {
        summary: {
          ko: '원본이 단일 플랫폼 이미지 하나일 때도 이미지 인덱스로 만듦(기본값 true, false면 원래 형식 유지)',
          en: 'With one single-platform source, still write an image index (default true; false keeps its format)',
        },
        keywords: { ko: ['인덱스 선호', '형식 유지'], en: ['prefer-index', 'image index', 'carbon copy'] },
      },
      '--progress': {
        summary: { ko: '진행 상황 표시 방식(auto, plain, tty, rawjson)', en: 'How to show progress: auto, plain, tty or rawjson' },
        keywords: { ko: ['진행 상황', '출력 형식'], en: ['progress', 'plain', 'rawjson'] },
        values: ['auto', 'plain', 'tty', 'rawjson'],
      },
      '--tag': {
        summary: { ko: '새 이미지를 푸시할 이름(레지스트리/저장소:태그), 여러 번 줄 수 있음', en: 'Name to push the new image as (registry/repo:tag); may be repeated' },
        keywords: { ko: ['태그', '대상 이름', '이미지 이름'], en: ['tag', 'target name', 'destination'] },
      },
    },
  },

  'buildx imagetools inspect': {
    summary: {
      ko: '이미지를 받지 않고 레지스트리에 있는 매니페스트와 지원 플랫폼 목록을 확인',
      en: 'Show an image\'s manifest or index in the registry, with its platforms, without pulling',
    },
    keywords: {
      ko: ['매니페스트 확인', '지원 플랫폼', '아키텍처 확인', '다이제스트 확인', '레지스트리 이미지 정보', '멀티 플랫폼 확인'],
      en: ['imagetools inspect', 'manifest', 'which platforms', 'check architecture', 'digest', 'remote image info', 'multi-arch'],
    },
    details: {
      ko: '레지스트리에서 매니페스트만 읽어 이름, 미디어 타입, 다이제스트를 보여 주고, 멀티 플랫폼 이미지라면 플랫폼별 항목을 나열하므로 받기 전에 어떤 아키텍처를 지원하는지 알 수 있습니다. `--format "{{json .Manifest}}"`는 JSON으로, `--raw`는 레지스트리가 준 원본 매니페스트 그대로 출력합니다. 비공개 저장소는 먼저 `docker login`이 필요합니다.',
      en: 'Reads only the manifest from the registry and prints its name, media type and digest, plus one entry per platform for a multi-platform image, so you can tell which architectures a tag supports before pulling it. `--format "{{json .Manifest}}"` prints JSON, and `--raw` prints the manifest exactly as the registry returned it. Private repositories need a `docker login` first.',
    },
    examples: [
      'docker buildx imagetools inspect nginx:1.27',
      'docker buildx imagetools inspect --raw nginx:1.27',
      'docker buildx imagetools inspect --format "{{json .Manifest}}" registry.example.com/web:1.0',
    ],
    related: ['docker manifest inspect', 'docker buildx imagetools create', 'docker image inspect', 'docker pull'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--format': {
        summary: {
          ko: 'Go 템플릿으로 출력 형식을 지정(기본값 {{.Manifest}}, .Name·.Image도 사용 가능)',
          en: 'Go template for the output (default {{.Manifest}}; .Name and .Image also work)',
        },
        keywords: { ko: ['출력 형식', '템플릿', 'JSON 출력'], en: ['format', 'go template', 'json'] },
      },
      '--raw': {
        summary: { ko: '가공하지 않은 원본 JSON 매니페스트를 그대로 출력', en: 'Print the original JSON manifest, unformatted' },
        keywords: { ko: ['원본 매니페스트', 'JSON 원문'], en: ['raw', 'raw manifest', 'json'] },
      },
    },
  },

  'buildx inspect': {
    summary: {
      ko: '빌더의 드라이버·노드·상태·BuildKit 버전·지원 플랫폼 확인',
      en: 'Show a builder\'s driver, nodes, status, BuildKit version and platforms',
    },
    keywords: {
      ko: ['빌더 정보', '빌더 상태', '지원 플랫폼', 'BuildKit 버전', '빌더 확인'],
      en: ['inspect builder', 'builder info', 'builder status', 'supported platforms', 'buildkit version'],
    },
    details: {
      ko: '이름을 주지 않으면 현재 빌더를 보여 줍니다. 아직 시작되지 않은 빌더는 inactive로 나오고 플랫폼이 비어 있을 수 있는데, `--bootstrap`을 주면 먼저 시작시켜(`docker-container`라면 BuildKit 컨테이너를 띄움) 에뮬레이션을 포함해 빌드할 수 있는 플랫폼을 모두 보여 줍니다. 드라이버 옵션, BuildKit 데몬 플래그, 캐시 정리(GC) 정책도 함께 나옵니다.',
      en: 'Without a name it shows the current builder. A builder that has not started yet shows as inactive, possibly with no platforms; `--bootstrap` starts it first (for `docker-container`, the BuildKit container) so you see every platform it can build, emulated ones included. Driver options, BuildKit daemon flags and the cache garbage-collection policy are listed too.',
    },
    examples: ['docker buildx inspect', 'docker buildx inspect multiarch --bootstrap'],
    related: ['docker buildx ls', 'docker buildx create', 'docker buildx use'],
    options: {
      '--bootstrap': {
        summary: { ko: '보여 주기 전에 빌더가 시작되어 있도록 함', en: 'Start the builder first if it is not running' },
        keywords: { ko: ['빌더 시작', '부팅', '플랫폼 확인'], en: ['bootstrap', 'start builder', 'boot'] },
      },
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--timeout': builderTimeoutFlag,
    },
  },

  'buildx ls': {
    summary: {
      ko: '빌더 인스턴스와 노드 목록을 상태·지원 플랫폼과 함께 출력',
      en: 'List builder instances and their nodes, with status and supported platforms',
    },
    keywords: {
      ko: ['빌더 목록', '빌더 보기', '현재 빌더', '지원 플랫폼', '빌더 상태'],
      en: ['list builders', 'builders', 'current builder', 'supported platforms', 'builder status'],
    },
    details: {
      ko: '현재 빌더는 이름 뒤에 `*`가 붙고, 각 빌더 아래에 노드별 엔드포인트, 상태, BuildKit 버전, 플랫폼이 나옵니다. Docker 컨텍스트마다 docker 드라이버를 쓰는 `default` 빌더가 하나씩 있습니다. inactive나 stopped인 빌더도 다음 빌드 때 다시 시작됩니다.',
      en: 'The current builder has a `*` after its name, and each builder lists its nodes below with endpoint, status, BuildKit version and platforms. Every Docker context has a `default` builder that uses the docker driver. A builder shown as inactive or stopped starts again on its next build.',
    },
    examples: ['docker buildx ls', 'docker buildx ls --no-trunc', 'docker buildx ls --format "{{.Name}}: {{.DriverEndpoint}}"'],
    related: ['docker buildx inspect', 'docker buildx use', 'docker buildx create', 'docker context ls'],
    options: {
      '--debug': debugFlag,
      '--format': {
        summary: { ko: '출력 형식: table(기본값) 또는 Go 템플릿', en: 'Output format: table (default) or a Go template' },
        keywords: { ko: ['출력 형식', '템플릿'], en: ['format', 'go template', 'table'] },
      },
      '--no-trunc': noTruncFlag,
      '--timeout': builderTimeoutFlag,
    },
  },

  'buildx policy': {
    summary: {
      ko: '빌드가 쓸 수 있는 소스를 정하는 빌드 정책(Rego)을 평가하고 시험하는 명령 모음',
      en: 'Evaluate and test build policies (Rego) that decide which sources a build may use',
    },
    keywords: {
      ko: ['빌드 정책', '정책', '소스 정책', '정책 검사', '공급망 보안', '허용 이미지'],
      en: ['policy', 'build policy', 'rego', 'source policy', 'supply chain', 'allowed images', 'opa'],
    },
    details: {
      ko: policyNote.ko + ' 예를 들어 승인한 레지스트리의 이미지만 쓰게 하거나, 태그 대신 다이제스트를 요구하거나, 서명을 확인하게 할 수 있습니다. `docker buildx build`는 Dockerfile 옆의 `Dockerfile.rego`를 자동으로 적용하고, 하위 명령 `eval`은 소스 하나를 정책에 비춰 보고, `test`는 정책에 딸린 테스트를 실행합니다.',
      en: policyNote.en + ' It can, for example, allow only images from approved registries, require digests instead of tags, or check signatures. `docker buildx build` applies a `Dockerfile.rego` next to the Dockerfile by itself; the `eval` subcommand checks one source against a policy and `test` runs the tests written for it.',
    },
    examples: ['docker buildx policy eval docker-image://alpine:3.20', 'docker buildx policy test policies/'],
    related: ['docker buildx policy eval', 'docker buildx policy test', 'docker buildx build', 'docker buildx bake'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx policy eval': {
    summary: {
      ko: '소스 하나(이미지, Git 저장소, URL, 로컬 경로)를 빌드 정책에 비춰 허용되는지 확인',
      en: 'Check whether one source (image, Git repo, URL, local path) passes a build policy',
    },
    keywords: {
      ko: ['정책 평가', '정책 확인', '허용 여부', '소스 검사', '이미지 허용'],
      en: ['policy eval', 'evaluate policy', 'check source', 'allowed', 'denied', 'rego'],
    },
    details: {
      ko: '소스는 `docker-image://alpine:3.20`, `git://`나 `https://` 주소, 로컬 경로로 주며, 메타데이터를 불러오는 데 현재 빌더를 씁니다. 정책은 `-f`로 고른 이름에 .rego를 붙인 파일(기본 Dockerfile.rego)에서 읽고, 거부되면 정책이 남긴 메시지와 함께 오류로 끝나며 허용되면 아무것도 출력하지 않습니다. `--print`를 주면 평가하는 대신 정책이 받게 될 입력을 JSON으로 보여 주므로 정책을 쓸 때 참고하기 좋습니다.',
      en: 'Give the source as `docker-image://alpine:3.20`, a `git://` or `https://` address, or a local path; the current builder is used to fetch its metadata. The policy is read from the `-f` name plus .rego (Dockerfile.rego by default); a denial ends with an error carrying the policy\'s messages, and an allowed source prints nothing. `--print` shows the JSON input the policy would receive instead of evaluating, which helps while writing a policy.',
    },
    examples: [
      'docker buildx policy eval docker-image://alpine:3.20',
      'docker buildx policy eval -f build/Dockerfile docker-image://nginx:1.27',
      'docker buildx policy eval --print docker-image://alpine:3.20',
    ],
    related: ['docker buildx policy test', 'docker buildx policy', 'docker buildx build'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--fields': {
        summary: {
          ko: '--print에서 따로 불러와 채울 입력 항목(예: image.provenance), 쉼표로 여러 개',
          en: 'Input fields to fetch and fill in for --print, e.g. image.provenance (comma-separated)',
        },
        keywords: { ko: ['입력 항목', '필드 지정', '추가 정보'], en: ['fields', 'input fields', 'provenance', 'resolve fields'] },
      },
      '--file': {
        summary: {
          ko: '정책 파일 이름에서 .rego를 뺀 부분(기본값 Dockerfile → Dockerfile.rego), -는 표준 입력',
          en: 'Policy file name without .rego (default Dockerfile, read as Dockerfile.rego); - for stdin',
        },
        keywords: { ko: ['정책 파일', '파일 지정', 'rego 파일'], en: ['file', 'policy file', 'rego file', 'stdin'] },
      },
      '--platform': {
        summary: {
          ko: '평가에 쓸 대상 플랫폼(예: linux/arm64), 기본은 빌더의 첫 플랫폼',
          en: 'Target platform to evaluate for, e.g. linux/arm64 (default: the builder\'s first one)',
        },
        keywords: { ko: ['플랫폼', '아키텍처', '대상 플랫폼'], en: ['platform', 'architecture', 'linux/arm64'] },
      },
      '--print': {
        summary: {
          ko: '판정하지 않고 정책이 받을 입력 데이터를 JSON으로 출력',
          en: 'Print the input the policy would receive, as JSON, instead of a verdict',
        },
        keywords: { ko: ['입력 보기', 'JSON 출력', '정책 입력'], en: ['print', 'policy input', 'json', 'debug policy'] },
      },
    },
  },

  'buildx policy json-schema': {
    summary: { ko: '빌드 정책의 JSON 스키마 출력', en: 'Print the JSON schema for build policies' },
    keywords: {
      ko: ['정책 스키마', 'JSON 스키마', '스키마 출력', '빌드 정책'],
      en: ['json schema', 'policy schema', 'schema', 'build policy', 'editor completion'],
    },
    details: {
      ko: 'v0.36.1 문서에는 이 하위 명령이 있지만, 같은 버전의 `docker buildx policy` 아래에는 아직 eval과 test만 등록되어 있어 실행되지 않을 수 있습니다.',
      en: 'The v0.36.1 reference documents this subcommand, but in that release `docker buildx policy` registers only eval and test, so it may not run yet.',
    },
    related: ['docker buildx policy', 'docker buildx policy eval'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx policy test': {
    summary: {
      ko: '빌드 정책에 딸린 Rego 테스트(_test.rego)를 실행해 통과 여부를 출력',
      en: 'Run the Rego tests (_test.rego files) written for a build policy',
    },
    keywords: {
      ko: ['정책 테스트', '정책 시험', 'Rego 테스트', '테스트 실행', '빌드 정책'],
      en: ['policy test', 'rego test', 'test policy', 'run tests', 'opa test'],
    },
    details: {
      ko: '경로에는 `_test.rego`로 끝나는 파일이나 그런 파일이 든 디렉터리를 주고, 그 안의 `test_`로 시작하는 규칙을 하나씩 실행해 PASS/FAIL을 출력합니다. 시험 대상 정책은 `--filename`의 이름에 .rego를 붙인 파일(기본 Dockerfile.rego)입니다. 실패한 테스트는 입력과 판정을 함께 보여 주고, 하나라도 실패하면 종료 코드 1로 끝나 CI에 쓰기 좋습니다.',
      en: 'Give a file ending in `_test.rego` or a directory of them; each rule starting with `test_` runs and is reported as PASS or FAIL. The policy under test is the `--filename` name plus .rego (Dockerfile.rego by default). Failing tests show their input and decision, and any failure makes the command exit 1, which suits CI.',
    },
    examples: ['docker buildx policy test policies/', 'docker buildx policy test --run base_image policies/'],
    related: ['docker buildx policy eval', 'docker buildx policy'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--filename': {
        summary: {
          ko: '시험할 정책이 붙은 Dockerfile 이름(기본값 Dockerfile → Dockerfile.rego)',
          en: 'Name of the Dockerfile whose policy is tested (default Dockerfile, so Dockerfile.rego)',
        },
        keywords: { ko: ['Dockerfile 이름', '정책 파일', '대상 파일'], en: ['filename', 'dockerfile', 'policy file'] },
      },
      '--run': {
        summary: { ko: '이름에 이 문자열이 들어간 테스트만 실행', en: 'Run only the tests whose name contains this text' },
        keywords: { ko: ['테스트 선택', '일부만 실행', '이름 필터'], en: ['run', 'filter tests', 'select test'] },
      },
    },
  },

  'buildx prune': {
    summary: {
      ko: '빌더의 빌드 캐시를 지워 디스크 공간을 확보',
      en: 'Delete the build cache of a builder to free disk space',
    },
    keywords: {
      ko: ['빌드 캐시 삭제', '캐시 정리', '디스크 정리', '용량 확보', '캐시 비우기'],
      en: ['prune', 'clear build cache', 'delete cache', 'free disk space', 'cleanup', 'buildkit cache'],
    },
    details: {
      ko: '선택된 빌더의 빌드 캐시를 확인 질문 뒤에 지웁니다(`-f`면 묻지 않음). 기본으로는 어디에서도 쓰이지 않는(dangling) 캐시만, `-a`를 주면 내부 도우미 이미지와 `#syntax` 프런트엔드 이미지까지 사용 중이 아닌 캐시를 모두 지웁니다. `docker images`의 이미지, 컨테이너, 볼륨은 건드리지 않습니다. `--filter until=24h`로 최근 캐시를 남기거나 `--reserved-space`로 남길 용량을 정할 수 있으며, 지운 뒤 한동안은 빌드가 느려집니다.',
      en: 'Removes the selected builder\'s build cache after a confirmation prompt (`-f` skips it). By default only dangling cache is removed; `-a` removes all build cache not in use, including internal helper images and `#syntax` frontend images. Images in `docker images`, containers and volumes are not touched. Keep recent cache with `--filter until=24h` or set how much to keep with `--reserved-space`; builds are slower for a while afterwards.',
    },
    examples: [
      'docker buildx prune',
      'docker buildx prune -a -f',
      'docker buildx prune --filter until=72h',
      'docker buildx prune --builder multiarch --reserved-space 10gb -f',
    ],
    related: ['docker buildx du', 'docker builder prune', 'docker system prune', 'docker system df'],
    options: {
      '--all': {
        summary: {
          ko: 'dangling 캐시뿐 아니라 내부·프런트엔드 이미지까지 사용 중이 아닌 캐시를 모두 삭제',
          en: 'Remove all unused build cache, internal and frontend images included, not just dangling',
        },
        keywords: { ko: ['전부 삭제', '모든 캐시', '캐시 완전 삭제'], en: ['all', 'remove all cache', 'full cleanup'] },
        details: {
          ko: '기본 동작은 dangling 캐시만 지웁니다. `-a`는 빌더가 쓰는 내부 이미지와 `# syntax=`로 받은 Dockerfile 프런트엔드 이미지까지 지우므로, 다음 빌드는 거의 처음부터 시작합니다.',
          en: 'The default removes only dangling cache. `-a` also deletes the builder\'s internal images and the Dockerfile frontend images fetched for `# syntax=`, so the next build starts almost from nothing.',
        },
        examples: ['docker buildx prune -a -f'],
      },
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--filter': {
        summary: { ko: '조건에 맞는 캐시만 삭제(예: until=24h는 24시간 안에 쓴 캐시를 남김)', en: 'Remove only matching cache, e.g. until=24h keeps what was used in the last 24 hours' },
        keywords: { ko: ['필터', '오래된 캐시만', '기간 지정'], en: ['filter', 'until', 'older than', 'age'] },
        details: {
          ko: '`until=기간`은 그 기간 안에 쓰인 캐시를 남기고 그보다 오래된 것만 지웁니다. 기간은 `24h`, `2h30m`처럼 시간·분·초 단위로 적습니다.',
          en: '`until=duration` keeps cache used within that time and removes only what is older. Write the duration in hours, minutes and seconds, like `24h` or `2h30m`.',
        },
        examples: ['docker buildx prune --filter until=24h -f'],
      },
      '--force': {
        summary: { ko: '확인 질문 없이 바로 삭제', en: 'Delete without asking for confirmation' },
        keywords: { ko: ['강제', '확인 없이', '자동 삭제'], en: ['force', 'no prompt', 'yes', 'non-interactive'] },
      },
      '--max-used-space': {
        summary: {
          ko: '캐시가 쓸 수 있는 최대 용량, 이를 넘는 만큼 삭제(예: 20gb)',
          en: 'Most disk space the cache may use; prune down to it (e.g. 20gb)',
        },
        keywords: { ko: ['최대 용량', '캐시 한도', '용량 제한'], en: ['max used space', 'cache limit', 'size limit'] },
        details: {
          ko: '캐시 전체 크기가 이 값 아래로 내려갈 때까지 오래된 것부터 지웁니다. BuildKit v0.17 이상이 필요합니다.',
          en: 'Deletes the least recently used cache until the total is below this size. Needs BuildKit v0.17 or newer.',
        },
        examples: ['docker buildx prune --max-used-space 20gb -f'],
      },
      '--min-free-space': {
        summary: {
          ko: '정리 후 디스크에 최소한 이만큼 여유 공간이 남도록 삭제(예: 50gb)',
          en: 'Prune until at least this much disk space is free (e.g. 50gb)',
        },
        keywords: { ko: ['여유 공간', '디스크 확보', '최소 여유'], en: ['min free space', 'free disk', 'disk target'] },
        details: {
          ko: '캐시 크기가 아니라 디스크의 남은 공간을 기준으로 삼아, 그만큼 비워질 때까지 캐시를 지웁니다. BuildKit v0.17 이상이 필요합니다.',
          en: 'Targets the free space left on the disk rather than the cache size, deleting cache until that much is free. Needs BuildKit v0.17 or newer.',
        },
        examples: ['docker buildx prune --min-free-space 50gb -f'],
      },
      '--reserved-space': {
        summary: {
          ko: '항상 남겨 둘 캐시 용량, 이 크기까지는 지우지 않음(예: 10gb)',
          en: 'Cache space that is always kept; pruning stops at this size (e.g. 10gb)',
        },
        keywords: { ko: ['남길 용량', '캐시 유지', '예약 공간'], en: ['reserved space', 'keep storage', 'keep cache'] },
        details: {
          ko: '예전의 `--keep-storage`를 대신하는 옵션으로, 최근에 쓴 캐시를 이 크기만큼 남기고 나머지를 지웁니다.',
          en: 'Takes over from the old `--keep-storage`: the most recently used cache up to this size is kept and the rest is deleted.',
        },
        examples: ['docker buildx prune --reserved-space 10gb -f'],
      },
      '--timeout': builderTimeoutFlag,
      '--verbose': {
        summary: { ko: '지운 캐시 기록을 자세히 출력', en: 'Print details of each cache record removed' },
        keywords: { ko: ['자세히', '상세 출력'], en: ['verbose', 'details'] },
      },
    },
  },

  'buildx rm': {
    summary: {
      ko: '빌더 인스턴스를 삭제(이름을 주지 않으면 현재 빌더)',
      en: 'Remove builder instances (the current one if no name is given)',
    },
    keywords: {
      ko: ['빌더 삭제', '빌더 제거', '빌더 정리', '안 쓰는 빌더'],
      en: ['remove builder', 'delete builder', 'rm builder', 'inactive builders', 'cleanup builders'],
    },
    details: {
      ko: '빌더를 지우면서 `docker-container` 빌더라면 BuildKit 컨테이너를 멈춰 없애고 그 안의 빌드 캐시(상태)도 함께 지웁니다. `--keep-state`는 캐시를, `--keep-daemon`은 실행 중인 데몬을 남깁니다. 이미 `--load`하거나 푸시한 이미지는 영향을 받지 않습니다. 기본 `default` 빌더는 지울 수 없어 아무 일도 일어나지 않으며, `--all-inactive`는 실행 중이 아닌 빌더를 모두 지웁니다(`-f`가 없으면 확인 질문).',
      en: 'Deletes the builder; for a `docker-container` builder that also stops and removes its BuildKit container along with its build cache (state). `--keep-state` keeps the cache and `--keep-daemon` leaves the daemon running. Images you already loaded or pushed are not affected. The built-in `default` builder cannot be removed, so nothing happens for it; `--all-inactive` removes every builder that is not running, asking first unless `-f` is given.',
    },
    examples: ['docker buildx rm multiarch', 'docker buildx rm --keep-state multiarch', 'docker buildx rm --all-inactive -f'],
    related: ['docker buildx create', 'docker buildx ls', 'docker buildx stop', 'docker buildx prune'],
    options: {
      '--all-inactive': {
        summary: { ko: '실행 중이 아닌 빌더를 모두 삭제', en: 'Remove every builder that is not running' },
        keywords: { ko: ['비활성 빌더', '안 쓰는 빌더 전부'], en: ['all inactive', 'inactive builders', 'cleanup'] },
      },
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--force': {
        summary: { ko: '확인 질문 없이 바로 삭제', en: 'Remove without asking for confirmation' },
        keywords: { ko: ['강제', '확인 없이'], en: ['force', 'no prompt', 'yes'] },
      },
      '--keep-daemon': {
        summary: {
          ko: '빌더 등록만 지우고 BuildKit 데몬은 계속 실행(docker-container, kubernetes 드라이버)',
          en: 'Drop the builder but leave its BuildKit daemon running (docker-container, kubernetes)',
        },
        keywords: { ko: ['데몬 유지', '컨테이너 유지'], en: ['keep daemon', 'keep running'] },
      },
      '--keep-state': {
        summary: {
          ko: 'BuildKit 상태(빌드 캐시)를 남겨 같은 이름의 새 빌더가 다시 쓰게 함(docker-container 드라이버)',
          en: 'Keep the BuildKit state (build cache) for a new builder of the same name (docker-container)',
        },
        keywords: { ko: ['캐시 유지', '상태 유지', '볼륨 유지'], en: ['keep state', 'keep cache', 'state volume'] },
      },
      '--timeout': builderTimeoutFlag,
    },
  },

  'buildx stop': {
    summary: {
      ko: '빌더의 BuildKit 데몬을 멈춤, 다음 빌드 때 다시 시작됨',
      en: 'Stop a builder\'s BuildKit daemon; the next build starts it again',
    },
    keywords: {
      ko: ['빌더 중지', '빌더 멈추기', 'BuildKit 정지', '자원 아끼기'],
      en: ['stop builder', 'pause builder', 'stop buildkit', 'save resources'],
    },
    details: {
      ko: '이름을 주지 않으면 현재 빌더를 멈춥니다. `docker-container` 빌더라면 BuildKit 컨테이너만 멈추고 빌더 설정과 빌드 캐시는 남으며, 다음 빌드가 자동으로 다시 시작합니다.',
      en: 'Stops the current builder when no name is given. For a `docker-container` builder only the BuildKit container stops; the builder and its build cache remain, and the next build starts it again on its own.',
    },
    examples: ['docker buildx stop multiarch'],
    related: ['docker buildx rm', 'docker buildx ls'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
    },
  },

  'buildx use': {
    summary: {
      ko: '이후의 빌드 명령이 기본으로 쓸 빌더를 선택',
      en: 'Select the builder that later build commands run on by default',
    },
    keywords: {
      ko: ['빌더 선택', '빌더 전환', '현재 빌더', '기본 빌더', '빌더 바꾸기'],
      en: ['use builder', 'switch builder', 'select builder', 'current builder', 'default builder'],
    },
    details: {
      ko: '지정한 빌더를 현재 빌더로 정해, 이후 `docker buildx build`, `docker build`, `docker buildx bake`가 `--builder` 없이도 그 빌더에서 돕니다. 선택은 Docker 컨텍스트마다 따로 저장되며, `--global`은 컨텍스트를 바꿔도 유지되게 하고 `--default`는 현재 컨텍스트의 기본 빌더로 삼습니다. 컨텍스트 이름을 주면 그 컨텍스트의 기본 빌더로 바뀌고, 만들면서 바로 고르려면 `docker buildx create --use`를 씁니다.',
      en: 'Makes the named builder the current one, so later `docker buildx build`, `docker build` and `docker buildx bake` run on it without `--builder`. The choice is stored per Docker context; `--global` keeps it when you switch contexts, and `--default` makes it the default builder of the current context. Naming a context switches to that context\'s default builder; to create and select in one step, use `docker buildx create --use`.',
    },
    examples: ['docker buildx use multiarch', 'docker buildx use default', 'docker buildx use --global multiarch'],
    related: ['docker buildx create', 'docker buildx ls', 'docker context use'],
    options: {
      '--builder': builderFlag,
      '--debug': debugFlag,
      '--default': {
        summary: { ko: '이 빌더를 현재 Docker 컨텍스트의 기본 빌더로 지정', en: 'Make this builder the default for the current Docker context' },
        keywords: { ko: ['기본 빌더', '컨텍스트 기본값'], en: ['default', 'context default'] },
      },
      '--global': {
        summary: { ko: 'Docker 컨텍스트를 바꿔도 이 빌더 선택을 유지', en: 'Keep this builder selected even when you switch Docker contexts' },
        keywords: { ko: ['전역', '컨텍스트 무관', '항상 사용'], en: ['global', 'all contexts', 'persist'] },
      },
    },
  },

  'buildx version': {
    summary: {
      ko: '설치된 Buildx 플러그인의 버전과 커밋 출력',
      en: 'Show the installed Buildx version and commit',
    },
    keywords: {
      ko: ['버전 확인', '빌드엑스 버전', '플러그인 버전'],
      en: ['buildx version', 'version', 'plugin version', 'which buildx'],
    },
    examples: ['docker buildx version'],
    related: ['docker version'],
    options: {
      '--debug': debugFlag,
    },
  },
};
