/**
 * dref against hadolint's and BuildKit's own rule tests (hadolint-cases/, buildkit-cases/): each
 * snippet with whether the rule must fire, or the lines BuildKit warns at. Every case is a test.
 */
import { describe, expect, it } from 'vitest';
import { LINT_RULES } from '../../server/lint/rules/index.js';
import { BUILDKIT_CASES, BUILDKIT_EQUIVALENTS, drefBuildkitLines } from './buildkit-cases/buildkit-cases.js';
import { HADOLINT_CASES, drefFires } from './hadolint-cases/hadolint-cases.js';

describe('hadolint\'s rule tests', () => {
  it.each(HADOLINT_CASES.map((c, k) => [`${c.rule} ${c.fires ? 'fires' : 'stays quiet'}${c.onbuild ? ' (ONBUILD)' : ''}: ${c.title} #${k}`, c] as const))('%s', (_, c) => {
    expect(drefFires(c), c.dockerfile).toBe(c.fires);
  });

  it('has a dref rule for every DL rule hadolint tests', () => {
    const covered = new Set(LINT_RULES.flatMap((r) => r.hadolint?.split('/') ?? []));
    for (const r of LINT_RULES) if (r.id === 'label-schema') for (const code of ['DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058']) covered.add(code);
    expect([...new Set(HADOLINT_CASES.map((c) => c.rule))].filter((code) => !covered.has(code))).toEqual([]);
  });
});

describe('BuildKit\'s build-check tests', () => {
  const cases = BUILDKIT_CASES.filter((c) => !c.extra);
  it.each(cases.flatMap((c, k) => BUILDKIT_EQUIVALENTS.map((rule) => [`${rule} in ${c.test} #${k}`, c, rule] as const)))('%s', (_, c, rule) => {
    const want = [...new Set(c.warnings.filter((w) => w.rule === rule).map((w) => w.line))].sort((a, b) => a - b);
    expect((drefBuildkitLines(c).get(rule) ?? []).sort((a, b) => a - b), c.dockerfile).toEqual(want);
  });
});
