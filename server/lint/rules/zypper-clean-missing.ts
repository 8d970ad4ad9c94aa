/** zypper keeps downloaded packages in /var/cache/zypp unless the same RUN cleans them. */
import { cleanAfterRule, hasWord } from './package-manager-checks.js';

export const zypperCleanMissing = cleanAfterRule(
  { id: 'zypper-clean-missing', severity: 'warning', hadolint: 'DL3036', entry: 'concept:layers' },
  'zypper', (c) => hasWord(c, 'zypper', ['install', 'in']), (c) => hasWord(c, 'zypper', ['clean', 'cc']),
  'zypper clean', ['/var/cache/zypp'],
);
