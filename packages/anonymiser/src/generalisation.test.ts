import { describe, expect, it } from 'vitest';
import { descriptionsOf, generalise, sameDescription, type QuasiIdentifiers } from './generalisation.js';

const AREAS: Record<string, string> = { '212041': 'tono', '212067': 'tono', '212024': 'seino' };
const areaOf = (code: string) => AREAS[code] ?? null;
const options = { areaOf, keepPlace: false };
const post = (age: [number, number | null], sex: QuasiIdentifiers['sex'], municipalityCode: string, household: QuasiIdentifiers['household']): QuasiIdentifiers => ({
  age: { from: age[0], to: age[1] },
  sex,
  place: { level: 'MUNICIPALITY', municipalityCode, areaCode: areaOf(municipalityCode) },
  household,
});

/** Published descriptions, counted the way the subgraph counts them: exactly equal. */
const published = (stored: QuasiIdentifiers[]) => async (description: QuasiIdentifiers) => stored.filter((p) => sameDescription(description, p)).length;

describe('quasi-identifier generalisation', () => {
  const tajimiWoman40s = post([40, 49], 'FEMALE', '212041', 'SINGLE_PARENT');

  it('publishes as it is when k − 1 posts show the same description already', async () => {
    const result = await generalise(tajimiWoman40s, 3, published([tajimiWoman40s, tajimiWoman40s]), [], options);
    expect(result).toMatchObject({ published: true, quasiIdentifiers: tajimiWoman40s, steps: [], sharedBy: 3 });
  });

  it('widens the municipality to its area, then the age band, until the published group has k', async () => {
    const tonoWomen40to59 = descriptionsOf(post([50, 59], 'FEMALE', '212067', 'SINGLE_PARENT'), options)[2]!;
    const result = await generalise(tajimiWoman40s, 3, published([tonoWomen40to59, tonoWomen40to59]), [], options);
    expect(result.published).toBe(true);
    if (!result.published) return;
    expect(result.quasiIdentifiers).toEqual({ age: { from: 40, to: 59 }, sex: 'FEMALE', place: { level: 'AREA', municipalityCode: null, areaCode: 'tono' }, household: 'SINGLE_PARENT' });
    expect(result.steps.map((s) => s.attribute)).toEqual(['PLACE', 'AGE']);
  });

  it('does not count posts published more precisely than the description: they do not hide this person', async () => {
    // Two posts published as 多治見 (212067 is the neighbour): a reader who knows this person lives in 212041 rules them out.
    const neighbours = [post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT'), post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT')];
    const result = await generalise(tajimiWoman40s, 3, published(neighbours), [], options);
    expect(result).toMatchObject({ published: false, sharedBy: 1 });
  });

  it('releases held-back posts with the one that completes their group, at the level they share', async () => {
    const held = [post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT'), post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT'), post([70, 79], 'MALE', '212024', 'SINGLE')];
    const result = await generalise(tajimiWoman40s, 3, published([]), held, options);
    expect(result).toMatchObject({ published: true, sharedBy: 3, releasedHeld: [0, 1] });
    if (result.published) expect(result.quasiIdentifiers.place).toEqual({ level: 'AREA', municipalityCode: null, areaCode: 'tono' });
  });

  it('keeps the municipality for posts shared within it', async () => {
    const result = await generalise(tajimiWoman40s, 3, published([]), [post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT'), post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT')], { areaOf, keepPlace: true });
    expect(result.published).toBe(false);
  });

  it('records a step only when it changed something', async () => {
    // 212032 belongs to no area: the area rung leaves it as it is, so the only step is the age band.
    const man40s = post([40, 49], 'MALE', '212032', 'SINGLE');
    const result = await generalise(man40s, 2, published([descriptionsOf(post([50, 59], 'MALE', '212032', 'SINGLE'), options)[2]!]), [], options);
    expect(result).toMatchObject({ published: true, steps: [{ attribute: 'AGE' }] });
  });
});
