// Mutations: validate, check the caller may write this record, then write and audit in one transaction.
// A confidential shelter the caller may not see is NOT_FOUND, exactly like one that does not exist, so that a
// write (or its error) never confirms that a secret shelter is there.
import { badUserInput, hubError, notFound } from '@renkei/errors';
import { municipalityCode } from '@renkei/input-checks';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import { regionToWrite } from '@renkei/subgraph-host';
import { and, eq, sql } from 'drizzle-orm';
import { assertMayCreate, assertMayEdit } from '../access.js';
import { auditWrite } from '../audit.js';
import type { SheltersContext } from '../context.js';
import { bedVacancy, shelter, type ShelterRow } from '../db/schema.js';
import { insertShelter } from '../db/writes.js';
import { importEvacuationSites, type ImportEvacuationSitesInput } from '../import/import.js';
import { bedUpdates, shelterDraft, vacancyChange, vacancyOverCapacity } from '../validation.js';
import { BED_CATEGORIES, type BedCategory } from '../vocabulary.js';
import { bedFigure, loadShelter } from './shelter.js';

const globalIdOf = (row: ShelterRow) => formatGlobalId(row.region, 'Shelter', row.id);

/** A shelter to change: of a region this request may write, that the caller can see, that the caller may change. */
async function editable(ctx: SheltersContext, id: string): Promise<ShelterRow> {
  const parsed = parseGlobalId(id, 'Shelter');
  const row = parsed && ctx.writableRegions.includes(parsed.region) ? await loadShelter(ctx, id) : null;
  if (!row) throw notFound('There is no such shelter', 'その施設はありません。');
  assertMayEdit(ctx.identity, row);
  return row;
}

function conflict(message: string, messageJa: string) {
  return hubError('CONFLICT', message, messageJa);
}

export const mutationResolvers = {
  Mutation: {
    createShelter: async (_: unknown, { input }: { input: Record<string, unknown> }, ctx: SheltersContext) => {
      const region = regionToWrite(ctx, municipalityCode(input.municipalityCode, 'input.municipalityCode'), 'input.municipalityCode');
      const draft = shelterDraft({ ...input, operatorId: input.operatorId ?? ctx.identity.organizationId ?? null });
      assertMayCreate(ctx.identity, region, draft);
      return ctx.orm.transaction(async (tx) => {
        const row = await insertShelter(tx, region, draft);
        await auditWrite(tx, ctx, 'Mutation.createShelter', [globalIdOf(row)], Object.keys(input));
        return row;
      });
    },
    updateShelterVacancy: async (_: unknown, args: { id: string; beds: unknown[] }, ctx: SheltersContext) => {
      const updates = bedUpdates(args.beds, 'beds');
      const existing = await editable(ctx, args.id);
      return ctx.orm.transaction(async (tx) => {
        const now = new Date();
        for (const [i, u] of updates.entries()) {
          // The figure is locked until the transaction ends: a concurrent update waits, then sees this one's version.
          const [current] = await tx
            .select()
            .from(bedVacancy)
            .where(and(eq(bedVacancy.shelterId, existing.id), eq(bedVacancy.category, u.category)))
            .for('update');
          if (u.expectedVersion !== null && current?.version !== u.expectedVersion) {
            const [ja, en] = BED_CATEGORIES[u.category];
            throw conflict(
              `The figure of the category "${en}" was changed by someone else since you read it (now version ${current?.version ?? 0}): read it again`,
              `${ja}の空き状況は読み込んだ後に他の人が更新しました（現在の版 ${current?.version ?? 0}）。読み込み直してください。`,
            );
          }
          const capacity = u.capacity ?? current?.capacity ?? null;
          if (capacity === null) {
            throw badUserInput(`Give the capacity of the new bed category ${u.category}`, `新しいベッド区分 ${u.category} の定員を指定してください。`, `beds.${i}.capacity`);
          }
          if (u.vacant > capacity) throw vacancyOverCapacity(`beds.${i}.vacant`, capacity);
          if (current) {
            await tx
              .update(bedVacancy)
              .set({ vacant: u.vacant, capacity, confirmedAt: now, version: sql`${bedVacancy.version} + 1` })
              .where(and(eq(bedVacancy.shelterId, existing.id), eq(bedVacancy.category, u.category)));
          } else {
            await tx.insert(bedVacancy).values({ shelterId: existing.id, category: u.category, capacity, vacant: u.vacant, confirmedAt: now });
          }
        }
        const [row] = await tx.update(shelter).set({ updatedAt: now }).where(eq(shelter.id, existing.id)).returning();
        await auditWrite(tx, ctx, 'Mutation.updateShelterVacancy', [args.id], updates.map((u) => `beds.${u.category}`));
        return row;
      });
    },
    adjustShelterVacancy: async (_: unknown, args: { id: string; category: BedCategory; change: number }, ctx: SheltersContext) => {
      const change = vacancyChange(args.change, 'change');
      const existing = await editable(ctx, args.id);
      return ctx.orm.transaction(async (tx) => {
        // One statement reads and writes the figure, so concurrent changes queue on the row and none is lost.
        const [updated] = await tx
          .update(bedVacancy)
          .set({ vacant: sql`${bedVacancy.vacant} + ${change}`, confirmedAt: new Date(), version: sql`${bedVacancy.version} + 1` })
          .where(
            and(
              eq(bedVacancy.shelterId, existing.id),
              eq(bedVacancy.category, args.category),
              sql`${bedVacancy.vacant} + ${change} between 0 and ${bedVacancy.capacity}`,
            ),
          )
          .returning();
        if (!updated) {
          const [current] = await tx
            .select()
            .from(bedVacancy)
            .where(and(eq(bedVacancy.shelterId, existing.id), eq(bedVacancy.category, args.category)));
          if (!current) throw notFound(`This shelter has no beds of the category "${BED_CATEGORIES[args.category][1]}"`, `この施設には${BED_CATEGORIES[args.category][0]}のベッドがありません。`);
          const [ja, en] = BED_CATEGORIES[args.category];
          throw conflict(
            change < 0
              ? `Only ${current.vacant} beds of the category "${en}" are free`
              : `${current.vacant} of the ${current.capacity} beds of the category "${en}" are free already: ${change} more cannot be freed`,
            change < 0
              ? `${ja}の空きは${current.vacant}床だけです。`
              : `${ja}は定員${current.capacity}床のうち${current.vacant}床が空いています。これ以上は増やせません。`,
          );
        }
        await tx.update(shelter).set({ updatedAt: new Date() }).where(eq(shelter.id, existing.id));
        await auditWrite(tx, ctx, 'Mutation.adjustShelterVacancy', [args.id], [`beds.${args.category}`]);
        return bedFigure(ctx, updated);
      });
    },
    importEvacuationSites: (_: unknown, { input }: { input: ImportEvacuationSitesInput }, ctx: SheltersContext) => importEvacuationSites(ctx, input),
  },
};
