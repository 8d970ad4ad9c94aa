/** Where a rule is explained: dref's entry, and hadolint's, BuildKit's or ShellCheck's page for it. */
import type { LintFinding } from '../lint-report.js';

export function ruleHelpUri(rule: { rule?: string; id?: string; hadolint?: string | undefined; buildkit?: string | undefined }): string | undefined {
  const id = rule.rule ?? rule.id ?? '';
  if (/^SC\d+$/.test(id)) return `https://www.shellcheck.net/wiki/${id}`;
  if (rule.buildkit) return `https://docs.docker.com/go/dockerfile/rule/${rule.buildkit.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}/`;
  const dl = rule.hadolint?.split('/')[0];
  if (dl) return `https://github.com/hadolint/hadolint/wiki/${dl}`;
  return undefined;
}

export function entryHelp(f: Pick<LintFinding, 'entry'>): string | undefined {
  return f.entry ? `dref show ${f.entry.name}` : undefined;
}
