/**
 * The labels a team requires (hadolint's label-schema): each stage must carry them, not empty, in
 * the declared form (URL, RFC 3339 time, SPDX licence, git hash, semantic version, e-mail). Off
 * until a schema is configured.
 */
import type { LabelType } from '../config/lint-config.js';
import { say } from '../messages.js';
import { at, type LintRule, type RuleHit, type Stage } from '../types.js';
import { envPairs } from './pip-cache-dir.js';

/** The SPDX identifiers images use most; an id outside them is reported (the full list is longer). */
const SPDX = new Set(['0BSD', 'AFL-3.0', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.1', 'Apache-2.0', 'Artistic-2.0', 'BSD-1-Clause',
  'BSD-2-Clause', 'BSD-3-Clause', 'BSD-3-Clause-Clear', 'BSD-4-Clause', 'BSL-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CDDL-1.0', 'CDDL-1.1',
  'EPL-1.0', 'EPL-2.0', 'EUPL-1.2', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'ISC',
  'LGPL-2.0', 'LGPL-2.1', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MIT', 'MIT-0', 'MPL-1.1',
  'MPL-2.0', 'MS-PL', 'NCSA', 'OFL-1.1', 'OpenSSL', 'PHP-3.01', 'PostgreSQL', 'Python-2.0', 'Ruby', 'Unlicense', 'UPL-1.0', 'Vim', 'W3C',
  'WTFPL', 'X11', 'Zlib', 'zlib-acknowledgement', 'BUSL-1.1', 'Elastic-2.0', 'SSPL-1.0', 'curl', 'libpng-2.0', 'bzip2-1.0.6', 'Classpath-exception-2.0',
  'LLVM-exception', 'GCC-exception-3.1']);

const FORMS: Record<Exclude<LabelType, 'text'>, { code: string; test: (v: string) => boolean; en: string; ko: string }> = {
  url: { code: 'DL3052', test: (v) => { try { return !!new URL(v).protocol; } catch { return false; } }, en: 'a URL', ko: 'URL' },
  rfc3339: { code: 'DL3053', test: (v) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v), en: 'an RFC 3339 time', ko: 'RFC 3339 시각' },
  spdx: { code: 'DL3054', test: (v) => v.split(/\s+(?:AND|OR|WITH)\s+/).every((id) => SPDX.has(id.replace(/^\(|\)$|\+$/g, '')) || id.startsWith('LicenseRef-')), en: 'an SPDX licence id', ko: 'SPDX 라이선스 식별자' },
  hash: { code: 'DL3055', test: (v) => /^([0-9a-f]{7}|[0-9a-f]{40})$/.test(v), en: 'a git hash', ko: 'git 해시' },
  semver: { code: 'DL3056', test: (v) => /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(v), en: 'a semantic version', ko: '시맨틱 버전' },
  email: { code: 'DL3058', test: (v) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), en: 'an e-mail address', ko: '이메일 주소' },
};

function labelsOf(stage: Stage): Map<string, { value: string; line: number }> {
  const labels = stage.parent ? labelsOf(stage.parent) : new Map<string, { value: string; line: number }>();
  for (const s of stage.steps) if (s.keyword === 'LABEL') for (const [k, v] of envPairs(s)) labels.set(k, { value: v, line: s.line });
  return labels;
}

export const labelSchema: LintRule = {
  id: 'label-schema',
  severity: 'warning',
  hadolint: 'DL3049',
  entry: 'LABEL',
  description: say('A label the configured schema requires is missing, empty or malformed', '설정한 스키마가 요구하는 레이블이 없거나 비었거나 형식이 틀림'),
  check: ({ stages, config, steps }) => {
    const schema = Object.entries(config.labelSchema);
    if (!schema.length) return [];
    const hits: RuleHit[] = [];
    for (const stage of stages.filter((s) => s.index >= 0 || s.steps.length)) {
      const where = stage.from ?? steps[0];
      if (!where) continue;
      const labels = labelsOf(stage);
      for (const [key, type] of schema) {
        const label = labels.get(key);
        if (!label) {
          hits.push({ ...at(where), hadolint: 'DL3049', message: say(`label ${key} is missing from this stage`, `이 단계에 레이블 ${key}이(가) 없습니다`), fix: say(`LABEL ${key}="…"`, `LABEL ${key}="…"`) });
        } else if (label.value === '') {
          hits.push({ line: label.line, column: 1, hadolint: 'DL3051', message: say(`label ${key} is empty`, `레이블 ${key}이(가) 비어 있습니다`), fix: say(`give ${key} a value`, `${key}에 값을 넣으세요`) });
        } else if (type !== 'text' && !FORMS[type].test(label.value)) {
          const form = FORMS[type];
          hits.push({ line: label.line, column: 1, hadolint: form.code, message: say(`label ${key}=${label.value} is not ${form.en}`, `레이블 ${key}=${label.value}은(는) ${form.ko} 형식이 아닙니다`), fix: say(`write ${key} as ${form.en}`, `${key}을(를) ${form.ko} 형식으로 쓰세요`) });
        }
      }
      if (config.strictLabels) {
        for (const s of stage.steps.filter((l) => l.keyword === 'LABEL')) {
          for (const [k] of envPairs(s).filter(([k]) => !(k in config.labelSchema))) {
            hits.push({ ...at(s), hadolint: 'DL3050', message: say(`label ${k} is not in the schema`, `레이블 ${k}은(는) 스키마에 없습니다`), fix: say(`drop ${k}, or add it to label-schema`, `${k}을(를) 빼거나 label-schema에 넣으세요`) });
          }
        }
      }
    }
    return hits;
  },
};
