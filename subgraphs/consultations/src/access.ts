// Who may read and write which consultation. The directives in schema.graphql say who may try (scopes); the
// sharing rule itself is one SQL condition (db/queries.ts, readableBy) that every read and write of a post goes
// through: a post is read by its own organisation's workers (also while held back), by the workers of its
// municipality (MUNICIPALITY), of its region (REGION), and of the regions its region shares consultations with
// (NETWORK).
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import { parseGlobalId } from '@renkei/regions';
import type { ConsultationPostRow } from './db/schema.js';

const forbidden = (message: string, messageJa: string) => hubError('FORBIDDEN', message, messageJa);

/** What a reader is, for the sharing rule: nothing at all for a caller who may not read consultations. */
export interface Reader {
  organizationId: string;
  region: string;
  municipalityCode: string | null;
}

export function readerOf(identity: Identity): Reader | null {
  if (!identity.authenticated || !scopesOf(identity).has('consultations:read')) return null;
  const organizationId = identity.organizationId && parseGlobalId(identity.organizationId, 'Organization') ? identity.organizationId : null;
  if (!organizationId || !identity.region) return null;
  return { organizationId, region: identity.region, municipalityCode: identity.municipalityCode ?? null };
}

/** A writer: a consultation worker of an organisation. */
export function writerOf(identity: Identity): Reader {
  const reader = identity.authenticated && scopesOf(identity).has('consultations:write') ? readerOf(identity) : null;
  if (!reader) {
    throw forbidden('Only consultation workers of an organisation post and answer consultations', '事例相談の投稿・回答ができるのは団体に所属する相談支援員だけです。');
  }
  return reader;
}

export function assertPostsInOwnRegion(writer: Reader, region: string): void {
  if (writer.region !== region) throw forbidden('You can post consultations only in your own region', '事例相談を投稿できるのは自分の地域だけです。');
}

/** A post kept within a municipality is about a case of the writer's own municipality, and read by its workers. */
export function assertMunicipalityScope(writer: Reader, draft: { sharingScope: string; municipalityCode: string }): void {
  if (draft.sharingScope === 'MUNICIPALITY' && draft.municipalityCode !== writer.municipalityCode) {
    throw forbidden(
      "A post shared within a municipality is about a case of your own municipality",
      '市町村内で共有する投稿は、自分の市町村の事例についてだけ投稿できます。',
    );
  }
}

export function assertOwnPost(writer: Reader, post: ConsultationPostRow): void {
  if (post.organizationId !== writer.organizationId) {
    throw forbidden("Only the posting organisation's workers may close a post", '投稿を終了できるのは投稿した団体の相談支援員だけです。');
  }
}

