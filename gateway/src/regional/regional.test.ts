import { readFileSync } from 'node:fs';
import { parse, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../compose.js';
import { decodeMergedCursor, encodeMergedCursor } from './cursor.js';
import { readRegionalRouting, readSchemaFingerprints, RegionalSchemaError } from './directives.js';
import { HIDDEN, mergeConnections, mergeLists, mergeReferenceLists } from './merge.js';
import { operationWith, readFetchOperation } from './operation.js';

const cursor = (sortKey: string, id: string) => Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
const fieldOf = (query: string) => (parse(query).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;

describe('the routing declared in the checked-in supergraph', () => {
  const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');

  it('covers every root field of the organisations subgraph', () => {
    const routing = readRegionalRouting(supergraph, ['organisations']).get('organisations')!;
    expect(routing.get('Query.organizations')).toEqual({ strategy: 'CONNECTION', argument: undefined, defaultFirst: 20, takesRegions: true });
    expect(routing.get('Mutation.createOrganization')).toMatchObject({ strategy: 'OWNER', argument: 'input.municipalityCode' });
    expect(routing.get('Query.regions')).toMatchObject({ strategy: 'REFERENCE_LIST', argument: 'code' });
  });

  it('records the fingerprint of each subgraph schema it was composed from', () => {
    expect(readSchemaFingerprints(supergraph).get('organisations')).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses a root field that does not say how it merges', () => {
    const unannotated = supergraph.replace(/(vocabularies: Vocabularies! .*?) @regional\(strategy: "ANY"\)/, '$1');
    expect(unannotated).not.toBe(supergraph);
    expect(() => readRegionalRouting(unannotated, ['organisations'])).toThrow(RegionalSchemaError);
    expect(() => readRegionalRouting(unannotated, ['organisations'])).toThrow(/Query\.vocabularies has no @regional/);
  });
});

describe('merged cursors', () => {
  it('round-trip each region’s position and refuse anything else as BAD_USER_INPUT', () => {
    const positions = { kikuchi: cursor('ア', '1'), niigata: null };
    expect(decodeMergedCursor(encodeMergedCursor(positions), 'after')).toEqual(positions);
    expect(decodeMergedCursor(null, 'after')).toEqual({});
    for (const bad of ['x', cursor('ア', '1'), 'hub1.bm90IGpzb24', `hub1.${Buffer.from('[1]').toString('base64url')}`]) {
      expect(() => decodeMergedCursor(bad, 'after')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});

describe('merging connections', () => {
  const field = fieldOf(`{ organizations(first: 3) { totalCount edges { c: cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
  const page = (region: string, keys: string[], total: number, hasNextPage: boolean) => {
    const edges = keys.map((k) => ({ c: cursor(k, `${region}-${k}`), node: { id: `${region}-${k}` } }));
    return {
      totalCount: total,
      edges,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.c ?? null },
      [HIDDEN.edges]: edges.map((e) => ({ cursor: e.c })),
      [HIDDEN.page]: { hasNextPage },
    };
  };

  it('interleaves by sort key, sums totalCount and resumes each region where it stopped', () => {
    const parts = [
      { region: 'kikuchi', value: page('kikuchi', ['ア', 'ウ', 'オ'], 5, true), errors: [] },
      { region: 'gifu', value: page('gifu', ['イ', 'カ'], 2, false), errors: [] },
    ];
    const merged = mergeConnections(field, new Map(), parts, { first: 3, after: {}, hadCursor: false, unanswered: [] });
    const value = merged.value as { totalCount: number; edges: { c: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    expect(value.totalCount).toBe(7);
    expect(value.edges.map((e) => e.node.id)).toEqual(['kikuchi-ア', 'gifu-イ', 'kikuchi-ウ']);
    expect(value.pageInfo.hasNextPage).toBe(true);
    expect(decodeMergedCursor(value.pageInfo.endCursor, 'after')).toEqual({ kikuchi: cursor('ウ', 'kikuchi-ウ'), gifu: cursor('イ', 'gifu-イ') });
    expect(value.edges[0]!.c).toBe(encodeMergedCursor({ kikuchi: cursor('ア', 'kikuchi-ア') }));
    expect(Object.keys(value)).not.toContain(HIDDEN.edges);
  });

  it('moves an error inside a region’s page to where its record lands, and drops it with a record left for later', () => {
    const parts = [
      { region: 'kikuchi', value: page('kikuchi', ['ア', 'オ'], 2, false), errors: [{ message: 'x', path: ['organizations', 'edges', 1, 'node', 'id'] }] },
      { region: 'gifu', value: page('gifu', ['イ'], 1, false), errors: [{ message: 'y', path: ['organizations', 'edges', 0, 'node', 'id'] }] },
    ];
    const merged = mergeConnections(field, new Map(), parts, { first: 2, after: {}, hadCursor: false, unanswered: [] });
    expect(merged.errors).toEqual([{ message: 'y', path: ['organizations', 'edges', 1, 'node', 'id'] }]);
  });

  it('keeps the position of a region that did not answer, so that it resumes there later', () => {
    const after = { kikuchi: cursor('ア', 'k'), niigata: cursor('ケ', 'n') };
    const parts = [{ region: 'kikuchi', value: page('kikuchi', ['イ'], 2, false), errors: [] }];
    const merged = mergeConnections(field, new Map(), parts, { first: 3, after, hadCursor: true, unanswered: ['niigata'] });
    const { pageInfo } = merged.value as { pageInfo: { endCursor: string } };
    expect(decodeMergedCursor(pageInfo.endCursor, 'after').niigata).toBe(after.niigata);
  });
});

describe('merging lists', () => {
  it('concatenates in region order, moving error paths by the offset', () => {
    const merged = mergeLists('xs', [
      { region: 'a', value: [1, 2], errors: [] },
      { region: 'b', value: [3], errors: [{ message: 'e', path: ['xs', 0] }] },
    ]);
    expect(merged).toEqual({ value: [1, 2, 3], errors: [{ message: 'e', path: ['xs', 2] }] });
  });

  it('takes each item of a reference list from the region that owns it', () => {
    const list = (region: string) => ['kikuchi', 'gifu'].map((code) => ({ [HIDDEN.key]: code, code, from: region }));
    const merged = mergeReferenceLists(
      'regions',
      [
        { region: 'kikuchi', value: list('kikuchi'), errors: [] },
        { region: 'gifu', value: list('gifu'), errors: [] },
      ],
      (key) => String(key),
    );
    expect(merged.value).toEqual([
      { code: 'kikuchi', from: 'kikuchi' },
      { code: 'gifu', from: 'gifu' },
    ]);
  });
});

describe('a region’s copy of a fetch', () => {
  it('keeps only the fields, variables and fragments it uses', () => {
    const fetch = readFetchOperation(
      `query Q($a: ID!, $b: ID!, $after: String) { x: organization(id: $a) { ...F } y: organization(id: $b) { id } z: organizations(after: $after) { totalCount } } fragment F on Organization { id name }`,
    );
    const { query, variables } = operationWith(fetch, [fetch.rootFields[0]!], { a: '1', b: '2', after: 'c' });
    expect(variables).toEqual({ a: '1' });
    expect(query).toContain('fragment F');
    expect(query).not.toMatch(/\$b|\$after|organizations/);
  });
});
