// Storing a post: the API's confirm and the demo loader write it the same way, with the held-back posts its
// group releases.
import { eq } from 'drizzle-orm';
import { releasedValues, type Decision } from '../drafting.js';
import type { Tx } from './queries.js';
import { consultationPost, type ConsultationPostRow } from './schema.js';

export async function insertPost(tx: Tx, row: ConsultationPostRow, released: Decision['released']): Promise<void> {
  await tx.insert(consultationPost).values(row);
  for (const r of released) {
    await tx.update(consultationPost).set(releasedValues(r.quasiIdentifiers, r.steps)).where(eq(consultationPost.id, r.row.id));
  }
}
