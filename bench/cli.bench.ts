/**
 * `npm run bench:cli`: start-up of `dref search restart` (piped, the embedded database) against
 * `node -e 0`, both run in the same loop; medians of BENCH_RUNS runs each. Target: ≤ 1.5×.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './synthetic-notes.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'bundle', 'dref.js');

function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

time([bin, 'search', 'restart']); // builds the default database if it is missing
const node: number[] = [];
const dref: number[] = [];
const help: number[] = [];
for (let i = 0; i < RUNS; i++) {
  node.push(time(['-e', '0']));
  dref.push(time([bin, 'search', 'restart']));
  help.push(time([bin, '--help']));
}
const ratio = median(dref) / median(node);
console.log(`start-up, median of ${RUNS} runs (Node ${process.version})`);
console.log(`node -e 0                 ${median(node).toFixed(0).padStart(5)} ms`);
console.log(`dref --help               ${median(help).toFixed(0).padStart(5)} ms   ${(median(help) / median(node)).toFixed(2)}×`);
console.log(`dref search restart       ${median(dref).toFixed(0).padStart(5)} ms   ${ratio.toFixed(2)}×   target ≤ 1.5× ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
