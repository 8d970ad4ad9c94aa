// Rebuilds hadolint-cases.json from a hadolint checkout's test/Hadolint/Rule/*Spec.hs:
//   node test/lint/hadolint-cases/extract-hadolint-cases.mjs /path/to/hadolint
// Each `ruleCatches "DLxxxx" <dockerfile>` (or ...Not, onBuild...) becomes one case. Cases under a
// non-default `?config` keep that configuration's Haskell text, so the test can map or skip them.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = process.argv[2];
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const commit = git('rev-parse', 'HEAD').trim();
const files = git('ls-tree', '--name-only', 'HEAD', 'test/Hadolint/Rule/').split('\n').filter((f) => /DL\d+Spec\.hs$/.test(f));

/** Haskell source as tokens: strings (escapes and gaps resolved), names, and single symbols. */
function tokens(src) {
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (src.startsWith('--', i) && !/[!#$%&*+./<=>?@\\^|~:]/.test(src[i + 2] ?? '')) { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (src.startsWith('{-', i)) { i = src.indexOf('-}', i) + 2; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"') {
      let s = '';
      i++;
      while (src[i] !== '"') {
        if (src[i] === '\\') {
          const n = src[i + 1];
          if (/\s/.test(n)) { i += 2; while (src[i] !== '\\') i++; i++; continue; }
          const map = { n: '\n', t: '\t', '\\': '\\', '"': '"', "'": "'", '&': '' };
          if (n in map) { s += map[n]; i += 2; continue; }
          const d = /^\d+/.exec(src.slice(i + 1));
          if (d) { s += String.fromCodePoint(Number(d[0])); i += 1 + d[0].length; continue; }
          throw new Error(`escape \\${n}`);
        }
        s += src[i++];
      }
      i++;
      out.push({ t: 'str', v: s });
      continue;
    }
    const w = /^[A-Za-z_?][\w.']*/.exec(src.slice(i, i + 200));
    if (w) { out.push({ t: 'name', v: w[0] }); i += w[0].length; continue; }
    out.push({ t: 'sym', v: c });
    i++;
  }
  return out;
}

const CALLS = new Set(['ruleCatches', 'ruleCatchesNot', 'onBuildRuleCatches', 'onBuildRuleCatchesNot']);
const cases = [];
const skipped = [];
for (const file of files) {
  const src = git('show', `HEAD:${file}`);
  const toks = tokens(src);
  const vars = new Map();
  let fileConfig = 'def';
  let config = 'def';
  let title = '';
  let seenIt = false;
  /** A string expression starting at k: "lit", [list] joined, or a variable; returns [value, next]. */
  const expr = (k) => {
    let join = null;
    while (toks[k] && (toks[k].v === '$' || toks[k].v === '(')) k++;
    if (toks[k]?.t === 'name' && /^(Text\.)?(unlines|unwords)$/.test(toks[k].v)) { join = toks[k].v.endsWith('unlines') ? 'unlines' : 'unwords'; k++; }
    if (toks[k]?.t === 'name' && /^(Text\.)?intercalate$/.test(toks[k].v) && toks[k + 1]?.t === 'str') { join = toks[k + 1].v; k += 2; }
    while (toks[k] && (toks[k].v === '$' || toks[k].v === '(')) k++;
    let value;
    if (toks[k]?.t === 'str') value = toks[k++].v;
    else if (toks[k]?.v === '[') value = list(k), k = value.next, value = value.items;
    else if (toks[k]?.t === 'name' && vars.has(toks[k].v)) value = vars.get(toks[k++].v);
    else return [undefined, k];
    if (Array.isArray(value)) value = join === 'unlines' || join === null ? value.map((l) => `${l}\n`).join('') : value.join(join === 'unwords' ? ' ' : join);
    return [value, k];
  };
  const list = (k) => {
    const items = [];
    k++;
    while (toks[k] && toks[k].v !== ']') {
      if (toks[k].t === 'str') items.push(toks[k].v);
      else if (toks[k].v !== ',') return { items: undefined, next: k };
      k++;
    }
    return { items, next: k + 1 };
  };
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k];
    if (tok.v === 'it' && toks[k + 1]?.t === 'str') { title = toks[k + 1].v; config = fileConfig; seenIt = true; continue; }
    if (tok.v === 'let' && toks[k + 1]?.v === '?config') {
      let e = k + 3;
      const parts = [];
      let depth = 0;
      while (toks[e] && !(depth === 0 && toks[e].t === 'name' && (CALLS.has(toks[e].v) || toks[e].v === 'let' || toks[e].v === 'it' || toks[e].v === 'describe' || toks[e].v === 'in'))) {
        if (toks[e].v === '{' || toks[e].v === '[') depth++;
        if (toks[e].v === '}' || toks[e].v === ']') depth--;
        parts.push(toks[e].t === 'str' ? JSON.stringify(toks[e].v) : toks[e].v);
        e++;
      }
      config = parts.join(' ');
      if (!seenIt) fileConfig = config;
      continue;
    }
    if (tok.t === 'name' && toks[k + 1]?.v === '=' && (toks[k + 2]?.v === '[' || toks[k + 2]?.t === 'str' || /unlines|unwords/.test(toks[k + 2]?.v ?? ''))) {
      const [value] = expr(k + 2);
      if (value === undefined && toks[k + 2]?.v === '[') { const l = list(k + 2); if (l.items) vars.set(tok.v, l.items); }
      else if (value !== undefined) vars.set(tok.v, toks[k + 2]?.v === '[' ? list(k + 2).items : value);
      continue;
    }
    if (tok.t === 'name' && CALLS.has(tok.v) && toks[k + 1]?.t === 'str') {
      const rule = toks[k + 1].v;
      // One spec passes a Dockerfile where the rule code belongs; hadolint tests nothing there.
      if (!/^DL\d{4}$/.test(rule)) { skipped.push(`${file}: ${title} (rule code ${JSON.stringify(rule)})`); continue; }
      const [dockerfile, next] = expr(k + 2);
      if (dockerfile === undefined) { skipped.push(`${file}: ${title}`); continue; }
      cases.push({
        rule, title, dockerfile, fires: !tok.v.endsWith('Not'), onbuild: tok.v.startsWith('onBuild'),
        ...(config !== 'def' ? { config } : {}),
      });
      k = next - 1;
    }
  }
}
writeFileSync(join(import.meta.dirname, 'hadolint-cases.json'), `${JSON.stringify({ source: `https://github.com/hadolint/hadolint/tree/${commit}/test/Hadolint/Rule`, licence: 'GPL-3.0', cases }, null, 1)}\n`);
console.log(`${cases.length} cases from ${files.length} files; ${skipped.length} not read:\n${skipped.join('\n')}`);
