/**
 * Runs a compiled OperationPlan against the resolvers, with graphql-js's execution rules for what
 * the plans can hold: variables coerced to their input types (defaults, list wrapping, enum and
 * scalar checks), arguments from variables or constants, sibling fields and list items resolved
 * concurrently (so DataLoaders batch), values completed by type (non-null checks, scalar and enum
 * serialisation, abstract types through `__resolveType`). A field error fails the whole operation
 * with the resolver's own error, which is what the CLI's transports do with any GraphQL error.
 * A test runs every plan and graphql-js's `execute` side by side and compares the answers.
 */
import { DrefError } from '../../server/errors.js';
import type { ArgumentPlan, FieldPlan, InputPlan, OperationPlan, OutputPlan, ScalarName } from './plan.js';

type Resolver = (source: unknown, args: Record<string, unknown>, context: unknown, info: ResolveInfo) => unknown;
/** The resolver map, as graphql-tools and Apollo take it: type name → field name → function. */
export type ResolverMap = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What a resolver may read of where it is; the CLI's resolvers read none of it. */
interface ResolveInfo {
  readonly fieldName: string;
  readonly parentType: { readonly name: string };
  readonly variableValues: Readonly<Record<string, unknown>>;
}

/** Runs `plan` with `variables`, returning the data (the shape of a GraphQL response's `data`). */
export async function executePlan(plan: OperationPlan, resolvers: ResolverMap, context: unknown, variables: Readonly<Record<string, unknown>> = {}): Promise<Record<string, unknown>> {
  const run = new PlanRun(resolvers, context, coerceVariables(plan, variables));
  return run.fields(plan.root.name, plan.root.fields, undefined);
}

class PlanRun {
  constructor(private readonly resolvers: ResolverMap, private readonly context: unknown, private readonly variables: Readonly<Record<string, unknown>>) {}

  async fields(typeName: string, fields: readonly FieldPlan[], source: unknown): Promise<Record<string, unknown>> {
    const values = await Promise.all(fields.map((field) => this.field(typeName, field, source)));
    const result: Record<string, unknown> = {};
    fields.forEach((field, i) => { result[field.key] = values[i]; });
    return result;
  }

  private async field(typeName: string, field: FieldPlan, source: unknown): Promise<unknown> {
    if (field.field === '__typename') return typeName;
    const args = this.arguments(field);
    const info: ResolveInfo = { fieldName: field.field, parentType: { name: typeName }, variableValues: this.variables };
    const resolve = this.resolvers[typeName]?.[field.field];
    const value = typeof resolve === 'function' ? await (resolve as Resolver)(source, args, this.context, info) : await defaultResolve(source, field.field, args, this.context, info);
    return this.complete(field.type, value, `${typeName}.${field.field}`);
  }

  private arguments(field: FieldPlan): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    for (const [name, plan] of Object.entries(field.args) as [string, ArgumentPlan][]) {
      if ('value' in plan) { args[name] = plan.value; continue; }
      if (!Object.hasOwn(this.variables, plan.variable)) {
        if ('default' in plan) args[name] = plan.default;
        else if (plan.nonNull) throw badInput(`Argument "${name}" of required type "${plan.typeName}" was provided the variable "$${plan.variable}" which was not provided a runtime value.`);
        continue;
      }
      const value = this.variables[plan.variable];
      if (value == null && plan.nonNull) throw badInput(`Argument "${name}" of non-null type "${plan.typeName}" must not be null.`);
      args[name] = value;
    }
    return args;
  }

  private async complete(type: OutputPlan, value: unknown, where: string): Promise<unknown> {
    if (value instanceof Error) throw value;
    if (type.k === 'nonNull') {
      const completed = await this.complete(type.of, value, where);
      if (completed === null) throw new DrefError('INTERNAL', `Cannot return null for non-nullable field ${where}.`);
      return completed;
    }
    if (value === null || value === undefined) return null;
    switch (type.k) {
      case 'list': {
        if (typeof value !== 'object' || !(Symbol.iterator in value)) throw new DrefError('INTERNAL', `Expected Iterable, but did not find one for field "${where}".`);
        return Promise.all(Array.from(value as Iterable<unknown>, (item) => this.complete(type.of, item, where)));
      }
      case 'scalar': return serializeScalar(type.name, value);
      case 'enum':
        if (typeof value !== 'string' || !type.values.includes(value)) throw new DrefError('INTERNAL', `Enum "${type.name}" cannot represent value: ${inspect(value)}`);
        return value;
      case 'object': return this.fields(type.name, type.fields, value);
      case 'abstract': {
        const resolveType = this.resolvers[type.name]?.__resolveType;
        const concrete = typeof resolveType === 'function' ? await (resolveType as (v: unknown, c: unknown) => unknown)(value, this.context) : (value as { __typename?: unknown }).__typename;
        const fields = typeof concrete === 'string' ? type.byType[concrete] : undefined;
        if (!fields) throw new DrefError('INTERNAL', `Abstract type "${type.name}" must resolve to an Object type at runtime for field "${where}". Got: ${inspect(concrete)}.`);
        return this.fields(concrete as string, fields, value);
      }
    }
  }
}

/** graphql-js's default: the source's property of the field's name, called if it is a function. */
function defaultResolve(source: unknown, field: string, args: Record<string, unknown>, context: unknown, info: ResolveInfo): unknown {
  if (typeof source !== 'object' && typeof source !== 'function') return undefined;
  if (source === null) return undefined;
  const property = (source as Record<string, unknown>)[field];
  return typeof property === 'function' ? (property as (a: unknown, c: unknown, i: unknown) => unknown).call(source, args, context, info) : property;
}

const MAX_INT = 2147483647;
const MIN_INT = -2147483648;

/** graphql-js's serialize for the built-in scalars. */
function serializeScalar(name: ScalarName, value: unknown): unknown {
  const primitive = typeof value === 'object' && value !== null && typeof value.valueOf === 'function' ? value.valueOf() : value;
  switch (name) {
    case 'String':
      if (typeof primitive === 'string') return primitive;
      if (typeof primitive === 'boolean') return primitive ? 'true' : 'false';
      if (typeof primitive === 'number' && Number.isFinite(primitive)) return primitive.toString();
      break;
    case 'ID':
      if (typeof primitive === 'string') return primitive;
      if (Number.isInteger(primitive)) return String(primitive);
      break;
    case 'Boolean':
      if (typeof primitive === 'boolean') return primitive;
      if (typeof primitive === 'number' && Number.isFinite(primitive)) return primitive !== 0;
      break;
    case 'Int': {
      const n = typeof primitive === 'boolean' ? (primitive ? 1 : 0) : typeof primitive === 'string' && primitive !== '' ? Number(primitive) : primitive;
      if (typeof n === 'number' && Number.isInteger(n) && n <= MAX_INT && n >= MIN_INT) return n;
      break;
    }
    case 'Float': {
      const n = typeof primitive === 'boolean' ? (primitive ? 1 : 0) : typeof primitive === 'string' && primitive !== '' ? Number(primitive) : primitive;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
      break;
    }
  }
  throw new DrefError('INTERNAL', `${name} cannot represent value: ${inspect(value)}`);
}

/** graphql-js's coerceVariableValues: defaults, required variables, and each value coerced to its type. */
function coerceVariables(plan: OperationPlan, inputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const variable of plan.variables) {
    // A key holding undefined is absent, as it is once the variables travel as JSON to a server.
    const value = inputs[variable.name];
    if (value === undefined) {
      if ('default' in variable) coerced[variable.name] = variable.default;
      else if (variable.type.k === 'nonNull') throw badInput(`Variable "$${variable.name}" of required type "${variable.typeName}" was not provided.`);
      continue;
    }
    if (value === null && variable.type.k === 'nonNull') throw badInput(`Variable "$${variable.name}" of non-null type "${variable.typeName}" must not be null.`);
    coerced[variable.name] = coerceInput(value, variable.type, (path, message, invalid) =>
      badInput(`Variable "$${variable.name}" got invalid value ${inspect(invalid)}${path.length ? ` at "${variable.name}${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}"` : ''}; ${message}`));
  }
  return coerced;
}

type InputError = (path: readonly (string | number)[], message: string, invalid: unknown) => DrefError;

/** graphql-js's coerceInputValue, failing on the first problem. */
function coerceInput(value: unknown, type: InputPlan, fail: InputError, path: readonly (string | number)[] = []): unknown {
  if (type.k === 'nonNull') {
    if (value != null) return coerceInput(value, type.of, fail, path);
    throw fail(path, `Expected non-nullable type "${printInputType(type)}" not to be null.`, value);
  }
  if (value == null) return null;
  switch (type.k) {
    case 'list':
      return Array.isArray(value) ? value.map((item, i) => coerceInput(item, type.of, fail, [...path, i])) : [coerceInput(value, type.of, fail, path)];
    case 'input': {
      if (typeof value !== 'object') throw fail(path, `Expected type "${type.name}" to be an object.`, value);
      const given = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(type.fields)) {
        if (given[name] === undefined) {
          if ('default' in field) result[name] = field.default;
          else if (field.type.k === 'nonNull') throw fail(path, `Field "${name}" of required type "${printInputType(field.type)}" was not provided.`, value);
          continue;
        }
        result[name] = coerceInput(given[name], field.type, fail, [...path, name]);
      }
      const unknown = Object.keys(given).find((name) => !Object.hasOwn(type.fields, name));
      if (unknown !== undefined) throw fail(path, `Field "${unknown}" is not defined by type "${type.name}".`, value);
      return result;
    }
    case 'enum':
      if (typeof value !== 'string') throw fail(path, `Enum "${type.name}" cannot represent non-string value: ${inspect(value)}.`, value);
      if (!type.values.includes(value)) throw fail(path, `Value "${value}" does not exist in "${type.name}" enum.`, value);
      return value;
    case 'scalar':
      return parseScalar(type.name, value, (message) => fail(path, message, value));
  }
}

/** graphql-js's parseValue for the built-in scalars. */
function parseScalar(name: ScalarName, value: unknown, fail: (message: string) => DrefError): unknown {
  switch (name) {
    case 'String':
      if (typeof value === 'string') return value;
      throw fail(`String cannot represent a non string value: ${inspect(value)}`);
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      throw fail(`Boolean cannot represent a non boolean value: ${inspect(value)}`);
    case 'ID':
      if (typeof value === 'string') return value;
      if (Number.isInteger(value)) return String(value);
      throw fail(`ID cannot represent value: ${inspect(value)}`);
    case 'Int':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw fail(`Int cannot represent non-integer value: ${inspect(value)}`);
      if (value > MAX_INT || value < MIN_INT) throw fail(`Int cannot represent non 32-bit signed integer value: ${value}`);
      return value;
    case 'Float':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(`Float cannot represent non numeric value: ${inspect(value)}`);
      return value;
  }
}

/** An input type as GraphQL writes it: `[EntryKind!]`. */
function printInputType(type: InputPlan): string {
  if (type.k === 'nonNull') return `${printInputType(type.of)}!`;
  if (type.k === 'list') return `[${printInputType(type.of)}]`;
  return type.name;
}

/** A value as graphql-js's messages print it. */
function inspect(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return value.name ? `[function ${value.name}]` : '[function]';
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth >= 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map((v) => inspect(v, depth + 1)).join(', ')}]`;
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${k}: ${inspect(v, depth + 1)}`).join(', ')} }`;
}

function badInput(message: string): DrefError {
  return new DrefError('BAD_INPUT', message);
}
