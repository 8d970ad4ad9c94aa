/** `docker`: catalog entry. Flag facts follow `docker --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const dockerGlobal: CommandSpec = {
  name: '',
  aliases: [],
  usage: 'docker [OPTIONS] COMMAND',
  args: [],
  summary: {
    ko: '도커 데몬에 요청을 보내 이미지, 컨테이너, 네트워크, 볼륨을 다루는 명령줄 클라이언트',
    en: 'Command-line client that asks a Docker daemon to manage images, containers and more',
  },
  details: {
    ko: '`docker` 명령 자체는 클라이언트일 뿐이고, 실제 작업은 로컬 또는 원격의 도커 데몬(dockerd)이 수행합니다. 여기 나온 전역 옵션은 하위 명령 앞에 써서 어느 데몬에 어떤 방식으로 접속할지, 클라이언트 설정 디렉터리를 어디로 할지, 로그를 얼마나 자세히 남길지를 정합니다. 예를 들어 `docker -H tcp://host:2376 --tlsverify ps`처럼 쓰면 원격 데몬의 컨테이너 목록을 TLS로 안전하게 조회합니다.',
    en: 'The `docker` program is only a client: the real work is done by a local or remote Docker daemon (dockerd). The global options listed here go before the subcommand and decide which daemon to talk to and how, where the client keeps its configuration, and how chatty its logging is. For example, `docker -H tcp://host:2376 --tlsverify ps` lists the containers of a remote daemon over a verified TLS connection.',
  },
  related: ['concept:docker-hub', 'concept:image-name'],
  keywords: {
    ko: ['도커', '클라이언트', '전역 옵션', '데몬 접속', '원격 접속', '컨텍스트', '인증서', '버전'],
    en: ['docker', 'cli', 'client', 'global options', 'daemon', 'host', 'remote', 'context', 'tls', 'version'],
  },
  scope: 'global',
  options: [
    {
      long: '--config', type: 'string', default: '"$HOME/.docker"', repeatable: false,
      summary: {
        ko: '클라이언트 설정 파일(config.json, 로그인 정보 등)이 들어 있는 디렉터리',
        en: 'Directory holding the client settings (config.json, saved logins, …)',
      },
      keywords: {
        ko: ['설정 디렉터리', '설정 파일', '클라이언트 설정', '로그인 정보'],
        en: ['config.json', 'docker_config', '.docker', 'settings directory', 'credentials'],
      },
    },
    {
      long: '--context', short: '-c', type: 'string', repeatable: false,
      summary: {
        ko: '이번 명령에 쓸 접속 컨텍스트 이름(DOCKER_HOST와 기본 컨텍스트보다 우선)',
        en: 'Named context to connect through; beats DOCKER_HOST and the default context',
      },
      keywords: {
        ko: ['컨텍스트', '접속 대상', '원격 접속', '엔진 전환'],
        en: ['docker context', 'remote engine', 'switch engine', 'docker_context', 'endpoint'],
      },
    },
    {
      long: '--debug', short: '-D', type: 'bool', repeatable: false,
      summary: {
        ko: '클라이언트의 디버그 출력을 켬',
        en: 'Turn on debug output of the client',
      },
      keywords: {
        ko: ['디버그', '디버그 모드', '상세 로그', '문제 해결'],
        en: ['verbose', 'troubleshoot', 'diagnostics', 'trace'],
      },
    },
    {
      long: '--host', short: '-H', type: 'list', repeatable: true,
      summary: {
        ko: '접속할 데몬의 주소나 소켓(unix://, tcp://, ssh:// 형식)',
        en: 'Address or socket of the daemon to talk to (unix://, tcp://, ssh://)',
      },
      keywords: {
        ko: ['데몬 주소', '원격 접속', '소켓', '원격 데몬'],
        en: ['docker_host', 'daemon address', 'remote daemon', 'socket', 'tcp'],
      },
    },
    {
      long: '--log-level', short: '-l', type: 'string', default: '"info"', repeatable: false,
      values: ['debug', 'info', 'warn', 'error', 'fatal'],
      summary: {
        ko: '클라이언트가 남길 로그의 최소 수준',
        en: 'Lowest severity of messages the client logs',
      },
      keywords: {
        ko: ['로그 수준', '로그 레벨', '로깅', '디버그'],
        en: ['verbosity', 'logging', 'debug', 'warn', 'error'],
      },
    },
    {
      long: '--tls', type: 'bool', repeatable: false,
      summary: {
        ko: '데몬과 TLS로 암호화해 통신(--tlsverify를 주면 자동으로 켜짐)',
        en: 'Encrypt the connection to the daemon with TLS (implied by --tlsverify)',
      },
      keywords: {
        ko: ['TLS 암호화', '암호화', '보안 연결', '인증서'],
        en: ['encryption', 'https', 'secure connection', 'ssl'],
      },
    },
    {
      long: '--tlscacert', type: 'string', default: '"$HOME/.docker/ca.pem"', repeatable: false,
      summary: {
        ko: '데몬 인증서를 확인할 때 믿을 CA 인증서 파일',
        en: 'CA certificate file used to check the certificate of the daemon',
      },
      keywords: {
        ko: ['CA 인증서', '인증 기관', '인증서', 'TLS 인증'],
        en: ['ca certificate', 'certificate authority', 'ca.pem', 'trust'],
      },
    },
    {
      long: '--tlscert', type: 'string', default: '"$HOME/.docker/cert.pem"', repeatable: false,
      summary: {
        ko: '데몬에 제시할 클라이언트 인증서 파일',
        en: 'Client certificate file presented to the daemon',
      },
      keywords: {
        ko: ['클라이언트 인증서', '인증서', 'TLS 인증'],
        en: ['client certificate', 'cert.pem', 'mutual tls', 'ssl certificate'],
      },
    },
    {
      long: '--tlskey', type: 'string', default: '"$HOME/.docker/key.pem"', repeatable: false,
      summary: {
        ko: '클라이언트 인증서에 짝이 되는 개인 키 파일',
        en: 'Private key file that goes with the client certificate',
      },
      keywords: {
        ko: ['개인 키', '비밀 키', '클라이언트 키', 'TLS 인증'],
        en: ['private key', 'key.pem', 'client key', 'mutual tls'],
      },
    },
    {
      long: '--tlsverify', type: 'bool', repeatable: false,
      summary: {
        ko: 'TLS로 접속하면서 데몬 인증서가 믿을 만한지 검증',
        en: 'Use TLS and check that the certificate of the daemon is trusted',
      },
      keywords: {
        ko: ['인증서 검증', 'TLS 검증', '보안 연결', '원격 접속'],
        en: ['verify certificate', 'docker_tls_verify', 'secure connection', 'mutual tls'],
      },
    },
    {
      long: '--version', short: '-v', type: 'bool', repeatable: false,
      summary: {
        ko: '클라이언트 버전을 출력하고 끝냄',
        en: 'Show the client version and exit',
      },
      keywords: {
        ko: ['버전', '버전 확인', '클라이언트 버전'],
        en: ['client version', 'release', 'check version', 'build info'],
      },
    },
  ],
  examples: [
    'docker --version',
    'docker -H tcp://192.168.0.10:2376 --tlsverify ps',
    'docker --context remote images',
    'docker --log-level debug info',
  ],
};
