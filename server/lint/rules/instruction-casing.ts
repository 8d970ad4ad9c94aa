/**
 * Instructions in one case throughout: the builder accepts any, but a file that mixes `copy` and
 * `COPY` reads as two styles. As BuildKit does, the file's majority sets the case, and a word in
 * mixed case (`From`) is always reported.
 */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';

export const instructionCasing: LintRule = {
  id: 'instruction-casing',
  severity: 'info',
  buildkit: 'ConsistentInstructionCasing',
  entry: 'concept:dockerfile-habits',
  description: say('An instruction not in the case the rest of the file uses', '파일의 나머지와 대소문자가 다른 인스트럭션'),
  check: ({ instructions, lines }) => {
    const words = instructions.map((i) => {
      const line = i.getRange().start.line;
      const m = /^(\s*)([A-Za-z]+)/.exec(lines[line] ?? '')!;
      return { word: m?.[2] ?? '', line: line + 1, column: (m?.[1]?.length ?? 0) + 1 };
    }).filter((w) => w.word);
    const lower = words.filter((w) => w.word === w.word.toLowerCase()).length;
    const upper = words.filter((w) => w.word === w.word.toUpperCase()).length;
    const want: 'upper' | 'lower' = lower > upper ? 'lower' : 'upper';
    return words.filter((w) => w.word !== (want === 'upper' ? w.word.toUpperCase() : w.word.toLowerCase())).map((w) => {
      const fixed = want === 'upper' ? w.word.toUpperCase() : w.word.toLowerCase();
      const text = lines[w.line - 1] ?? '';
      return {
        line: w.line, column: w.column,
        message: w.word !== w.word.toUpperCase() && w.word !== w.word.toLowerCase()
          ? say(`\`${w.word}\` mixes upper and lower case; write instructions in one case`, `\`${w.word}\`은(는) 대소문자가 섞여 있습니다. 인스트럭션은 한 가지로 쓰세요`)
          : say(`\`${w.word}\` is in ${want === 'upper' ? 'lower' : 'upper'} case while the rest of the file writes instructions in ${want} case`, `\`${w.word}\`만 ${want === 'upper' ? '소문자' : '대문자'}입니다. 이 파일의 다른 인스트럭션은 ${want === 'upper' ? '대문자' : '소문자'}로 씁니다`),
        fix: say(text.trim().replace(w.word, fixed), text.trim().replace(w.word, fixed)),
        edit: { line: w.line, endLine: w.line, text: text.replace(w.word, fixed) },
      };
    });
  },
};
