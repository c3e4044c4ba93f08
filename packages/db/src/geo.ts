// Distances computed in SQL, so that a listing can be ordered, filtered and paged by them in the database.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface Origin {
  latitude: number;
  longitude: number;
}

/** Straight-line (great-circle) distance in km from a point to a row's coordinates; null without coordinates. */
export function greatCircleKmSql(latitude: PgColumn, longitude: PgColumn, origin: Origin): SQL<number | null> {
  return sql<number | null>`(6371.0088 * 2 * asin(sqrt(
    power(sin(radians(${latitude} - ${origin.latitude}) / 2), 2) +
    cos(radians(${origin.latitude})) * cos(radians(${latitude})) *
    power(sin(radians(${longitude} - ${origin.longitude}) / 2), 2))))`;
}

/** A distance as a cursor's sort key: metres, zero-padded so strings order as numbers; unknown places last. */
export function distanceSortKey(distanceKm: SQL<number | null>): SQL<string> {
  return sql<string>`lpad(coalesce(round(${distanceKm} * 1000)::bigint, 999999999)::text, 9, '0')`;
}
