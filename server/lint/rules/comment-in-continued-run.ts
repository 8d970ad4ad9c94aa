/**
 * In a RUN continued with `\`, a `# comment` at the end of a line is not the end of that line for
 * the shell: the builder joins the lines first, so the comment swallows every line after it. (A
 * `#` after the arguments of other instructions is the parser's inline-comment error.)
 */
import { say } from '../messages.js';
import { type LintRule, type RuleHit } from '../types.js';

/** The column (0-based) of an unquoted ` #` in a line, or -1. */
function commentStart(text: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) { if (c === quote) quote = null; else if (c === '\\' && quote === '"') i++; continue; }
    if (c === '\\') { i++; continue; }
    if (c === '"' || c === "'") { quote = c; continue; }
    if (c === '#' && i > 0 && /\s/.test(text[i - 1]!)) return i;
  }
  return -1;
}

export const commentInContinuedRun: LintRule = {
  id: 'comment-in-continued-run',
  severity: 'warning',
  entry: 'concept:dockerfile-habits',
  description: say('A `#` comment inside a continued RUN, which hides the lines after it', '이어지는 RUN 안의 `#` 주석: 뒤의 줄을 모두 가림'),
  check: ({ steps, lines, escape }) => steps.filter((s) => s.keyword === 'RUN' && s.script && s.endLine > s.line).flatMap((s): RuleHit[] => {
    for (let l = s.line; l < s.endLine; l++) {
      const text = lines[l - 1] ?? '';
      if (/^\s*#/.test(text) || !text.trimEnd().endsWith(escape)) continue;
      const at = commentStart(l === s.line ? text.replace(/^\s*\S+/, (m) => ' '.repeat(m.length)) : text);
      if (at < 0) continue;
      return [{
        line: l, column: at + 1,
        message: say('this comment is inside a continued RUN: the builder joins the lines first, so the shell ignores everything after it, the following lines included',
          '이 주석은 이어지는 RUN 안에 있습니다. 빌더가 줄을 먼저 합치므로 셸은 이 뒤의 모든 것, 다음 줄까지 무시합니다'),
        fix: say('move the comment to its own line (a line starting with # inside a RUN is dropped safely)', '주석을 별도 줄로 옮기세요(RUN 안에서 #로 시작하는 줄은 안전하게 빠집니다)'),
      }];
    }
    return [];
  }),
};
