/**
 * A .dockerignore that lets through what the context actually holds and no image should:
 * `.git` (history, sometimes credentials), `node_modules` (the host's build, wrong platform) and
 * secret files (`.env`, private keys). Only what exists in the context folder is reported, and
 * .dockerignore is read by the one matcher every rule uses (dockerignore-patterns.ts).
 */
import { readdirSync } from 'node:fs';
import { say } from '../messages.js';
import type { LintRule, RuleHit } from '../types.js';
import { isIgnored, readDockerignore } from './dockerignore-patterns.js';

const SECRET = /^(\.env(\..+)?|.*\.pem|.*\.key|id_rsa|id_ed25519|\.npmrc|\.pypirc|credentials\.json|\.aws|\.ssh)$/;
const TEMPLATE = /\.(example|sample|template|dist)$/;

export const dockerignoreGaps: LintRule = {
  id: 'dockerignore-gaps',
  severity: 'warning',
  entry: 'concept:dockerignore',
  description: say('.dockerignore lets .git, node_modules or secret files into the build context', '.dockerignore가 .git, node_modules, 비밀 파일을 빌드 컨텍스트에 들여보냄'),
  check: ({ contextDir }) => {
    const patterns = readDockerignore(contextDir);
    if (!contextDir || !patterns) return [];
    let names: string[];
    try { names = readdirSync(contextDir); } catch { return []; }
    const hits: RuleHit[] = [];
    // `node_modules/**` leaves the folder itself in but sends nothing of it: what is below counts.
    const leaked = names.filter((n) => !isIgnored(patterns, n) && !isIgnored(patterns, `${n}/x`));
    const secrets = leaked.filter((n) => SECRET.test(n) && !TEMPLATE.test(n));
    if (secrets.length) {
      hits.push({
        line: 1, column: 1,
        message: say(`${secrets.join(', ')} ${secrets.length > 1 ? 'are' : 'is'} in the build context and not in .dockerignore: a COPY . would put ${secrets.length > 1 ? 'them' : 'it'} in the image`, `${secrets.join(', ')}이(가) 빌드 컨텍스트에 있는데 .dockerignore에 없습니다. COPY . 한 번이면 이미지에 들어갑니다`),
        fix: say(`add ${secrets.join(', ')} to .dockerignore`, `.dockerignore에 ${secrets.join(', ')}을(를) 넣으세요`),
      });
    }
    const heavy = leaked.filter((n) => n === '.git' || n === 'node_modules');
    if (heavy.length) {
      hits.push({
        line: 1, column: 1,
        message: say(`${heavy.join(' and ')} ${heavy.length > 1 ? 'are' : 'is'} sent to the builder with every build: .dockerignore does not exclude ${heavy.length > 1 ? 'them' : 'it'}`, `${heavy.join(', ')}이(가) 빌드마다 빌더로 보내집니다. .dockerignore가 제외하지 않습니다`),
        fix: say(`add ${heavy.join(' and ')} to .dockerignore`, `.dockerignore에 ${heavy.join(', ')}을(를) 넣으세요`),
      });
    }
    return hits;
  },
};
