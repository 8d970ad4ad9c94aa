/** Stage names are matched without regard to case; writing them in lower case avoids two spellings of one name. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const stageNameCasing: LintRule = {
  id: 'stage-name-casing',
  severity: 'info',
  buildkit: 'StageNameCasing',
  entry: 'concept:multi-stage-builds',
  description: say('A stage name with capital letters', '대문자가 들어간 단계 이름'),
  check: ({ stages }) => stages.flatMap((s) => {
    if (!s.from) return [];
    const words = s.from.words;
    const as = words.findIndex((w) => w.toUpperCase() === 'AS');
    const name = as >= 0 ? words[as + 1] : undefined;
    return name && name !== name.toLowerCase() && !name.includes('$') ? [{
      ...at(s.from),
      message: say(`stage name ${name} has capitals; stage names are compared in lower case`, `단계 이름 ${name}에 대문자가 있습니다. 단계 이름은 소문자로 비교됩니다`),
      fix: say(`AS ${name.toLowerCase()}`, `AS ${name.toLowerCase()}`),
    }] : [];
  }),
};
