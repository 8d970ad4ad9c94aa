/**
 * `COPY . .` before the dependency install: any source change invalidates the cache of the COPY, so
 * the install runs again on every build. Copy the manifest (package.json, requirements.txt, go.mod…)
 * first, install, then copy the rest.
 */
import { say } from '../messages.js';
import { at, type LintRule, type Step } from '../types.js';
import { sourcesAndDestination } from './copy-paths.js';
import { runCommands } from './run-commands.js';

const INSTALLS: readonly [string, RegExp][] = [
  ['npm', /^(install|i|ci)$/], ['yarn', /^(install)?$/], ['pnpm', /^(install|i)$/], ['bundle', /^install$/], ['composer', /^install$/],
  ['poetry', /^install$/], ['pipenv', /^install$/], ['go', /^mod$/], ['cargo', /^fetch$/], ['mix', /^deps\.get$/],
];
const MANIFEST = /(package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml|requirements.*\.txt|Pipfile(\.lock)?|pyproject\.toml|poetry\.lock|go\.(mod|sum)|Gemfile(\.lock)?|composer\.(json|lock)|Cargo\.(toml|lock)|mix\.(exs|lock))$/;

function installs(step: Step): string | null {
  for (const c of runCommands(step)) {
    const spec = INSTALLS.find(([name]) => name === c.name);
    if (spec && spec[1].test(c.args.find((a) => !a.startsWith('-')) ?? '')) return `${c.name} ${c.args.find((a) => !a.startsWith('-')) ?? ''}`.trim();
    if (c.name.startsWith('pip') && c.args.includes('install') && c.args.some((a) => a === '-r' || a.startsWith('--requirement'))) return `${c.name} install -r`;
  }
  return null;
}

export const copyAllBeforeInstall: LintRule = {
  id: 'copy-all-before-install',
  severity: 'warning',
  entry: 'concept:build-cache',
  description: say('COPY of the whole context before the dependency install', '의존성 설치 전에 컨텍스트 전체를 COPY함'),
  check: ({ stages }) => stages.flatMap((stage) => {
    let copyAll: Step | null = null;
    let manifestFirst = false;
    for (const s of stage.steps) {
      if (s.keyword === 'COPY' && !s.flags.some((f) => f.getName() === 'from')) {
        const { sources } = sourcesAndDestination(s);
        if (sources.some((p) => MANIFEST.test(p))) manifestFirst = true;
        if (!copyAll && sources.some((p) => p === '.' || p === './')) copyAll = s;
        continue;
      }
      if (s.keyword !== 'RUN' || !copyAll || manifestFirst) continue;
      const install = installs(s);
      if (!install) continue;
      return [{
        ...at(copyAll),
        message: say(`the whole context is copied before \`${install}\` (line ${s.line}), so every source change re-runs the install`, `\`${install}\`(${s.line}행) 전에 컨텍스트 전체를 복사해서, 소스가 바뀔 때마다 설치가 다시 돕니다`),
        fix: say('COPY the dependency manifest first (e.g. COPY package*.json ./), run the install, then COPY . .', '의존성 목록 파일을 먼저 COPY하고(예: COPY package*.json ./) 설치한 다음 COPY . . 하세요'),
      }];
    }
    return [];
  }),
};
