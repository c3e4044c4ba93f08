// The subgraph's own enforcement of the same directives the gateway enforces, so that a subgraph reached
// directly is exactly as strict: a graphql-shield rule for every field of every object type, generated from
// the schema document, with anything not covered denied.
import { accessError, deny as denial, readPolicyDirectives, requirementsOf, type Requirement } from '@renkei/policy';
import type { Identity } from '@renkei/identity';
import { hubError } from '@renkei/errors';
import {
  getNamedType,
  isObjectType,
  Kind,
  type FieldDefinitionNode,
  type SelectionSetNode,
  type DocumentNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';

export interface GuardContext {
  identity: Identity;
  /** The purpose the caller stated (X-Hub-Purpose); reading a @sensitive field needs one. */
  purpose: string | null;
  /** The @sensitive reads of this request, for the audit trail. */
  sensitiveReads: SensitiveRead[];
}

export interface SensitiveRead {
  /** "Organization.contacts" */
  field: string;
  recordIds: string[];
  /** The sub-fields asked for, e.g. ["name", "phone"]. */
  selected: string[];
}

/** The part of a named @policy that needs the data: it sees the parent object the field is read on. */
export type DataPolicy<TContext extends GuardContext = GuardContext> = (
  parent: unknown,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<boolean> | boolean;

function fieldRule(name: string, requirements: Requirement[], dataPolicies: Record<string, DataPolicy<never>>) {
  const policies = requirements.filter((r): r is Extract<Requirement, { kind: 'policy' }> => r.kind === 'policy');
  return rule(name, { cache: policies.length > 0 ? 'strict' : 'contextual' })(
    async (parent: unknown, _args: unknown, context: GuardContext, info: GraphQLResolveInfo) => {
      const why = denial(context.identity, requirements);
      if (why) return accessError(why);
      for (const policy of policies) {
        let granted = false;
        for (const all of policy.anyOf) {
          const checks = all.map((p) => dataPolicies[p]);
          if (checks.some((c) => !c)) continue; // a policy this subgraph does not know denies
          const results = await Promise.all(checks.map((c) => (c as DataPolicy)(parent, context, info)));
          if (results.every(Boolean)) {
            granted = true;
            break;
          }
        }
        if (!granted) return accessError('FORBIDDEN');
      }
      return true;
    },
  );
}

export interface GuardOptions<TContext extends GuardContext> {
  /** The subgraph's SDL: the directives are read from here. */
  typeDefs: DocumentNode;
  /** The data-dependent half of each named policy this subgraph's data needs. */
  dataPolicies?: Record<string, DataPolicy<TContext>>;
  /** The global IDs of the record a @sensitive field is read on (for the audit trail). */
  recordIdsOf?: (typeName: string, parent: unknown) => string[];
  /** Who may read the subgraph's SDL through `_service`: developers only unless this is true (development). */
  openServiceSdl?: boolean;
}

// The gateway plans from a checked-in supergraph and never asks for `_service`; only tooling does.
const SERVICE_SDL: Requirement[] = [{ kind: 'scopes', anyOf: [['developer']] }];

/** The fields marked @sensitive (a subgraph-local directive: reads are audited and need a stated purpose). */
export function sensitiveFields(typeDefs: DocumentNode): Set<string> {
  const found = new Set<string>();
  for (const definition of typeDefs.definitions) {
    if (!('fields' in definition) || !definition.fields || !('name' in definition) || !definition.name) continue;
    for (const field of definition.fields as readonly FieldDefinitionNode[]) {
      if (field.directives?.some((d) => d.name.value === 'sensitive')) found.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return found;
}

function purposeRequired() {
  return hubError(
    'FORBIDDEN',
    'State the purpose of reading this personal information in the X-Hub-Purpose header',
    '個人情報を閲覧する目的を X-Hub-Purpose ヘッダーで示してください。',
    { reason: 'PURPOSE_REQUIRED' },
  );
}

/**
 * The sub-fields asked for under a field, over every place the query names it (`contacts { name } contacts
 * { phone }`) and through inline and named fragments.
 */
export function selectedFields(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else walk(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  names.delete('__typename');
  return [...names].sort();
}

/** Runs after access is granted: refuses a sensitive read without a purpose, and notes each one for the audit. */
function sensitiveMiddleware<TContext extends GuardContext>(
  schema: GraphQLSchema,
  fields: Set<string>,
  recordIdsOf: (typeName: string, parent: unknown) => string[],
) {
  const middleware: Record<string, Record<string, unknown>> = {};
  for (const key of fields) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    if (!isObjectType(schema.getType(typeName))) continue;
    middleware[typeName] ??= {};
    middleware[typeName]![fieldName] = async (
      resolve: (parent: unknown, args: unknown, context: TContext, info: GraphQLResolveInfo) => unknown,
      parent: unknown,
      args: unknown,
      context: TContext,
      info: GraphQLResolveInfo,
    ) => {
      if (!context.purpose) throw purposeRequired();
      const value = await resolve(parent, args, context, info);
      context.sensitiveReads.push({ field: key, recordIds: recordIdsOf(typeName, parent), selected: selectedFields(info) });
      return value;
    };
  }
  return middleware;
}

/** The rule of every field, by type and field name (exported for the access matrix tests). */
export function guardRules<TContext extends GuardContext>(schema: GraphQLSchema, options: GuardOptions<TContext>) {
  const map = readPolicyDirectives(options.typeDefs);
  const tree: Record<string, Record<string, unknown>> = {};
  const protectedFields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    tree[type.name] = {};
    for (const field of Object.values(type.getFields())) {
      const requirements =
        type.name === 'Query' && field.name === '_service' && !options.openServiceSdl
          ? SERVICE_SDL
          : requirementsOf(map, type.name, field.name, getNamedType(field.type).name);
      if (requirements.length > 0) protectedFields.push(`${type.name}.${field.name}`);
      tree[type.name]![field.name] =
        requirements.length === 0
          ? allow
          : fieldRule(`${type.name}.${field.name}`, requirements, (options.dataPolicies ?? {}) as Record<string, DataPolicy<never>>);
    }
  }
  return { tree, protectedFields };
}

export function guardSchema<TContext extends GuardContext>(schema: GraphQLSchema, options: GuardOptions<TContext>): GraphQLSchema {
  const { tree } = guardRules(schema, options);
  const permissions = shield(tree as never, {
    fallbackRule: deny,
    fallbackError: () => accessError('FORBIDDEN'),
    // Errors resolvers throw on purpose (BAD_USER_INPUT, NOT_FOUND) pass through; shield would mask them.
    allowExternalErrors: true,
    debug: false,
  });
  const sensitive = sensitiveMiddleware<TContext>(schema, sensitiveFields(options.typeDefs), options.recordIdsOf ?? (() => []));
  // Access first (the outer middleware), then the purpose check and the audit note.
  return applyMiddleware(schema, permissions, sensitive as never);
}
