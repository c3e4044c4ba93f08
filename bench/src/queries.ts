// The operations every gateway is driven with: what the hub's users ask most, on the nationwide data. Each takes
// the size of its list as a variable, so the same operation can be asked for 10 and for 100 records to show that
// the SQL statements a request costs do not grow with the list.

/** Who asks: a caller the benchmark signs a token for. */
export type BenchCaller = 'municipalStaff' | 'prefectureStaff';

export interface BenchQuery {
  name: string;
  /** What it stands for, for the report. */
  description: string;
  caller: BenchCaller;
  query: string;
  /** The variables for a list of `size` records; `variant` picks one of several searches of the same shape. */
  variables(size: number, variant?: number): Record<string, unknown>;
  /** The list size measured under load. */
  size: number;
  /** Records in the answer's main list (to check that the data is there). */
  count(data: Record<string, unknown>): number;
}

/** The region whose staff ask, and its municipality: 熊本県, 菊陽町. */
export const HOME_REGION = 'kumamoto';
export const HOME_MUNICIPALITY = '434043';

type Connection = { edges: unknown[] };
const edges = (value: unknown) => (value as Connection | null)?.edges.length ?? 0;

/** Six months ending `back` months before the last month that has ended (statistics cover ended months only). */
function statisticsMonths(back: number, today = new Date()): { fromMonth: string; toMonth: string } {
  const month = (offset: number) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  return { fromMonth: month(-6 - back), toMonth: month(-1 - back) };
}

/** Variants of each operation: under load, requests in flight together ask for different things. */
export const VARIANTS = 12;
const pick = <T>(list: readonly T[], variant: number): T => list[variant % list.length]!;
const SEARCH_TEXTS = ['福祉', '相談', '支援', '子ども', '就労', '食', '居場所', '生活', '高齢', '障害', 'フードバンク', '社会福祉協議会'];
const PREFECTURES = ['kumamoto', 'tokyo', 'osaka', 'niigata', 'gifu', 'hokkaido', 'fukuoka', 'aichi', 'miyagi', 'hiroshima', 'okinawa', 'kanagawa'];
// Places with coordinates in the reference data (the demo regions), each with its prefecture and two neighbours.
const SHELTER_SEARCHES = [
  { near: HOME_MUNICIPALITY, regions: [HOME_REGION, 'fukuoka', 'oita'] },
  { near: '432105', regions: [HOME_REGION, 'miyazaki', 'kagoshima'] },
  { near: '151009', regions: ['niigata', 'yamagata', 'nagano'] },
  { near: '212016', regions: ['gifu', 'aichi', 'mie'] },
];
const BED_CATEGORIES = ['WOMEN', 'MEN', 'FAMILY'];

export const QUERIES: BenchQuery[] = [
  {
    name: 'directory-search',
    description: '相談先の検索: organisations by text in one prefecture, with their services and the events they organise and those events\' co-organisers (organisations → events → organisations)',
    caller: 'municipalStaff',
    size: 20,
    query: `query DirectorySearch($text: String!, $first: Int!, $regions: [ID!]) {
  organizations(filter: { text: $text }, first: $first, regions: $regions) {
    totalCount
    edges { node {
      id name legalForm
      municipality { code name }
      services { name categories }
      events(first: 3) { edges { node { title startDate coOrganizers { name } } } }
    } }
  }
}`,
    variables: (first, variant = 0) => ({ text: pick(SEARCH_TEXTS, variant), first, regions: [pick(PREFECTURES, variant)] }),
    count: (data) => edges(data.organizations),
  },
  {
    name: 'shelter-vacancy',
    description: '広域の空き状況: shelters with a free bed across three neighbouring prefectures, nearest first, with vacancy and municipality',
    caller: 'municipalStaff',
    size: 20,
    query: `query ShelterVacancy($first: Int!, $regions: [ID!], $near: ID!, $bed: BedCategory!) {
  shelters(filter: { freeBed: $bed, near: { municipalityCode: $near } }, first: $first, regions: $regions) {
    totalCount
    edges { distanceKm node { id name kind municipality { code name } beds { category capacity vacant stale confirmedAt } } }
    confidentialVacancy { region category shelters freeBeds }
  }
}`,
    variables: (first, variant = 0) => ({ first, ...pick(SHELTER_SEARCHES, variant), bed: pick(BED_CATEGORIES, variant) }),
    count: (data) => edges(data.shelters),
  },
  {
    name: 'calendar-month',
    description: '催しカレンダー: one month of events in one prefecture, in order of start, with organiser and place',
    caller: 'municipalStaff',
    size: 50,
    query: `query CalendarMonth($first: Int!, $regions: [ID!], $from: Date!, $to: Date!) {
  events(filter: { from: $from, to: $to }, first: $first, regions: $regions) {
    totalCount
    edges { node { id title type startDate endDate audience status organizer { name } municipality { code name } venue { name } } }
  }
}`,
    variables: (first, variant = 0) => {
      const month = String((variant % 12) + 1).padStart(2, '0');
      const last = new Date(Date.UTC(2026, variant % 12 + 1, 0)).getUTCDate();
      return { first, regions: [pick(PREFECTURES, variant + 1)], from: `2026-${month}-01`, to: `2026-${month}-${last}` };
    },
    count: (data) => edges(data.events),
  },
  {
    name: 'organisations-100',
    description: '団体一覧: 100 organisations with nested references (municipality, services, windows, events, food sites, shelters)',
    caller: 'municipalStaff',
    size: 100,
    query: `query OrganisationList($first: Int!, $regions: [ID!]) {
  organizations(first: $first, regions: $regions) {
    edges { node {
      id name nameKana legalForm
      municipality { code name prefecture { name } }
      services { name categories areas { municipality { name } } }
      windows { name }
      events(first: 2) { edges { node { title startDate } } }
      foodSites(first: 2) { edges { node { name kind } } }
      shelters(first: 2) { edges { node { name kind } } }
    } }
  }
}`,
    variables: (first, variant = 0) => ({ first, regions: [pick(PREFECTURES, variant + 2)] }),
    count: (data) => edges(data.organizations),
  },
  {
    name: 'consultation-statistics',
    description: '相談統計: six ended months of new consultations per municipality and issue category in one prefecture, small cells suppressed',
    caller: 'prefectureStaff',
    size: 6,
    query: `query ConsultationStatistics($fromMonth: String!, $toMonth: String!, $region: ID) {
  consultationStatistics(fromMonth: $fromMonth, toMonth: $toMonth, region: $region) {
    suppressedBelow
    months { month total rows { municipality { code name } total totalSuppressed counts { category count suppressed } } }
  }
}`,
    variables: (_size, variant = 0) => ({ ...statisticsMonths(variant % 6), region: HOME_REGION }),
    count: (data) => (data.consultationStatistics as { months: unknown[] } | null)?.months.length ?? 0,
  },
];
