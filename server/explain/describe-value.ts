/**
 * What one value on a command line says, in words, for `dref explain`: the option's entry says what
 * `-p` is for; this says what `8080:80` asks for (host port 8080 → container port 80/tcp). Values it
 * cannot read (a variable, a format it does not know) get no sentence rather than a guess.
 */
import { optionValueMeanings } from '../../data/catalog/option-value-meanings.js';
import type { Bilingual, OptionSpec } from '../../data/catalog/types.js';
import { parseImageReference } from '../commands/image-reference.js';
import { matchesValue } from '../commands/option-values.js';
import { parsePortMapping, type PortRange } from '../commands/port-mapping.js';
import { own } from '../text/own-entry.js';
import { describeOnFailure, MORE_DESCRIBERS } from './describe-more-values.js';

const both = (ko: string, en: string): Bilingual => ({ ko, en });

/** A sentence for the value given to `option` of `command` (`run`, `build`, …), or null. */
export function describeOptionValue(option: OptionSpec, value: string, command = ''): Bilingual | null {
  // A value the shell fills in is read only where the filled part does not matter: `-v "$PWD":/app`, `--secret …,src=$HOME/.npmrc`.
  if (value.includes('$')) return option.long === '--volume' ? describeVolume(value) : option.long === '--secret' ? MORE_DESCRIBERS['--secret']!(value) : null;
  if (option.long === '--restart') {
    const onFailure = describeOnFailure(value);
    if (onFailure) return onFailure;
  }
  if (option.long === '--file') return describeFile(value, command);
  const forCommand = own(COMMAND_DESCRIBERS, `${command} ${option.long}`);
  if (forCommand) return forCommand(value);
  const byName = own(OPTION_DESCRIBERS, option.long);
  if (byName) return byName(value);
  const closed = describeClosedValue(option.long, value);
  if (closed) return closed;
  switch (option.type) {
    case 'duration': return describeDuration(value);
    case 'bytes': return describeBytes(value);
    default: return null;
  }
}

/** A sentence for the value of a Dockerfile instruction's flag, by its name and the value syntax the catalog gives (`<duration>`). */
export function describeFlagValue(flag: string, syntax: string, value: string): Bilingual | null {
  if (value.includes('$')) return null;
  if (flag === 'chown') return describeOwner(value);
  switch (syntax) {
    case '<duration>': return describeDuration(value);
    case '<platform>': return MORE_DESCRIBERS['--platform']!(value);
    default: return null;
  }
}

/**
 * A sentence for an image named on the command line (`nginx:1.27`, `localhost:5000/app@sha256:…`,
 * an image ID). `allTags`: the command means every tag of a name given without one (`docker images
 * nginx`, `docker save nginx`, `docker pull -a nginx`).
 */
export function describeImage(text: string, allTags = false, isTarget = false): Bilingual | null {
  if (IMAGE_ID.test(text)) {
    return both(`이미지 ID ${text} (또는 ID의 앞부분; 16진수로만 된 이름은 ID로 먼저 읽힘)`, `The image ID ${text} (or the start of one; a name of hex digits only is read as an ID first)`);
  }
  const ref = parseImageReference(text);
  if (!ref) return null;
  const name = ref.path.replace(/^library\//, '');
  const onHub = ref.registry === 'docker.io' || ref.registry === 'index.docker.io';
  // A one-part name is only read as Docker Hub's library/ namespace; it names an official image only if one exists there.
  const where = isTarget
    ? ref.registryGiven
      ? both(`로컬 이름 ${text} (push하면 레지스트리 ${ref.registry}의 ${ref.path}로 감)`, `The local name ${text} (a push sends it to ${ref.path} on the registry ${ref.registry})`)
      : both(`로컬 이름 ${text} (push하면 Docker Hub의 ${ref.path.includes('/') ? ref.path : `docker.io/library/${name}`}로 감)`, `The local name ${text} (a push would send it to ${ref.path.includes('/') ? ref.path : `docker.io/library/${name}`} on Docker Hub)`)
    : ref.official
    ? both(`이미지 docker.io/library/${name} (이름만 쓰면 Docker Hub 공식 이미지 자리인 library/로 읽힘)`, `Image docker.io/library/${name} (a bare name means library/ on Docker Hub, home of the official images)`)
    : onHub
      ? both(`Docker Hub의 이미지 ${ref.path}`, `Image ${ref.path} from Docker Hub`)
      : both(`레지스트리 ${ref.registry}의 이미지 ${ref.path}`, `Image ${ref.path} from the registry ${ref.registry}`);
  const parts = [where];
  if (ref.tagGiven) parts.push(ref.digest ? both(`태그 ${ref.tag} (다이제스트가 우선)`, `tag ${ref.tag} (the digest decides)`) : both(`태그 ${ref.tag}`, `tag ${ref.tag}`));
  else if (allTags && !ref.digest) parts.push(both('태그를 생략했으므로 모든 태그', 'no tag given, so every tag'));
  else if (!ref.digest) parts.push(both('태그를 생략했으므로 latest', 'no tag given, so latest'));
  if (ref.digest) parts.push(both(`다이제스트 ${shortDigest(ref.digest)}로 고정`, `pinned to digest ${shortDigest(ref.digest)}`));
  return join(parts);
}

/** A full or short image ID, with or without its algorithm. */
const IMAGE_ID = /^(sha256:[0-9a-f]{64}|[0-9a-f]{12,64})$/;

/** A sentence for the build context of `docker build`. */
export function describeBuildContext(text: string): Bilingual | null {
  if (text.includes('$')) return null;
  if (text === '-') {
    return both('표준 입력에서 읽는 빌드 컨텍스트: tar 아카이브(또는 Dockerfile 하나만)', 'The build context comes from standard input: a tar archive (or a lone Dockerfile, with no context)');
  }
  if (/^(https?:\/\/|git@|git:\/\/)/.test(text)) {
    return both(`원격 빌드 컨텍스트 ${text}: 빌더가 Git 저장소나 아카이브를 직접 받아 옴`, `A remote build context, ${text}: the builder fetches the Git repository or archive itself`);
  }
  return both(`빌드 컨텍스트 ${text}: COPY와 ADD가 읽을 수 있는 파일은 이 폴더에서 빌더로 보내짐`, `The build context ${text}: the files COPY and ADD can read are sent to the builder from this folder`);
}

/** A sentence for a container named on the command line. */
export function describeContainer(text: string): Bilingual | null {
  if (text.includes('$')) return null;
  return both(`컨테이너 ${text} (이름, 또는 ID나 ID의 앞부분)`, `The container ${text} (its name, or its ID or the start of it)`);
}

/** A sentence for the first word after run/create's image. */
export function describeContainerCommand(text: string): Bilingual {
  return both(
    `이미지의 CMD 대신 컨테이너에서 실행할 명령 ${text} (이미지에 ENTRYPOINT가 있으면 그 인자가 됨)`,
    `The command to run in the container, ${text}, in place of the image's CMD (its arguments when the image has an ENTRYPOINT)`,
  );
}

type Describer = (value: string) => Bilingual | null;

const OPTION_DESCRIBERS: Readonly<Record<string, Describer>> = {
  ...MORE_DESCRIBERS,
  '--publish': describePublish,
  '--expose': (v) => (/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/.test(v)
    ? both(`컨테이너 포트 ${withProtocol(v)}를 연다고 적어 둠 (호스트에 게시하지는 않음)`, `Container port ${withProtocol(v)}, declared open but not published on the host`)
    : null),
  '--volume': describeVolume,
  '--mount': describeMount,
  '--tmpfs': (v) => {
    const [target, options] = splitOnce(v, ':');
    return target.startsWith('/')
      ? both(`컨테이너의 ${target}에 메모리 위의 tmpfs를 마운트${options ? ` (${options})` : ''}`, `An in-memory tmpfs mounted at ${target} in the container${options ? ` (${options})` : ''}`)
      : null;
  },
  '--env': (v) => describeVariable(v, both('컨테이너 환경 변수', "the container's environment variable"), both('컨테이너', 'the container')),
  '--build-arg': (v) => describeVariable(v, both('빌드 인자(Dockerfile의 ARG)', 'the build argument (an ARG in the Dockerfile)'), both('빌드', 'the build')),
  '--label': (v) => {
    const [key, value] = splitOnce(v, '=');
    return key ? both(`레이블 ${key}${value !== undefined ? ` = "${value}"` : ' (값 없음)'}`, `The label ${key}${value !== undefined ? ` = "${value}"` : ' (with no value)'}`) : null;
  },
  '--env-file': (v) => both(`파일 ${v}의 KEY=VALUE 줄을 환경 변수로 읽음`, `Reads environment variables from the KEY=VALUE lines of ${v}`),
  '--hostname': (v) => both(`컨테이너 안의 호스트 이름: ${v}`, `The hostname inside the container: ${v}`),
  '--workdir': (v) => both(`컨테이너 안에서 명령이 시작되는 디렉터리: ${v}`, `The directory the command starts in, inside the container: ${v}`),
  '--user': describeUser,
  '--entrypoint': (v) => (v === ''
    ? both('이미지의 ENTRYPOINT를 비움 (이미지의 CMD도 함께 버려짐)', "Clears the image's ENTRYPOINT (the image's CMD is dropped too)")
    : both(`이미지의 ENTRYPOINT 대신 ${v}을(를) 실행 (이미지의 CMD는 버려지고, 이미지 뒤에 적은 인자만 넘어감)`, `Runs ${v} instead of the image's ENTRYPOINT (the image's CMD is dropped; only the arguments after the image are passed)`)),
  '--network': describeNetwork,
  '--add-host': (v) => {
    const [host, address] = splitOnce(v.replace('=', ':'), ':');
    if (!host || !address) return null;
    return address === 'host-gateway'
      ? both(`컨테이너의 /etc/hosts에서 ${host}이(가) 호스트(게이트웨이)의 IP를 가리키게 함`, `Makes ${host} resolve to the host's gateway IP in the container's /etc/hosts`)
      : both(`컨테이너의 /etc/hosts에 "${address} ${host}" 줄을 더함`, `Adds the line "${address} ${host}" to the container's /etc/hosts`);
  },
  '--tag': (v) => {
    const image = describeImage(v, false, true);
    return image ? both(`만든 이미지에 붙일 이름: ${image.ko}`, `The name to give the built image: ${image.en.charAt(0).toLowerCase()}${image.en.slice(1)}`) : null;
  },
  '--target': (v) => both(`멀티 스테이지 빌드에서 ${v} 스테이지까지만 빌드`, `Builds the multi-stage Dockerfile only up to its stage ${v}`),
  '--filter': describeFilter,
  '--format': (v) => (v === 'json'
    ? both('항목마다 JSON 한 줄로 출력', 'Prints each item as one line of JSON')
    : v === 'table' ? both('기본 표 형식으로 출력', 'Prints the default table')
      : describeTemplate(v)),
  '--cpus': (v) => (/^\d+(\.\d+)?$/.test(v)
    ? both(`CPU를 최대 ${v}개만큼만 씀`, `At most ${v} CPUs' worth of processor time`)
    : null),
  '--timeout': describeStopTimeout,
  '--stop-timeout': describeStopTimeout,
};

/** `--name` names what the command creates: a container for run/create, else a service, a volume, a builder. */
const namesContainer: Describer = (v) => both(`컨테이너 이름을 ${v}(으)로 정함: 다른 명령에서 ID 대신 쓸 수 있음`, `Names the container ${v}, a name other commands accept in place of its ID`);

/** Where a command gives an option a meaning of its own (`build --network`, `inspect --format`, `--name`). */

const COMMAND_DESCRIBERS: Readonly<Record<string, Describer>> = {
  'build --network': (v) => own(BUILD_NETWORKS, v) ?? null,
  'run --name': namesContainer,
  'create --name': namesContainer,
  'compose run --name': namesContainer,
  'service create --name': (v) => both(`서비스 이름을 ${v}(으)로 정함: 다른 service 명령에서 ID 대신 쓸 수 있음`, `Names the service ${v}, a name other service commands accept in place of its ID`),
  'volume create --name': (v) => both(`볼륨 이름을 ${v}(으)로 정함`, `Names the volume ${v}`),
  'buildx create --name': (v) => both(`빌더 이름을 ${v}(으)로 정함`, `Names the builder ${v}`),
  'inspect --format': (v) => (v === 'json' ? both('객체 전체를 JSON 배열로 출력 (기본값)', 'Prints the whole objects as a JSON array (the default)') : describeTemplate(v)),
};

/**
 * The file `-f` names, which depends on the command: a build's Dockerfile, Compose's Compose files (given to any of its
 * subcommands), bake's definition file. Other commands' `--file` (`history import`, `imagetools create`) get no sentence.
 */
function describeFile(value: string, command: string): Bilingual | null {
  const stdin = value === '-';
  if (command === 'compose' || command.startsWith('compose ')) {
    return stdin ? both('Compose 파일을 표준 입력에서 읽음', 'Reads the Compose file from standard input')
      : both(`Compose 파일로 ${value}을(를) 씀 (여러 번 주면 차례로 합쳐짐; 기본은 현재 디렉터리의 compose.yaml)`, `Uses ${value} as the Compose file (several are merged in order; by default, compose.yaml in the current directory)`);
  }
  if (command === 'buildx bake') {
    return stdin ? both('bake 정의 파일을 표준 입력에서 읽음', 'Reads the bake definition from standard input')
      : both(`bake 정의 파일로 ${value}을(를) 씀 (HCL, JSON 또는 Compose 파일; 여러 번 주면 합쳐짐)`, `Uses ${value} as the bake definition (an HCL, JSON or Compose file; several are merged)`);
  }
  if (!/^(?:build|buildx build|buildx debug build|buildx dap build)$/.test(command)) return null;
  return stdin ? both('Dockerfile을 표준 입력에서 읽음', 'Reads the Dockerfile from standard input')
    : both(`Dockerfile로 ${value}을(를) 씀 (기본은 컨텍스트의 Dockerfile)`, `Uses ${value} as the Dockerfile (by default, the Dockerfile in the context)`);
}

const BUILD_NETWORKS: Readonly<Record<string, Bilingual>> = {
  default: { ko: '빌드의 기본 네트워크로 RUN을 실행', en: "RUN steps use the build's default network" },
  host: { ko: 'RUN 단계가 호스트의 네트워크를 그대로 씀', en: "RUN steps use the host's network stack" },
  none: { ko: 'RUN 단계에서 네트워크를 쓰지 못함', en: 'RUN steps get no network' },
};

function describeTemplate(value: string): Bilingual | null {
  return value.includes('{{') ? both(`항목마다 Go 템플릿 ${value}(으)로 출력`, `Prints each item through the Go template ${value}`) : null;
}


/** `docker stop -t N`, `run --stop-timeout N`: the stop signal, then N seconds, then SIGKILL. */
function describeStopTimeout(value: string): Bilingual | null {
  if (value === '-1') return both('멈춤 신호를 보낸 뒤 컨테이너가 끝날 때까지 한없이 기다림', 'Sends the stop signal and waits as long as it takes')
  if (!/^\d+$/.test(value)) return null;
  return both(
    `멈춤 신호(기본 SIGTERM)를 보내고 ${value}초 기다린 뒤, 아직 돌고 있으면 SIGKILL로 끝냄`,
    `Sends the stop signal (SIGTERM unless set otherwise), waits ${value} seconds, then kills it with SIGKILL if it is still running`,
  );
}

/** `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]` in words; null for what docker would refuse. */
function describePublish(value: string): Bilingual | null {
  const mapping = parsePortMapping(value);
  if (!mapping) return null;
  const { address, hostPorts: host, containerPorts: target } = mapping;
  // Ports start at 1, and a range runs upwards.
  if ([target, host].some((r) => r && (r.low < 1 || r.low > r.high))) return null;
  const count = (r: PortRange) => r.high - r.low + 1;
  const on = address ? both(`호스트 ${address}`, `host address ${address}`) : both('호스트(모든 주소)', 'host (every address)');
  const proto = `/${mapping.protocol}`;
  if (!host) {
    return count(target) > 1
      ? both(`컨테이너 포트 ${target.text}${proto}를 ${on.ko}에서 도커가 고른 빈 포트들에 게시`, `Container ports ${target.text}${proto}, published on free ports Docker picks on the ${on.en}`)
      : both(`컨테이너 포트 ${target.text}${proto}를 ${on.ko}에서 도커가 고른 빈 포트에 게시`, `Container port ${target.text}${proto}, published on a free port Docker picks on the ${on.en}`);
  }
  if (count(host) > 1 && count(target) === 1) {
    return both(`${on.ko}의 포트 ${host.text} 중 빈 포트 하나 → 컨테이너 포트 ${target.text}${proto}`, `A free port among ${host.text} of the ${on.en} → container port ${target.text}${proto}`);
  }
  if (count(host) !== count(target)) return null;
  return count(target) > 1
    ? both(`${on.ko}의 포트 ${host.text} → 컨테이너 포트 ${target.text}${proto} (하나씩 차례로)`, `Ports ${host.text} of the ${on.en} → container ports ${target.text}${proto}, one to one`)
    : both(`${on.ko}의 포트 ${host.text} → 컨테이너 포트 ${target.text}${proto}`, `Port ${host.text} of the ${on.en} → container port ${target.text}${proto}`);
}

function withProtocol(port: string): string {
  return port.includes('/') ? port : `${port}/tcp`;
}

/** `-v SOURCE:TARGET[:OPTIONS]` or `-v TARGET`. */
function describeVolume(value: string): Bilingual | null {
  // A Windows path keeps its drive letter: C:\data:/data.
  const drive = /^[A-Za-z]:[\\/]/.test(value) ? value.slice(0, 2) : '';
  const parts = value.slice(drive.length).split(':');
  parts[0] = drive + parts[0]!;
  if (parts.length === 1) return anonymousVolume(parts[0]!);
  if (parts.length > 3) return null;
  const [source, target, options] = parts as [string, string, string | undefined];
  if (!source || !target.startsWith('/') || target.includes('$') || (source.includes('$') && !isHostPath(source))) return null;
  return mountSentence(isHostPath(source) ? 'bind' : 'volume', source, target, options?.split(',').includes('ro') ?? false, options);
}

/** `--mount type=…,source=…,target=…[,readonly]`. */
function describeMount(value: string): Bilingual | null {
  const fields = new Map<string, string>();
  for (const field of value.split(',')) {
    const [key, v] = splitOnce(field, '=');
    fields.set(key.trim().toLowerCase(), v ?? 'true');
  }
  const type = (fields.get('type') ?? 'volume').toLowerCase();
  const source = fields.get('source') ?? fields.get('src');
  const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
  if (!target?.startsWith('/')) return null;
  const readOnly = ['readonly', 'ro'].some((k) => fields.has(k) && /^(1|t|true)$/i.test(fields.get(k)!));
  if (type === 'tmpfs') return both(`컨테이너의 ${target}에 메모리 위의 tmpfs를 마운트`, `An in-memory tmpfs mounted at ${target} in the container`);
  if (type !== 'bind' && type !== 'volume') return null;
  if (!source) return type === 'volume' ? anonymousVolume(target) : null;
  return mountSentence(type, source, target, readOnly, undefined);
}

function mountSentence(type: 'bind' | 'volume', source: string, target: string, readOnly: boolean, options: string | undefined): Bilingual {
  const what = type === 'bind'
    ? both(`호스트 경로 ${source}`, `The host path ${source}`)
    : both(`이름 있는 볼륨 ${source}`, `The named volume ${source}`);
  const extra = [type === 'volume' ? both('볼륨이 없으면 새로 만듦', 'created if it does not exist') : null, readOnly ? both('읽기 전용', 'read-only') : null, ...(options?.split(',').filter((o) => o && o !== 'ro' && o !== 'rw').map((o) => both(o, o)) ?? [])].filter((x): x is Bilingual => x !== null);
  const tail = extra.length ? both(` (${extra.map((x) => x.ko).join(', ')})`, ` (${extra.map((x) => x.en).join(', ')})`) : both('', '');
  return both(`${what.ko}을(를) 컨테이너의 ${target}에 마운트${tail.ko}`, `${what.en}, mounted at ${target} in the container${tail.en}`);
}

function anonymousVolume(target: string): Bilingual | null {
  return target.startsWith('/')
    ? both(`새 익명 볼륨을 컨테이너의 ${target}에 마운트`, `A new anonymous volume, mounted at ${target} in the container`)
    : null;
}

function isHostPath(source: string): boolean {
  // `$PWD`, `${PWD}`, `$(pwd)`, `` `pwd` `` and `$HOME` are host folders the shell fills in.
  return /^([/.~]|[A-Za-z]:[\\/]|\$\{?(PWD|HOME)\b|\$\(pwd\)|`pwd`)/.test(source);
}

/** `KEY=VALUE` sets a variable; `KEY` alone copies it from the shell that runs docker. */
function describeVariable(value: string, what: Bilingual, where: Bilingual): Bilingual | null {
  const [key, v] = splitOnce(value, '=');
  if (!key) return null;
  return v === undefined
    ? both(`셸에 있는 ${key}의 값을 ${where.ko}에 그대로 넘김 (셸에 없으면 넘기지 않음)`, `Copies ${key} from your shell's environment into ${where.en} (left out when it is not set)`)
    : both(`${what.ko} ${key}을(를) "${v}"(으)로 설정`, `Sets ${what.en} ${key} to "${v}"`);
}

/** `NAME|UID[:GROUP|GID]` as words: who, and in which group; null when there is no user. */
function userAndGroup(value: string): { who: Bilingual; group: Bilingual | null; root: boolean } | null {
  const [user, group] = splitOnce(value, ':');
  if (!user || group === '') return null;
  return {
    who: /^\d+$/.test(user) ? both(`UID ${user}`, `UID ${user}`) : both(`사용자 ${user}`, `the user ${user}`),
    group: group === undefined ? null : /^\d+$/.test(group) ? both(`GID ${group}`, `GID ${group}`) : both(`그룹 ${group}`, `the group ${group}`),
    root: user === 'root' || user === '0',
  };
}

/** `--user NAME|UID[:GROUP|GID]`. */
function describeUser(value: string): Bilingual | null {
  const parsed = userAndGroup(value);
  if (!parsed) return null;
  const { who, group } = parsed;
  const root = parsed.root ? both(' (root: 컨테이너 안의 관리자)', ' (root, the administrator inside the container)') : both('', '');
  return group
    ? both(`컨테이너의 프로세스를 ${who.ko}, ${group.ko}(으)로 실행${root.ko}`, `Runs the container's process as ${who.en} in ${group.en}${root.en}`)
    : both(`컨테이너의 프로세스를 ${who.ko}(으)로 실행${root.ko}`, `Runs the container's process as ${who.en}${root.en}`);
}

/** `COPY --chown=USER[:GROUP]`: who owns the files copied. */
function describeOwner(value: string): Bilingual | null {
  const parsed = userAndGroup(value);
  if (!parsed) return null;
  const { who, group } = parsed;
  return group
    ? both(`복사한 파일의 소유자를 ${who.ko}, ${group.ko}(으)로 정함`, `The copied files belong to ${who.en} and ${group.en}`)
    : both(`복사한 파일의 소유자를 ${who.ko}(으)로 정함 (그룹 ID는 사용자 ID와 같은 번호)`, `The copied files belong to ${who.en} (the group ID is the same number as the user ID)`);
}

function describeNetwork(value: string): Bilingual | null {
  const known = describeClosedValue('--network', value);
  if (known) {
    const joined = /^container:(.+)$/.exec(value);
    return joined ? both(`${known.ko}: ${joined[1]}`, `${known.en}: ${joined[1]}`) : known;
  }
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(value)
    ? both(`docker network create로 만든 네트워크 ${value}: 같은 네트워크의 컨테이너끼리 이름으로 찾을 수 있음`, `The network ${value}, made with docker network create; containers on it find each other by name`)
    : null;
}

const FILTERS: Readonly<Record<string, (v: string) => Bilingual>> = {
  dangling: (v) => (/^(true|1)$/i.test(v)
    ? both('태그가 없는 댕글링 이미지만', 'Only dangling images (no tag left)')
    : both('댕글링이 아닌 이미지만', 'Only images that are not dangling')),
  until: (v) => {
    const age = describeDuration(v);
    return age ? both(`${age.ko} 전보다 먼저 만들어진 것만`, `Only those created more than ${age.en} ago`) : both(`${v}보다 먼저 만들어진 것만`, `Only those created before ${v}`);
  },
  label: (v) => both(`레이블 ${v}이(가) 붙은 것만`, `Only those with the label ${v}`),
  'label!': (v) => both(`레이블 ${v}이(가) 없는 것만`, `Only those without the label ${v}`),
  reference: (v) => both(`이름이 ${v}에 맞는 이미지만`, `Only images whose name matches ${v}`),
  before: (v) => both(`${v}보다 먼저 만들어진 것만`, `Only those created before ${v}`),
  since: (v) => both(`${v}보다 나중에 만들어진 것만`, `Only those created after ${v}`),
  status: (v) => both(`상태가 ${v}인 것만`, `Only those whose status is ${v}`),
  name: (v) => both(`이름에 ${v}이(가) 들어간 것만`, `Only those whose name contains ${v}`),
  ancestor: (v) => both(`이미지 ${v}(또는 그 자손)에서 만든 것만`, `Only those made from the image ${v} (or one built on it)`),
  'is-official': (v) => both(/^(true|1)$/i.test(v) ? '공식 이미지만' : '공식이 아닌 이미지만', /^(true|1)$/i.test(v) ? 'Only official images' : 'Only images that are not official'),
  stars: (v) => both(`별이 ${v}개 이상인 것만`, `Only those with at least ${v} stars`),
};

function describeFilter(value: string): Bilingual | null {
  const [key, v] = splitOnce(value, '=');
  return v === undefined ? null : own(FILTERS, key)?.(v) ?? null;
}

/** The meaning of a value from a closed set, when the catalog has one. */
function describeClosedValue(long: string, value: string): Bilingual | null {
  const meanings = own(optionValueMeanings, long);
  if (!meanings) return null;
  for (const [pattern, meaning] of Object.entries(meanings)) {
    if (matchesValue(pattern, value)) return meaning;
  }
  return null;
}

const UNITS: Readonly<Record<string, [ko: string, en: string]>> = {
  h: ['시간', 'hour'], m: ['분', 'minute'], s: ['초', 'second'], ms: ['밀리초', 'millisecond'], us: ['마이크로초', 'microsecond'], µs: ['마이크로초', 'microsecond'], ns: ['나노초', 'nanosecond'],
};

/** `1m30s` → 1 minute 30 seconds (Go's duration syntax). */
export function describeDuration(value: string): Bilingual | null {
  if (value === '0') return both('0 (끔 또는 기본값)', '0 (off, or the default)');
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== value) return null;
  const ko = parts.map(([, n, unit]) => `${n}${UNITS[unit!]![0]}`).join(' ');
  const en = parts.map(([, n, unit]) => `${n} ${UNITS[unit!]![1]}${n === '1' ? '' : 's'}`).join(' ');
  return both(ko, en);
}

/** `512m` → 512 MiB (docker reads k, m, g as powers of 1024). */
function describeBytes(value: string): Bilingual | null {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmgtp])?(?:i?b)?$/i.exec(value);
  if (!match) return null;
  const unit = { b: 'B', k: 'KiB', m: 'MiB', g: 'GiB', t: 'TiB', p: 'PiB' }[(match[2] ?? 'b').toLowerCase()]!;
  return both(`${match[1]} ${unit}`, `${match[1]} ${unit}`);
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function shortDigest(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  return `${algorithm}:${hex!.slice(0, 12)}…`;
}

function join(parts: readonly Bilingual[]): Bilingual {
  return both(parts.map((p) => p.ko).join(', '), parts.map((p) => p.en).join(', '));
}
