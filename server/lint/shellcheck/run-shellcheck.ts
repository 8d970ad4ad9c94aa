/**
 * Starts ShellCheck for Dockerfiles: synchronously for one (API callers, tests), or for many at once
 * with as many processes in flight as there are cores (the CLI). When the program is not on PATH the
 * result says 'missing' and nothing runs. The CLI keeps each answer in the user's cache folder,
 * keyed by the scripts and the program's build, since ShellCheck takes most of a lint's time on
 * long RUNs and a Dockerfile is linted again far more often than it changes.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDockerfile } from '../read-dockerfile.js';
import { shellcheckJob, shellcheckPath, type ShellcheckJob, type ShellcheckResult } from './shellcheck-findings.js';

function prepare(job: ShellcheckJob): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dref-shellcheck-'));
  return { dir, paths: job.files.map((f) => { const path = join(dir, f.name); writeFileSync(path, f.text); return path; }) };
}

export function runShellcheckSync(text: string): ShellcheckResult {
  const job = shellcheckJob(readDockerfile(text));
  if (!job) return { status: 'off', findings: [] };
  const program = shellcheckPath();
  if (!program) return { status: 'missing', findings: [] };
  const { dir, paths } = prepare(job);
  try {
    const result = spawnSync(program, [...job.args, ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (result.error) return { status: 'missing', findings: [] };
    return { status: 'ran', findings: job.parse(result.stdout, dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 64 hex digits over the text (eight FNV-1a hashes), a cache key that needs no node:crypto. */
function digest(text: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** The cache folder (DREF_SHELLCHECK_CACHE=0 turns the cache off). */
function cacheDir(): string | null {
  if (process.env.DREF_SHELLCHECK_CACHE === '0') return null;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dref', 'shellcheck');
}

function cacheKey(program: string, job: ShellcheckJob): string {
  let build = '';
  try { const s = statSync(program); build = `${s.size}-${s.mtimeMs}`; } catch { /* the run will say */ }
  return digest([program, build, ...job.args, ...job.files.flatMap((f) => [f.name, f.text])].join('\0'));
}

export async function runShellcheck(texts: readonly string[]): Promise<ShellcheckResult[]> {
  const jobs = texts.map((t) => shellcheckJob(readDockerfile(t)));
  const program = jobs.some(Boolean) ? shellcheckPath() : null;
  const results: ShellcheckResult[] = jobs.map((j) => ({ status: j && !program ? 'missing' : 'off', findings: [] }));
  if (!program) return results;
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < jobs.length; k = next++) {
      const job = jobs[k];
      if (!job) continue;
      const cache = cacheDir();
      const key = cache ? join(cache, `${cacheKey(program, job)}.json`) : null;
      if (key) {
        try { results[k] = { status: 'ran', findings: job.parse(readFileSync(key, 'utf8'), '') }; continue; } catch { /* not cached yet */ }
      }
      const { dir, paths } = prepare(job);
      try {
        const stdout = await new Promise<string>((resolve, reject) => execFile(program, [...job.args, ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 }, (error, out) => {
          // ShellCheck exits 1 when it has findings; only a failure to start is an error.
          if (error && typeof error.code !== 'number') reject(error); else resolve(out);
        }));
        results[k] = { status: 'ran', findings: job.parse(stdout, dir) };
        if (key && cache) {
          // Stored without the temporary folder, so the answer reads the same from any run.
          try { mkdirSync(cache, { recursive: true }); writeFileSync(`${key}.${process.pid}`, stdout.split(`${dir}/`).join('')); renameSync(`${key}.${process.pid}`, key); } catch { /* a cache is optional */ }
        }
      } catch {
        results[k] = { status: 'missing', findings: [] };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), jobs.length)) }, worker));
  return results;
}
