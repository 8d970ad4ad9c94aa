/**
 * Each known misconception, stated in fresh words (not the shipped notes'), in Korean and English,
 * must be reported; the correct statement, or the claim negated, must not.
 */
import { describe, expect, it } from 'vitest';
import * as catalog from '../../data/catalog/index.js';
import { ingestNotes } from '../../server/ingest/ingest-notes.js';
import { withoutMarkup } from '../../server/verify/claims.js';

function claimsIn(sentence: string): string[] {
  const model = ingestNotes(catalog, [{ file: 'n.md', text: `# 1 메모\n\n${sentence}\n` }]);
  return model.notes[0]!.errata.filter((e) => e.rule.startsWith('claim/')).map((e) => e.rule.slice('claim/'.length));
}

const CASES: Record<string, { wrong: string[]; right: string[] }> = {
  'build-context-is-dockerfile-folder': {
    wrong: [
      '빌드 컨텍스트는 도커파일이 있는 폴더를 말한다.',
      'Dockerfile이 놓인 디렉터리가 곧 컨텍스트가 된다.',
      'The build context is the folder that contains your Dockerfile.',
      'Docker treats the directory where the Dockerfile lives as the build context.',
    ],
    right: [
      '빌드 컨텍스트는 Dockerfile이 있는 폴더가 아니라 build에 넘긴 경로다.',
      'The build context is the path you pass to docker build, not the folder of the Dockerfile.',
      'By default the Dockerfile is read from the build context, which is the last argument.',
    ],
  },
  'build-argument-is-dockerfile-path': {
    wrong: [
      'docker build 명령의 마지막에는 Dockerfile의 경로를 적는다.',
      '빌드할 때 끝에 도커 파일이 있는 위치를 넣어 준다.',
      'The last argument of docker build is the path to the Dockerfile.',
    ],
    right: [
      'docker build 명령의 마지막 인자는 빌드 컨텍스트이고, 다른 Dockerfile은 -f로 지정한다.',
      'Use -f to give docker build the path to a Dockerfile outside the context.',
    ],
  },
  'detached-mode-saved-in-image': {
    wrong: [
      'commit 하면 -d로 띄운 백그라운드 실행 설정까지 이미지에 저장된다.',
      '컨테이너를 만들 때 준 detached 모드도 새 이미지에 포함된다.',
      'When you commit a container, its detached mode is saved in the new image too.',
      'Running docker commit stores the detached mode you ran the container with.',
    ],
    right: [
      'detached 모드는 이미지에 저장되지 않는다.',
      'Detached mode is not stored in the image; pass -d again to docker run.',
    ],
  },
  'build-arg-needs-a-value': {
    wrong: [
      '--build-arg 값은 반드시 key=value 쌍을 이뤄야 한다.',
      '--build-arg must be given in the form KEY=VALUE.',
      'The --build-arg flag requires a key and a value.',
    ],
    right: [
      '--build-arg KEY처럼 값을 생략하면 같은 이름의 환경 변수 값을 쓴다.',
      '--build-arg takes KEY=VALUE, or KEY alone to copy it from the environment.',
    ],
  },
  'retries-repeat-the-check': {
    wrong: [
      '검사가 실패하면 retries 횟수만큼 명령을 다시 실행한다.',
      'With --retries 3, a failed check is retried three times immediately.',
      'If the check times out, Docker immediately repeats the command --retries times.',
    ],
    right: [
      '--retries 번 연속으로 실패하면 unhealthy가 된다.',
      'After --retries consecutive failures the container is marked unhealthy.',
    ],
  },
  'dangling-means-unused': {
    wrong: [
      'dangling 이미지는 컨테이너가 사용하지 않는 이미지를 말한다.',
      'Dangling images are images that are not used by any container.',
      'Running docker image prune -a removes dangling images.',
    ],
    right: [
      'dangling 이미지는 태그가 없는 <none> 이미지다.',
      'docker image prune -a removes all unused images, not just dangling ones.',
    ],
  },
  'docker-run-builds-images': {
    wrong: [
      '작성한 Dockerfile을 docker run 명령으로 이미지로 빌드한다.',
      'You build an image from a Dockerfile with docker run.',
      'Then `docker run` builds an image from the Dockerfile.',
    ],
    right: [
      'Dockerfile은 docker build로 이미지로 빌드하고 docker run으로 실행한다.',
      'You do not build an image with docker run; use docker build.',
    ],
  },
  'volumes-are-encrypted': {
    wrong: [
      'In a named volume, the data will be encrypted at the destination.',
      'Volumes are automatically encrypted by Docker.',
      '볼륨에 저장된 데이터는 암호화되어 안전하다.',
    ],
    right: [
      'Volumes are not encrypted; use an encrypted filesystem.',
      '볼륨은 암호화되지 않는다.',
    ],
  },
  'cmd-runs-at-build': {
    wrong: [
      'The CMD instruction runs after the image is built.',
      'CMD는 이미지를 빌드한 후에 실행된다.',
      'Once the image is built, the CMD runs.',
      'CMD: executes the command right after building the image.',
    ],
    right: [
      'CMD runs when the container starts, not when the image is built.',
      'RUN은 빌드할 때, CMD는 컨테이너가 시작될 때 실행된다.',
      'CMD sets the default command; run the command docker run after building the image.',
    ],
  },
  'interactive-alone-cannot-interact': {
    wrong: [
      '-i 옵션만 주면 컨테이너와 상호작용할 수 없다.',
      '-t 없이 -i만 사용하면 셸에 명령을 입력할 수 없습니다.',
      'With only -i, you cannot interact with the container.',
      '--interactive by itself does not let you type into the shell.',
    ],
    right: [
      '-i 옵션 없이는 컨테이너와 상호작용할 수 없다.',
      '-t만 쓰면 입력을 보낼 수 없다.',
      'Without -i you cannot interact with the container.',
      'With only -i there is no prompt, but you can still type commands.',
      '-it 옵션만 주면 바로 셸과 상호작용할 수 있다.',
    ],
  },
  'compose-top-level-volume-key': {
    wrong: [
      'Then define a top-level `volume` key listing the named volumes.',
      'At the same level as services, add a volume section with one entry per volume.',
      'services와 같은 레벨에 volume 항목을 만들고 볼륨 이름을 적는다.',
      'Compose 파일의 최상위에 volume 키를 둔다.',
    ],
    right: [
      'Declare the named volumes under the top-level volumes key.',
      'services와 같은 레벨의 volumes 키에 볼륨을 선언한다.',
      'Each service lists its mounts under volumes, next to ports.',
      'Add a volume to the service at the same level as the image key.',
    ],
  },
  'copy-destination-must-be-absolute': {
    wrong: [
      'COPY의 대상 경로는 반드시 절대경로를 사용해야 한다.',
      'ADD <src> <dest>에서 dest에는 절대 경로를 써야 한다.',
      'In COPY, the destination must be an absolute path.',
      'The destination of an ADD instruction has to be absolute.',
    ],
    right: [
      'COPY의 대상 경로는 절대경로 또는 WORKDIR 기준 상대경로를 쓸 수 있다.',
      'The COPY destination can be absolute or relative to WORKDIR.',
      'docker run -v 의 컨테이너 경로는 절대경로를 사용해야 한다.',
      'COPY의 원본 경로에는 절대경로를 사용할 수 없다.',
      'WORKDIR should be an absolute path.',
    ],
  },
  'one-image-per-from': {
    wrong: [
      '멀티 스테이지 빌드를 하면 FROM의 개수만큼 이미지가 생성된다.',
      'Dockerfile에 FROM이 세 개 있으면 FROM마다 이미지가 하나씩 만들어진다.',
      'Each FROM instruction produces a separate image.',
      'A build makes as many images as there are FROM lines.',
    ],
    right: [
      '각 FROM은 새 빌드 스테이지를 시작하고, 마지막 스테이지만 이미지로 남는다.',
      'FROM마다 이미지가 만들어지는 것은 아니다.',
      'Each FROM instruction starts a new build stage.',
    ],
  },
  'swarm-nodes-are-containers': {
    wrong: [
      'A swarm is a group of manager and worker containers.',
      'Swarm mode runs workers and managers containers across machines.',
      '스웜은 매니저와 워커 컨테이너로 구성된다.',
    ],
    right: [
      'A swarm is made of manager and worker nodes that run containers.',
      'The worker containers of the celery service scale with --scale.',
      '스웜은 매니저 노드와 워커 노드로 구성된다.',
    ],
  },
};

describe('claims read through inline markup', () => {
  it.each([
    ['`Dockerfile` 이 있는 폴더(디렉터리)가 빌드 컨텍스트이다.', 'build-context-is-dockerfile-folder'],
    ['`Dockerfile`이 위치한 `디렉토리`를 컨텍스트라고 부른다.', 'build-context-is-dockerfile-folder'],
    ['Docker builds as many images as there are `FROM` lines.', 'one-image-per-from'],
    ['A **cluster** of **manager** and **worker** containers.', 'swarm-nodes-are-containers'],
  ])('reports %s', (sentence, id) => {
    expect(claimsIn(sentence)).toContain(id);
  });

  it('keeps the space before Korean that follows Korean inside a code span', () => {
    expect(withoutMarkup('`복사할 경로는` 빌드를').text).toBe('복사할 경로는 빌드를');
    expect(withoutMarkup('`Dockerfile` 이 **있는** 곳').text).toBe('Dockerfile이 있는 곳');
  });

  it('places the erratum on the original line and column', () => {
    const model = ingestNotes(catalog, [{ file: 'n.md', text: '# 1 메모\n\n`Dockerfile` 이 있는 경로를\n`Context` 라고 하며 빌드 컨텍스트가 된다.\n' }]);
    const e = model.notes[0]!.errata.find((x) => x.rule === 'claim/build-context-is-dockerfile-folder')!;
    // The claim ends at 컨텍스트 in "빌드 컨텍스트가": its last syllable, counted in the line as written (with backticks).
    expect([e.line, e.column]).toEqual([4, 23]);
  });
});

describe.each(Object.entries(CASES))('misconception %s', (id, { wrong, right }) => {
  it.each(wrong)('is reported in: %s', (sentence) => {
    expect(claimsIn(sentence)).toContain(id);
  });
  it.each(right)('is not reported in: %s', (sentence) => {
    expect(claimsIn(sentence)).not.toContain(id);
  });
});
