/**
 * Korean slips that are never a valid word or form, so they can be reported without a dictionary:
 *   - a lone jamo glued to a syllable (아닌ㄴ): a key pressed once too often;
 *   - ㅒ or ㅖ under a tense initial (떄, 번쨰): Shift held a key too long (때, 번째);
 *   - a known word with its last syllable doubled (컨텍스트트);
 *   - a sentence's closing 다 doubled (결과이다다, 실행한다다): after 이다, 니다, 한다, 었다 … no 다
 *     follows (바다다, the sea, ends in 바다 and is left alone);
 *   - `-게 위해` for `-기 위해` (명시하게 위해): 위해 takes a noun form;
 *   - 되야, 됬 for 돼야, 됐: 되어 contracts to 돼, so 되어야 is 돼야 and 되었 is 됐;
 *   - a lone 느 or 르 after a noun the notes use with particles (예시느, 소스코드르, 계정르): no Korean
 *     ending is a lone 느 or 르 after a noun; the particle meant is 는 / 를, or 은 / 을 after a final consonant;
 *   - 고 or 며 straight after a noun the notes use as a 하다 verb (가능고 for 가능하고): a noun takes
 *     no verb ending without 하.
 */
import { proseLines } from './prose-lines.js';
import { memoOfTexts } from './same-texts-memo.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';
import { hangulRunCounts, hangulRuns, type LineRuns } from './word-runs.js';

const FIRST = 0xac00;
/** ㄲ ㄸ ㅃ ㅆ ㅉ as initials. */
const TENSE = new Set([1, 4, 8, 10, 13]);
/** ㅒ → ㅐ, ㅖ → ㅔ. */
const SHIFTED_VOWEL = new Map([[3, 1], [7, 5]]);

interface Slip { readonly index: number; readonly word: string; readonly fix: string; readonly why: string; readonly whyEn: string }

/** A run of Hangul syllables on a line: the finders share one scan of the document for them (word-runs.ts). */
interface Run { readonly index: number; readonly word: string }

const HANGUL_RUN = /[가-힣]+/g;

/** The runs of line `line` (1-based). */
function runsOf(runs: LineRuns, line: number): Run[] {
  const out: Run[] = [];
  for (let r = runs.first[line - 1]!; r < runs.first[line]!; r++) out.push({ index: runs.columns[r]!, word: runs.words[r]! });
  return out;
}

/** For each of the 11,172 syllables, whether it has ㅒ or ㅖ under a tense initial. */
const IS_SHIFTED = Uint8Array.from({ length: 11172 }, (_, code) => (TENSE.has(Math.floor(code / 588)) && SHIFTED_VOWEL.has(Math.floor((code % 588) / 28)) ? 1 : 0));

function hasShiftedSyllable(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (IS_SHIFTED[word.charCodeAt(i) - FIRST] === 1) return true;
  return false;
}

function shiftedSyllables(runs: readonly Run[]): Slip[] {
  const out: Slip[] = [];
  for (const m of runs) {
    const word = m.word;
    // Most words hold no such syllable: only those that do are rebuilt.
    if (!hasShiftedSyllable(word)) continue;
    let fixed = '';
    for (const ch of word) {
      const code = ch.charCodeAt(0) - FIRST;
      const [initial, medial, final] = [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
      const plain = SHIFTED_VOWEL.get(medial);
      fixed += TENSE.has(initial) && plain !== undefined ? String.fromCharCode(FIRST + initial * 588 + plain * 28 + final) : ch;
    }
    if (fixed !== word) out.push({ index: m.index, word, fix: fixed, why: 'Shift가 눌린 채 입력된 모음(ㅒ/ㅖ)으로 보입니다', whyEn: 'a vowel typed with Shift held (ㅒ/ㅖ for ㅐ/ㅔ)' });
  }
  return out;
}

/** A jamo that may be glued to a syllable (ㄱ–ㅊ, ㅌ–ㅍ), and what may not follow it (a jamo or a syllable). */
const STRAY_JAMO = /[ㄱ-ㅊㅌ-ㅍ]/;
const JAMO_OR_SYLLABLE = /[ㄱ-ㅣ가-힣]/;

/** A run of syllables with one jamo glued to its end: /([가-힣]+)([ㄱ-ㅊㅌ-ㅍ])(?![ㄱ-ㅣ가-힣])/ over the runs already found. */
function strayJamo(text: string, runs: readonly Run[]): Slip[] {
  const out: Slip[] = [];
  for (const m of runs) {
    const end = m.index + m.word.length;
    const jamo = text[end];
    if (jamo === undefined || !STRAY_JAMO.test(jamo)) continue;
    const after = text[end + 1];
    if (after !== undefined && JAMO_OR_SYLLABLE.test(after)) continue;
    out.push({ index: m.index, word: m.word + jamo, fix: m.word, why: '낱자 하나가 더 입력되었습니다', whyEn: 'one jamo too many' });
  }
  return out;
}

/** Counts of the notes' and the catalog's words together, without copying either. */
interface WordCounts {
  get(word: string): number | undefined;
  has(word: string): boolean;
}

/** Whether some syllable of `word` from the third on repeats the one before it: a doubled last syllable needs one. */
function hasRepeat(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word.charCodeAt(k) === word.charCodeAt(k - 1)) return true;
  return false;
}

function doubledLast(runs: readonly Run[], counts: WordCounts): Slip[] {
  const out: Slip[] = [];
  for (const m of runs) {
    const word = m.word;
    if (word.length < 3 || !hasRepeat(word)) continue;
    if (counts.get(word)! > 1) continue;
    for (let k = 2; k < word.length; k++) {
      const stem = word.slice(0, k);
      const rest = word.slice(k + 1);
      if (word[k] !== word[k - 1] || (counts.get(stem) ?? 0) < 2 || counts.has(stem + word[k])) continue;
      if (rest && !(counts.has(stem + rest) || /^(에서|에게|으로|까지|부터|처럼|[은는이가을를의에와과로도만])$/.test(rest))) continue;
      out.push({ index: m.index, word, fix: stem + rest, why: '같은 글자가 두 번 입력되었습니다', whyEn: 'the same syllable typed twice' });
      break;
    }
  }
  return out;
}

/** A word ending in a declarative 다 (이다, 합니다, 한다, 된다, 했다, 있다 …) with one more 다 after it. */
const DOUBLED_ENDING = /^[가-힣]*(?:이|니|한|는|된|었|았|였|했|됐|겠|있|없)다다$/;

function doubledEnding(runs: readonly Run[]): Slip[] {
  return runs.filter((m) => DOUBLED_ENDING.test(m.word))
    .map((m) => ({ index: m.index, word: m.word, fix: m.word.slice(0, -1), why: '문장을 끝내는 "다"가 두 번 입력되었습니다', whyEn: 'the closing 다 typed twice' }));
}

function geWihae(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/([가-힣]+)게(\s*위해)/g)) {
    out.push({ index: m.index!, word: `${m[1]}게${m[2]}`, fix: `${m[1]}기${m[2]}`, why: '"위해" 앞에는 "-기"가 옵니다', whyEn: '위해 takes the -기 form before it' });
  }
  return out;
}

/** 되 + 어 written without the 어: 되야(지) for 돼야, 됬 for 됐. */
function unContracted(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/[가-힣]*(?:되야|됬)[가-힣]*/g)) {
    out.push({ index: m.index!, word: m[0], fix: m[0].replace(/되야/g, '돼야').replace(/됬/g, '됐'), why: '"되어"의 준말은 "돼"입니다(되어야 → 돼야, 되었다 → 됐다)', whyEn: '되어 contracts to 돼 (되어야 → 돼야, 되었다 → 됐다)' });
  }
  return out;
}

/** 느 → 는 / 은, 르 → 를 / 을: the particle a noun takes (by whether it ends in a consonant), with its final lost. */
const FINAL_LOST = new Map([['느', ['는', '은']], ['르', ['를', '을']]]);

/** How often each run of two or more syllables starts a word followed by a one-syllable particle (예시 in 예시는, 예시가). */
function nounsWithParticles(counts: ReadonlyMap<string, number>, stems = new Map<string, number>()): Map<string, number> {
  for (const [word, n] of counts) {
    if (word.length >= 3 && /[은는이가을를의에와과로도만]$/.test(word)) stems.set(word.slice(0, -1), (stems.get(word.slice(0, -1)) ?? 0) + n);
  }
  return stems;
}

/**
 * A noun followed by a lone 르 or 느 (소스코드르, 계정르, 예시느): no Korean word ends so after a
 * noun. The noun is one the notes or catalog use with particles at least twice, or a compound
 * whose last two syllables are (소스코드: 코드).
 */
function particleFinalLost(runs: readonly Run[], nouns: ReadonlyMap<string, number>): Slip[] {
  const out: Slip[] = [];
  for (const m of runs) {
    const word = m.word;
    if (word.length < 3) continue;
    const particles = FINAL_LOST.get(word.at(-1)!);
    const noun = word.slice(0, -1);
    if (!particles || ((nouns.get(noun) ?? 0) < 2 && (noun.length < 3 || (nouns.get(noun.slice(-2)) ?? 0) < 2))) continue;
    const particle = (noun.charCodeAt(noun.length - 1) - FIRST) % 28 === 0 ? particles[0]! : particles[1]!;
    out.push({ index: m.index, word, fix: noun + particle, why: `끝의 "${word.at(-1)}"는 "${particle}"을 잘못 입력한 것입니다`, whyEn: `its last ${word.at(-1)} is ${particle} mistyped` });
  }
  return out;
}

/** Endings of 하다 verbs, after which the noun before them is a 하다 noun (가능 in 가능하고, 가능한). */
const HADA_FORM = /^([가-힣]{2,}?)(하고|하며|하다|한다|하는|하여|해서|했다|하면|할|한|함|합니다|해야|하지)$/;

function nounsOfHada(counts: ReadonlyMap<string, number>, nouns = new Map<string, number>()): Map<string, number> {
  for (const [word, n] of counts) {
    const m = HADA_FORM.exec(word);
    if (m) nouns.set(m[1]!, (nouns.get(m[1]!) ?? 0) + n);
  }
  return nouns;
}

function hadaDropped(runs: readonly Run[], nouns: ReadonlyMap<string, number>): Slip[] {
  const out: Slip[] = [];
  for (const m of runs) {
    const word = m.word;
    if (word.length < 3) continue;
    const ending = /[고며]$/.exec(word)?.[0];
    const noun = word.slice(0, -1);
    // Seen twice as a 하다 verb (가능하고, 가능한); a one-syllable stem is too short to tell (참고, 경고).
    if (!ending || noun.length < 2 || (nouns.get(noun) ?? 0) < 2) continue;
    out.push({ index: m.index, word, fix: `${noun}하${ending}`, why: '"하"가 빠졌습니다', whyEn: '하 is missing' });
  }
  return out;
}

function countRuns(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(HANGUL_RUN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** The catalog's Korean words, with the nouns they show: counted once per catalog. */
const catalogWords = memoOfTexts((texts) => {
  const counts = countRuns(texts);
  return { counts, nouns: nounsWithParticles(counts), hadaNouns: nounsOfHada(counts) };
});

export const koreanSlipsCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    const notes = hangulRunCounts(context.doc);
    const lineRuns = hangulRuns(context.doc);
    const catalog = catalogWords(context.entries.flatMap((e) => [e.summary.ko, e.body.ko]));
    const counts: WordCounts = {
      get: (word) => {
        const [a, b] = [notes.get(word), catalog.counts.get(word)];
        return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
      },
      has: (word) => notes.has(word) || catalog.counts.has(word),
    };
    const prose = proseLines(context.doc);
    // Each word adds its count to one stem or noun: the catalog's share, counted once, plus the notes'.
    const nouns = nounsWithParticles(notes, new Map(catalog.nouns));
    const hadaNouns = nounsOfHada(notes, new Map(catalog.hadaNouns));
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      if (!prose.has(line)) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      const runs = runsOf(lineRuns, line);
      if (!runs.length) return;
      // 위해, 되야 and 됬 are rare: a line without them cannot hold those slips.
      const slips = [...strayJamo(text, runs), ...shiftedSyllables(runs), ...doubledLast(runs, counts), ...doubledEnding(runs),
        ...(text.includes('위해') ? geWihae(text) : []), ...(text.includes('되야') || text.includes('됬') ? unContracted(text) : []),
        ...particleFinalLost(runs, nouns), ...hadaDropped(runs, hadaNouns)];
      for (const slip of slips) {
        errata.push({
          file: context.doc.file, line, column: slip.index + 1, rule: 'spelling/korean', severity: 'warning',
          message: say(context.lang, `"${slip.word}"은(는) "${slip.fix}"의 오타입니다: ${slip.why}`, `"${slip.word}" is a typo of "${slip.fix}": ${slip.whyEn}`),
          suggestion: excerptAt(context.doc, line).replace(slip.word, slip.fix), excerpt: excerptAt(context.doc, line), section,
        });
      }
    });
    return errata;
  },
};
