/** `docker commit`: catalog entry. Flag facts follow `docker commit --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const commit: CommandSpec = {
  name: 'commit',
  aliases: ['container commit'],
  usage: 'docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  args: [{ name: 'CONTAINER', required: true, repeatable: false, role: 'container' }, { name: 'REPOSITORY[:TAG]', required: false, repeatable: false, role: 'image' }],
  summary: {
    ko: '컨테이너에서 바뀐 내용을 새 이미지로 저장',
    en: "Save a container's changes as a new image",
  },
  details: {
    ko: '컨테이너 안에서 파일을 만들거나 패키지를 설치하는 등 원래 이미지와 달라진 부분만 새 레이어 하나로 묶고, 기존 레이어 위에 얹어 새 이미지를 만듭니다. 그래서 새 이미지의 크기는 바탕 이미지에 커밋한 변경분만큼 더해진 값이 됩니다. 저장소 이름만 적고 태그를 빼면 latest가 붙고, 이름을 아예 주지 않으면 이름 없는(<none>) 이미지가 됩니다. 실행 명령이나 환경 변수 같은 컨테이너 설정도 이미지에 함께 남지만, 볼륨에 저장된 데이터는 들어가지 않습니다. 같은 결과를 반복해서 만들어야 한다면 Dockerfile과 docker build가 더 알맞습니다.',
    en: 'Takes whatever differs from the original image, such as created files or installed packages, packs it into one new layer and stacks it on the existing layers to form a new image. The new image is therefore the base image plus the size of each committed change. If you give a repository without a tag, the tag defaults to latest; with no name at all the image stays unnamed (<none>). Container settings like the command and environment variables are carried into the image, but data stored in volumes is not. For builds you need to repeat, a Dockerfile with docker build is the better tool.',
  },
  keywords: {
    ko: ['커밋', '이미지 생성', '이미지 만들기', '컨테이너 저장', '변경 사항', '레이어', '스냅샷'],
    en: ['commit', 'create image', 'snapshot', 'container changes', 'layer', 'save container'],
  },
  options: [
    {
      long: '--author', short: '-a', type: 'string', repeatable: false,
      summary: {
        ko: '새 이미지에 작성자 정보를 메타데이터로 기록',
        en: 'Record who made the image as author metadata',
      },
      details: {
        ko: '이미지를 만든 사람의 이름이나 이메일을 적어 두는 옵션입니다. 값은 이미지 메타데이터의 Author 항목에 들어가며 docker inspect로 확인할 수 있습니다. 이미지의 파일이나 동작에는 아무 영향도 주지 않습니다.',
        en: 'Stores the name or e-mail address of whoever made the image. The value goes into the Author field of the image metadata, where docker inspect shows it. It has no effect on the files or behaviour of the image.',
      },
      keywords: {
        ko: ['작성자', '저자', '만든 사람', '메타데이터'],
        en: ['author', 'maintainer', 'creator', 'metadata'],
      },
      examples: [
        'docker commit -a "Jane Doe <jane@example.com>" commit_test commit_test:first',
        'docker commit --author "Jane Doe" web mybuild:0.1',
      ],
    },
    {
      long: '--change', short: '-c', type: 'list', repeatable: true,
      summary: {
        ko: '새 이미지에 CMD, ENV, EXPOSE 같은 Dockerfile 지시어를 적용',
        en: 'Apply a Dockerfile instruction such as CMD, ENV or EXPOSE to the new image',
      },
      keywords: {
        ko: ['지시어 적용', 'Dockerfile 지시어', '설정 변경', 'CMD 변경', '환경 변수'],
        en: ['dockerfile instruction', 'cmd', 'env', 'expose', 'modify config'],
      },
    },
    {
      long: '--message', short: '-m', type: 'string', repeatable: false,
      summary: {
        ko: '이번 커밋을 설명하는 메시지를 이미지에 남김',
        en: 'Attach a short message describing the commit',
      },
      details: {
        ko: '이번 커밋으로 무엇이 바뀌었는지 짧은 설명을 남깁니다. 메시지는 이미지의 Comment 항목에 저장되어 docker inspect나 docker history의 COMMENT 열에서 볼 수 있습니다. 비슷한 커밋 이미지가 여러 개일 때 서로 구분하는 데 도움이 됩니다.',
        en: "Leaves a short note on what this commit changed. The text is saved in the image's Comment field and shows up in docker inspect and in the COMMENT column of docker history. It helps tell several similar committed images apart later.",
      },
      keywords: {
        ko: ['커밋 메시지', '메시지', '설명', '주석', '변경 내역'],
        en: ['message', 'commit message', 'comment', 'description', 'note'],
      },
      examples: [
        'docker commit -m "add first file" commit_test commit_test:first',
        'docker commit -a "Jane Doe" -m "install apache2" web mybuild:0.1',
      ],
    },
    {
      long: '--pause', short: '-p', type: 'bool', default: 'true', repeatable: false,
      summary: {
        ko: '커밋하는 동안 컨테이너를 잠시 일시 정지 (기본으로 켜짐, 끄려면 --pause=false)',
        en: 'Pause the container while committing (on by default; --pause=false turns it off)',
      },
      keywords: {
        ko: ['일시 정지', '일시 중지', '정지 없이', '일관성'],
        en: ['freeze', 'consistent snapshot', 'suspend', 'live commit'],
      },
    },
  ],
  examples: [
    'docker commit commit_test commit_test:first',
    'docker commit -a "Jane Doe" -m "add first file" commit_test commit_test:first',
    `docker commit --change 'CMD ["apachectl", "-DFOREGROUND"]' web mybuild:0.1`,
    'docker commit --pause=false commit_container1 my-image-name:0.0',
  ],
};
