import { undescribed } from '@renkei/testing';
import { isEnumType, isInputObjectType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildUnguardedSchema } from './app.js';
import { AGE_BANDS, HOUSEHOLDS, ISSUE_CATEGORIES, LEGAL_BASES, POST_STATUSES, PROCESS_STAGES, SEXES, SHARING_SCOPES, SUPPORT_CATEGORIES } from './vocabulary.js';

const schema = buildUnguardedSchema();

describe('the consultations schema', () => {
  it.each([
    ['AgeBandCode', AGE_BANDS],
    ['Sex', SEXES],
    ['Household', HOUSEHOLDS],
    ['IssueCategory', ISSUE_CATEGORIES],
    ['SupportCategory', SUPPORT_CATEGORIES],
    ['ProcessStage', PROCESS_STAGES],
    ['LegalBasis', LEGAL_BASES],
    ['SharingScope', SHARING_SCOPES],
    ['ConsultationStatus', POST_STATUSES],
  ])('enum %s has exactly the vocabulary codes', (name, terms) => {
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    if (isEnumType(type)) expect(type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(terms).sort());
  });

  it('describes every type, field and enum value in Japanese and English', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('has no field for a name, a birth date, an address, a phone number or a case number', () => {
    const forbidden = /name|birth|address|phone|tel|caseNumber|kana|email/i;
    for (const typeName of ['ConsultationPostInput', 'ConsultationPost', 'ConsultationAnswer', 'SupportUsedInput']) {
      const type = schema.getType(typeName);
      if (!isObjectType(type) && !isInputObjectType(type)) throw new Error(`no type ${typeName}`);
      expect(Object.keys(type.getFields()).filter((f) => forbidden.test(f)), typeName).toEqual([]);
    }
  });

  it('leaves nullable what a policy or the generalisation may hide', () => {
    const query = schema.getQueryType()!.getFields();
    for (const field of ['consultationPost', 'consultationPosts', 'consultationStatistics']) expect(isNonNullType(query[field]!.type), field).toBe(false);
    const post = schema.getType('ConsultationPost');
    if (!isObjectType(post)) throw new Error('no post type');
    for (const field of ['ageBand', 'sex', 'household', 'narrative']) expect(isNonNullType(post.getFields()[field]!.type), field).toBe(false);
  });
});
