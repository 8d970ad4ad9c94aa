/**
 * Table-driven rule specs in the style of hadolint's: for each rule, Dockerfiles it catches and ones
 * it does not. Rules with a hadolint or BuildKit equivalent are also held to those projects' own
 * tests (hadolint-agreement.test.ts); the cases here are the known misses the issue lists and the
 * rules only dref has.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { LINT_RULES } from '../../server/lint/rules/index.js';
import { tempDir } from './temp-dir.js';

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
    catches: [['FROM alpine:3.20\nADD test.html /var/www/html', 2], ['FROM alpine:3.20\nADD --chown=1:1 src/ /app/', 2], ['FROM alpine:3.20\nADD "notes.txt" /x/', 2]],
    ignores: [
      'FROM alpine:3.20\nADD "file.tgz" /opt/',
      'FROM alpine:3.20\nADD "https://example.com/app.bin" /opt/app',
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
    catches: [['FROM debian:12\nRUN apt-get update && apt-get install curl', 2], ['FROM debian:12\nRUN apt-get -q install curl', 2], ['FROM debian:12\nONBUILD RUN apt-get install curl', 2]],
    ignores: [
      'FROM debian:12\nRUN apt-get -q -q install curl',
      'FROM debian:12\nRUN apt-get -q=2 install curl',
      'FROM debian:12\nRUN apt-get install -s curl',
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
      'FROM debian:12\nRUN apt-get install --yes curl',
      'FROM debian:12\nRUN apt-get install -qy curl',
      'FROM debian:12\nRUN apt-get -qq install curl',
    ],
  },
  {
    rule: 'consecutive-run',
    catches: [['FROM alpine:3.20\nRUN apk update\nRUN apk add curl', 3], ['FROM alpine:3.20\nRUN a\n# a comment\nRUN b', 4]],
    ignores: ['FROM alpine:3.20\nRUN a && b', 'FROM alpine:3.20\nRUN a\nWORKDIR /x\nRUN b', 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache a\nRUN b', 'FROM alpine:3.20\nRUN foo && bar\nRUN baz'],
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
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get purge -y curl && rm -rf /var/lib/apt/lists/*',
      'FROM alpine:3.20\nRUN echo hi > /dev/null 2>&1\nRUN rm -rf /dev/null',
    ],
  },
  {
    rule: 'last-user-root',
    catches: [
      ['FROM alpine:3.20\nUSER app\nUSER root', 3], ['FROM alpine:3.20\nUSER 0:0', 2], ['FROM alpine:3.20 AS base\nUSER root\nFROM base\nRUN id', 2],
      // A stage nothing copies from may be a target someone builds and runs.
      ['FROM alpine:3.20 AS debug\nUSER root\nFROM alpine:3.20\nUSER app', 2],
      ['FROM alpine:3.20 AS build\nRUN make\nFROM alpine:3.20\nCOPY --from=build /out /out\nUSER root', 5],
    ],
    ignores: [
      'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER app', 'FROM alpine:3.20 AS base\nUSER root\nFROM base\nUSER app', 'FROM alpine:3.20',
      // kafka: a build stage the final one only copies from.
      'FROM eclipse-temurin:21-jre-alpine AS build-jsa\nUSER root\nRUN java -Xshare:dump\nFROM eclipse-temurin:21-jre-alpine\nCOPY --from=build-jsa kafka.jsa /opt/kafka/\nUSER appuser',
      'FROM alpine:3.20\nUSER 0\nRUN make\nFROM alpine:3.20\nRUN --mount=type=bind,from=0,source=/out,target=/in cp -r /in /out\nUSER app',
    ],
  },
  {
    rule: 'useradd-high-uid',
    catches: [['FROM debian:12\nRUN useradd -u 123456 app', 2], ['FROM debian:12\nRUN useradd --uid=1000000 -m app', 2]],
    ignores: [
      'FROM debian:12\nRUN useradd -l -u 123456 app', 'FROM debian:12\nRUN useradd -u 1000 app',
      // qdrant, warehouse: the UID is a build argument, its size unknown here.
      'FROM debian:12\nARG USER_ID\nRUN useradd -o -m -u $USER_ID docs',
      'FROM debian:12\nARG USER_ID=0\nRUN useradd --uid "$USER_ID" --gid "$USER_ID" -m qdrant',
    ],
  },
  {
    rule: 'from-without-tag',
    catches: [['FROM golang', 1], ['FROM docker.io/library/nginx', 1], ['FROM localhost:5000/app', 1]],
    ignores: ['FROM golang:1.22', 'FROM nginx@sha256:0123456789abcdef', 'FROM scratch', 'FROM ${BASE}', 'FROM golang:1.22 AS build\nFROM build', 'FROM localhost:5000/app:1.0', 'FROM build-${VARIANT}'],
  },
  {
    rule: 'from-latest',
    catches: [['FROM registry.example.com:5000/team/app:latest', 1], ['FROM docker.io/library/nginx:latest', 1]],
    ignores: ['FROM nginx:1.27', 'FROM nginx:latest@sha256:0123456789abcdef'],
  },
  {
    rule: 'repeated-in-stage',
    catches: [['FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]', 2], ['FROM alpine:3.20\nHEALTHCHECK CMD true\nHEALTHCHECK NONE', 2]],
    ignores: ['FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]', 'FROM alpine:3.20\nENTRYPOINT ["a"]\nCMD ["b"]'],
  },
  {
    rule: 'copy-from-unknown-stage',
    catches: [['FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=bulid /out /out', 3], ['FROM golang:1.22\nCOPY --from=1 /a /b\nFROM alpine:3.20', 2],
      // A slip for a stage is still caught when the stages have names: a word in common, a stage-like name, one defined further down.
      ['FROM alpine:3.20 AS license-set\nFROM alpine:3.20\nCOPY --from=set /a /b', 3], ['FROM golang:1.22 AS deps\nFROM alpine:3.20\nCOPY --from=builder /out /out', 3],
      ['FROM golang:1.22 AS deps\nFROM alpine:3.20\nCOPY --from=web /out /out\nFROM node:22 AS web', 3]],
    ignores: [
      'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out /out',
      'FROM golang:1.22\nFROM alpine:3.20\nCOPY --from=0 /out /out',
      'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/',
      // certbot: a named build context (--build-context plugin-src=…), like no stage of the file.
      'FROM python:3.14-alpine3.23 AS certbot\nRUN true\nFROM certbot AS certbot-plugin\nCOPY --from=plugin-src . /opt/certbot/src/plugin',
    ],
  },
  {
    rule: 'copy-from-own-stage',
    catches: [['FROM alpine:3.20\nCOPY --from=0 /a /b', 2], ['FROM alpine:3.20 AS app\nCOPY --from=app /a /b', 2]],
    ignores: ['FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --from=a /a /b'],
  },
  {
    rule: 'apt-lists-not-removed',
    catches: [['RUN apt-get update && apt-get install -y curl', 1], ['FROM debian:12\nRUN apt update && apt install -y curl', 2]],
    ignores: ['RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
      // buildpack-deps trixie: apt-get dist-clean (apt 2.7+) removes the lists too.
      'FROM debian:trixie\nRUN set -ex; apt-get update; apt-get install -y --no-install-recommends gcc; apt-get dist-clean', 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /a /a'],
  },
  {
    rule: 'apt-not-apt-get',
    catches: [['FROM debian:12\nRUN apt update', 2]],
    ignores: ['FROM debian:12\nRUN apt-get update', 'FROM debian:12\nRUN apt-cache policy curl'],
  },
  {
    rule: 'pipe-without-pipefail',
    catches: [
      ['FROM debian:12\nRUN curl -fsSL https://example.com/x.tgz | tar -xz', 2],
      // docker-library: the architecture read in an assignment, and a pipe after a `case` whose patterns hold `|`.
      ['FROM debian:12\nRUN set -eux; dpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; echo "$dpkgArch"', 2],
      ['FROM debian:12\nRUN case "$arch" in \\\n  amd64 | arm64) echo ok ;; \\\n  *) exit 1 ;; \\\n esac; \\\n apt-mark showmanual | xargs apt-mark auto', 2],
      // buildkit rootless: echo feeds it, but the first tee can fail unseen.
      ['FROM alpine:3.20\nRUN echo user:100000:65536 | tee /etc/subuid | tee /etc/subgid', 2],
      ['FROM debian:12\nRUN if [ -n "$GPU" ]; then curl -fsSL https://example.com/x.tgz | tar -xz; fi', 2],
      // a download feeding the checksum check: a cut-off list can pass without the file that matters.
      ['FROM debian:12\nRUN curl -fsSL https://example.com/SHA256SUMS | sha256sum -c --ignore-missing', 2],
      ['FROM debian:12\nRUN grep "$f" SHA256SUMS | sha256sum', 2],
    ],
    ignores: [
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz',
      'FROM debian:12\nRUN a || b',
      // qdrant, caddy: `|` between case patterns is no pipe.
      'FROM debian:12\nRUN case "$BUILDPLATFORM" in \\\n  */amd64 ) PLATFORM=x86_64 ;; \\\n  */arm64 | */arm64/* ) PLATFORM=aarch64 ;; \\\n esac; echo "$PLATFORM"',
      // rust, golang, temurin: only echo or printf feeds the pipe, and the last command's failure is seen.
      'FROM debian:12\nRUN set -eux; echo "${rustupSha256} *rustup-init" | sha256sum -c -',
      'FROM debian:12\nRUN printf \'%s\\n\' "$KEY" | gpg --import',
      // nerdctl: a grep that fails prints nothing, and sha256sum -c fails on no checksum line.
      'FROM debian:12\nRUN curl -fsSLO "https://example.com/$f" && grep "${f}" "/SHA256SUMS.d/x-${V}" | sha256sum -c - && tar xzf "$f"',
      'FROM debian:12\nRUN enc="$(echo \'System.out.println(1)\' | jshell -s -)"; [ "$enc" = 1 ]',
      // buildx, tomcat: a pipe that is a test, in an if condition or after `!`.
      'FROM alpine:3.20\nRUN if [ -f .git ] && head -1 .git | grep -q "^gitdir:"; then echo worktree; fi',
      'FROM debian:12\nRUN if ! catalina.sh configtest 2>&1 | grep -q Native; then exit 1; fi',
      'FROM debian:12\nRUN while read -r l; do echo "$l"; done < list.txt',
    ],
  },
  {
    rule: 'pip-cache-dir',
    catches: [
      ['FROM python:3.13\nRUN pip install requests==2.32.3', 2],
      // A cache mount somewhere else than the cache dir pip was given.
      ['FROM python:3.13\nENV PIP_CACHE_DIR=/pip-cache\nRUN --mount=type=cache,target=/other pip install requests', 3],
      ['FROM python:3.13\nRUN --mount=type=cache,target=$PIP_CACHE_DIR pip install requests', 2],
      ['FROM python:3.13\nRUN --mount=type=cache,target=/wheels pip install --cache-dir /pip-cache requests', 2],
      // --find-links without --no-index still downloads from PyPI; a local sdist is built and its wheel cached.
      ['FROM python:3.13\nRUN pip install --find-links=/wheels /wheels/*', 2],
      ['FROM python:3.13\nRUN pip install --no-index /src/pkg-1.0.tar.gz', 2],
      // A removal before the install, or of another .cache, leaves pip's cache in the layer.
      ['FROM python:3.13\nRUN rm -rf /root/.cache && pip install requests', 2],
      ['FROM python:3.13\nRUN pip install requests && rm -rf /tmp/.cache', 2],
    ],
    ignores: [
      'FROM python:3.13\nRUN pip install --no-cache-dir requests',
      'FROM python:3.13\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests',
      // label-studio: ENV PIP_CACHE_DIR, and the cache mount at $PIP_CACHE_DIR.
      'FROM ubuntu:22.04\nENV PIP_CACHE_DIR=$HOME/.cache\nRUN --mount=type=cache,target=$PIP_CACHE_DIR,uid=1001,gid=0 pip3 install -r requirements.txt',
      'FROM python:3.13 AS base\nENV PIP_CACHE_DIR=/pip-cache\nFROM base\nRUN --mount=type=cache,target=/pip-cache/ pip install requests',
      'FROM python:3.13\nRUN --mount=type=cache,target=/pip-cache pip install --cache-dir=/pip-cache requests',
      'FROM python:3.13\nRUN --mount=type=cache,target=/pc PIP_CACHE_DIR=/pc pip install requests',
      // litellm: wheels built in another stage, installed with --no-index: nothing downloaded, nothing built.
      'FROM python:3.13\nRUN pip install *.whl /wheels/* --no-index --find-links=/wheels/ && rm -f *.whl',
      // datasette, mkdocs-material: the same RUN removes pip's cache after the install.
      'FROM python:3.11-slim\nRUN pip install datasette && rm -rf /root/.cache/pip',
      'FROM python:3.11-alpine\nRUN pip install -U -r requirements.txt && rm -rf /tmp/* /root/.cache',
      'FROM python:3.11\nRUN pip install requests; rm -rf "$HOME/.cache/pip"',
      'FROM python:3.11\nRUN pip install requests && pip cache purge',
    ],
  },
  {
    rule: 'secrets-in-arg-env',
    catches: [['FROM alpine:3.20\nARG GITHUB_TOKEN', 2], ['FROM alpine:3.20\nENV DB_PASSWORD=x', 2],
      ['FROM alpine:3.20\nARG SIGNING_KEY=52BB7E3DE28A71BE22EC05FFEF80A866B47A981F\nRUN echo "$SIGNING_KEY" > /key', 2],
      ['FROM alpine:3.20\nARG API_TOKEN=/not-a-path', 2], ['FROM node:22\nARG NPM_TOKEN\nARG VITE_API_KEY', 2]],
    ignores: ['FROM python:3.13\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D', 'FROM alpine:3.20\nENV PASSWORD_FILE=/run/secrets/db', 'FROM debian:12\nARG APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=1',
      // kaniko: the value is where a config file is.
      'FROM scratch\nENV DOCKER_CREDENTIAL_GCR_CONFIG /kaniko/.config/gcloud/docker_credential_gcr_config.json',
      // swift: a release key's fingerprint, fetched with gpg --recv-keys.
      'FROM ubuntu:24.04\nARG SWIFT_SIGNING_KEY=52BB7E3DE28A71BE22EC05FFEF80A866B47A981F\nENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY\nRUN gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$SWIFT_SIGNING_KEY"',
      // prefect: Vite inlines VITE_* into the JavaScript it ships to every browser.
      'FROM node:22\nARG VITE_AMPLITUDE_API_KEY=""\nENV VITE_AMPLITUDE_API_KEY=$VITE_AMPLITUDE_API_KEY'],
  },
  {
    rule: 'workdir-relative',
    catches: [['FROM alpine:3.20\nWORKDIR app', 2]],
    ignores: ['FROM alpine:3.20\nWORKDIR /app', 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src', 'FROM alpine:3.20\nWORKDIR $HOME/app'],
  },
  {
    rule: 'inline-comment',
    catches: [['FROM alpine:3.20\nEXPOSE 8080 # the web port', 2], ['FROM alpine:3.20\nCOPY app /app # the binary', 2]],
    ignores: ['FROM alpine:3.20\n# the web port\nEXPOSE 8080', 'FROM alpine:3.20\nRUN echo "# not a comment"', 'FROM alpine:3.20\nRUN apk add curl # a shell comment'],
  },
  {
    rule: 'comment-in-continued-run',
    catches: [['FROM alpine:3.20\nRUN apk add --no-cache curl # for health checks \\\n    && adduser -D app', 2]],
    ignores: ['FROM alpine:3.20\nRUN apk add curl # a shell comment, last line', 'FROM alpine:3.20\nRUN apk add curl \\\n# dropped by the builder\n    git', 'FROM alpine:3.20\nRUN echo "a # b" \\\n    && true'],
  },
  {
    rule: 'comment-after-continuation',
    catches: [['FROM alpine:3.20\nRUN apk add curl \\ # tools\n    git', 2]],
    ignores: ['FROM alpine:3.20\nRUN apk add curl \\\n    git', 'FROM alpine:3.20\nRUN echo "a \\ # b"'],
  },
  {
    rule: 'curl-pipe-shell',
    catches: [['FROM debian:12\nRUN curl -fsSL https://get.example.com | sh', 2], ['FROM debian:12\nRUN wget -qO- https://x.example/install | sudo bash -s --', 2]],
    ignores: ['FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://get.example.com && sha256sum -c i.sha256 && sh /tmp/i.sh', 'FROM debian:12\nRUN curl -fsSL https://x.example/k.asc | gpg --dearmor -o /k.gpg'],
  },
  {
    rule: 'copy-all-before-install',
    catches: [['FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "."]', 3], ['FROM python:3.13\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt', 3]],
    ignores: ['FROM node:22\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build', 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build ./...'],
  },
  {
    rule: 'add-without-checksum',
    catches: [['FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/', 2]],
    ignores: ['FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/', 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src'],
  },
  {
    rule: 'syntax',
    catches: [['FROM alpine:3.20\nCMD["./app"]', 2], ['FROM alpine:3.20\nCOPY --from=0 /root/mainApp', 2], ['FROM alpine:3.20\nARG a = b', 2], ['FROM alpine:3.20\nFOO bar', 2], ['FROM alpine:3.20\nADD a.txt b.txt /opt', 2]],
    // ollama: BuildKit takes `.` for the working directory, a folder.
    ignores: ['FROM alpine:3.20\nCMD ["./app"]', 'FROM alpine:3.20\nARG a=b', 'FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum .', 'FROM alpine:3.20\nADD a.txt b.txt .'],
  },
  {
    rule: 'copy-multiple-sources',
    catches: [['FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum /src', 3]],
    ignores: ['FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum .', 'FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./'],
  },
  {
    // A cache in a build stage only copied from never reaches the image (ollama's toolchain stages).
    rule: 'dnf-clean-missing',
    catches: [['FROM almalinux:8\nRUN dnf install -y gcc', 2], ['FROM almalinux:8 AS base\nRUN dnf install -y gcc\nFROM base\nCMD ["gcc"]', 2]],
    ignores: ['FROM almalinux:8 AS build\nRUN dnf install -y gcc && make\nFROM ubuntu:24.04\nCOPY --from=build /out /out'],
  },
  {
    rule: 'yum-clean-missing',
    catches: [['FROM centos:7\nRUN yum install -y gcc', 2]],
    ignores: ['FROM centos:7 AS build\nRUN yum install -y gcc && make\nFROM scratch\nCOPY --from=build /out /out'],
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
  it('has a spec for every rule: here, or in hadolint\'s or BuildKit\'s own tests', () => {
    const specced = new Set(SPECS.map((s) => s.rule));
    const elsewhere = (r: (typeof LINT_RULES)[number]) => !!r.hadolint || !!r.buildkit || ['no-dockerignore', 'dockerignore-gaps'].includes(r.id);
    expect(LINT_RULES.filter((r) => !specced.has(r.id) && !elsewhere(r)).map((r) => r.id)).toEqual([]);
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

  it('says a shell-form ENTRYPOINT drops CMD and the stop signal', () => {
    expect(lintDockerfile('FROM alpine:3.20\nENTRYPOINT /usr/local/bin/app\nCMD ["--port", "80"]').find((f) => f.rule === 'shell-form-command')).toMatchObject({
      line: 2, message: 'ENTRYPOINT in shell form ignores CMD and `docker run` arguments, and the program never gets docker stop\'s SIGTERM; use the JSON form',
      fix: 'ENTRYPOINT ["/usr/local/bin/app"]',
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

describe('rule entries', () => {
  it('every rule names an entry the catalog has, found the same way as catalogContext finds it', async () => {
    const { catalogContext, entryRef } = await import('../../server/knowledge/catalog-context.js');
    const { lintEntry } = await import('../../server/lint/lint-entries.js');
    const { PARSER_RULES } = await import('../../server/lint/parser-findings.js');
    const context = catalogContext();
    for (const r of [...LINT_RULES, ...PARSER_RULES]) {
      expect(lintEntry(r.entry), `${r.id}: ${r.entry}`).not.toBeNull();
      expect(lintEntry(r.entry), r.id).toEqual(entryRef(context, context.names.idOf(r.entry)));
      const { entryByName } = await import('../../server/lint/entry-names.js');
      expect(entryByName(r.entry), r.id).toMatchObject({ id: lintEntry(r.entry)!.id, name: lintEntry(r.entry)!.name });
    }
  });
});
