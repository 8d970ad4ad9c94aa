/** An image without a tag means `latest`, which changes under you: pin a tag or digest. */
import { at, type LintRule } from '../types.js';

export const fromWithoutTag: LintRule = {
  id: 'from-without-tag',
  severity: 'warning',
  hadolint: 'DL3006',
  entry: 'concept:image-name',
  description: 'FROM an image without a tag or digest (it means :latest)',
  check: ({ stages }) => stages.flatMap((stage) => {
    const args = stage.from.getArguments().map((a) => a.getValue());
    const image = args.find((a) => !a.startsWith('--'));
    if (!image || image === 'scratch' || image.includes('$') || image.includes('@')) return [];
    const earlier = stages.slice(0, stage.index).map((s) => s.name);
    if (earlier.includes(image.toLowerCase())) return [];
    const lastPart = image.split('/').pop()!;
    if (lastPart.includes(':')) return [];
    return [{ ...at(stage.from.getRange().start), message: `${image} has no tag, so it means ${image}:latest and can change at any pull`, fix: `FROM ${image}:<version>` }];
  }),
};
