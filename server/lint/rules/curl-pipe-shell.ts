/** `curl … | sh` runs whatever the server sends today, unchecked; download, verify, then run. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'ash', 'dash', 'ksh', 'python', 'python3', 'perl', 'ruby', 'node']);
const shellName = (name: string) => name.split('/').pop() ?? name;

export const curlPipeShell: LintRule = {
  id: 'curl-pipe-shell',
  severity: 'info',
  entry: 'RUN',
  description: say('A download piped straight into a shell (curl … | sh)', '다운로드를 바로 셸로 넘김(curl … | sh)'),
  check: (context) => runSteps(context).flatMap((s) => {
    const commands = runCommands(s);
    return commands.flatMap((c, k) => {
      const next = commands[k + 1];
      if (!['curl', 'wget'].includes(c.name) || c.endedBy !== '|' || !next) return [];
      const runner = next.name === 'sudo' || next.name === 'env' ? next.args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? '' : next.name;
      if (!SHELLS.has(shellName(runner))) return [];
      return [{
        ...commandPosition(s, c),
        message: say(`${c.name} output goes straight into ${shellName(runner)}: whatever the server sends is run, unverified`, `${c.name} 출력이 곧바로 ${shellName(runner)}(으)로 들어갑니다. 서버가 보내는 것이 무엇이든 검증 없이 실행됩니다`),
        fix: say('download to a file, check its sha256sum, then run it', '파일로 받아 sha256sum을 확인한 뒤 실행하세요'),
      }];
    });
  }),
};
