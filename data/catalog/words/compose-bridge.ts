/** Words for `compose bridge`, which turns a Compose project into Kubernetes manifests or Helm charts: see ./types.ts. */
import type { WordsFile } from './types.js';

/** What a transformation is, shared by the bridge commands. */
const transformationNote = {
  ko: '변환(transformation)은 Compose 모델을 받아 템플릿대로 파일을 써 내는 Docker 이미지로, 기본값은 Kubernetes 매니페스트를 만드는 docker/compose-bridge-kubernetes이고 Helm 차트용 docker/compose-bridge-helm도 있습니다.',
  en: 'A transformation is a Docker image that takes the Compose model and writes files from its templates; the default, docker/compose-bridge-kubernetes, makes Kubernetes manifests, and docker/compose-bridge-helm makes a Helm chart.',
};

export const composeBridgeWords: WordsFile = {
  'compose bridge': {
    summary: {
      ko: 'Compose 프로젝트를 Kubernetes 매니페스트나 Helm 차트 같은 다른 배포 형식으로 바꾸는 명령 모음',
      en: 'Turn a Compose project into another deployment format, such as Kubernetes manifests or a Helm chart',
    },
    keywords: {
      ko: ['컴포즈 브리지', '쿠버네티스 변환', '헬름 차트', '매니페스트 생성'],
      en: ['compose bridge', 'compose to kubernetes', 'kubernetes manifests', 'helm chart', 'kompose'],
    },
    details: transformationNote,
    related: ['docker compose bridge convert', 'docker compose config'],
    options: {},
  },

  'compose bridge convert': {
    summary: {
      ko: 'Compose 파일을 변환 이미지에 넣어 Kubernetes 매니페스트나 Helm 차트 파일을 만들어 냄 (기본 출력 폴더 out)',
      en: 'Run the Compose file through a transformation to write Kubernetes manifests or a Helm chart (into out/ by default)',
    },
    keywords: {
      ko: ['쿠버네티스 변환', '매니페스트 만들기', '헬름 차트 만들기', 'k8s 배포'],
      en: ['bridge convert', 'convert to kubernetes', 'generate manifests', 'helm chart', 'k8s', 'kustomize'],
    },
    details: {
      ko: '현재 Compose 프로젝트를 읽고, 변환 이미지를 컨테이너로 실행해 그 결과를 출력 폴더에 씁니다. 기본 변환은 서비스마다 Deployment와 Service 같은 Kubernetes 리소스와 Kustomize 설정을 만들므로 `kubectl apply -k`로 클러스터에 적용할 수 있습니다. 결과는 출발점일 뿐이니 운영 환경에 맞게 검토하고 고치세요.',
      en: 'Reads the current Compose project, runs the transformation image as a container and writes what it produces into the output directory. The default transformation makes Kubernetes resources such as a Deployment and a Service per service, plus Kustomize files, so `kubectl apply -k` can deploy them. Treat the result as a starting point and review it for production.',
    },
    examples: [
      'docker compose bridge convert',
      'docker compose bridge convert -o k8s',
      'docker compose bridge convert -t docker/compose-bridge-helm',
    ],
    related: ['docker compose bridge transformations create', 'docker compose config'],
    options: {
      '--output': {
        summary: { ko: '만든 파일을 쓸 폴더(기본값 out)', en: 'Directory to write the generated files into (default out)' },
        keywords: { ko: ['출력 폴더', '저장 위치'], en: ['output', 'output directory', 'out'] },
      },
      '--templates': {
        summary: {
          ko: '변환 이미지에 든 템플릿 대신 쓸 로컬 템플릿 폴더',
          en: "Local directory of templates to use instead of the transformation image's own",
        },
        keywords: { ko: ['템플릿 폴더', '템플릿 바꾸기', '사용자 템플릿'], en: ['templates', 'custom templates', 'template directory'] },
      },
      '--transformation': {
        summary: {
          ko: '적용할 변환 이미지(기본값 docker/compose-bridge-kubernetes), 여러 번 주면 차례로 적용',
          en: 'Transformation image to apply (default docker/compose-bridge-kubernetes); repeat to apply several in turn',
        },
        keywords: { ko: ['변환 이미지', '헬름 변환', '변환 선택'], en: ['transformation', 'compose-bridge-helm', 'transformer image'] },
      },
    },
  },

  'compose bridge transformations': {
    summary: {
      ko: 'compose bridge convert가 쓰는 변환 이미지를 새로 만들거나 목록으로 확인',
      en: 'Create or list the transformation images that compose bridge convert uses',
    },
    keywords: {
      ko: ['변환 이미지', '변환 관리', '브리지 템플릿'],
      en: ['transformations', 'transformation images', 'bridge templates'],
    },
    details: transformationNote,
    related: ['docker compose bridge convert'],
    options: {},
  },

  'compose bridge transformations create': {
    summary: {
      ko: '기존 변환의 템플릿을 지정한 폴더에 복사하고 Dockerfile을 만들어 나만의 변환을 시작할 틀을 마련',
      en: 'Copy the templates of an existing transformation into a folder and add a Dockerfile, as a start for your own',
    },
    keywords: {
      ko: ['변환 만들기', '템플릿 복사', '사용자 변환', '매니페스트 커스터마이즈'],
      en: ['create transformation', 'custom transformation', 'copy templates', 'customize manifests'],
    },
    details: {
      ko: '폴더 안의 templates를 고친 뒤 그 폴더에서 `docker build -t 이름 .`으로 이미지를 만들면, `docker compose bridge convert -t 이름`으로 쓸 수 있습니다.',
      en: 'Edit the templates in the folder, build it with `docker build -t NAME .`, then use it with `docker compose bridge convert -t NAME`.',
    },
    examples: ['docker compose bridge transformations create --from docker/compose-bridge-helm my-helm'],
    related: ['docker compose bridge convert', 'docker compose bridge transformations list'],
    options: {
      '--from': {
        summary: {
          ko: '복사해 올 기존 변환 이미지(기본값 docker/compose-bridge-kubernetes)',
          en: 'Existing transformation to copy from (default docker/compose-bridge-kubernetes)',
        },
        keywords: { ko: ['원본 변환', '복사할 변환'], en: ['from', 'base transformation'] },
      },
    },
  },

  'compose bridge transformations list': {
    summary: {
      ko: '로컬에 있는 변환 이미지 목록 출력',
      en: 'List the transformation images available locally',
    },
    keywords: { ko: ['변환 목록', '변환 이미지 목록'], en: ['list transformations', 'transformations ls'] },
    related: ['docker compose bridge transformations create'],
    options: {
      '--format': {
        summary: { ko: '출력 형식: table(기본) 또는 json', en: 'Output format: table (default) or json' },
        keywords: { ko: ['출력 형식', 'JSON 출력'], en: ['format', 'json', 'table'] },
        values: ['table', 'json'],
      },
      '--quiet': {
        summary: { ko: '변환 이미지 이름만 출력', en: 'Print only the transformation names' },
        keywords: { ko: ['이름만', '조용히'], en: ['quiet', 'names only'] },
      },
    },
  },
};
