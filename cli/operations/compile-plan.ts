/**
 * Compiles a GraphQL document into an OperationPlan (build time, with graphql-js): validates it
 * against the schema with every rule, collects fragments per possible type, merges fields that
 * share a response key, and turns literals and defaults into their coerced values. Features the
 * CLI's documents do not use (mutations, @skip/@include, variables inside literals) are refused
 * here rather than half-supported at run time.
 */
import {
  isAbstractType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  Kind, parse, print, typeFromAST, validate, valueFromAST,
  type FieldNode, type FragmentDefinitionNode, type GraphQLInputType, type GraphQLObjectType, type GraphQLOutputType,
  type GraphQLSchema, type SelectionSetNode, type ValueNode,
} from 'graphql';
import type { ArgumentPlan, FieldPlan, InputFieldPlan, InputPlan, OperationPlan, OutputPlan, ScalarName } from './plan.js';

const SCALARS: readonly string[] = ['String', 'Int', 'Float', 'Boolean', 'ID'];

export function compileOperation(schema: GraphQLSchema, document: string): OperationPlan {
  const ast = parse(document);
  const errors = validate(schema, ast);
  if (errors.length > 0) throw new Error(`invalid operation: ${errors.map((e) => e.message).join('; ')}\n${document}`);
  const operations = ast.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations[0];
  if (operations.length !== 1 || !operation) throw new Error(`a CLI document holds exactly one operation:\n${document}`);
  if (operation.operation !== 'query' || !operation.name) throw new Error(`only named queries are compiled:\n${document}`);
  const fragments = new Map(ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const compiler = new PlanCompiler(schema, fragments);
  const queryType = schema.getQueryType();
  if (!queryType) throw new Error('the schema has no Query type');
  return {
    document,
    name: operation.name.value,
    variables: (operation.variableDefinitions ?? []).map((definition) => {
      const type = typeFromAST(schema, definition.type) as GraphQLInputType;
      const plan = { name: definition.variable.name.value, typeName: print(definition.type), type: compileInput(type) };
      return definition.defaultValue ? { ...plan, default: constant(definition.defaultValue, type) } : plan;
    }),
    root: { name: queryType.name, fields: compiler.selection(queryType, [operation.selectionSet]) },
  };
}

class PlanCompiler {
  constructor(private readonly schema: GraphQLSchema, private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  /** The merged fields of `sets` as seen from the concrete type `type`. */
  selection(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): FieldPlan[] {
    const byKey = new Map<string, FieldNode[]>();
    for (const set of sets) this.collect(type, set, byKey);
    return [...byKey].map(([key, nodes]) => this.field(type, key, nodes));
  }

  private collect(type: GraphQLObjectType, set: SelectionSetNode, byKey: Map<string, FieldNode[]>): void {
    for (const selection of set.selections) {
      if (selection.directives?.length) throw new Error(`directives (@${selection.directives[0]!.name.value}) are not compiled`);
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        byKey.set(key, [...(byKey.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(type, selection.typeCondition?.name.value)) this.collect(type, selection.selectionSet, byKey);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (fragment && this.applies(type, fragment.typeCondition.name.value)) this.collect(type, fragment.selectionSet, byKey);
      }
    }
  }

  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return !!conditionType && isAbstractType(conditionType) && this.schema.isSubType(conditionType, type);
  }

  private field(parent: GraphQLObjectType, key: string, nodes: readonly FieldNode[]): FieldPlan {
    const node = nodes[0]!;
    const name = node.name.value;
    if (name === '__typename') return { key, field: name, args: {}, type: { k: 'nonNull', of: { k: 'scalar', name: 'String' } } };
    const definition = parent.getFields()[name];
    if (!definition) throw new Error(`${parent.name}.${name} is not in the schema`);
    const args: Record<string, ArgumentPlan> = {};
    for (const argument of definition.args) {
      const given = node.arguments?.find((a) => a.name.value === argument.name);
      const hasDefault = argument.defaultValue !== undefined;
      if (given?.value.kind === Kind.VARIABLE) {
        args[argument.name] = { variable: given.value.name.value, typeName: String(argument.type), nonNull: isNonNullType(argument.type), ...(hasDefault ? { default: argument.defaultValue } : {}) };
      } else if (given) {
        args[argument.name] = { value: constant(given.value, argument.type) };
      } else if (hasDefault) {
        args[argument.name] = { value: argument.defaultValue };
      }
    }
    const subSets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    return { key, field: name, args, type: this.output(definition.type, subSets) };
  }

  private output(type: GraphQLOutputType, sets: readonly SelectionSetNode[]): OutputPlan {
    if (isNonNullType(type)) return { k: 'nonNull', of: this.output(type.ofType, sets) };
    if (isListType(type)) return { k: 'list', of: this.output(type.ofType, sets) };
    if (isScalarType(type)) return { k: 'scalar', name: scalarName(type.name) };
    if (isEnumType(type)) return { k: 'enum', name: type.name, values: type.getValues().map((v) => v.name) };
    if (isObjectType(type)) return { k: 'object', name: type.name, fields: this.selection(type, sets) };
    const byType: Record<string, FieldPlan[]> = {};
    for (const possible of this.schema.getPossibleTypes(type)) byType[possible.name] = this.selection(possible, sets);
    return { k: 'abstract', name: type.name, byType };
  }
}

function compileInput(type: GraphQLInputType): InputPlan {
  if (isNonNullType(type)) return { k: 'nonNull', of: compileInput(type.ofType) };
  if (isListType(type)) return { k: 'list', of: compileInput(type.ofType) };
  if (isScalarType(type)) return { k: 'scalar', name: scalarName(type.name) };
  if (isEnumType(type)) return { k: 'enum', name: type.name, values: type.getValues().map((v) => v.name) };
  if (!isInputObjectType(type)) throw new Error(`${String(type)} is not an input type`);
  const fields: Record<string, InputFieldPlan> = {};
  for (const field of Object.values(type.getFields())) {
    fields[field.name] = field.defaultValue !== undefined ? { type: compileInput(field.type), default: field.defaultValue } : { type: compileInput(field.type) };
  }
  return { k: 'input', name: type.name, fields };
}

/** A literal's coerced value; literals holding variables are not compiled. */
function constant(node: ValueNode, type: GraphQLInputType): unknown {
  if (holdsVariable(node)) throw new Error(`variables inside literals (${print(node)}) are not compiled`);
  const value = valueFromAST(node, type);
  if (value === undefined) throw new Error(`the literal ${print(node)} is not a valid ${String(type)}`);
  return value;
}

function holdsVariable(node: ValueNode): boolean {
  if (node.kind === Kind.VARIABLE) return true;
  if (node.kind === Kind.LIST) return node.values.some(holdsVariable);
  if (node.kind === Kind.OBJECT) return node.fields.some((f) => holdsVariable(f.value));
  return false;
}

function scalarName(name: string): ScalarName {
  if (!SCALARS.includes(name)) throw new Error(`the custom scalar ${name} is not compiled`);
  return name as ScalarName;
}

/**
 * The text of __generated__/operation-plans.ts: every document of documents.ts, compiled. Each plan
 * is kept as a JSON string and parsed when its command runs: a large object literal would cost
 * every start-up its compilation, a string costs nothing until it is used.
 */
export function operationPlansModule(schema: GraphQLSchema, documents: Readonly<Record<string, string>>): string {
  // Sorted by export name: a module namespace lists its exports in different orders under Node and vitest.
  const plans = Object.keys(documents).sort().map((name) => compileOperation(schema, documents[name]!));
  return [
    '/* Generated by `npm run codegen` from cli/operations/documents.ts and schema/dref.graphql. Do not edit. */',
    '',
    '/** Each CLI document, and its OperationPlan (../plan.ts) as JSON. */',
    'export const OPERATION_PLANS: ReadonlyMap<string, string> = new Map([',
    ...plans.map((plan) => `  [${JSON.stringify(plan.document)}, ${JSON.stringify(JSON.stringify(plan))}],`),
    ']);',
    '',
  ].join('\n');
}
