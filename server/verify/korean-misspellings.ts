/**
 * Korean misspellings common enough to be typed on purpose, each a form no dictionary holds:
 * 날라가다 for 날아가다 (날다 + 아 가다), 역활 for 역할, 갯수 for 개수. Unlike a slip of the keys
 * they recur, so the typo checks, which look for a rare word beside a common one, let them pass.
 * Each is matched inside a word, so its particles and endings stay as written.
 */
import { proseLines } from './prose-lines.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

interface Misspelling { readonly written: RegExp; readonly fix: string; readonly ko: string; readonly en: string }

/** `written` matches inside a run of Hangul; `fix` replaces the match ($1 for a group). */
const MISSPELLINGS: readonly Misspelling[] = [
  { written: /날라(가|간|갈|갔|감)/, fix: '날아$1', ko: '"날다"에 "-아 가다"가 붙은 말이라 "날아가다"입니다', en: '날다 (to fly) + 아 가다 is 날아가다' },
  { written: /역활/, fix: '역할', ko: '표준어는 "역할"입니다', en: 'the standard word is 역할' },
  { written: /갯수/, fix: '개수', ko: '한자어 "개수(個數)"에는 사이시옷을 넣지 않습니다', en: '개수 is a Sino-Korean word, written without the ㅅ' },
  { written: /몇일/, fix: '며칠', ko: '"몇 일"이 아니라 "며칠"로 적습니다', en: 'the word is 며칠, not 몇일' },
  { written: /어떻해/, fix: '어떡해', ko: '"어떻게 해"의 준말은 "어떡해"입니다', en: '어떻게 해 contracts to 어떡해' },
  { written: /왠만/, fix: '웬만', ko: '표준어는 "웬만하다"입니다', en: 'the standard word is 웬만하다' },
  { written: /일일히/, fix: '일일이', ko: '"일일이"로 적습니다', en: 'the adverb is 일일이' },
  { written: /희안(하|한|해|했)/, fix: '희한$1', ko: '표준어는 "희한하다"입니다', en: 'the standard word is 희한하다' },
  { written: /오랫만/, fix: '오랜만', ko: '"오래간만"의 준말은 "오랜만"입니다', en: '오래간만 contracts to 오랜만' },
  { written: /어의없/, fix: '어이없', ko: '표준어는 "어이없다"입니다', en: 'the standard word is 어이없다' },
];

/** A line none of the misspellings can be found in holds none of them in its words: most lines are passed over at once. */
const ANY_MISSPELLING = new RegExp(MISSPELLINGS.map((m) => m.written.source).join('|'));

export const koreanMisspellingsCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    const prose = proseLines(context.doc);
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      if (!prose.has(line) || !ANY_MISSPELLING.test(text)) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      for (const run of text.matchAll(/[가-힣]+/g)) {
        for (const m of MISSPELLINGS) {
          const found = m.written.exec(run[0]);
          if (!found) continue;
          const word = run[0];
          const fixed = word.slice(0, found.index) + found[0].replace(m.written, m.fix) + word.slice(found.index + found[0].length);
          errata.push({
            file: context.doc.file, line, column: run.index! + 1, rule: 'spelling/korean', severity: 'warning',
            message: say(context.lang, `"${word}"은(는) "${fixed}"의 잘못된 표기입니다: ${m.ko}`, `"${word}" is a misspelling of "${fixed}": ${m.en}`),
            suggestion: (text.slice(0, run.index!) + fixed + text.slice(run.index! + word.length)).trim(),
            excerpt: excerptAt(context.doc, line), section,
          });
        }
      }
    });
    return errata;
  },
};
