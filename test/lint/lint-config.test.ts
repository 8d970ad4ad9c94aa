/** Configuration teams already have: .hadolint.yaml, .dref.yaml, inline pragmas, and the .dockerignore checks. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLintConfig, readLintConfig } from '../../server/lint/config/read-config.js';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { tempDir } from './temp-dir.js';

const rules = (text: string, options: Parameters<typeof lintDockerfile>[1] = {}) => lintDockerfile(text, options).map((f) => `${f.line} ${f.rule} ${f.severity}`);

describe('.hadolint.yaml', () => {
  it('reads ignored, override, trustedRegistries, failure-threshold and label-schema', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.hadolint.yaml'), [
      'ignored: [DL3006]',
      'override:',
      '  error: [DL3007]',
      '  style: [DL4000]',
      'trustedRegistries:',
      '  - docker.io',
      'failure-threshold: error',
      'label-schema:',
      '  maintainer: email',
    ].join('\n'));
    const { config, files } = await readLintConfig(dir);
    expect(files).toEqual([join(dir, '.hadolint.yaml')]);
    expect(config.failureThreshold).toBe('error');
    const found = rules('FROM ubuntu\nFROM nginx:latest\nFROM quay.io/x/y:1.0\nMAINTAINER me\nLABEL maintainer="not an address"', { config });
    expect(found).not.toContain('1 from-without-tag warning');
    expect(found).toContain('2 from-latest error');
    expect(found).toContain('3 untrusted-registry error');
    expect(found).toContain('4 maintainer-deprecated info');
    expect(found).toContain('5 label-schema warning');
  });

  it('.dref.yaml turns on optional rules and is read over .hadolint.yaml', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.hadolint.yaml'), 'failure-threshold: info\n');
    writeFileSync(join(dir, '.dref.yaml'), 'enable: [apt-pinning]\nfailure-threshold: warning\n');
    mkdirSync(join(dir, 'svc'));
    const { config } = await readLintConfig(join(dir, 'svc'));
    expect(config.failureThreshold).toBe('warning');
    expect(rules('FROM debian:12\nRUN apt-get install -y curl', { config })).toContain('2 apt-pinning warning');
    expect(rules('FROM debian:12\nRUN apt-get install -y curl')).not.toContain('2 apt-pinning warning');
  });

  it('says which file and key is wrong', async () => {
    await expect(parseLintConfig('ignored: DL3006', '.hadolint.yaml')).rejects.toThrow('.hadolint.yaml: ignored must be a list of strings');
    await expect(parseLintConfig('override:\n  fatal: [DL3006]', '.hadolint.yaml')).rejects.toThrow('.hadolint.yaml: severity "fatal" is not error, warning, info, style or ignore');
    await expect(parseLintConfig('a: [', 'x.yaml')).rejects.toThrow(/^x\.yaml: not valid YAML/);
  });
});

describe('inline pragmas', () => {
  it('# hadolint ignore= takes DL codes and covers every line of the next instruction', () => {
    expect(rules('# hadolint ignore=DL3006\nFROM ubuntu')).toEqual([]);
    const multi = 'FROM debian:12\n# hadolint ignore=DL3014,DL3015\nRUN apt-get update \\\n && apt-get install curl \\\n && rm -rf /var/lib/apt/lists/*';
    expect(rules(multi)).toEqual([]);
  });

  it('# hadolint global ignore= and a first-line # check=skip= cover the file', () => {
    expect(rules('# hadolint global ignore=DL3006\nFROM ubuntu\nFROM golang')).toEqual([]);
    expect(rules('# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD app')).toEqual([]);
    expect(rules('FROM alpine:3.20\n# dref-ignore=shell-form-command\nCMD app\nENTRYPOINT run')).toEqual(['4 shell-form-command warning']);
  });
});

describe('the .dockerignore checks', () => {
  it('reports secrets and heavy folders the context holds and .dockerignore lets through', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, '.env'), 'TOKEN=1');
    writeFileSync(join(dir, '.env.example'), 'TOKEN=');
    writeFileSync(join(dir, '.dockerignore'), 'dist\n');
    const found = lintDockerfile('FROM alpine:3.20', { contextDir: dir }).filter((f) => f.rule === 'dockerignore-gaps').map((f) => f.message);
    expect(found).toEqual([
      '.env is in the build context and not in .dockerignore: a COPY . would put it in the image',
      '.git and node_modules are sent to the builder with every build: .dockerignore does not exclude them',
    ]);
    writeFileSync(join(dir, '.dockerignore'), '.git\nnode_modules\n.env*\n!.env.example\n');
    expect(lintDockerfile('FROM alpine:3.20', { contextDir: dir }).filter((f) => f.rule === 'dockerignore-gaps')).toEqual([]);
  });

  it('reads .dockerignore as the builder does: ?, [...] and ** as in the other .dockerignore checks', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, '.env'), 'TOKEN=1');
    writeFileSync(join(dir, 'id_rsa'), 'key');
    const gaps = (dockerignore: string) => {
      writeFileSync(join(dir, '.dockerignore'), dockerignore);
      return lintDockerfile('FROM alpine:3.20', { contextDir: dir }).filter((f) => f.rule === 'dockerignore-gaps').map((f) => f.message);
    };
    expect(gaps('.gi[t]\nnode_modules/**\n**/.env\nid_rs?\n')).toEqual([]);
    expect(gaps('**\n!.e[n]v\n!node_module?\n')).toEqual([
      '.env is in the build context and not in .dockerignore: a COPY . would put it in the image',
      'node_modules is sent to the builder with every build: .dockerignore does not exclude it',
    ]);
  });
});
