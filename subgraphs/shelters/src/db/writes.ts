// Writes. Each takes a transaction, so that a shelter and its beds are written together or not at all.
import { normaliseForSearch } from '@renkei/japanese-text';
import { eq } from 'drizzle-orm';
import type { ShelterDraft } from '../validation.js';
import type { SheltersOrm } from './queries.js';
import { bedVacancy, shelter, type ShelterRow } from './schema.js';

export type Tx = Parameters<Parameters<SheltersOrm['transaction']>[0]>[0];

export interface Provenance {
  id?: string;
  source?: string | null;
  sourceKey?: string | null;
  /** When the demo's figures were confirmed; now otherwise. */
  confirmedAt?: (category: string) => Date;
}

function columnsOf(draft: ShelterDraft) {
  const { beds: _beds, ...columns } = draft;
  return {
    ...columns,
    searchText: normaliseForSearch([draft.name, draft.nameKana, draft.address, draft.operatorName].filter(Boolean).join(' ')),
  };
}

export async function insertShelter(tx: Tx, region: string, draft: ShelterDraft, provenance: Provenance = {}): Promise<ShelterRow> {
  const [row] = await tx
    .insert(shelter)
    .values({
      ...columnsOf(draft),
      region,
      ...(provenance.id ? { id: provenance.id } : {}),
      source: provenance.source ?? null,
      sourceKey: provenance.sourceKey ?? null,
    })
    .returning();
  if (draft.beds.length > 0) {
    const now = new Date();
    await tx.insert(bedVacancy).values(
      draft.beds.map((b) => ({ shelterId: row!.id, ...b, confirmedAt: provenance.confirmedAt?.(b.category) ?? now })),
    );
  }
  return row!;
}

/** Replaces an imported site's content (its beds, which a dataset does not have, are left alone). */
export async function replaceShelter(tx: Tx, existing: ShelterRow, draft: ShelterDraft, source?: string | null): Promise<ShelterRow> {
  const [row] = await tx
    .update(shelter)
    .set({ ...columnsOf(draft), ...(source !== undefined ? { source } : {}), updatedAt: new Date() })
    .where(eq(shelter.id, existing.id))
    .returning();
  return row!;
}
