/**
 * Lint off the event loop. Linting costs about 0.2 ms a line, so a large Dockerfile would hold every
 * other request (a /healthz, a cached search) for seconds; a small pool of worker threads lints
 * instead, and the limits (LINT_MAX_BYTES, LINT_MAX_LINES) bound what one job can cost. The queue is
 * bounded too: past it the answer is 503 with Retry-After, not an ever-longer wait. Where no worker
 * script is found (a bundle shipped without one), lint runs in-process within lower limits, so that
 * one lint still holds the event loop for tens of milliseconds at most.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DrefError, type ErrorCode } from '../errors.js';
import type { LintFinding, LintLang } from '../lint/lint-dockerfile.js';
import { HttpError } from './http-error.js';
import { LINT_IN_PROCESS_MAX_BYTES, LINT_IN_PROCESS_MAX_LINES, LINT_MAX_BYTES, LINT_MAX_LINES } from './limits.js';

export interface LintPool {
  /** The findings for a Dockerfile, in `lang` (default English); rejects with TOO_LARGE past the limits and BUSY past the queue. */
  lint(source: string, lang?: LintLang): Promise<LintFinding[]>;
  /** Whether linting runs in worker threads (false: in-process). */
  readonly threaded: boolean;
  /** Starts the threads now rather than on the first lint. */
  warm(): void;
  /** Threads running now (0 before the first lint, and always 0 in-process). */
  threads(): number;
  close(): Promise<void>;
}

/** Jobs waiting beyond the ones running. */
const MAX_QUEUED = 16;
/** A job running longer than this is abandoned and its worker replaced. */
const JOB_TIMEOUT_MS = 30_000;

/** Throws TOO_LARGE, naming the limit, for a Dockerfile past either limit (the lower ones when lint runs on the event loop). */
export function checkLintSize(source: string, inProcess = false): void {
  const maxBytes = inProcess ? LINT_IN_PROCESS_MAX_BYTES : LINT_MAX_BYTES;
  const maxLines = inProcess ? LINT_IN_PROCESS_MAX_LINES : LINT_MAX_LINES;
  const hint = inProcess ? 'this server lints without worker threads, so its limits are lower; lint it in parts, or run `dref lint` locally' : 'lint it in parts, or run `dref lint` locally';
  const bytes = Buffer.byteLength(source);
  if (bytes > maxBytes) throw new DrefError('TOO_LARGE', `the Dockerfile is ${bytes} bytes; the lint limit is ${maxBytes} bytes (${maxBytes / 1024} KB)`, hint);
  let lines = 1;
  for (let i = source.indexOf('\n'); i !== -1 && lines <= maxLines; i = source.indexOf('\n', i + 1)) lines++;
  if (lines > maxLines) throw new DrefError('TOO_LARGE', `the Dockerfile has more than ${maxLines} lines, the lint limit`, hint);
}

/** How to start a worker: the compiled script beside this module, or (tests run the sources) the .ts one under tsx. */
function workerScript(): (() => Worker) | undefined {
  const here = import.meta.dirname;
  for (const file of [join(here, 'lint-worker.js'), join(here, '..', 'server', 'http', 'lint-worker.js')]) if (existsSync(file)) return () => new Worker(file);
  const source = join(here, 'lint-worker.ts');
  if (!existsSync(source)) return undefined;
  // A loader given in execArgv does not reach a worker's entry module on Node 20, so the worker registers tsx itself.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(source).href)}); })`;
  return () => new Worker(boot, { eval: true });
}

interface Job {
  readonly id: number;
  readonly source: string;
  readonly lang: LintLang;
  resolve(findings: LintFinding[]): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded the linter: a worker that dies before is not started again. */
  ready?: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const lintInProcess = async (source: string, lang: LintLang = 'en') => { checkLintSize(source, true); return (await import('../lint/lint-dockerfile.js')).lintDockerfile(source, { lang }); };

export function createLintPool(size: number): LintPool {
  const script = size > 0 ? workerScript() : undefined;
  if (!script) return { threaded: false, warm: () => {}, threads: () => 0, lint: lintInProcess, close: async () => {} };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 0;
  let closed = false;
  /** Why workers cannot start (their script fails to load): then lint runs in-process, within the limits. */
  let broken: unknown;

  const spawn = (): Slot => {
    const slot: Slot = { worker: script() };
    slot.worker.unref();
    slot.worker.on('message', (message: { ready?: boolean; id?: number; findings?: LintFinding[]; error?: { code: string; message: string; hint?: string } }) => {
      if (message.ready) { slot.ready = true; return; }
      const job = slot.job;
      if (message.id === undefined || !job || job.id !== message.id) return;
      finish(slot);
      if (message.error) job.reject(new DrefError(message.error.code as ErrorCode, message.error.message, message.error.hint));
      else job.resolve(message.findings!);
      pump();
    });
    slot.worker.on('error', (error) => replace(slot, error));
    slot.worker.on('exit', () => { if (!closed && slots.includes(slot)) replace(slot, new Error('the lint worker stopped')); });
    return slot;
  };
  const finish = (slot: Slot) => { clearTimeout(slot.timer); slot.job = undefined; slot.timer = undefined; };
  const replace = (slot: Slot, error: unknown) => {
    const job = slot.job;
    finish(slot);
    const i = slots.indexOf(slot);
    if (i !== -1) slots.splice(i, 1);
    void slot.worker.terminate();
    job?.reject(new DrefError('INTERNAL', `lint failed: ${String((error as Error)?.message ?? error)}`));
    if (closed) return;
    if (!slot.ready) {
      broken = error;
      for (const waiting of queue.splice(0)) lintInProcess(waiting.source, waiting.lang).then(waiting.resolve, waiting.reject);
      return;
    }
    slots.push(spawn());
    pump();
  };
  const pump = () => {
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => replace(slot, new Error(`it took over ${JOB_TIMEOUT_MS / 1000} s`)), JOB_TIMEOUT_MS);
      slot.timer.unref();
      slot.worker.postMessage({ id: job.id, source: job.source, lang: job.lang });
    }
  };
  // Started on first use (or warm()), so an app that never lints never starts a thread.
  const start = () => { while (!closed && broken === undefined && slots.length < size) slots.push(spawn()); };

  return {
    threaded: true,
    warm: start,
    threads: () => slots.length,
    lint(source, lang = 'en') {
      if (broken !== undefined) return lintInProcess(source, lang);
      checkLintSize(source);
      start();
      if (queue.length >= MAX_QUEUED) {
        return Promise.reject(new HttpError(503, 'BUSY', 'the server is busy linting other Dockerfiles', 'try again in a second', { 'retry-after': '1' }));
      }
      return new Promise((resolve, reject) => { queue.push({ id: nextId++, source, lang, resolve, reject }); pump(); });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new HttpError(503, 'BUSY', 'the server is stopping', 'try again on another replica', { 'retry-after': '1' }));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
