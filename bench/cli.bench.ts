/**
 * `npm run bench:cli`: start-up of `dref search restart` (piped, the embedded database) against
 * `node -e 0`, all run in the same loop; medians of BENCH_RUNS runs each. Target: ≤ 1.5×.
 * "warm" is how a user meets it from the second run of a command on (V8's compiled code kept by
 * the launcher in a cache folder, here a fresh temporary one); "cold" compiles everything, as the
 * very first run does (NODE_DISABLE_COMPILE_CACHE=1). Every process runs without NODE_EXTRA_CA_CERTS:
 * where it is set (as on these machines) it costs every Node process some 37 ms of certificate
 * parsing, which inflates the baseline and flatters the ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const bin = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'bundle', 'dref.js');
const cacheHome = mkdtempSync(join(tmpdir(), 'dref-bench-cache-'));

const { NODE_EXTRA_CA_CERTS: _certs, ...cleanEnv } = process.env;

function time(args: string[], env: Record<string, string> = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...cleanEnv, XDG_CACHE_HOME: cacheHome, ...env } });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

time([bin, 'search', 'restart']); // builds the default database if it is missing, and the code cache
time([bin, '--help']);
const runs = { node: [] as number[], warm: [] as number[], cold: [] as number[], help: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  runs.node.push(time(['-e', '0']));
  runs.warm.push(time([bin, 'search', 'restart']));
  runs.cold.push(time([bin, 'search', 'restart'], { NODE_DISABLE_COMPILE_CACHE: '1' }));
  runs.help.push(time([bin, '--help']));
}
const node = median(runs.node);
const line = (label: string, ms: number, extra = '') => console.log(`${label.padEnd(34)}${ms.toFixed(0).padStart(5)} ms   ${(ms / node).toFixed(2)}×${extra}`);
const ratio = median(runs.warm) / node;
console.log(`start-up, median of ${RUNS} runs (Node ${process.version}, without NODE_EXTRA_CA_CERTS)`);
console.log(`${'node -e 0'.padEnd(34)}${node.toFixed(0).padStart(5)} ms`);
line('dref --help', median(runs.help));
line('dref search restart (cold)', median(runs.cold));
line('dref search restart', median(runs.warm), `   target ≤ 1.5× ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
