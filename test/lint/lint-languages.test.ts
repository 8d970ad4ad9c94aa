/** Every message and fix in both languages: Korean with --lang ko, English otherwise, never one for the other. */
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { LINT_RULES } from '../../server/lint/rules/index.js';
import { configOf, dockerfileOf, HADOLINT_CASES } from './hadolint-cases/hadolint-cases.js';

const HANGUL = /[\uac00-\ud7a3]/;
const SAMPLES = [
  ...HADOLINT_CASES.filter((c) => c.fires).map((c) => ({ text: dockerfileOf(c), config: configOf(c) })),
  { text: 'FROM alpine:3.20\nEXPOSE 80 # web\nRUN curl -fsSL https://x.example | sh\nADD https://x.example/a.tgz /a/\nWORKDIR app\nCOPY . .\nRUN npm ci\nFOO bar\nARG a = b\nCMD["x"]', config: undefined },
];

describe('lint in two languages', () => {
  it('describes every rule in both', () => {
    for (const r of LINT_RULES) {
      expect(r.description.en, r.id).not.toMatch(HANGUL);
      expect(r.description.ko, r.id).toMatch(HANGUL);
    }
  });

  it('writes every message in Korean with --lang ko and in English without', () => {
    const seen = new Set<string>();
    for (const { text, config } of SAMPLES) {
      const ko = lintDockerfile(text, { lang: 'ko', ...(config ? { config } : {}) });
      const en = lintDockerfile(text, config ? { config } : {});
      expect(ko.map((f) => f.rule)).toEqual(en.map((f) => f.rule));
      for (const [k, f] of ko.entries()) {
        seen.add(f.rule);
        expect(f.message, `${f.rule}: ${f.message}`).toMatch(HANGUL);
        expect(en[k]!.message, `${f.rule}: ${en[k]!.message}`).not.toMatch(HANGUL);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
  });
});
