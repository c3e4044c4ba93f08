// The search and lookups. The search fans out across regions at the gateway (CONNECTION: merged by the sort key
// in each cursor), so each regional instance answers for its own regions only.
import { decodeCursor, encodeCursor, pageSize } from '@renkei/connections';
import { badUserInput } from '@renkei/errors';
import { municipalityCode, radiusKm, startingPoint, type NearInput } from '@renkei/input-checks';
import { noteConfidentialListed } from '../audit.js';
import type { SheltersContext } from '../context.js';
import { hiddenConfidentialVacancy, shelterPage, type ShelterSearch } from '../db/queries.js';
import { ACCESSIBILITY, BED_CATEGORIES, ELIGIBLE_GROUPS, HAZARDS, INTAKE_ROUTES, SHELTER_KINDS, terms } from '../vocabulary.js';
import { loadShelter } from './shelter.js';

function registryOrder(ctx: SheltersContext, region: string): number {
  return ctx.registry.regions.findIndex((r) => r.code === region);
}

interface ShelterFilterInput {
  freeBed?: string | null;
  includeStale?: boolean | null;
  near?: NearInput | null;
  withinKm?: number | null;
  kinds?: string[] | null;
  municipalityCodes?: string[] | null;
  walkInOnly?: boolean | null;
  hazard?: string | null;
  text?: string | null;
}

function checkedSearch(ctx: SheltersContext, filter: ShelterFilterInput, regions: string[]): ShelterSearch {
  const from = startingPoint(filter.near, 'filter.near');
  const withinKm = radiusKm(filter.withinKm, from, 'filter.withinKm');
  if ((filter.text ?? '').length > 200) throw badUserInput('The search text is at most 200 characters', '検索語は200文字以内です。', 'filter.text');
  return {
    regions,
    freeBed: filter.freeBed ?? null,
    includeStale: filter.includeStale !== false,
    staleBefore: new Date(ctx.now.getTime() - ctx.staleAfterMinutes * 60_000),
    origin: from,
    withinKm,
    kinds: filter.kinds ?? null,
    municipalityCodes: filter.municipalityCodes?.map((code, i) => municipalityCode(code, `filter.municipalityCodes.${i}`)) ?? null,
    walkInOnly: filter.walkInOnly ?? null,
    hazard: filter.hazard ?? null,
    text: filter.text ?? null,
  };
}

export const queryResolvers = {
  Query: {
    shelter: async (_: unknown, { id }: { id: string }, ctx: SheltersContext) => {
      const row = await loadShelter(ctx, id);
      noteConfidentialListed(ctx, [row], 'Query.shelter');
      return row;
    },
    shelters: async (
      _: unknown,
      args: { filter?: ShelterFilterInput | null; first?: number | null; after?: string | null; regions?: string[] | null },
      ctx: SheltersContext,
    ) => {
      // The gateway narrows by region itself; a caller reaching this instance directly may narrow it too.
      const regions = args.regions ? ctx.regions.filter((r) => args.regions!.includes(r)) : ctx.regions;
      const search = checkedSearch(ctx, args.filter ?? {}, regions);
      const first = pageSize(args.first);
      const [page, hidden] = await Promise.all([
        shelterPage(ctx.orm, search, ctx.access, first, decodeCursor(args.after)),
        hiddenConfidentialVacancy(ctx.orm, search, ctx.access),
      ]);
      noteConfidentialListed(ctx, page.rows, 'Query.shelters');
      const edges = page.rows.map((node) => ({
        cursor: encodeCursor(node),
        node,
        distanceKm: node.distanceKm === null ? null : Math.round(node.distanceKm * 10) / 10,
      }));
      return {
        totalCount: page.totalCount,
        edges,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        // In registry order, as the gateway merges the regions it asked: one answer whichever way the regions were asked.
        confidentialVacancy: [...hidden].sort((a, b) => registryOrder(ctx, a.region) - registryOrder(ctx, b.region)).map((h) => ({
          ...h,
          regionName: ctx.registry.region(h.region)?.name ?? h.region,
          howToRefer: 'お住まいの自治体の相談窓口を通じて紹介を受けてください / Ask a consultation window of your municipality to refer you',
        })),
      };
    },
    shelterVocabularies: (_: unknown, __: unknown, ctx: SheltersContext) => ({
      kinds: terms(SHELTER_KINDS),
      bedCategories: terms(BED_CATEGORIES),
      intakeRoutes: terms(INTAKE_ROUTES),
      eligibleGroups: terms(ELIGIBLE_GROUPS),
      accessibility: terms(ACCESSIBILITY),
      hazards: terms(HAZARDS),
      staleAfterMinutes: ctx.staleAfterMinutes,
    }),
  },
};
