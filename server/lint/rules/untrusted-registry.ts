/** Images only from the registries a team trusts (hadolint's trustedRegistries). Off until some are configured. */
import { stepFlag } from './step-flags.js';
import { say } from '../messages.js';
import { at, type LintRule, type Step } from '../types.js';
import { imageParts } from './image-reference.js';

function matches(pattern: string, registry: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1));
  return registry === pattern;
}

export const untrustedRegistry: LintRule = {
  id: 'untrusted-registry',
  severity: 'error',
  hadolint: 'DL3026',
  entry: 'concept:image-name',
  description: say('An image from a registry outside trustedRegistries', 'trustedRegistries에 없는 레지스트리의 이미지'),
  check: ({ stages, steps, config }) => {
    const allowed = config.trustedRegistries;
    if (!allowed.length) return [];
    const names = new Set<string>();
    const trusted = (image: string) => {
      if (names.has(image.toLowerCase()) || image.startsWith('$')) return true;
      const { registry, name } = imageParts(image);
      if (!registry) return name === 'scratch' || allowed.some((p) => matches(p, 'docker.io') || matches(p, 'hub.docker.com'));
      return allowed.some((p) => matches(p, registry));
    };
    const hit = (s: Step, image: string) => ({
      ...at(s),
      message: say(`${image} comes from a registry that is not in trustedRegistries (${allowed.join(', ')})`, `${image}은(는) trustedRegistries(${allowed.join(', ')})에 없는 레지스트리의 이미지입니다`),
      fix: say('use an image from a trusted registry, or add the registry to trustedRegistries', '신뢰하는 레지스트리의 이미지를 쓰거나, 그 레지스트리를 trustedRegistries에 넣으세요'),
    });
    const hits = [];
    for (const s of steps) {
      if (s.keyword === 'FROM' && !s.onbuild) {
        const stage = stages.find((st) => st.from === s)!;
        if (stage.image && !trusted(stage.image)) hits.push(hit(s, stage.image));
        if (stage.name) names.add(stage.name);
      }
      const from = s.keyword === 'COPY' ? stepFlag(s, 'from') : undefined;
      if (from && !/^\d+$/.test(from) && !trusted(from)) hits.push(hit(s, from));
      // RUN --mount=type=bind|cache,from=<image> pulls an image too.
      for (const f of s.keyword === 'RUN' ? s.flags.filter((x) => x.getName() === 'mount') : []) {
        const image = /(?:^|,)from=([^,]+)/.exec(f.getValue() ?? '')?.[1];
        if (image && !trusted(image)) hits.push(hit(s, image));
      }
    }
    return hits;
  },
};
