// What a data set of a seed and scale is made of, decided before any row is written: how many records of each
// kind, where each organisation is, its ID and name (other subgraphs name organisations by global ID), the
// networks and their members, and how the consultation posts are grouped. Rows are then drawn record by record.
import { formatGlobalId, type RegionRegistry } from '@renkei/regions';
import { organisationCore } from './organisations.js';
import { geographyOf, type Geography } from './places.js';
import { apportion, randomFor, shuffle, STREAM } from './random.js';

/** Counts at scale 1. */
export const FULL_SCALE = {
  organisations: 100_000,
  services: 300_000,
  events: 1_000_000,
  shelters: 20_000,
  foodSites: 10_000,
  consultations: 300_000,
} as const;

export type Counts = Record<keyof typeof FULL_SCALE, number>;

export function countsAt(scale: number): Counts {
  const counts = {} as Counts;
  for (const [kind, n] of Object.entries(FULL_SCALE)) counts[kind as keyof Counts] = Math.round(n * scale);
  return counts;
}

/** One organisation in ten is run as one of the regional networks' members; a network has 5 to 30. */
const ORGANISATIONS_PER_NETWORK = 100;

export interface NetworkPlan {
  index: number;
  regionIndex: number;
  placeIndex: number;
  /** Organisation indexes; the first is the secretariat. */
  members: number[];
}

export interface OrganisationIndex {
  count: number;
  placeOf: Int32Array;
  /** The how-manieth organisation of its place: 0 is the place's council of social welfare, 1 its welfare department. */
  ordinalOf: Int32Array;
  ids: string[];
  names: string[];
  legalForms: string[];
  /** Services of organisation i are serviceStart[i] … serviceStart[i + 1] − 1. */
  serviceStart: Int32Array;
  byRegion: Int32Array[];
  /** Per place: its council of social welfare's organisation index, or −1. */
  councilOf: Int32Array;
}

export interface Plan {
  seed: number;
  scale: number;
  counts: Counts;
  registry: RegionRegistry;
  geography: Geography;
  organisations: OrganisationIndex;
  networks: NetworkPlan[];
}

export function makePlan(registry: RegionRegistry, seed: number, scale: number): Plan {
  const counts = countsAt(scale);
  const geography = geographyOf(registry, seed);
  const organisations = organisationIndex(seed, counts, geography);
  const networks = networksOf(seed, geography, organisations);
  return { seed, scale, counts, registry, geography, organisations, networks };
}

/** Where each organisation is: the places' shares by weight (one each at least, when there are enough). */
export type Placement = Pick<OrganisationIndex, 'placeOf' | 'ordinalOf' | 'councilOf'>;

function placementOf(seed: number, count: number, geography: Geography): Placement {
  const { places } = geography;
  const perPlace = apportion(count, places.map((p) => p.weight), true);
  const placeOf = new Int32Array(count);
  let k = 0;
  perPlace.forEach((n, place) => placeOf.fill(place, k, (k += n)));
  // Shuffled, so that a place's organisations are spread over the table as if registered over the years.
  shuffle(placeOf, randomFor(seed, STREAM.plan, 1));
  const ordinalOf = new Int32Array(count);
  const seen = new Int32Array(places.length);
  const councilOf = new Int32Array(places.length).fill(-1);
  for (let i = 0; i < count; i++) {
    ordinalOf[i] = seen[placeOf[i]!]!++;
    if (ordinalOf[i] === 0) councilOf[placeOf[i]!] = i;
  }
  return { placeOf, ordinalOf, councilOf };
}

function organisationIndex(seed: number, counts: Counts, geography: Geography): OrganisationIndex {
  const count = counts.organisations;
  const placement = placementOf(seed, count, geography);
  const ids: string[] = [];
  const names: string[] = [];
  const legalForms: string[] = [];
  const regionLists: number[][] = geography.regionCodes.map(() => []);
  for (let i = 0; i < count; i++) {
    const core = organisationCore({ seed, geography, organisations: placement }, i);
    ids.push(core.id);
    names.push(core.name);
    legalForms.push(core.legalForm);
    regionLists[core.place.regionIndex]!.push(i);
  }
  // Services: one each where there are enough, the rest by weight; councils and departments offer more.
  const serviceWeights = Array.from(placement.ordinalOf, (ordinal, i) => (ordinal <= 1 ? 4 : 1) * (0.3 + randomFor(seed, STREAM.plan, 100 + i).float()));
  const perOrganisation = count > 0 ? apportion(counts.services, serviceWeights, true) : new Int32Array(0);
  const serviceStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) serviceStart[i + 1] = serviceStart[i]! + Math.min(perOrganisation[i]!, 50);
  return { count, ...placement, ids, names, legalForms, serviceStart, byRegion: regionLists.map((list) => Int32Array.from(list)) };
}

function networksOf(seed: number, geography: Geography, orgs: OrganisationIndex): NetworkPlan[] {
  if (orgs.count === 0) return [];
  const count = Math.max(1, Math.round(orgs.count / ORGANISATIONS_PER_NETWORK));
  const networks: NetworkPlan[] = [];
  for (let j = 0; j < count; j++) {
    const random = randomFor(seed, STREAM.network, j);
    const founder = random.int(0, orgs.count - 1);
    const placeIndex = orgs.placeOf[founder]!;
    // A council of social welfare usually keeps the secretariat of its place's network.
    const council = orgs.councilOf[placeIndex]!;
    const secretariat = council >= 0 ? council : founder;
    const regionIndex = geography.places[placeIndex]!.regionIndex;
    const candidates = [...orgs.byRegion[regionIndex]!].filter((o) => o !== secretariat);
    const members = [secretariat, ...random.sample(candidates, random.int(4, 29))];
    networks.push({ index: j, regionIndex, placeIndex, members });
  }
  return networks;
}

/** An organisation's global ID, as the other subgraphs store it: `<region>:Organization:<uuid>`. */
export function organisationGlobalId(plan: Plan, i: number): string {
  const place = plan.geography.places[plan.organisations.placeOf[i]!]!;
  return formatGlobalId(place.regionCode, 'Organization', plan.organisations.ids[i]!);
}

export function networkGlobalId(plan: Plan, n: NetworkPlan): string {
  return formatGlobalId(plan.geography.regionCodes[n.regionIndex]!, 'Network', networkId(plan, n.index));
}

export function networkId(plan: Plan, j: number): string {
  return randomFor(plan.seed, STREAM.network, 1_000_000 + j).uuid();
}
