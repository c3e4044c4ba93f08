// Seeded randomness. Every record draws from its own generator, seeded by (seed, stream, index): record i of a
// table is the same whatever else is generated or in which order, so a child table can be written in a later pass
// by drawing its parent again. sfc32 (Chris Doty-Humphrey's small fast counter) is plenty for test data.

/** Streams: one per kind of record, so that two kinds with the same index draw different numbers. */
export const STREAM = {
  municipality: 1,
  organisation: 2,
  network: 3,
  event: 4,
  series: 5,
  shelter: 6,
  foodSite: 7,
  consultationGroup: 8,
  consultation: 9,
  plan: 10,
  services: 11,
  organisationParts: 12,
  placeRoles: 13,
  eventParts: 14,
  stock: 15,
} as const;

export type Stream = (typeof STREAM)[keyof typeof STREAM];

/** A 32-bit mix (the finaliser of MurmurHash3), to spread seeds that differ in one bit. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number, index: number) {
    this.a = mix(seed ^ 0x9e3779b9);
    this.b = mix(stream * 0x85ebca6b + 0x632be5ab);
    this.c = mix((index + 0x6d2b79f5) >>> 0);
    this.d = mix(this.a ^ this.b ^ this.c) | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Items drawn without repetition, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(this.float() * items.length));
    return [...chosen].map((i) => items[i]!);
  }

  /** A key of the table, drawn by its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const { keys, cumulative } = tableOf(weights);
    const x = this.float() * cumulative[cumulative.length - 1]!;
    let i = 0;
    while (cumulative[i]! <= x && i < keys.length - 1) i++;
    return keys[i] as K;
  }

  /** A version-4-shaped UUID made of this generator's numbers. */
  uuid(): string {
    const a = this.next();
    const b = (this.next() & 0xffff0fff) | 0x4000;
    const c = ((this.next() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.next();
    const s = hex32(a) + hex32(b >>> 0) + hex32(c) + hex32(d);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex32 = (n: number) => HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;

/** Weight tables are constants: their keys and running totals are worked out once each. */
const tables = new WeakMap<object, { keys: string[]; cumulative: number[] }>();
function tableOf(weights: object): { keys: string[]; cumulative: number[] } {
  let table = tables.get(weights);
  if (!table) {
    let total = 0;
    const entries = Object.entries(weights) as [string, number][];
    table = { keys: entries.map(([k]) => k), cumulative: entries.map(([, w]) => (total += w)) };
    tables.set(weights, table);
  }
  return table;
}

export function randomFor(seed: number, stream: Stream, index: number): Random {
  return new Random(seed, stream, index);
}

/** Fisher–Yates, in place. */
export function shuffle<T>(items: { length: number; [index: number]: T }, random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.float() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
}

/**
 * Splits a total over weights by the largest remainder, so that the parts add up exactly; with `atLeastOne`
 * (and a total at least the number of weights) every part gets one first.
 */
export function apportion(total: number, weights: readonly number[], atLeastOne = false): Int32Array {
  const parts = new Int32Array(weights.length);
  let rest = total;
  if (atLeastOne && total >= weights.length) {
    parts.fill(1);
    rest -= weights.length;
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const remainders: { index: number; fraction: number }[] = [];
  let given = 0;
  weights.forEach((w, index) => {
    const exact = (rest * w) / sum;
    const whole = Math.floor(exact);
    parts[index]! += whole;
    given += whole;
    remainders.push({ index, fraction: exact - whole });
  });
  remainders.sort((x, y) => y.fraction - x.fraction || x.index - y.index);
  for (let i = 0; i < rest - given; i++) parts[remainders[i]!.index]! += 1;
  return parts;
}
