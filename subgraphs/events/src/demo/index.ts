// The checked-in demo events of each region, keyed by region code.
import { gifuEvents } from './gifu.js';
import { kikuchiEvents } from './kikuchi.js';
import { niigataEvents } from './niigata.js';
import type { DemoRegionEvents } from './types.js';

export const DEMO_EVENTS: Record<string, DemoRegionEvents> = {
  kikuchi: kikuchiEvents,
  niigata: niigataEvents,
  gifu: gifuEvents,
};
