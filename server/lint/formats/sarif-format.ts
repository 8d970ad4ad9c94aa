/** SARIF 2.1.0, for code-scanning tools: one run, the rules as the tool's rule list, one result per finding. */
import { LINT_RULES } from '../rules/index.js';
import { PARSER_RULES } from '../lint-dockerfile.js';
import type { LintFormat } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const sarifFormat: LintFormat = {
  name: 'sarif',
  render(findings, file) {
    const rules = [...PARSER_RULES, ...LINT_RULES].map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { entry: r.entry, ...('hadolint' in r && r.hadolint ? { hadolint: r.hadolint } : {}) },
    }));
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'dref', rules } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? -1,
          level: LEVEL[f.severity],
          message: { text: `${f.message}. Fix: ${f.fix}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: file }, region: { startLine: f.line, startColumn: f.column } } }],
        })),
      }],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
  },
};
