/**
 * Every problem explain can report, in both languages: each message id has an English and a
 * Korean text with the same placeholders, and a real line reaches each id through the parser, the
 * shell tokenizer or the value checks, in Korean under 'ko' and in English by default.
 */
import { describe, expect, it } from 'vitest';
import { explainCommandLine } from '../../server/explain/explain-command-line.js';
import { explainDockerfileLine } from '../../server/explain/explain-dockerfile-line.js';
import { PROBLEM_MESSAGES, type ProblemMessageId } from '../../server/text/problem-messages.js';

const HANGUL = /[가-힣]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The text with each placeholder standing for any value: what a filled message looks like. */
function shapeOf(text: string): RegExp {
  const escaped = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.+?')}$`, 's');
}

/** A line that makes explain report each id (a fragment id: a line whose message holds it). */
const REACHED_BY: Readonly<Record<ProblemMessageId, string>> = {
  'shell.singleQuote': "docker run -e 'A=1 nginx",
  'shell.doubleQuote': 'docker run -e "A=1 nginx',
  'shell.backquote': 'docker run `date nginx',
  'shell.substitution': 'docker run $(date nginx',
  'command.missing': 'docker -D',
  'image.officialSlip': 'docker run -d ngnix',
  'command.undescribed': 'docker scout cves nginx',
  'command.unknown': 'docker frobnicate',
  'command.unknownDidYouMean': 'docker pul nginx',
  'command.unknownInGroup': 'docker image frob',
  'option.unknown': 'docker run --bogus nginx',
  'option.unknownDidYouMean': 'docker run --restrat=always nginx',
  'option.missingValue': 'docker run --name',
  'option.oneDash': 'docker run -name web nginx',
  'option.twoDashesShort': 'docker run --m 1g nginx',
  'option.typographicDash': 'docker run —name web nginx',
  'argument.extra': 'docker pull nginx redis',
  'argument.noneTaken': 'docker version extra',
  'argument.optional': 'docker login registry.example.com extra',
  'argument.missing': 'docker exec',
  'value.notAccepted': 'docker run --restart=sometimes nginx',
  'value.switch': 'docker run --rm=maybe nginx',
  'value.int': 'docker run --cpu-shares=abc nginx',
  'value.uint': 'docker run --io-maxiops=-1 nginx',
  'value.uint16': 'docker run --blkio-weight=70000 nginx',
  'value.decimal': 'docker run --cpus=abc nginx',
  'value.duration': 'docker run --health-interval soon nginx',
  'value.bytes': 'docker run -m 2x nginx',
  'value.map': 'docker run --sysctl foo nginx',
  'value.empty': "docker run -v '' nginx",
  'value.portRanges': 'docker run -p 8000-8010:80-81 nginx',
  'value.portMapping': 'docker run -p 99999:80 nginx',
  'value.keyValue': 'docker run -e =x nginx',
  'value.templateSplit': 'docker inspect -f {{ .State.Status }} web',
  'value.filter': 'docker images -f bogus',
  'value.signal': 'docker run --stop-signal=term nginx',
  'image.badTag': 'docker run nginx:-bad',
  'image.upperCase': 'docker run Nginx',
  'conflict.restartWithRm': 'docker run --rm --restart always nginx',
  'conflict.attachWithDetach': 'docker run -d -a stdout nginx',
  'input.lineTooLong': `docker ${'x'.repeat(10_000)}`,
  'input.instructionTooLong': `RUN ${'x'.repeat(10_000)}`,
  'input.oneInstruction': 'FROM alpine\nRUN true',
  'input.oneInstructionHint': 'FROM alpine\nRUN true',
};

/** What explain says about the line in `lang`: its problems, or the error it throws. */
function said(id: ProblemMessageId, lang: 'ko' | 'en' | undefined): string[] {
  const line = REACHED_BY[id];
  const dockerfile = id.startsWith('input.') && !id.startsWith('input.line');
  try {
    const explanation = dockerfile ? explainDockerfileLine(line, undefined, lang) : explainCommandLine(line, undefined, lang);
    return explanation.problems.map((p) => p.message);
  } catch (error) {
    const e = error as { message: string; hint?: string };
    return [e.message, ...(e.hint ? [e.hint] : [])];
  }
}

describe('the problems explain reports', () => {
  const ids = Object.keys(PROBLEM_MESSAGES) as ProblemMessageId[];

  it.each(ids)('%s is in English and in Korean, with the same placeholders', (id) => {
    const { en, ko } = PROBLEM_MESSAGES[id] as { en?: string; ko?: string };
    expect(en?.trim(), `${id} has no English`).toBeTruthy();
    expect(ko?.trim(), `${id} has no Korean`).toBeTruthy();
    expect(ko, `${id}: the Korean is not Korean`).toMatch(HANGUL);
    expect(en, `${id}: the English has Korean in it`).not.toMatch(HANGUL);
    expect(placeholders(ko!)).toEqual(placeholders(en!));
  });

  it.each(ids)('%s is what explain says, in Korean with ko and in English by default', (id) => {
    const fragment = id === 'argument.optional';
    const matches = (text: string, template: string) => (fragment ? text.includes(template.replace('{name}', 'SERVER')) : shapeOf(template).test(text));
    const ko = said(id, 'ko');
    const en = said(id, undefined);
    expect(ko.some((text) => matches(text, PROBLEM_MESSAGES[id].ko)), `${REACHED_BY[id]} in Korean: ${ko.join(' | ')}`).toBe(true);
    expect(en.some((text) => matches(text, PROBLEM_MESSAGES[id].en)), `${REACHED_BY[id]} in English: ${en.join(' | ')}`).toBe(true);
    for (const text of ko) expect(text, 'a placeholder left unfilled').not.toMatch(/\{\w+\}/);
  });

  it('writes a whole line\'s problems in Korean, and leaves the suggestions as they were', () => {
    const line = 'docker run --restrat=always -p 8080:80 Nginx';
    const ko = explainCommandLine(line, undefined, 'ko').problems;
    const en = explainCommandLine(line).problems;
    expect(ko.map((p) => p.message)).toEqual([
      'docker run에는 --restrat 옵션이 없습니다. 혹시 --restart 아닌가요?',
      '`Nginx`: 저장소 이름은 소문자로만 씁니다(docker가 invalid reference format 오류로 거부합니다)',
    ]);
    expect(ko.map(({ message: _, ...rest }) => rest)).toEqual(en.map(({ message: _, ...rest }) => rest));
  });
});
