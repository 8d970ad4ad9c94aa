/** `FROM x as y` in an upper-case file (or `from x AS y`): the keyword and AS should share one case. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const fromAsCasing: LintRule = {
  id: 'from-as-casing',
  severity: 'info',
  buildkit: 'FromAsCasing',
  entry: 'FROM',
  description: say('FROM and AS written in different cases', 'FROM과 AS의 대소문자가 서로 다름'),
  check: ({ stages, lines }) => stages.flatMap((s) => {
    if (!s.from || s.from.onbuild) return [];
    const keyword = /^\s*(\w+)/.exec(lines[s.from.line - 1] ?? '')?.[1] ?? '';
    const as = s.from.words.find((w) => w.toUpperCase() === 'AS');
    if (!as) return [];
    const upper = keyword === keyword.toUpperCase();
    if ((upper && as === 'AS') || (!upper && keyword === keyword.toLowerCase() && as === 'as') || (keyword !== keyword.toUpperCase() && keyword !== keyword.toLowerCase())) return [];
    const want = upper ? 'AS' : 'as';
    return [{
      ...at(s.from),
      message: say(`\`${as}\` does not match the case of \`${keyword}\``, `\`${as}\`의 대소문자가 \`${keyword}\`와(과) 맞지 않습니다`),
      fix: say(`${keyword} … ${want} ${s.name ?? ''}`.trim(), `${keyword} … ${want} ${s.name ?? ''}`.trim()),
    }];
  }),
};
