/**
 * The checks docker makes of an image name before it does anything: the repository is lower case
 * (`invalid reference format: repository name must be lowercase`), a tag holds only letters,
 * digits, `_`, `.` and `-` (at most 128) and does not start with `.` or `-`. And one docker cannot make
 * before the pull fails: a one-part name one slip from an official image (official-images.ts).
 */
import { officialImageSlip } from './official-images.js';
import type { ValueProblem } from './option-values.js';
import { problemMessage, type MessageLang } from '../text/problem-messages.js';

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/**
 * A problem with an image name as written, or undefined. Names holding shell syntax and usage
 * placeholders (`IMAGE:TAG`, `<image>`, `이미지 이름:태그`) are left alone: they are not meant literally.
 * The message is written in `lang`.
 */
/**
 * `pulled`: the command reads the image from a registry when it is not local (run, create, pull), so a slip of an
 * official image's name is a repository that is not there; a name being made (commit, tag, build -t) is any name.
 */
export function checkImageName(text: string, lang: MessageLang = 'en', pulled = false): ValueProblem | undefined {
  if (!text || /[$*{}`?[\]<>]|[^\x00-\x7f]/.test(text) || /^(sha256:)?[0-9a-f]{12,64}$/.test(text)) return undefined;
  if (/^[A-Z0-9_/.:-]+$/.test(text) && /[A-Z]{2}/.test(text)) return undefined;
  const at = text.indexOf('@');
  const name = at >= 0 ? text.slice(0, at) : text;
  const slash = name.indexOf('/');
  const first = slash > 0 ? name.slice(0, slash) : '';
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = hasRegistry ? `${first}/` : '';
  const rest = name.slice(registry.length);
  const colon = rest.lastIndexOf(':');
  const path = colon >= 0 ? rest.slice(0, colon) : rest;
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  if (tag !== undefined && !TAG.test(tag)) {
    return { message: problemMessage(lang, 'image.badTag', { tag }) };
  }
  // A part in capitals is a placeholder too (`YOUR_USERNAME/app`, `DOCKER_ID/web`), as the whole name is above; a part in
  // mixed case (`MyApp`, `Nginx`) is the mistake docker refuses.
  const placeholderPart = (part: string) => /^[A-Z0-9_.-]+$/.test(part) && /[A-Z]{2}/.test(part);
  if (/[A-Z]/.test(path) && !path.split('/').every((part) => !/[A-Z]/.test(part) || placeholderPart(part))) {
    return {
      message: problemMessage(lang, 'image.upperCase', { text }),
      suggestion: `${registry}${path.toLowerCase()}${tag !== undefined ? `:${tag}` : ''}${at >= 0 ? text.slice(at) : ''}`,
    };
  }
  const official = registry || !pulled ? undefined : officialImageSlip(path);
  if (official) {
    return {
      message: problemMessage(lang, 'image.officialSlip', { text: path, official }),
      suggestion: `${official}${tag !== undefined ? `:${tag}` : ''}${at >= 0 ? text.slice(at) : ''}`,
    };
  }
  return undefined;
}
