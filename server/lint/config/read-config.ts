/**
 * Reads the lint configuration a team already has: `.hadolint.yaml` (hadolint's keys: ignored,
 * trustedRegistries, override, failure-threshold, label-schema, strict-labels) and dref's own
 * `.dref.yaml` (the same keys, plus enable and shellcheck), nearest to the Dockerfile first, then
 * the working folder. `.dref.yaml` wins over `.hadolint.yaml` where both set something.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DrefError } from '../../errors.js';
import { errorMessage } from '../../text/error-messages.js';
import type { MessageLang } from '../../text/problem-messages.js';
import type { LintSeverity } from '../types.js';
import { DEFAULT_CONFIG, mergeConfig, type LabelType, type LintConfig } from './lint-config.js';

const HADOLINT_FILES = ['.hadolint.yaml', '.hadolint.yml'];
const DREF_FILES = ['.dref.yaml', '.dref.yml'];
const LABEL_TYPES = new Set<LabelType>(['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email']);

/** hadolint's severities, as dref's (style is info; ignore turns the rule off). */
function severityOf(value: string, file: string, lang: MessageLang): LintSeverity | 'off' {
  const v = value.toLowerCase();
  if (v === 'error' || v === 'warning' || v === 'info') return v;
  if (v === 'style') return 'info';
  if (v === 'ignore' || v === 'none' || v === 'off') return 'off';
  throw new DrefError('BAD_INPUT', errorMessage(lang, 'config.badSeverity', { file, value: JSON.stringify(value) }));
}

function list(value: unknown, key: string, file: string, lang: MessageLang): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new DrefError('BAD_INPUT', errorMessage(lang, 'config.notList', { file, key }));
  return value;
}

/** Parses one configuration file's text (the YAML parser is loaded only when there is a file to read); errors in `lang`. */
export async function parseLintConfig(text: string, file: string, lang: MessageLang = 'en'): Promise<Partial<LintConfig>> {
  const { parse: parseYaml } = await import('yaml');
  let doc: unknown;
  try {
    doc = parseYaml(text) ?? {};
  } catch (error) {
    throw new DrefError('BAD_INPUT', errorMessage(lang, 'config.badYaml', { file, reason: (error as Error).message.split('\n')[0]! }));
  }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new DrefError('BAD_INPUT', errorMessage(lang, 'config.notKeys', { file }));
  const d = doc as Record<string, unknown>;
  const severities = new Map<string, LintSeverity | 'off'>();
  const override = (d.override ?? {}) as Record<string, unknown>;
  for (const [level, rules] of Object.entries(override)) for (const rule of list(rules, `override.${level}`, file, lang)) severities.set(rule, severityOf(level, file, lang));
  const threshold = d['failure-threshold'] ?? d.failureThreshold;
  const schema: Record<string, LabelType> = {};
  for (const [key, type] of Object.entries((d['label-schema'] ?? d.labelSchema ?? {}) as Record<string, unknown>)) {
    const t = String(type).toLowerCase() as LabelType;
    if (!LABEL_TYPES.has(t)) throw new DrefError('BAD_INPUT', errorMessage(lang, 'config.badLabelType', { file, key, type: JSON.stringify(type), types: [...LABEL_TYPES].join(', ') }));
    schema[key] = t;
  }
  const noFail = d['no-fail'] === true;
  return {
    ignored: new Set(list(d.ignored ?? d.ignore, 'ignored', file, lang)),
    enabled: new Set(list(d.enable ?? d.enabled, 'enable', file, lang)),
    severities,
    trustedRegistries: list(d.trustedRegistries ?? d['trusted-registries'], 'trustedRegistries', file, lang),
    labelSchema: schema,
    ...(d['strict-labels'] !== undefined || d.strictLabels !== undefined ? { strictLabels: (d['strict-labels'] ?? d.strictLabels) === true } : {}),
    ...(noFail ? { failureThreshold: 'none' as const } : threshold !== undefined ? { failureThreshold: thresholdOf(String(threshold), file, lang) } : {}),
    ...(typeof d.shellcheck === 'boolean' ? { shellcheck: d.shellcheck } : {}),
  };
}

export function thresholdOf(value: string, file: string, lang: MessageLang = 'en'): LintSeverity | 'none' {
  const s = severityOf(value, file, lang);
  return s === 'off' ? 'none' : s;
}

/** The nearest file of `names` in `from` or a folder above it. */
function nearest(from: string, names: readonly string[]): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return null;
  }
}

/** The configuration for a Dockerfile in `dir`: the nearest .hadolint.yaml, then the nearest .dref.yaml over it. */
export async function readLintConfig(dir: string, explicit?: string, lang: MessageLang = 'en'): Promise<{ config: LintConfig; files: string[] }> {
  const files = explicit ? [explicit] : [nearest(dir, HADOLINT_FILES) ?? nearest(process.cwd(), HADOLINT_FILES), nearest(dir, DREF_FILES) ?? nearest(process.cwd(), DREF_FILES)].filter((f): f is string => !!f);
  let config = DEFAULT_CONFIG;
  for (const file of [...new Set(files)]) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new DrefError('IO', errorMessage(lang, 'file.cannotRead', { code: (error as NodeJS.ErrnoException).code ?? 'error' }), undefined, { file });
    }
    config = mergeConfig(config, await parseLintConfig(text, file, lang));
  }
  return { config, files };
}
