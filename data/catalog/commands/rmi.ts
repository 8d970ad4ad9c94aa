/** `docker rmi`: catalog entry. Flag facts follow `docker rmi --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const rmi: CommandSpec = {
  name: 'rmi',
  aliases: ['image rm', 'image remove'],
  usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  args: [{ name: 'IMAGE', required: true, repeatable: true, role: 'image' }],
  summary: {
    ko: '로컬 이미지의 이름(태그)을 떼고, 더 이상 쓰는 곳이 없으면 이미지 자체를 삭제',
    en: 'Remove local image names and delete the image itself once nothing needs it',
  },
  details: {
    ko: '이미지를 `이름:태그`로 지정하면 먼저 그 이름을 떼어 내고(`Untagged:`), 남은 이름이 없고 컨테이너나 자식 이미지가 그 이미지를 쓰지 않을 때만 실제 데이터를 지웁니다(`Deleted:`). 그래서 그 이미지를 바탕으로 만든 하위 이미지가 있으면 이름만 사라지고 레이어는 그대로 남습니다. 컨테이너가 사용 중인 이미지는 지우지 않고 오류를 내므로, `docker ps -a --filter ancestor=이미지`로 그 컨테이너를 찾아 정지하고 삭제한 뒤 다시 시도하는 것이 올바른 순서입니다.',
    en: 'When you name an image as `name:tag`, that name is removed first (`Untagged:`), and the image data is deleted (`Deleted:`) only if no other name points at it and no container or child image relies on it. That is why removing an image that other images were built on only drops its name while the layers stay. An image used by a container is refused with an error; the proper order is to find those containers with `docker ps -a --filter ancestor=IMAGE`, stop and remove them, and then run rmi again.',
  },
  keywords: {
    ko: ['이미지 삭제', '삭제', '태그 제거', '언태그', '강제 삭제', '댕글링', '사용 중'],
    en: ['rmi', 'remove image', 'delete image', 'image rm', 'untag', 'untagged', 'force', 'conflict'],
  },
  options: [
    {
      long: '--force', short: '-f', type: 'bool', repeatable: false,
      summary: {
        ko: '컨테이너가 사용 중이거나 이름이 여러 개인 이미지도 강제로 제거 시도',
        en: 'Force removal even when containers use the image or it has several names',
      },
      details: {
        ko: '컨테이너가 쓰고 있는 이미지나 여러 이름이 붙은 이미지도 지우도록 밀어붙입니다. 하지만 실행 중인 컨테이너가 그 이미지를 쓰고 있으면 이름(태그)만 떨어지고 이미지 자체는 남아, 목록에 `<none>:<none>` 댕글링 이미지로 나타납니다. 즉 -f는 공간을 되찾아 주지 못하고 이름 없는 이미지만 만들 수 있으니, 사용하는 컨테이너를 먼저 정지하고 삭제한 뒤 -f 없이 지우는 편이 깔끔합니다.',
        en: 'Pushes the removal through for images that containers use or that carry several names. But if a running container still uses the image, only its name (tag) is removed and the image stays, showing up as a dangling `<none>:<none>` image. In other words -f may free no space at all and just leave a nameless image behind, so it is cleaner to stop and remove the containers that use it first and then delete it without -f.',
      },
      keywords: {
        ko: ['강제 삭제', '강제', '사용 중인 이미지', '댕글링', '이름 제거'],
        en: ['force', 'force remove', 'in use', 'untagged', 'dangling', 'none'],
      },
      examples: [
        'docker rmi -f commit_test:first',
        'docker rmi -f $(docker images -q -f dangling=true)',
      ],
    },
    {
      long: '--no-prune', type: 'bool', repeatable: false,
      summary: {
        ko: '이름 없는 부모 이미지는 지우지 않고 남겨 둠',
        en: 'Keep untagged parent images instead of deleting them along the way',
      },
      keywords: {
        ko: ['부모 이미지', '태그 없는 이미지', '남겨 두기', '정리 안 함'],
        en: ['keep parents', 'untagged parents', 'parent images', 'keep layers'],
      },
    },
    {
      long: '--platform', type: 'strings', repeatable: true,
      summary: {
        ko: '멀티 플랫폼 이미지에서 지정한 플랫폼 변형(os/arch[/variant])만 삭제',
        en: 'Remove only the given platform variant (os[/arch[/variant]]) of an image',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '멀티 플랫폼', '플랫폼 삭제'],
        en: ['architecture', 'arch', 'variant', 'multi-arch', 'amd64'],
      },
    },
  ],
  examples: [
    'docker rmi commit_test:second',
    'docker rmi ubuntu:14.04 nginx:latest',
    'docker rmi $(docker images -q -f dangling=true)',
  ],
};
