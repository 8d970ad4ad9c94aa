/** `docker search`: catalog entry. Flag facts follow `docker search --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const search: CommandSpec = {
  name: 'search',
  aliases: [],
  usage: 'docker search [OPTIONS] TERM',
  args: [{ name: 'TERM', required: true, repeatable: false, role: 'term' }],
  summary: {
    ko: 'Docker Hub에서 검색어와 일치하는 공개 이미지 저장소를 찾아 목록으로 보여 줌',
    en: 'Find public image repositories on Docker Hub that match a search term',
  },
  details: {
    ko: '검색어와 일치하는 Docker Hub 저장소를 찾아 이름, 설명, 별 개수, 공식 이미지 여부를 표로 보여 줍니다. Docker Hub에는 누구나 이미지를 올릴 수 있으므로 OFFICIAL 표시가 있거나 별이 많은 저장소를 먼저 고르는 편이 안전합니다. 결과에는 태그 목록이 나오지 않으니, 원하는 태그는 Docker Hub 페이지에서 확인한 뒤 docker pull로 받으면 됩니다.',
    en: 'Looks up Docker Hub repositories matching the term and prints a table with name, description, star count and whether the image is official. Anyone can publish to Docker Hub, so repositories marked OFFICIAL or with many stars are the safer picks. The output does not list tags; check them on the Docker Hub page and fetch the one you want with docker pull.',
  },
  keywords: {
    ko: ['검색', '이미지 검색', '도커 허브', '공식 이미지', '저장소', '찾기', '별점'],
    en: ['search', 'find', 'lookup', 'docker hub', 'official image', 'stars', 'repository'],
  },
  options: [
    {
      long: '--filter', short: '-f', type: 'filter', repeatable: true,
      summary: {
        ko: '별 개수(stars=N)나 공식 여부(is-official=true) 같은 조건으로 결과를 좁힘',
        en: 'Narrow the results by a condition such as stars=N or is-official=true',
      },
      keywords: {
        ko: ['필터', '조건', '공식 이미지', '별 개수', '인기'],
        en: ['stars', 'is-official', 'official image', 'condition', 'popularity'],
      },
    },
    {
      long: '--format', type: 'string', repeatable: false,
      summary: {
        ko: 'Go 템플릿으로 결과 한 줄의 모양을 직접 정함 (예: {{.Name}}, {{.StarCount}})',
        en: 'Shape each result line with a Go template, e.g. {{.Name}} or {{.StarCount}}',
      },
      keywords: {
        ko: ['출력 형식', 'Go 템플릿', '포맷'],
        en: ['go template', 'custom output', 'starcount', 'columns'],
      },
    },
    {
      long: '--limit', type: 'int', repeatable: false,
      summary: {
        ko: '보여 줄 검색 결과의 최대 개수',
        en: 'Show at most this many results',
      },
      keywords: {
        ko: ['결과 수', '개수 제한', '최대 개수'],
        en: ['max results', 'count', 'top n', 'number of results'],
      },
    },
    {
      long: '--no-trunc', type: 'bool', repeatable: false,
      summary: {
        ko: '긴 설명을 자르지 않고 전부 출력',
        en: 'Print full descriptions instead of cutting them short',
      },
      keywords: {
        ko: ['전체 설명', '자르지 않기', '생략 없이'],
        en: ['full description', 'untruncated', 'long text'],
      },
    },
  ],
  examples: [
    'docker search ubuntu',
    'docker search --filter is-official=true ubuntu',
    'docker search --filter stars=100 --limit 10 nginx',
    "docker search --format '{{.Name}}: {{.StarCount}}' ubuntu",
  ],
};
