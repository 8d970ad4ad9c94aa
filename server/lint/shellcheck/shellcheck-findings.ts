/**
 * ShellCheck on a Dockerfile's shell-form RUN scripts, as hadolint does: one `shellcheck` process per
 * Dockerfile, every script a file of its own, each with a shebang for the SHELL in effect and the
 * ARG/ENV names exported (so they do not read as unassigned). Findings come back as `SC1234` at
 * the Dockerfile line and column they point to. This module prepares the run and reads its answer;
 * run-shellcheck.ts starts the program (and is the only one that loads node:child_process).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { LintSeverity, LintContext, Step } from '../types.js';

export type ShellcheckStatus = 'ran' | 'missing' | 'off';

export interface ShellcheckFinding {
  readonly rule: string;
  readonly hadolint: string;
  readonly severity: LintSeverity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly fix: string;
}

/** The shells hadolint runs ShellCheck for, and the ones it leaves alone. */
const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
/** Warnings that cannot apply to a RUN script (hadolint leaves out the same). */
const EXCLUDED = ['2187', '1090', '1091'];
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy'];
const WARNINGS_THAT_ARE_BUGS = new Set([
  2154, // a variable used but never set (often a copy-paste from another variant)
  2157, // an argument to -z/-n that is always true (a `$` was forgotten)
  2194, // a case word that is constant (a `$` was forgotten)
]);

/**
 * ShellCheck's parse errors (SC1xxx) break the RUN: errors. Its other errors (`for f in $(ls)`)
 * misbehave: warnings. Its warnings are mostly robustness advice that `set -e` scripts in official
 * images ignore on purpose (SC2155, SC2046, `local` in sh): info, except the ones that are bugs in
 * a build too.
 */
function severityOf(level: string, code: number): LintSeverity {
  if (level === 'error') return code < 2000 ? 'error' : 'warning';
  if (level === 'warning') return WARNINGS_THAT_ARE_BUGS.has(code) ? 'warning' : 'info';
  return 'info';
}

const located = new Map<string, string | null>();

/** `shellcheck` on PATH (or $DREF_SHELLCHECK, the program to use), looked up once per PATH. */
export function shellcheckPath(): string | null {
  const key = `${process.env.DREF_SHELLCHECK ?? ''}\0${process.env.PATH ?? ''}`;
  if (located.has(key)) return located.get(key)!;
  const candidates = process.env.DREF_SHELLCHECK !== undefined ? [process.env.DREF_SHELLCHECK] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'shellcheck'));
  const found = candidates.find((c) => { try { accessSync(c, constants.X_OK); return !!c; } catch { return false; } }) ?? null;
  located.set(key, found);
  return found;
}

/** The variables the builder sets for a RUN: ARGs (global ones too) and ENVs of its stage and the stages it builds on. */
function knownVariables(step: Step, dockerfile: LintContext): string[] {
  const names = new Set(PROXY_VARIABLES);
  const add = (s: Step) => {
    if (s.keyword === 'ARG' || s.keyword === 'ENV') for (const w of s.words) names.add(w.split('=')[0]!.replace(/^["']/, ''));
  };
  dockerfile.stages[0]!.steps.forEach(add);
  for (let stage: Step['stage'] | null = step.stage; stage; stage = stage.parent) stage.steps.filter((s) => stage !== step.stage || s.line < step.line).forEach(add);
  return [...names].filter((n) => /^[A-Za-z_]\w*$/.test(n));
}

/**
 * Plain words joined by && or || (`npm ci --omit=dev`, `apt-get update && apt-get install -y curl`):
 * nothing ShellCheck looks at (expansions, quotes, globs, redirections, subshells) is there, so the
 * program need not start for it.
 */
const PLAIN_SCRIPT = /^[\w@%+=:,./\-\s&|\\]*$/;

function checkable(step: Step, escape: string): boolean {
  if (step.keyword !== 'RUN' || !step.script || escape !== '\\') return false;
  if (PLAIN_SCRIPT.test(step.script.text) && !/[^&|]\|[^|]|&\s*$|(^|[^&])&([^&]|$)/.test(step.script.text)) return false;
  const shell = (step.shell[0] ?? '').toLowerCase();
  if (NON_POSIX.some((n) => shell.includes(n))) return false;
  const first = step.script.text.trimStart();
  return !first.startsWith('#!') || /^#!\s*(\/bin\/(ba|k)?sh|\/usr\/bin\/env\s+(ba|k)?sh)\b/.test(first);
}

/** What one ShellCheck run over a Dockerfile needs: the scripts as files, and how to read the answer back. */
export interface ShellcheckJob {
  readonly files: readonly { readonly name: string; readonly text: string }[];
  readonly args: readonly string[];
  parse(stdout: string, dir: string): ShellcheckFinding[];
}

export interface ShellcheckResult {
  readonly status: ShellcheckStatus;
  readonly findings: readonly ShellcheckFinding[];
}

/** The job for a Dockerfile, or null when it has no script ShellCheck can read. */
export function shellcheckJob(dockerfile: LintContext): ShellcheckJob | null {
  const runs = dockerfile.steps.filter((s) => checkable(s, dockerfile.escape));
  if (!runs.length) return null;
  const files = runs.map((s, k) => {
    const shell = (s.shell[0] ?? '/bin/sh').split('/').pop()!;
    const shebang = ['bash', 'ksh', 'dash', 'sh'].includes(shell) ? `#!/bin/${shell}` : '#!/bin/sh';
    return { name: `run-${k}.sh`, text: `${shebang}\nexport ${knownVariables(s, dockerfile).map((n) => `${n}=1`).join(' ')}\n${s.script!.text}\n` };
  });
  return {
    files,
    args: ['--norc', '-f', 'json1', '-S', 'style', '-e', EXCLUDED.join(',')],
    parse(stdout, dir) {
      if (!stdout.trim()) return [];
      const { comments } = JSON.parse(stdout) as { comments: { file: string; line: number; endLine: number; column: number; endColumn: number; level: string; code: number; message: string }[] };
      return comments.flatMap((c): ShellcheckFinding[] => {
        const k = files.findIndex((f) => join(dir, f.name) === c.file || f.name === c.file);
        const script = runs[k]?.script;
        // Two header lines (shebang, exports) come before the script.
        const origin = script?.origins[c.line - 3];
        const endOrigin = script?.origins[c.endLine - 3] ?? origin;
        if (!origin || !endOrigin) return [];
        const code = `SC${c.code}`;
        return [{
          rule: code, hadolint: code, severity: severityOf(c.level, c.code),
          line: origin.line, column: origin.column + c.column - 1, endLine: endOrigin.line, endColumn: endOrigin.column + c.endColumn - 1,
          message: c.message.replace(/\.$/, ''), fix: `https://www.shellcheck.net/wiki/${code}`,
        }];
      });
    },
  };
}
