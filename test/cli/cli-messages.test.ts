/**
 * Every word of the CLI's own in both languages: each message id and each --help text has an
 * English and a Korean text with the same placeholders and options, and the binary prints the
 * Korean ones under --lang ko or a Korean LANG (headings of show and compare, help of every
 * command, explain's problems and roles, errors).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../../cli/messages/cli-messages.js';
import { HELP_TEXTS } from '../../cli/messages/help-texts.js';
import { TOOL_HELP_TEXTS } from '../../cli/messages/tool-help-texts.js';
import { lintHelp } from '../../cli/commands/lint-command.js';
import { runIngest } from '../../server/ingest/run-ingest.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-database.js';

const HANGUL = /[가-힣]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();
/** The text without its example command lines (`dref search 재시작 정책` is an example in both languages). */
const prose = (text: string) => text.split('\n').filter((line) => !/^\s+(dref|echo) /.test(line)).join('\n');

describe('the catalogue of the CLI\'s words', () => {
  const help = { ...HELP_TEXTS, ...TOOL_HELP_TEXTS };
  const all = [...Object.entries(CLI_MESSAGES), ...Object.entries(help).map(([id, text]) => [`help.${id}`, text] as const)];

  it.each(all)('%s is in English and in Korean, with the same placeholders and options', (id, text) => {
    const { en, ko } = text as { en?: string; ko?: string };
    expect(en?.trim(), `${id} has no English`).toBeTruthy();
    expect(ko?.trim(), `${id} has no Korean`).toBeTruthy();
    expect(ko, `${id}: the Korean is not Korean`).toMatch(HANGUL);
    expect(prose(en!), `${id}: the English has Korean in it`).not.toMatch(HANGUL);
    expect(placeholders(ko!), id).toEqual(placeholders(en!));
    expect(options(ko!), id).toEqual(options(en!));
  });
});

describe('the binary in Korean', () => {
  const db = join(tempDir('dref-messages-'), 'kb.db');
  const env = { DREF_DB: db };
  beforeAll(() => { runIngest([], db); }, 60_000);

  it('heads show\'s parts in Korean under --lang ko, and in English without it', () => {
    const ko = runCli(['show', 'run', '--lang', 'ko'], env).stdout;
    expect(ko).toMatch(/^옵션 \(\d+개\):$/m);
    expect(ko).not.toMatch(/^(Options \(|In the notes:|Examples:|Related:)/m);
    const healthcheck = runCli(['show', 'HEALTHCHECK', '--lang', 'ko'], env).stdout;
    for (const heading of ['형식:', '플래그:', '노트의 해당 부분:', '예시:', '관련 항목:']) expect(healthcheck).toContain(heading);
    expect(healthcheck).not.toMatch(/^(Forms|Flags|In the notes|Examples):$/m);
    const en = runCli(['show', 'run', '--lang', 'en'], env).stdout;
    expect(en).toMatch(/^Options \(\d+\):$/m);
    expect(en).not.toMatch(/^옵션/m);
  });

  it('prints --help in Korean with --lang ko or a Korean LANG', () => {
    expect(runCli(['--help'], { LANG: 'ko_KR.UTF-8' }).stdout).toBe(`${HELP_TEXTS.main.ko}\n`);
    expect(runCli(['--help']).stdout).toBe(`${HELP_TEXTS.main.en}\n`);
    for (const command of ['show', 'compare', 'errata', 'browse', 'completions', 'search', 'explain', 'gen'] as const) {
      expect(runCli([command, '--help', '--lang', 'ko'], env).stdout, command).toBe(`${HELP_TEXTS[command].ko}\n`);
      expect(runCli([command, '--help'], { ...env, LANG: 'ko_KR.UTF-8' }).stdout, command).toBe(`${HELP_TEXTS[command].ko}\n`);
      expect(runCli([command, '--help'], env).stdout, command).toBe(`${HELP_TEXTS[command].en}\n`);
    }
    for (const command of ['ingest', 'serve'] as const) {
      expect(runCli([command, '--help', '--lang', 'ko'], env).stdout, command).toBe(`${TOOL_HELP_TEXTS[command].ko}\n`);
      expect(runCli([command, '--help'], env).stdout, command).toBe(`${TOOL_HELP_TEXTS[command].en}\n`);
    }
    expect(runCli(['lint', '--help', '--lang', 'ko'], env).stdout).toBe(`${lintHelp('ko')}\n`);
    expect(lintHelp('ko')).toMatch(/^  --format F {14}text, json, sarif/m);
    expect(runCli(['lint', '--help'], { ...env, LANG: 'ko_KR.UTF-8' }).stdout).toMatch(/^사용법: dref lint/);
  });

  it('explains a line in Korean: its problems, the tokens\' roles and the instruction\'s form', () => {
    const run = runCli(['explain', '--lang', 'ko', 'docker run --restrat=always -p 8080:80 Nginx'], env);
    expect(run.stdout).toContain('  ✗ docker run에는 --restrat 옵션이 없습니다. 혹시 --restart 아닌가요?\n');
    expect(run.stdout).toContain('  ✗ `Nginx`: 저장소 이름은 소문자로만 씁니다(docker가 invalid reference format 오류로 거부합니다)\n');
    // Roles in a column as wide as the widest (프로그램, 8 columns), the meanings after it.
    expect(run.stdout).toMatch(/^ {2}-p {11}옵션 {5}\S/m);
    expect(run.stdout).toMatch(/^ {4}8080:80 {4}옵션 값 {2}\S/m);
    expect(run.stdout).not.toMatch(/\b(option value|program|is not|has no option)\b/);
    const english = runCli(['explain', 'docker run --restrat=always nginx'], env).stdout;
    expect(english).toContain('  ✗ docker run has no option --restrat; did you mean --restart?\n');
    const dockerfile = runCli(['explain', '--dockerfile', '--lang', 'ko', 'HEALTHCHECK --interval=1m CMD curl -f http://localhost || exit 1'], env).stdout;
    expect(dockerfile.split('\n')[1]).toBe('셸 형식');
    expect(dockerfile).toMatch(/^ {2}--interval +플래그 /m);
    const json = JSON.parse(runCli(['explain', '--json', '--lang', 'ko', 'docker run --restrat=always nginx'], env).stdout) as { tokens: { role: string }[] };
    expect(json.tokens.map((t) => t.role)).toContain('option value');
  });

  it('prints show and compare with no English heading, and each fact of HEALTHCHECK once', () => {
    const show = runCli(['show', 'HEALTHCHECK', '--lang', 'ko'], env).stdout;
    expect(show.split('\n')[0]).toBe('HEALTHCHECK  [인스트럭션]');
    expect(show).not.toMatch(/^(Options \(|Forms:|Flags:|In the notes:|Examples:|Related:|Steps:)/m);
    expect(show).not.toMatch(/[(,] ?(passage|definition|example)\)|↳ (error|warning):/);
    const count = (text: string) => show.split(text).length - 1;
    for (const fact of ['HEALTHCHECK [OPTIONS] CMD <command>', 'HEALTHCHECK NONE\n    ', '--interval=<duration>', '--retries=<n>']) expect(count(fact), fact).toBe(1);
    const noteLines = [...show.matchAll(/^ {2,6}(\d+) /gm)].map((m) => m[1]);
    expect(noteLines.length).toBeGreaterThan(0);
    expect(new Set(noteLines).size).toBe(noteLines.length);
    const compare = runCli(['compare', 'CMD', 'ENTRYPOINT', '--lang', 'ko'], env);
    expect(compare.status).toBe(0);
    expect(compare.stdout).toMatch(/^CMD와 ENTRYPOINT 비교$/m);
    expect(compare.stdout).not.toMatch(/\b(Compared|Options|Examples|vs)\b/);
  });

  it('documents what ingest --json prints and that an unchanged ingest is not rebuilt, in both languages', () => {
    const first = runCli(['ingest', '--json', '--db', db], env);
    expect(first.status).toBe(0);
    const again = JSON.parse(runCli(['ingest', '--json', '--db', db], env).stdout) as Record<string, unknown>;
    expect(again.unchanged).toBe(true);
    expect((JSON.parse(runCli(['ingest', '--json', '--force', '--db', db], env).stdout) as { unchanged: boolean }).unchanged).toBe(false);
    for (const lang of ['en', 'ko'] as const) {
      const help = TOOL_HELP_TEXTS.ingest[lang];
      const json = help.slice(help.indexOf('  --json'), help.indexOf('  --quiet'));
      for (const key of Object.keys(again)) expect(json, `${lang}: ${key}`).toContain(`"${key}"`);
    }
    expect(TOOL_HELP_TEXTS.ingest.en).toMatch(/nothing is\s+rebuilt/);
    expect(TOOL_HELP_TEXTS.ingest.ko).toMatch(/다시 만들지 않고/);
    for (const lang of ['en', 'ko'] as const) expect(TOOL_HELP_TEXTS.ingest[lang], lang).toMatch(/^ {2}--force {5}\S/m);
  }, 120_000);

  it('says what went wrong in Korean', () => {
    expect(runCli(['serch', 'restart', '--lang', 'ko'], env).stderr).toBe('dref: 알 수 없는 명령입니다: `serch` (비슷한 명령: `dref search`)\n');
    expect(runCli(['search', '--restart'], { ...env, LANG: 'ko_KR.UTF-8' }).stderr).toBe("dref: 알 수 없는 옵션입니다: '--restart' (플래그 자체를 검색하려면 앞에 --를 붙이세요: dref search -- --restart. 그 밖의 사용법은 `dref search --help`를 보세요)\n");
    expect(runCli(['compare', 'VOLUME', 'bind', '--lang', 'ko'], env).stderr).toBe('dref: "bind" 항목이 없습니다 (`dref search bind`로 정확한 이름을 찾아보세요)\n');
    expect(runCli(['show', 'nosuchthing', '--lang', 'ko'], env).stdout).toBe('"nosuchthing" 항목이 없습니다. `dref search nosuchthing`로 찾아보세요.\n');
    expect(runCli(['show', '--lang', 'fr', 'run'], { ...env, LANG: 'ko_KR.UTF-8' }).stderr).toBe('dref: 지원하지 않는 언어입니다: --lang fr (--lang ko나 --lang en을 쓰세요)\n');
  });

  it('refuses gen words in the words generate() itself uses, in both languages', () => {
    expect(runCli(['gen', 'run', '--bogus', 'x', '--lang', 'ko'], env).stderr).toBe('dref: docker run에는 --bogus 옵션이 없습니다 (자세한 내용은 `dref show docker run`에서 보세요)\n');
    expect(runCli(['gen', 'run', '--bogus', 'x'], env).stderr).toBe('dref: docker run has no option --bogus (see `dref show docker run`)\n');
    expect(runCli(['gen', 'run', '--restart', '--lang', 'ko'], env).stderr).toBe('dref: --restart 옵션에는 값(string)이 필요합니다\n');
    expect(runCli(['gen', 'run', '--restart'], env).stderr).toBe('dref: --restart needs a value (string)\n');
    expect(runCli(['gen', 'frobnicate', '--lang', 'ko'], env).stderr).toBe('dref: command: `frobnicate`: dref가 아는 docker 명령이 아닙니다 (명령은 `dref search`로 찾아보세요)\n');
    expect(runCli(['gen', 'frobnicate'], env).stderr).toBe('dref: command: `frobnicate` is not a docker command dref knows (see `dref search` for the commands)\n');
  });
});
