/**
 * `dref lint [PATH…|-]`: the notes' advice, hadolint's and BuildKit's checks and ShellCheck, as a
 * linter. Runs in this process (no database, no catalog); with --endpoint it asks a dref server instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DrefError } from '../../server/errors.js';
import { errorMessage } from '../../server/text/error-messages.js';
import { mergeConfig, type LintConfig } from '../../server/lint/config/lint-config.js';
import type { LintFinding, LintLang, LintOptions } from '../../server/lint/lint-report.js';
import { LINT_FORMATS } from '../../server/lint/formats/index.js';
import type { LintFileResult } from '../../server/lint/formats/types.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { findDockerfiles } from '../lint/find-dockerfiles.js';
import { TOOL_HELP_TEXTS } from '../messages/tool-help-texts.js';
import { fillPlaceholders } from '../../server/text/fill-placeholders.js';
import { cliLang, cliMessage } from '../messages/cli-messages.js';

/** The --help text in `lang`, the output formats listed from LINT_FORMATS. */
export function lintHelp(lang: LintLang): string {
  return fillPlaceholders(TOOL_HELP_TEXTS.lint[lang], { formats: LINT_FORMATS.map((f) => f.name).join(', ') });
}

export const LINT_HELP = lintHelp('en');

const OPTIONS = {
  format: { type: 'string' }, json: { type: 'boolean' }, ignore: { type: 'string', multiple: true }, enable: { type: 'string', multiple: true },
  'failure-threshold': { type: 'string' }, 'no-fail': { type: 'boolean' }, fix: { type: 'boolean' }, 'dry-run': { type: 'boolean' },
  config: { type: 'string' }, context: { type: 'string' }, 'no-shellcheck': { type: 'boolean' }, lang: { type: 'string' },
  db: { type: 'string' }, endpoint: { type: 'string' }, color: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

const RANK = { info: 0, warning: 1, error: 2 } as const;

function langOf(value: string | undefined): LintLang {
  if (value === undefined) return /^ko/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'ko' : 'en';
  // The message in LANG's language: --lang itself is what is wrong.
  if (value !== 'ko' && value !== 'en') throw new DrefError('USAGE', cliMessage(cliLang([]), 'client.badLang', { value }), cliMessage(cliLang([]), 'client.badLangHint'));
  return value;
}

function read(file: string, lang: LintLang): string {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrefError('IO', code === 'ENOENT' ? cliMessage(lang, 'lint.noSuchFile') : cliMessage(lang, 'lint.cannotRead', { code: code ?? 'error' }), undefined, { file });
  }
  // Refused here rather than by the linter, which has no file name: the message says which file, and where.
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new DrefError('BAD_INPUT', errorMessage(lang, 'lint.binary'), undefined, { file: file === '-' ? 'stdin' : file, line });
  }
  return text;
}

export async function lintCommand(args: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { values, positionals } = parseCliArgs('lint', args, OPTIONS);
  if (values.help) { out.write(`${lintHelp(langOf(values.lang))}\n`); return 0; }
  const format = values.json ? 'json' : values.format ?? 'text';
  const renderer = LINT_FORMATS.find((f) => f.name === format);
  const lang = langOf(values.lang);
  if (!renderer) throw new DrefError('USAGE', cliMessage(lang, 'lint.badFormat', { format, formats: LINT_FORMATS.map((f) => f.name).join(', ') }));
  if (values['dry-run'] && !values.fix) throw new DrefError('USAGE', cliMessage(lang, 'lint.dryRunWithoutFix'), cliMessage(lang, 'lint.dryRunWithoutFixHint'));
  const endpoint = values.endpoint ?? process.env.DREF_ENDPOINT;
  if (endpoint && !values.fix) return lintRemotely(positionals, (findings, file) => renderer.render(findings, file, lang), out, values, lang);

  const { readLintConfig, thresholdOf } = await import('../../server/lint/config/read-config.js');
  const [{ lintWith }, { entryByName }] = await Promise.all([import('../../server/lint/lint-report.js'), import('../../server/lint/entry-names.js')]);
  const files = positionals.length ? findDockerfiles(positionals, lang) : ['Dockerfile'];
  if (!positionals.length) {
    try { readFileSync('Dockerfile'); } catch { throw new DrefError('IO', cliMessage(lang, 'lint.noSuchFile'), cliMessage(lang, 'lint.noDockerfileHint'), { file: 'Dockerfile' }); }
  }
  const flags = {
    ignored: new Set(values.ignore ?? []),
    enabled: new Set(values.enable ?? []),
    ...(values['failure-threshold'] ? { failureThreshold: thresholdOf(values['failure-threshold'], '--failure-threshold', lang) } : {}),
    ...(values['no-fail'] ? { failureThreshold: 'none' as const } : {}),
    ...(values['no-shellcheck'] ? { shellcheck: false } : {}),
  };
  // Read, configure and fix every file first, so ShellCheck can run on all of them at once.
  const jobs: { name: string; text: string; options: LintOptions; threshold: LintConfig['failureThreshold'] }[] = [];
  for (const file of files) {
    const source = read(file, lang);
    const dir = file === '-' ? process.cwd() : dirname(file);
    const config = mergeConfig((await readLintConfig(dir, values.config, lang)).config, flags);
    const contextDir = values.context ?? (file === '-' ? undefined : dir);
    const options: LintOptions = { lang, config, ...(contextDir ? { contextDir } : {}) };
    const name = file === '-' ? 'stdin' : file;
    let text = source;
    if (values.fix) {
      const { fixDockerfile } = await import('../../server/lint/fix/apply-fixes.js');
      const fixed = fixDockerfile(source, options);
      if (values['dry-run']) {
        const { unifiedDiff } = await import('../../server/lint/fix/unified-diff.js');
        out.write(unifiedDiff(source, fixed.text, name));
        continue;
      }
      text = fixed.text;
      if (fixed.fixed.length && file !== '-') writeFileSync(file, text);
      err.write(lang === 'ko' ? `dref: ${name}: ${fixed.fixed.length}건을 고쳤습니다\n` : `dref: ${name}: fixed ${fixed.fixed.length} finding${fixed.fixed.length === 1 ? '' : 's'}\n`);
      if (file === '-') { out.write(text); continue; }
    }
    jobs.push({ name, text, options, threshold: config.failureThreshold });
  }
  const checked = jobs.some((j) => j.options.config!.shellcheck)
    ? await (await import('../../server/lint/shellcheck/run-shellcheck.js')).runShellcheck(jobs.map((j) => (j.options.config!.shellcheck ? j.text : '')))
    : [];
  const results: LintFileResult[] = [];
  let failed = false;
  let shellcheckMissing = false;
  jobs.forEach((job, k) => {
    // The formats print an entry's name only, so the catalog (most of a short lint's start-up) is not loaded.
    const report = lintWith(job.text, { ...job.options, ...(checked[k] ? { shellcheck: checked[k] } : {}) }, entryByName);
    if (report.shellcheck === 'missing') shellcheckMissing = true;
    results.push({ file: job.name, findings: report.findings });
    if (job.threshold !== 'none' && report.findings.some((f) => RANK[f.severity] >= RANK[job.threshold as keyof typeof RANK])) failed = true;
  });
  if (shellcheckMissing) {
    err.write(lang === 'ko'
      ? 'dref: shellcheck가 없어 RUN 스크립트의 셸 검사를 건너뛰었습니다 (설치: apt-get install shellcheck)\n'
      : 'dref: shellcheck is not installed, so the shell checks of RUN scripts were skipped (install it: apt-get install shellcheck)\n');
  }
  if (results.length) out.write(renderer.renderFiles(results, lang));
  return failed ? 1 : 0;
}

/** The old path through a dref server: one file, the findings the API returns. */
async function lintRemotely(positionals: readonly string[], render: (findings: LintFinding[], file: string) => string, out: NodeJS.WritableStream, values: { endpoint?: string | undefined; lang?: string | undefined }, lang: LintLang): Promise<number> {
  if (positionals.length > 1) throw new DrefError('USAGE', cliMessage(lang, 'lint.oneWithEndpoint'), cliMessage(lang, 'lint.oneWithEndpointHint'));
  const file = positionals[0] ?? 'Dockerfile';
  const source = read(file, lang);
  const [{ withClient }, { LINT }] = await Promise.all([import('../client.js'), import('../operations/documents.js')]);
  return withClient(values, async ({ transport }) => {
    const { lintDockerfile } = await transport.execute<{ lintDockerfile: { findings: (Omit<LintFinding, 'severity' | 'entry'> & { severity: string; entry: { id: string; name: string; summary: string } | null })[] } }>(LINT, { source });
    const findings = lintDockerfile.findings.map((f) => ({ ...f, severity: f.severity.toLowerCase() as LintFinding['severity'], entry: f.entry ? { ...f.entry, summary: { ko: f.entry.summary, en: f.entry.summary } } : null }));
    out.write(render(findings, file === '-' ? 'stdin' : file));
    return findings.some((f) => f.severity !== 'info') ? 1 : 0;
  });
}
