/**
 * A variable that nothing defines where the builder expands it (ENV, ARG, LABEL, COPY/ADD, WORKDIR,
 * USER, VOLUME, STOPSIGNAL, RUN --mount) expands to an empty string: `COPY $foo .` copies the whole
 * context. The commands of RUN, CMD and ENTRYPOINT are left out: the shell expands those, if
 * anything does. EXPOSE is left out too: BuildKit expands it, but with ProcessWords, which drops the
 * names it could not match, so its UndefinedVar check never sees EXPOSE (dispatchExpose in
 * dockerfile2llb/convert_expose.go) and neither does this one. As BuildKit judges it, a name is defined by an ARG or ENV earlier in the stage (or
 * a stage it builds on), by `ARG NAME` repeating a global ARG, by PATH (always set) and by the base
 * image's own ENV. That last one is unknown here but for scratch and a few official images that
 * set PATH alone (alpine, busybox, debian, ubuntu), so in a stage built on any other image only
 * what is certain is reported: a name with lower-case letters (images set upper-case ones), one
 * declared by an ARG or ENV only later, a near-miss of a defined name (`$PAHT` for `$PATH`), a
 * BuildKit platform argument the stage did not declare, and a global ARG the stage did not repeat.
 */
import { editDistance } from '../../text/did-you-mean.js';
import { say } from '../messages.js';
import { at, type LintRule, type RuleHit, type Stage, type Step } from '../types.js';
import { globalArgPairs, PLATFORM_ARGS } from './global-args.js';
import { stepFlag } from './step-flags.js';
import { keyValuePairs, rawWords, variablesIn } from './variable-references.js';

/** Read by BuildKit itself and never put in the environment, so never reported. */
const NOT_ENV = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
/** Official images whose ENV is PATH alone, so what they define is known here (BuildKit's own tests build on alpine and busybox). */
const PATH_ONLY_IMAGE = /^(?:(?:docker\.io\/)?library\/)?(?:alpine|busybox|debian|ubuntu)$/;

/** Whether nothing but PATH comes from the image: scratch, or one of the official images above (any tag). */
function knownEnv(image: string): boolean {
  const name = image.split('@')[0]!.replace(/:[^/]*$/, '').toLowerCase();
  return name === 'scratch' || PATH_ONLY_IMAGE.test(name);
}

/** Lower-case names a company's base image may well set (its proxy), unlike other lower-case ones. */
const PROXIES = new Set(['http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy']);

interface StageEnv {
  readonly defined: Set<string>;
  /** Built on an image whose ENV is unknown here. */
  readonly open: boolean;
}

/** What a step expands, word by word, and what it defines afterwards (ARG: pair by pair, in order). */
function expandedWords(step: Step, escape: string, lines: readonly string[]): readonly string[] {
  const flags = (...names: string[]) => names.map((n) => stepFlag(step, n)).filter((v): v is string => !!v);
  switch (step.keyword) {
    case 'ENV': case 'LABEL':
      return keyValuePairs(step.args, step.keyword, escape).flatMap((p) => [p.key, p.value ?? '']);
    case 'COPY': case 'ADD': {
      // With a heredoc the lines after the first are the file's content, which this check leaves alone.
      const heredoc = !step.json && /<<-?\s*["']?\w+/.test(step.args);
      const args = heredoc ? rawWords(lines[step.line - 1] ?? '', escape).slice(1).filter((w) => !w.startsWith('--')) : step.json ?? rawWords(step.args, escape);
      const words = args.filter((w) => !w.startsWith('<<'));
      return [...flags('chown', 'chmod', ...(step.keyword === 'ADD' ? ['checksum'] : [])), ...words];
    }
    case 'WORKDIR': case 'USER': case 'STOPSIGNAL':
      return [step.args];
    case 'VOLUME':
      return step.json ?? rawWords(step.args, escape);
    case 'RUN':
      return step.flags.filter((f) => f.getName() === 'mount').map((f) => f.getValue() ?? '');
    default:
      return [];
  }
}

/** A defined name this one is most likely a typo of: one edit off (a swap counts as one), two for long names; short names are too alike to tell. */
function nearMiss(name: string, defined: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const d of defined) {
    const distance = editDistance(name, d);
    const shortest = Math.min(name.length, d.length);
    const limit = shortest >= 8 ? 2 : 1;
    if (shortest >= 4 && distance > 0 && distance <= limit && distance < bestDistance) { best = d; bestDistance = distance; }
  }
  return best;
}

/** The image a stage is built on at the root of its `FROM stage` chain. */
function root(stage: Stage): string {
  let s = stage;
  while (s.parent) s = s.parent;
  return (s.image ?? '').toLowerCase();
}

/**
 * Whether an image of this name likely sets this variable itself: language images set their own
 * version and home (python PYTHON_VERSION, node NODE_VERSION, golang GOLANG_VERSION, JDKs JAVA_HOME).
 */
function imageMaySet(image: string, name: string): boolean {
  const repository = image.split('@')[0]!.replace(/:[^/]*$/, '').split('/').at(-1) ?? '';
  const prefix = name.split('_')[0]!.toLowerCase();
  if (prefix.length < 2) return false;
  return repository.includes(prefix) || (prefix === 'java' && /jdk|jre|temurin|corretto|zulu|java/.test(repository));
}

type Reason = 'undefined' | 'later' | 'typo' | 'platform' | 'global';

function message(name: string, reason: Reason, step: Step, hint: string | undefined, laterLine: number | undefined): Pick<RuleHit, 'message' | 'fix'> {
  const where = `${step.keyword} on line ${step.line}`;
  const whereKo = `${step.line}번 줄의 ${step.keyword}`;
  switch (reason) {
    case 'typo':
      return {
        message: say(`$${name} is not defined in this stage, so ${where} gets an empty string; did you mean $${hint}?`, `$${name}은(는) 이 스테이지에서 정의된 적이 없어 ${whereKo}에서는 빈 문자열이 됩니다. $${hint}을(를) 쓰려던 것 아닌가요?`),
        fix: say(`write $${hint}`, `$${hint}(으)로 고치세요`),
      };
    case 'later':
      return {
        message: say(`$${name} is used before line ${laterLine} defines it, so ${where} gets an empty string`, `${laterLine}번 줄에서 정의하기도 전에 $${name}을(를) 써서 ${whereKo}에서는 빈 문자열이 됩니다`),
        fix: say(`move the definition of ${name} above line ${step.line}`, `${name}의 정의를 ${step.line}번 줄 위로 옮기세요`),
      };
    case 'platform':
      return {
        message: say(`$${name} is a build argument BuildKit sets, but a stage only sees it after ARG ${name}; ${where} gets an empty string`, `$${name}은(는) BuildKit이 넣어 주는 빌드 인자지만 스테이지 안에서는 ARG ${name}을(를) 선언해야 보입니다. ${whereKo}에서는 빈 문자열이 됩니다`),
        fix: say(`add ARG ${name} in this stage, above line ${step.line}`, `이 스테이지의 ${step.line}번 줄 위에 ARG ${name}을(를) 넣으세요`),
      };
    case 'global':
      return {
        message: say(`$${name} is declared by an ARG before the first FROM, which only FROM lines see; in this stage ${where} gets an empty string`, `$${name}은(는) 첫 FROM 앞의 ARG로 선언되어 FROM 줄에서만 보입니다. 이 스테이지에서 다시 선언하지 않았으므로 ${whereKo}에서는 빈 문자열이 됩니다`),
        fix: say(`repeat ARG ${name} in this stage, after its FROM`, `이 스테이지의 FROM 뒤에 ARG ${name}을(를) 한 번 더 쓰세요`),
      };
    default:
      return {
        message: say(`$${name} is not defined here: no ARG or ENV before ${where} sets it, so it expands to an empty string${hint ? ` (did you mean $${hint}?)` : ''}`, `$${name}은(는) 정의되지 않았습니다. ${whereKo} 앞에 이 값을 정하는 ARG나 ENV가 없어 빈 문자열로 바뀝니다${hint ? ` ($${hint}을(를) 쓰려던 것 아닌가요?)` : ''}`),
        fix: say(hint ? `write $${hint}, or declare ARG ${name} above line ${step.line}` : `declare ARG ${name} (or ENV ${name}=…) above line ${step.line}`, hint ? `$${hint}(으)로 고치거나 ${step.line}번 줄 위에 ARG ${name}을(를) 선언하세요` : `${step.line}번 줄 위에 ARG ${name}(또는 ENV ${name}=…)을(를) 선언하세요`),
      };
  }
}

export const undefinedVar: LintRule = {
  id: 'undefined-var',
  severity: 'warning',
  buildkit: 'UndefinedVar',
  entry: 'ARG',
  description: say('A variable used where nothing before it defines it: it expands to an empty string', '앞에서 정의한 적 없는 변수를 씀: 빈 문자열로 바뀜'),
  check: ({ stages, escape, lines }) => {
    const globals = new Set(globalArgPairs(stages, escape).map((p) => p.key));
    const inFrom = new Set(stages.flatMap((s) => (s.from ? variablesIn(s.from.args, escape) : [])));
    const envs = new Map<Stage, StageEnv>();
    const hits: RuleHit[] = [];
    for (const stage of stages) {
      if (!stage.from) continue;
      const base = stage.parent ? envs.get(stage.parent) : undefined;
      const env: StageEnv = { defined: new Set(base?.defined ?? ['PATH']), open: base ? base.open : !knownEnv(stage.image ?? '') };
      envs.set(stage, env);
      const steps = stage.steps.filter((s) => !s.onbuild && s !== stage.from);
      steps.forEach((step, k) => {
        const reported = new Set<string>();
        const report = (name: string) => {
          if (reported.has(name) || NOT_ENV.has(name)) return;
          const later = steps.slice(k).find((s) => (s.keyword === 'ARG' || s.keyword === 'ENV') && keyValuePairs(s.args, s.keyword, escape).some((p) => p.key === name));
          const hint = nearMiss(name, env.defined);
          // `ENV A=1 B=$A` is env-self-reference's (hadolint's DL3044), said once.
          if (later === step && step.keyword === 'ENV') return;
          let reason: Reason | undefined;
          if (later) reason = 'later';
          else if (hint) reason = 'typo';
          else if (PLATFORM_ARGS.has(name)) reason = 'platform';
          else if (globals.has(name) && !(env.open && (inFrom.has(name) || imageMaySet(root(stage), name)))) reason = 'global';
          else if (!env.open || (/\p{Ll}/u.test(name) && !PROXIES.has(name))) reason = 'undefined';
          if (!reason) return;
          reported.add(name);
          hits.push({ ...at(step), ...message(name, reason, step, hint, later?.line) });
        };
        if (step.keyword === 'ARG') {
          for (const pair of keyValuePairs(step.args, 'ARG', escape)) {
            if (pair.value !== null) variablesIn(pair.value, escape).filter((n) => !env.defined.has(n)).forEach(report);
            env.defined.add(pair.key);
          }
          return;
        }
        for (const word of expandedWords(step, escape, lines)) variablesIn(word, escape).filter((n) => !env.defined.has(n)).forEach(report);
        if (step.keyword === 'ENV') for (const pair of keyValuePairs(step.args, 'ENV', escape)) env.defined.add(pair.key);
      });
    }
    return hits;
  },
};
