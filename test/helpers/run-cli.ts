/** Runs the built `dref` binary (the bundle in dist/bundle) as a child process, the way users run it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './catalog-model.js';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The shipped binary: the bundle `npm run build` makes (package.json's bin). */
export const CLI = join(ROOT, 'dist', 'bundle', 'dref.js');

export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, bin = CLI): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', ...env }, timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
