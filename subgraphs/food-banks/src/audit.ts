// This subgraph's audit trail, in the same append-only, hash-chained form as the other subgraphs' (see
// @renkei/audit, which also reads it). Writes are recorded in the transaction that makes them. Every read of a
// referral, and every read of a donor's contact, is collected during the request and recorded before the
// answer leaves: an answer whose reads cannot be recorded is not given.
import { appendAudit, auditEntry, auditReadsPlugin, auditTrailResolvers } from '@renkei/audit';
import { formatGlobalId } from '@renkei/regions';
import type { FoodBanksContext } from './context.js';
import type { FoodBanksOrm } from './db/queries.js';
import { auditRecord, type DonationOfferRow, type FoodReferralRow } from './db/schema.js';
import type { Tx } from './db/writes.js';

export function auditWrite(tx: Tx, ctx: FoodBanksContext, operation: string, recordIds: string[], fields: string[]) {
  return appendAudit(tx as never, auditRecord, [auditEntry(ctx, 'write', operation, recordIds, fields)]);
}

export const referralGlobalId = (row: Pick<FoodReferralRow, 'region' | 'id'>) => formatGlobalId(row.region, 'FoodReferral', row.id);
export const offerGlobalId = (row: Pick<DonationOfferRow, 'region' | 'id'>) => formatGlobalId(row.region, 'DonationOffer', row.id);

/** The offer a @sensitive field (the donor) is read on, for the guard. */
export function recordIdsOf(typeName: string, parent: unknown): string[] {
  return typeName === 'DonationOffer' && parent ? [offerGlobalId(parent as DonationOfferRow)] : [];
}

/** Notes the referrals an answer gives out, for the audit trail: every read of a referral is recorded. */
export function noteReferralsRead(ctx: FoodBanksContext, rows: readonly (FoodReferralRow | null)[], field: string): void {
  const ids = rows.flatMap((row) => (row ? [referralGlobalId(row)] : []));
  if (ids.length > 0) ctx.sensitiveReads.push({ field, recordIds: ids, selected: ['referral'] });
}

export const auditPlugin = (orm: FoodBanksOrm) => auditReadsPlugin<FoodBanksContext>(orm, auditRecord);

export const auditResolvers = auditTrailResolvers(auditRecord, { trail: 'foodAuditTrail', check: 'foodAuditTrailCheck', export: 'exportFoodAuditTrail' });
