/** ARG and ENV values are kept in the image's history and config: anyone who pulls it can read them. */
import { say } from '../messages.js';
import { at, type LintRule, type Step } from '../types.js';
import { envPairs } from './pip-cache-dir.js';
import { runCommands } from './run-commands.js';

const KNOWN = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'BITTREX_API_KEY',
  'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD', 'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN',
  'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN',
  'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);
/** hadolint's substrings, and BuildKit's words (a name's parts between underscores). */
const SUSPICIOUS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token'];
const SECRET_WORDS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
/**
 * Words that say the value is where a secret is, or public, not the secret itself (BuildKit's
 * public/file/version, and more). A GPG key id in an official image is a public fingerprint.
 */
const NOT_SECRET_WORDS = new Set(['public', 'file', 'version', 'path', 'dir', 'url', 'sha256', 'length', 'type', 'gpg', 'pgp', 'fingerprint', 'id_file']);

export function looksSecret(name: string): boolean {
  const words = name.toLowerCase().split('_');
  if (words.some((w) => NOT_SECRET_WORDS.has(w))) return false;
  // `key` and `auth` only as the last word: APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE is a setting, GIT_KEY a key.
  return KNOWN.has(name.toUpperCase()) || SUSPICIOUS.some((s) => name.toLowerCase().includes(s))
    || words.some((w, k) => SECRET_WORDS.has(w) && ((w !== 'key' && w !== 'auth') || k === words.length - 1));
}

/**
 * Prefixes of the variables a front-end build inlines into the code it ships to every browser
 * (Vite, Create React App, Vue CLI, Gatsby; Next's and Nuxt's carry PUBLIC already): public by design.
 */
const CLIENT_BUNDLE_PREFIXES = ['VITE_', 'REACT_APP_', 'VUE_APP_', 'GATSBY_'];

/** An absolute file path (`/kaniko/.config/gcloud/…json`): the value says where a secret is, not what it is. */
const FILE_PATH = /^\/[\w.@-]+(?:\/[\w.@-]+)+\/?$/;

/** The variable is handed to `gpg --recv-keys` (or --fetch-keys): a public key's fingerprint, as official images fetch theirs. */
function fetchedAsGpgKey(name: string, steps: readonly Step[]): boolean {
  const named = (a: string) => a.includes(`\${${name}}`) || (a.includes(`$${name}`) && !/\w/.test(a[a.indexOf(`$${name}`) + name.length + 1] ?? ''));
  return steps.some((s) => runCommands(s).some((c) => ['gpg', 'gpg2'].includes(c.name)
    && c.args.some((a) => ['--recv-key', '--recv-keys', '--receive-keys', '--fetch-keys'].includes(a)) && c.args.some(named)));
}

export const secretsInArgOrEnv: LintRule = {
  id: 'secrets-in-arg-env',
  severity: 'warning',
  hadolint: 'DL3064',
  buildkit: 'SecretsUsedInArgOrEnv',
  entry: 'ARG',
  description: say('A secret-looking name in ARG or ENV', 'ARG나 ENV에 비밀처럼 보이는 이름'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'ARG' || s.keyword === 'ENV').flatMap((s) => {
    const pairs: [string, string | null][] = s.keyword === 'ARG'
      ? s.words.map((w) => { const k = w.indexOf('='); return k < 0 ? [w, null] : [w.slice(0, k), w.slice(k + 1).replace(/^["']|["']$/g, '')]; })
      : envPairs(s);
    const names = pairs.filter(([name, value]) => looksSecret(name)
      && !CLIENT_BUNDLE_PREFIXES.some((p) => name.toUpperCase().startsWith(p))
      && !(value !== null && FILE_PATH.test(value))
      && !fetchedAsGpgKey(name, steps)).map(([name]) => name);
    return names.map((secret) => ({
      ...at(s),
      message: say(`${s.keyword} ${secret} looks like a secret; its value stays readable in the image history`, `${s.keyword} ${secret}은(는) 비밀 값처럼 보입니다. 그 값은 이미지 기록에 그대로 남아 누구나 읽을 수 있습니다`),
      fix: say(`pass it with RUN --mount=type=secret,id=${secret.toLowerCase()} instead`, `대신 RUN --mount=type=secret,id=${secret.toLowerCase()}(으)로 넘기세요`),
    }));
  }),
};
