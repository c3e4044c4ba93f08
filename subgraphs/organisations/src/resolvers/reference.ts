// Municipality, Region and Prefecture come from reference data (no SQL), except for the organisations they list.
import { findMunicipality, prefectures, type Municipality } from '@renkei/municipalities';
import type { Region } from '@renkei/regions';
import type { OrganisationsContext } from '../context.js';
import { decodeCursor, pageSize } from '@renkei/connections';
import { organizationPage } from './organization.js';

const PREFECTURE_NAMES = new Map(prefectures().map((p) => [p.code, p.name]));

export function prefecture(code: string) {
  return { code, name: PREFECTURE_NAMES.get(code) ?? code };
}

export function municipalities(codes: string[]): Municipality[] {
  return codes.map((code) => findMunicipality(code)).filter((m): m is Municipality => m !== undefined);
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const referenceResolvers = {
  Municipality: {
    __resolveReference: ({ code }: { code: string }) => findMunicipality(code) ?? null,
    prefecture: (m: Municipality) => prefecture(m.prefectureCode),
    region: (m: Municipality, _: unknown, ctx: OrganisationsContext) => ctx.registry.regionOfMunicipality(m.code) ?? null,
    organizations: async (m: Municipality, args: PageArgs, ctx: OrganisationsContext) =>
      organizationPage(
        ctx,
        await ctx.loaders.organizationsByMunicipality.load({
          key: m.code,
          first: pageSize(args.first),
          position: decodeCursor(args.after),
        }),
      ),
  },
  Region: {
    __resolveReference: ({ code }: { code: string }, ctx: OrganisationsContext) => ctx.registry.region(code) ?? null,
    prefecture: (r: Region) => prefecture(r.prefectureCode),
    municipalities: (r: Region) => municipalities(r.municipalityCodes),
    areas: (r: Region) => r.areas.map((a) => ({ name: a.name, municipalities: municipalities(a.municipalityCodes) })),
    organizations: async (r: Region, args: PageArgs, ctx: OrganisationsContext) =>
      organizationPage(
        ctx,
        await ctx.loaders.organizationsByRegion.load({
          key: r.code,
          first: pageSize(args.first),
          position: decodeCursor(args.after),
        }),
      ),
  },
};
