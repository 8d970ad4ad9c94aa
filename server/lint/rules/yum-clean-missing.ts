/** yum keeps downloaded packages and metadata in /var/cache/yum unless the same RUN cleans them. */
import { cleanAfterRule, hasWord } from './package-manager-checks.js';

export const yumCleanMissing = cleanAfterRule(
  { id: 'yum-clean-missing', severity: 'warning', hadolint: 'DL3032', entry: 'concept:layers' },
  'yum', (c) => hasWord(c, 'yum', ['install']), (c) => hasWord(c, 'yum', ['clean', 'all']) || hasWord(c, 'rm', ['-rf', '/var/cache/yum/*']),
  'yum clean all', ['/var/cache/yum'],
);
