/**
 * A compiled operation: one of the CLI's GraphQL documents, validated against the schema and
 * resolved ahead of time into what to call and how to shape the answer, so the in-process
 * transport can run it without loading graphql-js (see compile-plan.ts and execute-plan.ts).
 * Plain JSON, written to __generated__/operation-plans.ts by `npm run codegen`.
 */

/** The built-in scalars; the schema defines no others. */
export type ScalarName = 'String' | 'Int' | 'Float' | 'Boolean' | 'ID';

/** How to complete a field's value: the shape of its GraphQL type, with the selections resolved. */
export type OutputPlan =
  | { readonly k: 'nonNull'; readonly of: OutputPlan }
  | { readonly k: 'list'; readonly of: OutputPlan }
  | { readonly k: 'scalar'; readonly name: ScalarName }
  | { readonly k: 'enum'; readonly name: string; readonly values: readonly string[] }
  | { readonly k: 'object'; readonly name: string; readonly fields: readonly FieldPlan[] }
  /** An interface or union: the fields to collect for each type the value may turn out to be. */
  | { readonly k: 'abstract'; readonly name: string; readonly byType: Readonly<Record<string, readonly FieldPlan[]>> };

/** Where an argument's value comes from: a variable (with the argument's default), or a constant. */
export type ArgumentPlan =
  | { readonly variable: string; readonly typeName: string; readonly nonNull: boolean; readonly default?: unknown }
  | { readonly value: unknown };

/** One response key of a selection set, after fragments are collected and same-key fields merged. */
export interface FieldPlan {
  readonly key: string;
  readonly field: string;
  readonly args: Readonly<Record<string, ArgumentPlan>>;
  readonly type: OutputPlan;
}

/** How to coerce a variable's value: the shape of its GraphQL input type. */
export type InputPlan =
  | { readonly k: 'nonNull'; readonly of: InputPlan }
  | { readonly k: 'list'; readonly of: InputPlan }
  | { readonly k: 'scalar'; readonly name: ScalarName }
  | { readonly k: 'enum'; readonly name: string; readonly values: readonly string[] }
  | { readonly k: 'input'; readonly name: string; readonly fields: Readonly<Record<string, InputFieldPlan>> };

export interface InputFieldPlan {
  readonly type: InputPlan;
  readonly default?: unknown;
}

export interface VariablePlan {
  readonly name: string;
  /** The type as written in the document, e.g. `[EntryKind!]`, for messages. */
  readonly typeName: string;
  readonly type: InputPlan;
  readonly default?: unknown;
}

export interface OperationPlan {
  /** The document's text, exactly as the CLI sends it: the key the transport looks plans up by. */
  readonly document: string;
  readonly name: string;
  readonly variables: readonly VariablePlan[];
  /** The root type's (Query's) selection. */
  readonly root: { readonly name: string; readonly fields: readonly FieldPlan[] };
}
