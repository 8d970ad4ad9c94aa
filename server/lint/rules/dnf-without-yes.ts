/** `dnf install` (and microdnf) ask before they install; a build has no one to answer. */
import { needsYesRule } from './package-manager-checks.js';

export const dnfWithoutYes = needsYesRule(
  { id: 'dnf-without-yes', severity: 'warning', hadolint: 'DL3038', entry: 'RUN' },
  'dnf', ['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall'], ['y', 'assumeyes'],
);
