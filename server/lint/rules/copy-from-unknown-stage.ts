/**
 * COPY --from must name an earlier stage (by name or index) or an image. A bare name that is no
 * stage is taken for an image (`--from=nginx`), so it is a warning: usually a misspelt stage. Not
 * when the file names its stages and this name is like none of them (`--from=plugin-src` beside a
 * stage `certbot`): that is a named build context (`docker buildx build --build-context plugin-src=…`)
 * or an image, left to the build, not a slip.
 */
import { editDistance } from '../../text/did-you-mean.js';
import { stepFlag } from './step-flags.js';
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

/** Names people give build stages: one of these that is no stage is a stage forgotten or misspelt. */
const STAGE_WORDS = new Set(['base', 'build', 'builder', 'building', 'compile', 'compiler', 'deps', 'dependencies', 'dev', 'development',
  'final', 'prod', 'production', 'release', 'runtime', 'runner', 'stage', 'test', 'tests', 'tools']);

/** `from` could be a slip for the stage name `stage`: close in spelling, one inside the other, or a word in common (`set`, `license-set`). */
function resembles(from: string, stage: string): boolean {
  const words = (n: string) => n.split(/[-_.]/).filter((w) => w.length >= 3);
  return editDistance(from, stage) <= Math.max(1, Math.floor(Math.min(from.length, stage.length) / 3))
    || stage.includes(from) || from.includes(stage) || words(from).some((w) => words(stage).includes(w));
}

export const copyFromUnknownStage: LintRule = {
  id: 'copy-from-unknown-stage',
  severity: 'warning',
  hadolint: 'DL3022',
  entry: 'concept:multi-stage-builds',
  description: say('COPY --from names a stage that is not defined before it', 'COPY --from이 앞에서 정의하지 않은 단계를 가리킴'),
  check: ({ stages }) => stages.flatMap((stage) => stage.steps.filter((s) => s.keyword === 'COPY').flatMap((s) => {
    const from = stepFlag(s, 'from')?.replace(/^["']|["']$/g, '');
    if (!from || from.includes('$') || /[:/@]/.test(from)) return [];
    const known = stages.filter((o) => o.index >= 0 && o.index <= stage.index);
    const [numeric, lower] = [/^\d+$/.test(from), from.toLowerCase()];
    if (numeric ? Number(from) <= Math.max(stage.index, -1) : known.some((o) => o.name === lower)) return [];
    const earlier = known.filter((o) => o !== stage);
    const names = earlier.map((o) => o.name ?? String(o.index));
    const named = earlier.flatMap((o) => (o.name ? [o.name] : []));
    // Like no stage of a file that names its stages, and no stage defined further down: a build context, not a slip.
    if (!numeric && named.length > 0 && !stages.some((o) => o.name === lower)
      && !lower.split(/[-_.]/).some((w) => STAGE_WORDS.has(w)) && !named.some((n) => resembles(lower, n))) return [];
    return [{
      ...at(s),
      message: say(`--from=${from} is not a stage defined above${names.length ? ` (stages: ${names.join(', ')})` : ' (this is the first stage)'}`,
        `--from=${from}은(는) 위에서 정의한 단계가 아닙니다${names.length ? ` (단계: ${names.join(', ')})` : ' (이것이 첫 단계입니다)'}`),
      fix: names.length ? say(`COPY --from=${names.at(-1)} …`, `COPY --from=${names.at(-1)} …`)
        : say('name the earlier stage with FROM <image> AS <name>, then COPY --from=<name>', '앞 단계에 FROM <이미지> AS <이름>으로 이름을 붙이고 COPY --from=<이름>으로 쓰세요'),
    }];
  })),
};
