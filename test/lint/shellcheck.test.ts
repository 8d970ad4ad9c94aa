/** ShellCheck on RUN scripts: the real program, its findings at the Dockerfile's line and column, and a clear status when it is missing. */
import { afterEach, describe, expect, it } from 'vitest';
import { lintReport } from '../../server/lint/lint-dockerfile.js';
import { runShellcheck, runShellcheckSync } from '../../server/lint/shellcheck/run-shellcheck.js';

const sc = (text: string) => lintReport(text, { shellcheck: runShellcheckSync(text) }).findings.filter((f) => f.rule.startsWith('SC'));

describe('ShellCheck on RUN', () => {
  const saved = process.env.DREF_SHELLCHECK;
  afterEach(() => { if (saved === undefined) delete process.env.DREF_SHELLCHECK; else process.env.DREF_SHELLCHECK = saved; });

  it('maps findings to the Dockerfile line and column, through continuations and comment lines', () => {
    const dockerfile = [
      'FROM debian:12',
      'RUN set -eux; \\',
      '# a comment the builder drops',
      '    for f in $(ls /etc); do \\',
      '        echo "$f"; \\',
      '    done',
    ].join('\n');
    const found = sc(dockerfile).find((f) => f.rule === 'SC2045');
    expect(found).toMatchObject({ line: 4, column: 14, hadolint: 'SC2045', severity: 'warning' });
    expect(dockerfile.split('\n')[3]!.slice(found!.column - 1)).toMatch(/^\$\(ls \/etc\)/);
  });

  it('knows ARG and ENV names, and leaves JSON form, heredoc shebangs and PowerShell alone', () => {
    expect(sc('FROM debian:12\nARG version=1\nRUN echo "$version"')).toEqual([]);
    expect(sc('FROM debian:12\nRUN echo "$undefined_name"').map((f) => `${f.rule} ${f.severity}`)).toEqual(['SC2154 warning']);
    expect(sc('FROM debian:12\nRUN ["sh", "-c", "echo $x"]')).toEqual([]);
    expect(sc('FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-c"]\nRUN Write-Host $x')).toEqual([]);
  });

  it('reports an error in the script as an error', () => {
    expect(sc('FROM debian:12\nRUN if [ -f /x ]; then echo y').map((f) => f.severity)).toContain('error');
  });

  it('says when the program is missing, and only runs when asked', () => {
    process.env.DREF_SHELLCHECK = '/nonexistent/shellcheck';
    expect(lintReport('FROM debian:12\nRUN echo $x', { shellcheck: runShellcheckSync('FROM debian:12\nRUN echo $x') }).shellcheck).toBe('missing');
    delete process.env.DREF_SHELLCHECK;
    expect(lintReport('FROM debian:12\nRUN echo $x').shellcheck).toBe('off');
    expect(lintReport('FROM debian:12\nRUN echo $x', { shellcheck: runShellcheckSync('FROM debian:12\nRUN echo $x') }).shellcheck).toBe('ran');
  });

  it('runs many Dockerfiles at once with the same answers as one by one', async () => {
    const texts = ['FROM debian:12\nRUN echo $a', 'FROM debian:12\nCMD ["x"]', 'FROM debian:12\nRUN for f in $(ls); do echo "$f"; done'];
    process.env.DREF_SHELLCHECK_CACHE = '0';
    try {
      expect(await runShellcheck(texts)).toEqual(texts.map(runShellcheckSync));
    } finally {
      delete process.env.DREF_SHELLCHECK_CACHE;
    }
  });
});

describe('the CLI\'s ShellCheck cache', () => {
  it('answers a second run from the cache, the same as ShellCheck itself', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'dref-sc-cache-'));
    try {
      const texts = ['FROM debian:12\nRUN echo $a', 'FROM debian:12\nRUN for f in $(ls); do echo "$f"; done'];
      const first = await runShellcheck(texts);
      expect(readdirSync(join(process.env.XDG_CACHE_HOME, 'dref', 'shellcheck'))).toHaveLength(2);
      expect(await runShellcheck(texts)).toEqual(first);
      expect(first).toEqual(texts.map(runShellcheckSync));
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME; else process.env.XDG_CACHE_HOME = saved;
    }
  });
});
