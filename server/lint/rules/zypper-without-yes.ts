/** zypper asks before it installs or removes; a build has no one to answer. */
import { needsYesRule } from './package-manager-checks.js';

export const zypperWithoutYes = needsYesRule(
  { id: 'zypper-without-yes', severity: 'warning', hadolint: 'DL3034', entry: 'RUN' },
  'zypper', ['zypper'], ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'], ['non-interactive', 'n', 'no-confirm', 'y'],
);
