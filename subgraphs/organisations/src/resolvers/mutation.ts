// Mutations: validate everything first, then write in one transaction, so bad input changes nothing.
import { badUserInput, notFound } from '@renkei/errors';
import { formatGlobalId } from '@renkei/regions';
import { assertMayCreateIn, assertMayEdit } from '../access.js';
import { auditWrite } from '../audit.js';
import type { OrganisationsContext } from '../context.js';
import { addService, insertOrganization, removeService, updateOrganization, updateService } from '../db/writes.js';
import * as validate from '../validation.js';
import { requireId } from './query.js';

/**
 * The region a new record belongs to: the one holding its municipality, which this instance must host (and the
 * request be for, when the gateway names a region).
 */
function regionFor(ctx: OrganisationsContext, municipalityCode: string, field: string): string {
  const region = ctx.registry.regionOfMunicipality(municipalityCode);
  if (!region || !ctx.writableRegions.includes(region.code)) {
    throw badUserInput(
      `The municipality ${municipalityCode} is not in a region this instance hosts`,
      `市区町村 ${municipalityCode} はこのインスタンスが保持する地域に含まれません。`,
      field,
    );
  }
  return region.code;
}

async function existingOrganization(ctx: OrganisationsContext, id: string, field: string) {
  const parsed = requireId(id, 'Organization', field);
  const row = ctx.writableRegions.includes(parsed.region) ? await ctx.loaders.organization.load(parsed.localId) : null;
  if (!row || row.region !== parsed.region) {
    throw notFound(`No organisation has the ID ${id}`, `ID ${id} の組織はありません。`);
  }
  return row;
}

async function existingService(ctx: OrganisationsContext, id: string) {
  const parsed = requireId(id, 'Service');
  const row = ctx.writableRegions.includes(parsed.region) ? await ctx.loaders.service.load(parsed.localId) : null;
  const org = row ? await ctx.loaders.organization.load(row.organizationId) : null;
  if (!row || !org || org.region !== parsed.region) {
    throw notFound(`No service has the ID ${id}`, `ID ${id} のサービスはありません。`);
  }
  return { row, org };
}

/** Reads a row after a write, past the request's loader cache. */
async function fresh(ctx: OrganisationsContext, localId: string) {
  ctx.loaders.organization.clear(localId);
  ctx.loaders.servicesByOrganization.clear(localId);
  return ctx.loaders.organization.load(localId);
}

type Input = Record<string, unknown>;

export const mutationResolvers = {
  Mutation: {
    createOrganization: async (_: unknown, { input }: { input: Input }, ctx: OrganisationsContext) => {
      const draft = validate.organization(input);
      const region = regionFor(ctx, draft.municipalityCode, 'input.municipalityCode');
      assertMayCreateIn(ctx.identity, region);
      const id = await ctx.orm.transaction(async (tx) => {
        const created = await insertOrganization(tx, region, draft);
        await auditWrite(tx, ctx, 'Mutation.createOrganization', [formatGlobalId(region, 'Organization', created)], Object.keys(input));
        return created;
      });
      return fresh(ctx, id);
    },
    updateOrganization: async (_: unknown, { id, input }: { id: string; input: Input }, ctx: OrganisationsContext) => {
      const patch = validate.organizationPatch(input);
      const existing = await existingOrganization(ctx, id, 'id');
      assertMayEdit(ctx.identity, existing);
      if (patch.municipalityCode && regionFor(ctx, patch.municipalityCode, 'input.municipalityCode') !== existing.region) {
        throw badUserInput(
          'An organisation cannot move to another region',
          '組織を別の地域に移すことはできません。',
          'input.municipalityCode',
        );
      }
      await ctx.orm.transaction(async (tx) => {
        await updateOrganization(tx, existing.id, patch);
        await auditWrite(tx, ctx, 'Mutation.updateOrganization', [id], Object.keys(input));
      });
      return fresh(ctx, existing.id);
    },
    addService: async (
      _: unknown,
      { organizationId, input }: { organizationId: string; input: Input },
      ctx: OrganisationsContext,
    ) => {
      const draft = validate.service(input, 'input');
      const org = await existingOrganization(ctx, organizationId, 'organizationId');
      assertMayEdit(ctx.identity, org);
      const row = await ctx.orm.transaction(async (tx) => {
        const added = await addService(tx, org.id, draft);
        await auditWrite(tx, ctx, 'Mutation.addService', [organizationId, formatGlobalId(org.region, 'Service', added.id)], Object.keys(input));
        return added;
      });
      return { ...row, region: org.region };
    },
    updateService: async (_: unknown, { id, input }: { id: string; input: Input }, ctx: OrganisationsContext) => {
      const patch = validate.servicePatch(input, 'input');
      const { row, org } = await existingService(ctx, id);
      assertMayEdit(ctx.identity, org);
      await ctx.orm.transaction(async (tx) => {
        await updateService(tx, org.id, row.id, patch);
        await auditWrite(tx, ctx, 'Mutation.updateService', [id], Object.keys(input));
      });
      ctx.loaders.service.clear(row.id);
      ctx.loaders.areasByService.clear(row.id);
      const updated = await ctx.loaders.service.load(row.id);
      return { ...updated, region: org.region };
    },
    removeService: async (_: unknown, { id }: { id: string }, ctx: OrganisationsContext) => {
      const { row, org } = await existingService(ctx, id);
      assertMayEdit(ctx.identity, org);
      await ctx.orm.transaction(async (tx) => {
        await removeService(tx, org.id, row.id);
        await auditWrite(tx, ctx, 'Mutation.removeService', [id], []);
      });
      return id;
    },
  },
};
