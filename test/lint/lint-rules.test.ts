/** Table-driven rule specs in the style of hadolint's: for each rule, Dockerfiles it catches and ones it does not. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { LINT_RULES } from '../../server/lint/rules/index.js';
import { tempDir } from '../helpers/temp-database.js';

const rulesHit = (text: string, contextDir?: string) => lintDockerfile(text, contextDir ? { contextDir } : {}).map((f) => `${f.line} ${f.rule}`);

interface Spec {
  readonly rule: string;
  readonly catches: readonly (readonly [string, number])[];
  readonly ignores: readonly string[];
}

const SPECS: readonly Spec[] = [
  {
    rule: 'maintainer-deprecated',
    catches: [['FROM alpine:3.20\nMAINTAINER me', 2]],
    ignores: ['FROM alpine:3.20\nLABEL maintainer="me"'],
  },
  {
    rule: 'add-instead-of-copy',
    catches: [['FROM alpine:3.20\nADD test.html /var/www/html', 2], ['FROM alpine:3.20\nADD --chown=1:1 src/ /app/', 2]],
    ignores: [
      'FROM alpine:3.20\nADD https://example.com/app.tar.gz /tmp/',
      'FROM alpine:3.20\nADD rootfs.tar.xz /',
      'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src',
      'FROM alpine:3.20\nCOPY test.html /var/www/html',
    ],
  },
  {
    rule: 'shell-form-command',
    catches: [['FROM alpine:3.20\nCMD apachectl -DFOREGROUND', 2], ['FROM alpine:3.20\nENTRYPOINT /entrypoint.sh', 2]],
    ignores: ['FROM alpine:3.20\nCMD ["apachectl", "-DFOREGROUND"]', 'FROM alpine:3.20\nENTRYPOINT ["/bin/bash", "/entrypoint.sh"]'],
  },
  {
    rule: 'apt-get-without-yes',
    catches: [['FROM debian:12\nRUN apt-get update && apt-get install curl', 2], ['FROM debian:12\nRUN apt-get -q install curl', 2]],
    ignores: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
      'FROM debian:12\nRUN apt-get install --yes curl',
      'FROM debian:12\nRUN apt-get install -qy curl',
      'FROM debian:12\nRUN apt-get -qq install curl',
    ],
  },
  {
    rule: 'consecutive-run',
    catches: [['FROM alpine:3.20\nRUN apk update\nRUN apk add curl', 3], ['FROM alpine:3.20\nRUN a\n# a comment\nRUN b', 4]],
    ignores: ['FROM alpine:3.20\nRUN a && b', 'FROM alpine:3.20\nRUN a\nWORKDIR /x\nRUN b', 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache a\nRUN b'],
  },
  {
    rule: 'removed-in-later-layer',
    catches: [
      ['FROM ubuntu:24.04\nRUN mkdir /test\nRUN fallocate -l 100m /test/dummy\nRUN rm /test/dummy', 4],
      ['FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*', 3],
      ['FROM alpine:3.20\nCOPY big.tar /tmp/big.tar\nRUN tar -xf /tmp/big.tar -C /opt\nRUN rm /tmp/big.tar', 4],
      ['FROM alpine:3.20\nRUN curl -o /tmp/x.zip https://example.com/x.zip\nRUN rm -rf /tmp', 3],
    ],
    ignores: [
      'FROM ubuntu:24.04\nRUN mkdir /test && fallocate -l 100m /test/dummy && rm /test/dummy',
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      'FROM alpine:3.20\nRUN touch /a\nRUN rm /b',
    ],
  },
  {
    rule: 'last-user-root',
    catches: [['FROM alpine:3.20\nUSER app\nUSER root', 3], ['FROM alpine:3.20\nUSER 0:0', 2]],
    ignores: ['FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER app', 'FROM alpine:3.20 AS b\nUSER root\nFROM alpine:3.20\nUSER app', 'FROM alpine:3.20'],
  },
  {
    rule: 'from-without-tag',
    catches: [['FROM golang', 1], ['FROM docker.io/library/nginx', 1], ['FROM localhost:5000/app', 1]],
    ignores: ['FROM golang:1.22', 'FROM nginx@sha256:0123456789abcdef', 'FROM scratch', 'FROM ${BASE}', 'FROM golang:1.22 AS build\nFROM build', 'FROM localhost:5000/app:1.0'],
  },
  {
    rule: 'repeated-in-stage',
    catches: [['FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]', 2], ['FROM alpine:3.20\nHEALTHCHECK CMD true\nHEALTHCHECK NONE', 2]],
    ignores: ['FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]', 'FROM alpine:3.20\nENTRYPOINT ["a"]\nCMD ["b"]'],
  },
  {
    rule: 'copy-from-unknown-stage',
    catches: [['FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=bulid /out /out', 3], ['FROM alpine:3.20\nCOPY --from=0 /a /b', 2]],
    ignores: [
      'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out /out',
      'FROM golang:1.22\nFROM alpine:3.20\nCOPY --from=0 /out /out',
      'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/',
    ],
  },
  {
    rule: 'syntax',
    catches: [['FROM alpine:3.20\nCMD["./app"]', 2], ['FROM alpine:3.20\nCOPY --from=0 /root/mainApp', 2], ['FROM alpine:3.20\nARG a = b', 2], ['FROM alpine:3.20\nFOO bar', 2]],
    ignores: ['FROM alpine:3.20\nCMD ["./app"]', 'FROM alpine:3.20\nARG a=b'],
  },
  {
    rule: 'healthcheck-invalid',
    catches: [['FROM alpine:3.20\nHEALTHCHECK --interval=abc CMD true', 2], ['FROM alpine:3.20\nHEALTHCHECK --retries=0 CMD true', 2], ['FROM alpine:3.20\nHEALTHCHECK --timeout=10 CMD true', 2]],
    ignores: ['FROM alpine:3.20\nHEALTHCHECK --interval=1m --timeout=3s --retries=3 CMD curl -f http://localhost || exit 1'],
  },
  {
    rule: 'legacy-key-value',
    catches: [['FROM alpine:3.20\nENV test /home', 2]],
    ignores: ['FROM alpine:3.20\nENV test=/home', 'FROM alpine:3.20\nENV A=1 B=2'],
  },
];

describe.each(SPECS)('$rule', ({ rule, catches, ignores }) => {
  it.each(catches)('catches %j on line %i', (text, line) => {
    expect(rulesHit(text)).toContain(`${line} ${rule}`);
  });
  it.each(ignores)('does not catch %j', (text) => {
    expect(rulesHit(text).filter((r) => r.endsWith(` ${rule}`))).toEqual([]);
  });
});

describe('lintDockerfile', () => {
  it('has a spec for every rule in the list', () => {
    const specced = new Set(SPECS.map((s) => s.rule));
    expect(LINT_RULES.map((r) => r.id).filter((id) => !specced.has(id) && id !== 'no-dockerignore')).toEqual([]);
  });

  it('finds nothing at all in a clean multi-stage Dockerfile', () => {
    const clean = [
      '# syntax=docker/dockerfile:1',
      'FROM golang:1.22 AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app',
      '',
      'FROM alpine:3.20',
      'RUN apk add --no-cache ca-certificates && adduser -D -u 10001 app',
      'COPY --from=build /out/app /usr/local/bin/app',
      'USER app',
      'EXPOSE 8080',
      'HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["/usr/local/bin/app", "healthcheck"]',
      'ENTRYPOINT ["/usr/local/bin/app"]',
    ].join('\n');
    const dir = tempDir();
    writeFileSync(join(dir, '.dockerignore'), '.git\n');
    expect(lintDockerfile(clean, { contextDir: dir })).toEqual([]);
  });

  it('reports a missing .dockerignore only when given the build context', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'ctx'));
    expect(rulesHit('FROM alpine:3.20', join(dir, 'ctx'))).toEqual(['1 no-dockerignore']);
    expect(rulesHit('FROM alpine:3.20')).toEqual([]);
  });

  it('silences a rule with # dref-ignore on the line above', () => {
    expect(rulesHit('FROM alpine:3.20\n# dref-ignore=shell-form-command,consecutive-run\nCMD app')).toEqual([]);
    expect(rulesHit('FROM alpine:3.20\n# dref-ignore=consecutive-run\nCMD app')).toEqual(['3 shell-form-command']);
  });

  it('gives line, column, a fix and the entry that explains why', () => {
    expect(lintDockerfile('FROM alpine:3.20\nCOPY --from=0 /root/mainApp').find((f) => f.rule === 'syntax')).toMatchObject({
      rule: 'syntax', severity: 'error', line: 2, column: 15, fix: 'COPY --from=0 /root/mainApp .', entry: { name: 'COPY' },
    });
    expect(lintDockerfile('FROM alpine:3.20\nMAINTAINER me')[0]).toMatchObject({
      rule: 'maintainer-deprecated', line: 2, column: 1, fix: 'LABEL maintainer="me"', entry: { name: 'MAINTAINER' },
    });
  });

  it('survives variables dockerfile-ast cannot resolve (it used to recurse until the stack overflowed)', () => {
    for (const source of [' $ $!', ' _ $!', ' $ $!\nFROM alpine']) {
      const findings = lintDockerfile(source);
      expect(findings.map((f) => f.message), JSON.stringify(source)).toContain(`Unknown instruction: ${source.trim()[0]}`);
    }
  });

  it('refuses binary input and oversized files, saying why', () => {
    expect(() => lintDockerfile('FROM a\0')).toThrow('this is binary data, not a Dockerfile (it contains a NUL byte)');
    expect(() => lintDockerfile('#'.repeat(1_000_001))).toThrow('the Dockerfile is 1000001 characters long; the limit is 1000000');
  });
});
