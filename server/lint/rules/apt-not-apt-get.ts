/** `apt` is for people at a terminal: its output and options may change between releases, and it says so on stderr. */
import { say } from '../messages.js';
import { type LintRule } from '../types.js';
import { commandPosition, runCommands, runSteps } from './run-commands.js';

export const aptNotAptGet: LintRule = {
  id: 'apt-not-apt-get',
  severity: 'warning',
  hadolint: 'DL3027',
  entry: 'RUN',
  description: say('apt instead of apt-get or apt-cache in RUN', 'RUN에서 apt-get이나 apt-cache 대신 apt를 씀'),
  check: (context) => runSteps(context).flatMap((s) => runCommands(s).filter((c) => c.name === 'apt').slice(0, 1).map((c) => {
    const fixed = s.line === s.endLine ? (context.lines[s.line - 1] ?? '').replace(/(^|[\s;&|(])apt(?=\s+(update|install|upgrade|remove|purge|autoremove|full-upgrade|dist-upgrade)\b)/g, '$1apt-get') : null;
    return {
      ...commandPosition(s, c),
      message: say('apt is meant for interactive use and has no stable command-line interface; scripts should use apt-get', 'apt는 대화형으로 쓰라고 만든 도구라 명령줄 인터페이스가 안정적이지 않습니다. 스크립트에서는 apt-get을 쓰세요'),
      fix: say(`apt-get ${c.args.join(' ')}`.trim(), `apt-get ${c.args.join(' ')}`.trim()),
      ...(fixed && !/(^|[\s;&|(])apt\s+(?!update|install|upgrade|remove|purge|autoremove|full-upgrade|dist-upgrade)/.test(fixed) ? { edit: { line: s.line, endLine: s.line, text: fixed } } : {}),
    };
  })),
};
