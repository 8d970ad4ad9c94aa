/**
 * Finds Korean words mistyped by one key: 확인핡 for 확인할, 레즈스트리 for 레지스트리. On a Korean
 * keyboard a slip changes one jamo of one syllable (its initial, vowel or final), so a word is
 * reported when
 *   - it occurs once in the notes and nowhere in the catalog of the notes' subject, is 3+ syllables long, and
 *   - changing one jamo of one syllable gives a word used at least twice (notes and catalog), and
 *   - the changed syllable, with its neighbours, is seen nowhere else (레즈, 즈스, 인핡): an unseen
 *     pair beside a common word is a slip, where a second common form is grammar; or, for a word of
 *     the trade used often (COMMON_WORD times: 컨테이너), no three syllables around it are seen
 *     elsewhere (컨테이터: 이터 is in 데이터, but 테이터 nowhere), and
 *   - it is not grammar at the word's end: one particle or ending for another (가져오고 / 가져오기, 구조의 / 구조와, 도커의 /
 *     도커에), one conjugating final for another (커밋할 / 커밋한, 드러난 / 드러날: ㄴ ㄹ ㅁ ㅂ ㅆ),
 *     or 치, the short form of 하지 (완전치 않다 for 완전하지 않다).
 * Failing that, a slip of the keys rather than of one jamo (see keystrokeSlip): two keys swapped
 * (팡리 for 파일, even in a word of two syllables) or one key too many (형시기으로 for 형식으로).
 * A word right after a number is its unit (2배로), not judged.
 */
import { droppedKey, hashKey, KeyBits, prefixHashes, replacedKey, swappedKey } from './edit-hashes.js';
import { toKeys } from './hangul-keys.js';
import { proseLines } from './prose-lines.js';
import { memoOfTexts } from './same-texts-memo.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';
import { hangulFirstRuns, hangulRunCounts, hangulRuns, lineOfRun } from './word-runs.js';

const HANGUL_RUN = /[가-힣]+/g;
/**
 * Endings and suffixes a noun or stem takes: a word that is a known stem plus one of these is a
 * form of it (컨테이너화, 파일인, 컨테이너야, 빌드기), not a slip of another form.
 */
const ENDINGS = new Set([...'은는이가을를의에와과로도만서고며면다지게나요화인야기임함됨적들님씩째측상간용식형엔론랑']);
/** Particles after which a stem of one syllable leaves too little to judge (수백 대까지, not 때까지). */
const SUFFIXES = ['까지', '부터', '에서', '에게', '으로', '처럼', '보다', '마다', '만큼', '이나', '이라', '라는', '하고', '하는', '한다', '했다', '된다', '되는', '에는', '에도', '히', '이다', '입니다'];
/** SUFFIXES by their last syllable, each list in SUFFIXES' order: only those can end a word, and the first that does is SUFFIXES' first. */
const SUFFIXES_BY_END = new Map<string, string[]>();
for (const x of SUFFIXES) SUFFIXES_BY_END.set(x.at(-1)!, [...(SUFFIXES_BY_END.get(x.at(-1)!) ?? []), x]);
/** One-syllable particles and endings: swapping one for another at a word's end is grammar. */
const PARTICLES = new Set([...'은는이가을를의에와과로도만서고며면다지게나요']);
/** Finals that conjugate a verb (none, ㄴ, ㄹ, ㅁ, ㅂ, ㅆ): 할 / 한 / 함 / 합 / 했. */
const CONJUGATING_FINALS = new Set([0, 4, 8, 16, 17, 20]);
const FIRST = 0xac00;

/**
 * Whether one last syllable for another is a change of particle, ending or conjugation: 구조의 / 구조와,
 * 가져오고 / 가져오기, 내용들 / 내용을, 파일엔 / 파일은, 커밋할 / 커밋한.
 */
function isGrammar(syllable: string, alternative: string): boolean {
  if (syllable === '치') return true;
  if (ENDINGS.has(syllable) && ENDINGS.has(alternative)) return true;
  const [a, b] = [syllable.charCodeAt(0) - FIRST, alternative.charCodeAt(0) - FIRST];
  return Math.floor(a / 28) === Math.floor(b / 28) && CONJUGATING_FINALS.has(a % 28) && CONJUGATING_FINALS.has(b % 28);
}

/** Two syllables that differ only in a final ㅇ (징 / 지, 싱 / 시). */
function isIngPair(a: number, b: number): boolean {
  const [x, y] = [a - FIRST, b - FIRST];
  return Math.floor(x / 28) === Math.floor(y / 28) && ((x % 28 === 21 && y % 28 === 0) || (x % 28 === 0 && y % 28 === 21));
}

function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(HANGUL_RUN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** The pair of syllables word[i, i + 2) as one number (of 11,172 × 11,172): counted and looked up without a string of its own. */
function pairAt(word: string, i: number): number {
  return (word.charCodeAt(i) - FIRST) * 11172 + (word.charCodeAt(i + 1) - FIRST);
}

/** The three syllables word[i, i + 3) as one number (of 11,172³, below 2⁵³). */
function tripleAt(word: string, i: number): number {
  return pairAt(word, i) * 11172 + (word.charCodeAt(i + 2) - FIRST);
}

/** How often each run of `width` neighbouring syllables (a pair or a triple) occurs across `words`, added to `into`. */
function countRuns(counts: ReadonlyMap<string, number>, width: 2 | 3, into = new Map<number, number>()): Map<number, number> {
  const runAt = width === 2 ? pairAt : tripleAt;
  for (const [word, n] of counts) {
    for (let i = 0; i + width <= word.length; i++) {
      const run = runAt(word, i);
      into.set(run, (into.get(run) ?? 0) + n);
    }
  }
  return into;
}

/** How often the notes and catalog use a word for a slip of it to be judged by three syllables around it where two are seen elsewhere. */
const COMMON_WORD = 5;

/** The catalog's words and their syllable pairs and triples: the same on every ingest of the same catalog. */
const catalogWords = memoOfTexts((texts) => {
  const counts = countWords(texts);
  return { counts, pairs: countRuns(counts, 2), triples: countRuns(counts, 3) };
});
const knownWords = memoOfTexts(countWords);

export const koreanTyposCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    const notes = hangulRunCounts(context.doc);
    // The vocabulary of the notes' own subject: the larger it grows, the more rare but correct words look like slips of common ones.
    const subject = catalogWords(context.entries.filter((e) => !e.isBeyondNotes)
      .flatMap((e) => [e.title.ko, e.summary.ko, e.body.ko, ...e.keywords.ko, ...e.noteTerms]));
    const catalog = subject.counts;
    // A word the catalog uses anywhere is a word, not a slip.
    const known = knownWords(context.entries.filter((e) => e.isBeyondNotes).flatMap((e) => [e.summary.ko, e.body.ko, ...e.keywords.ko]));
    const all = new Map(notes);
    for (const [word, n] of catalog) all.set(word, (all.get(word) ?? 0) + n);
    // The pairs of all words are the catalog's plus the notes': a count of pairs adds up over words.
    const pairs = countRuns(notes, 2, new Map(subject.pairs));
    let triples: Map<number, number> | undefined;
    const triplesOfAll = () => (triples ??= countRuns(notes, 3, new Map(subject.triples)));
    const common = commonWordsByKeys(all);

    const errata: ErratumRecord[] = [];
    const prose = proseLines(context.doc);
    const runs = hangulRuns(context.doc);
    const firstRuns = hangulFirstRuns(context.doc);
    // A word to judge is used once in the notes, so it is judged where it first occurs: the words in the order they first
    // occur are its runs in line order, and most runs (a word used again) are never looked at.
    let k = -1;
    for (const [word, n] of notes) {
      k++;
      if (n !== 1 || word.length < 2 || catalog.has(word) || known.has(word)) continue;
      const r = firstRuns[k]!;
      const index = lineOfRun(runs, r);
      if (!prose.has(index + 1)) continue;
      const text = context.doc.lines[index]!;
      const column = runs.columns[r]!;
      // After a number, a word starts with its unit (2배로, 3개의): no slip to judge.
      const before = column > 0 ? text.charCodeAt(column - 1) : 0;
      if (before >= 0x30 && before <= 0x39) continue;
      const pairSeen = pairsSeen(word, pairs);
      const tripleSeen = (j: number) => (triplesOfAll().get(tripleAt(word, j)) ?? 0) > 1;
      const fix = likelyWord(word, all, pairSeen, common, tripleSeen) ?? keystrokeSlip(word, all, pairSeen, common);
      const section = sectionAt(context.doc, index + 1);
      if (!fix || !section) continue;
      errata.push({
        file: context.doc.file, line: index + 1, column: column + 1, rule: 'spelling/korean', severity: 'warning',
        message: say(context.lang,
          `"${word}"은(는) "${fix}"의 오타로 보입니다(노트와 카탈로그에 "${fix}"이(가) ${all.get(fix)}번 나옵니다)`,
          `"${word}" looks like a typo of "${fix}", which the notes and catalog use ${all.get(fix)} times`),
        suggestion: excerptAt(context.doc, index + 1).replace(word, fix),
        excerpt: excerptAt(context.doc, index + 1), section,
      });
    }
    return errata;
  },
};

/**
 * The words used twice or more (and their keystrokes), by hash, built when first asked for: an edit
 * whose hash is none of theirs is no such word, and is never built as a string (edit-hashes.ts).
 */
interface CommonWords {
  readonly wordKeys: KeyBits;
  /** Words by their keystrokes; see commonWordsByKeys. */
  readonly byKeys: ReadonlyMap<string, string>;
  readonly keysKeys: KeyBits;
}

/** The syllable's code with one jamo changed: initial (19), medial (21) and final (28), in that order, the syllable itself left out. */
function forEachOneJamoAway(syllable: number, each: (code: number) => void): void {
  const code = syllable - FIRST;
  const [initial, medial, final] = [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
  const compose = (i: number, m: number, f: number) => FIRST + i * 588 + m * 28 + f;
  for (let i = 0; i < 19; i++) if (i !== initial) each(compose(i, medial, final));
  for (let m = 0; m < 21; m++) if (m !== medial) each(compose(initial, m, final));
  for (let f = 0; f < 28; f++) if (f !== final) each(compose(initial, medial, f));
}

/** The common word one jamo away whose changed syllable sits in pairs that `word` alone has; else undefined. */
function likelyWord(word: string, counts: ReadonlyMap<string, number>, pairSeen: (j: number) => boolean, common: () => CommonWords, tripleSeen: (j: number) => boolean): string | undefined {
  if (word.length < 3) return undefined;
  let best: string | undefined;
  const suffix = SUFFIXES_BY_END.get(word[word.length - 1]!)?.find((x) => word.endsWith(x));
  // 온전히 / 완전히, 대까지 / 때까지: a short word's first syllable, or a one-syllable stem, is too little to tell a slip from another word.
  const stemLength = word.length - (suffix?.length ?? 0);
  let prefixes: readonly number[] | undefined;
  for (let i = 0; i < word.length; i++) {
    if (i === 0 && (word.length <= 3 || stemLength < 2)) continue;
    if (i < stemLength && stemLength < 2) continue;
    // 기반으로 / 기본으로: a two-syllable stem before a known ending is a whole noun, and one jamo turns it into another noun as often as into a slip.
    if (suffix && stemLength === 2 && i < stemLength) continue;
    const last = i === word.length - 1;
    // A lone 르 or 느 ending a word is a particle mistyped (소스코드르 for 소스코드를), which korean-slips reports with the particle meant.
    if (last && (word[i] === '르' || word[i] === '느')) continue;
    // A known stem and an ending (컨테이너 + 화): a form of the word, unless the last syllable is no ending at all (이미지룰 for 이미지를).
    const endsStem = last && i >= 2 && (counts.get(word.slice(0, i)) ?? 0) >= 2;
    if (endsStem && ENDINGS.has(word[i]!)) continue;
    // Seen elsewhere: the word's one occurrence counts once in each of its pairs. Then only a word used often is meant, and only
    // when no three syllables around the changed one are seen elsewhere (a word of four syllables or more has such context).
    const isPairSeen = (i > 0 && pairSeen(i - 1)) || (i + 1 < word.length && pairSeen(i));
    if (isPairSeen && (word.length < 4 || !triplesUnseen(word, i, tripleSeen))) continue;
    const least = isPairSeen ? COMMON_WORD : 2;
    prefixes ??= prefixHashes(word);
    const { wordKeys } = common();
    forEachOneJamoAway(word.charCodeAt(i), (code) => {
      if (!wordKeys.mayHave(replacedKey(prefixes!, i, code))) return;
      const alternative = String.fromCharCode(code);
      // 르 → 를, 느 → 는 after a known stem: a particle missing its final, not a conjugation.
      if (last && isGrammar(word[i]!, alternative) && !(endsStem && !ENDINGS.has(word[i]!) && PARTICLES.has(alternative))) return;
      // An English -ing loanword beside its noun (스테이징 / 스테이지, 캐싱 / 캐시): the last syllable with or without a final ㅇ.
      if (last && isIngPair(word.charCodeAt(i), code)) return;
      const candidate = word.slice(0, i) + alternative + word.slice(i + 1);
      if ((counts.get(candidate) ?? 0) >= least && (!best || counts.get(candidate)! > counts.get(best)!)) best = candidate;
    });
  }
  return best;
}

/**
 * The words used twice or more, built when first asked for, by hash and by their keystrokes. Keys
 * spell at most one run of whole syllables (each vowel takes the consonant before it as its
 * initial, and the consonants before that are the previous syllable's final), and composing keys
 * that do spell one gives it back; so looking the edited keys up in `byKeys` finds exactly the
 * word that composing them (fromKeys) would give, when that word is whole syllables used twice or more.
 */
function commonWordsByKeys(counts: ReadonlyMap<string, number>): () => CommonWords {
  let common: CommonWords | undefined;
  return () => {
    if (!common) {
      let size = 0;
      for (const n of counts.values()) if (n >= 2) size++;
      const wordKeys = new KeyBits(size);
      const byKeys = new Map<string, string>();
      const keysKeys = new KeyBits(size);
      for (const [word, n] of counts) {
        if (n < 2) continue;
        const keys = toKeys(word);
        wordKeys.add(hashKey(word));
        byKeys.set(keys, word);
        keysKeys.add(hashKey(keys));
      }
      common = { wordKeys, byKeys, keysKeys };
    }
    return common;
  };
}

/** Whether the pair of neighbouring syllables word[j, j + 2) is seen elsewhere (more than once in all words), looked up once when first asked. */
function pairsSeen(word: string, pairs: ReadonlyMap<number, number>): (j: number) => boolean {
  const seen: (boolean | undefined)[] = [];
  return (j) => (seen[j] ??= (pairs.get(pairAt(word, j)) ?? 0) > 1);
}

/** Whether every run of three syllables of `word` that holds word[i] is seen nowhere else. */
function triplesUnseen(word: string, i: number, tripleSeen: (j: number) => boolean): boolean {
  for (let j = Math.max(0, i - 2); j <= Math.min(i, word.length - 3); j++) if (tripleSeen(j)) return false;
  return true;
}

/** Whether every pair of neighbouring syllables of `word` that touches word[from, to) is seen nowhere else. */
function pairsUnseen(word: string, from: number, to: number, pairSeen: (j: number) => boolean): boolean {
  for (let j = Math.max(0, from - 1); j < Math.min(to, word.length - 1); j++) if (pairSeen(j)) return false;
  return true;
}

/**
 * A slip of the keys rather than of one jamo: two keys typed in the wrong order (팡리 for 파일:
 * ㅍㅏㅇㄹㅣ for ㅍㅏㅇㅣㄹ), or one key too many (형시기으로 for 형식으로), which moves a
 * consonant across syllables. The syllables that differ must not end the word (grammar lives
 * there), unless two keys swapped across syllables, and must sit in pairs seen nowhere else.
 */
function keystrokeSlip(word: string, counts: ReadonlyMap<string, number>, pairSeen: (j: number) => boolean, common: () => CommonWords): string | undefined {
  // 절이 / 정리: a one-syllable noun and its particle is too little to tell a slip from a word.
  if (word.length === 2 && PARTICLES.has(word[1]!)) return undefined;
  const keys = toKeys(word);
  const prefixes = prefixHashes(keys);
  const { byKeys, keysKeys } = common();
  let best: string | undefined;
  const judge = (edited: string, isSwap: boolean) => {
    const candidate = byKeys.get(edited);
    if (candidate === undefined || candidate === word) return;
    let a = 0;
    while (a < word.length && a < candidate.length && word[a] === candidate[a]) a++;
    let b = 0;
    while (b < word.length - a && b < candidate.length - a && word[word.length - 1 - b] === candidate[candidate.length - 1 - b]) b++;
    const acrossSyllables = isSwap && word.length - a - b >= 2;
    // 온전히 / 완전히: a short word's first syllable is too little to tell a slip from another word, as in likelyWord.
    if ((b === 0 || (a === 0 && word.length <= 3)) && !acrossSyllables) return;
    if (!pairsUnseen(word, a, word.length - b, pairSeen)) return;
    if (!best || counts.get(candidate)! > counts.get(best)!) best = candidate;
  };
  // Two keys swapped, then (in a word of three syllables or more) a key too many; an edit is built only when its hash is a common word's.
  for (let i = 0; i + 1 < keys.length; i++) {
    if (keys[i] !== keys[i + 1] && keysKeys.mayHave(swappedKey(keys, prefixes, i))) judge(keys.slice(0, i) + keys[i + 1] + keys[i] + keys.slice(i + 2), true);
  }
  // A key too few would mean trying all 33 keys at every place, too slow for what it finds.
  if (word.length >= 3) {
    for (let i = 0; i < keys.length; i++) if (keysKeys.mayHave(droppedKey(prefixes, i))) judge(keys.slice(0, i) + keys.slice(i + 1), false);
  }
  return best;
}
