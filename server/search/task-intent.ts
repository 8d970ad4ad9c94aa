/**
 * What a task sentence asks to do to what: "Display the list of volumes", 모든 볼륨 나열 ask for
 * `ls` on `volume`; "Print logs from a container" asks for `logs` on `container`. Docker's own
 * command names say the same thing (`docker volume ls`, `docker container logs`, the alias of
 * `docker logs`), so the commands whose name or alias pairs a verb of the query with an object of
 * the query are what it asks for. The words are a lexicon of how people say each verb and object in
 * English and Korean; which command has which pair comes from the catalog's names, never from here.
 */
import type { KnowledgeBase } from '../database/open-database.js';
import { stemEnglish } from './index-terms.js';
import { KOREAN_UNUSED } from './query-synonyms.js';
import { hasHangul } from './unicode-classes.js';
import { namesOfficialImage } from './image-names.js';

/** Docker's object words (the management groups), and how a task names each. */
const OBJECTS: Readonly<Record<string, readonly string[]>> = {
  container: ['container', '컨테이너'],
  image: ['image', '이미지'],
  volume: ['volume', '볼륨'],
  network: ['network', '네트워크'],
  builder: ['builder', '빌더', 'cache', '캐시'],
  buildx: ['builder', '빌더', 'buildx', 'cache', '캐시'],
  context: ['context', '컨텍스트'],
  // A swarm's nodes are its managers and workers.
  node: ['node', '노드', 'manager', 'managers', 'worker', 'workers', '매니저', '워커'],
  // A service runs as tasks (`docker service ps` lists them).
  service: ['service', '서비스', 'task', 'tasks', '태스크'],
  compose: ['compose', '컴포즈', 'service', '서비스', 'project', '프로젝트'],
  stack: ['stack', '스택'],
  secret: ['secret', '시크릿', '비밀'],
  config: ['config'],
  plugin: ['plugin', '플러그인'],
  swarm: ['swarm', '스웜', 'cluster', '클러스터', 'manager', 'managers', 'worker', 'workers', '매니저', '워커'],
  system: ['system', '시스템', 'data', '데이터', 'disk', '디스크'],
  manifest: ['manifest', '매니페스트'],
  trust: ['trust', 'signature', '서명'],
  checkpoint: ['checkpoint', '체크포인트'],
  // No group's: named so that starting the daemon is not starting a container.
  daemon: ['daemon', 'dockerd', '데몬'],
  // No group's either: what is done in a Dockerfile is an instruction's (DOCKERFILE_VERBS), not a command's.
  dockerfile: ['dockerfile', 'dockerfiles', '도커파일'],
};

/** The instructions that do in a Dockerfile what a verb of VERBS does to a container: copying files in, running a command. */
const DOCKERFILE_VERBS: Readonly<Record<string, string>> = { cp: 'COPY', run: 'RUN', install: 'RUN', mkdir: 'WORKDIR' };

/** When an image is built: what is done then ("at build time", 빌드 시) is done by the Dockerfile. */
const BUILD_TIME = /\b(?:at|during|in) (?:the )?(?:image )?build(?:[- ]time)?\b|\bbuild[- ]time\b|\b(?:while|when) building\b|빌드\s*(?:시|중에|할\s*때|과정에서)/i;

/** Docker's verbs (the last word of a command's name), and how a task says each. */
const VERBS: Readonly<Record<string, readonly string[]>> = {
  ls: ['list', 'ls', '나열', '목록', '리스트'],
  ps: ['list', '나열', '목록'],
  rm: ['remove', 'delete', 'destroy', 'erase', 'rm', '삭제', '제거', '지우'],
  prune: ['prune', 'clean', 'cleanup', '정리', '청소'],
  inspect: ['inspect', 'detail', 'details', 'detailed', 'information', '상세', '자세한', '세부'],
  create: ['create', 'make', '생성', '만들'],
  start: ['start', '시작'],
  up: ['start', 'up', '시작', '띄우'],
  stop: ['stop', '중지', '정지', '멈추', '멈춰'],
  down: ['down', 'tear'],
  restart: ['restart', '재시작', '재가동'],
  kill: ['kill', '강제 종료', '강제로 종료', '강제 중지', '강제로 중지', '죽이'],
  pause: ['pause', '일시정지', '일시 정지'],
  unpause: ['unpause', 'resume', '재개'],
  logs: ['log', 'logs', '로그'],
  cp: ['copy', '복사'],
  rename: ['rename', '이름 변경', '이름 바꾸'],
  pull: ['pull', 'download', 'fetch', '다운로드', '내려받', '가져오', '받아오', '끌어오', '땡겨오', '당겨오'],
  push: ['push', 'upload', '업로드', '푸시', '올리'],
  tag: ['tag', '태그'],
  build: ['build', 'compile', '빌드', '컴파일'],
  run: ['run', 'launch', '실행'],
  exec: ['exec', 'execute', '들어가', '들어갑', '접속'],
  attach: ['attach'],
  connect: ['connect', '연결'],
  disconnect: ['disconnect', '연결 해제', '연결 끊'],
  commit: ['commit', '커밋'],
  diff: ['diff', 'changes', '변경 사항', '변경사항'],
  export: ['export', '내보내'],
  import: ['import'],
  save: ['save', '저장'],
  load: ['load', '불러오', '로드'],
  history: ['history', '히스토리', '이력'],
  login: ['login', 'authenticate', '로그인'],
  logout: ['logout', '로그아웃'],
  search: ['search', '검색'],
  stats: ['stats', 'statistics', '통계'],
  top: ['process', 'processes', '프로세스'],
  port: ['port', 'ports', '포트'],
  update: ['update', '업데이트'],
  wait: ['wait', '대기'],
  df: ['usage', '사용량', '용량'],
  du: ['usage', '사용량', '용량'],
  events: ['event', 'events', '이벤트'],
  join: ['join', '합류', '참여'],
  leave: ['leave', '탈퇴', '떠나', '나가'],
  init: ['init', 'initialize', '초기화'],
  scale: ['scale', '스케일'],
  // `docker compose config` parses and checks the Compose file before printing it.
  config: ['validate', '검증', '유효성'],
  promote: ['promote', '승격'],
  // No command installs software into an image (`docker plugin install` installs a plugin): RUN does, in a Dockerfile.
  install: ['install', '설치'],
  demote: ['demote', '강등'],
  version: ['version', '버전'],
};

/** "unused", 사용하지 않는, 안 쓰는, cache: removing what is unused (or a cache) is a prune, never an `rm` of named things. */
const UNUSED = new RegExp(`${/\bunused\b|\bnot (?:being )?used\b|\bnot in use\b|\b(?:not |un)referenced\b|\bdangling\b|\bcache\b|미사용|캐시/.source}|${KOREAN_UNUSED.source}`, 'i');

const LAST_LINES = /\b(?:last|latest|final|recent) (?:\d+ |few |n )?lines\b|(?:마지막|최근|끝)\s*(?:\d+|몇)\s*줄/i;

const IP_ADDRESS = /\bip(?:v[46])?(?: address(?:es)?)?\b|아이피|IP ?주소/i;

const FILTER = /\bfilter(?:s|ed|ing)?\b|필터/i;

const SHOW = /\b(?:show|shows|display|displays|view|print|prints|check|see|verify)\b|표시|보기|보여|출력|조회|확인/i;

/** All of them, or several: listing, not inspecting one. */
const MANY = /\b(?:all|every|any)\b|\b(?:containers|images|volumes|networks)\b|모든|전체|전부/i;

/** A thing's state said alone ("running containers", 실행 중인 컨테이너, stopped ones): which of them there are. */
const STATE = /\b(?:running|stopped|exited|paused)\b|실행\s*중인|(?:정지|중지|종료)된|멈춘/i;

/** Publishing, exposing or mapping a port is what run does (`-p`); `docker port` only shows the mappings made. */
const PUBLISH = /\b\d{2,5}:\d{2,5}\b|\bpublish\w*|\bexpos\w*|\bforward\w*|\bmap(?:s|ping)?\b|포트(?:를|을)?\s*(?:매핑|포워딩|연결|개방|노출|공개|열)|퍼블리시/i;

/**
 * Mounting or mapping a volume, a directory or a tmpfs into a container is done when it is run (`-v`, `--mount`, `--tmpfs`):
 * no command mounts into a running container, and `docker volume create` only makes the volume.
 */
const MOUNT = /\bmount(?:s|ing)?\b|\bmap(?:s|ping)?\b|마운트(?!된)/i;
const MOUNTED = /\bvolumes?\b|\btmpfs\b|\bbind\b|\bdirector(?:y|ies)\b|\bfolders?\b|볼륨|디렉터리|디렉토리|폴더|tmpfs/i;

/**
 * Limiting what a container may use (memory, CPU, swap, processes) is set when it is run (`--memory`, `--cpus`) or changed
 * on a running one (`docker update`): "limiting RAM usage" is no disk usage (`df`).
 */
const LIMIT = /\blimit\w*|\brestrict\w*|\bconstrain\w*|\bcap(?:s|ped|ping)?\b|제한/i;
const LIMITED = /\bmemory\b|\bram\b|\bcpus?\b|\bswap\b|\bpids?\b|메모리|램|스왑/i;

/**
 * A restart policy (on failure, unless stopped, 재시작 정책): what a container does when it exits, set when it is run or
 * changed with `docker update` (`--restart`), not a restart done now.
 */
const RESTART_POLICY = /\bon[- ]failure\b|\bunless[- ]stopped\b|\bpolic(?:y|ies)\b|정책/i;

/** Removed once it is done: the run's `--rm`, not an `rm` of something there. */
const WHEN_DONE = /\b(?:when|once|after|as soon as)\s+(?:it|the container|they|its process)?\s*(?:exits?|exited|is finished|finishes|finished|is done|stops|is stopped|ends)\b|(?:종료|중지|정지)\s*(?:시|되면|후|하면)|끝나면|멈추면/i;

/** The unused resources of everything: a system prune. */
const RESOURCES = /\bresources?\b|리소스|자원/i;

interface WordIndex {
  readonly english: ReadonlyMap<string, readonly string[]>;
  /** Korean words, longest first, each with what it names. */
  readonly korean: readonly (readonly [word: string, keys: readonly string[]])[];
}

/**
 * A Korean verb's stem as its polite and descriptive forms begin: a stem ending in a vowel takes ㅂ for -ㅂ니다 (띄우 →
 * 띄웁니다, 가져오 → 가져옵니다) and ㄹ for -ㄹ 수 있다 (가져올 수 있습니다), and one ending in ㄹ drops it before ㅂ, ㄴ
 * and 세요 (만들 → 만듭니다, 만드세요).
 */
function koreanForms(word: string): string[] {
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  if (last < 0 || last > 11171) return [word];
  const [coda, stem] = [last % 28, word.slice(0, -1)];
  const withCoda = (c: number) => stem + String.fromCharCode(0xac00 + last - coda + c);
  // -ㄹ 수 있다 (가져올 수 있습니다) takes ㄹ the same way.
  if (coda === 0) return [word, withCoda(17), withCoda(8)];
  if (coda === 8) return [word, withCoda(17), withCoda(0)];
  return [word];
}

function indexOf(table: Readonly<Record<string, readonly string[]>>): WordIndex {
  const english = new Map<string, string[]>();
  const korean = new Map<string, string[]>();
  for (const [key, words] of Object.entries(table)) {
    for (const word of words) {
      const into = hasHangul(word) ? korean : english;
      for (const k of into === korean ? koreanForms(word.replace(/\s+/g, '')) : [word, stemEnglish(word)]) {
        let keys = into.get(k);
        if (!keys) into.set(k, (keys = []));
        if (!keys.includes(key)) keys.push(key);
      }
    }
  }
  return { english, korean: [...korean].sort((a, b) => b[0].length - a[0].length) };
}

/** Built on first use: a one-word search never asks. */
let words: { readonly objects: WordIndex; readonly verbs: WordIndex } | undefined;
const wordIndexes = () => (words ??= { objects: indexOf(OBJECTS), verbs: indexOf(VERBS) });

/**
 * Whether a Korean word says a verb of the lexicon (실행, 삭제, 시작) or asks to show something (확인, 출력): the
 * words of a task, which a flag does not add to it.
 */
export function isKoreanTaskWord(word: string): boolean {
  return SHOW.test(word) || wordIndexes().verbs.korean.some(([k]) => word.startsWith(k));
}

/**
 * A verb's form that describes a state rather than asks for an action: "a stopped container", "running
 * containers", 정지된 컨테이너, 실행 중인 컨테이너, 생성된 이미지 name what something is, not what to do.
 * "Running a container" (a cheat sheet's heading) does ask for one: "running" is a state only right before
 * its object; other -ing forms are headings' actions (Removing images, Listing Swarm Tasks).
 */
const KOREAN_STATE = /^(?:된|되어|되지|됐|중)/;

/** The spellings an English word may have in the lexicon: "removing" → remove, "pulling" → pull, "tags" → tag. */
function englishForms(word: string): string[] {
  return [stemEnglish(word), word, word.replace(/s$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e'), word.replace(/([a-z])\1ing$/, '$1')];
}

/** A word as flag names and queries share it: `remov` of remove, removing and removed. */
export const flagStem = (word: string) => stemEnglish(word).replace(/e$/, '');

/**
 * Two words of a flag's name said as words ("remove orphaned containers" is `--remove-orphans`, "the stop signal"
 * `--stop-signal`, "log driver" `--log-driver`): the verb among them names the flag, not the task.
 */
function inFlagName(english: readonly string[], i: number, flagWords: ReadonlySet<string>, found?: Set<string>): boolean {
  const stem = (w: string | undefined) => (w === undefined ? '' : flagStem(w));
  const pairs = [`${stem(english[i - 1])} ${stem(english[i])}`, `${stem(english[i])} ${stem(english[i + 1])}`].filter((p) => flagWords.has(p));
  // A pair with an object's word ("build context", "network alias") is as often the object's own phrase: it does not single the flag out.
  const objects = wordIndexes().objects.english;
  for (const p of pairs) if (!p.split(' ').some((w) => objects.has(w) || objects.has(`${w}e`))) found?.add(p);
  return pairs.length > 0;
}

/** The pairs of a flag's name it says as words: `remov orphan` of `--remove-orphans`. */
export function flagPairsOf(flag: string): string[] {
  const words = flag.replace(/^-+/, '').toLowerCase().split('-').filter(Boolean);
  return words.slice(1).map((w, i) => `${flagStem(words[i]!)} ${flagStem(w)}`);
}

/** "not running", "the ones that are running": what a thing is, not what to do. */
const NOT_STATE = /^(?:not|are|is|was|were|being|still|currently|already)$/;

/** "running containers", "running and stopped containers": `running` before its object, or paired with another state, says what they are. */
function isState(english: readonly string[], i: number, objects: ReadonlyMap<string, readonly string[]>): boolean {
  const next = english[i + 1] ?? '';
  if (englishForms(next).some((f) => objects.has(f))) return true;
  return (next === 'and' || next === 'or') && /ed$/.test(english[i + 2] ?? '');
}

/** The keys a query's words name: English words by their forms, Korean words by their longest known beginning. */
function named(query: string, index: WordIndex, verbs: boolean, flagWords: ReadonlySet<string>, flags?: Set<string>): Set<string> {
  const found = new Set<string>();
  const english = query.toLowerCase().match(/[a-z]+/g) ?? [];
  const objects = wordIndexes().objects.english;
  english.forEach((word, i) => {
    if (verbs && (/ed$/.test(word) || (word === 'running' && (isState(english, i, objects) || NOT_STATE.test(english[i - 1] ?? ''))))) return;
    // A log file or path is a thing to find (inspect shows it), not the logs to read.
    if (verbs && /^logs?$/.test(word) && /^(?:file|files|path|paths)$/.test(english[i + 1] ?? '')) return;
    if (verbs && flagWords.size && inFlagName(english, i, flagWords, flags)) return;
    // "a copy of an image" is a thing, "containers that have run" a state: no copying, no running.
    // (To make or create a copy is to copy.)
    if (verbs && word === 'copy' && (/^(?:a|an|the|one)$/.test(english[i - 1] ?? '') || english[i + 1] === 'of')
      && !/^(?:make|makes|making|made|create|creates|creating|created)$/.test(english[i - 2] ?? '')) return;
    if (verbs && word === 'run' && /^(?:have|has|had|been|was|were)$/.test(english[i - 1] ?? '')) return;
    // What is done without something is not that thing: "build without pulling", "create it without starting it".
    if (verbs && (english[i - 1] === 'without' || (english[i - 2] === 'without' && /^(?:a|an|the|any)$/.test(english[i - 1] ?? '')))) return;
    const form = englishForms(word).find((f) => index.english.has(f));
    for (const k of form ? index.english.get(form)! : []) found.add(k);
  });
  // Korean words joined to the next one, so two-word expressions (강제 종료, 변경 사항) are found as one.
  const words = query.match(/\p{Script=Hangul}+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const joined = words[i]! + (words[i + 1] ?? '');
    const hit = index.korean.find(([w]) => joined.startsWith(w));
    if (!hit || (verbs && KOREAN_STATE.test(joined.slice(hit[0].length)))) continue;
    // 로그 파일, 로그 경로: as in English, a thing to find.
    if (verbs && hit[1].includes('logs') && /^(?:파일|경로)/.test(words[i + 1] ?? '')) continue;
    // 변경 사항 없이 다시 빌드: as "without" in English, what is done without is not done.
    const after = words[i + (hit[0].length > words[i]!.length ? 2 : 1)] ?? '';
    if (verbs && (/없이$/.test(words[i]!) || /^없이/.test(after))) continue;
    for (const k of hit[1]) found.add(k);
  }
  return found;
}

/**
 * The verbs a task leads with, as a task or heading says them: its first word in English ("Running an NGINX server",
 * "Start a container …"), its last Korean word in Korean (nginx 컨테이너 실행). "Display the running processes" leads with showing.
 */
export function leadingVerbs(text: string): ReadonlySet<string> {
  const word = hasHangul(text) ? text.match(/\p{Script=Hangul}+/gu)?.at(-1) : /^\W*([A-Za-z]+)/.exec(text)?.[1];
  return word ? named(word, wordIndexes().verbs, true, new Set()) : new Set();
}

export interface TaskIntent {
  readonly verbs: ReadonlySet<string>;
  readonly objects: ReadonlySet<string>;
  /** Verbs a compound took in ("stop and remove" is `down`, or `rm` of a container): their commands do half the task. */
  readonly halves: ReadonlySet<string>;
  /**
   * The flags it names by their words ("remove orphaned containers"): pairs of stemmed words, as flagPairsOf gives them, or a
   * whole flag's name when a rule knows it (removing a container once it is done is run's `rm`).
   */
  readonly flags: ReadonlySet<string>;
}

/** Stopping and then starting again ("stops and starts a container", 중지 후 다시 시작) is restarting; stopping or starting is either. */
const STOP_AND_START = /\bstop\w*\s+(?:and|&|then)\s+(?:re-?)?start\w*|(?:중지|정지|멈추|멈춘)\S*\s*(?:후|하고|한\s*뒤|한\s*다음)\s*(?:다시\s*)?시작/i;

/** An aside in parentheses: "(running and stopped)", "(실행 및 중지)". */
const PARENTHESES = /\([^()]*\)/g;

/** "Log in", "log into a registry": one verb, not the logs of anything. */
const LOG_IN = /\blog(?:ging)?\s+(?:in|into|on|onto)\b/gi;

/**
 * Stopping by force, or shutting down by force, is killing (`docker kill` sends SIGKILL at once; `docker stop` waits
 * for the process to end): "force shutdown of a container", "forcefully stop", 강제로 중지. `docker stop` then does only half of it.
 */
const FORCE_STOP = /\bforce(?:d|fully)?\s+(?:stop\w*|shut\s*down|shutdown|terminat\w*)\b|\b(?:stop|shut\s*down|terminate)\b[\w\s]{0,20}?\b(?:forcefully|by force|forcibly)\b|강제(?:로)?\s*(?:중지|정지|종료|멈)/i;

/** Containers and networks listed together: "containers, networks", "containers and networks", 컨테이너, 네트워크 및 … */
const CONTAINERS_AND_NETWORKS = /\bcontainers?\s*(?:,|\band\b|&|\/)\s*(?:\w+\s+)?networks?\b|컨테이너\s*(?:,|및|와|과|랑|하고)\s*네트워크/i;

/** Inside a running container or its session: "in a running container", "on an already-running container", 실행 중인 컨테이너에서. */
const IN_RUNNING = /\b(?:in|on|inside|within|into) (?:an? |the )?(?:already[- ])?running (?:\w+ )?(?:containers?|sessions?|shells?)\b|실행\s*중인\s*(?:\S+\s+)?(?:컨테이너|세션|셸|쉘)\s*(?:에서|안에서|내부에서|안|내부|속)/i;

/** Taken out of a network: from a network, 네트워크에서. */
const FROM_NETWORK = /\bfrom (?:a |the |its |their |this |that )?(?:\w+ )?networks?\b|네트워크에서/i;

/** The words of pulling that say nothing else: the rest of VERBS.pull (fetch, 가져오기) is any getting. */
const PULL = /\b(?:pull\w*|download\w*)\b|다운로드|내려받|끌어[오옵]/i;

/** A stopped thing: running it again is starting it (정지된 컨테이너 실행 → `docker start`). */
const STOPPED = /\bstopped\b|(?:정지|중지|종료)된|멈춘/i;

/** Running, as a container is: `docker rm` removes a running one only with `--force` (it stops it first). */
const RUNNING = /\brunning\b|실행\s*중인/i;

/** A tar archive: what export writes of a container and save of an image. */
const TAR = /\btar(?:ball)?s?\b|\barchives?\b|타르|아카이브|압축 파일/i;

/**
 * All the containers at once ("all containers", "all running containers", 모든 컨테이너): `docker logs` reads one
 * container's and `docker start` starts the ones named, so starting them all or following all their logs is Compose's.
 */
const ALL_CONTAINERS = /\ball (?:(?:the|running|stopped|my|your|its|their) )?containers\b|\bevery container\b|모든\s*(?:\S+\s+)?컨테이너/i;

/** Containers in the plural, as Compose's verbs take them ("create and start containers"), not one ("a container"). */
const PLURAL_CONTAINERS = /\bcontainers\b|컨테이너들/i;

/**
 * Services in the plural, as a Compose file defines them: starting or running them ("Start services in the background", "run
 * the services", 서비스 시작: Korean says no plural) is `compose up`, unless a swarm's services are meant.
 */
const PLURAL_SERVICES = /\bservices\b|서비스/i;
const SWARM = /\bswarm\b|\bstacks?\b|\breplicas?\b|스웜|스택|복제본/i;

/**
 * A new container, not one that exists: "start a container from an image", "start a new container". Starting one is
 * running it (`docker run` creates and starts it); `docker start` starts what exists ("start the container", a stopped one).
 */
const NEW_CONTAINER = /\b(?:an?|new)\s+(?:\w+\s+)?container\b(?!s)|\bfrom (?:an?|the) (?:\w+ )?image\b|새\s*(?:로운\s*)?컨테이너|이미지로부터|이미지에서/i;

/** A container made from an image ("create a container from the image", 이미지로 컨테이너 생성): the image is where it starts, not what is made. */
const CONTAINER_FROM_IMAGE = /\bcontainers?\s+(?:from|of|based on|using)\s+(?:(?:an?|the|our|this|that|your|my)\s+)?(?:[\w.:/-]+\s+){0,2}image\b|이미지(?:로부터|에서|로|를\s*(?:이용해|사용해))\s*(?:\S+\s+)?컨테이너/i;

/** An image as what is installed: "install the Nano Server base image", 기본 이미지를 설치. */
const INSTALL_IMAGE = /\binstall\w*\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}images?\b|이미지(?:를|을)\s*(?:\S+\s+)?설치/i;

/** The host's side of a copy: `docker cp` copies between it and a container. */
const HOST = /\bhost\b|호스트|로컬/i;

/** Everything a project holds: stopping and removing it all is bringing the project down. */
const PROJECT_PARTS = /\beverything\b|\ball (?:items|resources)\b|모든 항목|전부|모두/i;

/** "before building it", 실행하기 전에: what is done after the task, said to place it in time. */
const ENGLISH_BEFORE = /\bbefore\s+(?=[a-z]+ing\b)/i;
const KOREAN_BEFORE = /(?:하기|기)\s*전에\s+/u;

/** A sentence as its main clause (the task) and a clause beside it that only says why or when (its verbs are no task). */
interface Clauses {
  readonly main: string;
  readonly aside: string;
}

/** English says the aside after the task ("Tag it to push it"): from `at` on. */
const asideFrom = (query: string, at: number): Clauses => ({ main: query.slice(0, at), aside: query.slice(at) });

/** Korean says it first (푸시하기 위해 태그 지정, 실행하기 전에 …): up to the end of the `pattern`'s match. */
function koreanAside(query: string, pattern: RegExp): Clauses | null {
  const k = pattern.exec(query);
  return k ? { main: query.slice(k.index + k[0].length), aside: query.slice(0, k.index + k[0].length) } : null;
}

/** A sentence split into its main clause and what it says comes after it, when it says so with "before". */
function beforeOf(query: string): Clauses | null {
  const e = ENGLISH_BEFORE.exec(query);
  return e ? asideFrom(query, e.index) : koreanAside(query, KOREAN_BEFORE);
}

/** A directory or folder: one created for an image's files is its WORKDIR ("Create app directory", 앱 디렉터리 생성). */
const DIRECTORY = /\bdirector(?:y|ies)\b|\bfolders?\b|\bdirs?\b|디렉터리|디렉토리|폴더/i;

/** A network as the place a container is put: "containers on another network", "run it in the app network". */
const ON_NETWORK = /\b(?:on|in|into|onto|to)\s+(?:(?:a|an|the|another|that|this|same|my|our|its|their)\s+)?(?:[\w-]+\s+)?network\b/i;

/**
 * "… to <verb> …" (its verb captured), "in order to", and Korean's "-기 위해(서)": where a purpose clause starts.
 * The Korean one is built on first use: its \p{…} class would cost every search's start-up (unicode-classes.ts).
 */
const ENGLISH_PURPOSE = /\b(?:in order |so as )?to\s+([a-z]+)/gi;
let koreanPurpose: RegExp | undefined;

/** A sentence split into its main clause and its purpose, when a purpose clause is said with a verb of the lexicon. */
function purposeOf(query: string): Clauses | null {
  const isVerb = (word: string | undefined) => word !== undefined && englishForms(word.toLowerCase()).some((f) => wordIndexes().verbs.english.has(f));
  // The main clause starts with its verb, as a task does ("Tag an image to push it"): "particular tags of an image to save" has none.
  if (isVerb(/[a-z]+/i.exec(query)?.[0])) for (const m of query.matchAll(ENGLISH_PURPOSE)) if (isVerb(m[1])) return asideFrom(query, m.index);
  return koreanAside(query, koreanPurpose ??= /\p{Script=Hangul}(?:하기|기)\s*위해(?:서)?\s+/u);
}

/**
 * The verbs and objects a query names. `flagWords` are the pairs of adjacent words in the catalog's flag names, stemmed
 * (`flagNameWords`): a verb said as part of a flag's name is not the task's verb.
 */
export function taskIntent(text: string, flagWords: ReadonlySet<string> = new Set()): TaskIntent {
  const query = text.replace(LOG_IN, 'login');
  const flags = new Set<string>();
  // What is said in parentheses qualifies the task ("모든 컨테이너들(실행 및 중지)" lists states): its verbs count only when the rest has none.
  const outside = query.replace(PARENTHESES, ' ');
  let verbs = named(outside, wordIndexes().verbs, true, flagWords, flags);
  if (!verbs.size && outside !== query) verbs = named(query, wordIndexes().verbs, true, flagWords, flags);
  const objects = named(query, wordIndexes().objects, false, flagWords);
  const halves = new Set<string>();
  // What is done for a purpose ("Tagging an image to push it", 푸시하기 위해 태그 지정) or before something else ("create a
  // network before running the containers") is the task; the aside only says why or when, and a command that does it does
  // half ("rebuild before starting" is Compose's `up --build`).
  for (const clauses of [purposeOf(outside), beforeOf(outside)]) {
    if (!clauses) continue;
    const main = named(clauses.main, wordIndexes().verbs, true, flagWords);
    if (main.size) for (const v of named(clauses.aside, wordIndexes().verbs, true, flagWords)) if (!main.has(v) && verbs.delete(v)) halves.add(v);
  }
  // Docker's own compound verbs: stopping and removing containers with their networks or volumes is `down`
  // (Compose's "stop and remove containers, networks"), a container alone is removed by force (`docker rm -f`
  // stops it first); creating and starting is `run`, and running what is stopped is starting it.
  if (verbs.has('stop') && verbs.has('rm')) {
    verbs.delete('stop');
    halves.add('stop');
  }
  // Removing containers and networks, the two said side by side, is what `down` does (no other command removes both;
  // a prune removes what is unused, below). A container taken out of a network, or no container left on one, is not.
  const projectParts = CONTAINERS_AND_NETWORKS.test(query) && !UNUSED.test(query);
  const stoppedWithParts = halves.has('stop') && (PROJECT_PARTS.test(query) || ['network', 'volume', 'compose'].some((o) => objects.has(o)));
  if (verbs.has('rm') && (projectParts || stoppedWithParts)) {
    verbs.delete('rm');
    halves.add('rm');
    verbs.add('down');
    objects.add('compose');
  }
  // A container removed from a network stays: it is disconnected (`docker network disconnect`), and no `rm` does it.
  if (verbs.has('rm') && objects.has('container') && FROM_NETWORK.test(query)) {
    verbs.delete('rm');
    halves.add('rm');
    verbs.add('disconnect');
  }
  // Doing something inside a running container (a command, a shell, a variable set in its session) is an exec.
  if (IN_RUNNING.test(query)) verbs.add('exec');
  // Creating and starting is running: `docker create` and `docker start` each do half of it.
  if (verbs.has('create') && verbs.has('start')) {
    for (const v of ['create', 'start', 'up']) if (verbs.delete(v) && v !== 'up') halves.add(v);
    verbs.add('run');
  }
  if (STOP_AND_START.test(query)) {
    for (const v of ['stop', 'start']) if (verbs.delete(v)) halves.add(v);
    verbs.add('restart');
  }
  // Starting all containers, or creating and starting containers (Compose's "create and start containers"), is `up`;
  // following all their logs is Compose's `logs`. Compose's own start does half of it: it starts only what exists.
  const allContainers = objects.has('container') && ALL_CONTAINERS.test(query);
  const upMany = (verbs.has('start') || verbs.has('run'))
    && (allContainers || ((verbs.has('create') || halves.has('create')) && PLURAL_CONTAINERS.test(query)) || (PLURAL_SERVICES.test(query) && !SWARM.test(query)));
  if (upMany || (allContainers && verbs.has('logs'))) {
    objects.delete('container');
    objects.add('compose');
    if (upMany) {
      for (const v of ['start', 'run', 'create']) if (verbs.delete(v)) halves.add(v);
      verbs.add('up');
    }
  } else if (verbs.has('start') && !STOPPED.test(query)) {
    // Starting an image ("start a container using the httpd image", "Starting a Nginx web server") runs a container of
    // it: `docker start` takes a container that exists, and does half. A new container is run, whichever is meant.
    if (objects.has('image') || namesOfficialImage(query)) {
      verbs.delete('start');
      halves.add('start');
      verbs.add('run');
    } else if (NEW_CONTAINER.test(query)) verbs.add('run');
  }
  // Getting (가져오기, fetching) is a pull only of an image: 현재 통계만 가져오기 gets numbers, 컨테이너에서 파일 가져오기 copies.
  if (verbs.has('pull') && !objects.has('image') && !PULL.test(query)) verbs.delete('pull');
  if (FORCE_STOP.test(query)) {
    if (verbs.delete('stop')) halves.add('stop');
    verbs.add('kill');
  }
  // An image made from a container is a commit, from a Dockerfile a build; a filesystem as a tar archive is a
  // container's export or an image's save.
  if (verbs.has('create') && objects.has('image') && !CONTAINER_FROM_IMAGE.test(query)) {
    verbs.add(objects.has('container') ? 'commit' : 'build');
    verbs.delete('create');
    halves.add('create');
  }
  // An image installed is pulled ("install the base image", 기본 이미지를 설치): software is installed into one by RUN.
  if (verbs.has('install') && INSTALL_IMAGE.test(query)) {
    verbs.delete('install');
    verbs.add('pull');
  }
  // A thing's version (이미지의 버전 1.0, the image version) is its tag: only Docker's own version is `docker version`'s.
  if (objects.size) verbs.delete('version');
  // An image registered or published is pushed to a registry (이미지 등록, 이미지 게시).
  if (objects.has('image') && /등록|게시/.test(query) && !verbs.size) verbs.add('push');
  // Software is installed into an image by a Dockerfile's RUN; files are copied with no container named by its COPY
  // (`docker cp` always copies to or from a container).
  if ((verbs.has('install') && !objects.has('plugin')) || (verbs.has('cp') && !objects.has('container') && !HOST.test(query))) objects.add('dockerfile');
  if (TAR.test(query)) {
    if (objects.has('container')) verbs.add('export');
    if (objects.has('image')) verbs.add('save');
  }
  if (verbs.has('run') && STOPPED.test(query)) verbs.add('start');
  if (verbs.has('port') && (PUBLISH.test(query) || verbs.has('run'))) {
    verbs.delete('port');
    verbs.add('run');
    // Said in other words ("map a port to a port"), it is run's `--publish` all the same.
    if (!/\bpublish/i.test(query)) flags.add('publish');
  }
  // What is mounted already is a thing to find ("containers with a volume mounted", 마운트된 컨테이너 필터링), not a task.
  if (MOUNT.test(query) && MOUNTED.test(query) && !FILTER.test(query) && !SHOW.test(query) && [...verbs].every((v) => v === 'run' || v === 'start')) {
    verbs.delete('start');
    verbs.add('run');
    objects.add('container');
  }
  if (verbs.has('restart') && RESTART_POLICY.test(query) && [...verbs].every((v) => ['restart', 'run', 'update'].includes(v))) {
    verbs.delete('restart');
    halves.add('restart');
    for (const v of ['run', 'update']) verbs.add(v);
    flags.add('restart');
  }
  if (LIMIT.test(query) && LIMITED.test(query) && [...verbs].every((v) => ['run', 'start', 'update', 'df', 'du'].includes(v))) {
    for (const v of ['start', 'df', 'du']) verbs.delete(v);
    for (const v of ['run', 'update']) verbs.add(v);
    objects.add('container');
    if (/\bram\b|램/i.test(query)) flags.add('memory');
  }
  // A directory created with no container or volume named is made in the image, by WORKDIR (or a RUN mkdir).
  if ((verbs.has('create') || halves.has('create')) && DIRECTORY.test(query) && !objects.has('container') && !objects.has('volume') && !HOST.test(query)) {
    objects.add('dockerfile');
    verbs.add('mkdir');
  }
  // A container created, run or started on a network, or started and connected to one, is run with `--network`;
  // `docker network connect` does half of it, and no network is made.
  const placed = objects.has('container') && objects.has('network') && [...verbs].some((v) => ['create', 'run', 'start'].includes(v));
  if (placed && (verbs.has('connect') || ON_NETWORK.test(query))) {
    if (verbs.delete('connect')) halves.add('connect');
    verbs.delete('start');
    verbs.add('run');
    flags.add('network');
  }
  if (verbs.has('rm') && objects.has('container') && RUNNING.test(query) && !IN_RUNNING.test(query)) flags.add('force');
  if (verbs.has('rm') && WHEN_DONE.test(query)) {
    verbs.delete('rm');
    halves.add('rm');
    verbs.add('run');
    flags.add('rm');
  }
  // "Show all containers", 이미지 표시: with no other verb, showing things is listing or inspecting them, and
  // filtering them is listing some. Only things Docker has: showing a CA certificate or the version is no listing.
  // Several of them are listed, one is inspected; their state said alone ("running containers") asks which there are.
  if (!verbs.size && objects.size && SHOW.test(query)) for (const v of MANY.test(query) ? ['ls', 'ps'] : ['ls', 'ps', 'inspect']) verbs.add(v);
  if (!verbs.size && objects.size && (FILTER.test(query) || STATE.test(query))) for (const v of ['ls', 'ps']) verbs.add(v);
  // The last lines of something are its logs' tail; a container's IP address is in what inspect shows.
  if (LAST_LINES.test(query)) verbs.add('logs');
  if (IP_ADDRESS.test(query) && [...verbs].every((v) => ['ls', 'ps', 'inspect'].includes(v))) verbs.add('inspect');
  if (verbs.has('rm') && UNUSED.test(query)) {
    verbs.delete('rm');
    verbs.add('prune');
  }
  if (verbs.has('prune') && RESOURCES.test(query)) objects.add('system');
  // What is done while an image builds is done by its Dockerfile: `docker run` or `docker cp` then does only half of it.
  if (BUILD_TIME.test(query)) {
    objects.add('dockerfile');
    for (const v of Object.keys(DOCKERFILE_VERBS)) if (verbs.delete(v)) halves.add(v);
  }
  // Containers, images, networks and volumes together are the whole system (`docker system prune`), not each of them.
  const parts = ['container', 'image', 'network', 'volume'];
  if (parts.filter((o) => objects.has(o)).length >= 3) {
    for (const o of parts) objects.delete(o);
    objects.add('system');
    // Removing them all is the system's prune: no rm removes all four.
    if (verbs.delete('rm')) verbs.add('prune');
  }
  return { verbs, objects, halves, flags };
}

const flagWordSets = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/**
 * The pairs of adjacent words in the catalog's flag names, stemmed, that hold a verb of the lexicon
 * (`remov orphan` of `--remove-orphans`, `stop signal` of `--stop-signal`): kept per database.
 */
export function flagNameWords(kb: KnowledgeBase): ReadonlySet<string> {
  let pairs = flagWordSets.get(kb);
  if (!pairs) {
    const verbWords = wordIndexes().verbs.english;
    const flags = kb.sqlite.prepare(`SELECT DISTINCT substr(name, instr(name, ' --') + 3) FROM entries WHERE name GLOB 'docker* --*-*'`)
      .pluck().all() as string[];
    // A command's own words (`network rm` of `--network-rm`) name the command; `no` (`--no-start`) negates the verb.
    const commands = new Set(pairsOf(kb).flatMap(([, object, verb]) => (object === null ? [] : [`${flagStem(object)} ${flagStem(verb)}`])));
    // Flags share their words (`--log-driver`, `--log-opt`): each word's stem and whether it is a verb are worked out once
    // per word, not once per pair, on the first query of two words or more of a freshly opened database.
    const seen = new Map<string, { readonly word: string; readonly stem: string; readonly isVerb: boolean }>();
    const wordOf = (w: string) => {
      let known = seen.get(w);
      if (!known) seen.set(w, (known = { word: w, stem: flagStem(w), isVerb: englishForms(w).some((f) => verbWords.has(f)) }));
      return known;
    };
    const found = new Set<string>();
    for (const flag of flags) {
      const words = flag.toLowerCase().split('-').filter(Boolean).map(wordOf);
      for (let i = 0; i + 1 < words.length; i++) {
        const [a, b] = [words[i]!, words[i + 1]!];
        const pair = `${a.stem} ${b.stem}`;
        if (a.word === 'no' || commands.has(pair)) continue;
        if (a.isVerb || b.isVerb) found.add(pair);
      }
    }
    flagWordSets.set(kb, (pairs = found));
  }
  return pairs;
}

/** Each command's (object, verb) pairs, from its name and aliases: `docker ps` has (container, ls) and (container, ps). */
const pairIndexes = new WeakMap<KnowledgeBase, readonly (readonly [id: string, object: string | null, verb: string])[]>();

function pairsOf(kb: KnowledgeBase): readonly (readonly [string, string | null, string])[] {
  let pairs = pairIndexes.get(kb);
  if (!pairs) {
    // Commands by their names alone (`docker …` without a flag), through the name index rather than every row's kind.
    const rows = kb.sqlite.prepare(`SELECT id, name FROM entries WHERE name GLOB 'docker *' AND name NOT GLOB '* -*'
      UNION ALL SELECT entry_id, alias FROM entry_aliases WHERE alias GLOB 'docker *' AND alias NOT GLOB '* -*'`).all() as { id: string; name: string }[];
    const list: [string, string | null, string][] = [];
    for (const { id, name } of rows) {
      const words = name.split(' ');
      if (words[0] !== 'docker' || words.length < 2 || words.some((w) => w.startsWith('-'))) continue;
      const verb = words[words.length - 1]!;
      const object = words.length >= 3 ? words[words.length - 2]! : null;
      list.push([id, object, verb]);
    }
    pairIndexes.set(kb, (pairs = list));
  }
  return pairs;
}

/** What a command's names say it acts on and does, aliases included: `docker rmi` is `docker image rm`, so (image, rm). */
export interface CommandWords {
  readonly objects: ReadonlySet<string>;
  readonly verbs: ReadonlySet<string>;
}

const commandWordMaps = new WeakMap<KnowledgeBase, ReadonlyMap<string, CommandWords>>();

/** For each command id, the objects and verbs of its name and aliases (objects only where a name has one). */
export function commandWords(kb: KnowledgeBase): ReadonlyMap<string, CommandWords> {
  let map = commandWordMaps.get(kb);
  if (!map) {
    const words = new Map<string, { objects: Set<string>; verbs: Set<string> }>();
    for (const [id, object, verb] of pairsOf(kb)) {
      let w = words.get(id);
      if (!w) words.set(id, (w = { objects: new Set(), verbs: new Set() }));
      if (object !== null) w.objects.add(object);
      w.verbs.add(verb);
    }
    commandWordMaps.set(kb, (map = words));
  }
  return map;
}

const groupVerbSets = new WeakMap<KnowledgeBase, ReadonlyMap<string, ReadonlySet<string>>>();

/** For each verb some group's command has (`inspect` of `docker volume inspect`), the groups that have it. */
function groupVerbs(kb: KnowledgeBase): ReadonlyMap<string, ReadonlySet<string>> {
  let verbs = groupVerbSets.get(kb);
  if (!verbs) {
    const groups = new Map<string, Set<string>>();
    for (const [, object, verb] of pairsOf(kb)) {
      if (object === null) continue;
      let set = groups.get(verb);
      if (!set) groups.set(verb, (set = new Set()));
      set.add(object);
    }
    groupVerbSets.set(kb, (verbs = groups));
  }
  return verbs;
}

/** What is done to a container made from an image, which a query may say of the image. */
const FROM_IMAGE_VERBS: ReadonlySet<string> = new Set(['run', 'create']);

/**
 * The commands a query (or its intent, read already) asks for: a verb of the query and one of its objects, or, when it names no
 * object, a container (what most tasks are about) or a command of no group (`docker login`).
 */
export function intendedCommands(kb: KnowledgeBase, query: string | TaskIntent): string[] {
  const { verbs, objects, halves } = typeof query === 'string' ? taskIntent(query, flagNameWords(kb)) : query;
  if (!verbs.size && !halves.size) return [];
  const ids = new Set<string>();
  if (objects.has('dockerfile')) for (const v of [...verbs, ...halves]) if (DOCKERFILE_VERBS[v]) ids.add(`instruction:${DOCKERFILE_VERBS[v]}`);
  for (const [id, object, verb] of pairsOf(kb)) {
    if (!verbs.has(verb)) continue;
    // A container is run or created from an image: running an image (nginx 이미지 실행) is `docker container run`'s.
    const matches = object !== null ? (objects.size ? objects.has(object) || (object === 'container' && objects.has('image') && FROM_IMAGE_VERBS.has(verb)) : object === 'container')
      // A name of no group (`docker build`, `docker inspect`) is for containers or no object named: `docker volume
      // inspect` is the answer about volumes. A verb no group has (`docker search` of "search registry for image") is for any.
      : !objects.size || objects.has('container') || objects.has('dockerfile') || !groupVerbs(kb).has(verb);
    if (matches) ids.add(id);
  }
  return [...ids];
}
