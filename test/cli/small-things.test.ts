/** The small things of issue 14, each through the real binary: hints, did-you-mean, kinds, completion, facts printed once. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const db = join(tempDir('dref-small-'), 'kb.db');
const env = { DREF_DB: db };
beforeAll(() => { runIngest([], db); }, 60_000);

describe('what dref says when a word is not what it takes', () => {
  it('says how to search for a flag', () => {
    const r = runCli(['search', '--restart'], env);
    expect([r.status, r.stderr]).toEqual([2, "dref: Unknown option '--restart' (to search for a flag, put -- before it: dref search -- --restart; else see `dref search --help`)\n"]);
    const quoted = runCli(['search', '--', '--restart'], env);
    expect(quoted.status, quoted.stderr).toBe(0);
    expect(quoted.stdout).toContain('--restart');
  });

  it('offers the command or option meant', () => {
    expect(runCli(['serch', 'restart'], env)).toMatchObject({ status: 2, stderr: 'dref: unknown command `serch` (did you mean `dref search`?)\n' });
    expect(runCli(['--versoin'], env)).toMatchObject({ status: 2, stderr: 'dref: unknown option `--versoin` (did you mean `dref --version`?)\n' });
    // Nothing near: the list.
    expect(runCli(['zzzzzz'], env).stderr).toContain('the commands are: search, show, explain');
  });

  it('names a dref command, not the API field, when compare does not know a name', () => {
    const r = runCli(['compare', 'VOLUME', 'bind'], env);
    expect([r.status, r.stderr]).toEqual([1, 'dref: no entry named "bind" (find its name with `dref search bind`)\n']);
    expect(r.stderr).not.toContain('lookup');
  });
});

describe('show', () => {
  it('--json gives kinds in lower case, as search --json does', () => {
    const shown = JSON.parse(runCli(['show', '--json', 'HEALTHCHECK'], env).stdout) as { kind: string; related: { kind: string }[]; examples: { kind: string }[] };
    const found = JSON.parse(runCli(['search', '--json', 'HEALTHCHECK', '--limit', '1'], env).stdout) as { results: { kind: string }[] };
    expect(shown.kind).toBe(found.results[0]!.kind);
    expect(shown.kind).toBe('instruction');
    for (const k of [...shown.related, ...shown.examples].map((x) => x.kind)) expect(k).toBe(k.toLowerCase());
  });

  it('prints each fact once: forms, flags, and every line of the notes with its erratum', () => {
    for (const lang of ['en', 'ko']) {
      const out = runCli(['show', 'HEALTHCHECK', '--lang', lang], env).stdout;
      const count = (text: string) => out.split(text).length - 1;
      // Under Forms: and Examples:, not again as a paragraph of the body.
      expect(out.match(/^ {2}HEALTHCHECK NONE$/gm), out).toHaveLength(2);
      expect(out).not.toMatch(/^HEALTHCHECK NONE — /m);
      expect(count('--retries=<n>'), out).toBe(1);
      for (const line of [491, 495, 497, 500]) expect(out.match(new RegExp(`^ +${line} `, 'gm')), `line ${line}\n${out}`).toHaveLength(1);
      // Each erratum once, under its line (a line printed twice would repeat its erratum).
      const errata = out.match(/^ +↳ .*$/gm) ?? [];
      expect(errata.length, out).toBeGreaterThan(1);
      expect(new Set(errata).size, out).toBe(errata.length);
    }
  });
});

describe('completions', () => {
  it('offer every option each command documents in its --help', () => {
    const bash = runCli(['completions', 'bash']).stdout;
    expect(bash).toMatch(/ingest\) opts="[^"]*--add/);
    for (const command of ['search', 'show', 'explain', 'gen', 'lint', 'compare', 'errata', 'ingest', 'serve', 'browse']) {
      const help = runCli([command, '--help']).stdout;
      // The option lists: lines that start with the option (`  --json …`, `  -o, --output …`).
      const documented = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((flag) => flag !== '--help');
      const offered = new RegExp(`\\n    ${command}\\) opts="([^"]*)"`).exec(bash)?.[1]?.split(' ') ?? [];
      expect(documented.filter((flag) => !offered.includes(flag)), `${command}: ${help}`).toEqual([]);
    }
  });
});
