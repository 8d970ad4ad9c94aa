/** `docker export`: catalog entry. Flag facts follow `docker export --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

/** Named `exportCommand` because `export` is a reserved word in TypeScript. */
export const exportCommand: CommandSpec = {
  name: 'export',
  aliases: ['container export'],
  usage: 'docker export [OPTIONS] CONTAINER',
  args: [{ name: 'CONTAINER', required: true, repeatable: false, role: 'container' }],
  summary: {
    ko: '컨테이너의 파일 시스템을 tar 아카이브 하나로 내보냄',
    en: "Dump a container's filesystem into a single tar archive",
  },
  details: {
    ko: '컨테이너의 현재 파일 시스템을 레이어 구분 없이 한 덩어리의 tar로 꺼냅니다. 이미지 이름과 태그, 실행 명령, 환경 변수, 노출 포트 같은 설정과 레이어 이력은 담기지 않으며, 볼륨에 들어 있는 데이터도 빠집니다. 이 파일을 docker import로 다시 들여오면 레이어가 하나뿐인 이미지가 되므로 레이어 수를 줄이는 데 쓸 수 있지만, 사라진 설정은 직접 다시 지정해야 합니다. 설정까지 포함해 이미지를 통째로 옮기려면 docker save와 docker load를 쓰세요.',
    en: 'Writes the current filesystem of a container as one tar, with no layer boundaries. Image name and tags, default command, environment variables, exposed ports, layer history and the contents of volumes are all left out. Importing the file with docker import yields a single-layer image, which is one way to squash layers, but the lost settings must be supplied again by hand. To move an image together with its settings, use docker save and docker load.',
  },
  keywords: {
    ko: ['내보내기', '추출', '파일 시스템', '컨테이너 백업', '아카이브', '레이어 합치기', '평탄화'],
    en: ['export', 'filesystem', 'rootfs', 'tar', 'archive', 'flatten', 'squash', 'container backup'],
  },
  options: [
    {
      long: '--output', short: '-o', type: 'string', repeatable: false,
      summary: {
        ko: '표준 출력 대신 지정한 파일에 tar를 씀',
        en: 'Write the tar to this file instead of standard output',
      },
      keywords: {
        ko: ['출력 파일', '파일 저장', 'tar 파일', '내보내기'],
        en: ['save to file', 'tar archive', 'destination', 'write file'],
      },
    },
  ],
  examples: [
    'docker export -o rootfs.tar mycontainer',
    'docker export mycontainer > rootfs.tar',
    'docker export mycontainer | docker import - myimage:flat',
  ],
};
