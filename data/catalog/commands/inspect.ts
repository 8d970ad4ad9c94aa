/** `docker inspect`: catalog entry. Flag facts follow `docker inspect --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const inspect: CommandSpec = {
  name: 'inspect',
  aliases: [],
  usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  args: [{ name: 'NAME|ID', required: true, repeatable: true, role: 'object' }],
  summary: {
    ko: '컨테이너, 이미지, 네트워크, 볼륨 등 도커 객체의 상세 정보를 JSON으로 출력',
    en: 'Print the full JSON details of containers, images, networks, volumes and more',
  },
  details: {
    ko: '이름이나 ID로 지정한 도커 객체의 설정과 상태를 빠짐없이 JSON으로 보여 줍니다. 이미지라면 `RootFS.Layers`에서 이미지를 이루는 레이어 목록을, 컨테이너라면 상태, 네트워크, 마운트 정보를 확인할 수 있습니다. 여러 종류의 객체가 같은 이름을 가지면 컨테이너가 먼저 선택되므로, 원하는 종류가 따로 있다면 `--type`으로 명시하는 것이 안전합니다.',
    en: 'Dumps the complete configuration and state of any Docker object named by name or ID as JSON. For an image, `RootFS.Layers` lists the layers it is made of; for a container you see its state, networks and mounts. When objects of different kinds share a name, the container is picked first, so state the kind with `--type` whenever you mean something else.',
  },
  keywords: {
    ko: ['상세 정보', '정보 조회', '메타데이터', '레이어', '설정 확인', '객체 종류', 'IP 주소'],
    en: ['inspect', 'details', 'metadata', 'json', 'layers', 'low-level', 'type', 'format', 'ip address'],
  },
  options: [
    {
      long: '--format', short: '-f', type: 'string', repeatable: false,
      summary: {
        ko: 'Go 템플릿이나 json으로 원하는 필드만 골라 출력',
        en: 'Pick fields to print with a Go template, or print JSON',
      },
      details: {
        ko: '전체 JSON 대신 필요한 값 하나만 뽑을 때 씁니다. 컨테이너의 IP 주소는 `{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}`, 로그 파일 위치는 `{{.LogPath}}`, 포트 연결 목록은 `{{json .NetworkSettings.Ports}}`처럼 적습니다. 셸이 중괄호를 건드리지 않도록 템플릿은 작은따옴표로 감싸세요.',
        en: "Use it to pull out one value instead of the whole JSON: a container's IP address is `{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}`, its log file `{{.LogPath}}`, its port bindings `{{json .NetworkSettings.Ports}}`. Wrap the template in single quotes so the shell leaves the braces alone.",
      },
      keywords: {
        ko: ['출력 형식', 'Go 템플릿', '필드 추출', 'JSON 출력', 'IP 주소', '로그 파일 경로', '포트 바인딩'],
        en: ['go template', 'json', 'extract field', 'jq', 'ip address', 'log path', 'port bindings'],
      },
      examples: [
        "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web",
        "docker inspect --format '{{.LogPath}}' web",
        "docker inspect --format '{{json .NetworkSettings.Ports}}' web",
      ],
    },
    {
      long: '--size', short: '-s', type: 'bool', repeatable: false,
      summary: {
        ko: '대상이 컨테이너일 때 파일 크기(SizeRw, SizeRootFs)를 함께 표시',
        en: 'For containers, also report file sizes (SizeRw and SizeRootFs)',
      },
      keywords: {
        ko: ['크기', '파일 크기', '디스크 사용량', '용량'],
        en: ['disk usage', 'sizerw', 'sizerootfs', 'file size'],
      },
    },
    {
      long: '--type', type: 'string', repeatable: false,
      values: ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'volume', 'task'],
      summary: {
        ko: '조회할 객체의 종류를 지정해 이름이 겹칠 때 헷갈리지 않게 함',
        en: 'Restrict the lookup to one kind of object so shared names are unambiguous',
      },
      details: {
        ko: '`docker inspect`는 이름을 받으면 컨테이너, 이미지, 네트워크, 볼륨 순으로 차례로 찾아보고 처음 맞는 객체를 보여 줍니다. 그래서 컨테이너와 이미지의 이름이 같으면 이미지를 보려 해도 컨테이너 정보가 나옵니다. `--type image`처럼 종류를 정해 두면 그 종류에서만 찾으므로 결과가 확실해집니다. `docker image inspect`, `docker container inspect`처럼 종류별 명령을 써도 같은 효과를 얻습니다.',
        en: 'Given a name, `docker inspect` searches containers first, then images, networks, volumes and the other kinds, and shows the first match. So when a container and an image share a name, asking about the image still returns the container. Setting the kind, e.g. `--type image`, limits the search to that kind and makes the result predictable. The per-kind commands such as `docker image inspect` and `docker container inspect` have the same effect.',
      },
      keywords: {
        ko: ['종류', '객체 종류', '이름 중복', '이미지 정보', '컨테이너 정보'],
        en: ['type', 'object type', 'image', 'container', 'network', 'volume', 'ambiguous name'],
      },
      examples: [
        'docker inspect --type image ubuntu:14.04',
        'docker inspect --type=container myserver',
        'docker inspect --type image -f "{{json .RootFS.Layers}}" commit_test:first',
      ],
    },
  ],
  examples: [
    'docker inspect myserver',
    'docker inspect --type image ubuntu:14.04',
    'docker inspect -f "{{.State.Status}}" myserver',
    'docker inspect -f "{{json .RootFS.Layers}}" commit_test:first',
  ],
};
