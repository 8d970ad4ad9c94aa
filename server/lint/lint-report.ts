/**
 * The linter's core, which any entry lookup plugs into (lint-dockerfile.ts uses the catalog's, the
 * CLI names only). Lints a Dockerfile with the notes' advice: the parser's errors first (unknown instructions,
 * `CMD["x"]`, COPY without a destination, `ARG a = b`, bad HEALTHCHECK flags), then every rule in
 * rules/index.ts, then ShellCheck's findings on the RUN scripts when the caller ran it. Findings are
 * silenced by `# dref-ignore=RULE` / `# hadolint ignore=DL3006` on the lines above an instruction,
 * `# hadolint global ignore=…` anywhere, and the configuration's ignore list.
 */
import { DrefError } from '../errors.js';
import { errorMessage } from '../text/error-messages.js';
import type { EntryRef } from '../knowledge/catalog-context.js';
import { DEFAULT_CONFIG, type LintConfig } from './config/lint-config.js';
import { parserFindings } from './parser-findings.js';
import { experimentalChecks, ignoredByPragmas } from './pragmas.js';
import { readDockerfile } from './read-dockerfile.js';
import { LINT_RULES } from './rules/index.js';
import type { ShellcheckResult, ShellcheckStatus } from './shellcheck/shellcheck-findings.js';
import type { LintEdit, LintRule, LintSeverity } from './types.js';

export type LintLang = 'en' | 'ko';

export interface LintFinding {
  readonly rule: string;
  readonly severity: LintSeverity;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
  /** What to write instead, or what to do. */
  readonly fix: string;
  /** The knowledge-base entry that explains why. */
  readonly entry: EntryRef | null;
  /** The hadolint rule this finding is (DL3006, SC2086), where there is one. */
  readonly hadolint?: string;
  /** The BuildKit check (`docker build --check`) it matches, where there is one. */
  readonly buildkit?: string;
  /** The safe automatic fix `dref lint --fix` applies. */
  readonly edit?: LintEdit;
}

export interface LintOptions {
  /** The build context folder, to check its .dockerignore. */
  readonly contextDir?: string;
  /** Language of messages and fixes (default English). */
  readonly lang?: LintLang;
  readonly config?: LintConfig;
  /**
   * ShellCheck's findings on this Dockerfile's RUN scripts, from runShellcheckSync / runShellcheck
   * (shellcheck/run-shellcheck.ts); they get the same pragmas, ignores and overrides as every rule.
   */
  readonly shellcheck?: ShellcheckResult;
}

export interface LintReport {
  readonly findings: LintFinding[];
  /** Whether ShellCheck ran: 'ran', 'missing' (not installed), or 'off' (not asked, or nothing to check). */
  readonly shellcheck: ShellcheckStatus;
}

const MAX_SIZE = 1_000_000;

/** Lints one Dockerfile; `entryOf` finds the entry a rule names (`RUN`, `concept:layers`). */
export function lintWith(text: string, options: LintOptions, entryOf: (name: string) => EntryRef | null): LintReport {
  const lang = options.lang ?? 'en';
  if (text.length > MAX_SIZE) throw new DrefError('BAD_INPUT', errorMessage(lang, 'lint.tooLong', { length: text.length, limit: MAX_SIZE }));
  if (text.includes('\0')) throw new DrefError('BAD_INPUT', errorMessage(lang, 'lint.binary'));
  const config = options.config ?? DEFAULT_CONFIG;
  const dockerfile = readDockerfile(text, config, options.contextDir);
  const { lines } = dockerfile;

  const experimental = experimentalChecks(lines);
  const findings: LintFinding[] = [];
  for (const f of parserFindings(lines)) {
    const instruction = /^\s*([A-Za-z]+)/.exec(f.instructionLine)?.[1]?.toUpperCase();
    const entryName = instruction && entryOf(instruction) ? instruction : parserEntry(f.rule);
    findings.push({
      rule: f.rule, severity: f.severity, line: f.line, column: f.column, message: f.message[lang], fix: f.fix[lang],
      entry: entryOf(entryName),
      ...(f.rule === 'legacy-key-value' ? { buildkit: 'LegacyKeyValueFormat' } : {}),
      ...(f.edit ? { edit: f.edit } : {}),
    });
  }
  for (const rule of LINT_RULES) {
    if (!isEnabled(rule, config, experimental)) continue;
    for (const hit of rule.check(dockerfile)) {
      const code = hit.hadolint ?? (rule.hadolint?.includes('/') ? undefined : rule.hadolint);
      findings.push({
        rule: rule.id, severity: rule.severity, line: hit.line, column: hit.column,
        ...(hit.endLine ? { endLine: hit.endLine } : {}), ...(hit.endColumn ? { endColumn: hit.endColumn } : {}),
        message: hit.message[lang], fix: hit.fix[lang], entry: entryOf(rule.entry),
        ...(code ? { hadolint: code } : {}), ...(rule.buildkit ? { buildkit: rule.buildkit } : {}), ...(hit.edit ? { edit: hit.edit } : {}),
      });
    }
  }
  let shellcheck: ShellcheckStatus = 'off';
  if (options.shellcheck && config.shellcheck) {
    const checked = options.shellcheck;
    shellcheck = checked.status;
    for (const f of checked.findings) findings.push({ ...f, message: lang === 'ko' ? `ShellCheck: ${f.message}` : f.message, entry: entryOf('RUN') });
  }

  const silenced = ignoredByPragmas(dockerfile);
  const kept = findings
    .filter((f) => !matchesAny(f, config.ignored) && !silenced(f))
    .flatMap((f) => {
      const override = severityOverride(f, config);
      if (override === 'off') return [];
      return [override ? { ...f, severity: override } : f];
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { findings: kept, shellcheck };
}

function parserEntry(rule: string): string {
  return rule === 'healthcheck-invalid' ? 'HEALTHCHECK' : rule === 'legacy-key-value' ? 'ENV' : rule === 'path-typo' ? 'WORKDIR' : 'concept:dockerfile-habits';
}

/** A rule or finding is named by its dref id, its hadolint code or its BuildKit check name. */
export function namesOf(f: { rule: string; hadolint?: string; buildkit?: string }): string[] {
  return [f.rule, ...(f.hadolint ? f.hadolint.split('/') : []), ...(f.buildkit ? [f.buildkit] : [])].map((n) => n.toLowerCase());
}

function matchesAny(f: { rule: string; hadolint?: string; buildkit?: string }, set: ReadonlySet<string>): boolean {
  if (!set.size) return false;
  const lower = new Set([...set].map((s) => s.toLowerCase()));
  return namesOf(f).some((n) => lower.has(n));
}

function isEnabled(rule: LintRule, config: LintConfig, experimental: ReadonlySet<string>): boolean {
  if (!rule.optional) return true;
  const names = { rule: rule.id, ...(rule.hadolint ? { hadolint: rule.hadolint } : {}), ...(rule.buildkit ? { buildkit: rule.buildkit } : {}) };
  if (rule.experimental && (experimental.has('all') || matchesAny(names, experimental))) return true;
  return config.enabled.has('all') || matchesAny(names, config.enabled);
}

function severityOverride(f: LintFinding, config: LintConfig): LintSeverity | 'off' | undefined {
  for (const name of namesOf(f)) {
    for (const [key, value] of config.severities) if (key.toLowerCase() === name) return value;
  }
  return undefined;
}
