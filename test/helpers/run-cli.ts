/** Runs the built `dref` binary (dist/cli/main.js) as a child process, the way users run it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './catalog-model.js';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, bin = CLI): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', ...env }, timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
