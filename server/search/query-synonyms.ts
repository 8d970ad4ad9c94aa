/**
 * Words people use for the same Docker action or thing, in either language: a task is asked as
 * "display", "print", "view", 표시, 출력, 보기, and the entry that answers it says "show" or 확인.
 * A query word in a group also matches the group's other words (each a prefix for English, a
 * bigram phrase for Korean); its own spelling still counts, since bm25 scores every word that
 * matches. Groups hold only words that mean the same in a Docker task, never a word that would
 * widen a harmless task into a destructive one (remove is not "clean", stop is not "kill").
 */
import { hangulGrams, stemEnglish, type QueryTerm } from './index-terms.js';
import { hasHangul } from './unicode-classes.js';

const GROUPS: readonly (readonly string[])[] = [
  // Seeing things.
  ['show', 'display', 'print', 'view', 'see', '표시', '출력', '보기', '보여', '확인', '조회'],
  ['list', '나열', '목록', '리스트'],
  ['details', 'detailed', 'information', 'info', '정보', '상세', '자세한', '세부'],
  ['logs', 'log', '로그'],
  ['follow', 'tail', 'stream', '팔로우', '추적', '실시간'],
  ['timestamps', 'timestamp', '타임스탬프', '타임스태프', '시각'],
  ['usage', 'space', '사용량', '용량', '공간'],
  ['statistics', 'stats', '통계'],
  ['processes', 'process', '프로세스'],
  ['history', '히스토리', '이력'],
  ['filter', '필터', '필터링'],
  ['format', 'template', '형식', '포맷', '템플릿'],
  // Making, changing and moving things.
  ['create', 'make', '생성', '만들기', '만들'],
  ['build', '빌드'],
  ['rebuild', '재빌드'],
  ['download', 'pull', 'fetch', '다운로드', '내려받기', '가져오기', '받기'],
  ['upload', 'push', '업로드', '푸시', '올리기'],
  ['copy', '복사'],
  ['rename', '이름변경'],
  ['update', 'change', 'modify', '업데이트', '변경', '수정'],
  ['save', '저장'],
  ['tag', '태그'],
  ['connect', 'attach', '연결'],
  ['shell', 'bash', 'terminal', '셸', '쉘', '터미널'],
  // Running and stopping.
  ['run', 'launch', '실행', '구동'],
  ['start', '시작'],
  ['restart', '재시작', '재가동'],
  ['stop', 'halt', '중지', '멈추기', '멈춤'],
  ['pause', '일시정지', '일시 정지'],
  ['background', 'detached', 'detach', '백그라운드', '분리'],
  ['scale', 'replicas', '스케일', '복제본'],
  ['timeout', '타임아웃'],
  // How: by force (an adverb never changes which action is asked for).
  ['force', 'forcefully', 'forcibly'],
  // Removing (only with each other).
  ['remove', 'delete', '삭제', '제거', '지우기'],
  ['unused', '미사용', '안 쓰는', '쓰지 않는', '사용하지 않는'],
  // Things.
  ['image', 'images', '이미지'],
  ['container', 'containers', '컨테이너'],
  ['volume', 'volumes', '볼륨'],
  ['network', 'networks', '네트워크'],
  ['port', 'ports', '포트'],
  ['address', 'ip', '주소'],
  ['environment', 'env', '환경변수', '환경 변수', '환경'],
  ['variable', 'variables', '변수'],
  ['orphans', 'orphan', 'orphaned', '고아'],
  ['secret', 'secrets', '시크릿', '비밀'],
  ['context', '컨텍스트'],
  ['registry', '레지스트리'],
  ['credentials', 'login', '로그인', '인증'],
  ['cache', '캐시'],
  ['node', 'nodes', '노드'],
  ['service', 'services', '서비스'],
  ['swarm', '스웜'],
  ['compose', '컴포즈'],
  ['builder', 'builders', '빌더'],
  ['name', 'named', '이름'],
  ['user', '사용자'],
  ['memory', 'ram', '메모리', '램'],
  ['platform', 'platforms', 'architecture', 'architectures', 'arch', '플랫폼', '아키텍처'],
  ['limit', 'limits', 'restrict', '제한'],
];

/** The FTS5 phrase a group word is searched as. */
function phraseOf(word: string): string {
  if (hasHangul(word)) return `"${word.split(' ').flatMap(hangulGrams).join(' ')}"`;
  // A stem of three letters as a prefix reaches other words (log → login, run → runtime, env → envelope): those match whole.
  const stem = stemEnglish(word);
  return stem.length >= 4 ? `"${stem}"*` : `"${word.toLowerCase()}"`;
}

/** Each word's group, by the key a query term is looked up with; built on first use (a one-word search never needs it). */
let byWord: Map<string, readonly string[]> | undefined;

function groupOf(word: string): readonly string[] | undefined {
  if (!byWord) {
    byWord = new Map();
    for (const group of GROUPS) for (const w of group) byWord.set(keyOf(w), group);
  }
  return byWord.get(keyOf(word));
}

/** Words as written: an inflected form can mean something else ("a stopped container" is not "stop"). */
function keyOf(word: string): string {
  return hasHangul(word) ? word.replace(/\s+/g, '') : word.toLowerCase();
}

/**
 * Korean says "unused" in two words (사용하지 않는, 쓰지 않는, 안 쓰는), each of which alone says
 * nothing. Only the forms that describe a thing (않는, 않은): 쓰지 않고 빌드 is "build without using".
 */
export const KOREAN_UNUSED = /(?:사용(?:하|되)지|쓰지)\s*않[는은]|안\s*(?:쓰는|쓴)/;
const UNUSED_PAIR = new RegExp(`^(?:${KOREAN_UNUSED.source})$`);

/** The two words of "unused" become one term of the unused group. */
function joinUnused(terms: readonly QueryTerm[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const [t, next] = [terms[i]!, terms[i + 1]];
    const pair = next && `${t.text} ${next.text}`;
    if (pair && UNUSED_PAIR.test(pair)) {
      out.push({ text: '미사용', phrase: phraseOf(pair), isKorean: true });
      i++;
    } else {
      out.push(t);
    }
  }
  return out;
}

/** The terms with their groups' other words as alternatives. */
export function withSynonyms(terms: readonly QueryTerm[]): QueryTerm[] {
  return joinUnused(terms).map((t) => {
    const group = groupOf(t.text);
    if (!group) return t;
    const own = t.phrase;
    const alternatives = [...new Set(group.map(phraseOf))].filter((p) => p !== own);
    return alternatives.length ? { ...t, alternatives } : t;
  });
}
