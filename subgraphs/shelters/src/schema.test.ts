import { undescribed } from '@renkei/testing';
import { isEnumType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildUnguardedSchema } from './app.js';
import { ACCESSIBILITY, BED_CATEGORIES, ELIGIBLE_GROUPS, HAZARDS, INTAKE_ROUTES, SHELTER_KINDS } from './vocabulary.js';

const schema = buildUnguardedSchema();

describe('the shelters schema', () => {
  it.each([
    ['ShelterKind', SHELTER_KINDS],
    ['BedCategory', BED_CATEGORIES],
    ['IntakeRoute', INTAKE_ROUTES],
    ['EligibleGroup', ELIGIBLE_GROUPS],
    ['AccessibilityFeature', ACCESSIBILITY],
    ['Hazard', HAZARDS],
  ])('enum %s has exactly the vocabulary codes', (name, terms) => {
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    if (isEnumType(type)) expect(type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(terms).sort());
  });

  it('describes every type, field and enum value in Japanese and English', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('leaves nullable every field a confidential shelter hides, and the details a policy may refuse', () => {
    const shelter = schema.getType('Shelter');
    if (!isObjectType(shelter)) throw new Error('no Shelter type');
    for (const name of ['name', 'nameKana', 'operator', 'operatorName', 'municipality', 'address', 'location', 'phone', 'intakeContact', 'confidentialDetails']) {
      expect(isNonNullType(shelter.getFields()[name]!.type), name).toBe(false);
    }
  });
});
