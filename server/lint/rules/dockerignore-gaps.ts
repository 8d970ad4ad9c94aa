/**
 * A .dockerignore that lets through what the context actually holds and no image should:
 * `.git` (history, sometimes credentials), `node_modules` (the host's build, wrong platform) and
 * secret files (`.env`, private keys). Only what exists in the context folder is reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { say } from '../messages.js';
import type { LintRule, RuleHit } from '../types.js';

/** A small .dockerignore matcher: enough for top-level names (`*`, `**`, `!` exceptions). */
function ignoredBy(patterns: readonly string[], name: string): boolean {
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const p = (negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '').replace(/^\.\//, '');
    if (!p) continue;
    const re = new RegExp(`^${p.split('/')[0]!.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*?/g, '.*').replace(/\?/g, '.')}$`);
    if (p === '**' || p === '*' || re.test(name) || (p.startsWith('**/') && new RegExp(`^${p.slice(3).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name))) ignored = !negate;
  }
  return ignored;
}

const SECRET = /^(\.env(\..+)?|.*\.pem|.*\.key|id_rsa|id_ed25519|\.npmrc|\.pypirc|credentials\.json|\.aws|\.ssh)$/;
const TEMPLATE = /\.(example|sample|template|dist)$/;

export const dockerignoreGaps: LintRule = {
  id: 'dockerignore-gaps',
  severity: 'warning',
  entry: 'concept:dockerignore',
  description: say('.dockerignore lets .git, node_modules or secret files into the build context', '.dockerignore가 .git, node_modules, 비밀 파일을 빌드 컨텍스트에 들여보냄'),
  check: ({ contextDir }) => {
    if (!contextDir || !existsSync(join(contextDir, '.dockerignore'))) return [];
    const patterns = readFileSync(join(contextDir, '.dockerignore'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    let names: string[];
    try { names = readdirSync(contextDir); } catch { return []; }
    const hits: RuleHit[] = [];
    const leaked = names.filter((n) => !ignoredBy(patterns, n));
    const secrets = leaked.filter((n) => SECRET.test(n) && !TEMPLATE.test(n));
    if (secrets.length) {
      hits.push({
        line: 1, column: 1,
        message: say(`${secrets.join(', ')} ${secrets.length > 1 ? 'are' : 'is'} in the build context and not in .dockerignore: a COPY . would put ${secrets.length > 1 ? 'them' : 'it'} in the image`, `${secrets.join(', ')}이(가) 빌드 컨텍스트에 있는데 .dockerignore에 없습니다. COPY . 한 번이면 이미지에 들어갑니다`),
        fix: say(`add ${secrets.join(', ')} to .dockerignore`, `.dockerignore에 ${secrets.join(', ')}를 넣으세요`),
      });
    }
    const heavy = leaked.filter((n) => n === '.git' || n === 'node_modules');
    if (heavy.length) {
      hits.push({
        line: 1, column: 1,
        message: say(`${heavy.join(' and ')} ${heavy.length > 1 ? 'are' : 'is'} sent to the builder with every build: .dockerignore does not exclude ${heavy.length > 1 ? 'them' : 'it'}`, `${heavy.join(', ')}이(가) 빌드마다 빌더로 보내집니다. .dockerignore가 제외하지 않습니다`),
        fix: say(`add ${heavy.join(' and ')} to .dockerignore`, `.dockerignore에 ${heavy.join(', ')}를 넣으세요`),
      });
    }
    return hits;
  },
};
