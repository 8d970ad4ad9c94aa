/** `FROM $BASE` needs `ARG BASE` before the first FROM: ARGs declared inside a stage are not seen by FROM. */
import { say } from '../messages.js';
import { at, type LintRule } from '../types.js';
import { globalArgPairs, PLATFORM_ARGS } from './global-args.js';

/** Read by BuildKit's frontend itself, so a FROM may use it without an ARG. */
const FRONTEND_ARGS = new Set(['BUILDKIT_SYNTAX']);

export const undefinedArgInFrom: LintRule = {
  id: 'undefined-arg-in-from',
  severity: 'warning',
  buildkit: 'UndefinedArgInFrom',
  entry: 'ARG',
  description: say('FROM uses a variable no ARG before the first FROM declares', '첫 FROM 앞의 ARG로 선언하지 않은 변수를 FROM에서 씀'),
  check: ({ stages, escape }) => {
    const declared = new Set(globalArgPairs(stages, escape).map((p) => p.key));
    return stages.filter((s) => s.from && !s.from.onbuild).flatMap((s) => {
      const text = [s.image ?? '', ...s.from!.flags.map((f) => f.getValue() ?? '')].join(' ');
      const used = [...text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!);
      const missing = used.find((v) => !declared.has(v) && !PLATFORM_ARGS.has(v) && !FRONTEND_ARGS.has(v));
      return missing ? [{
        ...at(s.from!),
        message: say(`FROM uses $${missing}, but no ARG ${missing} comes before the first FROM, so it is empty here`, `FROM에서 $${missing}을(를) 쓰지만 첫 FROM 앞에 ARG ${missing}이(가) 없어 여기서는 빈 값입니다`),
        fix: say(`ARG ${missing}=<default> above the first FROM`, `첫 FROM 위에 ARG ${missing}=<기본값>`),
      }] : [];
    });
  },
};
