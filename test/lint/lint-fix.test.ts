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

  it.each(REAL_DOCKERFILES.map((f) => [f.name, f.text] as const))('%s: fixed, it parses and offers no fix again', (_, text) => {
    const { text: fixed } = fixDockerfile(text);
    expect(fixable(fixed)).toEqual([]);
    const syntax = (t: string) => lintDockerfile(t).filter((f) => f.rule === 'syntax').length;
    expect(syntax(fixed)).toBeLessThanOrEqual(syntax(text));
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
