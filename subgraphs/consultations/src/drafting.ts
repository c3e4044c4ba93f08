// The write path of a post: a draft becomes what may be stored. Its texts go through the anonymiser; its age band,
// sex, place and household are widened until at least k published posts of its region share them, or it is held
// back. A preview keeps only this result, never the draft; confirming works the generalisation out again, so what
// is published is what the worker saw.
import { generalise, sameDescription, type AnonymisedText, type Anonymiser, type GeneralisationStep, type LadderOptions, type QuasiIdentifiers, type TextChange } from '@renkei/anonymiser';
import { findMunicipality } from '@renkei/municipalities';
import type { Region, RegionRegistry } from '@renkei/regions';
import { countPublished, heldBackPosts, type Tx, type ConsultationsOrm } from './db/queries.js';
import type { ConsultationPostRow, FlagValue, GeneralisationValue } from './db/schema.js';
import type { PostDraft } from './validation.js';
import { AGE_BANDS, type SharingScope } from './vocabulary.js';

export type Outcome =
  | { published: true; quasiIdentifiers: QuasiIdentifiers; steps: GeneralisationStep[] }
  | { published: false; reason: string; reasonJa: string };

/** A post as it will be stored: only anonymised text, the description as written and as published. */
export interface StoredPost {
  id: string;
  region: string;
  organizationId: string;
  municipalityCode: string;
  written: QuasiIdentifiers;
  outcome: Outcome;
  issueCategories: string[];
  supportsUsed: { category: string; description: string }[];
  processStage: string;
  legalBasis: string;
  sharingScope: SharingScope;
  question: string;
  narrative: string | null;
  flags: FlagValue[];
}

/** A change of one field of the draft, for the preview only (never stored). */
export type FieldChange = TextChange & { field: string };

export function ladderOptions(region: Region, sharingScope: string): LadderOptions {
  return {
    areaOf: (code) => region.areas.find((a) => a.municipalityCodes.includes(code))?.name ?? null,
    // Shared within its municipality only, a post's readers know the municipality already.
    keepPlace: sharingScope === 'MUNICIPALITY',
  };
}

export function writtenDescription(draft: Pick<PostDraft, 'ageBand' | 'sex' | 'household' | 'municipalityCode'>): QuasiIdentifiers {
  const [, , from, to] = AGE_BANDS[draft.ageBand];
  return { age: { from, to }, sex: draft.sex, household: draft.household, place: { level: 'MUNICIPALITY', municipalityCode: draft.municipalityCode, areaCode: null } };
}

function writtenOf(row: ConsultationPostRow): QuasiIdentifiers {
  return {
    age: { from: row.writtenAgeFrom ?? 0, to: row.writtenAgeTo },
    sex: row.writtenSex as QuasiIdentifiers['sex'],
    household: row.writtenHousehold as QuasiIdentifiers['household'],
    place: { level: 'MUNICIPALITY', municipalityCode: row.municipalityCode, areaCode: null },
  };
}

export interface Decision {
  outcome: Outcome;
  /** Held-back posts that are published with this one, each with the description and steps it is published with. */
  released: { row: ConsultationPostRow; quasiIdentifiers: QuasiIdentifiers; steps: GeneralisationStep[] }[];
}

/** Works out how a post is published (or held back) given what its region holds now. */
export async function decide(orm: ConsultationsOrm | Tx, region: Region, written: QuasiIdentifiers, sharingScope: string, k: number): Promise<Decision> {
  const options = ladderOptions(region, sharingScope);
  const held = await heldBackPosts(orm, region.code, sharingScope);
  const count = (q: QuasiIdentifiers) => countPublished(orm, region.code, sharingScope, q);
  const result = await generalise(written, k, count, held.map(writtenOf), options);
  if (!result.published) return { outcome: { published: false, reason: result.reason, reasonJa: result.reasonJa }, released: [] };
  const target = result.quasiIdentifiers;
  const released = [];
  for (const index of result.releasedHeld) {
    const row = held[index]!;
    // The same ladder run for the held post, stopping where it reaches the group's description, gives its own steps.
    const mine = await generalise(writtenOf(row), k, async (q) => (sameDescription(q, target) ? k : 0), [], ladderOptions(region, row.sharingScope));
    released.push({ row, quasiIdentifiers: target, steps: mine.published ? mine.steps : [] });
  }
  return { outcome: { published: true, quasiIdentifiers: target, steps: result.steps }, released };
}

export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (!a.published || !b.published) return a.published === b.published;
  return sameDescription(a.quasiIdentifiers, b.quasiIdentifiers);
}

/** The name a place is published under. */
export function placeName(region: Region, q: QuasiIdentifiers['place'] | null): string {
  if (q?.level === 'MUNICIPALITY' && q.municipalityCode) return findMunicipality(q.municipalityCode)?.name ?? region.name;
  if (q?.level === 'AREA' && q.areaCode) return q.areaCode;
  return region.name;
}

/**
 * Municipalities of the region named in a text are widened as far as the post's place: to its area (those of the
 * same area) or to the region. A held-back post may be published at any level later, so it is widened to the region.
 */
export function placesToGeneralise(region: Region, place: QuasiIdentifiers['place'] | null) {
  if (place?.level === 'MUNICIPALITY') return [];
  const areaCodes = place?.level === 'AREA' ? (region.areas.find((a) => a.name === place.areaCode)?.municipalityCodes ?? []) : [];
  return region.municipalityCodes.flatMap((code) => {
    const name = findMunicipality(code)?.name;
    if (!name) return [];
    return [{ name, replacement: `${areaCodes.includes(code) ? place!.areaCode : region.name}内の市町村` }];
  });
}

function flagsOf(field: string, result: AnonymisedText): FlagValue[] {
  return result.flags.map((f) => ({ field, start: f.start, end: f.end, reason: f.reason, reasonJa: f.reasonJa }));
}

/** Anonymises a draft's texts for the given outcome. */
export function anonymisePost(
  anonymiser: Anonymiser,
  region: Region,
  draft: PostDraft,
  outcome: Outcome,
): Pick<StoredPost, 'question' | 'narrative' | 'supportsUsed' | 'flags'> & { changes: FieldChange[] } {
  const places = placesToGeneralise(region, outcome.published ? outcome.quasiIdentifiers.place : null);
  const changes: FieldChange[] = [];
  const flags: FlagValue[] = [];
  const run = (field: string, text: string) => {
    const result = anonymiser.anonymise(text, { placesToGeneralise: places });
    changes.push(...result.changes.map((c) => ({ ...c, field })));
    flags.push(...flagsOf(field, result));
    return result.text;
  };
  const question = run('question', draft.question);
  const narrative = draft.narrative === null ? null : run('narrative', draft.narrative);
  const supportsUsed = draft.supportsUsed.map((s, i) => ({ category: s.category, description: run(`supportsUsed.${i}.description`, s.description) }));
  return { question, narrative, supportsUsed, flags, changes };
}

export function anonymiseAnswer(anonymiser: Anonymiser, region: Region, post: ConsultationPostRow, text: string) {
  const place = post.placeLevel ? { level: post.placeLevel as 'MUNICIPALITY', municipalityCode: post.placeMunicipalityCode, areaCode: post.placeArea } : null;
  const result = anonymiser.anonymise(text, { placesToGeneralise: placesToGeneralise(region, place) });
  return { text: result.text, flags: flagsOf('text', result), changes: result.changes.map((c) => ({ ...c, field: 'text' })) };
}

/** The row a stored post is written as (also the shape a preview shows). */
export function rowOf(post: StoredPost, postedAt: Date): ConsultationPostRow {
  const published = post.outcome.published ? post.outcome.quasiIdentifiers : null;
  return {
    id: post.id,
    region: post.region,
    organizationId: post.organizationId,
    municipalityCode: post.municipalityCode,
    writtenAgeFrom: published ? null : post.written.age.from,
    writtenAgeTo: published ? null : post.written.age.to,
    writtenSex: published ? null : post.written.sex,
    writtenHousehold: published ? null : post.written.household,
    ageFrom: published?.age.from ?? null,
    ageTo: published?.age.to ?? null,
    sex: published?.sex ?? null,
    household: published?.household ?? null,
    placeLevel: published?.place.level ?? null,
    placeMunicipalityCode: published?.place.municipalityCode ?? null,
    placeArea: published?.place.areaCode ?? null,
    generalisations: post.outcome.published ? post.outcome.steps.map(stepValue) : [],
    heldBackReason: post.outcome.published ? null : post.outcome.reason,
    heldBackReasonJa: post.outcome.published ? null : post.outcome.reasonJa,
    issueCategories: post.issueCategories,
    supportsUsed: post.supportsUsed,
    processStage: post.processStage,
    legalBasis: post.legalBasis,
    sharingScope: post.sharingScope,
    question: post.question,
    narrative: post.narrative,
    flags: post.flags,
    status: published ? 'OPEN' : 'HELD_BACK',
    postedAt,
    closedAt: null,
  };
}

export const stepValue = (s: GeneralisationStep): GeneralisationValue => ({ attribute: s.attribute, reason: s.reason, reasonJa: s.reasonJa });

/** What a held-back post becomes when its group is complete: published, its written description forgotten. */
export function releasedValues(quasiIdentifiers: QuasiIdentifiers, steps: GeneralisationStep[]): Partial<ConsultationPostRow> {
  return {
    status: 'OPEN',
    writtenAgeFrom: null,
    writtenAgeTo: null,
    writtenSex: null,
    writtenHousehold: null,
    ageFrom: quasiIdentifiers.age.from,
    ageTo: quasiIdentifiers.age.to,
    sex: quasiIdentifiers.sex,
    household: quasiIdentifiers.household,
    placeLevel: quasiIdentifiers.place.level,
    placeMunicipalityCode: quasiIdentifiers.place.municipalityCode,
    placeArea: quasiIdentifiers.place.areaCode,
    generalisations: steps.map(stepValue),
    heldBackReason: null,
    heldBackReasonJa: null,
  };
}

export function regionOf(registry: RegionRegistry, code: string): Region {
  const region = registry.region(code);
  if (!region) throw new Error(`region ${code} is not in the registry`);
  return region;
}
