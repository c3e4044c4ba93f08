// Request limits at the gateway, checked after validation and before anything is planned or fetched: depth,
// aliases, root fields, page sizes and an estimated cost; and schema introspection only where developer tools
// are open. Each refusal names the limit, its maximum and what the request asked for.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import {
  BREAK,
  getNamedType,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface RequestLimits {
  /** Nesting of fields; the root field is level 1. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Fields at the root of one operation. */
  maxRootFields: number;
  /** The largest `first` any paginated field may ask for. */
  maxListSize: number;
  /** Fields the operation may touch, each multiplied by the `first` of every paginated field above it. */
  maxCost: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 8,
  maxAliases: 30,
  maxRootFields: 10,
  maxListSize: 100,
  maxCost: 20_000,
};

/** off: never; authenticated: callers with the developer scope; on: everyone (development). */
export const DEVELOPER_TOOLS = ['off', 'authenticated', 'on'] as const;
export type DeveloperTools = (typeof DEVELOPER_TOOLS)[number];

/** The setting in force: the one given, else open in development and for developers otherwise. */
export function developerToolsFor(setting: DeveloperTools | undefined, development: boolean): DeveloperTools {
  return setting ?? (development ? 'on' : 'authenticated');
}

const LIMIT_MESSAGES: Record<keyof RequestLimits, [string, string]> = {
  maxDepth: ['The query is nested too deeply', 'クエリの入れ子が深すぎます'],
  maxAliases: ['The query has too many aliases', 'クエリの別名（エイリアス）が多すぎます'],
  maxRootFields: ['The query asks for too many root fields', 'クエリのルートフィールドが多すぎます'],
  maxListSize: ['A page size is too large', 'ページの件数が大きすぎます'],
  maxCost: ['The query would cost too much to answer', 'クエリの処理量が上限を超えています'],
};

function limitError(limit: keyof RequestLimits, max: number, actual: number) {
  const [en, ja] = LIMIT_MESSAGES[limit];
  return hubError('LIMIT_EXCEEDED', `${en} (${limit}: ${actual} > ${max})`, `${ja}（${limit}: ${actual} > 上限 ${max}）。`, {
    limit,
    max,
    actual,
    http: { status: 400 },
  });
}

interface Measure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
  largestPage: number;
  introspection: boolean;
}

function numberValue(
  value: ValueNode | undefined,
  variables: Record<string, unknown>,
  defaults: Map<string, ValueNode | undefined>,
): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    if (typeof given === 'number') return given;
    // A variable left out takes the default its operation declares.
    return given === undefined ? numberValue(defaults.get(value.name.value), variables, new Map()) : undefined;
  }
  return undefined;
}

/**
 * Walks the operation once, following fragments where they are spread (validation has ruled out cycles) and
 * reading page sizes as given, from variables, from a variable's declared default or from the schema's
 * default. Introspection is counted apart: its own query is deep, and who may run it is decided separately.
 */
export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Measure {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const defaults = new Map((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue]));
  const result: Measure = { depth: 0, aliases: 0, rootFields: 0, cost: 0, largestPage: 0, introspection: false };
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, multiplier: number) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, multiplier);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, type, depth, multiplier);
        continue;
      }
      const field: FieldNode = selection;
      if (field.name.value === '__schema' || field.name.value === '__type') {
        result.introspection = true;
        continue;
      }
      if (depth === 1) result.rootFields += 1;
      if (field.alias) result.aliases += 1;
      result.depth = Math.max(result.depth, depth);
      result.cost += multiplier;
      const definition = parent && 'getFields' in parent ? (parent as GraphQLObjectType).getFields()[field.name.value] : undefined;
      const given = numberValue(field.arguments?.find((a) => a.name.value === 'first')?.value, variables, defaults);
      const schemaDefault = definition?.args.find((a) => a.name === 'first')?.defaultValue;
      const page = given ?? (typeof schemaDefault === 'number' ? schemaDefault : undefined);
      if (page !== undefined) result.largestPage = Math.max(result.largestPage, page);
      if (field.selectionSet) {
        walk(field.selectionSet, definition ? getNamedType(definition.type) : undefined, depth + 1, multiplier * Math.max(1, page ?? 1));
      }
    }
  };
  walk(operation.selectionSet, root, 1, 1);
  return result;
}

/**
 * A number literal too large for a double (1e400 reads as Infinity, which GraphQL's Float accepts and no JSON
 * can carry): refused as bad input here, rather than failing later on its way to a subgraph.
 */
export function outOfRangeNumber(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    FloatValue(node) {
      if (!Number.isFinite(Number(node.value))) {
        found = node.value;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function requestLimitsPlugin<TContext extends { identity: Identity }>(
  limits: RequestLimits,
  developerTools: DeveloperTools,
): ApolloServerPlugin<TContext> {
  // Whether a document holds a number too large depends on the document alone: looked at once per operation.
  const tooLargeIn = new Map<string, string | undefined>();
  const outOfRange = (rc: GraphQLRequestContext<TContext>) => {
    if (!rc.queryHash) return outOfRangeNumber(rc.document!);
    if (tooLargeIn.has(rc.queryHash)) return tooLargeIn.get(rc.queryHash);
    const found = outOfRangeNumber(rc.document!);
    if (tooLargeIn.size >= 1_000) tooLargeIn.delete(tooLargeIn.keys().next().value!);
    tooLargeIn.set(rc.queryHash, found);
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc: GraphQLRequestContext<TContext>) {
          const operation = rc.operation!;
          const tooLarge = outOfRange(rc);
          if (tooLarge !== undefined) {
            throw hubError('BAD_USER_INPUT', `The number ${tooLarge.slice(0, 40)} is too large`, `数値 ${tooLarge.slice(0, 40)} が大きすぎます。`, {
              http: { status: 400 },
            });
          }
          const m = measure(rc.schema, rc.document!, operation, rc.request.variables ?? {});
          const rootFields = m.rootFields;
          if (m.depth > limits.maxDepth) throw limitError('maxDepth', limits.maxDepth, m.depth);
          if (m.aliases > limits.maxAliases) throw limitError('maxAliases', limits.maxAliases, m.aliases);
          if (rootFields > limits.maxRootFields) throw limitError('maxRootFields', limits.maxRootFields, rootFields);
          if (m.largestPage > limits.maxListSize) throw limitError('maxListSize', limits.maxListSize, m.largestPage);
          if (m.cost > limits.maxCost) throw limitError('maxCost', limits.maxCost, m.cost);
          if (m.introspection) {
            const allowed =
              developerTools === 'on' ||
              (developerTools === 'authenticated' && scopesOf(rc.contextValue.identity).has('developer'));
            if (!allowed) {
              throw hubError(
                'FORBIDDEN',
                'Schema introspection is open to developers only',
                'スキーマの参照（イントロスペクション）は開発者のみ利用できます。',
                { http: { status: 403 } },
              );
            }
          }
        },
      };
    },
  };
}
