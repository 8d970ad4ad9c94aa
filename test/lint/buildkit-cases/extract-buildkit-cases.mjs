// Rebuilds buildkit-cases.json from a moby/buildkit checkout's frontend/dockerfile/dockerfile_check_test.go:
//   node test/lint/buildkit-cases/extract-buildkit-cases.mjs /path/to/buildkit
// Each checkLinterWarnings call becomes one case: the Dockerfile and the (rule, line) warnings it
// must give. Calls that also set build args, a .dockerignore, frontend options or expect the build
// to fail are kept but marked `extra`, since the linter alone cannot reproduce them.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = process.argv[2];
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const commit = git('rev-parse', 'HEAD').trim();
const path = 'frontend/dockerfile/dockerfile_check_test.go';
const src = git('show', `HEAD:${path}`);

const cases = [];
let dockerfile = null;
let test = '';
// A Dockerfile built another way (fmt.Appendf) is not read: the case is skipped, not paired with the previous one.
const re = /func (test\w+)\(|dockerfile :?= \[\]byte\(`([^`]*)`\)|(dockerfile :?= (?!\[\]byte\(`))|checkLinterWarnings\(t, sb, &lintTestParams\{/g;
for (let m; (m = re.exec(src)); ) {
  if (m[1]) { test = m[1]; dockerfile = null; continue; }
  if (m[2] !== undefined) { dockerfile = m[2]; continue; }
  if (m[3]) { dockerfile = null; continue; }
  // The parameters run to the matching brace.
  let depth = 1;
  let i = re.lastIndex;
  while (depth && i < src.length) { if (src[i] === '{') depth++; if (src[i] === '}') depth--; i++; }
  const params = src.slice(re.lastIndex, i - 1);
  if (dockerfile === null || !/Dockerfile:\s*dockerfile/.test(params)) continue;
  const warnings = [...params.matchAll(/RuleName:\s*"(\w+)"[\s\S]*?Line:\s*(\d+)/g)].map(([, rule, line]) => ({ rule, line: Number(line) }));
  // Some tests build their warnings with a helper defined at the top of the test: `makeLintWarning("CMD", 5)`.
  const helperRule = /RuleName:\s*"(\w+)"[\s\S]*?Line:\s*line\b/.exec(src.slice(src.lastIndexOf(`func ${test}(`), re.lastIndex))?.[1];
  if (helperRule) for (const [, line] of params.matchAll(/\w+\((?:"[^"]*",\s*)*(\d+)\)/g)) warnings.push({ rule: helperRule, line: Number(line) });
  const extra = /\b(FrontendAttrs|DockerIgnore|BuildErr|StreamBuildErrRegexp|BuildArgs|LocalMounts|UnmarshalWarnings)\b/.test(params);
  cases.push({ test, dockerfile, warnings, ...(extra ? { extra: true } : {}) });
}
writeFileSync(join(import.meta.dirname, 'buildkit-cases.json'), `${JSON.stringify({ source: `https://github.com/moby/buildkit/blob/${commit}/${path}`, licence: 'Apache-2.0', cases }, null, 1)}\n`);
console.log(`${cases.length} cases (${cases.filter((c) => c.extra).length} need more than the Dockerfile)`);
