/** Each output format checked against what reads it: SARIF 2.1.0's schema, checkstyle's XML, GitLab Code Quality's fields, GitHub's command syntax. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { LINT_FORMATS } from '../../server/lint/formats/index.js';
import type { LintFileResult } from '../../server/lint/formats/types.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';

const format = (name: string) => LINT_FORMATS.find((f) => f.name === name)!;
const files: LintFileResult[] = [
  { file: 'svc/a/Dockerfile', findings: lintDockerfile('FROM ubuntu\nMAINTAINER "Kim <kim@example.com>" & co\nCMD run --port 80\nEXPOSE 99999\n') },
  { file: 'b.Dockerfile', findings: lintDockerfile('FROM alpine:3.20\nUSER app\n') },
];

describe('lint output formats', () => {
  it('sarif validates against the SARIF 2.1.0 schema, with version, rule help and end columns', () => {
    // The OASIS schema is draft-04; Ajv reads it as draft-07, the same keywords for everything it uses.
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const sarif = JSON.parse(format('sarif').renderFiles(files)) as { runs: { tool: { driver: { version: string; rules: { id: string; helpUri?: string }[] } }; results: unknown[] }[] };
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(sarif.runs[0]!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'from-without-tag')!.helpUri).toBe('https://github.com/hadolint/hadolint/wiki/DL3006');
    expect(sarif.runs[0]!.results).toHaveLength(files[0]!.findings.length);
  });

  it('checkstyle is well-formed XML with one <file> per Dockerfile and escaped messages', () => {
    const xml = format('checkstyle').renderFiles(files);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">')).toBe(true);
    expect(xml.match(/<file name="[^"]+">/g)).toEqual(['<file name="svc/a/Dockerfile">', '<file name="b.Dockerfile">']);
    // Every element is closed and no raw markup character sits inside an attribute.
    for (const line of xml.split('\n').filter((l) => l.includes('<error'))) expect(line).toMatch(/^ {4}<error line="\d+" column="\d+" severity="(error|warning|info)" message="[^"<>]*" source="dref\.[\w-]+"\/>$/);
    expect(xml).toContain('&lt;kim@example.com&gt;');
  });

  it('gitlab gives Code Quality issues with the fields GitLab requires and stable fingerprints', () => {
    const issues = JSON.parse(format('gitlab').renderFiles(files)) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const validate = new Ajv().compile({
      type: 'array',
      items: {
        type: 'object', required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
        properties: {
          description: { type: 'string' }, check_name: { type: 'string' }, fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
          location: { type: 'object', required: ['path', 'lines'], properties: { path: { type: 'string' }, lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } } } },
        },
      },
    });
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(format('gitlab').renderFiles(files)).toBe(format('gitlab').renderFiles(files));
  });

  it('github prints one workflow command per finding, with properties escaped', () => {
    const lines = format('github').renderFiles(files).trimEnd().split('\n');
    expect(lines).toHaveLength(files.flatMap((f) => f.findings).length);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=dref [\w-]+::[^\n]+$/);
    expect(lines[0]).toBe('::warning file=svc/a/Dockerfile,line=1,col=1,title=dref from-without-tag::ubuntu has no tag, so it means ubuntu:latest and can change at any pull. Fix: FROM ubuntu:<version>');
  });

  it('gnu and text name the file, line and column of each finding', () => {
    expect(format('gnu').renderFiles(files).split('\n')[0]).toBe('svc/a/Dockerfile:1:1: warning: ubuntu has no tag, so it means ubuntu:latest and can change at any pull [from-without-tag]');
    const text = format('text').renderFiles(files);
    expect(text).toContain('svc/a/Dockerfile:4:1 error [expose-port-range] port 99999 is out of range: ports go from 0 to 65535');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^\d+ findings in 2 files: 1 error, \d+ warnings, \d+ info$/);
  });

  it('json keeps the one-file shape and lists several files as an array', () => {
    expect(JSON.parse(format('json').render(files[0]!.findings, 'Dockerfile'))).toMatchObject({ file: 'Dockerfile', findings: expect.arrayContaining([expect.objectContaining({ rule: 'from-without-tag', hadolint: 'DL3006', fixable: false })]) });
    expect((JSON.parse(format('json').renderFiles(files)) as unknown[]).length).toBe(2);
  });
});
