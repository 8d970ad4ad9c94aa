/** What a lint rule sees and reports. Rules are listed in rules/index.ts: one file each. */
import type { Flag, Instruction } from 'dockerfile-ast';
import type { ParsedShell } from './shell/parse-shell.js';
import type { LintConfig } from './config/lint-config.js';

export type LintSeverity = 'error' | 'warning' | 'info';

/** The same text in both languages dref speaks. */
export interface Bilingual {
  readonly en: string;
  readonly ko: string;
}

/** Text that reads the same in both languages: a Dockerfile line, a command. */
export function code(text: string): Bilingual {
  return { en: text, ko: text };
}

/** A RUN script in shell form, with where each of its lines sits in the Dockerfile. */
export interface RunScript {
  /** The script as the shell gets it, line for line: comment lines inside it are blanked to a lone `\`. */
  readonly text: string;
  /** 1-based Dockerfile line and column of the script's first character on each of its lines. */
  readonly origins: readonly { readonly line: number; readonly column: number }[];
  readonly parsed: ParsedShell;
}

/** One instruction as the build runs it: `ONBUILD RUN x` is a RUN step marked onbuild. */
export interface Step {
  readonly instruction: Instruction;
  /** Upper-case keyword; for ONBUILD, the triggered instruction's. */
  readonly keyword: string;
  readonly onbuild: boolean;
  /** 1-based lines of the whole instruction (continuations included). */
  readonly line: number;
  readonly endLine: number;
  readonly column: number;
  /** The arguments as written, after the flags; continuations joined. */
  readonly args: string;
  /** The arguments, word by word, as the parser read them (quotes kept). */
  readonly words: readonly string[];
  readonly flags: readonly Flag[];
  /** The JSON (exec) form's strings, when the arguments are a JSON array. */
  readonly json: readonly string[] | null;
  /** For RUN in shell form (and for shell-form CMD/ENTRYPOINT): the script. */
  readonly script: RunScript | null;
  /** The shell in effect (SHELL), e.g. ['/bin/sh', '-c']. */
  readonly shell: readonly string[];
  readonly stage: Stage;
}

/** One build stage: its FROM and the steps under it. Steps before any FROM form stage 0 with no FROM. */
export interface Stage {
  readonly index: number;
  /** The `AS name`, lower-cased, if any. */
  readonly name: string | null;
  readonly from: Step | null;
  /** The image named in FROM, as written (`ubuntu:24.04`, `${BASE}`, a stage name). */
  readonly image: string | null;
  /** The earlier stage this one is built on (`FROM build`), if any. */
  readonly parent: Stage | null;
  readonly steps: readonly Step[];
}

export interface LintContext {
  readonly text: string;
  readonly lines: readonly string[];
  /** Every step in file order, ONBUILD triggers included. */
  readonly steps: readonly Step[];
  readonly stages: readonly Stage[];
  /** The parser's instructions (the FROMs and ONBUILDs themselves included). */
  readonly instructions: readonly Instruction[];
  readonly escape: string;
  readonly config: LintConfig;
  /** The build context folder, when the caller gave one. */
  readonly contextDir?: string;
}

/** A line-based edit: replace Dockerfile lines [line, endLine] (1-based, inclusive) with `text`. */
export interface LintEdit {
  readonly line: number;
  readonly endLine: number;
  readonly text: string;
}

/** A finding before the linter adds the rule's id, severity and entry. 1-based line and column. */
export interface RuleHit {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: Bilingual;
  readonly fix: Bilingual;
  /** A safe automatic fix, applied by `dref lint --fix`. */
  readonly edit?: LintEdit;
  /** For a rule that matches several hadolint rules, the one this hit is (repeated CMD: DL4003). */
  readonly hadolint?: string;
}

export interface LintRule {
  /** Stable id, used in output and in `# dref-ignore=ID`. */
  readonly id: string;
  readonly severity: LintSeverity;
  /** The hadolint rule it matches, where there is one (`# hadolint ignore=` takes it too). */
  readonly hadolint?: string;
  /** The BuildKit build check (`docker build --check`) it matches, where there is one. */
  readonly buildkit?: string;
  /** Off unless enabled in .dref.yaml / .hadolint.yaml or with --enable (version pinning, policies). */
  readonly optional?: boolean;
  /** A BuildKit experimental check: an optional rule that the Dockerfile's `# check=experimental=NAME` (or `=all`) turns on too. */
  readonly experimental?: boolean;
  /** Canonical name of the knowledge-base entry that explains why. */
  readonly entry: string;
  /** One line: what the rule checks. */
  readonly description: Bilingual;
  check(context: LintContext): RuleHit[];
}

/** A step's start as a hit position. */
export function at(step: Pick<Step, 'line' | 'column'>): { line: number; column: number } {
  return { line: step.line, column: step.column };
}

/** A 0-based parser position as a 1-based line and column. */
export function atPosition(position: { line: number; character: number }): { line: number; column: number } {
  return { line: position.line + 1, column: position.character + 1 };
}
