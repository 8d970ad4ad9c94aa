/** `docker tag`: catalog entry. Flag facts follow `docker tag --help` of Docker 28; descriptions are ours. */
import type { CommandSpec } from '../types.js';

export const tag: CommandSpec = {
  name: 'tag',
  aliases: ['image tag'],
  usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  args: [{ name: 'SOURCE_IMAGE[:TAG]', required: true, repeatable: false, role: 'image' }, { name: 'TARGET_IMAGE[:TAG]', required: true, repeatable: false, role: 'image' }],
  summary: { ko: '', en: '' },
  keywords: { ko: [], en: [] },
  options: [

  ],
};
