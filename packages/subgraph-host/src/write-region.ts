// Which region a new record goes to: the one whose member its municipality is, and only if this request may
// write there (the instance hosts it, and the gateway sent the request for it).
import { badUserInput, hubError } from '@renkei/errors';
import type { RequestScope } from './serve.js';

/** The region to write a record of a municipality (a checked 6-digit code) to. */
export function regionToWrite(scope: Pick<RequestScope, 'registry' | 'writableRegions'>, municipalityCode: string, field: string): string {
  const region = scope.registry.regionOfMunicipality(municipalityCode)?.code;
  if (!region) {
    throw badUserInput('No region on the hub holds that municipality', 'その市区町村を持つ地域はハブにありません。', field);
  }
  if (!scope.writableRegions.includes(region)) {
    throw hubError('FORBIDDEN', 'This instance does not hold the region of that municipality', 'この市区町村の地域はこのインスタンスにはありません。');
  }
  return region;
}
