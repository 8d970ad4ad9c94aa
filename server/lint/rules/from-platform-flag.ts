/** A fixed `FROM --platform=linux/amd64` forces one architecture on every build, multi-platform ones too. */
import { stepFlag } from './step-flags.js';
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';

export const fromPlatformFlag: LintRule = {
  id: 'from-platform-flag',
  severity: 'info',
  hadolint: 'DL3029',
  buildkit: 'FromPlatformFlagConstDisallowed',
  entry: 'FROM',
  description: say('FROM with a fixed --platform', '고정된 --platform을 단 FROM'),
  check: ({ stages }) => stages.flatMap((s) => {
    const platform = s.from ? stepFlag(s.from, 'platform') : undefined;
    // $BUILDPLATFORM, ${TARGETOS}/${TARGETARCH} and the like follow the build; only a constant pins it.
    if (!platform || platform.includes('$')) return [];
    // A stage named for its platform (AS build-amd64, AS linux) pins it on purpose.
    if (s.name && platform.toLowerCase().split(/[/,]/).some((part) => part && s.name!.includes(part))) return [];
    return [{
      ...at(s.from!),
      message: say(`--platform=${platform} pins this stage to one platform whatever the build asks for`, `--platform=${platform}은(는) 빌드가 무엇을 요청하든 이 단계를 한 플랫폼에 묶습니다`),
      fix: say('drop --platform, or use --platform=$BUILDPLATFORM for a build stage', '--platform을 빼거나, 빌드 단계라면 --platform=$BUILDPLATFORM을 쓰세요'),
    }];
  }),
};
