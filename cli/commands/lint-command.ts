/** `dref lint [DOCKERFILE|-] [--format text|json|sarif]`: the notes' advice, as a linter. */
import { readFileSync } from 'node:fs';
import { DrefError } from '../../server/errors.js';
import type { LintFinding } from '../../server/lint/lint-dockerfile.js';
import { LINT_FORMATS } from '../../server/lint/formats/index.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, withClient } from '../client.js';
import { LINT } from '../operations/documents.js';
import { parseCliArgs } from '../parse-cli-args.js';

export const LINT_HELP = `Usage: dref lint [DOCKERFILE | -] [--format text|json|sarif]

Checks a Dockerfile (default: ./Dockerfile; - reads standard input) with the notes' advice:
parse errors, deprecated MAINTAINER, ADD where COPY suffices, shell-form CMD/ENTRYPOINT,
apt-get install without -y, consecutive RUNs, files removed in a later layer, last USER root,
FROM without a tag, repeated CMD/ENTRYPOINT/HEALTHCHECK, COPY --from an unknown stage, bad
HEALTHCHECK flags. Silence a rule for the next instruction with # dref-ignore=RULE.

Options:
  --format F        text (default), json ({"findings":[{"rule","severity","line","column","message","fix","entry"}]}) or sarif (2.1.0)
${READ_OPTIONS_HELP}

Exit status: 0 when there is no error or warning, 1 when there is, 2 on a usage error.

Examples:
  dref lint
  dref lint path/to/Dockerfile --format sarif > dref.sarif
  cat Dockerfile | dref lint -`;

export async function lintCommand(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseCliArgs('lint', args, { ...READ_OPTIONS, format: { type: 'string' } });
  if (values.help) { out.write(`${LINT_HELP}\n`); return 0; }
  const format = values.json ? 'json' : values.format ?? 'text';
  const renderer = LINT_FORMATS.find((f) => f.name === format);
  if (!renderer) throw new DrefError('USAGE', `--format ${format} is not one of ${LINT_FORMATS.map((f) => f.name).join(', ')}`);
  if (positionals.length > 1) throw new DrefError('USAGE', 'lint takes one Dockerfile', 'lint them one at a time');
  const file = positionals[0] ?? 'Dockerfile';
  let source: string;
  try {
    source = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DrefError('IO', code === 'ENOENT' ? 'no such file' : `cannot read it (${code})`, code === 'ENOENT' && !positionals.length ? 'give the Dockerfile\'s path, or - for standard input' : undefined, { file });
  }
  return withClient(values, async ({ transport }) => {
    const { lintDockerfile } = await transport.execute<{ lintDockerfile: { findings: (Omit<LintFinding, 'severity' | 'entry'> & { severity: string; entry: { id: string; name: string; summary: string } | null })[] } }>(LINT, { source });
    const findings = lintDockerfile.findings.map((f) => ({ ...f, severity: f.severity.toLowerCase() as LintFinding['severity'], entry: f.entry ? { ...f.entry, summary: { ko: f.entry.summary, en: f.entry.summary } } : null }));
    out.write(renderer.render(findings, file === '-' ? 'stdin' : file));
    return findings.some((f) => f.severity !== 'info') ? 1 : 0;
  });
}
