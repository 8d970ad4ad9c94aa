/** Every message and fix in both languages: Korean with --lang ko, English otherwise, never one for the other. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { LINT_RULES } from '../../server/lint/rules/index.js';
import { configOf, dockerfileOf, HADOLINT_CASES } from './hadolint-cases/hadolint-cases.js';
import { tempDir } from './temp-dir.js';

const HANGUL = /[\uac00-\ud7a3]/;

function contextIgnoring(dockerignore: string): string {
  const dir = join(tempDir(), 'ctx');
  mkdirSync(dir);
  writeFileSync(join(dir, '.dockerignore'), dockerignore);
  return dir;
}
const SAMPLES = [
  ...HADOLINT_CASES.filter((c) => c.fires).map((c) => ({ text: dockerfileOf(c), config: configOf(c) })),
  // The BuildKit checks no hadolint case reaches; CopyIgnoredFile needs a context with a .dockerignore.
  { text: '# check=experimental=InvalidDefinitionDescription\nARG TAG\n# the base image\nFROM alpine:${TAG} AS base\nCOPY $foo dist/app /app\nWORKDIR $APP_DIR\nENV APP_DIR=/app', config: undefined, contextDir: contextIgnoring('dist\n') },
  { text: 'FROM alpine:3.20 AS base\nARG DIR_ASSETS=a\n# other ARGs\nARG one=1 two=2\nCOPY $DIR_ASSET $TARGETARCH .', config: undefined, contextDir: contextIgnoring('*\n') },
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
    for (const { text, config, contextDir } of SAMPLES) {
      const options = { ...(config ? { config } : {}), ...(contextDir ? { contextDir } : {}) };
      const ko = lintDockerfile(text, { lang: 'ko', ...options });
      const en = lintDockerfile(text, options);
      expect(ko.map((f) => f.rule)).toEqual(en.map((f) => f.rule));
      for (const [k, f] of ko.entries()) {
        seen.add(f.rule);
        expect(f.message, `${f.rule}: ${f.message}`).toMatch(HANGUL);
        expect(en[k]!.message, `${f.rule}: ${en[k]!.message}`).not.toMatch(HANGUL);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    for (const rule of ['undefined-var', 'invalid-default-arg-in-from', 'copy-ignored-file', 'invalid-definition-description']) expect(seen, rule).toContain(rule);
  });

  it('never fixes a particle after a variable name taken from the Dockerfile: $NAME은(는), not $NAME는', () => {
    for (const { text, config, contextDir } of SAMPLES) {
      const names = new Set([...text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!));
      const options = { ...(config ? { config } : {}), ...(contextDir ? { contextDir } : {}) };
      for (const f of lintDockerfile(text, { lang: 'ko', ...options })) {
        for (const m of `${f.message}\n${f.fix}`.matchAll(/\$\{?([A-Za-z_]\w*)\}?(은|는|이|가|을|를|으로|로|와|과)(?![(가-힣])/g)) {
          expect(names.has(m[1]!), `${f.rule}: ${m[0]}`).toBe(false);
        }
      }
    }
  });
});
