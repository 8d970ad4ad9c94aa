/** `docker import`: catalog entry. Flag facts follow `docker import --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

/** Named `importCommand` because `import` is a reserved word in TypeScript. */
export const importCommand: CommandSpec = {
  name: 'import',
  aliases: ['image import'],
  usage: 'docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  args: [{ name: 'file|URL|-', required: true, repeatable: false, role: 'file' }, { name: 'REPOSITORY[:TAG]', required: false, repeatable: false, role: 'image' }],
  summary: {
    ko: 'tar 아카이브에 담긴 파일들로 레이어 하나짜리 새 이미지를 만듦',
    en: 'Create a single-layer image from the files in a tar archive',
  },
  details: {
    ko: '파일 시스템을 담은 tar(주로 docker export의 결과)를 읽어 레이어가 하나뿐인 이미지를 만듭니다. 원본으로는 파일 경로나 URL, 또는 표준 입력을 뜻하는 -를 줄 수 있습니다. tar에는 이미지 설정이 없어서 실행 명령이나 환경 변수가 비어 있으므로, 필요하면 -c로 CMD나 ENV 등을 다시 넣어야 합니다. docker save로 만든 이미지 아카이브는 import가 아니라 docker load로 불러와야 합니다.',
    en: 'Reads a tar holding a filesystem, usually the output of docker export, and turns it into an image with a single layer. The source can be a file path, a URL, or - for standard input. The tar carries no image settings, so the default command and environment start out empty; add CMD, ENV and the like back with -c. An image archive made by docker save belongs to docker load, not to import.',
  },
  related: ['docker export', 'concept:flattening-layers', 'compare:save-load-vs-export-import'],
  keywords: {
    ko: ['가져오기', '임포트', '파일 시스템', '아카이브', '레이어 합치기', '평탄화', '이미지 생성'],
    en: ['import', 'tarball', 'filesystem', 'rootfs', 'flatten', 'squash', 'create image'],
  },
  options: [
    {
      long: '--change', short: '-c', type: 'list', repeatable: true,
      summary: {
        ko: '만들어질 이미지에 CMD, ENV, WORKDIR 같은 Dockerfile 지시어를 적용',
        en: 'Apply a Dockerfile instruction such as CMD, ENV or WORKDIR to the new image',
      },
      keywords: {
        ko: ['지시어 적용', 'Dockerfile 지시어', '설정 변경', 'CMD 변경'],
        en: ['dockerfile instruction', 'cmd', 'env', 'workdir', 'modify config'],
      },
    },
    {
      long: '--message', short: '-m', type: 'string', repeatable: false,
      summary: {
        ko: '가져온 이미지에 남길 커밋 메시지',
        en: 'Attach a commit message to the imported image',
      },
      keywords: {
        ko: ['커밋 메시지', '메시지', '설명', '주석'],
        en: ['commit message', 'comment', 'description', 'note'],
      },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: {
        ko: '가져온 이미지에 기록할 플랫폼을 지정 (예: linux/arm64)',
        en: 'Set the platform recorded for the imported image, e.g. linux/arm64',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '운영체제'],
        en: ['architecture', 'arch', 'os', 'arm64', 'amd64'],
      },
    },
  ],
  examples: [
    'docker import rootfs.tar myimage:flat',
    'cat rootfs.tar | docker import - myimage:flat',
    `docker import -c 'CMD ["/bin/bash"]' rootfs.tar myimage:flat`,
    'docker import https://example.com/rootfs.tar.gz myimage:1.0',
  ],
};
