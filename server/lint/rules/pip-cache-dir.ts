/** pip keeps every wheel it downloads in ~/.cache/pip; in an image that is dead weight. */
import { say } from '../messages.js';
import { type LintRule, type Step } from '../types.js';
import type { ShellCommand } from '../shell/parse-shell.js';
import { commandPosition, hasCacheMount, runCommands, runText } from './run-commands.js';

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

export function isPipInstall(c: ShellCommand): boolean {
  const args = c.args.join('\u0000');
  return (c.name.startsWith('pip') && !c.name.startsWith('pipenv') && c.args.includes('install'))
    || (c.name.startsWith('python') && `\u0000${args}\u0000`.includes('\u0000-m\u0000pip\u0000install\u0000'));
}

/** `ENV PIP_NO_CACHE_DIR=1` earlier in this stage or anywhere in a stage it is built on. */
function noCacheInEnv(step: Step): boolean {
  const sets = (e: Step) => e.keyword === 'ENV' && envPairs(e).some(([k, v]) => k === 'PIP_NO_CACHE_DIR' && TRUTHY.has(v));
  if (step.stage.steps.some((e) => e.line < step.line && sets(e))) return true;
  for (let s = step.stage.parent; s; s = s.parent) if (s.steps.some(sets)) return true;
  return false;
}

/** The last `ENV PIP_CACHE_DIR=…` value in effect at this step (this stage before it, else the stages it is built on), as written. */
function cacheDirInEnv(step: Step): string | null {
  const value = (steps: readonly Step[]) => {
    let found: string | null = null;
    for (const e of steps) if (e.keyword === 'ENV') for (const [k, v] of envPairs(e)) if (k === 'PIP_CACHE_DIR') found = v;
    return found;
  };
  const here = value(step.stage.steps.filter((e) => e.line < step.line));
  if (here !== null) return here;
  for (let s = step.stage.parent; s; s = s.parent) {
    const v = value(s.steps);
    if (v !== null) return v;
  }
  return null;
}

/** `--mount=type=cache` (or tmpfs) targets of a RUN, as written. */
function cacheMountTargets(step: Step): string[] {
  return step.flags.flatMap((f) => {
    if (f.getName() !== 'mount') return [];
    const options = Object.fromEntries((f.getValue() ?? '').split(',').map((o) => o.split('=') as [string, string]));
    const target = options.target ?? options.dst ?? options.destination;
    return (options.type === 'cache' || options.type === 'tmpfs') && target ? [target] : [];
  });
}

const trimSlash = (p: string) => p.replace(/^["']|["']$/g, '').replace(/(.)\/+$/, '$1');

/**
 * pip's cache is a cache mount after all: the mount's target is the cache dir pip was pointed at,
 * with ENV PIP_CACHE_DIR (`target=$PIP_CACHE_DIR`, or the same path written out), an inline
 * `PIP_CACHE_DIR=…` or `--cache-dir`.
 */
function cacheDirMounted(step: Step, pip: ShellCommand, text: string): boolean {
  const targets = cacheMountTargets(step).map(trimSlash);
  if (targets.length === 0) return false;
  const fromEnv = cacheDirInEnv(step);
  const dirs: string[] = [];
  if (fromEnv !== null) dirs.push(fromEnv);
  const inline = /(?:^|[\s;&|(])PIP_CACHE_DIR=(\S+)/.exec(text);
  if (inline) dirs.push(inline[1]!);
  pip.args.forEach((a, k) => {
    if (a === '--cache-dir' && pip.args[k + 1]) dirs.push(pip.args[k + 1]!);
    else if (a.startsWith('--cache-dir=')) dirs.push(a.slice('--cache-dir='.length));
  });
  const wanted = new Set(dirs.map(trimSlash).filter((d) => d !== ''));
  return targets.some((t) => wanted.has(t) || (fromEnv !== null && fromEnv !== '' && /^\$(?:PIP_CACHE_DIR|\{PIP_CACHE_DIR\})$/.test(t)));
}

/** `pip install --no-index` of wheels: nothing is downloaded and nothing is built, so nothing is cached. */
function installsOnlyLocalWheels(pip: ShellCommand): boolean {
  return pip.args.includes('--no-index') && !pip.args.some((a) => /\.(?:tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/i.test(a) || a === '-e' || a === '--editable' || a.startsWith('--editable='));
}

/**
 * The same RUN empties pip's cache after it: `rm -rf /root/.cache` (or `~/.cache/pip`, `$HOME/.cache`,
 * the ENV PIP_CACHE_DIR folder) or `pip cache purge`, so the cache never reaches the layer.
 */
function removesCache(step: Step, pip: ShellCommand): boolean {
  const commands = runCommands(step);
  const after = commands.slice(commands.indexOf(pip) + 1);
  const fromEnv = cacheDirInEnv(step);
  return after.some((c) => (c.name.startsWith('pip') && c.args[0] === 'cache' && c.args[1] === 'purge')
    || (c.name === 'rm' && c.args.some((a) => /^-[a-zA-Z]*r/.test(a)) && c.args.some((a) => {
      const path = trimSlash(a.replace(/\/\*$/, ''));
      return /^(?:~|\$HOME|\$\{HOME\}|\/root|\/home\/[^/]+)\/\.cache(?:\/pip)?$/.test(path) || (fromEnv !== null && fromEnv !== '' && path === trimSlash(fromEnv));
    })));
}

const pairs = new WeakMap<Step, [string, string][]>();

/** ENV/LABEL key-value pairs, read once per step (the parser recomputes them on every call). */
export function envPairs(step: Step): [string, string][] {
  let found = pairs.get(step);
  if (!found) {
    const i = step.instruction as Step['instruction'] & { getProperties?(): { getName(): string; getValue(): string | null }[] };
    pairs.set(step, (found = (i.getProperties?.() ?? []).map((p) => [p.getName(), p.getValue() ?? ''])));
  }
  return found;
}

export const pipCacheDir: LintRule = {
  id: 'pip-cache-dir',
  severity: 'warning',
  hadolint: 'DL3042',
  entry: 'concept:layers',
  description: say('pip install without --no-cache-dir', '--no-cache-dir 없는 pip install'),
  check: ({ steps }) => steps.filter((s) => s.keyword === 'RUN' && !hasCacheMount(s, '.cache/pip') && !noCacheInEnv(s)).flatMap((s) => {
    const text = runText(s);
    const setting = /PIP_NO_CACHE_DIR=(\S+)/.exec(text);
    if (setting && TRUTHY.has(setting[1]!.replace(/["']/g, ''))) return [];
    const pip = runCommands(s).find((c) => isPipInstall(c) && !c.args.includes('--no-cache-dir')
      && !c.name.includes('pipx') && !(c.name.startsWith('python') && (c.args.includes('pipx') || c.args.includes('pipenv')))
      && !cacheDirMounted(s, c, text) && !installsOnlyLocalWheels(c) && !removesCache(s, c));
    return pip ? [{
      ...commandPosition(s, pip),
      message: say('pip keeps its download cache in this layer', 'pip이 다운로드 캐시를 이 레이어에 남깁니다'),
      fix: say('pip install --no-cache-dir … (or ENV PIP_NO_CACHE_DIR=1)', 'pip install --no-cache-dir … (또는 ENV PIP_NO_CACHE_DIR=1)'),
    }] : [];
  }),
};
