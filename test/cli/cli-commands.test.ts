/** The read commands through the real binary: text and --json, exit statuses, colour, and the same output in-process and against `dref serve`. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';
import { startServer } from '../helpers/start-server.js';

const dir = tempDir('dref-cmds-');
const db = join(dir, 'kb.db');
const env = { DREF_DB: db };
let server: { child: ChildProcess; url: string };

beforeAll(async () => {
  runIngest([], db);
  server = await startServer(db);
}, 30_000);
afterAll(() => { server.child.kill('SIGTERM'); });

describe('each command', () => {
  it('show prints an entry with its note lines and the correction beside a mistake', () => {
    const r = runCli(['show', 'build', '--no-cache'], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('docker build --no-cache  [option]');
    expect(r.stdout).toMatch(/ 389 'docker build --no-cache -t mybuild:0\.1'\n\s+↳ error: docker build에는 PATH/);
    expect(r.stdout).toContain('→ docker build --no-cache -t mybuild:0.1 .');
  });

  it('show takes flags as part of the name, and exits 1 for an unknown name', () => {
    expect(runCli(['show', 'run', '-p'], env).stdout.split('\n')[0]).toBe('docker run --publish  [option]');
    expect(runCli(['show', 'no-such-thing'], env)).toMatchObject({ status: 1, stdout: 'No entry named "no-such-thing". Find it with `dref search no-such-thing`.\n' });
  });

  it('explain --json gives {tokens, problems} and exits 1 on a problem', () => {
    const r = runCli(['explain', '--json', 'docker run -d --restart=sometimes nginx'], env);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { tokens: { text: string; role: string; entry: string | null }[]; problems: { message: string }[] };
    expect(json.tokens.find((t) => t.text === '--restart')).toMatchObject({ role: 'option', entry: 'docker run --restart' });
    expect(json.problems[0]!.message).toContain('sometimes');
    expect(runCli(['explain', 'docker ps -a'], env).status).toBe(0);
  });

  it('explain - reads the line from standard input, and says so when there is none', () => {
    const piped = spawnSync(process.execPath, [CLI, 'explain', '--json', '-'], { input: 'docker run -p 8080:80 nginx\n', encoding: 'utf8', env: { ...process.env, ...env } });
    expect(piped.status).toBe(0);
    const json = JSON.parse(piped.stdout) as { tokens: { text: string; meaning: string | null }[] };
    expect(json.tokens.find((t) => t.text === '8080:80')?.meaning).toBe('Port 8080 of the host (every address) → container port 80/tcp');
    // A script of lines: the problem is shown on its own line, marked from that line's start.
    const script = spawnSync(process.execPath, [CLI, 'explain', '-'], { input: 'docker ps -a\ndocker run --restart alwas nginx\n', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    expect(script.status).toBe(1);
    expect(script.stdout).toContain([
      '  ✗ `alwas` is not a value --restart accepts; it takes no, always, on-failure[:N], unless-stopped (line 2)',
      '    docker run --restart alwas nginx',
      '                         ^^^^^',
      '    → docker run --restart always nginx',
    ].join('\n'));
    const empty = spawnSync(process.execPath, [CLI, 'explain', '-'], { input: '', encoding: 'utf8', env: { ...process.env, ...env } });
    expect([empty.status, empty.stderr]).toEqual([2, "dref: explain needs a line (try `dref explain 'docker run -d nginx'`, or `dref explain -` to read it from standard input)\n"]);
  });

  it('explain says what each value means, under its flag, in aligned columns', () => {
    const r = runCli(['explain', 'docker run -d --restart unless-stopped -p 80:80 --name web nginx:1.27'], env);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('    unless-stopped option value Like always, except that a container you stopped yourself stays stopped when the daemon starts again');
    expect(lines).toContain('    80:80          option value Port 80 of the host (every address) → container port 80/tcp');
    expect(lines).toContain('  nginx:1.27       image        Image docker.io/library/nginx (a bare name means library/ on Docker Hub, home of the official images), tag 1.27');
    // Hangul takes two columns: a Korean name does not push its line's columns out of place.
    const korean = runCli(['explain', 'docker run --name 웹서버 -p 80:80 nginx'], env).stdout.split('\n').slice(2).filter(Boolean);
    expect(korean.find((l) => l.includes('웹서버'))!.indexOf('option value') + '웹서버'.length).toBe(korean.find((l) => l.trim().startsWith('80:80'))!.indexOf('option value'));
    expect(runCli(['explain', 'docker run -itd alpine'], env).stdout.split('\n').filter((l) => l.includes(' option ')).map((l) => l.trim().split(' ')[0])).toEqual(['-i', '-t', '-d']);
    // Every role, and every description, starts in the same column.
    const rows = lines.slice(2).filter(Boolean);
    expect(new Set(rows.map((line) => line.search(/ (program|command|option|option value|image) +\S/))).size).toBe(1);
    expect(new Set(rows.map((line) => { const m = / (program|command|option value|option|image) +/.exec(line)!; return m.index + m[0].length; })).size).toBe(1);
    const json = JSON.parse(runCli(['explain', '--json', '--lang', 'ko', 'docker run -e TZ=Asia/Seoul alpine'], env).stdout) as { tokens: { text: string; meaning: string | null }[] };
    expect(json.tokens.map((t) => t.meaning)).toEqual([null, null, null, '컨테이너 환경 변수 TZ을(를) "Asia/Seoul"(으)로 설정', '이미지 docker.io/library/alpine (이름만 쓰면 Docker Hub 공식 이미지 자리인 library/로 읽힘), 태그를 생략했으므로 latest']);
  });

  it('gen builds a line and fills a recipe', () => {
    expect(runCli(['gen', 'run', '--restart', 'always', '-d', '-p', '8080:80', 'nginx:1.27'], env)).toMatchObject({ status: 0, stdout: 'docker run --detach --publish 8080:80 --restart always nginx:1.27\n' });
    expect(runCli(['gen', '--short', 'image', 'prune', '--all', '--force'], env).stdout).toBe('docker image prune -a -f\n');
    const recipe = JSON.parse(runCli(['gen', '--json', '--recipe', 'save-and-load'], env).stdout) as { commands: string[] };
    expect(recipe.commands[0]).toMatch(/^docker save -o /);
    expect(runCli(['gen', 'run', '--restart', 'sometimes', 'x'], env)).toMatchObject({ status: 2 });
    // The message names the flag, not the API's input field (options[1].value).
    const bad = runCli(['gen', 'run', '-d', '-p', '80:80:80', 'nginx'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^dref: --publish: `80:80:80` is not a port mapping/);
  });

  it('lint reads a file, prints findings in text, JSON or SARIF, and exits 1 on warnings', () => {
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM ubuntu\nMAINTAINER me\nRUN apt-get update\nRUN apt-get install curl\n');
    const text = runCli(['lint', file], env);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`${file}:2:1 warning [maintainer-deprecated] MAINTAINER is deprecated`);
    const json = JSON.parse(runCli(['lint', file, '--format', 'json'], env).stdout) as { findings: { rule: string }[] };
    expect(json.findings.map((f) => f.rule)).toEqual(['from-without-tag', 'no-dockerignore', 'maintainer-deprecated', 'apt-lists-not-removed', 'consecutive-run', 'apt-get-without-yes', 'apt-install-recommends']);
    expect(JSON.parse(runCli(['lint', file, '--format', 'sarif'], env).stdout).version).toBe('2.1.0');
    expect(runCli(['lint', join(dir, 'missing')], env)).toMatchObject({ status: 74, stderr: `dref: ${join(dir, 'missing')}: no such file\n` });
  });

  it('compare and errata', () => {
    expect(runCli(['compare', 'CMD', 'ENTRYPOINT'], env).stdout).toContain('CMD vs ENTRYPOINT');
    const errata = JSON.parse(runCli(['errata', '--json', '--severity', 'error'], env).stdout) as { errata: { line: number }[] };
    expect(errata.errata.map((e) => e.line)).toContain(423);
  });

  it('prints completion scripts for bash, zsh and fish', () => {
    expect(runCli(['completions', 'bash']).stdout).toContain('complete -F _dref dref');
    expect(runCli(['completions', 'zsh']).stdout).toContain('#compdef dref');
    expect(runCli(['completions', 'fish']).stdout).toContain('complete -c dref');
    expect(runCli(['completions', 'tcsh'])).toMatchObject({ status: 2, stderr: 'dref: no completions for tcsh (use bash, zsh or fish)\n' });
  });

  it('gives every command --help with examples', () => {
    for (const command of ['search', 'show', 'explain', 'gen', 'lint', 'compare', 'errata', 'ingest', 'serve', 'browse']) {
      const r = runCli([command, '--help']);
      expect(r.status, command).toBe(0);
      expect(r.stdout, command).toMatch(/^Usage: dref /);
    }
  });
});

describe('colour', () => {
  it('is off when piped, on with --color always, and off again with NO_COLOR', () => {
    expect(runCli(['search', 'restart'], env).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['search', 'restart', '--color', 'always'], { ...env, NO_COLOR: undefined }).stdout).toMatch(/\x1b\[1m/);
    expect(runCli(['search', 'restart', '--color', 'sometimes'], env)).toMatchObject({ status: 2, stderr: 'dref: --color sometimes is not auto, always or never\n' });
  });
});

describe('the same output in-process and against a server', () => {
  const commands: string[][] = [
    ['search', '--json', 'restart'],
    ['search', 'dangling'],
    ['search', '--json', '--lang', 'ko', '재시작'],
    ['show', 'run', '--restart'],
    ['show', '--json', 'HEALTHCHECK'],
    ['explain', '--json', 'docker run -itd -p 8080:80 nginx'],
    ['explain', '--dockerfile', 'CMD["x"]'],
    ['gen', 'run', '--rm', '-e', 'A=b c', 'alpine', 'env'],
    ['gen', '--recipe', 'private-registry', 'registry_host=10.0.0.5'],
    ['compare', 'ADD', 'COPY'],
    ['errata', '--json'],
    ['search', 'zzqxw'],
    ['gen', 'rnu'],
  ];
  it.each(commands.map((c) => [c.join(' '), c] as const))('dref %s', (_name, args) => {
    const local = runCli(args, env);
    const remote = runCli([...args, '--endpoint', `${server.url}/graphql`], { DREF_DB: join(dir, 'not-used.db') });
    expect(remote.stdout).toBe(local.stdout);
    expect(remote.stderr).toBe(local.stderr);
    expect(remote.status).toBe(local.status);
  });

  it('says clearly when the server cannot be reached', () => {
    const r = runCli(['search', 'x', '--endpoint', 'http://127.0.0.1:9/graphql'], env);
    expect(r.status).toBe(74);
    expect(r.stderr).toMatch(/^dref: cannot reach http:\/\/127\.0\.0\.1:9\/graphql .*\(is `dref serve` running there\?\)\n$/);
  });

  it('says in the user\'s language when an endpoint answers with neither data nor an error', async () => {
    // A server of its own process: runCli waits synchronously, so one in this process could not answer.
    const child = spawn(process.execPath, ['-e', `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{}'); })
      .listen(0, '127.0.0.1', function () { console.log(this.address().port); })`]);
    try {
      const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
      const en = runCli(['search', 'x', '--endpoint', `http://127.0.0.1:${port}/graphql`], env);
      expect(en.stderr).toMatch(/^dref: the server answered with neither data nor an error \(point --endpoint at a dref server's \/graphql\)\n$/);
      expect(en.status).not.toBe(0);
      const ko = runCli(['search', 'x', '--lang', 'ko', '--endpoint', `http://127.0.0.1:${port}/graphql`], env);
      expect(ko.stderr).toMatch(/^dref: 서버가 데이터도 오류도 없는 응답을 보냈습니다/);
    } finally {
      child.kill();
    }
  });
});
