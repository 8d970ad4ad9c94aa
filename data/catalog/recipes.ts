/**
 * Workflows the notes walk through, as steps with typed placeholders (`{{name}}`).
 * Every command, with its placeholders filled by their defaults, is one valid shell command line
 * for the Docker 28 client. Every sentence is our own.
 */
import type { RecipeSpec } from './types.js';

export const recipes: readonly RecipeSpec[] = [
  {
    slug: 'commit-container',
    title: { ko: '컨테이너를 이미지로 커밋하기', en: 'Commit a container to an image' },
    summary: {
      ko: '컨테이너 안에서 바꾼 내용을 docker commit으로 새 이미지로 남기기',
      en: 'Turn the changes made inside a container into a new image with docker commit',
    },
    placeholders: [
      {
        name: 'base_image', type: 'image', default: 'ubuntu:24.04',
        summary: { ko: '작업을 시작할 기반 이미지', en: 'Image to start the container from' },
      },
      {
        name: 'container', type: 'container', default: 'commit_test',
        summary: { ko: '작업할 컨테이너 이름', en: 'Name of the container you work in' },
      },
      {
        name: 'author', type: 'string', default: 'Jane Doe <jane@example.com>',
        summary: { ko: '이미지에 기록할 작성자', en: 'Author recorded in the image' },
      },
      {
        name: 'message', type: 'string', default: 'add first file',
        summary: { ko: '커밋 메시지', en: 'Commit message' },
      },
      {
        name: 'image', type: 'image', default: 'commit_test',
        summary: { ko: '새로 만들 이미지의 저장소 이름', en: 'Repository name of the new image' },
      },
      {
        name: 'tag', type: 'tag', default: 'first',
        summary: { ko: '새 이미지의 태그 (생략하면 latest)', en: 'Tag of the new image; latest when left out' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '이름을 붙여 컨테이너를 띄우고 셸에서 파일 설치나 수정 등 원하는 변경을 한 뒤 exit로 나오기',
          en: 'Start a named container, make your changes in its shell, then leave with exit',
        },
        command: 'docker run -it --name {{container}} {{base_image}} bash',
      },
      {
        summary: {
          ko: '작성자와 메시지를 붙여 컨테이너의 변경분을 새 이미지로 저장',
          en: 'Save the container changes as a new image, with an author and a message',
        },
        command: 'docker commit -a "{{author}}" -m "{{message}}" {{container}} {{image}}:{{tag}}',
      },
      {
        summary: { ko: '새 이미지가 목록에 생겼는지 확인', en: 'Check that the new image is listed' },
        command: 'docker images {{image}}',
      },
      {
        summary: {
          ko: '이미지 정보를 열어 RootFS.Layers에 레이어가 하나 늘었는지 확인',
          en: 'Inspect the image and see one more entry under RootFS.Layers',
        },
        command: 'docker inspect --type image {{image}}:{{tag}}',
      },
    ],
    keywords: {
      ko: ['커밋', '이미지 생성', '이미지 만들기', '컨테이너 저장', '변경 사항', '작성자', '메시지'],
      en: ['commit', 'create image', 'container to image', 'snapshot', 'save changes', 'author', 'message'],
    },
    related: [
      'docker run',
      'docker commit',
      'docker commit --author',
      'docker commit --message',
      'docker images',
      'docker inspect',
      'docker inspect --type',
      'concept:layers',
      'concept:image-name',
      'compare:commit-vs-build',
    ],
    noteTerms: [
      '--name commit_test ubuntu:14.04',
      "'-a' 옵션은 author",
      "'-m' 옵션은 커밋 메시지",
    ],
  },
  {
    slug: 'push-to-docker-hub',
    title: { ko: '도커 허브에 이미지 올리기', en: 'Push an image to Docker Hub' },
    summary: {
      ko: '로그인하고 계정 이름을 붙여 태그한 뒤 도커 허브에 push하고 다른 곳에서 pull하기',
      en: 'Log in, tag the image under your account, push it to Docker Hub and pull it elsewhere',
    },
    placeholders: [
      {
        name: 'account', type: 'string', default: 'myaccount',
        summary: { ko: '도커 허브 계정(네임스페이스) 이름', en: 'Your Docker Hub account (namespace)' },
      },
      {
        name: 'image', type: 'image', default: 'my-image-name',
        summary: { ko: '올릴 로컬 이미지 이름', en: 'Name of the local image to push' },
      },
      {
        name: 'tag', type: 'tag', default: '0.0',
        summary: { ko: '올릴 이미지의 태그', en: 'Tag of the image to push' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '도커 허브 계정으로 로그인 (비밀번호나 액세스 토큰을 물어봄)',
          en: 'Log in with your Docker Hub account; it asks for a password or access token',
        },
        command: 'docker login -u {{account}}',
      },
      {
        summary: {
          ko: '계정 이름을 앞에 붙인 새 이름을 같은 이미지에 추가',
          en: 'Give the same image a second name that starts with your account',
        },
        command: 'docker tag {{image}}:{{tag}} {{account}}/{{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '도커 허브 저장소로 업로드. 이미 있는 레이어는 건너뜀',
          en: 'Upload to your Docker Hub repository; layers it already has are skipped',
        },
        command: 'docker push {{account}}/{{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '다른 도커 호스트에서 같은 이름으로 내려받기',
          en: 'On any other Docker host, download it by the same name',
        },
        command: 'docker pull {{account}}/{{image}}:{{tag}}',
      },
    ],
    keywords: {
      ko: ['도커 허브', '이미지 올리기', '업로드', '배포', '로그인', '태그', '푸시'],
      en: ['push', 'docker hub', 'upload image', 'publish', 'login', 'tag', 'share image'],
    },
    related: [
      'docker login',
      'docker tag',
      'docker push',
      'docker pull',
      'concept:docker-hub',
      'concept:image-name',
      'concept:registry-prefix',
      'concept:docker-hub-webhooks',
      'compare:docker-hub-vs-private-registry',
    ],
    noteTerms: [
      'docker tag my-image-name:0.0 alicek107/my-image-name:0.0',
      'docker push alicek107/my-image-name:0.0',
      '이미지를 올리고 (docker push)',
    ],
  },
  {
    slug: 'private-registry',
    title: { ko: '사설 레지스트리 띄우고 사용하기', en: 'Run and use a private registry' },
    summary: {
      ko: 'registry:2 컨테이너로 사설 레지스트리를 열고 이미지를 push·pull하기',
      en: 'Start a registry:2 container, then push images to it and pull them back',
    },
    placeholders: [
      {
        name: 'registry_container', type: 'container', default: 'my-registry',
        summary: { ko: '레지스트리 컨테이너 이름', en: 'Name of the registry container' },
      },
      {
        name: 'registry_host', type: 'host', default: 'localhost',
        summary: {
          ko: '레지스트리가 도는 도커 호스트의 주소 (다른 머신에서 쓰면 그 IP)',
          en: 'Address of the Docker host running the registry; its IP when used from other machines',
        },
      },
      {
        name: 'registry_port', type: 'port', default: '5000',
        summary: { ko: '레지스트리를 연결할 호스트 포트', en: 'Host port the registry is published on' },
      },
      {
        name: 'image', type: 'image', default: 'my-image-name',
        summary: { ko: '올릴 로컬 이미지 이름', en: 'Name of the local image to push' },
      },
      {
        name: 'tag', type: 'tag', default: '0.0',
        summary: { ko: '올릴 이미지의 태그', en: 'Tag of the image to push' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '공식 registry 이미지를 백그라운드로 실행. 컨테이너 안은 5000번 포트, 재시작 정책은 always',
          en: 'Run the official registry image in the background; it listens on 5000 and restarts always',
        },
        command: 'docker run -d --name {{registry_container}} -p {{registry_port}}:5000 --restart=always registry:2',
      },
      {
        summary: {
          ko: 'API 엔드포인트 /v2/를 호출해 빈 JSON({})이 오면 정상 동작',
          en: 'Call the /v2/ API endpoint; an empty JSON object ({}) means it works',
        },
        command: 'curl -i http://{{registry_host}}:{{registry_port}}/v2/',
      },
      {
        summary: {
          ko: '레지스트리 주소(호스트:포트)를 접두어로 붙여 이미지에 새 이름 추가',
          en: 'Add a name to the image that starts with the registry address (host:port)',
        },
        command: 'docker tag {{image}}:{{tag}} {{registry_host}}:{{registry_port}}/{{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '레지스트리로 업로드. localhost가 아닌 HTTP 레지스트리는 daemon.json의 insecure-registries에 등록하고 데몬을 재시작해야 함',
          en: 'Upload; a plain-HTTP registry off localhost needs insecure-registries in daemon.json and a restart',
        },
        command: 'docker push {{registry_host}}:{{registry_port}}/{{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '레지스트리에 어떤 저장소가 있는지 카탈로그 API로 확인',
          en: 'List the repositories the registry holds through its catalog API',
        },
        command: 'curl http://{{registry_host}}:{{registry_port}}/v2/_catalog',
      },
      {
        summary: {
          ko: '다른 호스트에서도 같은 접두어 이름으로 내려받기 (그 호스트에도 insecure-registries 설정 필요)',
          en: 'Pull it by the prefixed name from any host, which also needs the insecure-registries entry',
        },
        command: 'docker pull {{registry_host}}:{{registry_port}}/{{image}}:{{tag}}',
      },
    ],
    keywords: {
      ko: ['사설 레지스트리', '개인 저장소', '레지스트리', '이미지 저장소', '포트', '인증서', '보안 예외'],
      en: ['private registry', 'registry:2', 'self-hosted registry', 'insecure-registries', 'push', 'pull', 'port 5000'],
    },
    related: [
      'docker run',
      'docker run --detach',
      'docker run --name',
      'docker run --publish',
      'docker run --restart',
      'docker tag',
      'docker push',
      'docker pull',
      'concept:private-registry',
      'concept:insecure-registry',
      'concept:registry-prefix',
      'concept:restart-policies',
      'compare:docker-hub-vs-private-registry',
    ],
    noteTerms: [
      '사설 레지스트리 컨테이너 생성',
      'curl localhost:5000/v2/',
      '5000/my-image-name:0.0',
      '--insecure-registry',
    ],
  },
  {
    slug: 'save-and-load',
    title: { ko: '이미지를 파일로 저장하고 다시 불러오기', en: 'Save an image to a file and load it back' },
    summary: {
      ko: 'docker save로 이미지를 tar 파일로 만들고 다른 호스트에서 docker load로 복원하기',
      en: 'Write an image to a tar file with docker save and restore it elsewhere with docker load',
    },
    placeholders: [
      {
        name: 'image', type: 'image', default: 'ubuntu',
        summary: { ko: '저장할 이미지 이름', en: 'Name of the image to save' },
      },
      {
        name: 'tag', type: 'tag', default: '24.04',
        summary: { ko: '저장할 이미지의 태그', en: 'Tag of the image to save' },
      },
      {
        name: 'file', type: 'file', default: 'ubuntu_24_04.tar',
        summary: { ko: '만들 tar 파일 이름', en: 'Name of the tar file to write' },
      },
      {
        name: 'remote_host', type: 'host', default: '192.168.0.10',
        summary: { ko: '이미지를 옮길 대상 호스트', en: 'Host to move the image to' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '레이어, 설정, 태그를 모두 담아 tar 파일 하나로 저장',
          en: 'Write the layers, config and tags into one tar file',
        },
        command: 'docker save -o {{file}} {{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '파일을 대상 호스트로 복사 (USB 등 다른 방법도 가능)',
          en: 'Copy the file to the target host, or carry it over any other way',
        },
        command: 'scp {{file}} {{remote_host}}:',
      },
      {
        summary: {
          ko: '대상 호스트에서 tar 파일을 읽어 원래 이름과 태그 그대로 이미지 복원',
          en: 'On the target host, read the tar file back; name and tag come back as they were',
        },
        command: 'docker load -i {{file}}',
      },
      {
        summary: { ko: '복원된 이미지의 이름, 태그, ID 확인', en: 'Check the name, tag and ID of the restored image' },
        command: 'docker images {{image}}',
      },
    ],
    keywords: {
      ko: ['이미지 저장', '이미지 추출', '파일로 저장', '불러오기', '오프라인', '백업', '옮기기'],
      en: ['save', 'load', 'tar', 'export image', 'offline', 'air-gapped', 'backup', 'transfer image'],
    },
    related: [
      'docker save',
      'docker save --output',
      'docker load',
      'docker load --input',
      'docker images',
      'concept:save-load-export-import',
      'compare:save-load-vs-export-import',
    ],
    noteTerms: [
      'docker save -o ubuntu_14_04.tar',
      'docker load -i ubuntu_14_04.tar',
      '추출된 이미지는 load 명령어로',
    ],
  },
  {
    slug: 'flatten-image',
    title: { ko: 'export와 import로 이미지 레이어 합치기', en: 'Flatten an image with export and import' },
    summary: {
      ko: '컨테이너 파일 시스템을 내보내 다시 가져와 레이어가 하나뿐인 이미지 만들기',
      en: 'Export a container filesystem and import it again to get a single-layer image',
    },
    placeholders: [
      {
        name: 'image', type: 'image', default: 'mybuild:0.0',
        summary: { ko: '레이어를 줄일 원본 이미지', en: 'Image whose layers you want to merge' },
      },
      {
        name: 'container', type: 'container', default: 'flatten_src',
        summary: { ko: '임시로 만들 컨테이너 이름', en: 'Name of the temporary container' },
      },
      {
        name: 'cmd', type: 'string', default: '/bin/bash',
        summary: {
          ko: '새 이미지에 다시 넣을 기본 명령 (export하면 CMD가 사라지므로)',
          en: 'Default command to put back, since export drops CMD',
        },
      },
      {
        name: 'flat_image', type: 'image', default: 'mybuild:flat',
        summary: { ko: '만들어질 단일 레이어 이미지 이름', en: 'Name of the resulting single-layer image' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '원본 이미지로 컨테이너를 만들기만 함 (실행할 필요 없음)',
          en: 'Create a container from the image; it does not need to run',
        },
        command: 'docker create --name {{container}} {{image}}',
      },
      {
        summary: {
          ko: '파일 시스템을 tar 스트림으로 내보내 바로 새 이미지로 가져오면서 CMD를 다시 지정',
          en: 'Stream the filesystem out as tar straight into a new image, setting CMD again',
        },
        command: 'docker export {{container}} | docker import --change "CMD {{cmd}}" - {{flat_image}}',
      },
      {
        summary: {
          ko: 'RootFS.Layers에 레이어가 하나만 있는지 확인. ENV·WORKDIR 같은 다른 설정도 사라졌으니 필요하면 --change로 추가',
          en: 'Check RootFS.Layers has one entry; ENV, WORKDIR and such are gone too, so re-add them with --change',
        },
        command: 'docker inspect --type image {{flat_image}}',
      },
      {
        summary: { ko: '임시 컨테이너 삭제', en: 'Remove the temporary container' },
        command: 'docker rm {{container}}',
      },
    ],
    keywords: {
      ko: ['레이어 합치기', '레이어 줄이기', '평탄화', '이미지 크기', '내보내기', '가져오기', '단일 레이어'],
      en: ['flatten', 'squash', 'export', 'import', 'single layer', 'reduce layers', 'image size'],
    },
    related: [
      'docker create',
      'docker export',
      'docker import',
      'docker import --change',
      'docker inspect',
      'docker rm',
      'CMD',
      'concept:flattening-layers',
      'concept:layers',
      'compare:save-load-vs-export-import',
    ],
    noteTerms: [
      '쓸데없는 레이어들',
      '이미지 레이어를 하나로 줄일 수',
      'export와 import는 단일 파일로 추출하고',
    ],
  },
  {
    slug: 'clean-dangling-images',
    title: { ko: '댕글링 이미지 정리하기', en: 'Clean up dangling images' },
    summary: {
      ko: '이름이 <none>으로 남은 댕글링 이미지를 찾아 한 번에 지우기',
      en: 'Find the untagged <none> images left behind and delete them in one go',
    },
    placeholders: [
      {
        name: 'age', type: 'string', default: '24h',
        summary: {
          ko: '이보다 오래된 이미지만 지우는 기준 시간 (예: 24h, 168h)',
          en: 'Only delete images older than this, e.g. 24h or 168h',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '태그가 없는 댕글링 이미지 목록 보기 (빌드 실패나 태그 덮어쓰기로 생김)',
          en: 'List dangling images, left by failed builds or reused tags',
        },
        command: 'docker images -f dangling=true',
      },
      {
        summary: {
          ko: '컨테이너가 쓰지 않는 댕글링 이미지를 모두 삭제 (확인을 물어봄)',
          en: 'Delete every dangling image no container uses; it asks first',
        },
        command: 'docker image prune',
      },
      {
        summary: {
          ko: '스크립트용: 확인 없이, 지정한 시간보다 오래된 것만 삭제',
          en: 'For scripts: no prompt, and only images older than the given age',
        },
        command: 'docker image prune -f --filter "until={{age}}"',
      },
    ],
    keywords: {
      ko: ['댕글링', '이미지 정리', '이미지 삭제', '디스크 정리', '용량 확보', '태그 없는 이미지', '청소'],
      en: ['dangling', 'prune', 'cleanup', 'untagged images', '<none>', 'disk space', 'remove images'],
    },
    related: [
      'docker images',
      'docker images --filter',
      'docker image prune',
      'docker image prune --force',
      'docker image prune --filter',
      'docker rmi',
      'concept:dangling-images',
      'concept:failed-build-images',
      'concept:untagging',
    ],
    noteTerms: [
      'dangling=true',
      'dangling 이미지라고 한다',
      'docker image prune 명령어로 한꺼번에',
      '<none>:<none>',
    ],
  },
  {
    slug: 'remove-blocking-containers',
    title: { ko: '이미지를 쓰는 컨테이너 정리 후 이미지 삭제', en: 'Remove the containers that block an image delete' },
    summary: {
      ko: '컨테이너가 쓰고 있어 삭제되지 않는 이미지를, 컨테이너를 멈추고 지운 뒤 삭제하기',
      en: 'Delete an image in use by stopping and removing its containers first',
    },
    placeholders: [
      {
        name: 'image', type: 'image', default: 'commit_test:first',
        summary: { ko: '삭제할 이미지', en: 'Image to delete' },
      },
      {
        name: 'container', type: 'container', default: 'commit_test',
        summary: {
          ko: '첫 단계 목록에 나온, 그 이미지를 쓰는 컨테이너',
          en: 'A container using the image, from the list in the first step',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '멈춘 것까지 포함해 이 이미지로 만든 컨테이너 찾기',
          en: 'Find every container made from the image, stopped ones included',
        },
        command: 'docker ps -a --filter ancestor={{image}}',
      },
      {
        summary: {
          ko: '실행 중인 컨테이너 정지 (여러 개면 이름을 이어서 적음)',
          en: 'Stop the container; list several names to stop more than one',
        },
        command: 'docker stop {{container}}',
      },
      {
        summary: { ko: '멈춘 컨테이너 삭제', en: 'Remove the stopped container' },
        command: 'docker rm {{container}}',
      },
      {
        summary: {
          ko: '이제 이미지 삭제. 컨테이너를 남긴 채 -f로 지우면 실행 중인 컨테이너가 있을 때는 이름만 떨어져 댕글링 이미지가 남고, 멈춘 컨테이너만 있을 때는 이미지가 지워져 그 컨테이너가 없는 이미지를 가리키게 되니 피할 것',
          en: 'Now delete the image; forcing it with -f while containers remain either only drops the name (a running container keeps the image, left dangling) or deletes it from under stopped containers',
        },
        command: 'docker rmi {{image}}',
      },
    ],
    keywords: {
      ko: ['이미지 삭제', '삭제 실패', '사용 중', '컨테이너 삭제', '컨테이너 정지', '충돌', '강제 삭제'],
      en: ['rmi', 'remove image', 'image is being used', 'conflict', 'delete containers', 'ancestor filter', 'stop'],
    },
    related: [
      'docker ps',
      'docker ps --all',
      'docker ps --filter',
      'docker stop',
      'docker rm',
      'docker rmi',
      'docker rmi --force',
      'concept:untagging',
      'concept:dangling-images',
    ],
    noteTerms: [
      '이미지를 사용 중인 컨테이너를 중지, 삭제한 후',
      '삭제할 수 없다는 내용의 문구',
      'docker stop [컨테이너 이름]&&docker rm',
    ],
  },
  {
    slug: 'build-image',
    title: { ko: 'Dockerfile로 이미지 빌드하기', en: 'Build an image from a Dockerfile' },
    summary: {
      ko: '빌드 컨텍스트와 이름을 주고 빌드한 뒤, 캐시 없이 다시 빌드하거나 빌드 인자 넘기기',
      en: 'Build with a context and a name, rebuild without cache, and pass build arguments',
    },
    placeholders: [
      {
        name: 'image', type: 'image', default: 'mybuild',
        summary: { ko: '만들 이미지 이름', en: 'Name of the image to build' },
      },
      {
        name: 'tag', type: 'tag', default: '0.0',
        summary: { ko: '만들 이미지의 태그', en: 'Tag of the image to build' },
      },
      {
        name: 'context', type: 'path', default: '.',
        summary: {
          ko: '빌드 컨텍스트 디렉터리 (보통 Dockerfile이 있는 곳)',
          en: 'Build context directory, usually where the Dockerfile is',
        },
      },
      {
        name: 'container', type: 'container', default: 'myserver',
        summary: { ko: '확인용으로 띄울 컨테이너 이름', en: 'Name of the container started to try the image' },
      },
      {
        name: 'arg_name', type: 'string', default: 'my_arg',
        summary: { ko: 'Dockerfile에 ARG로 선언한 변수 이름', en: 'Variable declared with ARG in the Dockerfile' },
      },
      {
        name: 'arg_value', type: 'string', default: '/home',
        summary: { ko: '그 변수에 넣을 값', en: 'Value to give that variable' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '컨텍스트 디렉터리의 Dockerfile로 빌드하고 이름:태그를 붙임. 컨텍스트 경로는 꼭 적어야 함',
          en: 'Build from the Dockerfile in the context and name it; the context path is required',
        },
        command: 'docker build -t {{image}}:{{tag}} {{context}}',
      },
      {
        summary: {
          ko: 'EXPOSE한 포트를 모두 호스트의 임의 포트에 연결해 컨테이너로 확인',
          en: 'Try it in a container, publishing every EXPOSEd port on a random host port',
        },
        command: 'docker run -d -P --name {{container}} {{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '캐시를 쓰지 않고 모든 단계를 처음부터 다시 실행',
          en: 'Run every step again from scratch, ignoring the build cache',
        },
        command: 'docker build --no-cache -t {{image}}:{{tag}} {{context}}',
      },
      {
        summary: {
          ko: 'ARG 변수에 빌드할 때 값을 넘김 (이름=값 형식)',
          en: 'Give an ARG variable a value at build time, as name=value',
        },
        command: 'docker build --build-arg {{arg_name}}={{arg_value}} -t {{image}}:{{tag}} {{context}}',
      },
    ],
    keywords: {
      ko: ['빌드', '이미지 빌드', '이미지 생성', '빌드 컨텍스트', '캐시', '캐시 무시', '빌드 인자', '태그'],
      en: ['build', 'docker build', 'dockerfile', 'build context', 'no-cache', 'build-arg', 'tag', 'rebuild'],
    },
    related: [
      'docker build',
      'docker build --tag',
      'docker build --no-cache',
      'docker build --build-arg',
      'docker run',
      'docker run --publish-all',
      'ARG',
      'EXPOSE',
      'concept:build-context',
      'concept:dockerignore',
      'concept:build-steps',
      'concept:build-cache',
      'compare:commit-vs-build',
    ],
    noteTerms: [
      'docker build -t mybuild:0.0 ./',
      '-t 옵션은 생성될 이미지의 이름을 설정한다',
      '--no-cache 옵션을 추가한다',
    ],
  },
  {
    slug: 'multi-stage-go',
    title: { ko: 'Go 앱을 멀티 스테이지로 빌드하기', en: 'Build a Go app with a multi-stage Dockerfile' },
    summary: {
      ko: 'golang 이미지에서 컴파일하고 실행 파일만 alpine 이미지로 옮겨 작은 이미지 만들기',
      en: 'Compile in a golang image and ship only the binary on alpine for a small image',
    },
    placeholders: [
      {
        name: 'image', type: 'image', default: 'go-app',
        summary: { ko: '만들 이미지 이름', en: 'Name of the image to build' },
      },
      {
        name: 'tag', type: 'tag', default: '1.0',
        summary: { ko: '최종 이미지의 태그', en: 'Tag of the final image' },
      },
      {
        name: 'context', type: 'path', default: '.',
        summary: { ko: 'main.go와 Dockerfile이 있는 디렉터리', en: 'Directory holding main.go and the Dockerfile' },
      },
    ],
    steps: [
      {
        summary: {
          ko: '예제용 Go 프로그램 작성 (이미 main.go가 있으면 건너뜀)',
          en: 'Write a sample Go program; skip this if you have a main.go',
        },
        command: 'printf \'package main\\n\\nimport "fmt"\\n\\nfunc main() { fmt.Println("hello from a multi-stage build") }\\n\' > main.go',
      },
      {
        summary: {
          ko: '두 스테이지 Dockerfile 작성: build 스테이지에서 컴파일, 두 번째 스테이지는 COPY --from=build로 실행 파일만 복사 (--from=0도 같은 뜻)',
          en: 'Write a two-stage Dockerfile: compile in "build", then COPY --from=build (or 0) takes the binary',
        },
        command: 'printf \'FROM golang:1.22 AS build\\nWORKDIR /src\\nCOPY main.go .\\nRUN CGO_ENABLED=0 go build -o /out/app main.go\\n\\nFROM alpine:3.20\\nCOPY --from=build /out/app /usr/local/bin/app\\nCMD ["app"]\\n\' > Dockerfile',
      },
      {
        summary: {
          ko: '전체를 빌드. 최종 이미지에는 마지막 스테이지만 남음',
          en: 'Build it all; only the last stage ends up in the image',
        },
        command: 'docker build -t {{image}}:{{tag}} {{context}}',
      },
      {
        summary: {
          ko: '비교용으로 build 스테이지까지만 빌드',
          en: 'For comparison, build only up to the build stage',
        },
        command: 'docker build --target build -t {{image}}:build {{context}}',
      },
      {
        summary: {
          ko: '두 이미지의 크기 비교 (최종 이미지가 훨씬 작음)',
          en: 'Compare the two sizes; the final image is far smaller',
        },
        command: 'docker images {{image}}',
      },
      {
        summary: { ko: '최종 이미지 실행 후 컨테이너 자동 삭제', en: 'Run the final image and remove the container afterwards' },
        command: 'docker run --rm {{image}}:{{tag}}',
      },
    ],
    keywords: {
      ko: ['멀티 스테이지', '다단계 빌드', '이미지 크기', '용량 줄이기', '고랭', '경량 이미지', '스테이지'],
      en: ['multi-stage', 'multistage build', 'golang', 'go', 'alpine', 'small image', 'copy --from', 'target'],
    },
    related: [
      'docker build',
      'docker build --tag',
      'docker build --target',
      'docker images',
      'docker run',
      'docker run --rm',
      'FROM',
      'WORKDIR',
      'COPY',
      'RUN',
      'CMD',
      'concept:multi-stage-builds',
      'concept:layers',
    ],
    noteTerms: [
      '멀티 스테이지',
      'COPY --from=0',
      'FROM alpine:latest',
      'go build -o /root/mainApp',
    ],
  },
  {
    slug: 'entrypoint-script',
    title: { ko: '시작 스크립트를 ENTRYPOINT로 쓰기', en: 'Use a start-up script as ENTRYPOINT' },
    summary: {
      ko: '스크립트를 이미지에 넣고 ENTRYPOINT로 지정한 뒤 docker run 인자를 스크립트에 넘기기',
      en: 'Copy a script into the image, make it the ENTRYPOINT and pass it docker run arguments',
    },
    placeholders: [
      {
        name: 'image', type: 'image', default: 'entrypoint-demo',
        summary: { ko: '만들 이미지 이름', en: 'Name of the image to build' },
      },
      {
        name: 'tag', type: 'tag', default: '0.1',
        summary: { ko: '만들 이미지의 태그', en: 'Tag of the image to build' },
      },
      {
        name: 'context', type: 'path', default: '.',
        summary: { ko: '스크립트와 Dockerfile이 있는 디렉터리', en: 'Directory holding the script and the Dockerfile' },
      },
      {
        name: 'args', type: 'string', default: 'echo hello from run',
        summary: {
          ko: 'CMD 대신 스크립트에 넘길 명령과 인자',
          en: 'Command and arguments handed to the script instead of CMD',
        },
      },
    ],
    steps: [
      {
        summary: {
          ko: '준비 작업을 한 뒤 exec "$@"로 받은 인자를 실행하는 스크립트 작성',
          en: 'Write a script that does its setup, then runs its arguments with exec "$@"',
        },
        command: 'printf \'#!/bin/sh\\nset -e\\necho "entrypoint: preparing, then running: $*"\\nexec "$@"\\n\' > entrypoint.sh',
      },
      {
        summary: {
          ko: 'Dockerfile 작성: COPY로 스크립트 복사, chmod로 실행 권한, ENTRYPOINT는 exec 형식, CMD는 기본 인자',
          en: 'Write the Dockerfile: COPY the script, chmod it, exec-form ENTRYPOINT, CMD as default arguments',
        },
        command: 'printf \'FROM ubuntu:24.04\\nCOPY entrypoint.sh /entrypoint.sh\\nRUN chmod +x /entrypoint.sh\\nENTRYPOINT ["/entrypoint.sh"]\\nCMD ["echo", "hello from CMD"]\\n\' > Dockerfile',
      },
      {
        summary: { ko: '이미지 빌드', en: 'Build the image' },
        command: 'docker build -t {{image}}:{{tag}} {{context}}',
      },
      {
        summary: {
          ko: '인자 없이 실행하면 CMD가 스크립트의 인자로 전달됨',
          en: 'Run with no arguments: CMD is handed to the script',
        },
        command: 'docker run --rm {{image}}:{{tag}}',
      },
      {
        summary: {
          ko: '이미지 이름 뒤에 적은 인자가 CMD를 대신해 스크립트로 전달됨',
          en: 'Words after the image name replace CMD and go to the script',
        },
        command: 'docker run --rm {{image}}:{{tag}} {{args}}',
      },
      {
        summary: {
          ko: '디버깅할 때는 --entrypoint로 스크립트를 건너뛰고 셸로 들어가기',
          en: 'To debug, skip the script with --entrypoint and open a shell',
        },
        command: 'docker run --rm -it --entrypoint /bin/sh {{image}}:{{tag}}',
      },
    ],
    keywords: {
      ko: ['엔트리포인트', '시작 스크립트', '초기화 스크립트', '인자 전달', '실행 권한', '스크립트'],
      en: ['entrypoint', 'entrypoint script', 'startup script', 'docker-entrypoint', 'exec "$@"', 'arguments', 'chmod'],
    },
    related: [
      'COPY',
      'RUN',
      'ENTRYPOINT',
      'CMD',
      'docker build',
      'docker run',
      'docker run --rm',
      'docker run --entrypoint',
      'concept:entrypoint-cmd',
      'concept:shell-vs-exec-form',
      'compare:cmd-vs-entrypoint',
      'compare:shell-vs-exec-form',
    ],
    noteTerms: [
      'entrypoint를 이용한 스크립트 설정',
      'ADD entrypoint.sh /entrypoint.sh',
      'chmod +x /entrypoint.sh',
      '--entrypoint="/test.sh"',
    ],
  },
];
