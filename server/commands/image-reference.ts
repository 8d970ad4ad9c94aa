/**
 * An image reference split the way the docker CLI reads it: `[REGISTRY[:PORT]/]PATH[:TAG][@DIGEST]`.
 * The first path component is a registry only when it looks like a host (has a `.` or a `:`, or is
 * `localhost`); otherwise the image is on Docker Hub, and a one-component name is an official image
 * under `library/`. No tag and no digest means `latest`.
 */

export interface ImageReference {
  /** The registry host as written, or `docker.io` when none is. */
  readonly registry: string;
  readonly registryGiven: boolean;
  /** The repository path as written (`nginx`, `myteam/api`). */
  readonly path: string;
  /** The tag as written, or `latest` when neither a tag nor a digest is. */
  readonly tag: string | null;
  readonly tagGiven: boolean;
  readonly digest: string | null;
  /** A Docker Hub image with a one-component name (`nginx` is `docker.io/library/nginx`). */
  readonly official: boolean;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const HOST = /^(?:localhost|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;

/** Reads an image reference; null when the text is not one (a variable, upper-case letters, …). */
export function parseImageReference(text: string): ImageReference | null {
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return null;
  }
  let registry = 'docker.io';
  let registryGiven = false;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if ((first.includes('.') || first.includes(':') || first === 'localhost') && HOST.test(first)) {
      registry = first;
      registryGiven = true;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return null;
  }
  if (!rest || !rest.split('/').every((c) => COMPONENT.test(c))) return null;
  const onHub = registry === 'docker.io' || registry === 'index.docker.io';
  return {
    registry,
    registryGiven,
    path: rest,
    tag: tag ?? (digest ? null : 'latest'),
    tagGiven: tag !== null,
    digest,
    official: onHub && (!rest.includes('/') || rest.startsWith('library/')),
  };
}
