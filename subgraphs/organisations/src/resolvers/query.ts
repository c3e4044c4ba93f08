import { badUserInput } from '@renkei/errors';
import { checkMunicipalityCode, describeCodeProblem, municipalitiesOfPrefecture } from '@renkei/municipalities';
import { parseGlobalId } from '@renkei/regions';
import type { OrganisationsContext } from '../context.js';
import { searchNetworks, searchOrganizations } from '../db/queries.js';
import {
  LEGAL_FORMS,
  NETWORK_MEMBER_ROLES,
  PROGRAMME_ROLES,
  SCHOOL_AGE_BANDS,
  SERVICE_CATEGORIES,
  TARGET_GROUPS,
  type Term,
} from '../vocabulary.js';
import { municipalityCode } from '../validation.js';
import { loadOrganization } from './organization.js';
import { connection, decodeCursor, pageSize } from '@renkei/connections';

interface OrganizationFilterInput {
  text?: string | null;
  serviceCategories?: string[] | null;
  targetGroups?: string[] | null;
  municipalityCode?: string | null;
  regionCode?: string | null;
  legalForms?: string[] | null;
  programmeRoles?: string[] | null;
}

function terms(vocabulary: Record<string, Term>) {
  return Object.entries(vocabulary).map(([code, t]) => ({ code, nameJa: t.ja, nameEn: t.en }));
}

function requireRegion(ctx: OrganisationsContext, code: string, field: string) {
  if (!ctx.registry.region(code)) {
    throw badUserInput(`There is no region "${code}"`, `地域「${code}」はありません。`, field);
  }
  return code;
}

/** The regions a list reads: those served for the request, narrowed to the `regions` argument when given. */
function listRegions(ctx: OrganisationsContext, only: string[] | null | undefined): string[] {
  if (!only) return ctx.regions;
  for (const code of only) requireRegion(ctx, code, 'regions');
  return ctx.regions.filter((code) => only.includes(code));
}

function requireId(id: string, type: string, field = 'id') {
  const parsed = parseGlobalId(id, type);
  if (!parsed) {
    throw badUserInput(`"${id}" is not a ${type} ID`, `「${id}」は${type}のIDとして正しくありません。`, field);
  }
  return parsed;
}

export const queryResolvers = {
  Query: {
    organization: (_: unknown, { id }: { id: string }, ctx: OrganisationsContext) => {
      requireId(id, 'Organization');
      return loadOrganization(ctx, id);
    },
    organizations: async (
      _: unknown,
      args: {
        filter?: OrganizationFilterInput | null;
        first?: number | null;
        after?: string | null;
        regions?: string[] | null;
      },
      ctx: OrganisationsContext,
    ) => {
      const filter = args.filter ?? {};
      if ((filter.text ?? '').length > 200) {
        throw badUserInput('The search text must be at most 200 characters', '検索語は200文字以内で入力してください。', 'filter.text');
      }
      const first = pageSize(args.first);
      const position = decodeCursor(args.after);
      const regions = listRegions(ctx, args.regions);
      const page = await searchOrganizations(
        ctx.orm,
        {
          ...filter,
          municipalityCode: filter.municipalityCode ? municipalityCode(filter.municipalityCode, 'filter.municipalityCode') : null,
          regionCode: filter.regionCode ? requireRegion(ctx, filter.regionCode, 'filter.regionCode') : null,
          regions,
        },
        first,
        position,
      );
      for (const row of page.rows) ctx.loaders.organization.prime(row.id, row);
      return connection(page.rows, page.totalCount, page.hasNextPage);
    },
    municipality: (_: unknown, { code }: { code: string }) => {
      const check = checkMunicipalityCode(code.normalize('NFKC').trim());
      if (!check.ok) {
        const { message, messageJa } = describeCodeProblem(check.problem, code);
        throw badUserInput(message, messageJa, 'code');
      }
      return check.municipality;
    },
    municipalities: (_: unknown, { prefectureCode }: { prefectureCode: string }) => {
      const list = /^\d{2}$/.test(prefectureCode) ? municipalitiesOfPrefecture(prefectureCode) : [];
      if (list.length === 0) {
        throw badUserInput(
          `"${prefectureCode}" is not a prefecture code (01 to 47)`,
          `「${prefectureCode}」は都道府県コード（01〜47）ではありません。`,
          'prefectureCode',
        );
      }
      return list;
    },
    regions: (_: unknown, __: unknown, ctx: OrganisationsContext) => ctx.registry.regions,
    region: (_: unknown, { code }: { code: string }, ctx: OrganisationsContext) => ctx.registry.region(code) ?? null,
    network: async (_: unknown, { id }: { id: string }, ctx: OrganisationsContext) => {
      const parsed = requireId(id, 'Network');
      if (!ctx.regions.includes(parsed.region)) return null;
      const row = await ctx.loaders.network.load(parsed.localId);
      return row && row.region === parsed.region ? row : null;
    },
    networks: async (
      _: unknown,
      args: { regionCode?: string | null; first?: number | null; after?: string | null; regions?: string[] | null },
      ctx: OrganisationsContext,
    ) => {
      const listed = listRegions(ctx, args.regions);
      const regions = args.regionCode
        ? [requireRegion(ctx, args.regionCode, 'regionCode')].filter((r) => listed.includes(r))
        : listed;
      const page = await searchNetworks(ctx.orm, regions, pageSize(args.first), decodeCursor(args.after));
      for (const row of page.rows) ctx.loaders.network.prime(row.id, row);
      return connection(page.rows, page.totalCount, page.hasNextPage);
    },
    vocabularies: () => ({
      legalForms: terms(LEGAL_FORMS),
      programmeRoles: terms(PROGRAMME_ROLES),
      serviceCategories: terms(SERVICE_CATEGORIES),
      targetGroups: terms(TARGET_GROUPS),
      schoolAgeBands: terms(SCHOOL_AGE_BANDS),
      networkMemberRoles: terms(NETWORK_MEMBER_ROLES),
    }),
  },
};

export { requireId };
