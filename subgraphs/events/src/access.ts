// Who may write what. The directives in schema.graphql say who may try (events:write, events:write-own);
// these functions look at the record: the region it belongs to and who organises it. Who may *see* an event
// is decided in SQL (db/queries.ts visibleTo), so that a hidden event is never returned or counted.
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import type { EventRow } from './db/schema.js';

const forbidden = (message: string, messageJa: string) => hubError('FORBIDDEN', message, messageJa);

const isAdmin = (identity: Identity) => identity.roles.includes('hub_admin');

/** A new event: the region's municipal and prefecture staff, or an organisation's staff for its own events. */
export function assertMayCreate(identity: Identity, region: string, organizerId: string | null): void {
  if (isAdmin(identity)) return;
  const scopes = scopesOf(identity);
  if (identity.region === region && scopes.has('events:write')) return;
  if (identity.region === region && scopes.has('events:write-own') && organizerId !== null && organizerId === identity.organizationId) return;
  throw forbidden(
    "You can register events only in your own region, and for your own organisation unless you are the region's staff",
    '催しを登録できるのは自分の地域で、自治体・都道府県の職員でなければ自団体が主催するものだけです。',
  );
}

/** Editing: any event of the own region with events:write, or an event the own organisation organises. */
export function assertMayEdit(identity: Identity, row: EventRow): void {
  if (isAdmin(identity)) return;
  const scopes = scopesOf(identity);
  if (scopes.has('events:write') && identity.region === row.region) return;
  if (scopes.has('events:write-own') && row.organizerId !== null && row.organizerId === identity.organizationId) return;
  throw forbidden('You may not edit this event', 'この催しを編集する権限がありません。');
}

/** Importing an open-data file: the region's municipal and prefecture staff. */
export function assertMayImport(identity: Identity, region: string): void {
  if (isAdmin(identity)) return;
  if (scopesOf(identity).has('events:write') && identity.region === region) return;
  throw forbidden('You can import events only into your own region', '催しを取り込めるのは自分の地域だけです。');
}
