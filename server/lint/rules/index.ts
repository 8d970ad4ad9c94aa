/** The lint rules, in the order their findings are listed for one line. A new rule is one file plus one line here. */
import type { LintRule } from '../types.js';
import { addInsteadOfCopy } from './add-instead-of-copy.js';
import { addWithoutChecksum } from './add-without-checksum.js';
import { apkPinning } from './apk-pinning.js';
import { apkWithoutNoCache } from './apk-without-no-cache.js';
import { aptGetWithoutYes } from './apt-get-without-yes.js';
import { aptInstallRecommends } from './apt-install-recommends.js';
import { aptListsNotRemoved } from './apt-lists-not-removed.js';
import { aptNotAptGet } from './apt-not-apt-get.js';
import { aptPinning } from './apt-pinning.js';
import { archiveCopiedThenExtracted } from './archive-copied-then-extracted.js';
import { cdInRun } from './cd-in-run.js';
import { commentInContinuedRun } from './comment-in-continued-run.js';
import { consecutiveRun } from './consecutive-run.js';
import { copyAllBeforeInstall } from './copy-all-before-install.js';
import { copyFromOwnStage } from './copy-from-own-stage.js';
import { copyFromUnknownStage } from './copy-from-unknown-stage.js';
import { copyIgnoredFile } from './copy-ignored-file.js';
import { copyMultipleSources } from './copy-multiple-sources.js';
import { copyRelativeWithoutWorkdir } from './copy-relative-without-workdir.js';
import { copyRootFilesystem } from './copy-root-filesystem.js';
import { curlPipeShell } from './curl-pipe-shell.js';
import { dnfCleanMissing } from './dnf-clean-missing.js';
import { dnfWithoutYes } from './dnf-without-yes.js';
import { dockerignoreGaps } from './dockerignore-gaps.js';
import { duplicateStageName } from './duplicate-stage-name.js';
import { emptyContinuationLine } from './empty-continuation-line.js';
import { envSelfReference } from './env-self-reference.js';
import { exposeHostMapping } from './expose-host-mapping.js';
import { exposePortRange } from './expose-port-range.js';
import { exposeProtoCasing } from './expose-proto-casing.js';
import { fromAsCasing } from './from-as-casing.js';
import { fromLatest } from './from-latest.js';
import { fromPlatformFlag } from './from-platform-flag.js';
import { fromWithoutTag } from './from-without-tag.js';
import { gemPinning } from './gem-pinning.js';
import { goPinning } from './go-pinning.js';
import { healthcheckMissing } from './healthcheck-missing.js';
import { healthcheckShellForm } from './healthcheck-shell-form.js';
import { inlineIgnorePragma } from './inline-ignore-pragma.js';
import { instructionCasing } from './instruction-casing.js';
import { instructionOrder } from './instruction-order.js';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from.js';
import { invalidDefinitionDescription } from './invalid-definition-description.js';
import { invalidLabelKeyRule } from './invalid-label-key.js';
import { labelSchema } from './label-schema.js';
import { lastUserRoot } from './last-user-root.js';
import { linkBinSh } from './link-bin-sh.js';
import { maintainerDeprecated } from './maintainer-deprecated.js';
import { noDockerignore } from './no-dockerignore.js';
import { npmPinning } from './npm-pinning.js';
import { onbuildForbiddenTrigger } from './onbuild-forbidden-trigger.js';
import { pipCacheDir } from './pip-cache-dir.js';
import { pipPinning } from './pip-pinning.js';
import { pipeWithoutPipefail } from './pipe-without-pipefail.js';
import { pointlessCommand } from './pointless-command.js';
import { redundantTargetPlatform } from './redundant-target-platform.js';
import { removedInLaterLayer } from './removed-in-later-layer.js';
import { repeatedInStage } from './repeated-in-stage.js';
import { reservedStageName } from './reserved-stage-name.js';
import { dnfPinning, yumPinning } from './rpm-pinning.js';
import { secretsInArgOrEnv } from './secrets-in-arg-env.js';
import { shellFormCommand } from './shell-form-command.js';
import { stageNameCasing } from './stage-name-casing.js';
import { sudoInRun } from './sudo-in-run.js';
import { undefinedArgInFrom } from './undefined-arg-in-from.js';
import { undefinedVar } from './undefined-var.js';
import { untrustedRegistry } from './untrusted-registry.js';
import { useraddHighUid } from './useradd-high-uid.js';
import { wgetAndCurl } from './wget-and-curl.js';
import { wgetWithoutProgress } from './wget-without-progress.js';
import { workdirRelative } from './workdir-relative.js';
import { yarnCacheNotCleaned } from './yarn-cache-not-cleaned.js';
import { yumCleanMissing } from './yum-clean-missing.js';
import { yumWithoutYes } from './yum-without-yes.js';
import { zypperCleanMissing } from './zypper-clean-missing.js';
import { zypperDistUpgrade } from './zypper-dist-upgrade.js';
import { zypperPinning } from './zypper-pinning.js';
import { zypperWithoutYes } from './zypper-without-yes.js';

export const LINT_RULES: readonly LintRule[] = [
  // How the Dockerfile is written
  instructionOrder, instructionCasing, commentInContinuedRun, emptyContinuationLine, maintainerDeprecated, fromAsCasing,
  stageNameCasing, duplicateStageName, reservedStageName, onbuildForbiddenTrigger, inlineIgnorePragma, invalidDefinitionDescription,
  // Images and stages
  fromWithoutTag, fromLatest, undefinedArgInFrom, invalidDefaultArgInFrom, fromPlatformFlag, redundantTargetPlatform, untrustedRegistry, copyFromUnknownStage, copyFromOwnStage,
  copyRootFilesystem,
  // Files into the image
  addInsteadOfCopy, addWithoutChecksum, copyMultipleSources, copyRelativeWithoutWorkdir, archiveCopiedThenExtracted,
  copyAllBeforeInstall, workdirRelative,
  // RUN
  shellFormCommand, aptGetWithoutYes, aptInstallRecommends, aptListsNotRemoved, aptNotAptGet, apkWithoutNoCache,
  yumWithoutYes, yumCleanMissing, dnfWithoutYes, dnfCleanMissing, zypperWithoutYes, zypperCleanMissing, zypperDistUpgrade,
  pipCacheDir, yarnCacheNotCleaned, pipeWithoutPipefail, curlPipeShell, cdInRun, sudoInRun, pointlessCommand, linkBinSh,
  useraddHighUid, wgetWithoutProgress, wgetAndCurl, consecutiveRun, removedInLaterLayer,
  // Configuration of the image
  envSelfReference, undefinedVar, secretsInArgOrEnv, invalidLabelKeyRule, labelSchema, exposePortRange, exposeHostMapping, exposeProtoCasing, lastUserRoot, repeatedInStage,
  healthcheckShellForm, healthcheckMissing,
  // The build context
  noDockerignore, dockerignoreGaps, copyIgnoredFile,
  // Version pinning: off unless enabled
  aptPinning, apkPinning, pipPinning, npmPinning, gemPinning, yumPinning, dnfPinning, zypperPinning, goPinning,
];
