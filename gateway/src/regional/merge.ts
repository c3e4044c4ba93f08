// Merging the regions' answers to one root field into one answer, as its @regional strategy says. Errors keep
// pointing at the right place: a path into a region's list is moved to where that item lands in the merged one.
import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import { comparePositions, encodeMergedCursor, sortPosition, type Positions } from './cursor.js';
import type { FormattedError } from './instance.js';
import { expandFields, responseKey } from './operation.js';

/** What one region answered for one root field. */
export interface RegionPart {
  region: string;
  value: unknown;
  errors: FormattedError[];
}

export interface MergedField {
  value: unknown;
  errors: FormattedError[];
}

/** Hidden selections the gateway adds to a region's fetch, and removes from the merged answer. */
export const HIDDEN = { edges: '_hubEdges', page: '_hubPage', key: '_hubKey' } as const;
export const CONNECTION_SELECTIONS = `${HIDDEN.edges}: edges { cursor } ${HIDDEN.page}: pageInfo { hasNextPage }`;

function movePath(error: FormattedError, at: number, to: number | undefined): FormattedError | undefined {
  const index = error.path?.[at];
  if (typeof index !== 'number') return error;
  if (to === undefined) return undefined;
  const path = [...error.path!];
  path[at] = to;
  return { ...error, path };
}

/** Lists concatenated in region order. */
export function mergeLists(key: string, parts: RegionPart[]): MergedField {
  const value: unknown[] = [];
  const errors: FormattedError[] = [];
  let answered = false;
  for (const part of parts) {
    const offset = value.length;
    if (Array.isArray(part.value)) {
      answered = true;
      value.push(...(part.value as unknown[]));
    }
    for (const error of part.errors) {
      const moved = error.path?.[0] === key ? movePath(error, 1, typeof error.path[1] === 'number' ? offset + error.path[1] : undefined) : error;
      if (moved) errors.push(moved);
    }
  }
  return { value: answered ? value : null, errors };
}

/**
 * Every region returns the same reference list; each item is taken from the region that owns it (the others
 * know the item but not its regional data), else from the first region that answered.
 */
export function mergeReferenceLists(key: string, parts: RegionPart[], ownerOf: (itemKey: unknown) => string | undefined): MergedField {
  const answered = parts.filter((p) => Array.isArray(p.value));
  const base = answered[0];
  if (!base) return { value: null, errors: parts.flatMap((p) => p.errors) };
  const byRegion = new Map(answered.map((p) => [p.region, p.value as Record<string, unknown>[]]));
  const chosen: string[] = [];
  const value = (base.value as (Record<string, unknown> | null)[]).map((item, index) => {
    const owner = item ? ownerOf(item[HIDDEN.key]) : undefined;
    const owned = owner ? byRegion.get(owner)?.[index] : undefined;
    const pick = owned && owned[HIDDEN.key] === item?.[HIDDEN.key] ? owned : item;
    chosen.push(pick === item ? base.region : owner!);
    if (!pick) return pick;
    const { [HIDDEN.key]: _hidden, ...rest } = pick;
    return rest;
  });
  const errors = parts.flatMap((part) =>
    part.errors.filter((error) => {
      const index = error.path?.[0] === key ? error.path[1] : undefined;
      return typeof index === 'number' ? chosen[index] === part.region : part.region === base.region;
    }),
  );
  return { value, errors };
}

interface Pick {
  part: number;
  index: number;
  cursor: string;
}

/**
 * Connections merged by sort key: the first `first` records across the regions, each region resumed from its
 * position in `after`; `totalCount` summed; every cursor (and `endCursor`) records each region's position.
 */
export function mergeConnections(
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
  parts: RegionPart[],
  options: { first: number; after: Positions; hadCursor: boolean; unanswered: string[] },
): MergedField {
  const key = responseKey(field);
  const answered = parts.filter((p) => p.value !== null && typeof p.value === 'object');
  const connections = answered.map((p) => p.value as Record<string, unknown>);
  const cursors = connections.map((c) => ((c[HIDDEN.edges] as { cursor: string }[] | undefined) ?? []).map((e) => e.cursor));
  const positions: Positions = { ...options.after };
  const heads = cursors.map(() => 0);
  const picks: Pick[] = [];
  while (picks.length < options.first) {
    let best = -1;
    for (let p = 0; p < cursors.length; p++) {
      if (heads[p]! >= cursors[p]!.length) continue;
      if (best < 0 || comparePositions(sortPosition(cursors[p]![heads[p]!]), sortPosition(cursors[best]![heads[best]!])) < 0) best = p;
    }
    if (best < 0) break;
    const index = heads[best]!++;
    positions[answered[best]!.region] = cursors[best]![index]!;
    picks.push({ part: best, index, cursor: encodeMergedCursor(positions) });
  }
  const more = connections.some(
    (c, p) => heads[p]! < cursors[p]!.length || (c[HIDDEN.page] as { hasNextPage?: boolean } | undefined)?.hasNextPage === true,
  );
  const mergedIndex = new Map(picks.map((pick, n) => [`${pick.part}:${pick.index}`, n]));

  const value: Record<string, unknown> = {};
  for (const selection of expandFields(field.selectionSet, fragments)) {
    const name = selection.name.value;
    const out = responseKey(selection);
    if (name === 'edges' || name === 'nodes') {
      const cursorKeys = name === 'edges' ? expandFields(selection.selectionSet, fragments).filter((f) => f.name.value === 'cursor').map(responseKey) : [];
      value[out] = picks.map((pick) => {
        const item = (connections[pick.part]![out] as Record<string, unknown>[])[pick.index]!;
        return cursorKeys.length ? { ...item, ...Object.fromEntries(cursorKeys.map((k) => [k, pick.cursor])) } : item;
      });
    } else if (name === 'totalCount') {
      value[out] = connections.reduce((sum, c) => sum + Number(c[out] ?? 0), 0);
    } else if (name === 'pageInfo') {
      const info: Record<string, unknown> = {};
      for (const sub of expandFields(selection.selectionSet, fragments)) {
        const subKey = responseKey(sub);
        const subName = sub.name.value;
        if (subName === 'hasNextPage') info[subKey] = more;
        else if (subName === 'hasPreviousPage') info[subKey] = options.hadCursor;
        else if (subName === 'endCursor') info[subKey] = picks.at(-1)?.cursor ?? null;
        else if (subName === 'startCursor') info[subKey] = picks[0]?.cursor ?? null;
        else info[subKey] = (connections[0]?.[out] as Record<string, unknown> | undefined)?.[subKey] ?? null;
      }
      value[out] = info;
    } else if (connections.length > 0 && connections.every((c) => Array.isArray(c[out]))) {
      // A list beside the edges (such as a count per region) is each region's own: the regions' lists together.
      value[out] = connections.flatMap((c) => c[out] as unknown[]);
    } else {
      value[out] = connections[0]?.[out] ?? null;
    }
  }

  const errors: FormattedError[] = [];
  parts.forEach((part) => {
    const p = answered.indexOf(part);
    for (const error of part.errors) {
      const [, listKey, index] = error.path ?? [];
      if (error.path?.[0] !== key || typeof index !== 'number') {
        if (listKey !== HIDDEN.edges && listKey !== HIDDEN.page) errors.push(error);
        continue;
      }
      const moved = movePath(error, 2, mergedIndex.get(`${p}:${index}`));
      if (moved && listKey !== HIDDEN.edges) errors.push(moved);
    }
  });
  // No region gave a connection (each refused, or none answered): null with the errors, never an empty page that
  // would read as "nothing found". An empty page is for a fan-out to no region at all.
  const noneGiven = connections.length === 0 && (parts.length > 0 || options.unanswered.length > 0);
  return { value: noneGiven ? null : value, errors };
}
