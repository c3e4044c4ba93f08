// Time in the generated data. Nothing reads the clock: "now" is a fixed instant, so that two runs with the same
// seed write the same rows. Japan has no daylight saving time, so Japan time is UTC+9 throughout.

const DAY_MS = 86_400_000;
const JST_MS = 9 * 3_600_000;

/**
 * The instant the data set describes as "now": vacancy figures were confirmed in the hours before it, stock is
 * before or past its best-before relative to it, consultations were posted up to it. Shelter figures older than a
 * day count as stale, so a benchmark run long after this day sees every figure as stale (see the report).
 */
export const REFERENCE_TIME = new Date('2026-11-24T09:00:00+09:00');

/** The events' calendar: five years. */
export const EVENTS_FROM = '2022-01-01';
export const EVENTS_TO = '2026-12-31';

export { DAY_MS };

/** Midnight in Japan at the start of the day, as an instant (ms). */
export function tokyoMidnightMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - JST_MS;
}

/** The day in Japan (YYYY-MM-DD) of an instant (ms). */
export function tokyoDay(ms: number): string {
  return new Date(ms + JST_MS).toISOString().slice(0, 10);
}

/** The day a number of days after another. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Day of the week in Japan, 0 = Sunday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
