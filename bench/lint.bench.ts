/**
 * `npm run bench:lint`: how far dref's linter can be trusted, and how fast it is.
 *   agreement   per rule, on hadolint's own rule tests and BuildKit's build-check tests (test/lint/*-cases)
 *   precision   every warning and error on the real Dockerfiles of test/lint/real-dockerfiles, by rule,
 *               split into reviewed true positives and anything not reviewed yet
 *   speed       the built binary on one short Dockerfile against `node -e 0`, run in the same loop, and
 *               25 files in one call against 25 calls; medians of BENCH_RUNS runs. Every timed process
 *               runs without NODE_EXTRA_CA_CERTS (it costs each Node process ~37 ms of certificate parsing).
 *               The CLI keeps ShellCheck's answers in its cache folder: the "cold" rows turn that off
 *               (DREF_SHELLCHECK_CACHE=0), so every script is checked again.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintReport } from '../server/lint/lint-dockerfile.js';
import { runShellcheckSync } from '../server/lint/shellcheck/run-shellcheck.js';
import { BUILDKIT_CASES, BUILDKIT_EQUIVALENTS, drefBuildkitLines } from '../test/lint/buildkit-cases/buildkit-cases.js';
import { HADOLINT_CASES, drefFires } from '../test/lint/hadolint-cases/hadolint-cases.js';
import { REAL_DOCKERFILES, REAL_DIR, REVIEWED_TRUE_POSITIVES } from '../test/lint/real-dockerfiles.js';
import { median } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const pct = (ok: number, n: number) => `${((100 * ok) / n).toFixed(1)}%`;

// Agreement with hadolint, per rule.
const perRule = new Map<string, { ok: number; n: number }>();
for (const c of HADOLINT_CASES) {
  const t = perRule.get(c.rule) ?? { ok: 0, n: 0 };
  perRule.set(c.rule, t);
  t.n++;
  if (drefFires(c) === c.fires) t.ok++;
}
const total = [...perRule.values()].reduce((a, t) => ({ ok: a.ok + t.ok, n: a.n + t.n }), { ok: 0, n: 0 });
console.log(`agreement with hadolint's rule tests: ${total.ok}/${total.n} = ${pct(total.ok, total.n)} (${perRule.size} rules; lowest first)`);
for (const [rule, t] of [...perRule].sort((a, b) => a[1].ok / a[1].n - b[1].ok / b[1].n || a[0].localeCompare(b[0]))) {
  console.log(`  ${rule}  ${String(t.ok).padStart(3)}/${String(t.n).padEnd(3)} ${pct(t.ok, t.n).padStart(6)}`);
}

// Agreement with BuildKit, per check: the same lines warned, case by case.
const bk = new Map<string, { ok: number; n: number }>();
for (const c of BUILDKIT_CASES.filter((x) => !x.extra)) {
  const got = drefBuildkitLines(c);
  for (const rule of BUILDKIT_EQUIVALENTS) {
    const t = bk.get(rule) ?? { ok: 0, n: 0 };
    bk.set(rule, t);
    t.n++;
    const want = [...new Set(c.warnings.filter((w) => w.rule === rule).map((w) => w.line))].sort().join(',');
    if ((got.get(rule) ?? []).sort().join(',') === want) t.ok++;
  }
}
console.log(`\nagreement with BuildKit's check tests (${BUILDKIT_CASES.filter((x) => !x.extra).length} Dockerfiles):`);
for (const [rule, t] of bk) console.log(`  ${rule.padEnd(34)} ${String(t.ok).padStart(3)}/${t.n} ${pct(t.ok, t.n)}`);

// Findings on real Dockerfiles.
const bySeverity = { error: 0, warning: 0, info: 0 };
const warnings = new Map<string, number>();
let shellcheck = 'off';
for (const f of REAL_DOCKERFILES) {
  const report = lintReport(f.text, { shellcheck: runShellcheckSync(f.text) });
  if (report.shellcheck !== 'off') shellcheck = report.shellcheck;
  for (const x of report.findings) {
    bySeverity[x.severity]++;
    if (x.severity !== 'info') warnings.set(x.rule, (warnings.get(x.rule) ?? 0) + 1);
  }
}
const unreviewed = [...warnings].filter(([rule]) => !(rule in REVIEWED_TRUE_POSITIVES));
console.log(`\nreal Dockerfiles: ${REAL_DOCKERFILES.length} files, ShellCheck ${shellcheck}; ${bySeverity.error} errors, ${bySeverity.warning} warnings, ${bySeverity.info} info`);
for (const [rule, n] of [...warnings].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)} ${rule.padEnd(26)} ${REVIEWED_TRUE_POSITIVES[rule] ? `reviewed: ${REVIEWED_TRUE_POSITIVES[rule]}` : 'NOT REVIEWED'}`);
console.log(`  false positives at warning or error (not reviewed as real): ${unreviewed.reduce((a, [, n]) => a + n, 0)}`);

// Speed of the built binary.
const bin = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'bundle', 'dref.js');
const cacheHome = mkdtempSync(join(tmpdir(), 'dref-bench-cache-'));
const { NODE_EXTRA_CA_CERTS: _certs, ...cleanEnv } = process.env;
const work = mkdtempSync(join(tmpdir(), 'dref-bench-lint-'));
const short = join(work, 'Dockerfile');
writeFileSync(short, 'FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n');
const many = REAL_DOCKERFILES.slice(0, 25).map((f) => join(REAL_DIR, f.name));

function time(args: string[], env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...cleanEnv, XDG_CACHE_HOME: cacheHome, ...env } });
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

time([bin, 'lint', short]); // fills the code cache, as any second run finds it
time([bin, 'lint', ...many]);
const cold = { DREF_SHELLCHECK_CACHE: '0' };
const runs = { node: [] as number[], one: [] as number[], oneCold: [] as number[], oneNoSc: [] as number[], batch: [] as number[], separate: [] as number[], batchCold: [] as number[], separateCold: [] as number[] };
const batchRuns = Math.max(3, Math.floor(RUNS / 5));
for (let i = 0; i < RUNS; i++) {
  runs.node.push(time(['-e', '0']));
  runs.one.push(time([bin, 'lint', short]));
  runs.oneCold.push(time([bin, 'lint', short], cold));
  runs.oneNoSc.push(time([bin, 'lint', short, '--no-shellcheck']));
  if (i < batchRuns) {
    runs.batch.push(time([bin, 'lint', ...many]));
    runs.separate.push(many.reduce((sum, f) => sum + time([bin, 'lint', f]), 0));
    runs.batchCold.push(time([bin, 'lint', ...many], cold));
    runs.separateCold.push(many.reduce((sum, f) => sum + time([bin, 'lint', f], cold), 0));
  }
}
const node = median(runs.node);
const line = (label: string, ms: number, extra = '') => console.log(`  ${label.padEnd(44)}${ms.toFixed(0).padStart(6)} ms  ${(ms / node).toFixed(2).padStart(6)}×${extra}`);
console.log(`\nspeed, medians (${RUNS} runs; ${batchRuns} for the 25-file rows), Node ${process.version}, without NODE_EXTRA_CA_CERTS`);
console.log(`  ${'node -e 0'.padEnd(44)}${node.toFixed(0).padStart(6)} ms`);
const one = median(runs.one);
line('dref lint Dockerfile (short, with ShellCheck)', one, `   target ≤ 2× ${one / node <= 2 ? 'met' : 'NOT met'}`);
line('dref lint Dockerfile (ShellCheck cache cold)', median(runs.oneCold));
line('dref lint Dockerfile --no-shellcheck', median(runs.oneNoSc));
for (const [label, batch, separate] of [['', median(runs.batch), median(runs.separate)], [' (cache cold)', median(runs.batchCold), median(runs.separateCold)]] as const) {
  line(`dref lint with ${many.length} files in one call${label}`, batch);
  line(`${many.length} calls of dref lint, one file each${label}`, separate, `   one call takes ${((100 * batch) / separate).toFixed(0)}% of it`);
}
