/** What a team can set for lint (from .hadolint.yaml, .dref.yaml and flags), and its defaults. */
import type { LintSeverity } from '../types.js';

/** hadolint's label-schema types. */
export type LabelType = 'text' | 'url' | 'rfc3339' | 'spdx' | 'hash' | 'semver' | 'email';

export interface LintConfig {
  /** Rules (dref id, DLxxxx or BuildKit name) reported nowhere. */
  readonly ignored: ReadonlySet<string>;
  /** Optional rules turned on (the pinning rules, healthcheck-missing, …), or 'all'. */
  readonly enabled: ReadonlySet<string>;
  /** Per-rule severities that replace the rule's own; 'off' drops the rule. */
  readonly severities: ReadonlyMap<string, LintSeverity | 'off'>;
  /** Registries FROM may use (hadolint's trustedRegistries); empty means any. */
  readonly trustedRegistries: readonly string[];
  /** Labels every stage must carry, with the form of their value. */
  readonly labelSchema: Readonly<Record<string, LabelType>>;
  /** Labels outside the schema are reported too. */
  readonly strictLabels: boolean;
  /** Findings below this severity do not make the exit status fail; 'none' never fails. */
  readonly failureThreshold: LintSeverity | 'none';
  /** Run ShellCheck on RUN scripts when it is installed. */
  readonly shellcheck: boolean;
}

export const DEFAULT_CONFIG: LintConfig = {
  ignored: new Set(),
  enabled: new Set(),
  severities: new Map(),
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  failureThreshold: 'warning',
  shellcheck: true,
};

/** Later settings win; sets are unioned, so an ignore from any source holds. */
export function mergeConfig(base: LintConfig, over: Partial<LintConfig>): LintConfig {
  return {
    ignored: new Set([...base.ignored, ...(over.ignored ?? [])]),
    enabled: new Set([...base.enabled, ...(over.enabled ?? [])]),
    severities: new Map([...base.severities, ...(over.severities ?? [])]),
    trustedRegistries: [...base.trustedRegistries, ...(over.trustedRegistries ?? [])],
    labelSchema: { ...base.labelSchema, ...over.labelSchema },
    strictLabels: over.strictLabels ?? base.strictLabels,
    failureThreshold: over.failureThreshold ?? base.failureThreshold,
    shellcheck: over.shellcheck ?? base.shellcheck,
  };
}
