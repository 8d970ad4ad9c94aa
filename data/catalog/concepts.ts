/**
 * Concepts the notes teach, in the order the notes introduce them. Facts follow the Docker 28
 * client, the Docker Engine and the Dockerfile reference; every sentence is our own. Where the
 * notes are wrong or outdated, the body states the correct fact. `noteTerms` are phrases that
 * literally occur in the notes passage explaining the concept.
 */
import type { ConceptSpec } from './types.js';

export const concepts: readonly ConceptSpec[] = [
  {
    slug: 'image-name',
    title: { ko: '이미지 이름과 태그', en: 'Image names and tags' },
    summary: {
      ko: '이미지 이름이 레지스트리, 저장소, 태그로 나뉘는 방식과 latest 태그가 자동으로 붙는 경우',
      en: 'How an image name splits into registry, repository and tag, and when latest is implied',
    },
    body: {
      ko: '이미지 이름은 `[레지스트리[:포트]/][네임스페이스/]저장소[:태그]` 구조이며, 예를 들어 `docker.io/library/ubuntu:14.04`처럼 씁니다. 꼭 적어야 하는 것은 저장소 이름뿐입니다. 레지스트리를 생략하면 Docker Hub, Docker Hub에서 네임스페이스를 생략하면 공식 이미지용 `library`, 태그를 생략하면 `latest`가 쓰입니다. `latest`는 이름이 그럴 뿐 가장 최신 버전이라는 보장은 없고, 그 이름으로 마지막에 태그되거나 push된 이미지를 가리킬 뿐입니다. 저장소 이름은 소문자여야 하며, 태그는 영문자, 숫자, `_`, `.`, `-`로 최대 128자까지 쓸 수 있지만 `.`이나 `-`로 시작할 수는 없습니다. 하나의 이미지 ID에 여러 이름을 붙일 수 있는데, `docker tag`는 이름을 더하고 `docker rmi`는 이름을 뗍니다. 태그와 상관없이 정확히 같은 이미지를 고정하려면 `ubuntu@sha256:...` 같은 다이제스트를 씁니다.',
      en: 'An image name has the shape `[registry[:port]/][namespace/]repository[:tag]`, for example `docker.io/library/ubuntu:14.04`. Only the repository part is required. Without a registry the name refers to Docker Hub, without a namespace on Docker Hub it refers to `library` (the official images), and without a tag it means `latest`. Despite its name, `latest` promises nothing about being the newest version; it simply points at whatever image was last tagged or pushed under that name. Repository names must be lowercase, and a tag may contain letters, digits, `_`, `.` and `-`, up to 128 characters, but cannot begin with `.` or `-`. One image ID can carry many names at once: `docker tag` adds a name and `docker rmi` takes one away. To pin an exact image no matter how tags move, refer to it by digest, as in `ubuntu@sha256:...`.',
    },
    keywords: {
      ko: ['이미지 이름', '태그', '저장소', '레포지토리', '다이제스트', '이름 규칙', '최신', '네임스페이스'],
      en: ['image name', 'tag', 'latest', 'repository', 'reference', 'digest', 'namespace', 'naming'],
    },
    related: ['docker tag', 'docker commit', 'docker pull', 'concept:registry-prefix', 'concept:docker-hub'],
    examples: [
      'docker pull ubuntu:14.04',
      'docker commit -a "alicek106" -m "my first commit" commit_test commit_test:first',
      'docker tag my-image-name:0.0 alicek107/my-image-name:0.0',
    ],
    noteTerms: ['태그를 입력하지 않으면', 'latest로 설정', 'repository[:tag]'],
  },
  {
    slug: 'docker-hub',
    title: { ko: 'Docker Hub와 공식 이미지', en: 'Docker Hub and official images' },
    summary: {
      ko: '도커가 기본으로 쓰는 공개 레지스트리로, 공식 이미지가 있고 누구나 이미지를 올릴 수 있는 곳',
      en: 'Docker\'s default public registry, home of the official images, open for anyone to publish',
    },
    body: {
      ko: 'Docker Hub는 이미지 이름에 레지스트리 주소가 없을 때 도커 클라이언트가 찾아가는 기본 레지스트리입니다. 그래서 `docker pull`, `docker run`, `docker create`는 로컬에 없는 이미지를 기본적으로 여기서 받아 옵니다. 도커 계정만 있으면 누구나 자기 네임스페이스(`사용자/저장소`) 아래에 이미지를 push해서 공개적으로 공유할 수 있습니다. `ubuntu`, `nginx`처럼 네임스페이스가 없는 이미지는 Docker Official Image로, 문서가 갖춰져 있고 꾸준히 다시 빌드되며 `docker search` 결과의 OFFICIAL 열에 표시됩니다. 출처를 알 수 없는 이미지는 문서가 없거나 오래됐거나 안전하지 않을 수 있으니, 게시자와 Dockerfile을 확인한 뒤 쓰는 것이 좋습니다. 비공개 저장소 수와 pull 한도는 계정 요금제에 따라 다르며, 로그인하지 않았거나 무료 계정이면 pull 횟수가 제한됩니다. 외부 서비스에 의존하고 싶지 않거나 완전히 통제하고 싶다면 사설 레지스트리를 직접 운영하면 됩니다.',
      en: 'Docker Hub is the registry the Docker client contacts whenever an image name contains no registry host. That is why `docker pull`, `docker run` and `docker create` fetch missing images from it by default. Anyone with a Docker account can push images under their own namespace (`user/repo`) and share them publicly. Images without a namespace, such as `ubuntu` or `nginx`, are Docker Official Images: documented, maintained and rebuilt regularly, and flagged in the OFFICIAL column of `docker search`. Images from unknown publishers may be undocumented, stale or unsafe, so check who publishes them and how they are built before relying on them. How many private repositories you get and how often you may pull depend on the account plan; anonymous and free users face pull rate limits. When you want full control or no dependency on an outside service, run a private registry instead.',
    },
    keywords: {
      ko: ['도커 허브', '허브', '공식 이미지', '공개 저장소', '검색', '업로드', '내려받기', '레지스트리', '요금제'],
      en: ['docker hub', 'hub', 'official image', 'public registry', 'search', 'push', 'pull', 'rate limit'],
    },
    related: ['docker search', 'docker pull', 'docker push', 'docker login', 'concept:private-registry', 'compare:docker-hub-vs-private-registry'],
    examples: [
      'docker search ubuntu',
      'docker search --filter is-official=true ubuntu',
      'docker login',
      'docker push alicek107/my-image-name:0.0',
    ],
    noteTerms: ['Docker Hub', '공식(Official)', '중앙 이미지', 'docker search'],
  },
  {
    slug: 'registry-prefix',
    title: { ko: '레지스트리 접두어', en: 'Registry prefix' },
    summary: {
      ko: '이미지 이름 앞의 호스트 부분(docker.io/, ghcr.io/ 등)으로 어느 레지스트리를 쓸지 정하기',
      en: 'The host at the front of an image name decides which registry Docker talks to',
    },
    body: {
      ko: '이미지 이름의 첫 구성 요소에 `.`이나 `:`가 들어 있거나 그 값이 정확히 `localhost`이면 도커는 이를 레지스트리 호스트로 해석하고, 그렇지 않으면 Docker Hub의 이미지로 봅니다. 따라서 `ubuntu`, `library/ubuntu`, `docker.io/library/ubuntu`는 모두 같은 이미지이고, `docker.io/`를 붙이는 것은 Docker Hub라는 사실을 드러내 적는 것일 뿐입니다. `ghcr.io/owner/app`, `quay.io/org/app`, `192.168.0.10:5000/app`, `localhost:5000/app` 같은 이름은 각각 다른 레지스트리를 가리킵니다. Google Container Registry(`gcr.io`)는 지원이 종료되어 Artifact Registry로 대체되었고, 새 주소는 `REGION-docker.pkg.dev` 형태입니다. 이미 있는 이미지를 다른 레지스트리로 올리려면 `docker tag`로 그 호스트가 앞에 붙은 이름을 하나 더 만든 뒤 그 이름으로 push합니다. 인증이 필요한 레지스트리라면 호스트마다 따로 `docker login`을 해야 합니다.',
      en: 'If the first component of an image name contains a `.` or a `:`, or is exactly `localhost`, Docker reads it as a registry host; otherwise the image is looked up on Docker Hub. So `ubuntu`, `library/ubuntu` and `docker.io/library/ubuntu` all name the same image, and adding `docker.io/` only spells out that Docker Hub is meant. Names like `ghcr.io/owner/app`, `quay.io/org/app`, `192.168.0.10:5000/app` or `localhost:5000/app` point at other registries. Google Container Registry (`gcr.io`) has been retired in favour of Artifact Registry, whose hosts look like `REGION-docker.pkg.dev`. To send an existing image to another registry, give it an extra name carrying that host with `docker tag`, then push that name. Registries that require authentication need their own `docker login`, one per host.',
    },
    keywords: {
      ko: ['접두어', '레지스트리', '호스트', '주소', '저장소 구분', '도커 허브', '다른 레지스트리'],
      en: ['registry prefix', 'docker.io', 'gcr.io', 'ghcr.io', 'registry host', 'fully qualified name', 'prefix'],
    },
    related: ['docker tag', 'docker push', 'docker pull', 'docker login', 'concept:image-name', 'concept:private-registry'],
    examples: [
      'docker pull docker.io/library/ubuntu:14.04',
      'docker tag my-image-name:0.0 localhost:5000/my-image-name:0.0',
      'docker login ghcr.io',
    ],
    noteTerms: ['docker.io', 'gcr.io', '구글 이미지 레지스트리'],
  },
  {
    slug: 'layers',
    title: { ko: '이미지 레이어', en: 'Image layers' },
    summary: {
      ko: '이미지는 읽기 전용 레이어를 쌓은 것이며, commit과 빌드는 그 위에 새 레이어를 더함',
      en: 'An image is a stack of read-only layers; commit and build add new ones on top',
    },
    body: {
      ko: '이미지는 읽기 전용 레이어를 순서대로 쌓은 것이고, 각 레이어에는 아래 레이어와 비교해 추가, 변경, 삭제된 파일만 들어 있습니다. 컨테이너를 시작하면 도커가 맨 위에 얇은 쓰기 가능 레이어를 하나 더 얹고, 컨테이너가 쓰는 내용은 모두 여기에 기록되므로 이미지 레이어는 바뀌지 않습니다. `docker commit`은 이 쓰기 레이어를 새 읽기 전용 레이어로 굳히고, 기존 레이어에 그 레이어를 더한 새 이미지를 만듭니다. Dockerfile에서는 `RUN`, `COPY`, `ADD`가 파일 시스템 레이어를 만들고, `ENV`, `CMD`, `EXPOSE` 같은 명령은 이미지 설정만 바꿉니다. 레이어는 내용 해시로 식별되어 한 번만 저장되므로, 같은 베이스를 쓰는 이미지들은 디스크에서도, push와 pull에서도 그 레이어를 공유합니다. `docker images`의 SIZE는 공유 레이어까지 포함한 크기라서 이미지별 크기를 더하면 실제 사용량보다 커지며, 공유분은 `docker system df -v`로 확인할 수 있습니다. 뒤 레이어에서 파일을 지워도 가려질 뿐 데이터는 앞 레이어에 남아 이미지와 함께 전송됩니다.',
      en: 'An image is an ordered stack of read-only layers, each holding only the files added, changed or removed compared with the layers beneath it. When a container starts, Docker puts a thin writable layer on top; everything the container writes lands there, and the image layers stay untouched. `docker commit` freezes that writable layer into a new read-only layer and records a new image made of the old layers plus the new one. In a Dockerfile, `RUN`, `COPY` and `ADD` produce filesystem layers, while instructions such as `ENV`, `CMD` or `EXPOSE` only change the image configuration. Layers are identified by a content hash and stored once, so images built on the same base share those layers on disk and during push and pull. The SIZE column of `docker images` counts shared layers too, so adding up image sizes overstates real disk use; `docker system df -v` shows how much is shared. Deleting a file in a later layer only hides it: the bytes stay in the earlier layer and still ship with the image.',
    },
    keywords: {
      ko: ['레이어', '계층', '읽기 전용', '쓰기 레이어', '커밋', '용량', '공유', '이미지 구조'],
      en: ['layer', 'layers', 'image layer', 'read-only', 'union filesystem', 'overlay2', 'writable layer', 'copy-on-write', 'commit'],
    },
    related: ['docker commit', 'docker history', 'docker inspect', 'concept:image-inspect-layers', 'concept:dockerfile-habits'],
    examples: [
      'docker commit commit_test commit_test:second',
      'docker history commit_test:second',
      'docker system df -v',
    ],
    noteTerms: ['새로운 레이어로', '이미지 구조', '첫 번째 커밋'],
  },
  {
    slug: 'image-inspect-layers',
    title: { ko: 'inspect로 레이어 목록 보기', en: 'Layers in docker image inspect' },
    summary: {
      ko: 'docker image inspect 결과의 RootFS.Layers 목록으로 이미지가 어떤 레이어로 이뤄졌는지 확인',
      en: 'Reading RootFS.Layers in docker image inspect to see which layers make up an image',
    },
    body: {
      ko: '`docker image inspect`는 이미지의 설정을 JSON으로 보여 주며, 그중 `RootFS.Layers` 배열에 이미지를 이루는 파일 시스템 레이어가 베이스부터 위쪽 순서로 나열됩니다. 각 항목은 `sha256:`으로 시작하는 diff ID로, 압축하지 않은 레이어 내용의 해시입니다. 그래서 레지스트리에 표시되는 압축 레이어의 다이제스트와는 값이 다릅니다. 두 이미지의 목록을 비교하면 무엇을 공유하는지 알 수 있는데, `ubuntu:14.04`에서 commit한 이미지는 베이스의 항목을 그대로 가진 채 맨 끝에 하나가 더 붙어 있습니다. 이 목록만 보려면 `--format \'{{json .RootFS.Layers}}\'`를 쓰고, 어떤 단계가 각 레이어를 만들었고 크기가 얼마인지는 `docker history`로 봅니다. 범용 명령인 `docker inspect`는 컨테이너, 이미지, 네트워크, 볼륨을 모두 다루므로, 이름이 겹칠 수 있다면 `--type image`를 주거나 `docker image inspect`를 쓰는 것이 확실합니다.',
      en: '`docker image inspect` prints an image\'s configuration as JSON, and its `RootFS.Layers` array lists the filesystem layers that make up the image, from the base upward. Each entry is a `sha256:` diff ID, the hash of the uncompressed layer contents. That is why these values differ from the compressed layer digests a registry shows. Comparing the lists of two images shows what they share: an image committed from `ubuntu:14.04` repeats all of the base entries and adds one more at the end. Use `--format \'{{json .RootFS.Layers}}\'` to print only this list, and `docker history` to see which step created each layer and how large it is. The general `docker inspect` handles containers, images, networks and volumes alike, so when a name could be ambiguous, pass `--type image` or use `docker image inspect`.',
    },
    keywords: {
      ko: ['레이어 목록', '확인', '조회', '메타데이터', '해시', '이미지 정보', '상세 정보'],
      en: ['inspect', 'layers', 'rootfs', 'diff id', 'sha256', 'image metadata', 'json', 'format'],
    },
    related: ['docker inspect', 'docker history', 'concept:layers'],
    examples: [
      "docker image inspect --format '{{json .RootFS.Layers}}' ubuntu:14.04",
      'docker inspect --type image commit_test:first',
      'docker history commit_test:first',
    ],
    noteTerms: ['Layers를 보면', '"Layers"', '--type을 명시'],
  },
  {
    slug: 'untagging',
    title: { ko: '이름만 지워지는 이미지 삭제(Untagged)', en: 'Untagging instead of deleting' },
    summary: {
      ko: 'docker rmi가 이름만 떼고("Untagged:") 실제 이미지 데이터는 남기는 경우와 그 이유',
      en: 'Why docker rmi may only remove a name ("Untagged:") while the image data stays',
    },
    body: {
      ko: '이미지 ID 하나에는 이름이 여러 개 붙을 수 있고, `docker rmi 이름`은 먼저 그 이름을 떼어 냅니다. 출력의 `Untagged:` 줄이 바로 이름만 지웠다는 뜻입니다. 레이어가 실제로 지워지고 `Deleted:`가 출력되는 것은 그 이미지를 가리키는 이름이 더 없고, 쓰는 컨테이너도 없고, 그 위에 만들어진 다른 이미지도 없을 때뿐입니다. 예를 들어 `commit_test:first`에서 commit한 `commit_test:second`가 있으면, 하위 이미지가 레이어를 필요로 하므로 `commit_test:first`를 지워도 이름만 사라집니다. 이어서 하위 이미지를 지우면 그 이미지와 함께 이름 없는 부모 이미지도 기본으로 정리되며, `--no-prune`을 주면 부모는 남습니다. 즉 삭제를 막는 것은 하위(자식) 이미지이지 부모 이미지가 아닙니다. `-f` 없이는 어떤 컨테이너든, 멈춘 것이라도, 쓰고 있는 이미지를 지울 수 없습니다. `-f`를 주면 멈춘 컨테이너만 쓰는 이미지는 실제로 지워집니다. 실행 중인 컨테이너가 쓰는 이미지는 `-f`로도 지워지지 않아서, 이름으로 지정하면 이름만 떼어져 `<none>` 이미지가 남고 ID로 지정하면 오류가 납니다. 하위 이미지가 있는 이미지도 `-f`로 지울 수 없습니다.',
      en: 'An image ID can carry several names, and `docker rmi NAME` starts by removing that name; the `Untagged:` line in the output reports exactly that. The layers are actually removed, reported as `Deleted:`, only once no name points at the image, no container uses it and no other image is built on top of it. For example, if `commit_test:second` was committed from `commit_test:first`, removing `commit_test:first` only drops its name, because the child image still needs those layers. Removing the child afterwards deletes it and, by default, its now nameless parent too; `--no-prune` keeps such parents. So it is the child image that blocks deletion, not the parent. Without `-f`, an image that any container uses, even a stopped one, cannot be removed. With `-f`, an image used only by stopped containers really is deleted. An image a running container uses survives even `-f`: given a name, Docker only drops that name and leaves a `<none>` image behind; given an ID, it refuses. An image with child images cannot be removed with `-f` either.',
    },
    keywords: {
      ko: ['태그 해제', '삭제', '이미지 삭제', '부모 이미지', '하위 이미지', '이름 삭제', '강제 삭제'],
      en: ['untag', 'untagged', 'rmi', 'remove image', 'delete image', 'parent image', 'child image', 'no-prune'],
    },
    related: ['docker rmi', 'docker rm', 'docker tag', 'concept:dangling-images', 'concept:layers', 'recipe:remove-blocking-containers'],
    examples: [
      'docker rmi commit_test:first',
      'docker rmi commit_test:second',
      'docker rmi --no-prune commit_test:second',
      'docker stop commit_test',
      'docker rm commit_test',
    ],
    noteTerms: ['Untagged', '이름만 삭제', '하위 이미지', '부모 이미지'],
  },
  {
    slug: 'dangling-images',
    title: { ko: '댕글링 이미지', en: 'Dangling images' },
    summary: {
      ko: '이름과 태그가 없어 <none>:<none>으로 보이는 이미지와 이를 찾고 정리하는 방법',
      en: 'Images left without name or tag, shown as <none>:<none>, and how to find and prune them',
    },
    body: {
      ko: '댕글링(dangling) 이미지는 저장소 이름도 태그도 없는 이미지로, 목록에서 `<none>:<none>`으로 표시됩니다. 보통 이름이 새 이미지로 옮겨 가면서 생기는데, `myapp:latest`를 다시 빌드하거나 더 새로운 `ubuntu:14.04`를 pull하면 이전 이미지는 이름을 잃습니다. 실행 중인 컨테이너가 쓰는 이미지의 이름을 `-f`로 강제로 지웠을 때나 레거시 빌더에서 빌드가 실패했을 때도 남습니다. `docker images -f dangling=true`로 목록을 보고, `docker image prune`으로 컨테이너가 쓰지 않는 댕글링 이미지를 한꺼번에 지웁니다. `-a`를 더하면 태그 여부와 상관없이 컨테이너가 쓰지 않는 이미지를 모두 지우므로 주의해야 합니다. 레거시 빌더에서는 `docker images -a`에 `<none>:<none>` 중간 이미지도 보이는데, 이는 태그된 이미지의 부모라서 댕글링이 아니고 자식 이미지와 함께 사라집니다. 댕글링 이미지는 해롭지는 않지만 디스크를 차지하므로 가끔 정리해 주는 것이 좋습니다.',
      en: 'A dangling image has neither a repository name nor a tag, so listings show it as `<none>:<none>`. Most appear when a name moves on to a newer image: rebuilding `myapp:latest` or pulling a newer `ubuntu:14.04` leaves the previous image nameless. Force-removing the name of an image a container still uses, and failed builds with the legacy builder, leave them too. `docker images -f dangling=true` lists them, and `docker image prune` deletes all dangling images that no container uses. Adding `-a` removes every image without a container, tagged or not, so use it with care. With the legacy builder, `docker images -a` also shows `<none>:<none>` intermediate images; they are parents of tagged images rather than dangling ones, and go away together with their children. Dangling images do no harm but take disk space, so pruning them from time to time is a good habit.',
    },
    keywords: {
      ko: ['댕글링', '정리', '삭제', '이름 없는 이미지', '용량', '청소', '태그 없음', '디스크'],
      en: ['dangling', 'none', '<none>', 'untagged image', 'prune', 'cleanup', 'orphan image', 'disk space'],
    },
    related: ['docker image prune', 'docker images', 'docker rmi', 'concept:untagging', 'concept:failed-build-images', 'recipe:clean-dangling-images'],
    examples: [
      'docker images -f dangling=true',
      'docker image prune',
      'docker image prune -a',
      'docker rmi $(docker images -q -f dangling=true)',
    ],
    noteTerms: ['댕글링', 'dangling'],
  },
  {
    slug: 'save-load-export-import',
    title: { ko: 'save/load와 export/import', en: 'save/load and export/import' },
    summary: {
      ko: 'save/load는 레이어와 메타데이터째 이미지를 옮기고, export/import는 컨테이너 파일만 옮김',
      en: 'save/load move images with layers and metadata; export/import move a container\'s files only',
    },
    body: {
      ko: '`docker save`는 하나 이상의 이미지를 모든 레이어, 태그, 히스토리, 설정과 함께 tar 아카이브로 묶고, `docker load`는 그 파일을 읽어 ID까지 같은 이미지를 그대로 되살립니다. 반면 `docker export`는 컨테이너의 현재 파일 시스템을 평평한 tar 하나로 떠내며, 레이어 구조와 히스토리, `CMD`, `ENTRYPOINT`, `ENV`, `EXPOSE`, `WORKDIR` 같은 설정은 담지 않습니다. `docker import`는 그런 tar(또는 임의의 루트 파일 시스템 tarball)로 레이어가 하나뿐인 새 이미지를 만들고, 빠진 설정은 `--change`로 다시 넣을 수 있습니다. 컨테이너에 마운트된 볼륨의 데이터는 export에 포함되지 않습니다. 두 방식 모두 파일마다 레이어 전체를 복사해 넣으므로 여러 버전을 이렇게 주고받으면 공간이 낭비되지만, 레지스트리는 상대에게 없는 레이어만 전송합니다. 이미지를 오프라인으로 옮길 때는 save/load를, 컨테이너의 파일이 필요하거나 레이어를 합친 이미지를 원할 때는 export/import를 씁니다. `docker load`는 gzip, bzip2, xz로 압축된 파일도 그대로 읽습니다.',
      en: '`docker save` packs one or more images, with all their layers, tags, history and configuration, into a tar archive, and `docker load` reads that archive back and recreates the very same images, IDs included. `docker export`, by contrast, writes the current filesystem of a container as one flat tar, without layers, history or settings such as `CMD`, `ENTRYPOINT`, `ENV`, `EXPOSE` or `WORKDIR`. `docker import` turns such a tar, or any root filesystem tarball, into a new single-layer image, and lost settings can be put back with `--change`. Data in volumes mounted into the container is not part of an export. Either way, each file holds a full copy of every layer, so shipping many versions like this wastes space, whereas a registry only transfers the layers the other side is missing. Use save/load to move images offline, and export/import when you need a container\'s files or a flattened image. `docker load` also accepts archives compressed with gzip, bzip2 or xz.',
    },
    keywords: {
      ko: ['저장', '추출', '불러오기', '내보내기', '가져오기', '백업', '파일', '이동', '압축'],
      en: ['save', 'load', 'export', 'import', 'tar', 'archive', 'backup', 'offline transfer', 'file'],
    },
    related: ['docker save', 'docker load', 'docker export', 'docker import', 'compare:save-load-vs-export-import', 'concept:flattening-layers'],
    examples: [
      'docker save -o ubuntu_14_04.tar ubuntu:14.04',
      'docker load -i ubuntu_14_04.tar',
      'docker export -o rootfs.tar commit_test',
      'docker import rootfs.tar commit_test:imported',
    ],
    noteTerms: ['docker save', 'load 명령어', 'export, import', '단일 바이너리 파일'],
  },
  {
    slug: 'docker-hub-webhooks',
    title: { ko: 'Docker Hub 웹훅', en: 'Docker Hub webhooks' },
    summary: {
      ko: '저장소에 이미지가 push될 때마다 Docker Hub가 지정한 URL로 HTTP POST 요청을 보내는 기능',
      en: 'Docker Hub calls a URL of yours with an HTTP POST each time an image is pushed to a repository',
    },
    body: {
      ko: 'Docker Hub 저장소에는 웹훅을 걸 수 있는데, 새 이미지가 그 저장소에 push될 때마다 Docker Hub가 지정한 URL로 HTTP POST 요청을 보냅니다. 요청 본문은 저장소 이름, 태그, push한 사용자 같은 정보를 담은 JSON입니다. 이 URL에서 기다리는 작은 서비스가 새 태그를 pull해서 컨테이너를 다시 배포하거나, 메신저로 알리거나, 테스트를 시작하게 만들 수 있어 지속적 배포의 간단한 출발점이 됩니다. 웹훅은 Docker Hub 웹사이트의 저장소 설정에서 등록하며, 이를 다루는 `docker` CLI 명령은 없습니다. 받는 쪽 주소는 인터넷에서 접근할 수 있어야 합니다. 요청을 누가 보냈는지 확인할 장치가 따로 없으므로, 본문 내용을 그대로 믿기보다 신호로만 쓰고 무엇을 pull할지는 받는 쪽에서 정하는 편이 안전합니다.',
      en: 'A Docker Hub repository can have webhooks: whenever a new image is pushed to it, Docker Hub sends an HTTP POST request to each URL you registered. The request body is JSON describing the push, including the repository name, the tag and the user who pushed. A small service listening on that URL can then pull the new tag and redeploy containers, post to a chat channel or kick off tests, which makes webhooks a simple starting point for continuous deployment. Webhooks are set up in the repository settings on the Docker Hub website; no `docker` CLI command manages them. The receiving address must be reachable from the internet. Since there is no built-in way to prove who sent a request, treat it as a signal only and let the receiver decide what to pull rather than trusting the payload blindly.',
    },
    keywords: {
      ko: ['웹훅', '자동 배포', '알림', '푸시', '콜백', '자동화', '배포', '도커 허브'],
      en: ['webhook', 'docker hub', 'push event', 'http post', 'callback', 'continuous deployment', 'automation', 'notification'],
    },
    related: ['docker push', 'docker pull', 'concept:docker-hub', 'recipe:push-to-docker-hub'],
    examples: ['docker push alicek107/my-image-name:0.0'],
    noteTerms: ['웹훅', 'Webhook'],
  },
  {
    slug: 'private-registry',
    title: { ko: '사설 레지스트리', en: 'Private registry' },
    summary: {
      ko: '공식 registry 이미지로 5000번 포트에 나만의 이미지 저장소를 띄워 쓰기',
      en: 'Running your own image registry from the official registry image on port 5000',
    },
    body: {
      ko: '공식 `registry` 이미지는 오픈소스 Distribution 레지스트리를 컨테이너로 실행하므로, `docker run` 한 번이면 사설 레지스트리가 뜹니다. 컨테이너 안에서는 5000번 포트를 쓰므로 `-p 5000:5000`으로 공개하고, 데이터는 `/var/lib/registry`에 볼륨을 연결해 보관해야 컨테이너를 지워도 이미지가 사라지지 않습니다. 레지스트리는 `/v2/` 아래의 HTTP API로 통신하며, 정상이면 `GET /v2/`에 `{}`를 돌려주고 `/v2/_catalog`로 저장소 목록을 볼 수 있습니다. push하려면 `192.168.0.10:5000/my-image-name:0.0`처럼 레지스트리 주소를 접두어로 붙인 이름을 만들고, pull할 때도 같은 이름을 씁니다. 기본 설정에는 TLS도 인증도 없으므로, 다른 호스트의 데몬은 이 레지스트리를 insecure registry로 등록해야만 HTTP로 접근합니다. `localhost:5000`으로 push하는 것은 루프백 주소라서 그런 설정 없이도 됩니다. 실습 용도를 넘어서면 TLS 인증서와 `htpasswd` 인증(또는 앞단 프록시)을 갖춰야 합니다. 노트의 `registry:2.6`은 오래된 태그이니 `registry:2`나 최신 `registry:3`처럼 현재 태그를 쓰는 것이 좋습니다.',
      en: 'The official `registry` image runs the open-source Distribution registry in a container, so a private registry takes a single `docker run`. It listens on port 5000 inside the container; publish it with `-p 5000:5000` and keep its data in a volume mounted at `/var/lib/registry`, or the images vanish along with the container. The registry speaks an HTTP API under `/v2/`: `GET /v2/` returns `{}` when it is healthy, and `/v2/_catalog` lists the stored repositories. To push, give the image a name prefixed with the registry address, such as `192.168.0.10:5000/my-image-name:0.0`, and pull it back under the same name. Out of the box there is neither TLS nor authentication, so daemons on other hosts only talk to it over plain HTTP once it is listed as an insecure registry. Pushing to `localhost:5000` works without that setting, since loopback registries are trusted. Anything beyond a lab needs a TLS certificate and `htpasswd` authentication or a proxy in front. The `registry:2.6` tag in the notes is old; use a current tag such as `registry:2` or the newer `registry:3`.',
    },
    keywords: {
      ko: ['사설 레지스트리', '사설 저장소', '레지스트리', '직접 구축', '포트', '업로드', '사내 저장소', '개인 서버'],
      en: ['private registry', 'registry', 'self-hosted', 'port 5000', 'v2 api', 'distribution', 'push', 'on-premises'],
    },
    related: ['docker run', 'docker tag', 'docker push', 'concept:insecure-registry', 'recipe:private-registry', 'compare:docker-hub-vs-private-registry'],
    examples: [
      'docker run -d --name myRegistry -p 5000:5000 --restart=always -v registry-data:/var/lib/registry registry:2',
      'curl localhost:5000/v2/',
      'curl localhost:5000/v2/_catalog',
      'docker tag my-image-name:0.0 localhost:5000/my-image-name:0.0',
      'docker push localhost:5000/my-image-name:0.0',
    ],
    noteTerms: ['사설 레지스트리', 'Private Registry', '5000번 포트', '/v2/'],
  },
  {
    slug: 'insecure-registry',
    title: { ko: 'HTTP 레지스트리 허용(insecure registry)', en: 'Insecure (HTTP) registries' },
    summary: {
      ko: '데몬이 HTTPS가 아닌 레지스트리에 접근하도록 daemon.json의 insecure-registries에 등록하기',
      en: 'Letting the daemon use a plain-HTTP registry by listing it in insecure-registries in daemon.json',
    },
    body: {
      ko: '도커 데몬은 레지스트리와 HTTPS로 통신하며, HTTP만 지원하는 레지스트리는 보통 `http: server gave HTTP response to HTTPS client` 같은 오류와 함께 거부합니다. 예외는 `localhost`와 127.0.0.0/8 대역의 레지스트리로, TLS 없이도 허용됩니다. 다른 호스트를 허용하려면 `/etc/docker/daemon.json`의 `insecure-registries`에 `{"insecure-registries": ["192.168.0.10:5000"]}`처럼 적고 데몬을 재시작합니다. 이는 `dockerd --insecure-registry 192.168.0.10:5000`으로 띄우는 것과 같습니다. 노트의 `/etc/default/docker`에 `DOCKER_OPTS`를 넣는 방식은 예전 init 스크립트에서만 통했고, systemd를 쓰는 배포판은 그 파일을 읽지 않으므로 `daemon.json`을 써야 합니다. Docker Desktop에서는 Settings의 Docker Engine 화면에서 같은 JSON을 고칩니다. 이 설정은 레지스트리 서버가 아니라 push나 pull을 하는 쪽 데몬마다 해 줘야 합니다. 통신이 암호화되지 않고 서버도 검증하지 않으므로 믿을 수 있는 내부망에서만 쓰고, 제대로 하려면 TLS 인증서를 적용합니다. 사설 CA 인증서는 `/etc/docker/certs.d/호스트:포트/ca.crt`에 두면 데몬이 신뢰합니다.',
      en: 'The Docker daemon talks to registries over HTTPS and refuses one that only speaks HTTP, typically with an error like `http: server gave HTTP response to HTTPS client`. Registries on `localhost` and 127.0.0.0/8 are the exception and work without TLS. To allow another host, list it under `insecure-registries` in `/etc/docker/daemon.json`, e.g. `{"insecure-registries": ["192.168.0.10:5000"]}`, and restart the daemon. That has the same effect as starting `dockerd --insecure-registry 192.168.0.10:5000`. Putting `DOCKER_OPTS` in `/etc/default/docker`, as the notes do, only worked with old init scripts; systemd-based distributions ignore that file, so use `daemon.json`. On Docker Desktop, edit the same JSON under Settings, Docker Engine. The setting belongs on every daemon that pushes or pulls, not on the registry server. Traffic is unencrypted and the server is not verified, so keep this to trusted networks; the proper fix is a TLS certificate. A private CA certificate placed at `/etc/docker/certs.d/HOST:PORT/ca.crt` is trusted by the daemon.',
    },
    keywords: {
      ko: ['비보안', '인증서', '데몬 설정', '보안', '레지스트리', '재시작', '사설 인증서', '암호화'],
      en: ['insecure registry', 'http', 'https', 'tls', 'daemon.json', 'docker_opts', 'certificate', 'self-signed'],
    },
    related: ['dockerd --insecure-registry', 'docker push', 'docker pull', 'concept:private-registry'],
    examples: [
      'dockerd --insecure-registry 192.168.0.10:5000',
      'sudo systemctl restart docker',
      'docker push 192.168.0.10:5000/my-image-name:0.0',
    ],
    noteTerms: ['insecure-registry', 'DOCKER_OPTS', 'HTTPS를 사용하지 않는'],
  },
  {
    slug: 'restart-policies',
    title: { ko: '재시작 정책', en: 'Restart policies' },
    summary: {
      ko: '컨테이너가 종료됐을 때 --restart no, on-failure[:N], always, unless-stopped가 각각 하는 일',
      en: 'What --restart no, on-failure[:N], always and unless-stopped do when a container exits',
    },
    body: {
      ko: '재시작 정책은 컨테이너의 주 프로세스가 끝났을 때 데몬이 어떻게 할지를 정하며, `docker run --restart`로 지정하고 나중에 `docker update --restart`로 바꿀 수 있습니다. 기본값 `no`는 다시 시작하지 않습니다. `on-failure[:N]`은 종료 코드가 0이 아닐 때만 다시 시작하고, N을 주면 그 횟수까지만 시도합니다. `always`는 종료 코드와 상관없이 다시 시작하고, 호스트 재부팅 등으로 데몬이 시작될 때도 컨테이너를 함께 띄웁니다. `unless-stopped`는 `always`와 같지만, 사용자가 `docker stop`으로 직접 멈춘 컨테이너는 데몬이 재시작돼도 멈춘 채로 둡니다. `always`라도 직접 멈춘 컨테이너를 바로 되살리지는 않고, 다음에 데몬이 시작될 때 띄웁니다. 재시도 사이의 대기 시간은 100ms에서 시작해 두 배씩 늘어나며, 컨테이너가 10초 이상 정상적으로 돌면 다시 초기화됩니다. `--rm`과는 함께 쓸 수 없습니다.',
      en: 'A restart policy tells the daemon what to do when a container\'s main process ends; set it with `docker run --restart` and change it later with `docker update --restart`. The default, `no`, never restarts. `on-failure[:N]` restarts only after a non-zero exit code and, with N, gives up after that many attempts. `always` restarts whatever the exit code, and also brings the container back when the daemon starts, for example after a host reboot. `unless-stopped` is like `always`, except that a container you stopped yourself with `docker stop` stays stopped across daemon restarts. Even with `always`, a container you stopped by hand is not revived at once, only at the next daemon start. The wait between attempts starts at 100 ms and doubles each time, and resets once the container has stayed up for at least 10 seconds. A restart policy cannot be combined with `--rm`.',
    },
    keywords: {
      ko: ['재시작', '정책', '자동 재시작', '재부팅', '종료 코드', '항상', '장애 복구', '자동 시작'],
      en: ['restart', 'restart policy', 'always', 'unless-stopped', 'on-failure', 'auto restart', 'reboot', 'crash'],
    },
    related: ['docker run --restart', 'docker stop', 'compare:restart-policies', 'concept:private-registry'],
    examples: [
      'docker run -d --name myRegistry -p 5000:5000 --restart=always registry:2',
      'docker run -d --restart=on-failure:5 nginx',
      'docker update --restart=unless-stopped myRegistry',
    ],
    noteTerms: ['--restart', 'on-failure', 'unless-stopped', '재시작에 대한 정책'],
  },
  {
    slug: 'build-context',
    title: { ko: '빌드 컨텍스트', en: 'Build context' },
    summary: {
      ko: '빌드가 읽을 수 있는 파일 모음으로, Dockerfile 위치가 아니라 docker build에 넘긴 경로나 URL',
      en: 'The files a build may read: the PATH or URL given to docker build, not the Dockerfile folder',
    },
    body: {
      ko: '빌드 컨텍스트는 빌드 중에 `COPY`와 `ADD`가 읽을 수 있는 파일 모음으로, `docker build`의 마지막 인자로 준 디렉토리(또는 Git URL, tarball)입니다. 이 인자는 생략할 수 없으며, `docker build -t mybuild:0.0 .`은 현재 디렉토리를 컨텍스트로 씁니다. Dockerfile은 기본적으로 컨텍스트 최상위의 `Dockerfile`을 쓰지만 `-f`로 다른 위치를 지정할 수 있으므로, 컨텍스트는 Dockerfile이 있는 폴더가 아니라 넘겨준 경로 자체입니다. `COPY`와 `ADD`의 원본 경로는 컨텍스트 기준이며 컨텍스트 밖으로 나갈 수 없어서 `COPY ../file`은 실패합니다. 레거시 빌더는 먼저 컨텍스트 전체를 데몬으로 보내므로(`Sending build context to Docker daemon`) 큰 디렉토리나 `/`를 컨텍스트로 쓰면 매번 빌드가 느려집니다. BuildKit은 빌드에 실제로 필요한 파일만 전송하고 이전 빌드에서 보낸 것은 재사용합니다. Git URL을 주면 저장소를 클론해 컨텍스트로 쓰고, `docker build - < Dockerfile`은 컨텍스트 없이 빌드합니다. 컨텍스트는 작게 유지하고 나머지는 `.dockerignore`로 제외하세요.',
      en: 'The build context is the set of files `COPY` and `ADD` can read during a build: the directory, Git URL or tarball given as the last argument of `docker build`. That argument is required; `docker build -t mybuild:0.0 .` uses the current directory. The Dockerfile defaults to `Dockerfile` at the root of the context, but `-f` can point somewhere else, so the context is whatever path you pass, not necessarily the folder holding the Dockerfile. Source paths in `COPY` and `ADD` are relative to the context and cannot leave it, so `COPY ../file` fails. The legacy builder first uploads the entire context (`Sending build context to Docker daemon`), so a large directory, let alone `/`, slows down every build. BuildKit transfers only the files the build actually uses and reuses what it sent before. A Git URL is cloned and used as the context, while `docker build - < Dockerfile` builds with no context at all. Keep the context small and exclude the rest with `.dockerignore`.',
    },
    keywords: {
      ko: ['빌드 컨텍스트', '컨텍스트', '경로', '디렉토리', '빌드 속도', '전송', '빌드'],
      en: ['build context', 'context', 'build path', 'dockerfile location', 'sending build context', 'git url', 'file'],
    },
    related: ['docker build', 'docker build --file', 'COPY', 'ADD', 'concept:dockerignore'],
    examples: [
      'docker build -t mybuild:0.0 .',
      'docker build -f docker/Dockerfile -t mybuild:0.0 .',
      'docker build -t mybuild:git https://github.com/user/repo.git#main',
      'docker build -t mybuild:nocontext - < Dockerfile',
    ],
    noteTerms: ['빌드 컨텍스트', 'Sending build context', '컨텍스트(Context)'],
  },
  {
    slug: 'dockerignore',
    title: { ko: '.dockerignore 파일', en: 'The .dockerignore file' },
    summary: {
      ko: '.dockerignore로 불필요하거나 민감한 파일을 빌드 컨텍스트에서 빼기',
      en: 'A .dockerignore file keeps unneeded or secret files out of the build context',
    },
    body: {
      ko: '빌드 컨텍스트 최상위에 두는 `.dockerignore` 파일에는 컨텍스트에서 뺄 파일과 디렉토리의 패턴을 한 줄에 하나씩 적습니다. 제외된 파일은 빌더로 전송되지 않으므로 빌드가 빨라지고, 상관없는 파일이 바뀌어 캐시가 깨지는 일이 줄며, `.env`나 `.git` 같은 민감한 파일이 이미지에 들어가는 것도 막을 수 있습니다. 패턴은 Go 방식의 글롭(`*`, `?`, `[...]`)에 여러 단계 디렉토리를 뜻하는 `**`를 더해 쓰며, `!`로 시작하는 줄은 앞에서 제외한 것을 다시 포함하고 `#`으로 시작하는 줄은 주석입니다. 패턴은 컨텍스트 최상위 기준이라서 `*.log`는 최상위에서만, `**/*.log`는 모든 위치에서 일치합니다. 제외된 파일은 `COPY`와 `ADD`에서도 보이지 않으므로 그 경로를 복사하려 하면 빌드가 실패합니다. BuildKit에서는 Dockerfile 옆에 `app.Dockerfile.dockerignore`처럼 Dockerfile 이름을 딴 파일을 두면 최상위 파일보다 우선합니다.',
      en: 'A `.dockerignore` file at the root of the build context lists patterns for files and directories to leave out of the context, one per line. Excluded files are never sent to the builder, which speeds up builds, avoids cache misses caused by unrelated changes, and keeps sensitive files such as `.env` or `.git` out of images. Patterns are Go-style globs (`*`, `?`, `[...]`) plus `**` for any number of directories; a line starting with `!` brings back something an earlier line excluded, and a line starting with `#` is a comment. Patterns are matched from the context root, so `*.log` only matches at the top level while `**/*.log` matches anywhere. Excluded files are invisible to `COPY` and `ADD`, so copying such a path makes the build fail. With BuildKit, a file named after the Dockerfile, such as `app.Dockerfile.dockerignore`, placed next to it takes precedence over the one at the root.',
    },
    keywords: {
      ko: ['제외', '무시', '빌드 컨텍스트', '불필요한 파일', '패턴', '빌드 속도', '보안'],
      en: ['dockerignore', '.dockerignore', 'ignore', 'exclude', 'build context', 'pattern', 'gitignore'],
    },
    related: ['docker build', 'COPY', 'ADD', 'concept:build-context', 'concept:dockerfile-habits'],
    examples: [
      "printf '%s\\n' .git node_modules '**/*.log' .env > .dockerignore",
      'docker build -t mybuild:0.0 .',
    ],
    noteTerms: ['.dockerignore', '불필요한 파일'],
  },
  {
    slug: 'build-steps',
    title: { ko: '빌드 단계와 중간 컨테이너', en: 'Build steps and intermediate containers' },
    summary: {
      ko: '빌드가 Dockerfile 명령을 한 단계씩 처리하는 방식과 BuildKit 출력이 레거시와 다른 점',
      en: 'How a build runs each Dockerfile instruction as a step, and how BuildKit output differs',
    },
    body: {
      ko: '빌드는 Dockerfile을 명령 하나씩 차례로 처리합니다. 레거시 빌더는 각 명령에 `Step 1/10 : FROM ubuntu:14.04`처럼 번호를 붙이고, `RUN` 단계는 이전 단계의 이미지로 만든 임시 중간 컨테이너 안에서 실행한 뒤 결과를 새 중간 이미지로 커밋하고 그 컨테이너를 지웁니다(`Removing intermediate container`). 이 삭제는 `--rm`이 기본으로 켜져 있어서이고, `--force-rm`을 주면 단계가 실패해도 지웁니다. 파일 시스템 레이어를 만드는 것은 `RUN`, `COPY`, `ADD`뿐이고 나머지 명령은 이미지 설정만 바꾸므로, 레이어 수가 Dockerfile 줄 수와 같지는 않습니다. Docker Engine 23.0부터 기본 빌더인 BuildKit은 단계를 `#6 [2/5] RUN ...`처럼 표시하고 재사용한 단계에는 `CACHED`를 붙입니다. BuildKit은 빌드 전체를 그래프로 계획해 서로 독립된 단계를 병렬로 실행하고, 대상에 필요 없는 스테이지는 건너뛰며, 중간 컨테이너나 `<none>` 이미지를 남기지 않습니다. 명령 출력 전체를 보려면 `--progress=plain`을 씁니다. buildx 플러그인이 없으면 `docker build`는 지원 중단 경고를 출력하고 레거시 빌더로 동작합니다.',
      en: 'A build works through the Dockerfile one instruction at a time. The legacy builder numbers each one (`Step 1/10 : FROM ubuntu:14.04`); a `RUN` step executes in a temporary intermediate container started from the previous step\'s image, the result is committed as a new intermediate image, and the container is deleted (`Removing intermediate container`). That cleanup happens because `--rm` is on by default, and `--force-rm` removes the container even when the step fails. Only `RUN`, `COPY` and `ADD` create filesystem layers; the other instructions only change the image configuration, so the layer count is not the number of lines in the Dockerfile. BuildKit, the default builder since Docker Engine 23.0, prints steps like `#6 [2/5] RUN ...` and marks reused ones `CACHED`. It plans the whole build as a graph, runs independent steps in parallel, skips stages the target does not need, and leaves no intermediate containers or `<none>` images behind. Use `--progress=plain` to see the full command output. Without the buildx plugin, `docker build` prints a deprecation warning and falls back to the legacy builder.',
    },
    keywords: {
      ko: ['빌드 단계', '단계', '중간 컨테이너', '임시 컨테이너', '빌드 과정', '출력', '레이어', '병렬'],
      en: ['build step', 'step', 'intermediate container', 'buildkit', 'legacy builder', 'build output', 'progress', 'cached'],
    },
    related: ['docker build', 'docker build --rm', 'docker build --force-rm', 'concept:build-cache', 'concept:layers', 'compare:commit-vs-build'],
    examples: [
      'docker build -t mybuild:0.0 .',
      'DOCKER_BUILDKIT=0 docker build -t mybuild:0.0 .',
      'docker buildx build --progress=plain -t mybuild:0.0 .',
    ],
    noteTerms: ['Step 1/10', 'Step은', '새로운 컨테이너가 하나씩', '컨테이너 생성과 커밋'],
  },
  {
    slug: 'build-cache',
    title: { ko: '빌드 캐시', en: 'Build cache' },
    summary: {
      ko: '이전 빌드 결과를 재사용하는 방식("Using cache")과 --no-cache, --cache-from으로 이를 조절하기',
      en: 'How builds reuse earlier steps ("Using cache"), and how --no-cache and --cache-from change it',
    },
    body: {
      ko: '빌더는 각 단계를 실행하기 전에 같은 부모 위에서 같은 명령을 실행한 결과가 이미 있는지 확인하고, 있으면 그 결과를 재사용합니다. 레거시 빌더는 이를 `---> Using cache`로, BuildKit은 `CACHED`로 표시합니다. `COPY`와 `ADD`는 복사할 파일 내용의 체크섬까지 비교하지만 `RUN`은 명령 문자열만 보기 때문에, `RUN git clone ...`이나 `RUN apt-get update`는 원격 내용이 바뀌어도 예전 결과를 계속 씁니다. 한 단계에서 캐시가 깨지면 그 뒤의 단계는 모두 다시 실행됩니다. `--no-cache`는 빌드 전체에서 캐시를 쓰지 않고, `--pull`을 함께 주면 베이스 이미지도 새로 받습니다. `--cache-from 이미지`는 CI에서 레지스트리로부터 받은 이미지처럼 다른 이미지를 캐시 원본으로 지정합니다. BuildKit에서는 그 이미지가 캐시 메타데이터를 포함해 빌드된 경우(`--cache-to type=inline` 또는 `--build-arg BUILDKIT_INLINE_CACHE=1`)에만 효과가 있어서, `nginx` 같은 공식 이미지를 지정해도 캐시가 맞는 일은 드뭅니다. 자주 바뀌지 않는 단계를 앞에 두고 소스 코드보다 의존성 목록 파일을 먼저 복사하면 캐시를 가장 많이 활용할 수 있습니다.',
      en: 'Before running a step, the builder checks whether the same instruction has already been run on the same parent, and if so reuses that result, shown as `---> Using cache` by the legacy builder and `CACHED` by BuildKit. For `COPY` and `ADD` the check includes a checksum of the copied files, but for `RUN` only the command text counts, so `RUN git clone ...` or `RUN apt-get update` keep giving old results even after the remote side changed. Once one step misses the cache, every step after it runs again. `--no-cache` ignores the cache for the whole build, and adding `--pull` also fetches a fresh base image. `--cache-from IMAGE` offers another image as a cache source, such as one pulled from a registry in CI. With BuildKit this only helps if that image was built with cache metadata (`--cache-to type=inline` or `--build-arg BUILDKIT_INLINE_CACHE=1`), so naming an official image such as `nginx` rarely produces hits. Put rarely changing steps first and copy dependency manifests before the source code to get the most reuse.',
    },
    keywords: {
      ko: ['캐시', '빌드 캐시', '재사용', '무효화', '다시 빌드', '속도', '캐시 없이'],
      en: ['build cache', 'cache', 'using cache', 'no-cache', 'cache-from', 'cached', 'rebuild', 'cache invalidation'],
    },
    related: ['docker build --no-cache', 'docker build --cache-from', 'docker build --pull', 'concept:build-steps', 'concept:dockerfile-habits'],
    examples: [
      'docker build --no-cache -t mybuild:0.1 .',
      'docker build --pull --no-cache -t mybuild:0.1 .',
      'docker build --cache-from nginx -t my_extend_nginx:0.0 .',
    ],
    noteTerms: ['Using cache', '캐시', '--no-cache', '--cache-from'],
  },
  {
    slug: 'failed-build-images',
    title: { ko: '실패한 빌드가 남기는 것', en: 'Leftovers of failed builds' },
    summary: {
      ko: '레거시 빌더에서 빌드가 실패하면 남는 <none> 이미지와 멈춘 컨테이너, 그리고 정리 방법',
      en: 'What a failed legacy build leaves behind (<none> images, a stopped container) and how to clean up',
    },
    body: {
      ko: '어느 단계가 실패하면 빌드는 그 자리에서 멈추고, `-t`로 지정한 이름은 어떤 이미지에도 붙지 않습니다. 레거시 빌더에서는 성공한 단계들이 커밋한 이미지가 이름 없는 `<none>:<none>` 이미지로 남고, 실패한 단계의 중간 컨테이너도 멈춘 상태로 남아 있어 들어가 원인을 살펴볼 수 있습니다. `docker ps -a`로 그 컨테이너를, `docker images`로 남은 이미지를 확인한 뒤 `docker rm`과 `docker rmi`에 ID를 주어 지우거나, `docker container prune`과 `docker image prune`으로 한꺼번에 정리합니다. `--force-rm`을 주면 레거시 빌더가 단계가 실패해도 중간 컨테이너를 지웁니다. 남은 이미지는 캐시 역할도 하므로 실패한 줄을 고쳐 다시 빌드하면 마지막으로 성공한 단계부터 이어서 진행합니다. BuildKit은 중간 결과를 자체 빌드 캐시에만 두므로 컨테이너나 `<none>` 이미지가 남지 않으며, 그 캐시는 `docker builder prune`으로 비웁니다.',
      en: 'When a step fails, the build stops right there and the name given with `-t` is not attached to any image. With the legacy builder, the images committed by the steps that succeeded remain as nameless `<none>:<none>` images, and the intermediate container of the failing step is kept, stopped, so you can look inside it for the cause. Find that container with `docker ps -a` and the leftover images with `docker images`, then remove them by ID with `docker rm` and `docker rmi`, or in bulk with `docker container prune` and `docker image prune`. `--force-rm` makes the legacy builder remove intermediate containers even when a step fails. The leftover images also act as cache, so after fixing the failing line a rebuild resumes from the last good step. BuildKit keeps partial results only in its own build cache, leaving no containers or `<none>` images, and that cache is cleared with `docker builder prune`.',
    },
    keywords: {
      ko: ['빌드 실패', '오류', '임시 컨테이너', '중간 컨테이너', '정리', '삭제', '남은 이미지', '에러'],
      en: ['failed build', 'build error', 'none image', 'intermediate container', 'cleanup', 'force-rm', 'leftover'],
    },
    related: ['docker build --force-rm', 'docker rmi', 'docker rm', 'docker image prune', 'concept:dangling-images', 'concept:build-steps'],
    examples: [
      'docker ps -a --filter status=exited',
      'docker images -f dangling=true',
      'docker container prune',
      'docker image prune',
      'docker builder prune',
    ],
    noteTerms: ['빌드 중 오류', '임시 컨테이너', '<none>:<none>'],
  },
  {
    slug: 'multi-stage-builds',
    title: { ko: '멀티 스테이지 빌드', en: 'Multi-stage builds' },
    summary: {
      ko: '한 Dockerfile에 FROM 스테이지를 여러 개 두고 빌드 결과물만 작은 최종 이미지로 복사하기',
      en: 'Several FROM stages in one Dockerfile, copying only build output into a small final image',
    },
    body: {
      ko: '멀티 스테이지 Dockerfile에는 `FROM`이 여러 번 나오며, 각 `FROM`은 그 줄에 적은 이미지의 파일시스템에서 시작하는 새 스테이지를 엽니다(앞 스테이지의 파일은 `COPY --from`으로 가져오지 않는 한 이어지지 않습니다). 최종 이미지가 되는 것은 마지막 스테이지(또는 `--target`으로 고른 스테이지)뿐입니다. 스테이지는 나온 순서대로 0부터 번호가 매겨지고, `FROM golang:1.22 AS build`처럼 `AS`로 이름을 붙일 수 있습니다. `COPY --from=build /root/mainApp /root/mainApp`은 다른 스테이지의 파일을 가져오므로 컴파일러, 패키지 캐시, 소스 코드는 두고 실행에 필요한 결과물만 최종 이미지에 담을 수 있습니다. 일반 `COPY`와 마찬가지로 원본과 대상 경로를 모두 적어야 합니다. `--from`에는 이미지 이름도 줄 수 있어 기존 이미지에서 파일을 바로 꺼내 올 수 있습니다. 스테이지를 끼워 넣으면 번호가 밀리므로 번호보다 이름을 쓰는 편이 안전합니다. glibc 기반인 `golang` 이미지에서 빌드한 Go 바이너리를 `alpine`에서 실행하려면 `CGO_ENABLED=0`으로 정적 빌드해야 합니다. 이 기능은 Docker 17.05 이상에서 쓸 수 있고, BuildKit은 대상과 무관한 스테이지를 아예 빌드하지 않습니다.',
      en: 'A multi-stage Dockerfile has several `FROM` lines, and each one opens a new stage that starts from the filesystem of the image it names (nothing of the earlier stages carries over unless `COPY --from` brings it). Only the last stage, or the one picked with `--target`, becomes the image. Stages are numbered from 0 in order of appearance and can be named with `AS`, as in `FROM golang:1.22 AS build`. `COPY --from=build /root/mainApp /root/mainApp` takes files out of another stage, so compilers, package caches and sources stay behind and the final image holds only what it needs to run. Like any `COPY`, it needs both a source and a destination path. `--from` also accepts an image name, to pull files straight out of an existing image. Names are safer than numbers, because inserting a stage shifts the numbering. A Go binary built in the glibc-based `golang` image and run on `alpine` should be built with `CGO_ENABLED=0` so that it is static. The feature needs Docker 17.05 or later, and BuildKit does not build stages the target does not depend on.',
    },
    keywords: {
      ko: ['멀티 스테이지', '다단계 빌드', '스테이지', '이미지 크기', '경량화', '용량 줄이기', '빌드 단계'],
      en: ['multi-stage', 'multistage', 'stage', 'copy --from', 'from as', 'target', 'image size', 'builder pattern'],
    },
    related: ['FROM', 'COPY', 'docker build --target', 'recipe:multi-stage-go', 'concept:dockerfile-habits'],
    examples: [
      'FROM golang:1.22 AS build',
      'RUN CGO_ENABLED=0 go build -o /root/mainApp /root/main.go',
      'FROM alpine:latest',
      'COPY --from=build /root/mainApp /root/mainApp',
      'CMD ["./mainApp"]',
      'docker build --target build -t myapp:build .',
    ],
    noteTerms: ['멀티 스테이지', '--from=0', '17.05'],
  },
  {
    slug: 'variable-expansion',
    title: { ko: 'Dockerfile 변수 치환', en: 'Variable substitution in Dockerfiles' },
    summary: {
      ko: 'Dockerfile에서 $VAR, ${VAR:-기본값}, ${VAR:+대체값}으로 변수 값을 넣기',
      en: 'Using $VAR, ${VAR:-default} and ${VAR:+alt} in Dockerfile instructions',
    },
    body: {
      ko: 'Dockerfile 명령에서는 `ENV`나 `ARG`로 정한 변수를 `$name`이나 `${name}`으로 참조할 수 있습니다. `${name:-word}`는 변수가 없거나 빈 값이면 `word`를, 아니면 변수 값을 씁니다. `${name:+word}`는 변수에 빈 값이 아닌 값이 있으면 `word`를, 아니면 빈 문자열을 씁니다. 빌더가 직접 치환하는 명령은 `FROM`, `ADD`, `COPY`, `ENV`, `ARG`, `EXPOSE`, `LABEL`, `STOPSIGNAL`, `USER`, `VOLUME`, `WORKDIR` 등입니다. `RUN`, `CMD`, `ENTRYPOINT`의 셸 형식에서는 실행 시점에 셸이 치환하고, exec(JSON 배열) 형식은 전혀 치환하지 않으므로 `CMD ["echo", "$HOME"]`은 `$HOME`을 글자 그대로 출력합니다. 달러 기호를 그대로 쓰려면 `\\$name`처럼 이스케이프합니다. `ENV` 값은 이미지에도 저장되어 컨테이너에서 보이며, `docker run -e NAME=value`로 컨테이너마다 덮어쓸 수 있습니다.',
      en: 'Dockerfile instructions can refer to variables set by `ENV` or `ARG` as `$name` or `${name}`. `${name:-word}` yields `word` when the variable is unset or empty, and the variable\'s value otherwise. `${name:+word}` yields `word` when the variable holds a non-empty value, and an empty string otherwise. The builder itself substitutes variables in `FROM`, `ADD`, `COPY`, `ENV`, `ARG`, `EXPOSE`, `LABEL`, `STOPSIGNAL`, `USER`, `VOLUME` and `WORKDIR`, among others. In the shell form of `RUN`, `CMD` and `ENTRYPOINT` the shell expands them when the command runs, and the exec (JSON array) form expands nothing, so `CMD ["echo", "$HOME"]` prints `$HOME` literally. Escape a dollar sign as `\\$name` to keep it as is. `ENV` values are also stored in the image and visible in containers, where `docker run -e NAME=value` overrides them per container.',
    },
    keywords: {
      ko: ['변수', '환경 변수', '치환', '기본값', '대체값', '확장', '빈 문자열'],
      en: ['variable', 'substitution', 'expansion', 'default value', 'env', 'arg', '${var:-default}', '${var:+alt}'],
    },
    related: ['ENV', 'ARG', 'docker run --env', 'concept:arg-env-precedence', 'concept:shell-vs-exec-form'],
    examples: [
      'ENV test=/home',
      'WORKDIR $test',
      'RUN touch ${test}/mytouchfile',
      'ARG VERSION',
      'ENV VERSION=${VERSION:-1.0}',
      'LABEL channel=${VERSION:+release}',
    ],
    noteTerms: ['${env_name:-value}', '${env_name:+value}', '빈 문자열'],
  },
  {
    slug: 'arg-env-precedence',
    title: { ko: 'ARG와 ENV의 우선순위', en: 'ARG vs ENV precedence' },
    summary: {
      ko: 'ARG는 빌드할 때만 쓰는 입력, ENV는 이미지에 남는 값이며 같은 이름이면 ENV가 이김',
      en: 'ARG is a build-time input, ENV stays in the image; with the same name, ENV wins',
    },
    body: {
      ko: '`ARG name` 또는 `ARG name=기본값`은 빌드 시점 변수를 선언하며, 값은 `docker build --build-arg name=value`로 넘깁니다. 기본값은 `=` 앞뒤에 공백 없이 `ARG my_arg2=value2`처럼 적어야 합니다. `ARG`는 선언한 줄부터 그 스테이지 끝까지 빌드하는 동안에만 존재하고(그동안 `RUN`에서는 환경 변수로 보임) 컨테이너 환경 변수가 되지는 않지만, 값이 `docker history`에 드러날 수 있으므로 비밀 값을 넘기는 데 쓰면 안 됩니다. `ENV name=value`는 이후 빌드 단계에 적용될 뿐 아니라 이미지에 저장되어 모든 컨테이너에 전달되며, `docker run -e`로 덮어쓸 수 있습니다. 같은 이름을 둘 다 쓰면 `ENV` 줄부터는 `--build-arg`로 무엇을 넘기든 `ENV` 값이 이깁니다. 빌드 인자를 실행 시점까지 남기고 싶다면 `ARG VERSION` 다음에 `ENV VERSION=${VERSION}`을 적습니다. 첫 `FROM` 앞에 선언한 `ARG`는 `FROM` 줄에서만 쓸 수 있고, 스테이지 안에서 쓰려면 그 안에서 다시 `ARG`로 선언해야 합니다. 어떤 `ARG`도 받지 않는 `--build-arg`는 무시되며, 레거시 빌더는 경고를 출력합니다.',
      en: '`ARG name` or `ARG name=default` declares a build-time variable, and `docker build --build-arg name=value` sets it. The default is written without spaces around `=`, as in `ARG my_arg2=value2`. An `ARG` exists only during the build, from its line to the end of its stage (where `RUN` sees it as an environment variable), and never becomes a container environment variable, yet its value can show up in `docker history`, so never use it to pass secrets. `ENV name=value` applies to the following build steps and is also stored in the image, so every container receives it unless `docker run -e` overrides it. When both use the same name, the `ENV` value wins from the `ENV` line onward, whatever `--build-arg` says. To carry a build argument through to runtime, write `ARG VERSION` followed by `ENV VERSION=${VERSION}`. An `ARG` declared before the first `FROM` is usable only in `FROM` lines; to use it inside a stage, declare it again there. A `--build-arg` that no `ARG` consumes is ignored; the legacy builder prints a warning about it.',
    },
    keywords: {
      ko: ['빌드 인자', '환경 변수', '우선순위', '덮어쓰기', '변수', '빌드 시점', '실행 시점'],
      en: ['arg', 'env', 'build-arg', 'build argument', 'environment variable', 'precedence', 'override', 'runtime'],
    },
    related: ['ARG', 'ENV', 'docker build --build-arg', 'docker run --env', 'compare:arg-vs-env', 'concept:variable-expansion'],
    examples: [
      'ARG my_arg2=value2',
      'docker build --build-arg my_arg=/home -t myarg:0.0 .',
      'ENV VERSION=${VERSION}',
      'docker run --rm -e test=/tmp myarg:0.0 env',
    ],
    noteTerms: ['--build-arg', 'ENV에 의해 덮어쓰여진다'],
  },
  {
    slug: 'shell-vs-exec-form',
    title: { ko: '셸 형식과 exec 형식', en: 'Shell form vs exec form' },
    summary: {
      ko: '일반 명령줄은 /bin/sh -c로 실행되고, JSON 배열은 셸 없이 프로그램을 바로 실행함',
      en: 'Plain command lines run through /bin/sh -c; JSON arrays run the program directly',
    },
    body: {
      ko: '`RUN`, `CMD`, `ENTRYPOINT`는 두 가지 방식으로 쓸 수 있습니다. 셸 형식인 `RUN apt-get install -y curl`은 Linux에서 `/bin/sh -c "..."`로(Windows에서는 `cmd /S /C`, 또는 `SHELL`로 바꾼 셸로) 감싸 실행되므로 파이프, `&&`, `$VAR`를 쓸 수 있습니다. exec 형식인 `CMD ["apachectl", "-DFOREGROUND"]`는 JSON 배열을 셸 없이 그대로 실행하므로, `["/bin/bash", "-c", "echo $HOME"]`처럼 셸을 직접 부르지 않는 한 변수 치환이나 셸 문법이 동작하지 않습니다. 배열은 반드시 큰따옴표를 써야 하며, 올바른 JSON이 아니면 아무 경고 없이 셸 형식으로 처리됩니다. `scratch`나 distroless처럼 `/bin/sh`가 없는 이미지에서는 exec 형식만 쓸 수 있습니다. `CMD`와 `ENTRYPOINT`에서는 실행 시점의 차이도 있습니다. 셸 형식이면 셸이 PID 1이 되어 `docker stop`의 SIGTERM이 프로그램이 아니라 셸에 전달되고, 셸 형식 `ENTRYPOINT`는 `CMD`와 run 인자를 무시합니다. 명령어와 배열 사이에는 `CMD ["./mainApp"]`처럼 공백이 있어야 합니다.',
      en: '`RUN`, `CMD` and `ENTRYPOINT` can be written in two ways. The shell form, `RUN apt-get install -y curl`, is wrapped as `/bin/sh -c "..."` on Linux (`cmd /S /C` on Windows, or whatever `SHELL` sets), so pipes, `&&` and `$VAR` work. The exec form, `CMD ["apachectl", "-DFOREGROUND"]`, is a JSON array run directly without a shell, so there is no variable expansion or shell syntax unless you call a shell yourself, as in `["/bin/bash", "-c", "echo $HOME"]`. The array must use double quotes; anything that is not valid JSON is silently treated as shell form. Images without `/bin/sh`, such as `scratch` or distroless ones, can only use the exec form. For `CMD` and `ENTRYPOINT` the choice also matters at runtime. In shell form the shell becomes PID 1, so the SIGTERM from `docker stop` reaches the shell rather than your program, and a shell-form `ENTRYPOINT` ignores `CMD` and run arguments. Leave a space between the instruction and the array, as in `CMD ["./mainApp"]`.',
    },
    keywords: {
      ko: ['셸 형식', 'exec 형식', '배열', 'JSON 배열', '시그널', '종료', '셸', '명령 형식'],
      en: ['shell form', 'exec form', 'json array', '/bin/sh -c', 'pid 1', 'signal', 'sigterm', 'shell'],
    },
    related: ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'compare:shell-vs-exec-form', 'concept:entrypoint-cmd'],
    examples: [
      'RUN apt-get update && apt-get install -y apache2',
      'RUN ["/bin/bash", "-c", "echo hello >> test2.html"]',
      'CMD apachectl -DFOREGROUND',
      'CMD ["apachectl", "-DFOREGROUND"]',
    ],
    noteTerms: ['JSON 배열 형태', '/bin/sh -c', '일반 형식'],
  },
  {
    slug: 'entrypoint-cmd',
    title: { ko: 'ENTRYPOINT와 CMD', en: 'ENTRYPOINT and CMD' },
    summary: {
      ko: 'ENTRYPOINT는 컨테이너가 실행할 프로그램을 고정하고, CMD는 바꿀 수 있는 기본 인자를 줌',
      en: 'ENTRYPOINT fixes the program a container runs; CMD supplies default arguments you can replace',
    },
    body: {
      ko: '`CMD`와 `ENTRYPOINT`는 둘 다 컨테이너가 시작될 때 실행할 것을 정하지만, 서로 경쟁하기보다 조합되는 관계입니다. `CMD`만 있으면 그것이 기본 명령이 되고, `docker run`에서 이미지 이름 뒤에 적은 내용이 이를 대체합니다. exec 형식의 `ENTRYPOINT`가 있으면 항상 그것이 실행되고, `CMD`나 `docker run`에 넘긴 인자가 그 뒤에 인자로 붙습니다. 예를 들어 `ENTRYPOINT ["/entrypoint.sh"]`와 `CMD ["apache"]`는 `/entrypoint.sh apache`를 실행합니다. `docker run --entrypoint`는 엔트리포인트를 바꾸면서 이미지의 기본 `CMD`도 비우며, 실행 파일만 받으므로 인자는 이미지 이름 뒤에 적습니다. 그래서 `docker run --entrypoint echo ubuntu:14.04 /bin/bash`는 `/bin/bash`라는 글자를 출력할 뿐입니다. 셸 형식 `ENTRYPOINT`는 `CMD`와 run 인자를 완전히 무시합니다. Dockerfile에서는 마지막 `CMD`와 마지막 `ENTRYPOINT`만 효력이 있고, `ENTRYPOINT`를 설정하면 베이스 이미지에서 물려받은 `CMD`는 초기화됩니다. 흔히 쓰는 방식은 컨테이너를 준비한 뒤 `exec "$@"`로 명령에 실행을 넘기는 엔트리포인트 스크립트입니다.',
      en: '`CMD` and `ENTRYPOINT` both describe what a container runs at start, but they combine rather than compete. With only `CMD`, it is the default command, and whatever follows the image name in `docker run` replaces it. With an exec-form `ENTRYPOINT`, that program always runs, and `CMD` or the arguments given to `docker run` are appended as its arguments. For example, `ENTRYPOINT ["/entrypoint.sh"]` with `CMD ["apache"]` runs `/entrypoint.sh apache`. `docker run --entrypoint` replaces the entrypoint and also clears the image\'s default `CMD`; it takes only the executable, so arguments go after the image name. That is why `docker run --entrypoint echo ubuntu:14.04 /bin/bash` just prints the text `/bin/bash`. A shell-form `ENTRYPOINT` ignores `CMD` and run arguments entirely. Only the last `CMD` and the last `ENTRYPOINT` in a Dockerfile take effect, and setting `ENTRYPOINT` resets any `CMD` inherited from the base image. A common pattern is an entrypoint script that prepares the container and then hands over to the command with `exec "$@"`.',
    },
    keywords: {
      ko: ['엔트리포인트', '커맨드', '기본 명령', '인자', '덮어쓰기', '스크립트', '시작 명령', '실행 명령'],
      en: ['entrypoint', 'cmd', 'default command', 'arguments', 'override', 'entrypoint script', 'startup command'],
    },
    related: ['ENTRYPOINT', 'CMD', 'docker run --entrypoint', 'compare:cmd-vs-entrypoint', 'recipe:entrypoint-script', 'concept:shell-vs-exec-form'],
    examples: [
      'ENTRYPOINT ["/bin/bash", "/entrypoint.sh"]',
      'docker run -it --name no_entrypoint ubuntu:14.04 /bin/bash',
      'docker run -it --entrypoint="echo" --name yes_entrypoint ubuntu:14.04 /bin/bash',
    ],
    noteTerms: ['ENTRYPOINT와 CMD', '--entrypoint', 'entrypoint.sh', '스크립트의 역할'],
  },
  {
    slug: 'add-copy',
    title: { ko: 'ADD와 COPY', en: 'ADD and COPY' },
    summary: {
      ko: 'COPY는 컨텍스트의 로컬 파일만 복사하고, ADD는 URL 다운로드와 로컬 tar 자동 해제까지 함',
      en: 'COPY copies local context files; ADD also downloads URLs and unpacks local tar archives',
    },
    body: {
      ko: '`COPY`와 `ADD`는 둘 다 빌드 컨텍스트의 파일을 이미지에 넣으며, `원본... 대상` 형식과 JSON 배열 형식, `--chown` 같은 옵션을 똑같이 지원합니다. `ADD`는 여기에 원격 소스를 더 받아서, HTTP(S) URL은 파일로 내려받고(압축은 풀지 않음) 최근 BuildKit에서는 Git 저장소도 클론할 수 있습니다. 로컬 tar 아카이브(무압축, gzip, bzip2, xz)를 `ADD`하면 대상 경로에 자동으로 풀리지만, URL로 받은 아카이브는 풀리지 않습니다. 바로 이런 추가 동작 때문에 `COPY`를 권장합니다. `COPY`는 내려받거나 압축을 풀지 않으므로 이미지에 무엇이 들어가는지 컨텍스트만 보면 알 수 있습니다. `ADD`는 자동 해제가 필요할 때나 `--checksum=sha256:...`으로 고정한 다운로드에만 쓰는 것이 좋습니다. 반대로 `ADD`가 못 하는 것도 있는데, 다른 빌드 스테이지나 이미지에서 파일을 가져오는 `--from`은 `COPY`에만 있습니다. `ADD URL` 대신 `RUN curl ...`을 쓰면 다운로드, 검증, 삭제를 한 레이어 안에서 끝낼 수 있습니다.',
      en: 'Both `COPY` and `ADD` put files from the build context into the image, with the same `src... dest` and JSON array syntax and options such as `--chown`. `ADD` also accepts remote sources: an HTTP(S) URL is downloaded as a file (not unpacked), and recent BuildKit versions can clone a Git repository too. A local tar archive (uncompressed, gzip, bzip2 or xz) given to `ADD` is extracted into the destination automatically, while an archive fetched from a URL is not. These extras are exactly why `COPY` is preferred. It never downloads or unpacks, so what lands in the image can be read straight from the context. Keep `ADD` for cases where you want auto-extraction, or a download pinned with `--checksum=sha256:...`. `COPY` can also do something `ADD` cannot: `--from`, which takes files from another build stage or image. Instead of `ADD URL`, `RUN curl ...` lets you download, verify and clean up within one layer.',
    },
    keywords: {
      ko: ['파일 복사', '복사', '추가', '압축 해제', '원격', '다운로드', '출처', '보안'],
      en: ['add', 'copy', 'remote url', 'tar', 'extract', 'unpack', 'checksum', 'provenance', 'copy files'],
    },
    related: ['ADD', 'COPY', 'compare:add-vs-copy', 'concept:build-context', 'concept:multi-stage-builds'],
    examples: [
      'COPY test.html /home/',
      'COPY ["test.html", "/home/"]',
      'ADD test.tar /home',
      'COPY --chown=www-data:www-data test.html /var/www/html/',
    ],
    noteTerms: ['출처가 명확', 'tar를 자동으로 해제', '외부 URL 및 tar', 'COPY는 로컬'],
  },
  {
    slug: 'dockerfile-habits',
    title: { ko: 'Dockerfile 작성 습관', en: 'Good Dockerfile habits' },
    summary: {
      ko: 'Dockerfile을 읽기 쉽게, 빌드를 빠르게, 이미지를 작게 유지하는 습관',
      en: 'Habits that keep Dockerfiles readable, builds fast and images small',
    },
    body: {
      ko: '몇 가지 습관만 지켜도 Dockerfile이 한결 나아집니다. 긴 명령은 줄 끝에 `\\`를 붙여 여러 줄로 나누고 패키지를 한 줄에 하나씩 적으면 읽기 쉽고 변경 내역도 깔끔합니다. `.dockerignore`로 빌드 컨텍스트를 가볍게 유지합니다. 자주 바뀌지 않는 명령을 앞에, 자주 바뀌는 명령을 뒤에 두고, 소스 코드보다 의존성 목록 파일을 먼저 복사하면 다음 빌드에서 캐시된 레이어를 재사용할 수 있습니다. 무엇보다 `RUN` 하나가 레이어 하나가 된다는 점을 기억해야 합니다. 한 `RUN`에서 만든 파일을 다음 `RUN`에서 지워도 삭제 사실만 위에 기록될 뿐 용량은 이미지에 그대로 남습니다. 그래서 생성과 정리를 `apt-get update && apt-get install -y apache2 && rm -rf /var/lib/apt/lists/*`처럼 `&&`로 묶어 한 `RUN`에서 끝냅니다. `update`와 `install`을 같은 `RUN`에 두면 오래된 캐시의 패키지 목록으로 설치하는 문제도 피할 수 있고, `&&`는 중간 명령이 실패하면 그 단계를 바로 멈춥니다. 멀티 스테이지 빌드를 쓰면 빌드 도구를 최종 이미지에서 아예 뺄 수 있습니다.',
      en: 'A handful of habits improve almost every Dockerfile. Split long commands over several lines with a trailing `\\`, one package per line, so they stay readable and diffs stay small. Keep the build context lean with `.dockerignore`. Order instructions from least to most frequently changing, and copy dependency manifests before the source code, so later builds can reuse cached layers. Above all, remember that each `RUN` becomes its own layer. A file created in one `RUN` and deleted in a later one still takes up space in the image, because only the deletion is recorded on top. So chain creation and cleanup into a single `RUN` with `&&`, as in `apt-get update && apt-get install -y apache2 && rm -rf /var/lib/apt/lists/*`. Keeping `update` and `install` in the same `RUN` also avoids installing from a stale, cached package index, and `&&` stops the step as soon as one command fails. Multi-stage builds go further by leaving build tools out of the final image entirely.',
    },
    keywords: {
      ko: ['좋은 습관', '모범 사례', '줄바꿈', '용량', '레이어', '이미지 크기', '최적화', '캐시'],
      en: ['best practices', 'dockerfile tips', 'line continuation', 'backslash', 'layer size', 'image size', 'chain run', 'optimization'],
    },
    related: ['RUN', 'concept:dockerignore', 'concept:build-cache', 'concept:layers', 'concept:multi-stage-builds'],
    examples: [
      'RUN mkdir /test && fallocate -l 100m /test/dummy && rm /test/dummy',
      'RUN apt-get update && apt-get install -y apache2 && rm -rf /var/lib/apt/lists/*',
    ],
    noteTerms: ['좋은 습관', '비효율적', '&&로 각 RUN', 'fallocate'],
  },
  {
    slug: 'flattening-layers',
    title: { ko: '레이어 평탄화', en: 'Flattening layers' },
    summary: {
      ko: 'export/import로 이미지를 레이어 하나로 합치는 방법과 그때 잃는 설정과 공유',
      en: 'Squashing an image into one layer with export/import, and the settings and sharing you lose',
    },
    body: {
      ko: '레이어가 많거나 불필요하게 커진 이미지는 평탄화할 수 있습니다. 그 이미지로 컨테이너를 만들고 `docker export`로 파일 시스템을 떠낸 뒤, `docker import`로 그 tar를 레이어 하나짜리 새 이미지로 만드는 방식입니다. 이렇게 하면 뒤 레이어에서 지운 파일이 실제로 사라지므로 이미지가 작아질 수 있습니다. 대가는 큽니다. 새 이미지에는 히스토리가 없고 원래 설정도 하나도 남지 않아서, `CMD`, `ENTRYPOINT`, `ENV`, `WORKDIR`, `USER`, `EXPOSE`, 볼륨, 레이블을 `docker import --change`로 다시 넣어야 합니다. 또 다른 이미지와 베이스 레이어를 공유하지 않으므로 평탄화한 이미지는 매번 통째로 저장되고 전송됩니다. export하려면 컨테이너를 만들기만 하면 되고 실행할 필요는 없습니다. 대개는 원인을 고치는 편이 낫습니다. 명령을 한 `RUN`으로 묶거나, 완성된 파일만 깨끗한 최종 스테이지로 복사하는 멀티 스테이지 빌드를 쓰세요. 이런 용도로 `docker build --squash`도 있었지만, 실험 기능을 켠 데몬의 레거시 빌더에서만 동작합니다.',
      en: 'An image with many or bloated layers can be flattened: create a container from it, dump its filesystem with `docker export`, and turn that tar into a new single-layer image with `docker import`. Files deleted in later layers really disappear this way, so the result can be smaller. The price is high. The new image has no history and none of the original settings, so `CMD`, `ENTRYPOINT`, `ENV`, `WORKDIR`, `USER`, `EXPOSE`, volumes and labels have to be put back with `docker import --change`. It also shares no base layers with other images, so every flattened image is stored and transferred in full. The container only has to be created, not started, before it can be exported. Fixing the cause is usually better: chain commands into one `RUN`, or use a multi-stage build that copies only the finished files into a clean final stage. `docker build --squash` was meant for this too, but it only works with the legacy builder on a daemon with experimental features enabled.',
    },
    keywords: {
      ko: ['레이어 합치기', '평탄화', '단일 레이어', '용량 줄이기', '설정 손실', '내보내기', '가져오기'],
      en: ['flatten', 'squash', 'single layer', 'export', 'import', 'reduce layers', 'image size', 'metadata loss'],
    },
    related: ['docker export', 'docker import', 'docker build --squash', 'concept:save-load-export-import', 'recipe:flatten-image', 'concept:layers'],
    examples: [
      'docker create --name flat_src mybuild:0.0',
      "docker export flat_src | docker import --change 'CMD [\"apachectl\", \"-DFOREGROUND\"]' - mybuild:flat",
    ],
    noteTerms: ['레이어를 하나로', '잃어버리게', '쓸데없는 레이어'],
  },
];
