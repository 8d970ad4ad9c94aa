/**
 * Korean slips that are never a valid word or form, so they can be reported without a dictionary:
 *   - a lone jamo glued to a syllable (아닌ㄴ): a key pressed once too often;
 *   - ㅒ or ㅖ under a tense initial (떄, 번쨰): Shift held a key too long (때, 번째);
 *   - a known word with its last syllable doubled (컨텍스트트);
 *   - `-게 위해` for `-기 위해` (명시하게 위해): 위해 takes a noun form.
 */
import { proseLines } from './prose-lines.js';
import { excerptAt, say, sectionAt, type ErratumRecord, type NotesCheck } from './types.js';

const FIRST = 0xac00;
/** ㄲ ㄸ ㅃ ㅆ ㅉ as initials. */
const TENSE = new Set([1, 4, 8, 10, 13]);
/** ㅒ → ㅐ, ㅖ → ㅔ. */
const SHIFTED_VOWEL = new Map([[3, 1], [7, 5]]);

interface Slip { readonly index: number; readonly word: string; readonly fix: string; readonly why: string; readonly whyEn: string }

function shiftedSyllables(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/[가-힣]+/g)) {
    const word = m[0];
    let fixed = '';
    for (const ch of word) {
      const code = ch.charCodeAt(0) - FIRST;
      const [initial, medial, final] = [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
      const plain = SHIFTED_VOWEL.get(medial);
      fixed += TENSE.has(initial) && plain !== undefined ? String.fromCharCode(FIRST + initial * 588 + plain * 28 + final) : ch;
    }
    if (fixed !== word) out.push({ index: m.index!, word, fix: fixed, why: 'Shift가 눌린 채 입력된 모음(ㅒ/ㅖ)으로 보입니다', whyEn: 'a vowel typed with Shift held (ㅒ/ㅖ for ㅐ/ㅔ)' });
  }
  return out;
}

function strayJamo(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/([가-힣]+)([ㄱ-ㅊㅌ-ㅍ])(?![ㄱ-ㅣ가-힣])/g)) {
    out.push({ index: m.index!, word: m[0], fix: m[1]!, why: '낱자 하나가 더 입력되었습니다', whyEn: 'one jamo too many' });
  }
  return out;
}

function doubledLast(text: string, counts: ReadonlyMap<string, number>): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/[가-힣]{3,}/g)) {
    const word = m[0];
    if (counts.get(word)! > 1) continue;
    for (let k = 2; k < word.length; k++) {
      const stem = word.slice(0, k);
      const rest = word.slice(k + 1);
      if (word[k] !== word[k - 1] || (counts.get(stem) ?? 0) < 2 || counts.has(stem + word[k])) continue;
      if (rest && !(counts.has(stem + rest) || /^(에서|에게|으로|까지|부터|처럼|[은는이가을를의에와과로도만])$/.test(rest))) continue;
      out.push({ index: m.index!, word, fix: stem + rest, why: '같은 글자가 두 번 입력되었습니다', whyEn: 'the same syllable typed twice' });
      break;
    }
  }
  return out;
}

function geWihae(text: string): Slip[] {
  const out: Slip[] = [];
  for (const m of text.matchAll(/([가-힣]+)게(\s*위해)/g)) {
    out.push({ index: m.index!, word: `${m[1]}게${m[2]}`, fix: `${m[1]}기${m[2]}`, why: '"위해" 앞에는 "-기"가 옵니다', whyEn: '위해 takes the -기 form before it' });
  }
  return out;
}

export const koreanSlipsCheck: NotesCheck = {
  id: 'spelling',
  check(context) {
    const counts = new Map<string, number>();
    for (const line of context.doc.lines) for (const m of line.matchAll(/[가-힣]+/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    for (const e of context.entries) for (const t of [e.summary.ko, e.body.ko]) for (const m of t.matchAll(/[가-힣]+/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    const prose = proseLines(context.doc);
    const errata: ErratumRecord[] = [];
    context.doc.lines.forEach((text, i) => {
      const line = i + 1;
      if (!prose.has(line)) return;
      const section = sectionAt(context.doc, line);
      if (!section) return;
      for (const slip of [...strayJamo(text), ...shiftedSyllables(text), ...doubledLast(text, counts), ...geWihae(text)]) {
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
