import { GraphQLScalarType, Kind } from 'graphql';

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** 2026-11-24T00:30:00Z → 2026-11-24T09:30:00+09:00 */
export function toTokyoIso(date: Date): string {
  return `${new Date(date.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: '日時（ISO 8601、日本時間 +09:00） / ISO 8601 date and time with the Asia/Tokyo offset',
  serialize: (value) => toTokyoIso(value instanceof Date ? value : new Date(String(value))),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO 8601 date and time');
    return date;
  },
  parseLiteral: (ast) => {
    const date = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO 8601 date and time');
    return date;
  },
});
