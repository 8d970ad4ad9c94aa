/**
 * The body of POST /api/v1/generate, checked field by field before the generator sees it: each
 * mistake is a 400 naming the field (`options[0].name: …`), never a TypeError and a 500. The checks
 * are the GenerateInput schema of the OpenAPI document, enforced as declared.
 */
import { DrefError } from '../errors.js';
import type { GenerateInput, GenerateOption } from '../generate/generate-command.js';
import { GENERATE_MAX_ITEMS, GENERATE_MAX_STRING } from '../http/limits.js';

const bad = (message: string, hint?: string) => new DrefError('BAD_INPUT', message, hint);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, field: string, example: string): string {
  if (typeof value !== 'string') throw bad(`${field}: must be a string, not ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`, `e.g. ${example}`);
  if (value.length > GENERATE_MAX_STRING) throw bad(`${field}: is ${value.length} characters long; the limit is ${GENERATE_MAX_STRING}`);
  return value;
}

function list(value: unknown, field: string, example: string): unknown[] {
  if (!Array.isArray(value)) throw bad(`${field}: must be a list`, `e.g. ${example}`);
  if (value.length > GENERATE_MAX_ITEMS) throw bad(`${field}: has ${value.length} items; the limit is ${GENERATE_MAX_ITEMS}`);
  return value;
}

function option(value: unknown, i: number): GenerateOption {
  const field = `options[${i}]`;
  if (!isObject(value)) throw bad(`${field}: must be an object {name, value?}, not ${value === null ? 'null' : Array.isArray(value) ? 'a list' : JSON.stringify(value)}`, 'e.g. {"name": "-d"} or {"name": "restart", "value": "always"}');
  const name = text(value.name, `${field}.name`, '"restart", "--restart" or "-p"');
  const v = value.value;
  if (v === undefined) return { name };
  if (typeof v === 'string' || typeof v === 'boolean') return { name, value: typeof v === 'string' ? text(v, `${field}.value`, '"always"') : v };
  if (Array.isArray(v)) return { name, value: list(v, `${field}.value`, '["8080:80", "443:443"]').map((x, j) => text(x, `${field}.value[${j}]`, '"8080:80"')) };
  throw bad(`${field}.value: must be a string, true/false or a list of strings, not ${v === null ? 'null' : typeof v}`, 'leave it out for a switch');
}

/** A checked GenerateInput from a parsed JSON body. */
export function parseGenerateInput(body: unknown): GenerateInput {
  if (!isObject(body)) throw bad('the body must be a JSON object {command, options?, args?, flagStyle?}', 'e.g. {"command": "run", "options": [{"name": "d"}], "args": ["nginx"]}');
  const command = text(body.command, 'command', '"run" or "image prune"');
  const options = body.options === undefined ? [] : list(body.options, 'options', '[{"name": "d"}]').map(option);
  const args = body.args === undefined ? [] : list(body.args, 'args', '["nginx"]').map((a, i) => text(a, `args[${i}]`, '"nginx"'));
  const flagStyle = body.flagStyle;
  if (flagStyle !== undefined && flagStyle !== 'long' && flagStyle !== 'short') throw bad(`flagStyle: ${JSON.stringify(flagStyle)} is not "long" or "short"`);
  return { command, options, args, ...(flagStyle ? { flagStyle } : {}) };
}
