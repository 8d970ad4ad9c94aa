/** `docker image prune`: catalog entry. Flag facts follow `docker image prune --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const imagePrune: CommandSpec = {
  name: 'image prune',
  aliases: [],
  usage: 'docker image prune [OPTIONS]',
  args: [],
  summary: {
    ko: '쓰지 않는 이미지를 한꺼번에 지워 디스크 공간을 되찾음',
    en: 'Delete unused images in one go and free disk space',
  },
  details: {
    ko: '옵션 없이 실행하면 이름(태그)이 없고 어떤 컨테이너도 쓰지 않는 댕글링 이미지만 지웁니다. `-a`를 주면 범위가 넓어져 태그가 있더라도 컨테이너가 사용하지 않는 이미지는 모두 지우므로, 나중에 필요하면 다시 pull하거나 빌드해야 합니다. 실행 전에 확인을 묻고(`-f`로 생략), 끝나면 지운 이미지와 확보한 용량을 알려 줍니다.',
    en: 'Without options it removes only dangling images: those with no name or tag that no container uses. With `-a` the scope widens to every image no container uses, tagged or not, so anything removed must be pulled or built again later. It asks for confirmation first (skip with `-f`) and reports what it deleted and how much space was reclaimed.',
  },
  keywords: {
    ko: ['이미지 정리', '댕글링', '삭제', '일괄 삭제', '디스크 정리', '용량 확보', '미사용 이미지'],
    en: ['prune', 'image prune', 'dangling', 'cleanup', 'clean up', 'remove unused', 'disk space', 'reclaim'],
  },
  options: [
    {
      long: '--all', short: '-a', type: 'bool', repeatable: false,
      summary: {
        ko: '댕글링 이미지뿐 아니라 컨테이너가 쓰지 않는 이미지를 모두 삭제',
        en: 'Remove every image no container uses, not only dangling ones',
      },
      keywords: {
        ko: ['전체 삭제', '미사용 이미지', '모든 이미지', '정리'],
        en: ['unused images', 'every image', 'cleanup', 'reclaim space'],
      },
    },
    {
      long: '--filter', type: 'filter', repeatable: true,
      summary: {
        ko: '삭제 대상을 조건으로 제한(예: until=24h, label=key=value)',
        en: 'Limit what gets removed by a condition (e.g. until=24h, label=key=value)',
      },
      keywords: {
        ko: ['필터', '조건', '기간', '라벨'],
        en: ['until', 'label', 'older than', 'condition'],
      },
    },
    {
      long: '--force', short: '-f', type: 'bool', repeatable: false,
      summary: {
        ko: '확인 질문 없이 바로 삭제',
        en: 'Delete without asking for confirmation',
      },
      keywords: {
        ko: ['확인 생략', '강제', '질문 없이', '자동 삭제'],
        en: ['yes', 'no prompt', 'skip confirmation', 'non-interactive'],
      },
    },
  ],
  examples: [
    'docker image prune',
    'docker image prune -f',
    'docker image prune -a --filter "until=24h"',
  ],
};
