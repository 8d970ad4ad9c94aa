/**
 * Inline silencing, in both spellings teams already use: `# hadolint ignore=DL3006,SC2086` and
 * `# dref-ignore=rule-id` apply to the next instruction (all of its lines); `# hadolint global
 * ignore=…` and `# dref-ignore-file=…` to the whole file. BuildKit's `# check=skip=A,B` (or
 * `skip=all`) is read the same way: as the file's first line it covers the file, elsewhere the
 * next instruction.
 */
import { namesOf } from './lint-report.js';
import type { LintContext } from './types.js';

const PRAGMA = /^\s*#\s*(?:hadolint\s+ignore|dref-ignore)\s*=\s*([\w,\s-]+)$/i;
const GLOBAL = /^\s*#\s*(?:hadolint\s+global\s+ignore|dref-ignore-file)\s*=\s*([\w,\s-]+)$/i;

const CHECK = /^\s*#\s*check\s*=\s*(?:[^;]*;)*?\s*skip\s*=\s*([\w,]+)/i;

const EXPERIMENTAL = /^\s*#\s*check\s*=\s*(?:[^;]*;)*?\s*experimental\s*=\s*([\w,]+)/i;

const split = (list: string) => list.split(/[,\s]+/).filter(Boolean).map((r) => r.toLowerCase());

export function ignoredByPragmas(dockerfile: LintContext): (f: { line: number; rule: string; hadolint?: string; buildkit?: string }) => boolean {
  const { lines, steps } = dockerfile;
  const global = new Set<string>();
  /** [first line, last line, rules] of each silenced instruction. */
  const ranges: [number, number, Set<string>][] = [];
  lines.forEach((text, index) => {
    const g = GLOBAL.exec(text);
    if (g) { split(g[1]!).forEach((r) => global.add(r)); return; }
    const check = CHECK.exec(text);
    const directive = check && lines.slice(0, index).every((l) => /^\s*#\s*\w+\s*=/.test(l));
    if (check && directive) { split(check[1]!).forEach((r) => global.add(r)); return; }
    const m = PRAGMA.exec(text) ?? check;
    if (!m) return;
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
    const step = steps.find((s) => s.line === target + 1);
    ranges.push([index + 1, step?.endLine ?? target + 1, new Set(split(m[1]!))]);
  });
  if (!global.size && !ranges.length) return () => false;
  return (f) => {
    const names = namesOf(f);
    if (global.has('all') || names.some((n) => global.has(n))) return true;
    return ranges.some(([from, to, rules]) => f.line >= from && f.line <= to && (rules.has('all') || names.some((n) => rules.has(n))));
  };
}

/** The BuildKit experimental checks the file's `# check=experimental=A,B` directive (among the directives at its top) turns on, lower-cased; `all` for every one. */
export function experimentalChecks(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of lines) {
    // BuildKit reads directives (syntax, escape, check) only from the top, until the first other line.
    if (!/^#\s*(syntax|escape|check)\s*=/i.test(text)) break;
    const m = EXPERIMENTAL.exec(text);
    if (m) split(m[1]!).forEach((r) => names.add(r));
  }
  return names;
}
