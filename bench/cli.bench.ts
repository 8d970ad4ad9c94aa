/**
 * `npm run bench:cli`: start-up of short commands (piped, the embedded database) against
 * `node -e 0`, all run in the same loop; medians of BENCH_RUNS runs each. Targets: `search` ≤ 1.5×,
 * `show` and `explain` ≤ 1.7×, `lint` ≤ 2×.
 * "warm" is how a user meets a command from its second run on (V8's compiled code kept by the
 * launcher in a cache folder, here a fresh temporary one); "cold" compiles everything, as the
 * very first run does (NODE_DISABLE_COMPILE_CACHE=1).
 * Everything is measured twice: without NODE_EXTRA_CA_CERTS (the figures that count) and, where
 * the environment sets it (as on these machines), with it: there it costs every Node process some
 * 37 ms of certificate parsing, which inflates the baseline and flatters the ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'bundle', 'dref.js');
const work = mkdtempSync(join(tmpdir(), 'dref-bench-cli-'));
const dockerfile = join(work, 'Dockerfile');
writeFileSync(dockerfile, 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n');

const { NODE_EXTRA_CA_CERTS: certs, ...cleanEnv } = process.env;

interface Case { readonly label: string; readonly args: readonly string[]; readonly target?: number; readonly env?: Record<string, string> }

const CASES: readonly Case[] = [
  { label: 'dref --help', args: ['--help'] },
  { label: 'dref search restart (cold)', args: ['search', 'restart'], env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
  { label: 'dref search restart', args: ['search', 'restart'], target: 1.5 },
  { label: 'dref show run --restart', args: ['show', 'run', '--restart'], target: 1.7 },
  { label: "dref explain 'docker run …'", args: ['explain', 'docker run -d -p 8080:80 --restart=always nginx'], target: 1.7 },
  { label: 'dref lint Dockerfile', args: ['lint', dockerfile], target: 2 },
];

function time(args: readonly string[], env: Record<string, string | undefined>): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  // lint exits 1 when it finds something; anything above is a failure.
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Medians of every case, and of `node -e 0`, in one environment. */
function measure(base: Record<string, string | undefined>, cacheHome: string): { node: number; cases: number[] } {
  const env = (extra: Record<string, string> = {}) => ({ ...base, XDG_CACHE_HOME: cacheHome, ...extra });
  // The first runs build the default database if it is missing, and the code cache.
  for (const c of CASES) time([bin, ...c.args], env(c.env));
  const node: number[] = [];
  const cases: number[][] = CASES.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    node.push(time(['-e', '0'], env()));
    CASES.forEach((c, j) => cases[j]!.push(time([bin, ...c.args], env(c.env))));
  }
  return { node: median(node), cases: cases.map(median) };
}

function report(title: string, { node, cases }: { node: number; cases: number[] }, judged: boolean): void {
  console.log(`\n${title}`);
  console.log(`${'node -e 0'.padEnd(34)}${node.toFixed(0).padStart(5)} ms`);
  CASES.forEach((c, i) => {
    const ratio = cases[i]! / node;
    const verdict = c.target && judged ? `   target ≤ ${c.target}× ${ratio <= c.target ? 'met' : 'NOT met'}` : '';
    console.log(`${c.label.padEnd(34)}${cases[i]!.toFixed(0).padStart(5)} ms   ${ratio.toFixed(2)}×${verdict}`);
  });
}

console.log(`start-up, median of ${RUNS} runs (Node ${process.version})`);
report('without NODE_EXTRA_CA_CERTS (the figures that count)', measure(cleanEnv, mkdtempSync(join(work, 'cache-'))), true);
if (certs) report(`with NODE_EXTRA_CA_CERTS=${certs}, as this environment sets it`, measure({ ...cleanEnv, NODE_EXTRA_CA_CERTS: certs }, mkdtempSync(join(work, 'cache-'))), false);
