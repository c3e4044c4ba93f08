// The region registry: which prefectures and consortia host data on the hub and which local governments belong
// to each. Loaded from a checked-in JSON file and validated before any server starts.
import { readFileSync } from 'node:fs';
import { checkMunicipalityCode, prefectureOfOwnCode } from '@renkei/municipalities';
import { parseGlobalId } from './global-id.js';

export type RegionKind = 'PREFECTURE' | 'CONSORTIUM';

export interface RegionArea {
  name: string;
  municipalityCodes: string[];
}

/** The subgraphs (domains of data) a region may host and share. */
export const DOMAINS = ['organisations', 'events', 'shelters', 'food-banks', 'consultations'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * What a region shares that is not a subgraph of its own but a part of one's data kept from the public: the
 * locations of confidential shelters (DV shelters), shown only to authorised staff of the regions named.
 * Sharing one of these with "public" is refused.
 */
export const RESTRICTED_DOMAINS = ['shelter-locations'] as const;
export type RestrictedDomain = (typeof RESTRICTED_DOMAINS)[number];
export type SharedDomain = Domain | RestrictedDomain;

/** Domains never shared with "public": case consultations are for consultation workers only, whatever the hub allows. */
export const NEVER_PUBLIC: readonly SharedDomain[] = [...RESTRICTED_DOMAINS, 'consultations'];

/** In a sharing agreement: the domain is shared with everyone, including callers who belong to no region. */
export const PUBLIC = 'public';

/** The header by which the gateway tells a regional instance which region a request is for. */
export const REGION_HEADER = 'x-hub-region';

export interface SharingAgreement {
  domain: SharedDomain;
  /** The regions this region shares the domain's data with, or "public". */
  with: string[];
}

export interface Region {
  code: string;
  name: string;
  nameEn: string;
  kind: RegionKind;
  prefectureCode: string;
  description: string;
  municipalityCodes: string[];
  areas: RegionArea[];
  /** The URL of each subgraph this region hosts (a region may host only some). */
  subgraphs: Partial<Record<Domain, string>>;
  sharing: SharingAgreement[];
}

export interface RegionRegistry {
  readonly regions: readonly Region[];
  region(code: string): Region | undefined;
  /** The region a local government belongs to, if any region on the hub holds it. */
  regionOfMunicipality(municipalityCode: string): Region | undefined;
  /**
   * The region of a municipality's code, or of a prefecture's own code (150002: the prefecture region of 新潟県,
   * for records of the prefecture as a whole); undefined when no region holds it.
   */
  regionOfLocalGovernment(code: string): Region | undefined;
  /**
   * The regions whose data of a domain a caller of `region` may see, in registry order: its own, those sharing
   * with it and those sharing with the public (only these for a caller of no region).
   */
  regionsInScope(domain: SharedDomain, region: string | undefined): Region[];
}

export class RegionRegistryError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`The region registry ${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RegionRegistryError';
  }
}

export const DEFAULT_REGISTRY_PATH = new URL('../regions.json', import.meta.url);

const REGION_CODE = /^[a-z][a-z0-9-]{1,31}$/;

/** Parses and validates a registry document; every problem is reported at once, not only the first. */
export function parseRegionRegistry(document: unknown, source = 'regions.json'): RegionRegistry {
  const problems: string[] = [];
  const regions: Region[] = [];
  const list = (document as { regions?: unknown })?.regions;
  if (!Array.isArray(list) || list.length === 0) {
    throw new RegionRegistryError(source, ['"regions" must be a non-empty list']);
  }
  const owner = new Map<string, string>();
  list.forEach((raw: Record<string, unknown>, index) => {
    const where = `regions[${index}]${typeof raw?.code === 'string' ? ` (${raw.code})` : ''}`;
    const code = raw?.code;
    if (typeof code !== 'string' || !REGION_CODE.test(code)) {
      problems.push(`${where}: "code" must be lower-case letters, digits or hyphens, 2 to 32 long`);
      return;
    }
    if (code === PUBLIC) problems.push(`${where}: "${PUBLIC}" is reserved for sharing with everyone`);
    if (regions.some((r) => r.code === code)) problems.push(`${where}: the code "${code}" is used twice`);
    for (const key of ['name', 'nameEn', 'description'] as const) {
      if (typeof raw[key] !== 'string' || raw[key] === '') problems.push(`${where}: "${key}" must be a non-empty string`);
    }
    if (raw.kind !== 'PREFECTURE' && raw.kind !== 'CONSORTIUM') {
      problems.push(`${where}: "kind" must be PREFECTURE or CONSORTIUM`);
    }
    const prefectureCode = String(raw.prefectureCode ?? '');
    const members = Array.isArray(raw.municipalities) ? (raw.municipalities as { code?: unknown; name?: unknown }[]) : [];
    if (members.length === 0) problems.push(`${where}: "municipalities" must list at least one local government`);
    const codes: string[] = [];
    for (const member of members) {
      const memberCode = String(member?.code ?? '');
      const check = checkMunicipalityCode(memberCode);
      if (!check.ok) {
        problems.push(`${where}: municipality "${memberCode}" is not a valid code (${check.problem})`);
        continue;
      }
      if (member.name !== check.municipality.name) {
        problems.push(`${where}: municipality ${memberCode} is ${check.municipality.name}, not "${String(member.name)}"`);
      }
      if (check.municipality.prefectureCode !== prefectureCode) {
        problems.push(`${where}: ${check.municipality.name} is not in prefecture ${prefectureCode}`);
      }
      const previous = owner.get(memberCode);
      if (previous) problems.push(`${where}: ${check.municipality.name} already belongs to region "${previous}"`);
      owner.set(memberCode, code);
      codes.push(memberCode);
    }
    const subgraphs: Partial<Record<Domain, string>> = {};
    for (const [domain, url] of Object.entries((raw.subgraphs ?? {}) as Record<string, unknown>)) {
      if (!(DOMAINS as readonly string[]).includes(domain)) {
        problems.push(`${where}: "${domain}" is not a subgraph of the hub (${DOMAINS.join(', ')})`);
        continue;
      }
      if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url)) {
        problems.push(`${where}: the URL of its ${domain} subgraph must start with http:// or https://`);
        continue;
      }
      subgraphs[domain as Domain] = url;
    }
    const sharing: SharingAgreement[] = [];
    for (const agreement of (Array.isArray(raw.sharing) ? raw.sharing : []) as { domain?: unknown; with?: unknown }[]) {
      const restricted = (RESTRICTED_DOMAINS as readonly string[]).includes(String(agreement?.domain));
      if (!restricted && !(DOMAINS as readonly string[]).includes(String(agreement?.domain))) {
        problems.push(`${where}: a sharing agreement names an unknown domain "${String(agreement?.domain)}"`);
        continue;
      }
      if (!Array.isArray(agreement.with) || agreement.with.some((w) => typeof w !== 'string')) {
        problems.push(`${where}: a sharing agreement must list the regions it shares with`);
        continue;
      }
      if (NEVER_PUBLIC.includes(agreement.domain as SharedDomain) && agreement.with.includes(PUBLIC)) {
        problems.push(`${where}: ${String(agreement.domain)} is never shared with "${PUBLIC}"`);
        continue;
      }
      sharing.push({ domain: agreement.domain as SharedDomain, with: agreement.with as string[] });
    }
    const areas = Array.isArray(raw.areas) ? (raw.areas as RegionArea[]) : [];
    for (const area of areas) {
      for (const areaCode of area.municipalityCodes ?? []) {
        if (!codes.includes(areaCode)) problems.push(`${where}: area ${area.name} lists ${areaCode}, which is not a member`);
      }
    }
    regions.push({
      code,
      name: String(raw.name),
      nameEn: String(raw.nameEn),
      kind: raw.kind as RegionKind,
      prefectureCode,
      description: String(raw.description),
      municipalityCodes: codes,
      areas: areas.map((a) => ({ name: a.name, municipalityCodes: [...a.municipalityCodes] })),
      subgraphs,
      sharing,
    });
  });
  for (const region of regions) {
    for (const agreement of region.sharing) {
      for (const other of agreement.with) {
        if (other === PUBLIC) continue;
        if (other === region.code) problems.push(`regions (${region.code}): a region does not share with itself`);
        else if (!regions.some((r) => r.code === other)) {
          problems.push(`regions (${region.code}): shares ${agreement.domain} with "${other}", which is not a region`);
        }
      }
    }
  }
  if (problems.length > 0) throw new RegionRegistryError(source, problems);
  return registryOf(regions);
}

/** The registry over regions already validated. */
function registryOf(regions: Region[]): RegionRegistry {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const owner = new Map(regions.flatMap((r) => r.municipalityCodes.map((m) => [m, r] as const)));
  return {
    regions,
    region: (code) => byCode.get(code),
    regionOfMunicipality: (municipalityCode) => owner.get(municipalityCode),
    regionOfLocalGovernment: (code) => {
      const prefecture = prefectureOfOwnCode(code);
      return prefecture ? regions.find((r) => r.kind === 'PREFECTURE' && r.prefectureCode === prefecture) : owner.get(code);
    },
    regionsInScope: (domain, regionCode) =>
      regions.filter(
        (r) =>
          (regionCode !== undefined && r.code === regionCode) ||
          r.sharing.some(
            (agreement) =>
              agreement.domain === domain &&
              (agreement.with.includes(PUBLIC) || (regionCode !== undefined && agreement.with.includes(regionCode))),
          ),
      ),
  };
}

/**
 * The registry with some regions' subgraph URLs replaced (the domains given; the others are kept), for
 * instances that listen elsewhere than the file says, such as tests on ephemeral ports.
 */
export function withSubgraphUrls(
  registry: RegionRegistry,
  urls: Record<string, Partial<Record<Domain, string>>>,
): RegionRegistry {
  const unknown = Object.keys(urls).filter((code) => !registry.region(code));
  if (unknown.length > 0) {
    throw new RegionRegistryError('withSubgraphUrls', unknown.map((code) => `"${code}" is not a region`));
  }
  return registryOf(
    registry.regions.map((r) => (urls[r.code] ? { ...r, subgraphs: { ...r.subgraphs, ...urls[r.code] } } : r)),
  );
}

/**
 * The region a routing key names: a global ID its region (if the registry has it), a region code itself, a
 * 6-digit local government code the region that holds it; undefined for anything else.
 */
export function regionOfKey(registry: RegionRegistry, value: string): string | undefined {
  const id = parseGlobalId(value);
  if (id) return registry.region(id.region)?.code;
  if (registry.region(value)) return value;
  if (/^\d{6}$/.test(value)) return registry.regionOfLocalGovernment(value)?.code;
  return undefined;
}

export function loadRegionRegistry(path: string | URL = DEFAULT_REGISTRY_PATH): RegionRegistry {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new RegionRegistryError(String(path), ['the file cannot be read']);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new RegionRegistryError(String(path), [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseRegionRegistry(document, String(path));
}

export { formatGlobalId, parseGlobalId, type GlobalId } from './global-id.js';
export { requestRegionOf, servedRegions } from './request.js';
