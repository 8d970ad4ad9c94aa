/**
 * Every finding of the Dockerfile validator (dockerfile-utils) in Korean: the samples below make it
 * report each ValidationCode, and each report must be read back by its code's English and come out
 * in Korean with the same fill-ins (a newer validator that words a message otherwise fails here).
 */
import { describe, expect, it } from 'vitest';
import { validate, ValidationCode } from '../../server/dockerfile/dockerfile-libraries.js';
import { VALIDATOR_MESSAGES, VALIDATOR_SUGGESTIONS, validatorMessage, validatorMessageIn, type ValidationCodeName } from '../../server/dockerfile/validator-messages.js';
import { explainDockerfileLine } from '../../server/explain/explain-dockerfile-line.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';

const HANGUL = /[\uac00-\ud7a3]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Codes the validator (1.x) defines but never reports: no sample can reach them. */
const NEVER_REPORTED = new Set<ValidationCodeName>(['ARGUMENT_REQUIRES_ONE', 'FLAG_INVALID_LINK_VALUE']);

const SAMPLES = [
  'from alpine\n', '# Escape=`\nFROM alpine\n', '# escape=x\nFROM alpine\n', '# escape=`\n# escape=`\nFROM alpine\n',
  'FROM alpine\nENV\n', 'FROM alpine\nSTOPSIGNAL a b\n', 'FROM alpine\nHEALTHCHECK\n', 'FROM alpine\nENV a\n',
  'FROM alpine\nCOPY a\n', 'FROM alpine\nADD a\n', 'FROM a b\n', 'FROM alpine\nHEALTHCHECK NONE x\n',
  'FROM alpine AS a\nFROM alpine AS a\n', 'FROM alpine\nRUN a \\\n\n  b\n', 'FROM alpine AS 1a\n',
  'FROM alpine\nHEALTHCHECK --retries=0 CMD a\n', 'FROM alpine\nHEALTHCHECK --interval=1s --interval=2s CMD a\n',
  'FROM alpine\nHEALTHCHECK --interval=x CMD a\n', 'FROM alpine\nHEALTHCHECK --interval=0.1ms CMD a\n', 'FROM alpine\nHEALTHCHECK --interval=5 CMD a\n',
  'FROM alpine\nCOPY --chown a b\n', 'FROM alpine\nHEALTHCHECK --interval=5x CMD a\n', 'ENV a=b\n', 'FROM alpine b c\n',
  'FROM alpine\nCOPY a b c\n', 'FROM alpine\nADD a b c\n', 'FROM alpine\nEXPOSE abc\n', 'FROM alpine\nEXPOSE 80/xyz\n',
  'FROM alpine\nONBUILD ONBUILD RUN a\n', 'FROM alpine\nONBUILD FROM a\n', 'FROM alpine\nSHELL a\n', 'FROM alpine\nSHELL []\n',
  'FROM alpine\nLABEL =\n', "FROM alpine\nENV a='b\n", 'FROM alpine\nENV a="b\n', 'FROM alpine\nCMD a\nCMD b\n', 'FROM alpine\nFOO a\n',
  'FROM alpine\nADD --foo a b\n', 'FROM alpine\nCOPY --foo a b\n', 'FROM --foo alpine\n', 'FROM alpine\nHEALTHCHECK --foo CMD a\n',
  'FROM alpine\nHEALTHCHECK FOO a\n', 'FROM alpine\nMAINTAINER me\n', 'FROM alpine\nHEALTHCHECK CMD\n', 'FROM alpine\nCOPY --link=x a b\n',
  "FROM alpine\nCMD ['a']\n", 'FROM alpine\nWORKDIR a\n',
  'FROM alpine:\n', 'FROM alpine\nSTOPSIGNAL a$\n', 'FROM alpine\nHEALTHCHECK --retries=x CMD a\n', 'FROM alpine\nENV a=b c\n',
  'FROM alpine\nENV a=${b:}\n', 'FROM alpine\nCOPY --from=-a a b\n', 'FROM ${X}\n',
];

describe('the validator\'s findings in Korean', () => {
  it.each(Object.entries(VALIDATOR_MESSAGES))('%s has Korean with the English\'s fill-ins', (name, text) => {
    expect(text.ko, name).toMatch(HANGUL);
    expect(text.en, name).not.toMatch(HANGUL);
    expect(placeholders(text.ko), name).toEqual(placeholders(text.en));
  });

  it('reads back every code the validator reports, and the samples reach every code', () => {
    const reached = new Set<number>();
    for (const sample of SAMPLES) {
      for (const d of validate(sample)) {
        const code = Number(d.code);
        const text = typeof d.message === 'string' ? d.message : d.message.value;
        const both = validatorMessage(code, text);
        expect(both, `${ValidationCode[code]}: ${text} (${JSON.stringify(sample)})`).toBeDefined();
        expect(both!.en).toBe(text);
        expect(both!.ko, text).toMatch(HANGUL);
        expect(both!.ko, text).not.toMatch(/\{\d\}/);
        reached.add(code);
      }
    }
    const unreached = (Object.keys(VALIDATOR_MESSAGES) as ValidationCodeName[]).filter((n) => !NEVER_REPORTED.has(n) && !reached.has(ValidationCode[n]));
    expect(unreached).toEqual([]);
  });

  it('keeps the fill-ins: the instruction, the flag, the value', () => {
    expect(validatorMessage(ValidationCode.UNKNOWN_COPY_FLAG, 'Unknown flag: foo')!.ko).toBe('COPY에는 --foo 플래그가 없습니다');
    expect(validatorMessage(ValidationCode.FLAG_UNKNOWN_UNIT, 'time: unknown unit x in duration 5x')!.ko).toBe('시간 값 5x의 단위 x은(는) 없는 단위입니다(ms, s, m, h 등을 쓰세요)');
    expect(validatorMessageIn('en', ValidationCode.UNKNOWN_INSTRUCTION, 'Unknown instruction: FOO')).toBe('Unknown instruction: FOO');
    expect(validatorMessageIn('ko', ValidationCode.UNKNOWN_INSTRUCTION, 'Unknown instruction: FOO')).toBe('알 수 없는 인스트럭션입니다: FOO');
    // Text that is not the validator's (dref's own, already Korean) passes through.
    expect(validatorMessageIn('ko', ValidationCode.UNKNOWN_INSTRUCTION, '`CMD["x"]`은(는) 명령어가 아닙니다')).toBe('`CMD["x"]`은(는) 명령어가 아닙니다');
  });

  it('gives each piece of advice in both languages', () => {
    for (const [id, text] of Object.entries(VALIDATOR_SUGGESTIONS)) {
      expect(text.ko, id).toMatch(HANGUL);
      expect(text.en, id).not.toMatch(HANGUL);
    }
  });

  it('lint --lang ko writes no parser finding in the validator\'s English', () => {
    for (const sample of SAMPLES) {
      for (const f of lintDockerfile(sample, { lang: 'ko' }).filter((x) => x.rule === 'syntax' || x.rule === 'healthcheck-invalid')) {
        expect(f.message, `${f.rule}: ${f.message}`).toMatch(HANGUL);
        expect(f.message, f.message).not.toContain('(원문)');
        // The fix is a corrected line, or advice in Korean.
        expect(Object.values(VALIDATOR_SUGGESTIONS).map((a) => a.en), f.fix).not.toContain(f.fix);
      }
    }
  });

  it('explain --dockerfile --lang ko writes the validator\'s problems in Korean', () => {
    const explained = explainDockerfileLine('HEALTHCHECK --interval=5 --foo=1 CMD curl -f http://localhost', undefined, 'ko');
    expect(explained.problems.map((p) => p.message)).toEqual(['시간 값 5에 단위가 없습니다(예: 30s, 5m)', 'HEALTHCHECK에는 --foo 플래그가 없습니다']);
    const english = explainDockerfileLine('HEALTHCHECK --interval=5 --foo=1 CMD curl -f http://localhost');
    expect(english.problems.map((p) => p.message)).toEqual(['time: missing unit in duration 5', 'Unknown flag: foo']);
  });
});
