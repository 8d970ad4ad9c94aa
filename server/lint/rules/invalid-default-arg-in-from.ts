/**
 * `ARG TAG` then `FROM alpine:${TAG}`: with no --build-arg the image is `alpine:`, which is no image
 * at all, and `docker build .` fails. As BuildKit does, the FROM is worked out from the global ARGs'
 * defaults (and BuildKit's own platform arguments) and must then be a valid image reference. A FROM
 * without variables is left to the builder's own error.
 */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { globalArgPairs, PLATFORM_ARG_DEFAULTS } from './global-args.js';
import { substitute, variablesIn } from './variable-references.js';

const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${PATH_PART}(?:/${PATH_PART})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,})?$`);

/** Whether the builder would accept this as an image name (the rules of distribution/reference). */
export function isImageReference(name: string): boolean {
  if (!name || /^[a-f0-9]{64}$/.test(name)) return false;
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const hasDomain = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  const remainder = hasDomain ? name.slice(slash + 1) : name;
  const repository = remainder.split(/[:@]/)[0]!;
  if (repository.toLowerCase() !== repository) return false;
  const full = hasDomain ? name : `docker.io/${name}`;
  return full.split(/[:@]/)[0]!.length <= 255 + 'docker.io/'.length && REFERENCE.test(full);
}

export const invalidDefaultArgInFrom: LintRule = {
  id: 'invalid-default-arg-in-from',
  severity: 'warning',
  buildkit: 'InvalidDefaultArgInFrom',
  entry: 'ARG',
  description: say('FROM names no valid image unless a --build-arg is given', '--build-arg를 주지 않으면 FROM이 올바른 이미지를 가리키지 않음'),
  check: ({ stages, escape }) => {
    const pairs = globalArgPairs(stages, escape);
    const declared = new Set(pairs.map((p) => p.key));
    const values = new Map(PLATFORM_ARG_DEFAULTS);
    for (const pair of pairs) if (pair.value !== null) values.set(pair.key, substitute(pair.value, values, escape));
    return stages.filter((s) => s.from && s.image && variablesIn(s.image, escape).length).flatMap((s) => {
      const image = s.image!;
      const result = substitute(image, values, escape);
      if (isImageReference(result)) return [];
      const unset = variablesIn(image, escape).filter((v) => !values.has(v) || values.get(v) === '');
      const noDefault = unset.filter((v) => declared.has(v));
      const undeclared = unset.filter((v) => !declared.has(v));
      const why = [
        ...(noDefault.length ? [`${noDefault.map((v) => `ARG ${v}`).join(', ')} ${noDefault.length > 1 ? 'have' : 'has'} no default`] : []),
        ...(undeclared.length ? [`no ARG before the first FROM declares ${undeclared.join(', ')}`] : []),
      ].join('; ') || 'that is what the ARG defaults give';
      const whyKo = [
        ...(noDefault.length ? [`${noDefault.map((v) => `ARG ${v}`).join(', ')}에 기본값이 없습니다`] : []),
        ...(undeclared.length ? [`첫 FROM 앞에 ${undeclared.join(', ')}을(를) 선언하는 ARG가 없습니다`] : []),
      ].join('. ') || 'ARG 기본값이 그렇게 만듭니다';
      return [{
        ...at(s.from!),
        message: say(
          `without --build-arg, FROM ${image} becomes ${result ? `"${result}"` : 'an empty name'}, which is not an image, so a plain docker build fails here: ${why}`,
          `--build-arg 없이는 FROM ${image}은(는) ${result ? `"${result}"이(가)` : '빈 이름이'} 되어 이미지가 아니므로 그냥 docker build하면 여기서 실패합니다. ${whyKo}`,
        ),
        fix: say(
          unset.length ? `give ${unset.map((v) => `ARG ${v}`).join(', ')} a default that makes a valid image (above the first FROM), or a fallback in FROM: \${${unset[0]}:-…}` : 'change the ARG defaults so that FROM names a valid image',
          unset.length ? `첫 FROM 위의 ${unset.map((v) => `ARG ${v}`).join(', ')}에 올바른 이미지가 되는 기본값을 주거나 FROM에 \${${unset[0]}:-…}처럼 대체값을 쓰세요` : 'FROM이 올바른 이미지를 가리키도록 ARG 기본값을 고치세요',
        ),
      }];
    });
  },
};
