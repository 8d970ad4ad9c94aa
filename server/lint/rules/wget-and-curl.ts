/** One download tool is enough; installing and using both costs space and reads inconsistently. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { runCommands } from './run-commands.js';

export const wgetAndCurl: LintRule = {
  id: 'wget-and-curl',
  severity: 'info',
  hadolint: 'DL4001',
  entry: 'RUN',
  description: say('Both wget and curl used in one stage', '한 단계에서 wget과 curl을 함께 씀'),
  check: ({ stages }) => stages.flatMap((stage) => {
    const seen = new Set<string>();
    const hits = [];
    for (const s of stage.steps.filter((x) => x.keyword === 'RUN')) {
      const tools = runCommands(s).map((c) => c.name).filter((n) => n === 'curl' || n === 'wget');
      tools.forEach((t) => seen.add(t));
      if (tools.length && seen.size === 2) {
        hits.push({
          ...at(s),
          message: say('this stage uses both wget and curl; one of them is enough', '이 단계는 wget과 curl을 모두 씁니다. 하나면 충분합니다'),
          fix: say('pick one of curl or wget for every download', '모든 다운로드에 curl이나 wget 중 하나만 쓰세요'),
        });
      }
    }
    return hits;
  }),
};
