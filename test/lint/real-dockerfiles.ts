/** The real Dockerfiles under real-dockerfiles/ (sources and licences in its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../server/database/paths.js';

export const REAL_DIR = join(packageRoot(), 'test', 'lint', 'real-dockerfiles');

export const REAL_DOCKERFILES: readonly { readonly name: string; readonly text: string }[] = readdirSync(REAL_DIR)
  .filter((f) => f.endsWith('.Dockerfile')).sort()
  .map((name) => ({ name, text: readFileSync(join(REAL_DIR, name), 'utf8') }));

/**
 * Every warning and error dref gives on these files, by rule, looked at by hand and judged real. A
 * new rule among them fails the test until someone has looked at it too.
 */
export const REVIEWED_TRUE_POSITIVES: Readonly<Record<string, string>> = {
  'pipe-without-pipefail': 'a command that can fail feeds a pipe under /bin/sh without pipefail (wget | gpg, curl | tar, curl | sh, curl | apt-key add, ls | head, curl | dd, curl | gzip -d, find | awk | xargs dpkg-query, find | xargs rm, find | sort | xargs sha256sum, find | sort -u > file, wget -O- | gpg --import, dpkg --print-architecture | awk, ctr oci spec | jq, echo | sed | tee): its failure is not noticed',
  'from-without-tag': 'compose.Dockerfile FROM alpine, moby FROM busybox, qdrant FROM tonistiigi/xx and rocm/dev-ubuntu-22.04, the distroless examples FROM gcr.io/distroless/…-debian12/13, docker-credential-helpers and xx FROM --platform=$BUILDPLATFORM alpine, xx FROM tonistiigi/bats-assert, headscale FROM gcr.io/distroless/base-debian11, keycloak FROM registry.access.redhat.com/ubi8-minimal (twice): no tag, so :latest',
  'from-latest': 'minio FROM minio/minio:latest, prometheus FROM quay.io/prometheus/busybox-…:latest, pocketbase and rclone FROM alpine:latest',
  'copy-from-unknown-stage': 'compose.Dockerfile line 147: COPY --from=set, but the stage is named license-set',
  SC2154: 'rabbitmq ubuntu: the error message prints $apkArch, a name from the Alpine variant never set here',
  'copy-all-before-install': 'distroless Go example: COPY . . before go mod download, so any source change downloads the modules again',
  'pip-cache-dir': 'litellm lines 17, 33, 39, vllm lines 47-48, temporal-cadence line 103: pip install with neither --no-cache-dir, PIP_NO_CACHE_DIR nor a cache mount, so the download cache stays in the layer',
  'undefined-var': 'label-studio line 22: ENV PIP_CACHE_DIR=$HOME/.cache in a stage FROM ubuntu:22.04, whose image sets no HOME; HOME only comes at line 82, so the value is /.cache',
  'sudo-in-run': 'vllm line 98: sudo mv in a RUN that already runs as root (hadolint DL3004)',
  'shell-form-command': 'meilisearch: CMD /bin/meilisearch in shell form after ENTRYPOINT ["tini", "--"] runs tini -- /bin/sh -c /bin/meilisearch; temporal-cadence lines 96 and 107: CMD /start-cadence.sh and CMD /start.sh after ENTRYPOINT ["/docker-entrypoint.sh"], the same',
  'apt-lists-not-removed': 'qdrant line 171: the GPU apt-get update leaves its lists in that layer; node-red-debian lines 13 (stage base, under release) and 82 (release): apt-get update, lists never removed; uptime-kuma line 97: apt update in the last stage (upload-artifact), lists never removed; nerdctl line 300: the base stage (under the default demo stage) keeps its lists; vllm line 153: vllm-base, under the last stage vllm-openai, never removes them',
  'removed-in-later-layer': 'qdrant line 183: rm -rf /var/lib/apt/lists in a later RUN than the update of line 171; litellm line 65: rm -rf /wheels after COPY --from=builder /wheels/ (line 62); woodpecker-make line 17: rm -rf /Makefile after COPY Makefile / (line 11); acme-companion line 35: rm -f /app/install_acme.sh after its COPY (line 34); concourse line 19: rm /tmp/init.c after its COPY (line 18), in stage base under the last stage',
  'apt-not-apt-get': 'uv: RUN apt install -y --update in a script; uptime-kuma lines 67 and 97: apt update / apt --yes install; xx line 39: apt update && apt install; kaniko line 59: apt update && apt install; datasette line 9: apt clean (apt warns its CLI is not stable)',
  'invalid-default-arg-in-from': 'jaeger: ARG base_image and ARG debug_image have no default, so a plain docker build fails at FROM $base_image; temporal server and admin-tools: ARG ALPINE_TAG has no default, so FROM alpine:${ALPINE_TAG} is alpine:; netbox-docker lines 2 and 49: ARG FROM has no default, so FROM ${FROM} is empty; timescaledb line 22: the global ARG PREV_IMAGE has no default (the ARG PREV_IMAGE=postgres:… of line 21 is inside stage tools, so FROM does not see it), line 32: FROM postgres:${PG_VERSION}-alpine${ALPINE_VERSION} is postgres:-alpine (BuildKit warns the same)',
  'add-instead-of-copy': 'nerdctl lines 76-77: ADD of two local scripts (hack/…), mlflow ADD . /app, vllm ADD . /vllm-workspace/, woodpecker-2021 ADD release/drone-server /bin/: COPY does the same without ADD\'s URL and tar handling',
  'secrets-in-arg-env': 'uptime-kuma line 103: ARG GITHUB_TOKEN, passed to the upload script, stays readable in the image history',
};

/**
 * Where each reviewed warning or error is, file by file (`line rule`): a finding that moves, goes or
 * appears fails the test, so every change on these files is looked at.
 */
export const REVIEWED_FINDINGS: Readonly<Record<string, readonly string[]>> = {
  'cassandra-5.0.Dockerfile': ['39 pipe-without-pipefail'],
  'buildkit.Dockerfile': ['170 pipe-without-pipefail', '493 pipe-without-pipefail'],
  'buildx.Dockerfile': ['163 pipe-without-pipefail'],
  'compose.Dockerfile': ['124 pipe-without-pipefail', '140 pipe-without-pipefail', '147 copy-from-unknown-stage', '151 pipe-without-pipefail', '162 from-without-tag', '204 from-without-tag', '209 pipe-without-pipefail', '219 from-without-tag', '222 pipe-without-pipefail'],
  'distroless-example-go.Dockerfile': ['4 copy-all-before-install', '12 from-without-tag'],
  'distroless-example-java.Dockerfile': ['7 from-without-tag'],
  'distroless-example-python3.Dockerfile': ['20 from-without-tag'],
  'docker-29-dind.Dockerfile': ['29 pipe-without-pipefail'],
  'docker-cli.Dockerfile': ['97 pipe-without-pipefail'],
  'ghost-6-alpine.Dockerfile': ['16 pipe-without-pipefail'],
  'haproxy-3.2.Dockerfile': ['38 pipe-without-pipefail'],
  'httpd-2.4.Dockerfile': ['31 pipe-without-pipefail'],
  'jaeger.Dockerfile': ['9 invalid-default-arg-in-from', '54 invalid-default-arg-in-from'],
  'kind-base.Dockerfile': ['212 pipe-without-pipefail'],
  'meilisearch.Dockerfile': ['46 shell-form-command'],
  'memcached-debian.Dockerfile': ['26 pipe-without-pipefail'],
  'minio.Dockerfile': ['1 from-latest'],
  'moby.Dockerfile': ['50 from-without-tag'],
  'mongo-8.0.Dockerfile': ['32 pipe-without-pipefail'],
  'nginx-mainline-alpine-slim.Dockerfile': ['14 pipe-without-pipefail'],
  'nginx-mainline-debian.Dockerfile': ['16 pipe-without-pipefail'],
  'node-22-bookworm-slim.Dockerfile': ['8 pipe-without-pipefail', '65 pipe-without-pipefail'],
  'ollama.Dockerfile': ['32 pipe-without-pipefail', '159 pipe-without-pipefail', '179 pipe-without-pipefail', '220 pipe-without-pipefail', '245 pipe-without-pipefail'],
  'php-8.3-bookworm-apache.Dockerfile': ['158 pipe-without-pipefail'],
  'postgres-17-alpine.Dockerfile': ['21 pipe-without-pipefail', '62 pipe-without-pipefail'],
  'postgres-17-bookworm.Dockerfile': ['32 pipe-without-pipefail', '53 pipe-without-pipefail', '94 pipe-without-pipefail'],
  'prometheus.Dockerfile': ['3 from-latest'],
  'python-3.13-alpine.Dockerfile': ['23 pipe-without-pipefail'],
  'python-3.13-slim-bookworm.Dockerfile': ['26 pipe-without-pipefail'],
  'qdrant.Dockerfile': ['10 from-without-tag', '159 from-without-tag', '172 apt-lists-not-removed', '183 removed-in-later-layer'],
  'rabbitmq-4.1-ubuntu.Dockerfile': ['91 SC2154', '196 pipe-without-pipefail'],
  'redis-7.2-alpine.Dockerfile': ['56 pipe-without-pipefail'],
  'redis-7.2-debian.Dockerfile': ['26 pipe-without-pipefail', '63 pipe-without-pipefail'],
  'ruby-3.4-slim-bookworm.Dockerfile': ['30 pipe-without-pipefail'],
  'temurin-21-jdk-noble.Dockerfile': ['56 pipe-without-pipefail'],
  'tomcat-10.1-jdk21-noble.Dockerfile': ['22 pipe-without-pipefail'],
  'uptime-kuma.Dockerfile': ['67 pipe-without-pipefail', '67 apt-not-apt-get', '97 apt-lists-not-removed', '97 apt-not-apt-get', '103 secrets-in-arg-env'],
  'uv.Dockerfile': ['15 apt-not-apt-get'],
  'wordpress-php8.3-apache.Dockerfile': ['23 pipe-without-pipefail'],
  'docker-credential-helpers.Dockerfile': ['147 from-without-tag'],
  'erlang-28.Dockerfile': ['10 pipe-without-pipefail'],
  'influxdb-2.8.Dockerfile': ['15 pipe-without-pipefail'],
  'nerdctl.Dockerfile': ['76 add-instead-of-copy', '77 add-instead-of-copy', '140 pipe-without-pipefail', '261 pipe-without-pipefail', '300 apt-lists-not-removed'],
  'xx.Dockerfile': ['10 from-without-tag', '25 from-without-tag', '39 apt-not-apt-get'],
  'headscale.Dockerfile': ['17 from-without-tag'],
  'keycloak.Dockerfile': ['1 from-without-tag', '20 from-without-tag'],
  'label-studio.Dockerfile': ['22 undefined-var', '45 pipe-without-pipefail'],
  'litellm.Dockerfile': ['17 pip-cache-dir', '30 pipe-without-pipefail', '33 pip-cache-dir', '39 pip-cache-dir', '65 removed-in-later-layer'],
  'mlflow.Dockerfile': ['5 add-instead-of-copy', '7 pipe-without-pipefail'],
  'pocketbase.Dockerfile': ['12 from-latest'],
  'rclone.Dockerfile': ['36 from-latest'],
  'superset.Dockerfile': ['115 pipe-without-pipefail'],
  'temporal-admin-tools.Dockerfile': ['3 invalid-default-arg-in-from'],
  'temporal-cadence.Dockerfile': ['13 pipe-without-pipefail', '96 shell-form-command', '103 pip-cache-dir', '107 shell-form-command'],
  'temporal-server.Dockerfile': ['3 invalid-default-arg-in-from'],
  'vllm.Dockerfile': ['47 pip-cache-dir', '48 pip-cache-dir', '98 sudo-in-run', '153 apt-lists-not-removed', '181 add-instead-of-copy'],
  'woodpecker-2021.Dockerfile': ['18 add-instead-of-copy'],
  'woodpecker-make.Dockerfile': ['17 removed-in-later-layer'],
  'acme-companion.Dockerfile': ['35 removed-in-later-layer'],
  'code-server.Dockerfile': ['40 pipe-without-pipefail'],
  'concourse.Dockerfile': ['19 removed-in-later-layer'],
  'datasette.Dockerfile': ['9 apt-not-apt-get', '13 pipe-without-pipefail'],
  'kaniko.Dockerfile': ['59 apt-not-apt-get'],
  'netbox-docker.Dockerfile': ['2 invalid-default-arg-in-from', '49 invalid-default-arg-in-from'],
  'node-red-debian.Dockerfile': ['13 apt-lists-not-removed', '82 apt-lists-not-removed'],
  'openjdk-27-slim-trixie.Dockerfile': ['29 pipe-without-pipefail'],
  'pypy-3.11-slim-trixie.Dockerfile': ['24 pipe-without-pipefail'],
  'solr-9.10.Dockerfile': ['30 pipe-without-pipefail'],
  'tikv.Dockerfile': ['32 pipe-without-pipefail'],
  'timescaledb.Dockerfile': ['22 invalid-default-arg-in-from', '32 invalid-default-arg-in-from'],
  'valkey-8.0-debian.Dockerfile': ['27 pipe-without-pipefail'],
};
