/** dnf keeps downloaded packages and metadata in its cache unless the same RUN cleans them. */
import { cleanAfterRule, hasWord } from './package-manager-checks.js';

const INSTALL = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];

export const dnfCleanMissing = cleanAfterRule(
  { id: 'dnf-clean-missing', severity: 'warning', hadolint: 'DL3040', entry: 'concept:layers' },
  'dnf', (c) => hasWord(c, ['dnf', 'microdnf'], INSTALL), (c, install) => hasWord(c, install.name, ['clean', 'all']) || hasWord(c, 'rm', ['-rf', '/var/cache/libdnf5*']),
  'dnf clean all', ['/var/cache/libdnf5', '.cache/libdnf5'],
);
