/**
 * The Cache-Control of a GraphQL answer. Apollo's cache-control plugin computes it field by field
 * as the answer is resolved: a hook on every field, which was a sizeable part of what Apollo adds to
 * executing a page of search results. When the schema's `@cacheControl` hints give only a `maxAge`
 * (no `scope`, no `inheritMaxAge`: dref's do), the answer's age is the smallest of the hints of the
 * fields and types its document names, which can be read from the document once (Apollo keeps each
 * parsed document, so once per distinct query) and set as one header. A field the document names but
 * the answer skips (`@include(if: false)`) still counts, so the age can only come out shorter than
 * Apollo's, never longer. A schema with other hints gets Apollo's plugin. Without that plugin no
 * resolver can set a hint as it runs (`info.cacheControl` is the plugin's; none of dref's does).
 * Answers with errors are no-store either way (apollo-server.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Kind, parse, visit, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';

/**
 * What the walk reads of a schema type. It reads the objects' own members and no `instanceof`
 * (graphql's is…Type): the schema comes from Apollo's copy of graphql, which need not be this
 * module's (under vitest one is ESM, the other CommonJS).
 */
interface SchemaType {
  readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null;
  readonly ofType?: SchemaType;
  getFields?(): Record<string, { readonly type: SchemaType; readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null }>;
  getTypes?(): readonly unknown[];
}

const namedType = (type: SchemaType): SchemaType => (type.ofType ? namedType(type.ofType) : type);
/** Objects and interfaces have fields, unions members: the types Apollo gives a type hint or the default. */
const isComposite = (type: SchemaType) => typeof type.getFields === 'function' || typeof type.getTypes === 'function';

/** A `@cacheControl` hint's maxAge; undefined without one. */
function maxAgeOf(directives: readonly ConstDirectiveNode[] | undefined): number | undefined {
  const hint = directives?.find((d) => d.name.value === 'cacheControl');
  const maxAge = hint?.arguments?.find((a) => a.name.value === 'maxAge')?.value;
  return maxAge?.kind === Kind.INT ? Number(maxAge.value) : undefined;
}

/** Whether every `@cacheControl` in `typeDefs` gives a maxAge and nothing else. */
export function hasMaxAgeOnlyHints(typeDefs: string): boolean {
  let simple = true;
  visit(parse(typeDefs), {
    Directive(node) {
      if (node.name.value !== 'cacheControl') return;
      const args = node.arguments ?? [];
      if (args.length !== 1 || args[0]!.name.value !== 'maxAge' || args[0]!.value.kind !== Kind.INT) simple = false;
    },
  });
  return simple;
}

/**
 * The age Apollo's plugin gives an answer to `document`, at most: the smallest age among the fields
 * it names, a field's being its own hint, else its type's when that is an object, interface or union,
 * else the default for those and for root fields (other fields take their parent's). Undefined when
 * it names no field but meta fields (`{ __typename }`): Apollo's plugin sees no field, so no-store.
 */
export function documentMaxAge(schema: GraphQLSchema, document: DocumentNode, defaultMaxAge: number): number | undefined {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const walked = new Set<string>();
  const typeNamed = (name: string) => schema.getType(name) as unknown as SchemaType | undefined;
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  let age: number | undefined;
  const walk = (parent: SchemaType | undefined, selections: SelectionSetNode) => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        // Meta fields (__typename, __schema) are in no type's fields: they carry no hint.
        const field = parent?.getFields?.()[selection.name.value];
        if (!field) continue;
        const type = namedType(field.type);
        const fieldAge = maxAgeOf(field.astNode?.directives)
          ?? (isComposite(type) ? maxAgeOf(type.astNode?.directives) ?? defaultMaxAge : roots.has(parent) ? defaultMaxAge : undefined);
        if (fieldAge !== undefined) age = Math.min(age ?? fieldAge, fieldAge);
        if (selection.selectionSet) walk(type, selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent, selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment names its own type, so one walk counts it wherever it is spread.
        if (!fragment || walked.has(fragment.name.value)) continue;
        walked.add(fragment.name.value);
        walk(typeNamed(fragment.typeCondition.name.value), fragment.selectionSet);
      }
    }
  };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = d.operation === 'query' ? schema.getQueryType() : d.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    walk((root ?? undefined) as unknown as SchemaType | undefined, d.selectionSet);
  }
  return age;
}

/** The plugins that set Cache-Control: one header per answer, from its document, when the hints allow; else Apollo's own. */
export function cacheControlPlugins<C extends object>(typeDefs: string, defaultMaxAge: number): ApolloServerPlugin<C>[] {
  if (!hasMaxAgeOnlyHints(typeDefs)) return [ApolloServerPluginCacheControl({ defaultMaxAge }) as ApolloServerPlugin<C>];
  const ages = new WeakMap<DocumentNode, number>();
  return [
    ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<C>,
    {
      async requestDidStart() {
        let age: number | undefined;
        return {
          async didResolveOperation({ document, schema }) {
            // 0 stands for no age in the map, as in the header.
            let known = ages.get(document);
            if (known === undefined) ages.set(document, (known = documentMaxAge(schema, document, defaultMaxAge) ?? 0));
            age = known;
          },
          async willSendResponse({ response }) {
            // The header Apollo's plugin writes for this policy, byte for byte (an answer with errors is no-store already).
            if (response.body.kind !== 'single' || response.body.singleResult.errors || response.http.headers.has('cache-control')) return;
            response.http.headers.set('cache-control', age ? `max-age=${age}, public` : 'no-store');
          },
        };
      },
    },
  ];
}
