/** `docker pull`: catalog entry. Flag facts follow `docker pull --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const pull: CommandSpec = {
  name: 'pull',
  aliases: ['image pull'],
  usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  args: [{ name: 'NAME[:TAG|@DIGEST]', required: true, repeatable: false, role: 'image' }],
  summary: {
    ko: '레지스트리에서 이미지를 내려받아 로컬에 저장',
    en: 'Download an image from a registry to the local machine',
  },
  details: {
    ko: '이름에 레지스트리 주소가 없으면 Docker Hub에서 받고, 태그를 생략하면 latest 태그를 가져옵니다. ubuntu처럼 짧은 이름은 docker.io/library/ubuntu를 줄여 쓴 것입니다. 로컬에 이미 있는 레이어는 건너뛰고 없는 레이어만 받습니다. 사설 레지스트리에서 받을 때는 이름 앞에 host:port 접두어를 붙이며, HTTPS를 쓰지 않는 레지스트리라면 push와 마찬가지로 데몬의 insecure-registries 설정이 필요합니다.',
    en: "Without a registry host in the name the image comes from Docker Hub, and without a tag the latest tag is used. A short name like ubuntu stands for docker.io/library/ubuntu. Layers already present locally are skipped, so only the missing ones are downloaded. To pull from a private registry, prefix the name with host:port; a registry served over plain HTTP must also be listed in the daemon's insecure-registries setting, just as for push.",
  },
  keywords: {
    ko: ['내려받기', '다운로드', '이미지 받기', '이미지 풀', '레지스트리', '도커 허브', '태그'],
    en: ['pull', 'download', 'fetch', 'image', 'registry', 'docker hub', 'digest', 'tag'],
  },
  options: [
    {
      long: '--all-tags', short: '-a', type: 'bool', repeatable: false,
      summary: {
        ko: '저장소에 있는 모든 태그의 이미지를 한꺼번에 받음',
        en: 'Download every tagged image of the repository, not just one tag',
      },
      keywords: {
        ko: ['모든 태그', '전체 태그', '태그 전부', '전체 다운로드'],
        en: ['every tag', 'whole repository', 'download all', 'all versions'],
      },
    },
    {
      long: '--disable-content-trust', type: 'bool', default: 'true', repeatable: false,
      summary: {
        ko: '이미지 서명 검증을 건너뜀 (DOCKER_CONTENT_TRUST를 켰을 때만 의미가 있음)',
        en: 'Skip signature verification; only matters when DOCKER_CONTENT_TRUST is enabled',
      },
      keywords: {
        ko: ['서명 검증', '콘텐츠 신뢰', '이미지 서명', '검증 생략'],
        en: ['notary', 'signature', 'image signing', 'skip verification', 'docker_content_trust'],
      },
    },
    {
      long: '--platform', type: 'string', repeatable: false,
      summary: {
        ko: '여러 플랫폼을 지원하는 이미지에서 받을 OS/아키텍처를 지정 (예: linux/arm64)',
        en: 'Choose which OS/architecture variant to download, e.g. linux/arm64',
      },
      keywords: {
        ko: ['플랫폼', '아키텍처', '멀티 플랫폼', 'CPU 아키텍처'],
        en: ['architecture', 'arch', 'amd64', 'arm64', 'multi-arch'],
      },
    },
    {
      long: '--quiet', short: '-q', type: 'bool', repeatable: false,
      summary: {
        ko: '진행 상황 없이 받은 이미지 이름만 출력',
        en: 'Print only the image name, without progress output',
      },
      keywords: {
        ko: ['조용히', '출력 숨기기', '진행 상황 숨김'],
        en: ['silent', 'no progress', 'suppress output', 'scripting'],
      },
    },
  ],
  examples: [
    'docker pull ubuntu:14.04',
    'docker pull docker.io/library/ubuntu:14.04',
    'docker pull --platform linux/arm64 alpine:3.20',
    'docker pull 192.168.0.10:5000/my-image-name:0.0',
  ],
};
