// Rebuilds buildkit-cases.json from a moby/buildkit checkout's frontend/dockerfile/dockerfile_check_test.go:
//   node test/lint/buildkit-cases/extract-buildkit-cases.mjs /path/to/buildkit
// Each checkLinterWarnings call becomes one case: the Dockerfile, the .dockerignore beside it if the
// test writes one, the build arguments if it passes any, and the (rule, line) warnings it must give.
// Dockerfiles written with fmt.Appendf or integration.UnixOrWindows take their Unix values. Calls
// that also set other frontend options or mounts, or expect the build to fail before it runs, are
// kept but marked `extra`, since the linter alone cannot reproduce them. So are calls with
// UnmarshalWarnings: those are what the lint request answers for every stage, but BuildKit's test
// does not check their lines (testLegacyKeyValueFormat lists lines 3 and 4 for instructions on 5 and
// 6), so they are kept as the test wrote them, not compared.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = process.argv[2];
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const commit = git('rev-parse', 'HEAD').trim();
const path = 'frontend/dockerfile/dockerfile_check_test.go';
const src = git('show', `HEAD:${path}`);

/** The text from `open` (an opening bracket) to its matching close, exclusive. */
function balanced(text, open) {
  const [o, c] = text[open] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let i = open, quote = null; i < text.length; i++) {
    const ch = text[i];
    if (quote) { if (ch === quote && text[i - 1] !== '\\') quote = null; continue; }
    if (ch === '`' || ch === '"') { quote = ch; continue; }
    if (ch === o) depth++;
    if (ch === c && --depth === 0) return text.slice(open + 1, i);
  }
  return null;
}

/** Arguments of a call at top level, split at commas outside brackets and strings. */
function splitArgs(text) {
  const args = [];
  let depth = 0;
  let start = 0;
  for (let i = 0, quote = null; i < text.length; i++) {
    const ch = text[i];
    if (quote) { if (ch === quote && text[i - 1] !== '\\') quote = null; continue; }
    if (ch === '`' || ch === '"') { quote = ch; continue; }
    if ('({['.includes(ch)) depth++;
    if (')}]'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) { args.push(text.slice(start, i).trim()); start = i + 1; }
  }
  if (text.slice(start).trim()) args.push(text.slice(start).trim());
  return args;
}

/** A Go expression's string value on Unix, or null: a literal, a known variable, UnixOrWindows(a, b). */
function valueOf(expr, vars) {
  expr = expr.trim();
  let m;
  if ((m = /^`([^`]*)`$/.exec(expr)) || (m = /^"((?:[^"\\]|\\.)*)"$/.exec(expr))) return m[1];
  if (/^\w+$/.test(expr)) return vars.get(expr) ?? null;
  if ((m = /^integration\.UnixOrWindows\(/.exec(expr))) return valueOf(splitArgs(balanced(expr, m[0].length - 1) ?? '')[0] ?? '', vars);
  if ((m = /^\[\]byte\(/.exec(expr))) return valueOf(balanced(expr, m[0].length - 1) ?? '', vars);
  if ((m = /^fmt\.Appendf\(nil,/.exec(expr)) || (m = /^fmt\.Sprintf\(/.exec(expr))) {
    const [format, ...rest] = splitArgs(balanced(expr, expr.indexOf('(')) ?? '').filter((a, k) => !(k === 0 && a === 'nil'));
    const template = valueOf(format ?? '', vars);
    const values = rest.map((a) => valueOf(a, vars));
    if (template === null || values.some((v) => v === null)) return null;
    let k = 0;
    return template.replace(/%[sqv%]/g, (spec) => (spec === '%%' ? '%' : values[k++] ?? spec));
  }
  return null;
}

/** The Go expression that starts at `at` and runs to the end of its statement (its brackets balanced). */
function expressionAt(text, at) {
  let i = at;
  while (i < text.length && !/[\n]/.test(text[i])) {
    if ('({'.includes(text[i])) { const inner = balanced(text, i); if (inner === null) return null; i += inner.length + 2; continue; }
    if (text[i] === '`') { const end = text.indexOf('`', i + 1); if (end === -1) return null; i = end + 1; continue; }
    if (text[i] === '"') { const end = /"(?:[^"\\]|\\.)*"/.exec(text.slice(i)); i += end ? end[0].length : 1; continue; }
    i++;
  }
  return text.slice(at, i).trim();
}

const cases = [];
let vars = new Map();
let test = '';
const re = /func (test\w+)\(|\b(\w+) :?= |checkLinterWarnings\(t, sb, &lintTestParams\{/g;
for (let m; (m = re.exec(src)); ) {
  if (m[1]) { test = m[1]; vars = new Map(); continue; }
  if (m[2]) {
    // Every assignment in the test is read, so that later Dockerfiles and ignore files can use it.
    const expr = expressionAt(src, re.lastIndex);
    vars.set(m[2], expr === null ? null : valueOf(expr, vars));
    if (expr !== null) re.lastIndex = src.indexOf(expr, re.lastIndex) + expr.length;
    continue;
  }
  const params = balanced(src, re.lastIndex - 1);
  if (params === null) continue;
  const field = (name) => {
    const at = new RegExp(`\\b${name}:\\s*`).exec(params);
    return at ? expressionAt(params, at.index + at[0].length)?.replace(/,$/, '') ?? null : null;
  };
  const dockerfileExpr = field('Dockerfile');
  const dockerfile = dockerfileExpr === null ? null : valueOf(dockerfileExpr, vars);
  if (dockerfile === null) continue;
  const unmarshal = /\bUnmarshalWarnings:\s*\[\]expectedLintWarning\{/.exec(params);
  const listed = unmarshal ? balanced(params, unmarshal.index + unmarshal[0].length - 1) : params;
  const warnings = [...listed.matchAll(/RuleName:\s*"(\w+)"[\s\S]*?Line:\s*(\d+)/g)].map(([, rule, line]) => ({ rule, line: Number(line) }));
  // Some tests build their warnings with a helper defined at the top of the test: `makeLintWarning("CMD", 5)`.
  const helperRule = /RuleName:\s*"(\w+)"[\s\S]*?Line:\s*line\b/.exec(src.slice(src.lastIndexOf(`func ${test}(`), re.lastIndex))?.[1];
  if (helperRule) for (const [, line] of listed.matchAll(/\w+\((?:"[^"]*",\s*)*(\d+)\)/g)) warnings.push({ rule: helperRule, line: Number(line) });
  const ignoreExpr = field('DockerIgnore');
  const dockerignore = ignoreExpr === null ? undefined : valueOf(ignoreExpr, vars);
  const attrs = /\bFrontendAttrs:\s*map\[string\]string\{/.exec(params);
  const pairs = attrs ? [...balanced(params, attrs.index + attrs[0].length - 1).matchAll(/"([^"]+)":\s*([^\n]+?),?\s*(?:\/\/.*)?\n/g)] : [];
  const buildArgs = Object.fromEntries(pairs.filter(([, k]) => /^build-arg:(?!BUILDKIT_)/.test(k)).map(([, k, v]) => [k.slice('build-arg:'.length), valueOf(v.replace(/,$/, ''), vars)]));
  const extra = dockerignore === null || Object.values(buildArgs).includes(null) || pairs.some(([, k]) => !/^build-arg:(?!BUILDKIT_)/.test(k))
    || !!unmarshal || /\b(BuildErr|LocalMounts|TmpDir|Client)\b/.test(params);
  cases.push({
    test, dockerfile, warnings,
    ...(dockerignore ? { dockerignore } : {}), ...(Object.keys(buildArgs).length ? { buildArgs } : {}), ...(extra ? { extra: true } : {}),
  });
}
writeFileSync(join(import.meta.dirname, 'buildkit-cases.json'), `${JSON.stringify({ source: `https://github.com/moby/buildkit/blob/${commit}/${path}`, licence: 'Apache-2.0', cases }, null, 1)}\n`);
console.log(`${cases.length} cases (${cases.filter((c) => c.extra).length} need more than the Dockerfile, ${cases.filter((c) => c.dockerignore).length} with a .dockerignore)`);
