/** `FROM --platform=$TARGETPLATFORM` is what FROM does anyway. */
import { stepFlag } from './step-flags.js';
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const redundantTargetPlatform: LintRule = {
  id: 'redundant-target-platform',
  severity: 'info',
  hadolint: 'DL3065',
  buildkit: 'RedundantTargetPlatform',
  entry: 'FROM',
  description: say('FROM --platform=$TARGETPLATFORM, which is the default', '기본값인 FROM --platform=$TARGETPLATFORM'),
  check: ({ stages }) => stages.flatMap((s) => {
    const platform = s.from ? stepFlag(s.from, 'platform')?.replace(/^["']|["']$/g, '') : undefined;
    return platform === '$TARGETPLATFORM' || platform === '${TARGETPLATFORM}' ? [{
      ...at(s.from!),
      message: say('--platform=$TARGETPLATFORM changes nothing: FROM already pulls for the target platform', '--platform=$TARGETPLATFORM은 아무것도 바꾸지 않습니다. FROM은 원래 대상 플랫폼용을 받습니다'),
      fix: say('drop the --platform flag', '--platform 플래그를 빼세요'),
    }] : [];
  }),
};
