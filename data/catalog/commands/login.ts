/** `docker login`: catalog entry. Flag facts follow `docker login --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const login: CommandSpec = {
  name: 'login',
  aliases: [],
  usage: 'docker login [OPTIONS] [SERVER]',
  args: [{ name: 'SERVER', required: false, repeatable: false, role: 'server' }],
  summary: {
    ko: '레지스트리에 로그인해 push와 pull에 쓸 인증 정보를 저장',
    en: 'Sign in to a registry and keep the credentials for push and pull',
  },
  details: {
    ko: '서버를 적지 않으면 Docker Hub에 로그인합니다. Docker Hub에 이미지를 올리거나 비공개 저장소를 받으려면 먼저 로그인해야 하고, 인증이 걸린 사설 레지스트리라면 host:port를 서버로 적습니다. 인증 정보는 자격 증명 도우미(credential helper)나 ~/.docker/config.json에 저장되며 docker logout으로 지울 수 있습니다. 비밀번호보다는 개인 액세스 토큰(PAT)을 쓰고, -p 대신 --password-stdin으로 넘기는 편이 안전합니다.',
    en: 'With no server given, it signs in to Docker Hub. You need to be signed in before pushing to Docker Hub or pulling its private repositories; for a private registry that requires authentication, pass its host:port as the server. Credentials are kept by a credential helper or in ~/.docker/config.json, and docker logout removes them. A personal access token is preferable to a password, and passing it through --password-stdin is safer than -p.',
  },
  related: ['docker push', 'concept:docker-hub', 'recipe:push-to-docker-hub'],
  keywords: {
    ko: ['로그인', '인증', '계정', '비밀번호', '토큰', '도커 허브', '레지스트리'],
    en: ['login', 'sign in', 'authenticate', 'credentials', 'password', 'token', 'docker hub', 'registry'],
  },
  options: [
    {
      long: '--password', short: '-p', type: 'string', repeatable: false,
      summary: {
        ko: '비밀번호나 토큰을 명령줄에 직접 적음 (셸 기록에 남으므로 권장하지 않음)',
        en: 'Give the password or token on the command line (unsafe: it ends up in shell history)',
      },
      keywords: {
        ko: ['비밀번호', '암호', '토큰', '인증'],
        en: ['passwd', 'token', 'credentials', 'secret', 'insecure'],
      },
    },
    {
      long: '--password-stdin', type: 'bool', repeatable: false,
      summary: {
        ko: '비밀번호나 토큰을 표준 입력에서 읽음',
        en: 'Read the password or token from standard input',
      },
      keywords: {
        ko: ['비밀번호 입력', '표준 입력', '토큰', '안전한 로그인'],
        en: ['pipe password', 'token', 'secure login', 'ci', 'credentials'],
      },
    },
    {
      long: '--username', short: '-u', type: 'string', repeatable: false,
      summary: {
        ko: '로그인할 계정의 사용자 이름',
        en: 'The account name to sign in with',
      },
      keywords: {
        ko: ['사용자 이름', '아이디', '계정', '로그인'],
        en: ['user', 'account', 'login name', 'docker id'],
      },
    },
  ],
  examples: [
    'docker login',
    'docker login -u alicek107',
    'echo "$DOCKER_TOKEN" | docker login -u alicek107 --password-stdin',
    'docker login 192.168.0.10:5000',
  ],
};
