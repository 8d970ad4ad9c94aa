/** A worker thread of the lint pool (lint-pool.ts): lints each Dockerfile it is sent and posts the findings back. */
import { parentPort } from 'node:worker_threads';
import { DrefError } from '../errors.js';
import { lintDockerfile, type LintLang } from '../lint/lint-dockerfile.js';

parentPort!.on('message', (job: { id: number; source: string; lang?: LintLang }) => {
  try {
    parentPort!.postMessage({ id: job.id, findings: lintDockerfile(job.source, { lang: job.lang ?? 'en' }) });
  } catch (error) {
    const e = error instanceof DrefError ? { code: error.code, message: error.message, hint: error.hint } : { code: 'INTERNAL', message: String((error as Error)?.stack ?? error) };
    parentPort!.postMessage({ id: job.id, error: e });
  }
});
parentPort!.postMessage({ ready: true });
