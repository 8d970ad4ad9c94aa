/** `docker rm`: catalog entry. Flag facts follow `docker rm --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const rm: CommandSpec = {
  name: 'rm',
  // `docker remove` works too, though the help's Aliases line leaves it out (docker/cli adds it as a hidden top-level alias)
  aliases: ['container rm', 'container remove', 'remove'],
  usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  args: [{ name: 'CONTAINER', required: true, repeatable: true, role: 'container' }],
  summary: {
    ko: '하나 이상의 컨테이너를 삭제',
    en: 'Delete one or more containers',
  },
  details: {
    ko: '컨테이너를 그 쓰기 레이어와 함께 지웁니다. 실행 중인 컨테이너는 먼저 docker stop으로 멈추거나 -f를 붙여 강제로 지워야 합니다. 어떤 이미지를 쓰는 컨테이너가 멈춘 상태로라도 남아 있으면 docker rmi는 -f 없이 그 이미지를 지우지 않습니다. -f를 주면 멈춘 컨테이너만 쓰는 이미지는 실제로 지워지고 그 컨테이너는 없는 이미지를 가리키게 되므로, 이미지를 정리하기 전에 그 컨테이너부터 삭제하는 것이 깔끔합니다. 이름 없는 익명 볼륨은 -v를 주지 않으면 그대로 남습니다.',
    en: 'Removes containers together with their writable layer. A running container must first be stopped with docker stop, or removed by force with -f. As long as any container, even a stopped one, still uses an image, docker rmi refuses to delete it without -f; with -f an image used only by stopped containers really is deleted, leaving those containers pointing at an image that is gone, so it is cleaner to remove the containers first. Anonymous volumes are left behind unless you add -v.',
  },
  keywords: {
    ko: ['삭제', '컨테이너 삭제', '제거', '정리', '지우기', '강제 삭제'],
    en: ['rm', 'remove', 'delete', 'container', 'cleanup', 'force'],
  },
  options: [
    {
      long: '--force', short: '-f', type: 'bool', repeatable: false,
      summary: {
        ko: '실행 중인 컨테이너도 SIGKILL로 죽인 뒤 삭제',
        en: 'Kill a running container with SIGKILL and remove it anyway',
      },
      keywords: {
        ko: ['강제 삭제', '강제', '실행 중 삭제', '강제 종료'],
        en: ['sigkill', 'kill', 'running container', 'remove anyway'],
      },
    },
    {
      long: '--link', short: '-l', type: 'bool', repeatable: false,
      summary: {
        ko: '컨테이너는 그대로 두고 지정한 레거시 링크(--link)만 제거',
        en: 'Remove the named legacy link (--link) instead of the container',
      },
      keywords: {
        ko: ['링크 제거', '레거시 링크', '컨테이너 연결'],
        en: ['legacy link', 'unlink', 'alias', 'container linking'],
      },
    },
    {
      long: '--volumes', short: '-v', type: 'bool', repeatable: false,
      summary: {
        ko: '컨테이너에 딸린 익명 볼륨도 함께 삭제',
        en: 'Also delete the anonymous volumes attached to the container',
      },
      keywords: {
        ko: ['볼륨 삭제', '익명 볼륨', '볼륨 정리', '데이터 삭제'],
        en: ['anonymous volumes', 'delete volumes', 'cleanup', 'orphan volumes'],
      },
    },
  ],
  examples: [
    'docker rm commit_test',
    'docker stop myserver && docker rm myserver',
    'docker rm -f myserver',
    'docker rm -v $(docker ps -aq -f status=exited)',
  ],
};
