/**
 * `docker buildx build --call=outline` and `--call=targets` print a comment right above an ARG or a
 * named FROM as its description, but only when the comment starts with the argument's or stage's
 * name (`# VERSION the release to build`). A comment there that does not is shown as nothing. Like
 * BuildKit's check it is experimental: off unless enabled (`--enable`, or the Dockerfile's own
 * `# check=experimental=InvalidDefinitionDescription`). A blank line or a lone `#` in between
 * says the comment is not a description, as Docker's documentation of the check puts it.
 */
import { say } from '../messages.js';
import { at, type LintRule, type RuleHit } from '../types.js';
import { keyValuePairs } from './variable-references.js';

/** The parser directives BuildKit reads from the top of the file; they are not comments. */
const DIRECTIVE = /^#\s*(syntax|escape|check)\s*=/i;

export const invalidDefinitionDescription: LintRule = {
  id: 'invalid-definition-description',
  severity: 'info',
  buildkit: 'InvalidDefinitionDescription',
  optional: true,
  experimental: true,
  entry: 'ARG',
  description: say('A comment right above an ARG or a named stage that does not start with its name', 'ARG나 이름 붙은 스테이지 바로 위의 주석이 그 이름으로 시작하지 않음'),
  check: ({ steps, lines, escape }) => {
    let directives = 0;
    while (directives < lines.length && DIRECTIVE.test(lines[directives]!.trim())) directives++;
    const hits: RuleHit[] = [];
    for (const step of steps) {
      if (step.onbuild || (step.keyword !== 'ARG' && step.keyword !== 'FROM')) continue;
      const above = step.line - 2;
      if (above < directives) continue;
      const comment = (lines[above] ?? '').trim();
      if (!comment.startsWith('#')) continue;
      const text = comment.slice(1).trim();
      if (!text) continue;
      let names: string[];
      if (step.keyword === 'FROM') {
        const as = step.words.findIndex((w) => w.toUpperCase() === 'AS');
        const name = as >= 0 ? step.words[as + 1]?.toLowerCase() : undefined;
        if (!name) continue;
        names = [name];
      } else names = keyValuePairs(step.args, 'ARG', escape).map((p) => p.key);
      if (!names.length || names.includes(text.split(' ')[0]!)) continue;
      const example = names.length === 1 ? names[0]! : '<name>';
      const what = step.keyword === 'FROM' ? `stage ${names[0]}` : names.length === 1 ? `ARG ${names[0]}` : 'these ARGs';
      const whatKo = step.keyword === 'FROM' ? `스테이지 ${names[0]}` : names.length === 1 ? `ARG ${names[0]}` : '이 ARG들';
      hits.push({
        ...at(step),
        message: say(
          `the comment above ${what} does not start with ${names.length === 1 ? `"${names[0]}"` : 'one of their names'}, so --call=outline shows no description for it`,
          `${whatKo} 바로 위 주석이 ${names.length === 1 ? `"${names[0]}"(으)로` : '그 이름 중 하나로'} 시작하지 않아 --call=outline에 설명이 나오지 않습니다`,
        ),
        fix: say(
          `start it with the name (# ${example} <description>), or put a blank line between the comment and line ${step.line} if it is not a description`,
          `이름으로 시작하게 쓰거나(# ${names.length === 1 ? example : '<이름>'} <설명>), 설명이 아니라면 주석과 ${step.line}번 줄 사이에 빈 줄을 두세요`,
        ),
      });
    }
    return hits;
  },
};
