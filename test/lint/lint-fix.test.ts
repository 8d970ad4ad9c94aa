/** `dref lint --fix`: the safe fixes on small cases and on real Dockerfiles; the fixed file parses and shows none of the fixed findings again. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixDockerfile } from '../../server/lint/fix/apply-fixes.js';
import { unifiedDiff } from '../../server/lint/fix/unified-diff.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { tempDir } from './temp-dir.js';
import { REAL_DOCKERFILES } from './real-dockerfiles.js';

const fixable = (text: string) => lintDockerfile(text).filter((f) => f.edit).map((f) => `${f.line} ${f.rule}`);

describe('lint --fix', () => {
  it('applies each safe fix the issue lists', () => {
    const before = [
      'FROM debian:12',
      'MAINTAINER Kim <kim@example.com>',
      'ARG version = 1',
      'ENV app_home /srv/app',
      'RUN apt-get update',
      'RUN apt-get install curl',
      'ADD start.sh /usr/local/bin/',
      'CMD["start.sh"]',
      'ENTRYPOINT /usr/local/bin/start.sh --port 80',
      'run echo done',
    ].join('\n');
    expect(fixDockerfile(before).text).toBe([
      'FROM debian:12',
      'LABEL maintainer="Kim <kim@example.com>"',
      'ARG version=1',
      'ENV app_home=/srv/app',
      'RUN apt-get update && \\',
      '    apt-get install curl',
      'COPY start.sh /usr/local/bin/',
      'CMD ["start.sh"]',
      'ENTRYPOINT ["/usr/local/bin/start.sh", "--port", "80"]',
      'RUN echo done',
    ].join('\n').replace('apt-get install curl', 'apt-get install -y curl'));
  });

  it('leaves shell syntax in CMD alone: exec form would not run it the same way', () => {
    expect(fixDockerfile('FROM alpine:3.20\nCMD app --port $PORT').text).toBe('FROM alpine:3.20\nCMD app --port $PORT');
  });

  it('leaves RUNs apart when one joined script would not run both commands as before', () => {
    for (const [first, why] of [
      ['RUN cd /src', 'make would run in /src'], ['RUN export CC=clang', 'make would see CC'], ['RUN set -x', 'make would be traced'],
      ['RUN umask 077', 'make would write with another umask'], ['RUN exit 0', 'make would never run'],
      ['RUN apk add curl # for health checks', 'the comment would swallow && make'], ['RUN apk add curl;', '; && is a syntax error'],
    ]) {
      const text = `FROM alpine:3.20\n${first}\nRUN make`;
      expect(fixDockerfile(text).text, why).toBe(text);
    }
    expect(fixDockerfile('FROM alpine:3.20\nRUN apk add curl\nRUN make').text).toBe('FROM alpine:3.20\nRUN apk add curl && \\\n    make');
  });

  it('joins RUNs only with the file\'s own escape and under a POSIX shell', () => {
    // With `# escape=\``, a `\\` ends no line: the second line would be an instruction of its own.
    for (const text of ['# escape=`\nFROM alpine:3.20\nRUN apk add curl\nRUN make', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN a\nRUN b']) {
      expect(fixDockerfile(text).text).toBe(text);
    }
  });

  it('writes exec form only for a program: `exec` is dropped, builtins and assignments stay in shell form', () => {
    expect(fixDockerfile('FROM nginx:1.27\nCMD exec nginx -g daemon-off').text).toBe('FROM nginx:1.27\nCMD ["nginx", "-g", "daemon-off"]');
    for (const cmd of ['CMD cd /srv', 'CMD . /etc/profile', 'CMD source /venv/bin/activate', 'CMD PORT=80 app', 'CMD exec']) {
      expect(fixDockerfile(`FROM alpine:3.20\n${cmd}`).text, cmd).toBe(`FROM alpine:3.20\n${cmd}`);
    }
  });

  it('rewrites legacy ENV only where key=value reads the value alike', () => {
    expect(fixDockerfile('FROM alpine:3.20\nENV TAGS "bindata $TAGS"\nENV A x y\nENV B \'c\'').text)
      .toBe('FROM alpine:3.20\nENV TAGS="bindata $TAGS"\nENV A="x y"\nENV B=\'c\'');
    for (const env of ['ENV A x\\ y', 'ENV B \'c d\'']) expect(fixDockerfile(`FROM alpine:3.20\n${env}`).text, env).toBe(`FROM alpine:3.20\n${env}`);
  });

  it.each(REAL_DOCKERFILES.map((f) => [f.name, f.text] as const))('%s: fixed, it parses, offers no fix again and shows none of the fixed findings', (_, text) => {
    const { text: fixed, fixed: applied } = fixDockerfile(text);
    expect(fixable(fixed)).toEqual([]);
    const count = (t: string, rule?: string) => lintDockerfile(t).filter((f) => (rule ? f.rule === rule : f.severity === 'error')).length;
    expect(count(fixed)).toBeLessThanOrEqual(count(text));
    for (const rule of new Set(applied.map((f) => f.rule))) {
      expect(count(fixed, rule), rule).toBeLessThanOrEqual(count(text, rule) - applied.filter((f) => f.rule === rule).length);
    }
  });

  it('has fixes to make on the real Dockerfiles (the test above is not empty)', () => {
    const rules = new Set(REAL_DOCKERFILES.flatMap((f) => fixDockerfile(f.text).fixed.map((x) => x.rule)));
    expect([...rules].sort()).toEqual(expect.arrayContaining(['consecutive-run', 'legacy-key-value', 'shell-form-command']));
  });

  it('--dry-run prints a unified diff that git apply takes', () => {
    const dir = tempDir();
    const before = 'FROM alpine:3.20\nMAINTAINER me\nRUN echo a\nRUN echo b\n';
    writeFileSync(join(dir, 'Dockerfile'), before);
    const diff = unifiedDiff(before, fixDockerfile(before).text, 'Dockerfile');
    expect(diff.split('\n').slice(0, 3)).toEqual(['--- a/Dockerfile', '+++ b/Dockerfile', '@@ -1,4 +1,4 @@']);
    writeFileSync(join(dir, 'fix.diff'), diff);
    const applied = spawnSync('git', ['apply', '--check', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    expect(applied.status, applied.stderr).toBe(0);
  });
});
