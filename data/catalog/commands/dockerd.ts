/** `dockerd`: catalog entry for the daemon options the notes touch. Flag facts follow `dockerd --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const dockerd: CommandSpec = {
  name: 'dockerd',
  scope: 'daemon',
  aliases: [],
  usage: 'dockerd [OPTIONS]',
  args: [],
  summary: {
    ko: '이미지와 컨테이너를 실제로 관리하는 도커 데몬과 그 시작 옵션',
    en: 'The Docker daemon that does the real work, and the options it starts with',
  },
  details: {
    ko: '`docker` 클라이언트가 보낸 요청을 받아 이미지를 받고, 빌드하고, 컨테이너를 실행하는 백그라운드 서비스입니다. 보통은 직접 실행하지 않고 systemd 같은 서비스 관리자가 띄우며, 옵션은 명령줄 플래그로 주거나 설정 파일 /etc/docker/daemon.json에 적습니다. 어느 쪽이든 바꾼 뒤에는 데몬을 재시작해야 반영되고, 같은 설정을 플래그와 daemon.json 양쪽에 동시에 적으면 데몬이 충돌로 시작되지 않습니다. 여기서는 레지스트리 접속과 관련된 옵션만 다룹니다.',
    en: 'The background service that receives requests from the `docker` client and pulls, builds and runs things on its behalf. It is usually started by a service manager such as systemd rather than by hand, and its options come either from command-line flags or from the configuration file /etc/docker/daemon.json. Either way the daemon must be restarted for a change to apply, and putting the same setting both in a flag and in daemon.json makes it refuse to start because of the conflict. Only the registry-related options are covered here.',
  },
  related: ['dockerd --insecure-registry', 'concept:insecure-registry', 'concept:private-registry'],
  keywords: {
    ko: ['데몬', '도커 데몬', '데몬 설정', '시작 옵션', '레지스트리', '재시작'],
    en: ['dockerd', 'daemon', 'docker daemon', 'daemon.json', 'daemon options', 'registry', 'systemd'],
  },
  options: [
    {
      long: '--insecure-registry', type: 'list', repeatable: true,
      summary: {
        ko: 'HTTPS 인증서 검증 없이 접속을 허용할 레지스트리 주소나 대역',
        en: 'Registry address or IP range the daemon may reach without verified HTTPS',
      },
      details: {
        ko: '데몬은 기본적으로 신뢰할 수 있는 인증서를 가진 HTTPS 레지스트리와만 통신하므로, 5000번 포트로 띄운 사설 레지스트리 컨테이너처럼 HTTP만 쓰는 곳에는 push나 pull이 실패합니다. 여기에 `호스트:포트`나 `10.0.0.0/8` 같은 CIDR 대역을 적으면 그 레지스트리에 한해 인증서 검증을 건너뛰거나 HTTP로 접속합니다. 예전 Ubuntu(Upstart) 환경에서는 /etc/default/docker의 `DOCKER_OPTS`에 이 플래그를 넣었지만, 요즘은 /etc/docker/daemon.json의 `"insecure-registries"` 배열에 주소를 적고 데몬을 재시작합니다(`docker info`의 Insecure Registries 항목으로 확인). 통신이 보호되지 않으므로 믿을 수 있는 내부망에서만 쓰세요.',
        en: 'By default the daemon only talks to registries over HTTPS with a certificate it trusts, so pushing to or pulling from a plain-HTTP registry, such as a private registry container on port 5000, fails. Listing a `host:port` or a CIDR range like `10.0.0.0/8` here lets the daemon skip certificate checks or fall back to HTTP for that registry only. Older Ubuntu (Upstart) setups put this flag into `DOCKER_OPTS` in /etc/default/docker; today you list the addresses in the `"insecure-registries"` array of /etc/docker/daemon.json and restart the daemon, then check the Insecure Registries section of `docker info`. The traffic is unprotected, so use it only on a network you trust.',
      },
      keywords: {
        ko: ['사설 레지스트리', '비보안 레지스트리', '인증서', '데몬 설정', '재시작', '푸시 실패'],
        en: ['insecure-registry', 'insecure-registries', 'insecure registry', 'http', 'https', 'docker_opts', 'daemon.json', 'private registry', 'certificate'],
      },
      examples: [
        'dockerd --insecure-registry=192.168.0.10:5000',
        'dockerd --insecure-registry 192.168.0.10:5000 --insecure-registry 10.0.0.0/8',
      ],
    },
    {
      long: '--registry-mirror', type: 'list', repeatable: true,
      summary: {
        ko: 'Docker Hub 이미지를 받을 때 먼저 시도할 미러 레지스트리 주소',
        en: 'Mirror registry to try first when pulling images from Docker Hub',
      },
      details: {
        ko: 'Docker Hub 이미지를 pull할 때 지정한 미러(풀스루 캐시)에 먼저 요청하고, 미러가 응답하지 않으면 Docker Hub에서 직접 받습니다. 값은 `https://mirror.example.com`처럼 스킴을 포함한 URL이며, Docker Hub가 아닌 다른 레지스트리의 이미지에는 적용되지 않습니다. daemon.json에서는 `"registry-mirrors"` 배열로 설정합니다.',
        en: 'When pulling Docker Hub images, the daemon asks the given mirror (a pull-through cache) first and goes to Docker Hub itself if the mirror cannot help. The value is a URL including its scheme, such as `https://mirror.example.com`, and it has no effect on images from registries other than Docker Hub. In daemon.json the same setting is the `"registry-mirrors"` array.',
      },
      keywords: {
        ko: ['미러', '레지스트리 미러', '캐시', '도커 허브', '다운로드 속도'],
        en: ['registry-mirror', 'registry-mirrors', 'mirror', 'pull-through cache', 'docker hub', 'daemon.json'],
      },
      examples: [
        'dockerd --registry-mirror=https://mirror.example.com',
      ],
    },
  ],
  examples: [
    'dockerd --insecure-registry=192.168.0.10:5000',
    'dockerd --registry-mirror=https://mirror.example.com --insecure-registry=192.168.0.10:5000',
  ],
};
