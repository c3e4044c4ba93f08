// How each root field of a regional subgraph is routed and merged, read from the `@regional` directive its
// subgraph declares (composed into the supergraph with @composeDirective). A root field without one stops the
// gateway at start-up: the hub never guesses how to merge.
import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';

export const STRATEGIES = ['CONNECTION', 'LIST', 'REFERENCE_LIST', 'OWNER', 'SHARED_OWNER', 'ANY'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface RootFieldRouting {
  strategy: Strategy;
  /**
   * OWNER and SHARED_OWNER: the dotted argument path that names the owning region (SHARED_OWNER: a mutation a caller
   * may also send to a region that shares the subgraph's data with theirs, such as an answer to a shared post);
   * REFERENCE_LIST: the item's key field.
   */
  argument?: string;
  /** CONNECTION: the page size the field uses when `first` is not given. */
  defaultFirst?: number;
  /** Whether the field takes a `regions` argument that narrows the fan-out. */
  takesRegions: boolean;
}

/** Routing of the root fields of one subgraph, by "Query.name" or "Mutation.name". */
export type SubgraphRouting = Map<string, RootFieldRouting>;

export class RegionalSchemaError extends Error {
  constructor(readonly problems: string[]) {
    super(`The supergraph cannot be served by region:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RegionalSchemaError';
  }
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

function enumArguments(directives: readonly ConstDirectiveNode[] | undefined, directive: string, name: string): string[] {
  return (directives ?? [])
    .filter((d) => d.name.value === directive)
    .map((d) => d.arguments?.find((a) => a.name.value === name)?.value)
    .flatMap((v) => (v?.kind === Kind.ENUM ? [v.value] : []));
}

function routingOf(type: string, field: FieldDefinitionNode, problems: string[]): RootFieldRouting | undefined {
  const where = `${type}.${field.name.value}`;
  const directive = field.directives?.find((d) => d.name.value === 'regional');
  if (!directive) {
    problems.push(`${where} has no @regional directive saying how its regions' answers merge`);
    return undefined;
  }
  const strategy = stringArgument(directive, 'strategy') as Strategy | undefined;
  if (!strategy || !STRATEGIES.includes(strategy)) {
    problems.push(`${where}: @regional(strategy: "${strategy ?? ''}") is not one of ${STRATEGIES.join(', ')}`);
    return undefined;
  }
  const argument = stringArgument(directive, 'argument');
  if ((strategy === 'OWNER' || strategy === 'SHARED_OWNER' || strategy === 'REFERENCE_LIST') && !argument) {
    problems.push(`${where}: @regional(strategy: "${strategy}") needs an argument`);
  }
  const args = new Map((field.arguments ?? []).map((a) => [a.name.value, a]));
  let defaultFirst: number | undefined;
  if (strategy === 'CONNECTION') {
    const first = args.get('first');
    if (!first || !args.has('after')) problems.push(`${where}: a CONNECTION field needs "first" and "after" arguments`);
    defaultFirst = first?.defaultValue?.kind === Kind.INT ? Number(first.defaultValue.value) : undefined;
  }
  return { strategy, argument, defaultFirst, takesRegions: args.has('regions') };
}

/**
 * Reads the routing of every root field the given subgraphs resolve. A field belongs to a subgraph by its
 * @join__field(graph:), or else by the @join__type(graph:) of its root type.
 */
export function readRegionalRouting(supergraphSdl: string, subgraphs: readonly string[]): Map<string, SubgraphRouting> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const routing = new Map<string, SubgraphRouting>(subgraphs.map((s) => [s, new Map()]));
  const problems: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const name = value.directives?.find((d) => d.name.value === 'join__graph');
        const graph = name && stringArgument(name, 'name');
        if (graph) graphNames.set(value.name.value, graph);
      }
    }
  }
  const roots = document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && (d.name.value === 'Query' || d.name.value === 'Mutation'),
  );
  for (const root of roots) {
    const typeGraphs = enumArguments(root.directives, 'join__type', 'graph');
    for (const field of root.fields ?? []) {
      const fieldGraphs = enumArguments(field.directives, 'join__field', 'graph');
      const owners = (fieldGraphs.length > 0 ? fieldGraphs : typeGraphs).map((g) => graphNames.get(g) ?? g);
      for (const owner of owners) {
        const table = routing.get(owner);
        if (!table) continue;
        const fieldRouting = routingOf(root.name.value, field, problems);
        if (fieldRouting) table.set(`${root.name.value}.${field.name.value}`, fieldRouting);
      }
    }
  }
  if (problems.length > 0) throw new RegionalSchemaError(problems);
  return routing;
}

/** The fingerprints of the subgraph schemas a supergraph was composed from, as the compose step records them. */
export function readSchemaFingerprints(supergraphSdl: string): Map<string, string> {
  const fingerprints = new Map<string, string>();
  for (const match of supergraphSdl.matchAll(/^# hub:subgraph-schema (\S+) (sha256:[0-9a-f]{64})$/gm)) {
    fingerprints.set(match[1]!, match[2]!);
  }
  return fingerprints;
}
