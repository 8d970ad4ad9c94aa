/** `yum install` asks before it installs; a build has no one to answer. */
import { needsYesRule } from './package-manager-checks.js';

export const yumWithoutYes = needsYesRule(
  { id: 'yum-without-yes', severity: 'warning', hadolint: 'DL3030', entry: 'RUN' },
  'yum', ['yum'], ['install', 'groupinstall', 'localinstall'], ['y', 'assumeyes'],
);
