/** Words for the distribution commands (manifest, plugin, trust): see ./types.ts. */
import type { FlagWords, WordsFile } from './types.js';

/** `--insecure` of `manifest create`, `inspect` and `push`. */
const manifestInsecure: FlagWords = {
  summary: {
    ko: 'HTTP 또는 검증되지 않은 TLS 인증서를 쓰는 레지스트리와도 통신 허용',
    en: 'Allow talking to a registry over plain HTTP or with an unverified TLS certificate',
  },
  keywords: { ko: ['안전하지 않은 레지스트리', '사설 레지스트리', '인증서 무시'], en: ['insecure registry', 'http registry', 'self-signed', 'skip tls'] },
};

/** `--grant-all-permissions` of `plugin install` and `plugin upgrade`. */
const grantAllPermissions: FlagWords = {
  summary: {
    ko: '플러그인이 요구하는 권한(네트워크, 마운트, 장치 등)을 묻지 않고 모두 승인',
    en: 'Accept every privilege the plugin asks for (network, mounts, devices…) without a prompt',
  },
  keywords: { ko: ['권한 승인', '확인 생략', '자동 승인'], en: ['grant permissions', 'no prompt', 'accept privileges', 'non-interactive'] },
  details: {
    ko: '스크립트나 CI에서 대화형 확인을 건너뛸 때 씁니다. 플러그인은 호스트에 넓은 권한을 가질 수 있으니, 신뢰하는 플러그인에만 쓰세요.',
    en: 'Useful in scripts and CI where nobody can answer the prompt. Plugins can get broad access to the host, so only use it for plugins you trust.',
  },
};

/** `--disable-content-trust` of `plugin install` and `plugin upgrade` (verification). */
const pluginSkipVerify: FlagWords = {
  summary: {
    ko: '플러그인 이미지의 서명 검증을 건너뜀 (DOCKER_CONTENT_TRUST=1이 아니면 기본으로 켜짐)',
    en: 'Skip signature verification of the plugin image (on by default unless DOCKER_CONTENT_TRUST=1)',
  },
  keywords: { ko: ['서명 검증 생략', '콘텐츠 신뢰', '검증 끄기'], en: ['content trust', 'skip verification', 'unsigned', 'dct'] },
};

export const distributionWords: WordsFile = {
  // ───────────────────────────── manifest ─────────────────────────────
  manifest: {
    summary: {
      ko: '레지스트리의 이미지 매니페스트와 멀티 플랫폼 매니페스트 목록을 살펴보고 만드는 명령 모음',
      en: 'Inspect and build image manifests and multi-platform manifest lists in a registry',
    },
    keywords: {
      ko: ['매니페스트', '매니페스트 목록', '멀티 플랫폼', '멀티 아키텍처', '아키텍처 확인', '이미지 플랫폼'],
      en: ['manifest', 'manifest list', 'multi-platform', 'multi-arch', 'architectures', 'image index', 'arm64 amd64'],
    },
    details: {
      ko: '매니페스트 목록은 같은 이미지 이름 하나로 여러 플랫폼(amd64, arm64 등)용 이미지를 가리키게 해 줍니다. 하위 명령은 inspect(원격 매니페스트 보기), create(로컬 목록 만들기), annotate(항목에 플랫폼 정보 달기), push(레지스트리에 올리기), rm(로컬 목록 지우기)입니다. 도움말에는 실험적 기능으로 표시되어 있고, 요즘은 docker buildx imagetools가 같은 일을 더 편하게 해 주는 대안입니다.',
      en: 'A manifest list lets one image name point at builds for several platforms (amd64, arm64 and so on). The subcommands are inspect (read a remote manifest), create (make a local list), annotate (set platform details on an entry), push (upload the list) and rm (delete a local list). The help still marks it experimental; docker buildx imagetools is the modern alternative for the same jobs.',
    },
    related: ['docker buildx imagetools', 'docker buildx build', 'docker push'],
    options: {},
  },

  'manifest inspect': {
    summary: {
      ko: '이미지를 받지 않고 레지스트리에 있는 이미지의 매니페스트나 매니페스트 목록을 JSON으로 보기',
      en: "Show an image's manifest or manifest list from the registry as JSON, without pulling it",
    },
    keywords: {
      ko: ['매니페스트 보기', '지원 플랫폼 확인', '아키텍처 확인', 'arm64 지원', '풀 없이 확인', '다이제스트 확인'],
      en: ['inspect manifest', 'which platforms', 'check architecture', 'arm64 support', 'without pulling', 'remote image', 'digest'],
    },
    details: {
      ko: '이미지를 내려받지 않고 레지스트리에서 매니페스트만 읽어 오므로, 어떤 플랫폼(예: linux/arm64)용 이미지가 있는지 미리 확인할 때 좋습니다. 멀티 플랫폼 이미지면 플랫폼별 항목과 다이제스트가 담긴 목록이 나오고, 단일 이미지면 설정과 레이어 정보가 나옵니다. 같은 이름으로 manifest create를 해 둔 로컬 목록이 있으면 그것을 먼저 보여 주고, 인자를 두 개 주면 로컬 목록 안의 해당 이미지 항목을 보여 줍니다. 비공개 저장소는 먼저 docker login이 필요합니다.',
      en: 'It reads only the manifest from the registry, so it is a quick way to see which platforms (such as linux/arm64) an image offers before you pull it. For a multi-platform image you get the list with one entry and digest per platform; for a single image you get its config and layers. A local list made with manifest create under the same name is shown first, and with two arguments it shows that image\'s entry inside a local list. Private repositories need docker login first.',
    },
    examples: [
      'docker manifest inspect nginx:1.27',
      'docker manifest inspect -v nginx:1.27',
      'docker manifest inspect --insecure registry.local:5000/web:1.4',
    ],
    related: ['docker buildx imagetools inspect', 'docker image inspect', 'docker pull', 'docker login'],
    options: {
      '--insecure': manifestInsecure,
      '--verbose': {
        summary: {
          ko: '플랫폼별 레이어와 플랫폼 정보까지 자세히 출력',
          en: 'Also print the layers and platform of each image',
        },
        keywords: { ko: ['자세히', '레이어 보기', '플랫폼 정보'], en: ['verbose', 'layers', 'platform details', 'more info'] },
      },
    },
  },

  'manifest create': {
    summary: {
      ko: '이미 레지스트리에 올라간 이미지들을 묶어 로컬에 매니페스트 목록 만들기',
      en: 'Make a local manifest list from images already pushed to the registry',
    },
    keywords: {
      ko: ['매니페스트 만들기', '멀티 플랫폼 이미지', '멀티 아키텍처', '이미지 묶기', '플랫폼 합치기'],
      en: ['create manifest list', 'multi-arch image', 'multi-platform', 'combine images', 'fat manifest', 'image index'],
    },
    details: {
      ko: '첫 번째 인자가 만들 목록의 이름이고, 나머지는 목록에 넣을 플랫폼별 이미지입니다. 각 이미지의 매니페스트를 레지스트리에서 읽어 오므로 해당 이미지들은 먼저 push되어 있어야 하며, 로컬에만 있는 이미지는 쓸 수 없습니다. 결과는 로컬(클라이언트 설정 디렉터리)에만 저장되고, manifest push를 해야 레지스트리에 반영됩니다. 같은 이름의 로컬 목록이 이미 있으면 --amend 없이는 거부됩니다.',
      en: 'The first argument names the new list; the rest are the per-platform images to put in it. Their manifests are read from the registry, so those images must be pushed first; an image that exists only locally will not do. The list is saved only on the client until you run manifest push. If a local list of that name already exists, it refuses without --amend.',
    },
    examples: [
      'docker manifest create myorg/web:1.4 myorg/web:1.4-amd64 myorg/web:1.4-arm64',
      'docker manifest create --amend myorg/web:latest myorg/web:1.4-amd64 myorg/web:1.4-arm64',
      'docker manifest create --insecure registry.local:5000/web:1.4 registry.local:5000/web:1.4-amd64 registry.local:5000/web:1.4-arm64',
    ],
    related: ['docker manifest annotate', 'docker manifest push', 'docker buildx imagetools create', 'docker push'],
    options: {
      '--amend': {
        summary: {
          ko: '같은 이름의 로컬 목록이 이미 있으면 거기에 이미지를 추가',
          en: 'Add to a local list of the same name instead of refusing',
        },
        keywords: { ko: ['목록 수정', '항목 추가', '덮어쓰기'], en: ['amend', 'update list', 'add to list', 'existing list'] },
      },
      '--insecure': manifestInsecure,
    },
  },

  'manifest annotate': {
    summary: {
      ko: '로컬 매니페스트 목록의 한 항목에 운영체제, 아키텍처 같은 플랫폼 정보를 지정',
      en: 'Set the OS, architecture and other platform details of one entry in a local list',
    },
    keywords: {
      ko: ['매니페스트 주석', '플랫폼 지정', '아키텍처 지정', '변형 지정', '매니페스트 수정'],
      en: ['annotate manifest', 'set platform', 'set architecture', 'variant', 'arm v7', 'edit manifest list'],
    },
    details: {
      ko: 'manifest create로 만든 로컬 목록에만 적용되며, 레지스트리에는 manifest push를 해야 반영됩니다. 이미지 설정에서 읽은 플랫폼 값이 틀렸거나 arm의 v7, v8 같은 변형을 밝혀야 할 때 씁니다.',
      en: 'Works only on a local list made with manifest create; push it afterwards to change the registry. Use it when the platform read from the image is wrong or you need to state an ARM variant such as v7 or v8.',
    },
    examples: [
      'docker manifest annotate --arch arm64 --variant v8 myorg/web:1.4 myorg/web:1.4-arm64',
      'docker manifest annotate --os linux --arch arm --variant v7 myorg/web:1.4 myorg/web:1.4-armv7',
    ],
    related: ['docker manifest create', 'docker manifest push'],
    options: {
      '--arch': {
        summary: { ko: '항목의 CPU 아키텍처 지정 (예: amd64, arm64)', en: 'Set the CPU architecture of the entry (e.g. amd64, arm64)' },
        keywords: { ko: ['아키텍처', 'CPU 종류'], en: ['arch', 'architecture', 'arm64', 'amd64'] },
      },
      '--os': {
        summary: { ko: '항목의 운영체제 지정 (예: linux, windows)', en: 'Set the operating system of the entry (e.g. linux, windows)' },
        keywords: { ko: ['운영체제', '리눅스', '윈도우'], en: ['os', 'operating system', 'linux', 'windows'] },
      },
      '--os-features': {
        summary: { ko: '항목에 필요한 운영체제 기능 목록 지정 (주로 Windows용)', en: 'Set OS features the entry needs (mostly for Windows images)' },
        keywords: { ko: ['운영체제 기능', '윈도우 기능'], en: ['os features', 'windows features'] },
      },
      '--os-version': {
        summary: { ko: '항목의 운영체제 버전 지정 (주로 Windows 빌드 번호)', en: 'Set the OS version of the entry (mostly a Windows build number)' },
        keywords: { ko: ['운영체제 버전', '윈도우 빌드'], en: ['os version', 'windows build'] },
      },
      '--variant': {
        summary: { ko: '아키텍처의 변형 지정 (예: arm의 v7, v8)', en: 'Set the architecture variant (e.g. v7 or v8 for ARM)' },
        keywords: { ko: ['아키텍처 변형', 'arm 버전'], en: ['variant', 'armv7', 'arm v8'] },
      },
    },
  },

  'manifest push': {
    summary: {
      ko: '로컬에서 만든 매니페스트 목록을 레지스트리에 올리기',
      en: 'Upload a local manifest list to its registry',
    },
    keywords: {
      ko: ['매니페스트 올리기', '매니페스트 푸시', '멀티 플랫폼 배포', '목록 업로드', '레지스트리 업로드'],
      en: ['push manifest list', 'publish multi-arch', 'upload manifest', 'multi-platform push', 'registry'],
    },
    details: {
      ko: '목록만 올라가고, 목록에 든 이미지들은 이미 레지스트리에 있어야 합니다. 올린 뒤에도 로컬 목록은 남아 있어서, 다시 create 하려면 --amend를 쓰거나 manifest rm으로 지워야 합니다. --purge를 주면 올린 직후 로컬 목록을 지웁니다. 레지스트리에 쓰기 권한이 있어야 하니 먼저 docker login을 해 두세요.',
      en: 'Only the list is uploaded; the images it names must already be in the registry. The local list stays after the push, so a later create of the same name needs --amend or a manifest rm first; --purge deletes it right after a successful push. You need write access, so run docker login first.',
    },
    examples: [
      'docker manifest push myorg/web:1.4',
      'docker manifest push --purge myorg/web:1.4',
      'docker manifest push --insecure registry.local:5000/web:1.4',
    ],
    related: ['docker manifest create', 'docker manifest rm', 'docker login', 'docker buildx imagetools create'],
    options: {
      '--insecure': manifestInsecure,
      '--purge': {
        summary: { ko: '올리기가 끝나면 로컬 매니페스트 목록을 삭제', en: 'Delete the local manifest list after the push' },
        keywords: { ko: ['로컬 목록 삭제', '정리', '푸시 후 삭제'], en: ['purge', 'clean up', 'remove local list'] },
      },
    },
  },

  'manifest rm': {
    summary: {
      ko: '로컬에 저장된 매니페스트 목록 삭제 (레지스트리는 그대로)',
      en: 'Delete manifest lists from local storage (the registry is not touched)',
    },
    keywords: {
      ko: ['매니페스트 삭제', '로컬 목록 삭제', '매니페스트 지우기', '목록 정리'],
      en: ['remove manifest list', 'delete local manifest', 'manifest rm', 'clean up'],
    },
    details: {
      ko: 'manifest create로 만든 로컬 목록만 지웁니다. 이미 레지스트리에 올린 목록이나 이미지, 로컬 이미지는 지워지지 않습니다.',
      en: 'Removes only local lists made with manifest create. Lists already pushed to a registry, the images they name and your local images all stay.',
    },
    examples: ['docker manifest rm myorg/web:1.4'],
    related: ['docker manifest create', 'docker manifest push'],
    options: {},
  },

  // ───────────────────────────── plugin ─────────────────────────────
  plugin: {
    summary: {
      ko: 'Docker 엔진에 설치하는 관리형 플러그인(볼륨·네트워크·로그 드라이버 등)을 다루는 명령 모음',
      en: 'Manage Engine plugins: volume, network, logging and other drivers run by the daemon',
    },
    keywords: {
      ko: ['플러그인', '엔진 플러그인', '볼륨 드라이버', '네트워크 드라이버', '로그 드라이버', '플러그인 관리'],
      en: ['plugin', 'engine plugin', 'managed plugin', 'volume driver', 'network driver', 'logging driver'],
    },
    details: {
      ko: '여기서 말하는 플러그인은 데몬이 실행하는 엔진 관리형 플러그인(예: sshfs 볼륨 드라이버, Loki 로그 드라이버)이며, compose나 buildx 같은 CLI 플러그인과는 다릅니다. CLI 플러그인은 이 명령으로 설치하거나 볼 수 없습니다. 하위 명령은 install, ls, inspect, enable, disable, set, upgrade, rm, create, push입니다. 설정 변경(set)과 업그레이드(upgrade)는 플러그인을 비활성화한 상태에서만 됩니다.',
      en: 'These are Engine managed plugins that the daemon runs (for example an sshfs volume driver or the Loki logging driver), not CLI plugins such as compose or buildx, which this command cannot install or list. The subcommands are install, ls, inspect, enable, disable, set, upgrade, rm, create and push. Changing settings (set) and upgrading only work while the plugin is disabled.',
    },
    related: ['docker volume create', 'docker network create'],
    options: {},
  },

  'plugin install': {
    summary: {
      ko: '레지스트리에서 엔진 플러그인을 받아 설치하고 바로 활성화',
      en: 'Pull an Engine plugin from a registry, install it and enable it',
    },
    keywords: {
      ko: ['플러그인 설치', '볼륨 드라이버 설치', '로그 드라이버 설치', '드라이버 설치', '플러그인 받기'],
      en: ['install plugin', 'add plugin', 'volume driver', 'logging driver', 'network driver', 'sshfs', 'loki'],
    },
    details: {
      ko: '설치 전에 플러그인이 요구하는 권한(호스트 네트워크, 마운트, 장치 접근 등)을 보여 주고 승인을 묻습니다. 이름 뒤의 KEY=VALUE로 플러그인 설정값(예: DEBUG=1)을 설치와 동시에 줄 수 있습니다. compose, buildx 같은 CLI 플러그인은 이 명령으로 설치하지 않습니다. 설치 후에는 volume create --driver나 run --log-driver 등에서 플러그인 이름으로 씁니다.',
      en: 'Before installing it lists the privileges the plugin wants (host network, mounts, device access…) and asks you to accept. KEY=VALUE pairs after the name set plugin settings at install time (e.g. DEBUG=1). CLI plugins like compose or buildx are not installed this way. Once installed, refer to the plugin by name, e.g. in volume create --driver or run --log-driver.',
    },
    examples: [
      'docker plugin install vieux/sshfs DEBUG=1',
      'docker plugin install --grant-all-permissions --alias loki grafana/loki-docker-driver:latest',
      'docker plugin install --disable vieux/sshfs',
    ],
    related: ['docker plugin ls', 'docker plugin enable', 'docker plugin set', 'docker volume create'],
    options: {
      '--alias': {
        summary: { ko: '이 호스트에서 플러그인을 부를 로컬 이름 지정', en: 'Give the plugin a local name to use on this host' },
        keywords: { ko: ['별칭', '플러그인 이름', '로컬 이름'], en: ['alias', 'local name', 'rename plugin'] },
      },
      '--disable': {
        summary: { ko: '설치만 하고 활성화하지 않음', en: 'Install the plugin but leave it disabled' },
        keywords: { ko: ['비활성 설치', '설치만', '나중에 활성화'], en: ['disabled', 'do not enable', 'install only'] },
        details: {
          ko: '활성화 전에 plugin set으로 설정을 바꿔야 할 때 유용합니다.',
          en: 'Handy when you need to change settings with plugin set before the plugin first starts.',
        },
      },
      '--disable-content-trust': pluginSkipVerify,
      '--grant-all-permissions': grantAllPermissions,
    },
  },

  'plugin ls': {
    summary: {
      ko: '설치된 엔진 플러그인과 활성화 여부 목록 보기',
      en: 'List installed Engine plugins and whether each is enabled',
    },
    keywords: {
      ko: ['플러그인 목록', '플러그인 보기', '설치된 플러그인', '활성화 여부', '드라이버 목록'],
      en: ['list plugins', 'plugin list', 'installed plugins', 'enabled plugins', 'show plugins', 'drivers'],
    },
    details: {
      ko: 'ID, 이름, 설명, 활성화 여부가 표로 나옵니다. 엔진 관리형 플러그인만 보이며, compose나 buildx 같은 CLI 플러그인은 docker info 등에서 확인해야 합니다. --filter enabled=true나 capability=volumedriver로 좁힐 수 있습니다.',
      en: 'Shows a table of ID, name, description and enabled state. Only Engine managed plugins appear; CLI plugins such as compose or buildx are not listed here (docker info shows those). Narrow it with --filter enabled=true or capability=volumedriver.',
    },
    examples: [
      'docker plugin ls',
      'docker plugin ls --filter enabled=true',
      'docker plugin ls --filter capability=volumedriver',
      "docker plugin ls --format '{{.Name}}: {{.Enabled}}'",
    ],
    related: ['docker plugin install', 'docker plugin inspect', 'docker info'],
    options: {
      '--filter': {
        summary: {
          ko: '조건으로 목록 좁히기 (enabled=true|false, capability=volumedriver 등)',
          en: 'Narrow the list by a condition (enabled=true|false, capability=volumedriver…)',
        },
        keywords: { ko: ['필터', '조건 검색', '활성 플러그인만'], en: ['filter', 'enabled', 'capability', 'only enabled'] },
      },
      '--format': {
        summary: {
          ko: '출력 모양 지정: table, json 또는 Go 템플릿',
          en: 'Choose the output: table, json or a Go template',
        },
        keywords: { ko: ['출력 형식', '템플릿', 'JSON 출력'], en: ['format', 'template', 'json', 'table'] },
      },
      '--no-trunc': {
        summary: { ko: 'ID와 설명을 자르지 않고 전부 출력', en: 'Print full IDs and descriptions without cutting them short' },
        keywords: { ko: ['전체 출력', '자르지 않기', '긴 ID'], en: ['no truncate', 'full id', 'full output'] },
      },
      '--quiet': {
        summary: { ko: '플러그인 ID만 출력', en: 'Print only plugin IDs' },
        keywords: { ko: ['ID만', '조용히', '스크립트용'], en: ['quiet', 'ids only', 'scripting'] },
      },
    },
  },

  'plugin inspect': {
    summary: {
      ko: '플러그인의 설정, 권한, 설정값 등 자세한 정보를 JSON으로 보기',
      en: "Show a plugin's configuration, privileges and settings in detail as JSON",
    },
    keywords: {
      ko: ['플러그인 정보', '플러그인 상세', '플러그인 설정 확인', '플러그인 조회'],
      en: ['inspect plugin', 'plugin details', 'plugin config', 'plugin settings', 'plugin json'],
    },
    examples: ['docker plugin inspect vieux/sshfs', "docker plugin inspect -f '{{.Enabled}}' vieux/sshfs"],
    related: ['docker plugin ls', 'docker plugin set'],
    options: {
      '--format': {
        summary: { ko: '출력 모양 지정: json 또는 Go 템플릿', en: 'Choose the output: json or a Go template' },
        keywords: { ko: ['출력 형식', '템플릿', '값 하나만'], en: ['format', 'template', 'json', 'single field'] },
      },
    },
  },

  'plugin enable': {
    summary: {
      ko: '설치되어 있지만 꺼진 플러그인을 켜서 쓸 수 있게 하기',
      en: 'Turn on an installed plugin so it can be used',
    },
    keywords: {
      ko: ['플러그인 활성화', '플러그인 켜기', '플러그인 시작', '드라이버 켜기'],
      en: ['enable plugin', 'turn on plugin', 'start plugin', 'activate'],
    },
    examples: ['docker plugin enable vieux/sshfs'],
    related: ['docker plugin disable', 'docker plugin ls'],
    options: {
      '--timeout': {
        summary: { ko: '데몬이 플러그인을 켜는 동안 기다릴 시간(초, 기본 30초)', en: 'How long to wait for the plugin to start, in seconds (default 30)' },
        keywords: { ko: ['대기 시간', '타임아웃'], en: ['timeout', 'wait', 'seconds'] },
      },
    },
  },

  'plugin disable': {
    summary: {
      ko: '플러그인을 끄기 (설치와 설정은 그대로 남음)',
      en: 'Turn a plugin off; it stays installed with its settings',
    },
    keywords: {
      ko: ['플러그인 비활성화', '플러그인 끄기', '플러그인 중지', '드라이버 끄기'],
      en: ['disable plugin', 'turn off plugin', 'stop plugin', 'deactivate'],
    },
    details: {
      ko: '볼륨이나 컨테이너가 사용 중인 플러그인은 기본적으로 끄지 못합니다. 설정 변경이나 업그레이드, 삭제 전에 먼저 이 명령으로 꺼 둡니다.',
      en: 'A plugin that volumes or containers are using cannot be disabled without --force. Disable a plugin before changing its settings, upgrading or removing it.',
    },
    examples: ['docker plugin disable vieux/sshfs'],
    related: ['docker plugin enable', 'docker plugin set', 'docker plugin rm'],
    options: {
      '--force': {
        summary: { ko: '사용 중인 플러그인이라도 강제로 끄기', en: 'Disable the plugin even while something is using it' },
        keywords: { ko: ['강제', '강제 비활성화'], en: ['force', 'in use'] },
        details: {
          ko: '플러그인을 쓰는 볼륨이나 컨테이너가 제대로 동작하지 않을 수 있습니다.',
          en: 'Volumes or containers that rely on it may stop working properly.',
        },
      },
    },
  },

  'plugin set': {
    summary: {
      ko: '플러그인의 설정값(환경 변수, 마운트 경로, 장치, 인자) 바꾸기',
      en: "Change a plugin's settings: environment, mount sources, devices or args",
    },
    keywords: {
      ko: ['플러그인 설정', '설정 변경', '환경 변수', '플러그인 옵션'],
      en: ['plugin settings', 'configure plugin', 'set env', 'plugin options', 'key=value'],
    },
    details: {
      ko: '플러그인이 바꿀 수 있다고 밝힌 값만 바꿀 수 있고, 켜져 있는 동안에는 거부되니 먼저 plugin disable로 끈 뒤 설정하고 다시 켜세요.',
      en: 'Only values the plugin declares as settable can change, and it refuses while the plugin is enabled: disable it, set the values, then enable it again.',
    },
    examples: ['docker plugin set vieux/sshfs DEBUG=1'],
    related: ['docker plugin disable', 'docker plugin enable', 'docker plugin inspect'],
    options: {},
  },

  'plugin upgrade': {
    summary: {
      ko: '설치된 플러그인을 새 버전 이미지로 교체',
      en: 'Replace an installed plugin with a newer image of it',
    },
    keywords: {
      ko: ['플러그인 업그레이드', '플러그인 업데이트', '새 버전', '드라이버 업데이트'],
      en: ['upgrade plugin', 'update plugin', 'new version', 'plugin update'],
    },
    details: {
      ko: '켜진 플러그인은 업그레이드할 수 없으니 먼저 plugin disable로 끄고, 끝나면 다시 켜야 합니다. 원격 이름을 생략하면 처음 설치했던 이미지 이름으로 새로 받습니다. 플러그인을 가리키던 볼륨 등은 업그레이드 뒤에도 그대로 쓸 수 있습니다.',
      en: 'An enabled plugin cannot be upgraded: disable it first and enable it again afterwards. Without a remote name it pulls again from the image it was installed from. Volumes and other things that refer to the plugin keep working.',
    },
    examples: ['docker plugin upgrade vieux/sshfs vieux/sshfs:next'],
    related: ['docker plugin disable', 'docker plugin enable', 'docker plugin install'],
    options: {
      '--disable-content-trust': pluginSkipVerify,
      '--grant-all-permissions': grantAllPermissions,
      '--skip-remote-check': {
        summary: {
          ko: '새 이미지가 원래 설치한 플러그인과 같은 것인지 확인하지 않음',
          en: 'Do not check that the remote image matches the installed plugin',
        },
        keywords: { ko: ['확인 생략', '다른 이미지로 교체'], en: ['skip check', 'different remote', 'switch image'] },
      },
    },
  },

  'plugin rm': {
    summary: {
      ko: '엔진 플러그인을 호스트에서 삭제',
      en: 'Remove Engine plugins from the host',
    },
    keywords: {
      ko: ['플러그인 삭제', '플러그인 제거', '플러그인 지우기', '드라이버 삭제'],
      en: ['remove plugin', 'delete plugin', 'uninstall plugin', 'plugin remove'],
    },
    details: {
      ko: '플러그인 자체를 데몬에서 지우는 명령으로, 보통은 먼저 plugin disable로 꺼야 합니다. 켜져 있거나 사용 중이면 거부하고, --force를 주면 끄고 지웁니다. 플러그인으로 만든 볼륨이나 네트워크를 정리해 주지는 않습니다.',
      en: 'Removes the plugin itself from the daemon; normally disable it first. It refuses while the plugin is enabled or in use, and --force disables and removes it anyway. It does not clean up volumes or networks made with the plugin.',
    },
    examples: ['docker plugin rm vieux/sshfs', 'docker plugin rm -f vieux/sshfs'],
    related: ['docker plugin disable', 'docker plugin ls'],
    options: {
      '--force': {
        summary: { ko: '켜져 있거나 사용 중인 플러그인도 강제로 삭제', en: 'Remove the plugin even if it is enabled or in use' },
        keywords: { ko: ['강제 삭제', '강제'], en: ['force', 'force remove'] },
      },
    },
  },

  'plugin create': {
    summary: {
      ko: 'config.json과 rootfs 디렉터리로 새 플러그인 만들기',
      en: 'Build a plugin from a directory holding config.json and a rootfs',
    },
    keywords: {
      ko: ['플러그인 만들기', '플러그인 개발', '플러그인 빌드', '루트 파일시스템'],
      en: ['create plugin', 'build plugin', 'plugin development', 'rootfs', 'config.json'],
    },
    details: {
      ko: '지정한 디렉터리에 플러그인 설정 파일 config.json과 rootfs 디렉터리가 있어야 합니다. 만든 플러그인은 꺼진 상태로 로컬에 등록되며, 배포하려면 plugin push로 올립니다.',
      en: 'The directory must contain the plugin\'s config.json and a rootfs directory. The new plugin is registered locally in the disabled state; publish it with plugin push.',
    },
    examples: ['docker plugin create myorg/my-volume-driver ./plugin'],
    related: ['docker plugin push', 'docker plugin enable'],
    options: {
      '--compress': {
        summary: { ko: '데몬에 보내는 디렉터리 내용을 gzip으로 압축', en: 'Gzip the directory contents sent to the daemon' },
        keywords: { ko: ['압축', 'gzip'], en: ['compress', 'gzip'] },
      },
    },
  },

  'plugin push': {
    summary: {
      ko: '로컬 플러그인을 레지스트리에 올리기',
      en: 'Upload a local plugin to a registry',
    },
    keywords: {
      ko: ['플러그인 올리기', '플러그인 푸시', '플러그인 배포', '플러그인 업로드'],
      en: ['push plugin', 'publish plugin', 'upload plugin', 'share plugin'],
    },
    examples: ['docker plugin push myorg/my-volume-driver:1.0'],
    related: ['docker plugin create', 'docker login'],
    options: {
      '--disable-content-trust': {
        summary: {
          ko: '올릴 때 서명하지 않음 (DOCKER_CONTENT_TRUST=1이 아니면 기본으로 켜짐)',
          en: 'Push without signing (on by default unless DOCKER_CONTENT_TRUST=1)',
        },
        keywords: { ko: ['서명 생략', '콘텐츠 신뢰'], en: ['content trust', 'no signing', 'dct'] },
      },
    },
  },

  // ───────────────────────────── trust ─────────────────────────────
  trust: {
    summary: {
      ko: 'Docker Content Trust(Notary)로 이미지 태그에 서명하고 서명을 확인하는 명령 모음',
      en: 'Sign image tags and check signatures with Docker Content Trust (Notary)',
    },
    keywords: {
      ko: ['이미지 서명', '서명 확인', '콘텐츠 신뢰', '신뢰', '노터리', '서명 키'],
      en: ['trust', 'content trust', 'dct', 'sign image', 'notary', 'signature', 'verify image'],
    },
    details: {
      ko: 'Docker Content Trust는 Notary 서버에 태그별 서명을 저장합니다. DOCKER_CONTENT_TRUST=1을 설정하면 pull, run, create 등은 서명된 태그만 쓰고 push는 자동으로 서명합니다. 하위 명령은 inspect(서명 보기), sign(서명), revoke(서명 철회), key(키 관리: generate, load), signer(서명자 관리: add, remove)입니다. 키는 ~/.docker/trust에 보관되며, 루트 키를 잃으면 복구가 어려우니 꼭 백업하세요.',
      en: 'Docker Content Trust keeps per-tag signatures on a Notary server. With DOCKER_CONTENT_TRUST=1, pull, run, create and the like use only signed tags, and push signs automatically. The subcommands are inspect (show signatures), sign, revoke (withdraw signatures), key (generate, load) and signer (add, remove). Keys live in ~/.docker/trust; back up the root key, as losing it is hard to recover from.',
    },
    related: ['docker push', 'docker pull'],
    options: {},
  },

  'trust inspect': {
    summary: {
      ko: '이미지 태그의 서명, 서명자, 관리 키 정보 보기',
      en: 'Show the signatures, signers and keys of an image or tag',
    },
    keywords: {
      ko: ['서명 확인', '서명 보기', '서명자 확인', '신뢰 정보', '이미지 검증'],
      en: ['inspect trust', 'check signature', 'who signed', 'signed tags', 'signers', 'verify image'],
    },
    details: {
      ko: '태그를 주면 그 태그의 서명과 다이제스트를, 저장소 이름만 주면 서명된 모든 태그를 보여 줍니다. 서명자 목록과 루트 키, 저장소 키의 ID도 함께 나옵니다. 기본 출력은 JSON이고, 사람이 읽기 쉬운 표로 보려면 --pretty를 붙입니다. 서명이 없는 이미지면 신뢰 데이터가 없다는 오류가 납니다.',
      en: 'With a tag it shows that tag\'s signature and digest; with only a repository it shows every signed tag. It also lists the signers and the IDs of the root and repository keys. Output is JSON by default; add --pretty for readable tables. An unsigned image gives an error saying there is no trust data.',
    },
    examples: [
      'docker trust inspect myorg/web:1.4',
      'docker trust inspect --pretty myorg/web',
      'docker trust inspect myorg/web:1.4 myorg/api:2.0',
    ],
    related: ['docker trust sign', 'docker trust signer add', 'docker image inspect'],
    options: {
      '--pretty': {
        summary: { ko: 'JSON 대신 사람이 읽기 쉬운 표로 출력', en: 'Print readable tables instead of JSON' },
        keywords: { ko: ['보기 좋게', '표 출력', '읽기 쉽게'], en: ['pretty', 'human readable', 'table'] },
      },
    },
  },

  'trust sign': {
    summary: {
      ko: '이미지 태그에 서명하고 서명 데이터를 Notary에 올리기',
      en: 'Sign an image tag and publish the signature to Notary',
    },
    keywords: {
      ko: ['이미지 서명', '태그 서명', '서명하기', '콘텐츠 신뢰', '서명 후 푸시'],
      en: ['sign image', 'sign tag', 'content trust', 'dct', 'notary', 'signed push'],
    },
    details: {
      ko: '태그를 꼭 적어야 합니다(다이제스트는 안 됨). 이미 서명된 태그면 레지스트리의 이미지에 내 서명을 더하고, 아직 서명 데이터가 없는 태그면 로컬 이미지를 push 하면서 서명합니다. 저장소에 처음 서명할 때는 루트 키와 저장소 키를 만들며 암호를 묻습니다. 서명자로 등록된 키(trust key load, trust signer add)가 있으면 그 키로 서명합니다.',
      en: 'A tag is required (a digest will not do). If the tag is already signed, your signature is added for the image in the registry; if it has no trust data yet, the local image is pushed and signed. Signing a repository for the first time creates its root and repository keys and asks for passphrases. Keys loaded and added as a signer (trust key load, trust signer add) are used to sign.',
    },
    examples: [
      'docker trust sign myorg/web:1.4',
      'docker trust sign --local myorg/web:1.4',
      'docker trust sign registry.example.com/team/api:2.0',
    ],
    related: ['docker trust inspect', 'docker trust revoke', 'docker trust signer add', 'docker push'],
    options: {
      '--local': {
        summary: {
          ko: '로컬에 태그된 이미지를 push 하면서 서명 (원격 서명 데이터를 덮어쓸 수 있음)',
          en: 'Push and sign the locally tagged image, possibly overwriting remote trust data',
        },
        keywords: { ko: ['로컬 이미지 서명', '덮어쓰기'], en: ['local image', 'sign local', 'overwrite'] },
      },
    },
  },

  'trust revoke': {
    summary: {
      ko: '태그나 저장소 전체의 서명을 철회 (이미지 자체는 레지스트리에 남음)',
      en: 'Withdraw the signatures of a tag or a whole repository; the image itself stays',
    },
    keywords: {
      ko: ['서명 철회', '서명 취소', '서명 삭제', '신뢰 제거'],
      en: ['revoke signature', 'remove trust', 'unsign', 'delete signature'],
    },
    details: {
      ko: '태그를 주면 그 태그의 서명만, 저장소 이름만 주면 모든 태그의 서명을 지웁니다(이때는 확인을 묻습니다). 레지스트리의 이미지는 지워지지 않지만, DOCKER_CONTENT_TRUST=1인 환경에서는 더 이상 그 태그를 받을 수 없습니다.',
      en: 'With a tag it removes only that tag\'s signatures; with just a repository it removes them for every tag, after asking. The image stays in the registry, but clients with DOCKER_CONTENT_TRUST=1 can no longer pull that tag.',
    },
    examples: ['docker trust revoke myorg/web:1.4', 'docker trust revoke -y myorg/web'],
    related: ['docker trust sign', 'docker trust inspect'],
    options: {
      '--yes': {
        summary: { ko: '확인을 묻지 않고 바로 철회', en: 'Revoke without asking for confirmation' },
        keywords: { ko: ['확인 생략', '자동 승인'], en: ['yes', 'no prompt', 'assume yes'] },
      },
    },
  },

  'trust key': {
    summary: {
      ko: '이미지 서명에 쓸 키를 만들고 불러오는 명령 모음',
      en: 'Create and load the keys used to sign images',
    },
    keywords: {
      ko: ['서명 키', '키 관리', '개인 키', '공개 키'],
      en: ['trust key', 'signing key', 'key pair', 'private key', 'public key'],
    },
    details: {
      ko: '하위 명령은 generate(새 키 쌍 만들기)와 load(있는 개인 키 불러오기)입니다. 개인 키는 ~/.docker/trust에 암호로 보호되어 저장되고, 공개 키는 trust signer add로 저장소에 등록합니다.',
      en: 'The subcommands are generate (make a new key pair) and load (import an existing private key). Private keys are stored passphrase-protected in ~/.docker/trust; register the public key on a repository with trust signer add.',
    },
    related: ['docker trust signer add', 'docker trust sign'],
    options: {},
  },

  'trust key generate': {
    summary: {
      ko: '서명용 키 쌍을 만들어 개인 키는 저장하고 공개 키는 파일로 남기기',
      en: 'Make a signing key pair: store the private key, write the public key to a file',
    },
    keywords: {
      ko: ['키 생성', '키 만들기', '서명 키 생성', '키 쌍'],
      en: ['generate key', 'create key', 'new signing key', 'key pair'],
    },
    details: {
      ko: '개인 키는 암호를 정해 ~/.docker/trust에 바로 불러오고, 공개 키는 현재 디렉터리(또는 --dir)에 NAME.pub로 씁니다. 같은 이름의 .pub 파일이 이미 있으면 거부합니다.',
      en: 'The private key is protected with a passphrase you choose and loaded into ~/.docker/trust; the public key is written as NAME.pub in the current directory (or --dir). It refuses if that .pub file already exists.',
    },
    examples: ['docker trust key generate alice', 'docker trust key generate --dir ./keys alice'],
    related: ['docker trust signer add', 'docker trust key load'],
    options: {
      '--dir': {
        summary: { ko: '공개 키 파일을 쓸 디렉터리 (기본은 현재 디렉터리)', en: 'Directory to write the public key file to (default: current directory)' },
        keywords: { ko: ['저장 위치', '디렉터리'], en: ['dir', 'output directory', 'public key path'] },
      },
    },
  },

  'trust key load': {
    summary: {
      ko: '가지고 있는 개인 키 파일을 서명용으로 불러오기',
      en: 'Import an existing private key file for signing',
    },
    keywords: {
      ko: ['키 불러오기', '키 가져오기', '개인 키 등록', '키 로드'],
      en: ['load key', 'import key', 'private key', 'add signing key'],
    },
    details: {
      ko: '키는 ~/.docker/trust에 저장되며, 이후 이 키에 해당하는 공개 키가 서명자로 등록된 저장소에 서명할 때 쓰입니다.',
      en: 'The key is stored in ~/.docker/trust and used when you sign in repositories where its public key is registered as a signer.',
    },
    examples: ['docker trust key load --name alice key.pem'],
    related: ['docker trust key generate', 'docker trust signer add'],
    options: {
      '--name': {
        summary: { ko: '불러온 키에 붙일 이름 (기본 "signer")', en: 'Name to give the loaded key (default "signer")' },
        keywords: { ko: ['키 이름', '서명자 이름'], en: ['key name', 'signer name'] },
      },
    },
  },

  'trust signer': {
    summary: {
      ko: '저장소에 서명할 수 있는 서명자를 추가하고 빼는 명령 모음',
      en: 'Add and remove who may sign tags in a repository',
    },
    keywords: {
      ko: ['서명자', '서명자 관리', '서명 권한', '위임'],
      en: ['signer', 'manage signers', 'delegation', 'signing rights'],
    },
    details: {
      ko: '하위 명령은 add(공개 키로 서명자 등록)와 remove(서명자 빼기)입니다. 서명자는 Notary의 위임 역할로 기록되며, 바꾸려면 저장소 키의 암호가 필요합니다.',
      en: 'The subcommands are add (register a signer by public key) and remove. Signers are recorded as Notary delegations, and changing them needs the repository key\'s passphrase.',
    },
    related: ['docker trust key generate', 'docker trust sign'],
    options: {},
  },

  'trust signer add': {
    summary: {
      ko: '공개 키로 서명자를 저장소에 등록해 서명 권한 주기',
      en: 'Register a signer by public key so they can sign in a repository',
    },
    keywords: {
      ko: ['서명자 추가', '서명자 등록', '서명 권한 부여', '공개 키 등록'],
      en: ['add signer', 'register signer', 'delegation', 'grant signing', 'public key'],
    },
    details: {
      ko: '저장소에 아직 서명 데이터가 없으면 먼저 초기화하면서 루트 키와 저장소 키를 만들고 암호를 묻습니다. 여러 저장소 이름을 한 번에 줄 수 있습니다.',
      en: 'If the repository has no trust data yet, it is set up first, creating root and repository keys and asking for passphrases. You can give several repositories at once.',
    },
    examples: ['docker trust signer add --key alice.pub alice myorg/web'],
    related: ['docker trust key generate', 'docker trust signer remove', 'docker trust inspect'],
    options: {
      '--key': {
        summary: { ko: '서명자의 공개 키 파일 경로 (여러 번 지정 가능)', en: "Path to the signer's public key file (repeatable)" },
        keywords: { ko: ['공개 키', '키 파일'], en: ['key', 'public key', 'pub file'] },
      },
    },
  },

  'trust signer remove': {
    summary: {
      ko: '저장소에서 서명자를 빼서 더 이상 서명하지 못하게 하기',
      en: 'Take a signer off a repository so they can no longer sign',
    },
    keywords: {
      ko: ['서명자 제거', '서명자 삭제', '서명자 빼기', '서명 권한 회수'],
      en: ['remove signer', 'delete signer', 'revoke signer', 'delegation'],
    },
    details: {
      ko: '그 서명자의 서명이 빠지면 마지막으로 서명된 태그를 검증할 수 없게 되는 경우에는 확인을 묻습니다. 그러면 DOCKER_CONTENT_TRUST=1인 환경에서 해당 저장소를 받을 수 없게 되니 주의하세요.',
      en: 'If dropping this signer would leave the latest released tags without enough valid signatures, it asks first: the repository would then be unpullable with DOCKER_CONTENT_TRUST=1.',
    },
    examples: ['docker trust signer remove alice myorg/web'],
    related: ['docker trust signer add', 'docker trust inspect'],
    options: {
      '--force': {
        summary: {
          ko: '마지막 서명자를 지울 때도 확인을 묻지 않음',
          en: 'Do not ask before removing the signer of the latest release',
        },
        keywords: { ko: ['강제', '확인 생략'], en: ['force', 'no prompt'] },
      },
    },
  },
};
