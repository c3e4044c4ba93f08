import { undescribed } from '@renkei/testing';
import { isEnumType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildUnguardedSchema } from './app.js';
import { DONOR_KINDS, FOOD_CATEGORIES, FOOD_SITE_KINDS, OFFER_STATUSES, REFERRAL_STATUSES, SITE_ACCESS, UNITS, WEEKDAYS } from './vocabulary.js';

const schema = buildUnguardedSchema();

describe('the food-banks schema', () => {
  it.each([
    ['FoodSiteKind', FOOD_SITE_KINDS],
    ['SiteAccess', SITE_ACCESS],
    ['FoodCategory', FOOD_CATEGORIES],
    ['FoodUnit', UNITS],
    ['Weekday', WEEKDAYS],
    ['DonorKind', DONOR_KINDS],
    ['OfferStatus', OFFER_STATUSES],
    ['FoodReferralStatus', REFERRAL_STATUSES],
  ])('enum %s has exactly the vocabulary codes', (name, terms) => {
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    if (isEnumType(type)) expect(type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(terms).sort());
  });

  it('describes every type, field and enum value in Japanese and English', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('gives a referral no field that could hold a name, an address, a phone number or free text', () => {
    const referral = schema.getType('FoodReferral');
    const input = schema.getType('ReferHouseholdInput');
    if (!isObjectType(referral) || !input || !('getFields' in input)) throw new Error('no referral types');
    expect(Object.keys(referral.getFields()).sort()).toEqual(
      ['categories', 'code', 'createdAt', 'householdSize', 'id', 'pickupFrom', 'pickupUntil', 'redeemedAt', 'referringOrganization', 'site', 'status'].sort(),
    );
    expect(Object.keys(input.getFields()).sort()).toEqual(['categories', 'householdSize', 'pickupFrom', 'pickupUntil', 'siteId'].sort());
  });

  it('leaves nullable what a policy may refuse: stock, referrals and the donor', () => {
    const site = schema.getType('FoodSite');
    const offer = schema.getType('DonationOffer');
    if (!isObjectType(site) || !isObjectType(offer)) throw new Error('no FoodSite or DonationOffer type');
    expect(isNonNullType(site.getFields().stock!.type)).toBe(false);
    expect(isNonNullType(site.getFields().referrals!.type)).toBe(false);
    expect(isNonNullType(offer.getFields().donor!.type)).toBe(false);
  });
});
