/**
 * Words for `compose alpha`, the hidden group of experimental Compose commands: see ./types.ts.
 * `alpha publish` is `compose publish` under its alpha name, with the same flags and their words.
 * (The docs still have pages for `alpha watch`, `alpha scale` and `alpha dry-run`, which moved on:
 * the facts leave them out.)
 */
import { composeWords } from './compose.js';
import type { WordsFile } from './types.js';

const stable = (name: string) => composeWords[name]!.options;

export const composeAlphaWords: WordsFile = {
  'compose alpha': {
    summary: {
      ko: '(실험 기능) 아직 정식이 아닌 Compose 명령을 모아 둔 숨은 그룹 (generate, publish, viz)',
      en: '(experimental) Hidden group of Compose commands that are not final yet: generate, publish, viz',
    },
    keywords: {
      ko: ['실험 기능', '알파 명령', '미리 보기 기능'],
      en: ['compose alpha', 'experimental', 'alpha commands', 'preview features'],
    },
    details: {
      ko: '`docker compose --help`에는 나오지 않으며, 여기 있는 명령은 예고 없이 바뀌거나 정식 명령으로 옮겨질 수 있습니다. 예전에 여기 있던 watch와 scale은 이제 `docker compose watch`, `docker compose scale`로, dry-run은 `docker compose --dry-run` 옵션으로 씁니다.',
      en: 'Not listed in `docker compose --help`; its commands may change without notice or move up into stable ones. Former members have moved on: watch and scale are now `docker compose watch` and `docker compose scale`, and dry-run is the `docker compose --dry-run` flag.',
    },
    related: ['docker compose watch', 'docker compose publish'],
    options: {},
  },

  'compose alpha generate': {
    summary: {
      ko: '(실험 기능) 이미 만들어 둔 컨테이너의 설정을 읽어 Compose 파일로 출력',
      en: '(experimental) Print a Compose file that describes containers you already have',
    },
    keywords: {
      ko: ['기존 컨테이너로 파일 만들기', 'docker run 옮기기', '컨테이너 설정 추출'],
      en: ['alpha generate', 'containers to compose', 'docker run to compose', 'reverse engineer'],
    },
    details: {
      ko: '컨테이너 이름이나 ID를 하나 이상 주면 이미지, 포트, 볼륨, 환경 변수 같은 설정을 서비스로 옮긴 파일을 표준 출력으로 내보냅니다. `docker run`으로 띄워 쓰던 컨테이너를 Compose로 옮길 때 출발점으로 쓰고, 결과는 꼭 다시 읽어 보고 다듬으세요.',
      en: 'Given one or more container names or IDs, it writes a file to stdout with their image, ports, volumes, environment and so on as services. A starting point for moving containers you ran with `docker run` into Compose; read the result and tidy it up.',
    },
    examples: ['docker compose alpha generate web db'],
    related: ['docker compose config', 'docker inspect'],
    options: {
      '--format': {
        summary: { ko: '출력 형식: yaml(기본) 또는 json', en: 'Output format: yaml (default) or json' },
        keywords: { ko: ['출력 형식', 'YAML 출력', 'JSON 출력'], en: ['format', 'yaml', 'json'] },
        values: ['yaml', 'json'],
      },
      '--name': {
        summary: { ko: '만들어진 파일에 적을 프로젝트 이름', en: 'Project name to write into the generated file' },
        keywords: { ko: ['프로젝트 이름', '이름 지정'], en: ['project name', 'name'] },
      },
      '--project-dir': {
        summary: { ko: '프로젝트 디렉터리로 삼을 경로', en: 'Directory to treat as the project directory' },
        keywords: { ko: ['프로젝트 디렉터리', '작업 폴더'], en: ['project directory', 'project dir'] },
      },
    },
  },

  'compose alpha publish': {
    summary: {
      ko: '(실험 기능) `docker compose publish`를 alpha 아래에서 부르는 이름 (앱을 OCI 아티팩트로 올림)',
      en: '(experimental) `docker compose publish` under its alpha name (push the app as an OCI artifact)',
    },
    keywords: { ko: ['알파 publish', 'OCI 아티팩트'], en: ['alpha publish', 'oci artifact'] },
    related: ['docker compose publish'],
    options: stable('compose publish'),
  },

  'compose alpha viz': {
    summary: {
      ko: '(실험 기능) Compose 파일의 서비스와 의존 관계를 Graphviz(DOT) 그래프로 출력',
      en: '(experimental) Print the services of the Compose file and their dependencies as a Graphviz (DOT) graph',
    },
    keywords: {
      ko: ['그래프', '의존 관계 그림', '서비스 구조 시각화', '그래프비즈'],
      en: ['viz', 'graphviz', 'dot graph', 'visualize services', 'dependency graph'],
    },
    details: {
      ko: '결과는 표준 출력으로 나오는 DOT 텍스트이므로 파일로 저장한 뒤 Graphviz의 `dot -Tpng` 같은 도구로 그림을 만듭니다.',
      en: 'The output is DOT text on stdout; save it and turn it into a picture with a Graphviz tool such as `dot -Tpng`.',
    },
    examples: ['docker compose alpha viz --ports --networks --image'],
    related: ['docker compose config'],
    options: {
      '--image': {
        summary: { ko: '그래프에 각 서비스의 이미지 이름도 표시', en: "Show each service's image name in the graph" },
        keywords: { ko: ['이미지 이름', '이미지 표시'], en: ['image', 'image name'] },
      },
      '--indentation-size': {
        summary: { ko: '들여쓰기 한 단계에 쓸 탭이나 공백의 개수(기본값 1)', en: 'How many tabs or spaces make one indentation level (default 1)' },
        keywords: { ko: ['들여쓰기', '들여쓰기 크기'], en: ['indentation', 'indent size'] },
      },
      '--networks': {
        summary: { ko: '그래프에 서비스가 연결된 네트워크도 표시', en: 'Show the networks each service is attached to' },
        keywords: { ko: ['네트워크 표시', '연결된 네트워크'], en: ['networks', 'show networks'] },
      },
      '--ports': {
        summary: { ko: '그래프에 서비스가 공개한 포트도 표시', en: 'Show the ports each service exposes' },
        keywords: { ko: ['포트 표시', '공개 포트'], en: ['ports', 'exposed ports'] },
      },
      '--spaces': {
        summary: { ko: '탭 대신 공백으로 들여쓰기', en: 'Indent with spaces instead of tabs' },
        keywords: { ko: ['공백 들여쓰기', '탭 대신 공백'], en: ['spaces', 'indent with spaces'] },
      },
    },
  },
};
