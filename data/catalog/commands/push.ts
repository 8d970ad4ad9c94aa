/** `docker push`: catalog entry. Flag facts follow `docker push --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const push: CommandSpec = {
  name: 'push',
  aliases: ['image push'],
  usage: 'docker push [OPTIONS] NAME[:TAG]',
  args: [{ name: 'NAME[:TAG]', required: true, repeatable: false, role: 'image' }],
  summary: {
    ko: '로컬 이미지를 Docker Hub나 사설 레지스트리로 업로드',
    en: 'Upload a local image to Docker Hub or a private registry',
  },
  details: {
    ko: '어디로 올라갈지는 이미지 이름이 정합니다. 주소 접두어가 없으면 Docker Hub로 가는데, 이때는 user/repo처럼 자기 계정 이름이 붙어 있어야 하고 먼저 docker login으로 로그인해 두어야 합니다. host:5000/repo처럼 주소가 붙어 있으면 그 레지스트리로 보냅니다. 레지스트리에 이미 있는 레이어는 다시 보내지 않습니다. HTTPS 없이 HTTP로만 동작하는 레지스트리라면 데몬 설정(daemon.json)의 insecure-registries에 그 주소를 넣고 데몬을 재시작해야 올릴 수 있습니다(localhost는 예외).',
    en: 'The image name decides where it goes. With no host prefix it goes to Docker Hub, where the name must start with your account (user/repo) and you must sign in first with docker login. With a prefix such as host:5000/repo it goes to that registry instead. Layers the registry already has are not sent again. A registry that speaks plain HTTP rather than HTTPS only accepts pushes after its address is added to insecure-registries in the daemon configuration (daemon.json) and the daemon is restarted; localhost is exempt.',
  },
  keywords: {
    ko: ['업로드', '푸시', '배포', '올리기', '도커 허브', '사설 레지스트리', '레지스트리', '로그인'],
    en: ['push', 'upload', 'publish', 'deploy', 'docker hub', 'private registry', 'insecure registry'],
  },
  options: [
    {
      long: '--all-tags', short: '-a', type: 'bool', repeatable: false,
      summary: {
        ko: '로컬에 있는 해당 저장소의 모든 태그를 한꺼번에 올림 (이름은 태그 없이 적음)',
        en: 'Push every local tag of the repository; give the name without a tag',
      },
      keywords: {
        ko: ['모든 태그', '전체 태그', '한꺼번에 업로드', '전체 업로드'],
        en: ['every tag', 'whole repository', 'upload all', 'bulk push'],
      },
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
      summary: {
        ko: '이미지 서명을 건너뜀 (DOCKER_CONTENT_TRUST를 켰을 때만 의미가 있음)',
        en: 'Skip signing the image; only matters when DOCKER_CONTENT_TRUST is enabled',
      },
      keywords: {
        ko: ['서명 생략', '이미지 서명', '콘텐츠 신뢰', '서명 검증'],
        en: ['notary', 'signing', 'skip signing', 'docker_content_trust'],
      },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: {
        ko: '멀티 플랫폼 이미지 중 한 플랫폼만 단일 플랫폼 이미지로 올림 (인덱스와 다른 매니페스트는 빠짐)',
        en: 'Push only one platform of a multi-platform image, as a single-platform image',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '멀티 플랫폼', '단일 플랫폼'],
        en: ['architecture', 'arch', 'single platform', 'manifest', 'multi-arch'],
      },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: {
        ko: '업로드 진행 상황을 출력하지 않음',
        en: 'Hide the progress output while pushing',
      },
      keywords: {
        ko: ['조용히', '출력 숨기기', '진행 상황 숨김'],
        en: ['silent', 'no progress', 'suppress output'],
      },
    },
  ],
  examples: [
    'docker push alicek107/my-image-name:0.0',
    'docker push 192.168.0.10:5000/my-image-name:0.0',
    'docker push --all-tags alicek107/my-image-name',
  ],
};
