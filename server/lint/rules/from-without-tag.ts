/** An image without a tag means `latest`, which changes under you: pin a tag or digest. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { imageParts } from './image-reference.js';

export const fromWithoutTag: LintRule = {
  id: 'from-without-tag',
  severity: 'warning',
  hadolint: 'DL3006',
  entry: 'concept:image-name',
  description: say('FROM an image without a tag or digest (it means :latest)', '태그나 다이제스트 없는 FROM 이미지(:latest로 해석됨)'),
  check: ({ stages }) => stages.flatMap((stage) => {
    const image = stage.image;
    if (!stage.from || !image || stage.from.onbuild || image === 'scratch' || image.includes('$') || stage.parent) return [];
    // (`build-${VARIANT}` is usually a stage picked by a build argument: it cannot be judged here.)
    if (stages.some((s) => s.index >= 0 && s.index < stage.index && s.name === image)) return [];
    const { tag, digest } = imageParts(image);
    if (tag || digest) return [];
    return [{
      ...at(stage.from),
      message: say(`${image} has no tag, so it means ${image}:latest and can change at any pull`, `${image}에 태그가 없어 ${image}:latest가 되고, 받을 때마다 바뀔 수 있습니다`),
      fix: say(`FROM ${image}:<version>`, `FROM ${image}:<버전>`),
    }];
  }),
};
