import type { RequestScope } from '@renkei/subgraph-host';
import type { Logger } from '@renkei/telemetry';
import type { FoodBanksOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';
import type { RegionalOffers } from './regional-offers.js';

/** A request's context: the scope every subgraph works out (caller, regions, purpose), and this subgraph's own part. */
export interface FoodBanksContext extends RequestScope {
  orm: FoodBanksOrm;
  loaders: Loaders;
  /** For what only operators can put right (a claim another region could not give back). */
  logger: Logger;
  /** Offers held by other regions' instances, read and claimed with the caller's own token. */
  offers: RegionalOffers;
  /** Counts from 1 up to below this are suppressed in referral statistics. */
  suppressBelow: number;
  /** The time the answer is given at. */
  now: Date;
  /** The day in Japan the answer is given on: best-before dates are compared with it. */
  today: string;
}
