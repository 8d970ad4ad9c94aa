/**
 * Meanings of the values of flags beyond run's everyday ones: resource limits (`--ulimit`,
 * `--device`, `--gpus`, `--log-opt`), BuildKit's key=value flags (`--cache-to`, `--cache-from`,
 * `--output`, `--secret`, `--ssh`), platform lists, and `on-failure:N`.
 */
import type { Bilingual } from '../../data/catalog/types.js';
import { own } from '../text/own-entry.js';

const both = (ko: string, en: string): Bilingual => ({ ko, en });
type Describer = (value: string) => Bilingual | null;

/** `a=1,b=2` as a map; a field without `=` maps to the empty string. */
function fieldsOf(value: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    fields.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? '' : part.slice(eq + 1));
  }
  return fields;
}

const ulimit: Describer = (v) => {
  const m = /^([a-z]+)=(-?\d+|unlimited)(?::(-?\d+|unlimited))?$/.exec(v);
  if (!m) return null;
  const [, name, soft, hard] = m;
  const limit = hard ? both(`소프트 한도 ${soft}, 하드 한도 ${hard}`, `soft limit ${soft}, hard limit ${hard}`) : both(`소프트·하드 한도 모두 ${soft}`, `soft and hard limit ${soft}`);
  const what = name === 'nofile' ? both('열 수 있는 파일 수', 'open files') : name === 'nproc' ? both('프로세스 수', 'processes') : both(name!, name!);
  return both(`컨테이너의 ulimit ${name}(${what.ko}): ${limit.ko}`, `The container's ulimit ${name} (${what.en}): ${limit.en}`);
};

const device: Describer = (v) => {
  const [host, target, perms] = v.split(':');
  if (!host?.startsWith('/')) return null;
  const inside = target && target.startsWith('/') ? target : host;
  const mode = (target && !target.startsWith('/') ? target : perms) ?? 'rwm';
  return both(`호스트 장치 ${host}을(를) 컨테이너의 ${inside}(으)로 넘김 (권한 ${mode}: r 읽기, w 쓰기, m 장치 파일 생성)`,
    `Passes the host device ${host} into the container as ${inside} (permissions ${mode}: r read, w write, m mknod)`);
};

/**
 * docker reads `--gpus` as one CSV record: `"device=0,2"` (quoted for docker, as in `--gpus '"device=0,2"'`) is one field,
 * GPUs 0 and 2; unquoted, `device=0,2` is two fields, GPU 0 and a count of 2.
 */
function csvFields(value: string): string[] {
  return [...value.matchAll(/"((?:[^"]|"")*)"|([^,]*)/g)].filter((m) => m.index === 0 || value[m.index - 1] === ',')
    .map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!));
}

const gpus: Describer = (v) => {
  if (v === 'all') return both('호스트의 GPU를 모두 컨테이너에 넘김 (NVIDIA Container Toolkit 필요)', 'Gives the container every GPU of the host (needs the NVIDIA Container Toolkit)');
  if (/^\d+$/.test(v)) return both(`호스트의 GPU ${v}개를 컨테이너에 넘김`, `Gives the container ${v} of the host's GPUs`);
  const device = csvFields(v).find((f) => f.startsWith('device='))?.slice('device='.length);
  if (device) return both(`GPU ${device.split(',').join(', ')}만 컨테이너에 넘김`, `Gives the container the GPU(s) ${device.split(',').join(', ')}`);
  return null;
};

const LOG_OPTS: Readonly<Record<string, (v: string) => Bilingual>> = {
  'max-size': (v) => both(`로그 파일 하나가 ${v}에 이르면 새 파일로 넘김`, `Rolls the log over to a new file when it reaches ${v}`),
  'max-file': (v) => both(`로그 파일을 최대 ${v}개까지 남기고 오래된 것부터 지움`, `Keeps at most ${v} log files, deleting the oldest`),
  compress: (v) => both(/^(true|1)$/.test(v) ? '넘긴 로그 파일을 압축' : '넘긴 로그 파일을 압축하지 않음', /^(true|1)$/.test(v) ? 'Compresses rolled-over log files' : 'Leaves rolled-over log files uncompressed'),
  tag: (v) => both(`로그 줄에 붙일 태그: ${v}`, `The tag to mark log lines with: ${v}`),
};
const logOpt: Describer = (v) => {
  const eq = v.indexOf('=');
  if (eq < 0) return null;
  const key = v.slice(0, eq);
  const known = own(LOG_OPTS, key);
  return known ? known(v.slice(eq + 1)) : both(`로그 드라이버 옵션 ${key} = ${v.slice(eq + 1)}`, `The logging driver's option ${key} = ${v.slice(eq + 1)}`);
};

const CACHE_TYPES: Readonly<Record<string, Bilingual>> = {
  registry: both('레지스트리의 이미지', 'an image in a registry'),
  local: both('로컬 폴더', 'a local folder'),
  inline: both('이미지 안에 함께 넣은 캐시 정보', 'cache metadata inside the image itself'),
  gha: both('GitHub Actions 캐시', 'the GitHub Actions cache'),
  s3: both('S3 버킷', 'an S3 bucket'),
  azblob: both('Azure Blob 저장소', 'Azure Blob Storage'),
};

function cacheSentence(v: string, exporting: boolean): Bilingual | null {
  const f = fieldsOf(v);
  const type = f.get('type') ?? (v.includes('=') ? undefined : 'registry');
  if (!type) return null;
  const where = own(CACHE_TYPES, type);
  if (!where) return null;
  const ref = f.get('ref') ?? (v.includes('=') ? f.get('dest') ?? f.get('src') : v);
  const at = ref ? both(` ${ref}`, ` ${ref}`) : both('', '');
  const max = exporting && f.get('mode') === 'max' ? both(' (mode=max: 중간 스테이지의 레이어까지 모두)', ' (mode=max: the layers of every stage, not only the final one)') : both('', '');
  return exporting
    ? both(`빌드 캐시를 ${where.ko}${at.ko}에 내보냄${max.ko}`, `Exports the build cache to ${where.en}${at.en}${max.en}`)
    : both(`${where.ko}${at.ko}에 있는 빌드 캐시를 가져와 씀`, `Uses the build cache stored in ${where.en}${at.en}`);
}

const OUTPUTS: Readonly<Record<string, (f: Map<string, string>) => Bilingual>> = {
  local: (f) => both(`빌드 결과의 파일을 이미지로 만들지 않고 폴더 ${f.get('dest') ?? '?'}에 씀`, `Writes the result's files to the folder ${f.get('dest') ?? '?'} instead of making an image`),
  tar: (f) => both(`빌드 결과의 파일을 tar 파일 ${f.get('dest') ?? '?'}로 씀`, `Writes the result's files to the tar file ${f.get('dest') ?? '?'}`),
  docker: () => both('결과 이미지를 로컬 이미지 목록에 넣음 (--load와 같음)', 'Loads the resulting image into the local image store (like --load)'),
  image: (f) => both(`결과를 이미지로 만듦${f.get('push') === 'true' ? ', 그리고 레지스트리에 push' : ''}`, `Makes an image of the result${f.get('push') === 'true' ? ' and pushes it' : ''}`),
  registry: () => both('결과 이미지를 레지스트리에 바로 push (--push와 같음)', 'Pushes the resulting image to its registry (like --push)'),
  oci: (f) => both(`결과 이미지를 OCI 이미지 tar ${f.get('dest') ?? ''}로 씀`, `Writes the resulting image as an OCI image tarball ${f.get('dest') ?? ''}`),
};
const output: Describer = (v) => {
  if (v === '-') return both('결과를 tar로 표준 출력에 씀', 'Writes the result as a tar stream to standard output');
  if (!v.includes('=')) return both(`빌드 결과의 파일을 폴더 ${v}에 씀`, `Writes the result's files to the folder ${v}`);
  const f = fieldsOf(v);
  const out = own(OUTPUTS, f.get('type') ?? '');
  return out ? out(f) : null;
};

const secret: Describer = (v) => {
  const f = fieldsOf(v);
  const id = f.get('id');
  if (!id) return null;
  const from = f.get('src') ?? f.get('source');
  const env = f.get('env');
  const origin = from ? both(`파일 ${from}`, `the file ${from}`) : env ? both(`환경 변수 ${env}`, `the environment variable ${env}`) : both(`환경 변수나 파일 ${id}`, `the environment variable or file ${id}`);
  return both(`${origin.ko}의 내용을 비밀 ${id}로 빌드에 넘김: RUN --mount=type=secret,id=${id}에서만 보이고 이미지에는 남지 않음`,
    `Hands the content of ${origin.en} to the build as the secret ${id}: visible only to RUN --mount=type=secret,id=${id}, never stored in the image`);
};

const ssh: Describer = (v) => (v === 'default'
  ? both('호스트의 SSH 에이전트를 빌드에 넘김: RUN --mount=type=ssh에서 비공개 저장소에 접속할 때 씀', "Forwards the host's SSH agent to the build, for RUN --mount=type=ssh (e.g. to clone private repositories)")
  : both(`SSH 에이전트 소켓이나 키 ${v}을(를) 빌드에 넘김 (RUN --mount=type=ssh용)`, `Forwards the SSH agent socket or keys ${v} to the build (for RUN --mount=type=ssh)`));

const platforms: Describer = (v) => {
  const list = v.split(',');
  if (!list.every((p) => /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))) return null;
  return list.length === 1
    ? both(`대상 플랫폼(OS/아키텍처): ${v}`, `The target platform (OS/architecture): ${v}`)
    : both(`${list.length}개 플랫폼(${list.join(', ')})용 이미지를 한 번에 빌드해 하나의 이름 아래 묶음 (멀티 플랫폼 이미지)`,
      `Builds for ${list.length} platforms (${list.join(', ')}) at once, under one name (a multi-platform image)`);
};

/** `on-failure:N` with its N, and `on-failure:0` (no limit). */
export function describeOnFailure(value: string): Bilingual | null {
  const m = /^on-failure:(\d+)$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return n === 0
    ? both('0이 아닌 코드로 끝났을 때만 다시 시작 (:0은 횟수 제한 없음)', 'Start it again only when it exits with a non-zero code (:0 means no limit)')
    : both(`0이 아닌 코드로 끝났을 때만 다시 시작, 최대 ${n}번`, `Start it again only when it exits with a non-zero code, at most ${n} times`);
}

/** Describers by long flag name. */
export const MORE_DESCRIBERS: Readonly<Record<string, Describer>> = {
  '--ulimit': ulimit,
  '--device': device,
  '--gpus': gpus,
  '--log-opt': logOpt,
  '--cache-to': (v) => cacheSentence(v, true),
  '--cache-from': (v) => cacheSentence(v, false),
  '--output': output,
  '--secret': secret,
  '--ssh': ssh,
  '--platform': platforms,
};
