/**
 * GitLab Code Quality (a JSON array of issues: description, check_name, fingerprint, severity,
 * location.path and location.lines.begin), for merge-request widgets.
 */
import { lintFormat } from './types.js';

const SEVERITY = { error: 'critical', warning: 'major', info: 'minor' } as const;

/**
 * 64 hex digits from eight FNV-1a hashes with different seeds: stable and unique enough for
 * GitLab to match findings between runs, without loading node:crypto (a quarter of a short lint's start-up).
 */
function fingerprint(text: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export const gitlabFormat = lintFormat('gitlab', 'GitLab Code Quality JSON, for merge-request reports', (files) => `${JSON.stringify(files.flatMap(({ file, findings }) => findings.map((f) => ({
  description: `${f.message}. Fix: ${f.fix}`,
  check_name: f.rule,
  // Stable across runs for the same finding, so GitLab can tell new findings from old ones.
  fingerprint: fingerprint(`${file}\0${f.rule}\0${f.line}\0${f.column}\0${f.message}`),
  severity: SEVERITY[f.severity],
  location: { path: file, lines: { begin: f.line, ...(f.endLine ? { end: f.endLine } : {}) } },
}))), null, 2)}\n`);
