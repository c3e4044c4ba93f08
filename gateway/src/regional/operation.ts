// The operations the query planner sends to a subgraph, taken apart and rebuilt for each region: a region gets
// only the root fields it has a part in, with its own cursor, and only the variables and fragments those use.
import {
  Kind,
  parse,
  print,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export interface FetchOperation {
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
  rootType: 'Query' | 'Mutation';
  /** The root selections, in order: fields, and `__typename`. */
  rootFields: FieldNode[];
}

// The planner sends the same few operation texts again and again; parsing each once is enough.
const parsed = new Map<string, FetchOperation>();
const MAX_CACHED = 1000;

export function readFetchOperation(query: string): FetchOperation {
  const cached = parsed.get(query);
  if (cached) return cached;
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('The planner sent a fetch without an operation');
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const rootFields = expandFields(operation.selectionSet, fragments);
  const result: FetchOperation = {
    operation,
    fragments,
    rootType: operation.operation === 'mutation' ? 'Mutation' : 'Query',
    rootFields,
  };
  if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value!);
  parsed.set(query, result);
  return result;
}

export function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/** The fields of a selection set, through inline fragments and fragment spreads. */
export function expandFields(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections);
      }
    }
  };
  walk(selectionSet?.selections ?? []);
  return fields;
}

export function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  return argument ? valueFromASTUntyped(argument.value, variables) : undefined;
}

/** The value at a dotted argument path, such as `input.municipalityCode`. */
export function argumentAtPath(field: FieldNode, path: string, variables: Record<string, unknown>): unknown {
  const [head, ...rest] = path.split('.');
  let value = argumentValue(field, head!, variables);
  for (const key of rest) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

// Derived fields are kept per field they come from (the planner's fetches are parsed once and cached), so that a
// request like the last one yields the very same nodes and its printed operation can be reused (operationWith).
const derived = new WeakMap<FieldNode, Map<string, FieldNode>>();

function derivedField(field: FieldNode, key: string, make: () => FieldNode): FieldNode {
  let variants = derived.get(field);
  if (!variants) derived.set(field, (variants = new Map()));
  let variant = variants.get(key);
  if (!variant) {
    variant = make();
    // A cursor is a new value on every page: only the first page's variant (no cursor) is worth keeping.
    if (variants.size < 16) variants.set(key, variant);
  }
  return variant;
}

/** The field with one argument set to a string (or removed, for null). */
export function withArgument(field: FieldNode, name: string, value: string | null): FieldNode {
  const make = (): FieldNode => {
    const others = (field.arguments ?? []).filter((a) => a.name.value !== name);
    return {
      ...field,
      arguments:
        value === null
          ? others
          : [...others, { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value: { kind: Kind.STRING, value } }],
    };
  };
  if (value === null) return derivedField(field, `argument:${name}`, make);
  const once = make();
  transient.add(once);
  return once;
}

// Fields made for one request only (a page after the first): their printed operation is not worth keeping.
const transient = new WeakSet<FieldNode>();

// The few hidden selections the gateway adds, parsed once each rather than on every request.
const parsedSelections = new Map<string, readonly SelectionNode[]>();

/** The field with more selections (written as GraphQL, e.g. `_hubKey: code`) added to its own. */
export function withSelections(field: FieldNode, selections: string): FieldNode {
  let extra = parsedSelections.get(selections);
  if (!extra) {
    extra = (parse(`{ ${selections} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections;
    parsedSelections.set(selections, extra);
  }
  return derivedField(field, `selections:${selections}`, () => ({
    ...field,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [...(field.selectionSet?.selections ?? []), ...extra!] },
  }));
}

/** One operation with only the given root fields, and only the variables and fragments they use. */
export function operationWith(
  fetch: FetchOperation,
  fields: FieldNode[],
  variables: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  if (fields.some((f) => transient.has(f))) {
    const once = printOperation(fetch, fields);
    return { query: once.query, variables: Object.fromEntries(Object.entries(variables).filter(([name]) => once.variables.has(name))) };
  }
  const key = fields.map(nodeId).join(',');
  let printed = printedOperations.get(fetch);
  if (!printed) printedOperations.set(fetch, (printed = new Map()));
  let known = printed.get(key);
  if (!known) {
    known = printOperation(fetch, fields);
    if (printed.size < 64) printed.set(key, known);
  }
  const used = known.variables;
  return { query: known.query, variables: Object.fromEntries(Object.entries(variables).filter(([name]) => used.has(name))) };
}

// Printing an operation is most of what splitting a fetch among regions costs: one printed text is kept per fetch
// and set of fields (by node identity), which repeat from one request to the next.
const printedOperations = new WeakMap<FetchOperation, Map<string, { query: string; variables: Set<string> }>>();
const nodeIds = new WeakMap<FieldNode, number>();
let nextNodeId = 0;
function nodeId(node: FieldNode): number {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nextNodeId++));
  return id;
}

function printOperation(fetch: FetchOperation, fields: FieldNode[]): { query: string; variables: Set<string> } {
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: fields };
  const usedVariables = new Set<string>();
  const usedFragments = new Set<string>();
  const collect = (node: SelectionSetNode) => {
    visit(node, {
      Variable: (v) => {
        usedVariables.add(v.name.value);
      },
      FragmentSpread: (s) => {
        const name = s.name.value;
        if (usedFragments.has(name)) return;
        usedFragments.add(name);
        const fragment = fetch.fragments.get(name);
        if (fragment) collect(fragment.selectionSet);
      },
    });
  };
  collect(selectionSet);
  const operation: OperationDefinitionNode = {
    ...fetch.operation,
    variableDefinitions: (fetch.operation.variableDefinitions ?? []).filter((d) => usedVariables.has(d.variable.name.value)),
    selectionSet,
  };
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...[...usedFragments].flatMap((name) => fetch.fragments.get(name) ?? [])],
  };
  return { query: print(document), variables: usedVariables };
}
