/** Some teams keep every exception in the configuration, where it is reviewed once; this finds inline ones. Off unless enabled. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';

export const inlineIgnorePragma: LintRule = {
  id: 'inline-ignore-pragma',
  severity: 'info',
  hadolint: 'DL1001',
  optional: true,
  entry: 'concept:dockerfile-habits',
  description: say('An inline `# hadolint ignore=` or `# dref-ignore=` pragma', '줄 안의 `# hadolint ignore=`, `# dref-ignore=` 지시'),
  check: ({ lines }) => lines.flatMap((text, k) => (/^\s*#\s*(hadolint\s+(global\s+)?ignore|dref-ignore(-file)?)\s*=/i.test(text) ? [{
    line: k + 1, column: 1,
    message: say('an inline ignore pragma: this exception lives in the Dockerfile instead of the configuration', '줄 안의 무시 지시입니다. 이 예외는 설정 파일이 아니라 Dockerfile에 있습니다'),
    fix: say('move the rule to `ignored:` in .hadolint.yaml / .dref.yaml', '.hadolint.yaml / .dref.yaml의 `ignored:`로 옮기세요'),
  }] : [])),
};
