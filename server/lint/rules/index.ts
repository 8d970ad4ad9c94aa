/** The lint rules, in the order their findings are listed for one line. A new rule is one file plus one line here. */
import type { LintRule } from '../types.js';
import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { aptGetWithoutYes } from './apt-get-without-yes.js';
import { consecutiveRun } from './consecutive-run.js';
import { copyFromUnknownStage } from './copy-from-unknown-stage.js';
import { fromWithoutTag } from './from-without-tag.js';
import { lastUserRoot } from './last-user-root.js';
import { maintainerDeprecated } from './maintainer-deprecated.js';
import { noDockerignore } from './no-dockerignore.js';
import { removedInLaterLayer } from './removed-in-later-layer.js';
import { repeatedInStage } from './repeated-in-stage.js';
import { shellFormCommand } from './shell-form-command.js';

export const LINT_RULES: readonly LintRule[] = [
  maintainerDeprecated,
  addInsteadOfCopy,
  shellFormCommand,
  aptGetWithoutYes,
  consecutiveRun,
  removedInLaterLayer,
  noDockerignore,
  lastUserRoot,
  fromWithoutTag,
  repeatedInStage,
  copyFromUnknownStage,
];
