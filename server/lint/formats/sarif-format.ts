/**
 * SARIF 2.1.0, for code-scanning tools: one run, every rule of dref in the tool's rule list (with
 * help pointing at its entry and, where there is one, hadolint's, BuildKit's or ShellCheck's page),
 * one result per finding with start and end positions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../database/paths.js';
import { PARSER_RULES } from '../parser-findings.js';
import { LINT_RULES } from '../rules/index.js';
import { ruleHelpUri } from './rule-help.js';
import { lintFormat } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

let version: string | undefined;
function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

export const sarifFormat = lintFormat('sarif', 'SARIF 2.1.0, for GitHub code scanning and other code-scanning tools', (files) => {
  const rules = [...PARSER_RULES, ...LINT_RULES].map((r) => {
    const uri = ruleHelpUri({ id: r.id, hadolint: 'hadolint' in r ? (r.hadolint as string | undefined) : undefined, buildkit: r.buildkit });
    return {
      id: r.id,
      shortDescription: { text: r.description.en },
      fullDescription: { text: r.description.en },
      help: { text: `${r.description.en}. Why: dref show ${r.entry}`, markdown: `${r.description.en}. Why: \`dref show ${r.entry}\`` },
      ...(uri ? { helpUri: uri } : {}),
      defaultConfiguration: { level: LEVEL[r.severity], enabled: !('optional' in r && r.optional) },
      properties: { entry: r.entry, ...('hadolint' in r && r.hadolint ? { hadolint: r.hadolint } : {}), ...(r.buildkit ? { buildkit: r.buildkit } : {}) },
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ file, findings }) => findings.map((f) => {
    const index = ruleIndex.get(f.rule);
    return {
      ruleId: f.rule,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[f.severity],
      message: { text: `${f.message}. Fix: ${f.fix}` },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: file },
          region: { startLine: f.line, startColumn: f.column, ...(f.endLine ? { endLine: f.endLine } : {}), ...(f.endColumn && f.endColumn > f.column ? { endColumn: f.endColumn } : {}) },
        },
      }],
      ...(f.hadolint || f.buildkit ? { properties: { ...(f.hadolint ? { hadolint: f.hadolint } : {}), ...(f.buildkit ? { buildkit: f.buildkit } : {}) } } : {}),
    };
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'dref', version: toolVersion(), informationUri: 'https://github.com/dref', rules } },
      artifacts: files.map((f) => ({ location: { uri: f.file } })),
      results,
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
});
