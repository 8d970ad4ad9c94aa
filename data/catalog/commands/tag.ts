/** `docker tag`: catalog entry. Flag facts follow `docker tag --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const tag: CommandSpec = {
  name: 'tag',
  aliases: ['image tag'],
  usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  args: [{ name: 'SOURCE_IMAGE[:TAG]', required: true, repeatable: false, role: 'image' }, { name: 'TARGET_IMAGE[:TAG]', required: true, repeatable: false, role: 'image' }],
  summary: {
    ko: '기존 이미지에 저장소와 태그로 된 새 이름을 하나 더 붙임',
    en: 'Give an existing image an additional name (repository and tag)',
  },
  details: {
    ko: '이미지를 복사하지 않고, 같은 이미지 ID를 가리키는 이름만 하나 더 만듭니다. 이름은 [레지스트리 주소/][사용자/]저장소[:태그] 형식이며 태그를 생략하면 latest가 됩니다. Docker Hub에 올리려면 user/repo:tag처럼 계정 이름을 앞에 붙이고, 사설 레지스트리에 올리려면 host:5000/repo:tag처럼 레지스트리 주소를 붙입니다. 붙인 이름은 docker rmi로 다시 뗄 수 있으며, 다른 이름이 남아 있는 동안에는 이미지 자체가 지워지지 않습니다.',
    en: 'Nothing is copied: the command only adds another name pointing at the same image ID. A name has the form [registry-host/][user/]repository[:tag], and a missing tag means latest. For Docker Hub, put your account in front as in user/repo:tag; for a private registry, put the registry address in front as in host:5000/repo:tag. docker rmi takes such a name off again, and the image itself stays as long as another name still refers to it.',
  },
  keywords: {
    ko: ['태그', '이름 붙이기', '이름 변경', '별칭', '저장소', '레지스트리', '버전'],
    en: ['tag', 'rename', 'alias', 'name', 'repository', 'version', 'registry prefix'],
  },
  options: [

  ],
  examples: [
    'docker tag my-image-name:0.0 alicek107/my-image-name:0.0',
    'docker tag my-image-name:0.0 192.168.0.10:5000/my-image-name:0.0',
    'docker tag mybuild:0.0 mybuild:latest',
  ],
};
