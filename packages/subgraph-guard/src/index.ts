// The subgraph's own enforcement of the same directives the gateway enforces, so that a subgraph reached
// directly is exactly as strict: a graphql-shield rule for every field of every object type, generated from
// the schema document, with anything not covered denied.
import { accessError, deny as denial, readPolicyDirectives, requirementsOf, type Requirement } from '@renkei/policy';
import type { Identity } from '@renkei/identity';
import {
  getNamedType,
  isObjectType,
  type DocumentNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';

export interface GuardContext {
  identity: Identity;
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
      const requirements = requirementsOf(map, type.name, field.name, getNamedType(field.type).name);
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
  return applyMiddleware(schema, permissions);
}
