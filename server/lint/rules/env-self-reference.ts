/**
 * In `ENV A=1 B=$A`, B gets the A from before this ENV (often empty): the new A only exists after
 * the whole instruction. A variable already set by an earlier ENV or ARG is fine.
 */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { envPairs } from './pip-cache-dir.js';

function refersTo(value: string, name: string): boolean {
  // An ENV key can hold anything, `a[` included: only names a variable can have are looked for.
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  return value.includes(`\${${name}}`) || new RegExp(`\\$${name}(?![A-Za-z0-9_])`).test(value);
}

export const envSelfReference: LintRule = {
  id: 'env-self-reference',
  severity: 'warning',
  hadolint: 'DL3044',
  entry: 'ENV',
  description: say('ENV refers to a variable it defines itself', 'ENV가 자기가 정의하는 변수를 참조함'),
  check: ({ steps }) => {
    const known = new Set<string>();
    const hits = [];
    for (const s of steps) {
      if (s.keyword === 'ARG') for (const w of s.words) known.add(w.split('=')[0]!);
      if (s.keyword !== 'ENV') continue;
      const pairs = envPairs(s);
      const bad = pairs.find(([name], k) => !known.has(name) && pairs.some(([, value], j) => j !== k && refersTo(value, name)));
      for (const [name] of pairs) known.add(name);
      if (bad) {
        hits.push({
          ...at(s),
          message: say(`${bad[0]} is used in the same ENV that sets it; there it still has its old value`, `${bad[0]}을(를) 정의하는 바로 그 ENV에서 쓰고 있습니다. 거기서는 아직 이전 값입니다`),
          fix: say(`set ${bad[0]} in an ENV of its own above this one`, `${bad[0]}은(는) 이 줄 위의 별도 ENV에서 정의하세요`),
        });
      }
    }
    return hits;
  },
};
