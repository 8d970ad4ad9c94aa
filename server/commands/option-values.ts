/** Checks an option's value against its type, its closed set of values, and the formats some options follow (`-p`, `-e`). */
import type { OptionSpec } from '../../data/catalog/types.js';
import { editDistance } from '../text/did-you-mean.js';
import { checkImageName } from './image-name-check.js';
import { parsePortMapping } from './port-mapping.js';
import { holdsPlaceholder } from '../shell/placeholders.js';
import { problemMessage, type MessageLang, type ProblemMessageId } from '../text/problem-messages.js';

/** Why a value is not accepted, and the closest accepted one where there is one. */
export interface ValueProblem {
  readonly message: string;
  readonly suggestion?: string;
}

const DURATION = /^[+-]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/;
const BYTES = /^\d+(\.\d+)?\s*([bkmgtp]i?b?)?$/i;
const BOOL = /^(1|0|t|f|true|false|TRUE|FALSE|True|False)$/;

/** Formats particular options follow, beyond their type. One entry per format. */
const FORMATS: readonly {
  readonly options: readonly string[];
  /** Only for options of these types (`service create --publish` is a `port`, with its own long syntax). */
  readonly types?: readonly string[];
  readonly check: (value: string, lang: MessageLang) => string | undefined;
}[] = [
  {
    options: ['--publish'],
    types: ['list'],
    // The host part is an IP address: docker refuses a host name there ("invalid IP address").
    check: (v, lang) => {
      const mapping = parsePortMapping(v);
      // A host range maps onto one container port, or onto a range of the same size.
      if (mapping?.hostPorts && mapping.containerPorts.high !== mapping.containerPorts.low
        && mapping.hostPorts.high - mapping.hostPorts.low !== mapping.containerPorts.high - mapping.containerPorts.low) {
        return problemMessage(lang, 'value.portRanges', { value: v, host: mapping.hostPorts.text, container: mapping.containerPorts.text });
      }
      return mapping ? undefined : problemMessage(lang, 'value.portMapping', { value: v });
    },
  },
  {
    // A Go template (`{{.State.Status}}`) left unquoted with spaces inside is split by the shell: `{{` alone, the rest arguments.
    options: ['--format'],
    check: (v, lang) => ((v.match(/\{\{/g)?.length ?? 0) > (v.match(/\}\}/g)?.length ?? 0) ? problemMessage(lang, 'value.templateSplit', { value: v }) : undefined),
  },
  {
    options: ['--env', '--build-arg', '--label'],
    check: (v, lang) => (/^[^=\s][^=]*(=.*)?$/s.test(v) ? undefined : problemMessage(lang, 'value.keyValue', { value: v })),
  },
  {
    // A name given to a built image: lower-case repository, a valid tag.
    options: ['--tag'],
    types: ['list', 'stringArray', 'strings'],
    check: (v, lang) => checkImageName(v, lang)?.message,
  },
  {
    // KEY=VALUE, or another comparison some commands take: `label!=x`, buildx's `description~=regex`, `duration>30s`.
    options: ['--filter'],
    check: (v, lang) => (/^[a-z][a-z_.-]*(?:[!~]?=|[<>]=?).*$/i.test(v) ? undefined : problemMessage(lang, 'value.filter', { value: v })),
  },
  {
    options: ['--stop-signal'],
    check: (v, lang) => (/^(SIG)?[A-Z][A-Z0-9+-]*$|^\d+$|^SIGRTMIN\+\d+$/.test(v) ? undefined : problemMessage(lang, 'value.signal', { value: v })),
  },
];

/** Accepted-value patterns: `on-failure[:N]` accepts `on-failure` and `on-failure:5`; `container:<name|id>` accepts any suffix. */
export function matchesValue(pattern: string, value: string): boolean {
  if (pattern === value) return true;
  const optional = /^(.*)\[:N\]$/.exec(pattern);
  if (optional) return value === optional[1] || new RegExp(`^${escapeRegex(optional[1]!)}:\\d+$`).test(value);
  const placeholder = /^(.*?)<[^>]+>$/.exec(pattern);
  if (placeholder) return value.startsWith(placeholder[1]!) && value.length > placeholder[1]!.length;
  return false;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Checks one value given to `option`; undefined when it is accepted. The message is written in `lang`. */
export function checkOptionValue(option: OptionSpec, value: string, lang: MessageLang = 'en'): ValueProblem | undefined {
  // A placeholder (`<host_port>:80`, `{{container_port}}`) stands for a value the reader supplies: nothing to judge.
  if (holdsPlaceholder(value)) return undefined;
  if (option.values?.length && !option.values.some((p) => matchesValue(p, value))) {
    const plain = option.values.map((p) => p.replace(/\[:N\]$/, '').replace(/<[^>]+>$/, ''));
    const closest = nearest(value, plain);
    return {
      message: problemMessage(lang, 'value.notAccepted', { value, option: option.long, values: option.values.join(', ') }),
      ...(closest ? { suggestion: closest } : {}),
    };
  }
  const typeProblem = checkType(option, value, lang);
  if (typeProblem) return { message: typeProblem };
  const format = FORMATS.find((f) => f.options.includes(option.long) && (!f.types || f.types.includes(option.type)));
  const formatProblem = format?.check(value, lang);
  return formatProblem ? { message: formatProblem } : undefined;
}

function checkType(option: OptionSpec, value: string, lang: MessageLang): string | undefined {
  const wrong = (id: ProblemMessageId) => problemMessage(lang, id, { option: option.long, value });
  switch (option.type) {
    case 'bool':
      return BOOL.test(value) ? undefined : wrong('value.switch');
    case 'int':
      return /^-?\d+$/.test(value) ? undefined : wrong('value.int');
    case 'uint':
      return /^\d+$/.test(value) ? undefined : wrong('value.uint');
    case 'uint16':
      return /^\d+$/.test(value) && Number(value) <= 65535 ? undefined : wrong('value.uint16');
    case 'decimal':
      return /^(\d+(\.\d*)?|\.\d+)$/.test(value) ? undefined : wrong('value.decimal');
    case 'duration':
      return value === '0' || DURATION.test(value) ? undefined : wrong('value.duration');
    case 'bytes':
      // `--memory-swap -1`: unlimited swap.
      return BYTES.test(value) || (value === '-1' && option.long === '--memory-swap') ? undefined : wrong('value.bytes');
    case 'map':
      // docker splits a map value at its first `=`, and a KEY alone is the KEY with an empty value (`--opt encrypted`);
      // only `--sysctl` has a validator that refuses it.
      return value.includes('=') || option.long !== '--sysctl' ? undefined : wrong('value.map');
    default:
      return value === '' && option.type !== 'string' ? wrong('value.empty') : undefined;
  }
}

function nearest(value: string, candidates: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  const prefix = candidates.find((c) => c.startsWith(lower) || lower.startsWith(c));
  if (prefix) return prefix;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = editDistance(lower, c);
    if (score < bestScore) { best = c; bestScore = score; }
  }
  return bestScore <= Math.max(2, Math.floor(value.length / 2)) ? best : undefined;
}
