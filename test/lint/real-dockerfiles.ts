/** The real Dockerfiles under real-dockerfiles/ (sources and licences in its README). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../server/database/paths.js';

export const REAL_DIR = join(packageRoot(), 'test', 'lint', 'real-dockerfiles');

export const REAL_DOCKERFILES: readonly { readonly name: string; readonly text: string }[] = readdirSync(REAL_DIR)
  .filter((f) => f.endsWith('.Dockerfile')).sort()
  .map((name) => ({ name, text: readFileSync(join(REAL_DIR, name), 'utf8') }));

/**
 * Every warning and error dref gives on these files, looked at by hand and judged real. A new one
 * fails the test until someone has looked at it too.
 */
export const REVIEWED_TRUE_POSITIVES: Readonly<Record<string, string>> = {
  'pipe-without-pipefail': 'docker-library RUNs pipe (wget | gpg, dpkg-query | awk) under /bin/sh without pipefail: a failed first command is not noticed',
  'from-without-tag': 'compose.Dockerfile builds docs and license stages FROM alpine with no tag',
  'from-latest': 'minio FROM minio/minio:latest, prometheus FROM quay.io/prometheus/busybox-…:latest',
  'copy-from-unknown-stage': 'compose.Dockerfile line 147: COPY --from=set, but the stage is named license-set',
  SC2154: 'rabbitmq ubuntu: the error message prints $apkArch, a name from the Alpine variant never set here',
};
