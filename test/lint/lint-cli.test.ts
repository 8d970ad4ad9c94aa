/** `dref lint` as users run it: the built binary, several files, folders and globs, flags, configuration, languages and --fix. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempDir } from './temp-dir.js';

function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'api'));
  mkdirSync(join(dir, 'web', 'docker'), { recursive: true });
  writeFileSync(join(dir, 'api', 'Dockerfile'), 'FROM ubuntu\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n');
  writeFileSync(join(dir, 'web', 'docker', 'prod.Dockerfile'), 'FROM nginx:1.27\nMAINTAINER web team\n');
  writeFileSync(join(dir, 'web', 'Dockerfile.dev'), 'FROM nginx:1.27\nCMD nginx -g "daemon off;"\n');
  writeFileSync(join(dir, 'web', 'notes.txt'), 'not a Dockerfile\n');
  for (const d of ['api', 'web', 'web/docker']) writeFileSync(join(dir, d, '.dockerignore'), '.git\n');
  return dir;
}

const rulesOf = (stdout: string) => (JSON.parse(stdout) as { file: string; findings: { rule: string }[] }[]).map((f) => `${f.file.replace(/.*?(api|web)/, '$1')}: ${f.findings.map((x) => x.rule).join(' ')}`);

describe('dref lint (the binary)', () => {
  it('finds every Dockerfile in a folder and lints them in one call', () => {
    const dir = project();
    const r = runCli(['lint', dir, '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(rulesOf(r.stdout)).toEqual([
      'api/Dockerfile: from-without-tag',
      'web/docker/prod.Dockerfile: maintainer-deprecated',
      'web/Dockerfile.dev: shell-form-command',
    ]);
  });

  it('expands globs itself and takes several paths', () => {
    const dir = project();
    const r = runCli(['lint', join(dir, '**', '*.Dockerfile'), join(dir, 'api', 'Dockerfile'), '--format', 'json']);
    expect(rulesOf(r.stdout)).toEqual(['web/docker/prod.Dockerfile: maintainer-deprecated', 'api/Dockerfile: from-without-tag']);
    expect(runCli(['lint', join(dir, 'nothing-*.Dockerfile')])).toMatchObject({ status: 74, stderr: `dref: no file matches ${join(dir, 'nothing-*.Dockerfile')} (check the pattern, or quote it so the shell does not expand it first)\n` });
  });

  it('names the file and line of the NUL byte when a file is binary, in either language', () => {
    const dir = project();
    const file = join(dir, 'blob.Dockerfile');
    writeFileSync(file, Buffer.concat([Buffer.from('FROM nginx:1.27\nRUN true\n'), Buffer.from([0x00, 0x01])]));
    expect(runCli(['lint', file, '--lang', 'en'])).toMatchObject({ status: 2, stderr: `dref: ${file}:3: this is binary data, not a Dockerfile (it contains a NUL byte)\n` });
    expect(runCli(['lint', file, '--lang', 'ko'])).toMatchObject({ status: 2, stderr: `dref: ${file}:3: Dockerfile이 아니라 바이너리 데이터입니다(NUL 바이트가 들어 있습니다)\n` });
  });

  it('--ignore, --failure-threshold and --no-fail decide what is reported and the exit status', () => {
    const dir = project();
    const file = join(dir, 'api', 'Dockerfile');
    expect(runCli(['lint', file, '--ignore', 'DL3006'])).toMatchObject({ status: 0, stdout: `${file}: no findings\n` });
    expect(runCli(['lint', file, '--failure-threshold', 'error']).status).toBe(0);
    expect(runCli(['lint', file, '--no-fail']).status).toBe(0);
    expect(runCli(['lint', file]).status).toBe(1);
    expect(runCli(['lint', file, '--failure-threshold', 'fatal'])).toMatchObject({ status: 2 });
  });

  it('reads .hadolint.yaml beside the Dockerfile and # hadolint ignore= above an instruction', () => {
    const dir = project();
    writeFileSync(join(dir, 'api', '.hadolint.yaml'), 'ignored:\n  - DL3006\n');
    expect(runCli(['lint', join(dir, 'api', 'Dockerfile')]).status).toBe(0);
    writeFileSync(join(dir, 'web', 'Dockerfile.dev'), 'FROM nginx:1.27\n# hadolint ignore=DL3025\nCMD nginx -g "daemon off;"\n');
    expect(runCli(['lint', join(dir, 'web', 'Dockerfile.dev')]).status).toBe(0);
  });

  it('speaks Korean with --lang ko or a Korean LANG', () => {
    const dir = project();
    const file = join(dir, 'web', 'docker', 'prod.Dockerfile');
    const ko = runCli(['lint', file, '--lang', 'ko']).stdout;
    expect(ko).toContain(`${file}:2:1 warning [maintainer-deprecated] MAINTAINER는 폐기된 인스트럭션입니다. 관리자 정보는 레이블로 남기세요`);
    expect(runCli(['lint', file], { LANG: 'ko_KR.UTF-8' }).stdout).toBe(ko);
  });

  it('says once that shell checks were skipped when shellcheck is missing', () => {
    const dir = project();
    const r = runCli(['lint', dir], { DREF_SHELLCHECK: join(dir, 'no-shellcheck-here') });
    expect(r.stderr).toBe('dref: shellcheck is not installed, so the shell checks of RUN scripts were skipped (install it: apt-get install shellcheck)\n');
  });

  it('--fix --dry-run prints the diff and changes nothing; --fix writes the file', () => {
    const dir = project();
    const file = join(dir, 'web', 'docker', 'prod.Dockerfile');
    const dry = runCli(['lint', file, '--fix', '--dry-run']);
    expect(dry.stdout).toBe(`--- a/${file}\n+++ b/${file}\n@@ -1,2 +1,2 @@\n FROM nginx:1.27\n-MAINTAINER web team\n+LABEL maintainer="web team"\n`);
    expect(readFileSync(file, 'utf8')).toBe('FROM nginx:1.27\nMAINTAINER web team\n');
    const fixed = runCli(['lint', file, '--fix']);
    expect(fixed).toMatchObject({ status: 0, stderr: `dref: ${file}: fixed 1 finding\n`, stdout: `${file}: no findings\n` });
    expect(readFileSync(file, 'utf8')).toBe('FROM nginx:1.27\nLABEL maintainer="web team"\n');
  });

  it('checks COPY against the .dockerignore beside the Dockerfile (or --context), never for standard input', () => {
    const dir = project();
    const file = join(dir, 'api', 'Dockerfile');
    writeFileSync(file, 'FROM alpine:3.20\nCOPY config.yaml /etc/app/\n');
    writeFileSync(join(dir, 'api', '.dockerignore'), '.git\n*.yaml\n');
    expect(runCli(['lint', file, '--format', 'gnu'], { LANG: 'C' }).stdout)
      .toBe(`${file}:2:1: warning: COPY config.yaml: .dockerignore leaves config.yaml out of the build context (pattern "*.yaml"), so the builder never gets it and this step fails with "not found" [copy-ignored-file]\n`);
    expect(runCli(['lint', file, '--context', join(dir, 'web')]).status).toBe(0);
    const stdin = spawnSync(process.execPath, [CLI, 'lint', '-'], { input: readFileSync(file, 'utf8'), cwd: join(dir, 'api'), encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(stdin).toMatchObject({ status: 0, stdout: 'stdin: no findings\n' });
  });

  it('reads standard input and names it stdin', () => {
    const r = spawnSync(process.execPath, [CLI, 'lint', '-', '--format', 'gnu'], { input: 'FROM alpine:3.20\nEXPOSE 70000\n', encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r).toMatchObject({ status: 1, stdout: 'stdin:2:1: error: port 70000 is out of range: ports go from 0 to 65535 [expose-port-range]\n' });
  });
});
