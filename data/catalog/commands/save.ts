/** `docker save`: catalog entry. Flag facts follow `docker save --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const save: CommandSpec = {
  name: 'save',
  aliases: ['image save'],
  usage: 'docker save [OPTIONS] IMAGE [IMAGE...]',
  args: [{ name: 'IMAGE', required: true, repeatable: true, role: 'image' }],
  summary: {
    ko: '하나 이상의 이미지를 레이어와 메타데이터까지 통째로 tar 파일에 담음',
    en: 'Pack one or more images, with all layers and metadata, into a tar archive',
  },
  details: {
    ko: '이미지의 레이어와 태그, 기본 실행 명령 같은 설정을 빠짐없이 tar 아카이브 하나에 담습니다. 이 파일을 docker load로 읽으면 저장 전과 똑같은 이미지가 복원되므로, 레지스트리에 닿지 않는 서버로 이미지를 옮길 때 유용합니다. 컨테이너의 파일 시스템만 한 덩어리로 꺼내는 docker export와는 다릅니다. -o를 쓰지 않으면 표준 출력으로 내보내므로 리디렉션이나 파이프가 필요합니다. 버전마다 파일 전체가 따로 쌓이므로, 여러 서버에 자주 배포한다면 레지스트리가 더 효율적입니다.',
    en: "Writes an image's layers, tags and settings such as its default command into one tar archive. Reading the file back with docker load restores an identical image, which helps when moving images to machines that cannot reach a registry. This differs from docker export, which only dumps a container's flattened filesystem. Without -o the archive goes to standard output, so redirect or pipe it. Every saved version takes its full size again, so a registry is usually more efficient for regular distribution.",
  },
  keywords: {
    ko: ['저장', '내보내기', '추출', '백업', '아카이브', '이미지 파일', '오프라인', '옮기기'],
    en: ['save', 'export image', 'tar', 'archive', 'backup', 'offline', 'transfer'],
  },
  options: [
    {
      long: '--output', short: '-o', type: 'string', repeatable: false,
      summary: {
        ko: '표준 출력 대신 지정한 tar 파일에 저장',
        en: 'Write the archive to this file instead of standard output',
      },
      details: {
        ko: '만들어질 tar 파일의 경로를 정합니다. 이 옵션이 없으면 내용이 표준 출력으로 나가는데, 터미널 화면에 그대로 쏟아내는 것은 Docker가 거부하므로 > 리디렉션을 쓰거나 -o를 주어야 합니다. 이미지를 여러 개 적으면 모두 한 파일에 담깁니다.',
        en: 'Sets the path of the tar file to create. Without it the archive is sent to standard output, and Docker refuses to dump it onto a terminal, so either redirect with > or use -o. Naming several images puts them all into the same file.',
      },
      keywords: {
        ko: ['출력 파일', '파일 저장', '파일명', '경로'],
        en: ['output', 'file', 'tar file', 'path'],
      },
      examples: [
        'docker save -o ubuntu_14_04.tar ubuntu:14.04',
        'docker save --output web-images.tar nginx:1.27 redis:7',
      ],
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: {
        ko: '멀티 플랫폼 이미지 중 지정한 플랫폼 변형만 저장 (예: linux/amd64)',
        en: 'Save only one platform variant of a multi-platform image, e.g. linux/amd64',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '멀티 플랫폼'],
        en: ['architecture', 'arch', 'amd64', 'arm64', 'multi-arch'],
      },
    },
  ],
  examples: [
    'docker save -o ubuntu_14_04.tar ubuntu:14.04',
    'docker save -o web-images.tar nginx:1.27 redis:7',
    'docker save my-image-name:0.0 | gzip > my-image-name.tar.gz',
  ],
};
