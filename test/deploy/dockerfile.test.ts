/**
 * The project's own Dockerfile follows the notes: `dref lint` finds nothing in it. No Docker engine
 * runs here, so the image's start command (its ENTRYPOINT) and its HEALTHCHECK command are run as
 * they are, from the package, against a loopback port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { ROOT } from '../helpers/catalog-model.js';
import { tempDir } from '../helpers/temp-database.js';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const jsonArgs = (keyword: string) => {
  const instruction = DockerfileParser.parse(dockerfile).getInstructions().filter((i) => i.getKeyword() === keyword).at(-1)!;
  const raw = instruction.getRawArgumentsContent()!;
  return JSON.parse(raw.slice(raw.indexOf('['))) as string[];
};

describe('the Dockerfile', () => {
  it('passes dref lint with no finding at all', () => {
    expect(lintDockerfile(dockerfile, { contextDir: ROOT })).toEqual([]);
  });

  it('starts with its ENTRYPOINT and answers its HEALTHCHECK', async () => {
    const db = join(tempDir('dref-image-'), 'dref.db');
    runIngest([], db);
    const [program, ...args] = jsonArgs('ENTRYPOINT');
    expect(program).toBe('node');
    const child = spawn(process.execPath, [...args, '--host', '127.0.0.1', '--port', '0', '--log-level', 'warn'], { cwd: ROOT, env: { ...process.env, DREF_DB: db }, stdio: ['ignore', 'ignore', 'pipe'] });
    const port = await new Promise<number>((resolve, reject) => {
      let text = '';
      child.stderr!.on('data', (c: Buffer) => { text += c; const m = /127\.0\.0\.1:(\d+)/.exec(text); if (m) resolve(Number(m[1])); });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
    });
    const health = jsonArgs('HEALTHCHECK').map((a) => a.replace('127.0.0.1:4000', `127.0.0.1:${port}`));
    const check = spawnSync(process.execPath, health.slice(1), { encoding: 'utf8' });
    expect(check.status).toBe(0);
    child.kill('SIGTERM');
  }, 30_000);
});
