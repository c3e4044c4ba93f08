// The search and lookups. The search fans out across regions at the gateway (CONNECTION: merged by the sort key
// in each cursor), so each regional instance answers for its own regions only.
import { decodeCursor, encodeCursor, pageSize } from '@renkei/connections';
import { badUserInput } from '@renkei/errors';
import { municipalityCode } from '@renkei/input-checks';
import { approximateLocation, prefectureOfOwnCode } from '@renkei/municipalities';
import { noteConfidentialListed } from '../audit.js';
import type { SheltersContext } from '../context.js';
import { hiddenConfidentialVacancy, shelterPage, type Origin, type ShelterSearch } from '../db/queries.js';
import { coordinates } from '../validation.js';
import { ACCESSIBILITY, BED_CATEGORIES, ELIGIBLE_GROUPS, HAZARDS, INTAKE_ROUTES, SHELTER_KINDS, terms } from '../vocabulary.js';
import { loadShelter } from './shelter.js';

/** Farther than any two places in Japan: a larger radius is a mistake, not a wish. */
const MAX_RADIUS_KM = 3000;

interface NearInput {
  municipalityCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
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

function origin(near: NearInput | null | undefined): Origin | null {
  if (!near) return null;
  const hasPoint = (near.latitude ?? null) !== null || (near.longitude ?? null) !== null;
  const hasCode = (near.municipalityCode ?? null) !== null;
  if (hasPoint === hasCode) {
    throw badUserInput(
      'Give either a municipality code or a latitude and longitude as the starting point',
      '起点は市区町村コードか緯度・経度のどちらか一方で指定してください。',
      'filter.near',
    );
  }
  if (hasPoint) {
    const { latitude, longitude } = coordinates(near.latitude, near.longitude, 'filter.near.');
    return { latitude: latitude!, longitude: longitude! };
  }
  const raw = String(near.municipalityCode).normalize('NFKC').trim();
  const code = prefectureOfOwnCode(raw) ? raw : municipalityCode(raw, 'filter.near.municipalityCode');
  const place = approximateLocation(code);
  if (!place) {
    throw badUserInput('No location is known for that local government', 'その自治体の位置が分かりません。', 'filter.near.municipalityCode');
  }
  return { latitude: place.latitude, longitude: place.longitude };
}

function checkedSearch(ctx: SheltersContext, filter: ShelterFilterInput, regions: string[]): ShelterSearch {
  const from = origin(filter.near);
  const withinKm = filter.withinKm ?? null;
  if (withinKm !== null) {
    if (!from) throw badUserInput('withinKm needs a starting point (near)', '距離の条件には起点（near）が必要です。', 'filter.withinKm');
    if (!(withinKm > 0 && withinKm <= MAX_RADIUS_KM)) {
      throw badUserInput(`withinKm must be more than 0 and at most ${MAX_RADIUS_KM}`, `距離は0より大きく${MAX_RADIUS_KM}以下で指定してください。`, 'filter.withinKm');
    }
  }
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
        confidentialVacancy: hidden.map((h) => ({
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
