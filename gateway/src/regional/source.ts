// The gateway's data source for a subgraph that regions host: each fetch the planner makes is split among the
// regional instances and their answers are merged, so the planner sees one subgraph. Entity fetches go to the
// region in each key; root fields go where their @regional strategy says.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { parseGlobalId, regionOfKey, REGION_HEADER, type Domain, type RegionRegistry } from '@renkei/regions';
import type { FieldNode, GraphQLError } from 'graphql';
import { decodeMergedCursor } from './cursor.js';
import type { RootFieldRouting, SubgraphRouting } from './directives.js';
import type { FormattedError, RegionFailure, RegionInstance, SubgraphAnswer } from './instance.js';
import { CONNECTION_SELECTIONS, HIDDEN, mergeConnections, mergeLists, mergeReferenceLists, type MergedField, type RegionPart } from './merge.js';
import {
  argumentAtPath,
  argumentValue,
  operationWith,
  readFetchOperation,
  responseKey,
  withArgument,
  withSelections,
  type FetchOperation,
} from './operation.js';

interface CallerContext {
  requestId?: string;
  identity?: Identity;
  authorization?: string;
  purpose?: string;
}

/** How one root field is answered: the regions asked (each with its own copy of the field), and the merge. */
interface FieldPlan {
  key: string;
  parts: { region: string; field: FieldNode }[];
  merge: (parts: RegionPart[], unanswered: string[]) => MergedField;
  /** Errors decided before anything is sent (bad input, a region out of scope). */
  errors: FormattedError[];
}

const onlyAnswer = (parts: RegionPart[]): MergedField => ({ value: parts[0]?.value ?? null, errors: parts.flatMap((p) => p.errors) });

function formatted(error: GraphQLError, path?: (string | number)[]): FormattedError {
  return { message: error.message, path, extensions: { ...error.extensions } };
}

export class RegionalSource implements GraphQLDataSource<Record<string, unknown>> {
  constructor(
    readonly subgraph: string,
    private readonly registry: RegionRegistry,
    private readonly routing: SubgraphRouting,
    /** The instances of this subgraph, in registry order, by region code. */
    private readonly instances: Map<string, RegionInstance>,
  ) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions<Record<string, unknown>>): Promise<SubgraphAnswer> {
    const fetch = readFetchOperation(request.query!);
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    const caller = context as CallerContext;
    if (fetch.rootFields.length === 1 && fetch.rootFields[0]!.name.value === '_entities') {
      return this.entities(request.query!, request.operationName, variables, caller);
    }
    return this.rootFields(fetch, variables, caller);
  }

  private headers(caller: CallerContext, region: string): Record<string, string> {
    const headers: Record<string, string> = { [REGION_HEADER]: region };
    if (caller.requestId) headers['x-request-id'] = caller.requestId;
    if (caller.authorization) headers.authorization = caller.authorization;
    if (caller.purpose) headers['x-hub-purpose'] = caller.purpose;
    return headers;
  }

  private failure(failure: RegionFailure, region: string, path?: (string | number)[]): FormattedError {
    const name = this.registry.region(region)?.name ?? region;
    const error =
      failure === 'REGION_UNAVAILABLE'
        ? hubError(failure, `The region ${region} did not answer; its data is left out`, `${name}のデータは応答がないため含まれていません。`, { region, serviceName: this.subgraph })
        : hubError(failure, `The region ${region} serves a different schema; its data is left out`, `${name}のスキーマが異なるため、そのデータは含まれていません。`, { region, serviceName: this.subgraph });
    return formatted(error, path);
  }

  /** The region a routing key names, when it hosts this subgraph. */
  private hostingRegion(value: unknown): string | undefined {
    // The planner may print an ID argument such as a municipality code as an integer literal.
    const key = typeof value === 'number' ? String(value) : value;
    const region = typeof key === 'string' ? regionOfKey(this.registry, key) : undefined;
    return region && this.instances.has(region) ? region : undefined;
  }

  /** For data every region holds alike: the caller's own region if it answers, else the first that does. */
  private anyRegion(caller: CallerContext): string {
    const own = caller.identity?.region;
    const candidates = [...this.instances.values()];
    const preferred = own ? this.instances.get(own) : undefined;
    if (preferred?.available) return preferred.region;
    return (candidates.find((i) => i.available) ?? candidates[0]!).region;
  }

  private inScope(caller: CallerContext): string[] {
    return this.registry
      .regionsInScope(this.subgraph as Domain, caller.identity?.region ?? undefined)
      .map((r) => r.code)
      .filter((code) => this.instances.has(code));
  }

  private async entities(query: string, operationName: string | undefined, variables: Record<string, unknown>, caller: CallerContext): Promise<SubgraphAnswer> {
    const representations = (variables.representations ?? []) as Record<string, unknown>[];
    const entities: unknown[] = representations.map(() => null);
    const groups = new Map<string, number[]>();
    representations.forEach((representation, index) => {
      const key = representation.id ?? representation.code;
      const region = this.hostingRegion(key);
      // A record of a region that does not host this subgraph is nowhere to be found; reference data is anywhere.
      if (!region && typeof key === 'string' && parseGlobalId(key)) return;
      const target = region ?? this.anyRegion(caller);
      groups.set(target, [...(groups.get(target) ?? []), index]);
    });
    const errors: FormattedError[] = [];
    await Promise.all(
      [...groups].map(async ([region, indexes]) => {
        const result = await this.instances.get(region)!.send(
          { query, operationName, variables: { ...variables, representations: indexes.map((i) => representations[i]) } },
          this.headers(caller, region),
        );
        if (!result.ok) {
          errors.push(this.failure(result.failure, region, ['_entities', indexes[0]!]));
          return;
        }
        const answered = (result.answer.data?._entities ?? []) as unknown[];
        indexes.forEach((index, n) => {
          entities[index] = answered[n] ?? null;
        });
        for (const error of result.answer.errors ?? []) {
          const at = error.path?.[1];
          errors.push(error.path?.[0] === '_entities' && typeof at === 'number' ? { ...error, path: ['_entities', indexes[at]!, ...error.path.slice(2)] } : error);
        }
      }),
    );
    return { data: { _entities: entities }, ...(errors.length ? { errors } : {}) };
  }

  private plan(fetch: FetchOperation, field: FieldNode, variables: Record<string, unknown>, caller: CallerContext): FieldPlan {
    const key = responseKey(field);
    const fieldName = field.name.value;
    const routing: RootFieldRouting = this.routing.get(`${fetch.rootType}.${fieldName}`) ?? { strategy: 'ANY', takesRegions: false };
    const single = (region: string): FieldPlan => ({ key, parts: [{ region, field }], merge: onlyAnswer, errors: [] });
    const refused = (error: GraphQLError): FieldPlan => ({ key, parts: [], merge: () => ({ value: null, errors: [] }), errors: [formatted(error, [key])] });

    if (fieldName === '__typename' || routing.strategy === 'ANY') return single(this.anyRegion(caller));

    if (routing.strategy === 'OWNER' || routing.strategy === 'SHARED_OWNER') {
      const value = argumentAtPath(field, routing.argument!, variables);
      const owner = value === null || value === undefined ? (caller.identity?.region ?? undefined) : this.hostingRegion(value);
      if (value === null || value === undefined) {
        if (!owner || !this.instances.has(owner)) {
          return refused(hubError('BAD_USER_INPUT', `Say which region: the argument ${routing.argument} is needed`, `地域を指定してください（${routing.argument}）。`, { field: routing.argument }));
        }
      }
      // A signed-in caller writes in their own region only. The public belongs to no region: it may call the
      // few mutations open to everyone (a donation offer) in any region, and the subgraph refuses the rest.
      // SHARED_OWNER also lets them write to a region that shares the subgraph's data with theirs; that region's
      // instance decides on the record itself.
      const writer = caller.identity;
      const sharedWithWriter = routing.strategy === 'SHARED_OWNER' && owner !== undefined && this.inScope(caller).includes(owner);
      if (fetch.rootType === 'Mutation' && owner && writer?.authenticated && owner !== writer.region && !sharedWithWriter && !writer.roles.includes('hub_admin')) {
        return refused(hubError('FORBIDDEN', `You can write only in your own region, not in ${owner}`, '自分の地域以外には書き込めません。', { region: owner }));
      }
      // A key that names no region goes to any region, whose own validation answers it.
      return single(owner ?? this.anyRegion(caller));
    }

    let regions = this.inScope(caller);
    if (routing.takesRegions) {
      const asked = argumentValue(field, 'regions', variables);
      if (Array.isArray(asked)) {
        const unknown = asked.filter((code) => typeof code !== 'string' || !this.registry.region(code));
        if (unknown.length > 0) {
          return refused(hubError('BAD_USER_INPUT', `There is no region ${unknown.join(', ')}`, `地域「${unknown.join('、')}」はありません。`, { field: 'regions' }));
        }
        const outside = asked.filter((code) => !regions.includes(code as string));
        if (outside.length > 0) {
          return refused(
            hubError('FORBIDDEN', `The region ${outside.join(', ')} does not share ${this.subgraph} with you`, `地域「${outside.join('、')}」のデータは共有されていません。`, {
              region: outside[0],
            }),
          );
        }
        regions = regions.filter((code) => asked.includes(code));
      }
    }

    if (routing.strategy === 'LIST') {
      return { key, parts: regions.map((region) => ({ region, field })), merge: (parts) => mergeLists(key, parts), errors: [] };
    }
    if (routing.strategy === 'REFERENCE_LIST') {
      const hidden = withSelections(field, `${HIDDEN.key}: ${routing.argument}`);
      const own = this.anyRegion(caller);
      const ordered = [own, ...regions.filter((r) => r !== own)];
      return {
        key,
        parts: ordered.map((region) => ({ region, field: hidden })),
        merge: (parts) => mergeReferenceLists(key, parts, (itemKey) => this.hostingRegion(itemKey)),
        errors: [],
      };
    }

    // CONNECTION
    let after;
    try {
      after = decodeMergedCursor(argumentValue(field, 'after', variables), 'after');
    } catch (error) {
      return refused(error as GraphQLError);
    }
    const size = argumentValue(field, 'first', variables) ?? routing.defaultFirst ?? 20;
    const withHidden = withSelections(field, CONNECTION_SELECTIONS);
    return {
      key,
      parts: regions.map((region) => ({ region, field: withArgument(withHidden, 'after', after[region] ?? null) })),
      merge: (parts, unanswered) =>
        mergeConnections(field, fetch.fragments, parts, {
          first: typeof size === 'number' ? size : 0,
          after,
          hadCursor: Object.keys(after).length > 0,
          unanswered,
        }),
      errors: [],
    };
  }

  private async rootFields(fetch: FetchOperation, variables: Record<string, unknown>, caller: CallerContext): Promise<SubgraphAnswer> {
    const plans = fetch.rootFields.map((field) => this.plan(fetch, field, variables, caller));
    const regions = [...new Set(plans.flatMap((p) => p.parts.map((part) => part.region)))];
    const answers = new Map<string, { ok: true; answer: SubgraphAnswer } | { ok: false; failure: RegionFailure }>();
    const ask = async (region: string) => {
      const fields = plans.flatMap((p) => p.parts.filter((part) => part.region === region).map((part) => part.field));
      const operation = operationWith(fetch, fields, variables);
      answers.set(region, await this.instances.get(region)!.send(operation, this.headers(caller, region)));
    };
    // Reads go to every region at once; writes one region after another, in the order the caller wrote them.
    if (fetch.rootType === 'Mutation') for (const region of regions) await ask(region);
    else await Promise.all(regions.map(ask));

    const data: Record<string, unknown> = {};
    const errors: FormattedError[] = [];
    const reported = new Set<string>();
    for (const result of answers.values()) {
      if (!result.ok) continue;
      for (const error of result.answer.errors ?? []) {
        if (typeof error.path?.[0] !== 'string') errors.push(error);
      }
    }
    for (const plan of plans) {
      errors.push(...plan.errors);
      const parts: RegionPart[] = [];
      const unanswered: string[] = [];
      for (const { region } of plan.parts) {
        const result = answers.get(region)!;
        if (!result.ok) {
          unanswered.push(region);
          // One error per region and field, at the field.
          if (!reported.has(`${region}:${plan.key}`)) errors.push(this.failure(result.failure, region, [plan.key]));
          reported.add(`${region}:${plan.key}`);
          continue;
        }
        parts.push({
          region,
          value: result.answer.data?.[plan.key] ?? null,
          errors: (result.answer.errors ?? []).filter((e) => e.path?.[0] === plan.key),
        });
      }
      const merged = plan.merge(parts, unanswered);
      data[plan.key] = merged.value;
      errors.push(...merged.errors);
    }
    // Bad input is refused by every region alike: say it once.
    const seen = new Set<string>();
    const distinct = errors.filter((e) => {
      const key = JSON.stringify([e.message, e.path, e.extensions?.code, e.extensions?.region]);
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return { data, ...(distinct.length ? { errors: distinct } : {}) };
  }
}
