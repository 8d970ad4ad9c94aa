/** `docker load`: catalog entry. Flag facts follow `docker load --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const load: CommandSpec = {
  name: 'load',
  aliases: ['image load'],
  usage: 'docker load [OPTIONS]',
  args: [],
  summary: {
    ko: 'docker save로 만든 tar 아카이브에서 이미지를 다시 불러옴',
    en: 'Restore images from a tar archive made by docker save',
  },
  details: {
    ko: 'docker save로 만든 아카이브를 읽어 이미지의 레이어와 이름, 태그, 설정을 그대로 되살립니다. 결과는 저장하기 전과 ID까지 같은 동일한 이미지입니다. 기본으로는 표준 입력에서 읽으며, gzip 등으로 압축한 아카이브도 그대로 받아들입니다. docker export로 만든 파일 시스템 tar는 load가 아니라 docker import로 가져와야 합니다.',
    en: 'Reads an archive produced by docker save and brings back the images with their layers, names, tags and settings. The result is the same image, with the same ID, as before it was saved. By default it reads from standard input, and compressed archives such as gzip are accepted as they are. A filesystem tar made by docker export is not meant for load; bring it in with docker import instead.',
  },
  keywords: {
    ko: ['불러오기', '로드', '가져오기', '복원', '아카이브', '이미지 파일', '오프라인'],
    en: ['load', 'restore', 'tar', 'archive', 'import image', 'offline'],
  },
  options: [
    {
      long: '--input', short: '-i', type: 'string', repeatable: false,
      summary: {
        ko: '표준 입력 대신 지정한 tar 파일에서 읽음',
        en: 'Read the archive from this file instead of standard input',
      },
      details: {
        ko: '불러올 아카이브 파일의 경로를 지정합니다. 빼면 표준 입력을 읽으므로 < 리디렉션이나 파이프로 파일을 넘겨 줘야 합니다. 압축된 파일도 풀지 않고 넘기면 되고, 작업이 끝나면 불러온 이미지의 이름이나 ID가 출력됩니다.',
        en: 'Names the archive file to read. Without it the command reads standard input, so feed the file in with < or a pipe. Compressed files can be passed without unpacking them, and the names or IDs of the loaded images are printed at the end.',
      },
      keywords: {
        ko: ['입력 파일', '파일 경로', '파일명', '불러오기'],
        en: ['input', 'file', 'tar file', 'path'],
      },
      examples: [
        'docker load -i ubuntu_14_04.tar',
        'docker load --input my-image-name.tar.gz',
      ],
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: {
        ko: '아카이브에서 지정한 플랫폼 변형만 불러옴 (예: linux/amd64)',
        en: 'Load only one platform variant from the archive, e.g. linux/amd64',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '멀티 플랫폼'],
        en: ['architecture', 'arch', 'amd64', 'arm64', 'multi-arch'],
      },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: {
        ko: '불러오는 동안 진행 상황을 출력하지 않음',
        en: 'Hide the progress output while loading',
      },
      keywords: {
        ko: ['조용히', '출력 숨기기', '진행 상황 숨김'],
        en: ['silent', 'no progress', 'suppress output'],
      },
    },
  ],
  examples: [
    'docker load -i ubuntu_14_04.tar',
    'docker load < ubuntu_14_04.tar',
    'docker load -i my-image-name.tar.gz',
  ],
};
