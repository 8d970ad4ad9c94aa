/**
 * Whether a query names an image by what people run from Docker Hub ("Starting a Nginx web server", "run a redis"):
 * said with starting or running, the task is running a container of it (`docker run`), not starting one that exists.
 * Names that are Docker's own words too (docker, node, registry, bash) do not count.
 */
import { OFFICIAL_IMAGES } from '../commands/official-images.js';

const DOCKER_WORDS: ReadonlySet<string> = new Set(['docker', 'node', 'registry', 'bash', 'composer', 'swift', 'crate', 'ghost', 'buildpack-deps', 'hello-world']);

/** Whether a word of `query` (of letters, digits and dashes) is the name of an official image. */
export function namesOfficialImage(query: string): boolean {
  for (const word of query.toLowerCase().match(/[a-z][a-z0-9-]*/g) ?? []) if (OFFICIAL_IMAGES.has(word) && !DOCKER_WORDS.has(word)) return true;
  return false;
}
