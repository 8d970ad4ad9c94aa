/** `yarn install` fills yarn's cache folder; `yarn cache clean` in the same RUN keeps it out of the layer. */
import { cleanAfterRule, hasWord } from './package-manager-checks.js';

export const yarnCacheNotCleaned = cleanAfterRule(
  { id: 'yarn-cache-not-cleaned', severity: 'info', hadolint: 'DL3060', entry: 'concept:layers' },
  'yarn', (c) => hasWord(c, 'yarn', ['install']), (c) => c.name === 'yarn' && c.args.includes('cache') && c.args.includes('clean'),
  'yarn cache clean', ['.cache/yarn'],
);
