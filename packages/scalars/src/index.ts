// The scalars every subgraph shares, so that a date means the same thing wherever it comes from: instants are
// given with the Asia/Tokyo offset, and calendar dates are days in Japan.
import { GraphQLScalarType, Kind } from 'graphql';

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 2026-11-24T00:30:00Z → 2026-11-24T09:30:00+09:00 */
export function toTokyoIso(date: Date): string {
  return `${new Date(date.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

/** The day in Japan an instant falls on: 2026-11-24T15:30:00Z → 2026-11-25. */
export function tokyoDate(date: Date): string {
  return new Date(date.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight in Japan at the start of a day: 2026-11-25 → 2026-11-24T15:00:00Z. */
export function tokyoMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - TOKYO_OFFSET_MS);
}

/** The day a number of days after another: addDays('2026-12-31', 1) → 2027-01-01. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar day in YYYY-MM-DD form (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function readDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO 8601 date and time');
  return date;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: '日時（ISO 8601、日本時間 +09:00） / ISO 8601 date and time with the Asia/Tokyo offset',
  serialize: (value) => toTokyoIso(value instanceof Date ? value : new Date(String(value))),
  parseValue: readDateTime,
  parseLiteral: (ast) => readDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function readDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) throw new TypeError('Date must be a calendar day, YYYY-MM-DD');
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: '日付（YYYY-MM-DD、日本の暦日） / A calendar day in Japan, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? tokyoDate(value) : readDate(String(value))),
  parseValue: readDate,
  parseLiteral: (ast) => readDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
