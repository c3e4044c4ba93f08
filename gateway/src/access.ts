// Field access at the gateway, before the query is planned: every field the caller may not read is cut from
// the operation (so no subgraph is asked for it), and comes back null with an error at its path, the rest of the
// data intact — as Apollo Router does. The rules are the security directives of the composed supergraph.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Identity } from '@renkei/identity';
import type { Logger } from '@renkei/telemetry';
import { accessError, deny, requirementsOf, type Denial, type PolicyMap } from '@renkei/policy';
import {
  getNamedType,
  getOperationAST,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

export interface AccessContext {
  identity: Identity;
}

/** A field cut from the operation: its response path (aliases as the caller wrote them) and why. */
export interface Removal {
  path: string[];
  denial: Denial;
}

// Stands in for a selection set that lost every field; removed from the response again.
const PLACEHOLDER = '_hubRemoved';
const placeholderField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: PLACEHOLDER },
  name: { kind: Kind.NAME, value: '__typename' },
};

/** Replaces fragment spreads by inline fragments, so that every field is seen at each place it is used. */
function inlineFragments(document: DocumentNode): DocumentNode {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const inline = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: set.selections.map((selection) => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)!;
        return {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: selection.directives,
          selectionSet: inline(fragment.selectionSet),
        };
      }
      return selection.selectionSet ? { ...selection, selectionSet: inline(selection.selectionSet) } : selection;
    }),
  });
  return {
    ...document,
    definitions: document.definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION ? [{ ...d, selectionSet: inline(d.selectionSet) }] : [],
    ),
  };
}

/** The operation without the fields this identity may not read, and the list of what was cut. */
export function filterOperation(
  schema: GraphQLSchema,
  policy: PolicyMap,
  document: DocumentNode,
  identity: Identity,
): { document: DocumentNode; removals: Removal[] } {
  const removals: Removal[] = [];
  const path: string[] = [];
  const typeInfo = new TypeInfo(schema);
  const filtered = visit(
    inlineFragments(document),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const key = node.alias?.value ?? node.name.value;
          if (parent && field && !node.name.value.startsWith('__')) {
            const denial = deny(identity, requirementsOf(policy, parent.name, field.name, getNamedType(field.type).name));
            if (denial) {
              removals.push({ path: [...path, key], denial });
              return null;
            }
          }
          path.push(key);
          return undefined;
        },
        leave() {
          path.pop();
        },
      },
      SelectionSet: {
        leave(node) {
          return node.selections.length === 0 ? { ...node, selections: [placeholderField] } : undefined;
        },
      },
    }),
  );
  return { document: removals.length > 0 ? filtered : document, removals };
}

const MAX_ERRORS_PER_FIELD = 100;
const MAX_CACHED_DECISIONS = 1_000;

/** Puts null where each cut field would have been, and an error at each such path. */
export function restoreRemovedFields(data: Record<string, unknown> | null | undefined, removals: Removal[]): GraphQLFormattedError[] {
  const errors: GraphQLFormattedError[] = [];
  if (!data) return errors;
  for (const removal of removals) {
    const key = removal.path.at(-1)!;
    let reported = 0;
    const walk = (value: unknown, depth: number, at: (string | number)[]) => {
      if (value === null || value === undefined) return;
      if (Array.isArray(value)) {
        value.forEach((item, i) => walk(item, depth, [...at, i]));
        return;
      }
      const object = value as Record<string, unknown>;
      if (depth === removal.path.length - 1) {
        object[key] = null;
        if (reported++ < MAX_ERRORS_PER_FIELD) {
          const { message, extensions } = accessError(removal.denial);
          errors.push({ message, path: [...at, key], extensions });
        }
        return;
      }
      const next = removal.path[depth]!;
      walk(object[next], depth + 1, [...at, next]);
    };
    walk(data, 0, []);
  }
  const dropPlaceholders = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(dropPlaceholders);
    else if (value && typeof value === 'object') {
      delete (value as Record<string, unknown>)[PLACEHOLDER];
      Object.values(value).forEach(dropPlaceholders);
    }
  };
  dropPlaceholders(data);
  return errors;
}

/**
 * The Apollo Server plugin that applies both halves around the gateway's planning and execution. Each cut is
 * logged (field path, reason, roles; no values), so that an operator can see probing.
 */
export function fieldAccessPlugin<TContext extends AccessContext>(policy: PolicyMap, logger?: Logger): ApolloServerPlugin<TContext> {
  // The decision for one operation and one set of roles, worked out once: what may be read depends on whether the
  // caller signed in and on their roles only (policy preconditions are role-level; checks against the data, such
  // as "a network member's contacts", are the subgraphs'). Keyed by the operation's hash, bounded.
  const decisions = new Map<string, { document: DocumentNode; removals: Removal[] }>();
  const decide = (rc: GraphQLRequestContext<TContext>) => {
    const identity = rc.contextValue.identity;
    const key = `${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${identity.authenticated}\u0000${[...identity.roles].sort().join(',')}`;
    const known = decisions.get(key);
    if (known) return known;
    const result = filterOperation(rc.schema, policy, rc.document!, identity);
    if (decisions.size >= MAX_CACHED_DECISIONS) decisions.delete(decisions.keys().next().value!);
    decisions.set(key, result);
    return result;
  };
  return {
    async requestDidStart() {
      let removals: Removal[] = [];
      return {
        async didResolveOperation(rc: GraphQLRequestContext<TContext>) {
          const result = decide(rc);
          removals = result.removals;
          if (removals.length === 0) return;
          for (const removal of removals) {
            logger?.info(
              { event: 'access_denied', field: removal.path.join('.'), denial: removal.denial, roles: rc.contextValue.identity.roles },
              'field cut before planning',
            );
          }
          const writable = rc as { document: DocumentNode; operation: unknown; queryHash: string };
          writable.document = result.document;
          writable.operation = getOperationAST(result.document, rc.operationName ?? undefined) ?? undefined;
          // The gateway caches query plans by query hash: a filtered operation needs a key of its own.
          writable.queryHash = createHash('sha256')
            .update(rc.queryHash ?? '')
            .update(JSON.stringify(removals.map((r) => r.path)))
            .digest('hex');
        },
        async willSendResponse(rc) {
          if (removals.length === 0 || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          const errors = restoreRemovedFields(result.data as Record<string, unknown> | null, removals);
          if (errors.length > 0) result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
}
