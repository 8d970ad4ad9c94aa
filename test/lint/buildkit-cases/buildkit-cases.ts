/** BuildKit's own build-check tests as data (buildkit-cases.json), and dref's answer to each. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../server/database/paths.js';
import { lintDockerfile } from '../../../server/lint/lint-dockerfile.js';
import { LINT_RULES } from '../../../server/lint/rules/index.js';
import { PARSER_RULES } from '../../../server/lint/parser-findings.js';
import { tempDir } from '../temp-dir.js';

export interface BuildkitCase {
  readonly test: string;
  readonly dockerfile: string;
  readonly warnings: readonly { readonly rule: string; readonly line: number }[];
  /** The .dockerignore the test puts beside the Dockerfile. */
  readonly dockerignore?: string;
  /** Build arguments the test passes; the checks compared here do not depend on them (InvalidDefaultArgInFrom reads the defaults). */
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly extra?: boolean;
}

export const BUILDKIT_CASES: readonly BuildkitCase[] = (JSON.parse(readFileSync(join(packageRoot(), 'test', 'lint', 'buildkit-cases', 'buildkit-cases.json'), 'utf8')) as { cases: BuildkitCase[] }).cases;

/** The BuildKit checks dref has an equivalent of. */
export const BUILDKIT_EQUIVALENTS: readonly string[] = [...new Set([...LINT_RULES, ...PARSER_RULES].flatMap((r) => (r.buildkit ? [r.buildkit] : [])))].sort();

/** Lines at which dref reports each BuildKit check for this case. */
export function drefBuildkitLines(c: BuildkitCase): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const f of lintDockerfile(c.dockerfile, c.dockerignore === undefined ? {} : { contextDir: contextWith(c.dockerignore) })) {
    if (!f.buildkit) continue;
    lines.set(f.buildkit, [...new Set([...(lines.get(f.buildkit) ?? []), f.line])]);
  }
  return lines;
}

const contexts = new Map<string, string>();

/** A build context folder holding the case's Dockerfile's .dockerignore (one per distinct file). */
function contextWith(dockerignore: string): string {
  let dir = contexts.get(dockerignore);
  if (!dir) {
    dir = join(tempDir('dref-buildkit-case-'), 'context');
    mkdirSync(dir);
    writeFileSync(join(dir, '.dockerignore'), dockerignore);
    contexts.set(dockerignore, dir);
  }
  return dir;
}
