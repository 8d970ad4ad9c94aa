/**
 * The BuildKit build checks that look past one instruction: UndefinedVar, InvalidDefaultArgInFrom,
 * CopyIgnoredFile (with a build context's .dockerignore) and the experimental
 * InvalidDefinitionDescription. BuildKit's own cases are in hadolint-agreement.test.ts; these are
 * the semantics its source gives (dockerfile2llb/convert.go, validations.go) and the cases where
 * dref must stay quiet because it cannot see the base image.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../server/lint/lint-dockerfile.js';
import { isImageReference } from '../../server/lint/rules/invalid-default-arg-in-from.js';
import { tempDir } from './temp-dir.js';

const hits = (rule: string, text: string, options: Parameters<typeof lintDockerfile>[1] = {}) =>
  lintDockerfile(text, options).filter((f) => f.rule === rule).map((f) => f.line);

/** A build context folder with this .dockerignore. */
function context(dockerignore: string | null): string {
  const dir = join(tempDir(), 'ctx');
  mkdirSync(dir);
  if (dockerignore !== null) writeFileSync(join(dir, '.dockerignore'), dockerignore);
  return dir;
}

describe('undefined-var (BuildKit UndefinedVar)', () => {
  it.each([
    ['FROM scratch\nCOPY $foo .', [2]],
    ['FROM scratch\nWORKDIR ${APP_HOME}/bin', [2]],
    ['FROM scratch\nLABEL version="$VERSION"', [2]],
    ['FROM scratch\nARG A=$B', [2]],
    ['FROM scratch\nCOPY --chown=$USER:$GROUP a /a', [2, 2]],
    ['FROM scratch\nRUN --mount=type=cache,target=$CACHE [\"true\"]', [2]],
    ['FROM alpine:3.20\nCOPY $foo .\nARG foo=bar', [2]],
    ['FROM alpine:3.20\nWORKDIR $APP_DIR\nENV APP_DIR=/app', [2]],
    ['FROM alpine:3.20\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .', [3]],
    ['FROM alpine:3.20\nENV PATH=$PAHT:/tmp/bin', [2]],
    ['FROM alpine:3.20\nCOPY build/$TARGETARCH/app /app', [2]],
    ['ARG VERSION=1.0\nFROM alpine:3.20\nLABEL version=$VERSION', [3]],
    ['FROM alpine:3.20 AS base\nARG name\nFROM base\nCOPY $name$other .', [4]],
    ['FROM alpine:3.20\nUSER ${user:-app}', [2]],
    // alpine, busybox, debian and ubuntu set PATH alone: everything else is known to be undefined there.
    ['FROM alpine:3.20\nCOPY $FOO .', [2]],
    ['FROM docker.io/library/debian:bookworm-slim AS base\nFROM base\nWORKDIR $APP_HOME', [3]],
    ['ARG TAG=24.04\nFROM ubuntu:${TAG}\nLABEL tag=$TAG', [3]],
  ])('catches %j', (text, lines) => {
    expect(hits('undefined-var', text)).toEqual(lines);
  });

  it.each([
    // Defined before, in this stage or the stage it builds on.
    'FROM scratch\nARG foo\nCOPY Dockerfile${foo} .',
    'FROM alpine:3.20 AS base\nARG foo=Dockerfile\nFROM base\nCOPY $foo .',
    'FROM alpine:3.20\nENV APP=/app\nWORKDIR $APP',
    'FROM alpine:3.20\nARG A=1 B=$A\nLABEL b=$B',
    'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION',
    'FROM alpine:3.20\nARG TARGETARCH\nCOPY build/$TARGETARCH/app /app',
    // PATH is always set; the shell expands RUN, CMD and ENTRYPOINT in shell form itself.
    'FROM scratch\nENV PATH=$PATH:/app/bin',
    'FROM alpine:3.20\nRUN echo $foo\nCMD echo $bar\nENTRYPOINT exec $baz',
    // The base image's own ENV is not known here: upper-case names may come from it.
    'FROM python:3.13\nARG VERSION=$PYTHON_VERSION',
    'FROM golang:1.26\nWORKDIR $GOPATH/src/app',
    'FROM node:22\nWORKDIR $HOME/app',
    'FROM myorg/alpine:3.20\nCOPY $FOO .',
    'FROM registry.example.com/base:1\nENV https_proxy=$http_proxy',
    'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}\nENV V=$NODE_VERSION',
    'ARG PYTHON_VERSION=3.13\nFROM python:3.13-slim AS base\nFROM base\nLABEL python=$PYTHON_VERSION',
    'ARG JAVA_HOME=/opt/java\nFROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH',
    // Quoted or escaped, it is not expanded; a heredoc's content is a file, not instructions.
    "FROM scratch\nLABEL a='$foo' b=\\$bar",
    'FROM scratch\nCOPY <<EOF /x\n$foo\nEOF',
    // Said by env-self-reference (DL3044), once.
    'FROM scratch\nENV A=1 B=$A',
    // ONBUILD runs in another build.
    'FROM alpine:3.20\nONBUILD COPY $foo .',
    // Never put in the environment.
    'FROM scratch\nCOPY $BUILDKIT_SBOM_SCAN_CONTEXT .',
    // BuildKit expands EXPOSE with ProcessWords, which drops unmatched names: UndefinedVar never sees it.
    'FROM scratch\nEXPOSE $PORT',
    'FROM alpine:3.20\nEXPOSE ${port}/tcp\nARG port=80',
  ])('does not catch %j', (text) => {
    expect(hits('undefined-var', text)).toEqual([]);
  });

  it('says what is missing and what to do, in both languages', () => {
    const text = 'FROM alpine:3.20\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .';
    expect(lintDockerfile(text).find((f) => f.rule === 'undefined-var')).toMatchObject({
      severity: 'warning', buildkit: 'UndefinedVar', line: 3, column: 1,
      message: '$DIR_ASSET is not defined in this stage, so COPY on line 3 gets an empty string; did you mean $DIR_ASSETS?',
      fix: 'write $DIR_ASSETS',
    });
    expect(lintDockerfile(text, { lang: 'ko' }).find((f) => f.rule === 'undefined-var')?.message)
      .toBe('$DIR_ASSET은(는) 이 스테이지에서 정의된 적이 없어 3번 줄의 COPY에서는 빈 문자열이 됩니다. $DIR_ASSETS을(를) 쓰려던 것 아닌가요?');
  });
});

describe('undefined-arg-in-from (BuildKit UndefinedArgInFrom)', () => {
  it('knows the same build arguments BuildKit sets as undefined-var does, the OS versions among them', () => {
    expect(hits('undefined-arg-in-from', 'FROM --platform=$BUILDPLATFORM mcr.microsoft.com/windows/nanoserver:${TARGETOSVERSION}')).toEqual([]);
    expect(hits('undefined-arg-in-from', 'ARG A=1 B=2\nFROM alpine:$B')).toEqual([]);
    expect(hits('undefined-arg-in-from', 'ARG A=1\nFROM alpine:$B')).toEqual([2]);
  });
});

describe('invalid-default-arg-in-from (BuildKit InvalidDefaultArgInFrom)', () => {
  it.each([
    ['ARG TAG\nFROM busybox:${TAG}', [2]],
    ['ARG IMAGE\nFROM $IMAGE', [2]],
    ['ARG SFX="box:"\nFROM busy${SFX}', [2]],
    ['ARG NAME=App\nFROM team/${NAME}:1', [2]],
    ['ARG A=x\nFROM alpine AS one\nFROM ${B}', [3]],
  ])('catches %j', (text, lines) => {
    expect(hits('invalid-default-arg-in-from', text)).toEqual(lines);
  });

  it.each([
    'ARG TAG=latest\nFROM busybox:${TAG}',
    'ARG VARIANT\nFROM busybox:stable${VARIANT}',
    'ARG TAG\nFROM alpine:${TAG:-3.20}',
    'ARG BASE=alpine:3.20\nARG IMAGE=$BASE\nFROM $IMAGE',
    'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nFROM build',
    'ARG REGISTRY=localhost:5000\nFROM ${REGISTRY}/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    // Without variables the builder's own error says it.
    'FROM Ubuntu',
  ])('does not catch %j', (text) => {
    expect(hits('invalid-default-arg-in-from', text)).toEqual([]);
  });

  it('checks names as the registry grammar does', () => {
    for (const ok of ['MyRegistry/app:1', 'alpine', 'alpine:3.20', 'docker.io/library/alpine:3', 'ghcr.io/o/r-x_y.z:v1.0', 'localhost/app', 'Registry.Example.com:443/a/b', 'scratch']) expect(isImageReference(ok), ok).toBe(true);
    for (const bad of ['', 'alpine:', ':tag', 'Alpine', 'my/App', 'a//b', `${'a'.repeat(64).replace(/a/g, 'f')}`, 'busy:box:']) expect(isImageReference(bad), bad).toBe(false);
  });

  it('names the ARG without a default, or the variable nothing declares', () => {
    expect(lintDockerfile('ARG TAG\nFROM busybox:${TAG}').find((f) => f.rule === 'invalid-default-arg-in-from')).toMatchObject({
      severity: 'warning', line: 2,
      message: 'without --build-arg, FROM busybox:${TAG} becomes "busybox:", which is not an image, so a plain docker build fails here: ARG TAG has no default',
      fix: 'give ARG TAG a default that makes a valid image (above the first FROM), or a fallback in FROM: ${TAG:-…}',
    });
    expect(lintDockerfile('FROM ${VALUE}', { lang: 'ko' }).find((f) => f.rule === 'invalid-default-arg-in-from')?.message)
      .toBe('--build-arg 없이는 FROM ${VALUE}은(는) 빈 이름이 되어 이미지가 아니므로 그냥 docker build하면 여기서 실패합니다. 첫 FROM 앞에 VALUE을(를) 선언하는 ARG가 없습니다');
  });
});

describe('copy-ignored-file (BuildKit CopyIgnoredFile)', () => {
  it('catches COPY and ADD of what .dockerignore leaves out', () => {
    const dir = context('# build output\ndist\n*.md\n/secrets/\n**/*.log\n');
    const text = 'FROM scratch\nCOPY dist/app /app\nADD README.md /\nCOPY ./secrets/key /k\nCOPY logs/a/b.log /l\nCOPY src/ /src';
    expect(hits('copy-ignored-file', text, { contextDir: dir })).toEqual([2, 3, 4, 5]);
    expect(lintDockerfile('FROM scratch\nCOPY dist/app /app', { contextDir: dir }).find((f) => f.rule === 'copy-ignored-file')).toMatchObject({
      severity: 'warning', buildkit: 'CopyIgnoredFile',
      message: 'COPY dist/app: .dockerignore leaves dist/app out of the build context (pattern "dist"), so the builder never gets it and this step fails with "not found"',
      fix: 'drop "dist" from .dockerignore, or stop copying dist/app',
    });
  });

  it('judges the context root only by a pattern that leaves out everything', () => {
    expect(hits('copy-ignored-file', 'FROM scratch\nCOPY . .', { contextDir: context('*\n') })).toEqual([2]);
    expect(hits('copy-ignored-file', 'FROM scratch\nCOPY . .', { contextDir: context('.*\n') })).toEqual([]);
  });

  it('stays quiet without a .dockerignore, without a context, with ! exceptions, and for --from, URLs and variables', () => {
    const text = 'FROM scratch\nCOPY Dockerfile .';
    expect(hits('copy-ignored-file', text, { contextDir: context(null) })).toEqual([]);
    expect(hits('copy-ignored-file', text)).toEqual([]);
    expect(hits('copy-ignored-file', text, { contextDir: context('**\n!Dockerfile\n') })).toEqual([]);
    const dir = context('Dockerfile\napp\n');
    expect(hits('copy-ignored-file', 'FROM scratch AS a\nFROM scratch\nCOPY --from=a Dockerfile .\nADD https://example.com/Dockerfile /\nARG f=Dockerfile\nCOPY $f .\nCOPY application /x', { contextDir: dir })).toEqual([]);
  });
});

describe('invalid-definition-description (BuildKit InvalidDefinitionDescription, experimental)', () => {
  const bad = '# a non-descriptive comment\nFROM scratch AS base\n# another one\nARG VERSION=1\n# three at once\nARG a=1 b=2';

  it('is off unless enabled, by --enable or by the file\'s check directive', () => {
    expect(hits('invalid-definition-description', bad)).toEqual([]);
    expect(hits('invalid-definition-description', `# check=experimental=InvalidDefinitionDescription\n${bad}`)).toEqual([3, 5, 7]);
    expect(hits('invalid-definition-description', `# syntax=docker/dockerfile:1\n# check=error=true;experimental=all\n${bad}`)).toEqual([4, 6, 8]);
  });

  it('accepts comments that start with the name, and ones kept apart by a blank line or a lone #', () => {
    const good = '# check=experimental=InvalidDefinitionDescription\n# base is where we build\nFROM scratch AS base\n# VERSION the release\nARG VERSION=1\n# b the second\nARG a=1 b=2\n# not a description\n\nARG c\n# not one either\n#\nARG d\n# nor this\nFROM scratch';
    expect(hits('invalid-definition-description', good)).toEqual([]);
  });

  it('names the stage or the ARG', () => {
    const found = lintDockerfile(`# check=experimental=InvalidDefinitionDescription\n${bad}`, { lang: 'ko' }).filter((f) => f.rule === 'invalid-definition-description');
    expect(found.map((f) => f.message)).toEqual([
      '스테이지 base 바로 위 주석이 "base"(으)로 시작하지 않아 --call=outline에 설명이 나오지 않습니다',
      'ARG VERSION 바로 위 주석이 "VERSION"(으)로 시작하지 않아 --call=outline에 설명이 나오지 않습니다',
      '이 ARG들 바로 위 주석이 그 이름 중 하나로 시작하지 않아 --call=outline에 설명이 나오지 않습니다',
    ]);
    expect(found[0]).toMatchObject({ severity: 'info', fix: '이름으로 시작하게 쓰거나(# base <설명>), 설명이 아니라면 주석과 3번 줄 사이에 빈 줄을 두세요' });
  });
});
