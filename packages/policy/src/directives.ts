// Reads the federation's security directives (@authenticated, @requiresScopes, @policy) from a schema
// document — a subgraph's SDL or the composed supergraph — into one map, and strips them from a supergraph
// for Apollo Gateway's query planner, which refuses to load them.
import {
  Kind,
  parse,
  print,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ValueNode,
} from 'graphql';

export type Requirement =
  | { kind: 'authenticated' }
  | { kind: 'scopes'; anyOf: string[][] }
  | { kind: 'policy'; anyOf: string[][] };

export interface PolicyMap {
  /** Requirements declared on a type: they hold for every field returning it and every field it has. */
  types: Map<string, Requirement[]>;
  /** Requirements declared on a field, keyed "Type.field". */
  fields: Map<string, Requirement[]>;
}

export const SECURITY_DIRECTIVES = ['authenticated', 'requiresScopes', 'policy'] as const;
const SECURITY_SPECS = /^https:\/\/specs\.apollo\.dev\/(authenticated|requiresScopes|policy)\//;

function listOfLists(value: ValueNode | undefined): string[][] {
  if (!value || value.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST ? inner.values.map((v) => (v.kind === Kind.STRING ? v.value : '')).filter(Boolean) : [],
  );
}

function requirementsFrom(directives: readonly ConstDirectiveNode[] | undefined): Requirement[] {
  const result: Requirement[] = [];
  for (const d of directives ?? []) {
    const arg = (name: string) => d.arguments?.find((a) => a.name.value === name)?.value;
    if (d.name.value === 'authenticated') result.push({ kind: 'authenticated' });
    if (d.name.value === 'requiresScopes') result.push({ kind: 'scopes', anyOf: listOfLists(arg('scopes')) });
    if (d.name.value === 'policy') result.push({ kind: 'policy', anyOf: listOfLists(arg('policies')) });
  }
  return result;
}

function add(map: Map<string, Requirement[]>, key: string, requirements: Requirement[]) {
  if (requirements.length === 0) return;
  const existing = map.get(key) ?? [];
  const seen = new Set(existing.map((r) => JSON.stringify(r)));
  map.set(key, [...existing, ...requirements.filter((r) => !seen.has(JSON.stringify(r)))]);
}

export function readPolicyDirectives(document: DocumentNode | string): PolicyMap {
  const doc = typeof document === 'string' ? parse(document) : document;
  const map: PolicyMap = { types: new Map(), fields: new Map() };
  for (const definition of doc.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    add(map.types, typeName, requirementsFrom(definition.directives as ConstDirectiveNode[]));
    if ('fields' in definition && definition.fields) {
      for (const field of definition.fields as readonly FieldDefinitionNode[]) {
        add(map.fields, `${typeName}.${field.name.value}`, requirementsFrom(field.directives));
      }
    }
  }
  return map;
}

/** What reading `parentType.fieldName` (which returns `returnType`) requires: the field's, its type's, its parent's. */
export function requirementsOf(map: PolicyMap, parentType: string, fieldName: string, returnType: string): Requirement[] {
  return [
    ...(map.types.get(parentType) ?? []),
    ...(map.fields.get(`${parentType}.${fieldName}`) ?? []),
    ...(map.types.get(returnType) ?? []),
  ];
}

/**
 * The supergraph without the security features: their @link, their directive and scalar definitions, and every
 * use of them. The hub reads the policy from the original (readPolicyDirectives) and enforces it itself.
 */
export function stripSecurityFeatures(supergraphSdl: string): string {
  const names = new Set<string>(SECURITY_DIRECTIVES);
  const stripped = visit(parse(supergraphSdl), {
    Directive(node) {
      if (names.has(node.name.value)) return null;
      if (node.name.value === 'link') {
        const url = node.arguments?.find((a) => a.name.value === 'url')?.value;
        if (url?.kind === Kind.STRING && SECURITY_SPECS.test(url.value)) return null;
      }
      return undefined;
    },
    DirectiveDefinition(node) {
      return names.has(node.name.value) ? null : undefined;
    },
    ScalarTypeDefinition(node) {
      return /^(requiresScopes__Scope|policy__Policy)$/.test(node.name.value) ? null : undefined;
    },
  });
  return `${print(stripped)}\n`;
}
