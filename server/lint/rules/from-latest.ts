/** `:latest` is no version: the image changes under the same name, and builds stop being repeatable. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { imageParts } from './image-reference.js';

export const fromLatest: LintRule = {
  id: 'from-latest',
  severity: 'warning',
  hadolint: 'DL3007',
  entry: 'concept:image-name',
  description: say('FROM an image tagged :latest', ':latest 태그를 단 FROM 이미지'),
  check: ({ stages }) => stages.flatMap((stage) => {
    if (!stage.from || !stage.image) return [];
    const { name, tag, digest } = imageParts(stage.image);
    if (tag !== 'latest' || digest) return [];
    return [{
      ...at(stage.from),
      message: say(`${stage.image} names no version: latest moves whenever a new image is pushed`, `${stage.image}에는 버전이 없습니다. latest는 새 이미지가 올라올 때마다 바뀝니다`),
      fix: say(`FROM ${stage.image.replace(/:latest$/, ':<version>')} (or pin a digest: ${name}@sha256:…)`, `FROM ${stage.image.replace(/:latest$/, ':<버전>')} (또는 다이제스트로 고정: ${name}@sha256:…)`),
    }];
  }),
};
