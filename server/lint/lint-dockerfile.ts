/**
 * Lints a Dockerfile with the notes' advice: the parser's errors first (unknown instructions,
 * `CMD["x"]`, COPY without a destination, `ARG a = b`, bad HEALTHCHECK flags), then every rule in
 * rules/index.ts. `# dref-ignore=RULE[,RULE]` on the line above an instruction silences those rules there.
 */
import { DockerfileParser, ValidationCode, type Instruction } from '../dockerfile/dockerfile-libraries.js';
import { leadingInstruction } from '../dockerfile/instruction-names.js';
import { DrefError } from '../errors.js';
import { catalogContext, entryRef, type CatalogContext, type EntryRef } from '../knowledge/catalog-context.js';
import { checkSnippet, type SnippetFinding } from '../verify/dockerfile-snippets.js';
import { LINT_RULES } from './rules/index.js';
import type { LintContext, LintRule, LintSeverity, Stage } from './types.js';

export interface LintFinding {
  readonly rule: string;
  readonly severity: LintSeverity;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** What to write instead, or what to do. */
  readonly fix: string;
  /** The knowledge-base entry that explains why. */
  readonly entry: EntryRef | null;
}

export interface LintOptions {
  /** The build context folder, to check for a .dockerignore. */
  readonly contextDir?: string;
}

/** Rules that come from the parser and validator rather than from rules/. */
export const PARSER_RULES: readonly Pick<LintRule, 'id' | 'severity' | 'entry' | 'description'>[] = [
  { id: 'syntax', severity: 'error', entry: 'concept:dockerfile-habits', description: 'The Dockerfile does not parse: unknown instruction, missing or malformed arguments' },
  { id: 'healthcheck-invalid', severity: 'error', entry: 'HEALTHCHECK', description: 'A HEALTHCHECK flag with an invalid duration or count' },
  { id: 'legacy-key-value', severity: 'warning', entry: 'ENV', description: 'ENV or LABEL in the legacy `key value` form instead of key=value' },
  { id: 'path-typo', severity: 'warning', entry: 'WORKDIR', description: 'A path one character away from a path used above' },
  { id: 'instruction-casing', severity: 'info', entry: 'concept:dockerfile-habits', description: 'An instruction not written in capitals' },
];

const MAX_SIZE = 1_000_000;
/** Validator findings a rule of ours already reports. */
const COVERED_BY_RULES = new Set<number>([ValidationCode.DEPRECATED_MAINTAINER, ValidationCode.MULTIPLE_INSTRUCTIONS]);
const HEALTHCHECK_CODES = new Set<number>([
  ValidationCode.FLAG_INVALID_DURATION, ValidationCode.FLAG_LESS_THAN_1MS, ValidationCode.FLAG_MISSING_DURATION,
  ValidationCode.FLAG_UNKNOWN_UNIT, ValidationCode.FLAG_AT_LEAST_ONE,
]);

export function lintDockerfile(text: string, options: LintOptions = {}, context: CatalogContext = catalogContext()): LintFinding[] {
  if (text.length > MAX_SIZE) throw new DrefError('BAD_INPUT', `the Dockerfile is ${text.length} characters long; the limit is ${MAX_SIZE}`);
  if (text.includes('\0')) throw new DrefError('BAD_INPUT', 'this is binary data, not a Dockerfile (it contains a NUL byte)');
  const lines = text.split(/\r?\n/);
  const instructions = DockerfileParser.parse(text).getInstructions();
  const lintContext: LintContext = { text, lines, instructions, stages: stagesOf(instructions), ...(options.contextDir ? { contextDir: options.contextDir } : {}) };

  const findings: LintFinding[] = [];
  for (const f of checkSnippet(lines)) {
    if (f.code !== undefined && COVERED_BY_RULES.has(f.code)) continue;
    const rule = parserRuleOf(f, lines[f.index] ?? '');
    const meta = PARSER_RULES.find((r) => r.id === rule)!;
    const instruction = leadingInstruction(lines[f.index] ?? '');
    findings.push({
      rule, severity: f.severity === 'error' ? 'error' : meta.severity, line: f.index + 1, column: f.character + 1,
      message: f.message, fix: f.suggestion,
      entry: entryRef(context, instruction && rule !== 'instruction-casing' ? `instruction:${instruction}` : context.names.idOf(meta.entry)),
    });
  }
  for (const rule of LINT_RULES) {
    for (const hit of rule.check(lintContext)) {
      findings.push({ rule: rule.id, severity: rule.severity, ...hit, entry: entryRef(context, context.names.idOf(rule.entry)) });
    }
  }
  const ignored = ignoredRules(lines);
  return findings
    .filter((f) => !ignored.get(f.line)?.has(f.rule))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

function parserRuleOf(f: SnippetFinding, line: string): string {
  if (f.rule === 'dockerfile/legacy-key-value') return 'legacy-key-value';
  if (f.rule === 'dockerfile/path-typo') return 'path-typo';
  if (f.code === ValidationCode.CASING_INSTRUCTION) return 'instruction-casing';
  if (f.code !== undefined && HEALTHCHECK_CODES.has(f.code) && /^\s*HEALTHCHECK\b/i.test(line)) return 'healthcheck-invalid';
  return 'syntax';
}

/** Splits instructions into stages at each FROM; instructions before the first FROM (ARG) belong to none. */
function stagesOf(instructions: readonly Instruction[]): Stage[] {
  const stages: { index: number; name: string | null; from: Instruction; instructions: Instruction[] }[] = [];
  for (const i of instructions) {
    if (i.getKeyword() === 'FROM') {
      const args = i.getArguments().map((a) => a.getValue());
      const as = args.findIndex((a) => a.toUpperCase() === 'AS');
      stages.push({ index: stages.length, name: as >= 0 ? (args[as + 1] ?? '').toLowerCase() || null : null, from: i, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(i);
    }
  }
  return stages;
}

/** Lines whose findings are silenced: the instruction after a `# dref-ignore=a,b` comment (and the comment's own line). */
function ignoredRules(lines: readonly string[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  lines.forEach((text, index) => {
    const m = /^\s*#\s*dref-ignore=([\w,-]+)/.exec(text);
    if (!m) return;
    const rules = new Set(m[1]!.split(','));
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
    map.set(target + 1, rules);
  });
  return map;
}
