/** hadolint's own rule tests as data (hadolint-cases.json), and how to run one against dref's linter. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../server/database/paths.js';
import { DEFAULT_CONFIG, mergeConfig, type LabelType, type LintConfig } from '../../../server/lint/config/lint-config.js';
import { lintDockerfile } from '../../../server/lint/lint-dockerfile.js';
import { readDockerfile } from '../../../server/lint/read-dockerfile.js';

export interface HadolintCase {
  readonly rule: string;
  readonly title: string;
  readonly dockerfile: string;
  readonly fires: boolean;
  readonly onbuild: boolean;
  readonly config?: string;
}

/** Read from the source tree, so the compiled benchmark (dist/) finds it too. */
export const HADOLINT_CASES: readonly HadolintCase[] = (JSON.parse(readFileSync(join(packageRoot(), 'test', 'lint', 'hadolint-cases', 'hadolint-cases.json'), 'utf8')) as { cases: HadolintCase[] }).cases;

const LABEL_TYPES: Record<string, LabelType> = { RawText: 'text', Url: 'url', Rfc3339: 'rfc3339', Spdx: 'spdx', GitHash: 'hash', SemVer: 'semver', Email: 'email' };

/** hadolint's test configuration (Haskell record syntax) as dref's; every rule on, as in hadolint's tests. */
export function configOf(c: HadolintCase): LintConfig {
  const text = c.config ?? '';
  const registries = /allowedRegistries = \[([^\]]*)\]/.exec(text)?.[1];
  const schema = [...text.matchAll(/\( "([^"]+)" , (?:Rule\.)?(\w+) \)/g)].map(([, key, type]) => [key!, LABEL_TYPES[type!]!] as const);
  return mergeConfig(DEFAULT_CONFIG, {
    enabled: new Set(['all']),
    ...(registries ? { trustedRegistries: [...registries.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) } : {}),
    ...(schema.length ? { labelSchema: Object.fromEntries(schema) } : {}),
    ...(/strictLabels = True/.test(text) ? { strictLabels: true } : {}),
  });
}

/** hadolint's onBuild variants wrap every RUN in ONBUILD. */
export function dockerfileOf(c: HadolintCase): string {
  if (!c.onbuild) return c.dockerfile;
  const runLines = new Set(readDockerfile(c.dockerfile).steps.filter((s) => s.keyword === 'RUN').map((s) => s.line));
  return c.dockerfile.split('\n').map((l, k) => (runLines.has(k + 1) ? `ONBUILD ${l.trimStart()}` : l)).join('\n');
}

/** Does dref report the case's hadolint rule? */
export function drefFires(c: HadolintCase): boolean {
  return lintDockerfile(dockerfileOf(c), { config: configOf(c) }).some((f) => f.hadolint?.split('/').includes(c.rule));
}
