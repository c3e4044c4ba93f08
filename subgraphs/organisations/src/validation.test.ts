import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as validate from './validation.js';

function problem(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions as { code: string; messageJa: string; field?: string };
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

const minimal = { name: 'テスト団体', nameKana: 'テストダンタイ', legalForm: 'NPO', municipalityCode: '434043' };

describe('organization', () => {
  it('accepts a minimal organisation and trims text', () => {
    const draft = validate.organization({ ...minimal, name: '  テスト団体  ' });
    expect(draft.name).toBe('テスト団体');
    expect(draft.services).toEqual([]);
    expect(draft.publicContact).toEqual({ phone: null, email: null, website: null });
  });

  it.each([
    [{ name: '   ' }, 'input.name'],
    [{ name: 'あ'.repeat(201) }, 'input.name'],
    [{ name: 'a\u0007b' }, 'input.name'],
    [{ nameKana: 'てすと' }, 'input.nameKana'],
    [{ municipalityCode: '432106' }, 'input.municipalityCode'],
    [{ municipalityCode: '999991' }, 'input.municipalityCode'],
    [{ municipalityCode: '4340' }, 'input.municipalityCode'],
    [{ publicContact: { phone: '12345' } }, 'input.publicContact.phone'],
    [{ publicContact: { phone: '096-000-00000-1' } }, 'input.publicContact.phone'],
    [{ publicContact: { email: 'not-an-address' } }, 'input.publicContact.email'],
    [{ publicContact: { website: 'javascript:alert(1)' } }, 'input.publicContact.website'],
    [{ publicContact: { website: 'ftp://files.example' } }, 'input.publicContact.website'],
    [{ services: [{ name: '相談', categories: [] }] }, 'input.services.0.categories'],
    [{ services: [{ name: '相談', categories: ['CONSULTATION'], areas: [{ municipalityCode: '432106' }] }] }, 'input.services.0.areas.0.municipalityCode'],
    [{ windows: [{ name: '窓口', municipalityCode: '434043', openingHours: [{ days: ['MONDAY'], opens: '17:00', closes: '09:00' }] }] }, 'input.windows.0.openingHours.0.closes'],
    [{ windows: [{ name: '窓口', municipalityCode: '434043', openingHours: [{ days: ['MONDAY'], opens: '25:00', closes: '26:00' }] }] }, 'input.windows.0.openingHours.0.opens'],
    [{ programmeRoles: [{ role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: [] }] }, 'input.programmeRoles.0.contractingMunicipalityCodes'],
  ])('refuses %j at %s', (change, field) => {
    const error = problem(() => validate.organization({ ...minimal, ...change }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });

  it('normalises phone numbers written with full-width digits and dashes', () => {
    const draft = validate.organization({ ...minimal, publicContact: { phone: '０９６－０００－００００' } });
    expect(draft.publicContact.phone).toBe('096-000-0000');
  });

  it('accepts half-width katakana readings and stores them full-width', () => {
    expect(validate.organization({ ...minimal, nameKana: 'ﾃｽﾄ' }).nameKana).toBe('テスト');
  });
});

describe('organizationPatch', () => {
  it('keeps only the fields given and lets description be cleared', () => {
    expect(validate.organizationPatch({ description: null })).toEqual({ description: null });
    expect(validate.organizationPatch({})).toEqual({});
  });

  it('refuses to clear a required field', () => {
    expect(problem(() => validate.organizationPatch({ name: null })).field).toBe('input.name');
    expect(problem(() => validate.organizationPatch({ legalForm: null })).field).toBe('input.legalForm');
  });
});
