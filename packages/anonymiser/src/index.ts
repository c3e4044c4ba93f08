export { anonymiseWith, createAnonymiser, type AnonymisedText, type AnonymiseOptions, type Anonymiser, type TextChange } from './anonymise.js';
export { isIndividualNumber } from './codes.js';
export { FINDING_RULES, TOP_CODED_AGE, type FindingKind } from './findings.js';
export {
  descriptionsOf,
  sameDescription,
  generalise,
  widenAge,
  type AgeRange,
  type CountPublished,
  type Generalised,
  type LadderOptions,
  type GeneralisationStep,
  type Household,
  type Place,
  type PlaceLevel,
  type QuasiIdentifiers,
  type Sex,
} from './generalisation.js';
export { pinnedValues, suppressSmallCells, type SuppressionPattern } from './suppression.js';
export type { UnusualDescription } from './unusual.js';
