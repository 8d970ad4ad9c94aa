/** `docker images`: catalog entry. Flag facts follow `docker images --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const images: CommandSpec = {
  name: 'images',
  aliases: ['image ls', 'image list'],
  usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  args: [{ name: 'REPOSITORY[:TAG]', required: false, repeatable: false, role: 'image' }],
  summary: {
    ko: '로컬에 저장된 이미지의 저장소, 태그, ID, 크기를 표로 보여 줌',
    en: 'Show the images stored locally with their repository, tag, ID and size',
  },
  details: {
    ko: '도커 엔진에 내려받았거나 빌드, 커밋으로 만든 이미지를 한눈에 확인합니다. 저장소 이름이나 `이름:태그`를 인자로 주면 그 이미지만 추려서 보여 줍니다. 이름이 떨어져 나간 이미지는 `<none>`으로 표시되며, `-f dangling=true`로 이런 댕글링 이미지만 골라 볼 수 있습니다.',
    en: 'Gives an overview of the images the engine holds, whether pulled, built or committed. Pass a repository name or `name:tag` to narrow the list to matching images. Images that lost their name appear as `<none>`, and `-f dangling=true` lists only those dangling images.',
  },
  keywords: {
    ko: ['이미지 목록', '이미지 확인', '이미지 조회', '태그', '댕글링', '필터', '용량'],
    en: ['images', 'list images', 'image ls', 'tag', 'dangling', 'filter', 'size', 'image id'],
  },
  options: [
    {
      long: '--all', short: '-a', type: 'bool', default: 'hides intermediate images', repeatable: false,
      summary: {
        ko: '평소 숨겨지는 중간 단계 이미지까지 모두 표시',
        en: 'Also list the intermediate images that are normally hidden',
      },
      keywords: {
        ko: ['중간 이미지', '모든 이미지', '숨겨진 이미지', '전체 목록'],
        en: ['intermediate images', 'hidden images', 'every image', 'full list'],
      },
    },
    {
      long: '--digests', type: 'bool', repeatable: false,
      summary: {
        ko: '각 이미지의 콘텐츠 다이제스트(sha256) 열을 함께 표시',
        en: 'Add a column with the content digest of each image (sha256)',
      },
      keywords: {
        ko: ['다이제스트', '해시값', '이미지 해시', '콘텐츠 해시'],
        en: ['sha256', 'hash', 'content digest', 'checksum'],
      },
    },
    {
      long: '--filter', short: '-f', type: 'filter', repeatable: true,
      summary: {
        ko: '조건(dangling, label, before, since, reference)에 맞는 이미지만 표시',
        en: 'Show only images matching a condition (dangling, label, before, since, reference)',
      },
      details: {
        ko: '`키=값` 형식의 조건으로 목록을 좁힙니다. 가장 자주 쓰는 것은 `dangling=true`로, 저장소와 태그가 모두 `<none>`인 댕글링 이미지만 보여 줍니다. 이런 이미지는 같은 태그로 다시 빌드하거나, 사용 중인 이미지를 `docker rmi -f`로 지워 이름만 떨어졌거나, 빌드가 중간에 실패했을 때 생깁니다. 옵션을 여러 번 주면 조건이 함께 적용되고, `-q`와 묶으면 ID만 뽑아 다른 명령에 넘길 수 있습니다.',
        en: 'Narrows the list with `key=value` conditions. The most common one is `dangling=true`, which shows only dangling images whose repository and tag are both `<none>`. Such images appear when a tag is rebuilt and moves to a new image, when `docker rmi -f` strips the name off an image still in use, or when a build fails halfway. Repeat the option to combine conditions, and add `-q` to get bare IDs you can hand to another command.',
      },
      keywords: {
        ko: ['필터', '댕글링', '이름 없는 이미지', '정리', '조건'],
        en: ['filter', 'dangling', 'dangling=true', 'none', 'untagged', 'label', 'reference'],
      },
      examples: [
        'docker images -f dangling=true',
        'docker images -q -f dangling=true',
        'docker images --filter "reference=commit_test:*"',
      ],
    },
    {
      long: '--format', type: 'string', repeatable: false,
      summary: {
        ko: 'Go 템플릿, table, json 중 원하는 형식으로 출력',
        en: 'Print with a Go template, as a table, or as JSON',
      },
      keywords: {
        ko: ['출력 형식', '포맷', 'Go 템플릿', 'JSON 출력'],
        en: ['go template', 'json', 'table', 'custom output'],
      },
    },
    {
      long: '--no-trunc', type: 'bool', repeatable: false,
      summary: {
        ko: '이미지 ID 등을 자르지 않고 전체 길이로 표시',
        en: 'Print full-length IDs and values instead of shortened ones',
      },
      keywords: {
        ko: ['전체 ID', '자르지 않기', '생략 없이', '전체 표시'],
        en: ['full id', 'untruncated', 'full output', 'long id'],
      },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: {
        ko: '이미지 ID만 한 줄씩 출력',
        en: 'Print image IDs only, one per line',
      },
      keywords: {
        ko: ['ID만', '이미지 ID', '간단 출력', '스크립트'],
        en: ['ids only', 'image ids', 'scripting', 'silent'],
      },
    },
    {
      long: '--tree', type: 'bool', repeatable: false,
      summary: {
        ko: '멀티 플랫폼 이미지를 플랫폼별 트리로 표시(실험 기능)',
        en: 'Show multi-platform images as a tree of their platforms (experimental)',
      },
      keywords: {
        ko: ['트리', '트리 보기', '멀티 플랫폼', '실험 기능'],
        en: ['hierarchy', 'multi-platform', 'platform view', 'experimental'],
      },
    },
  ],
  examples: [
    'docker images',
    'docker images ubuntu',
    'docker images -f dangling=true',
    'docker images --format "{{.Repository}}:{{.Tag}} {{.Size}}"',
  ],
};
