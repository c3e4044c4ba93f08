import { describe, expect, it } from 'vitest';
import { covers, generalise, type QuasiIdentifiers } from './generalisation.js';

const AREAS: Record<string, string> = { '212041': 'tono', '212067': 'tono', '212024': 'seino' };
const areaOf = (code: string) => AREAS[code] ?? null;
const post = (age: [number, number | null], sex: QuasiIdentifiers['sex'], municipalityCode: string, household: QuasiIdentifiers['household']): QuasiIdentifiers => ({
  age: { from: age[0], to: age[1] },
  sex,
  place: { level: 'MUNICIPALITY', municipalityCode, areaCode: areaOf(municipalityCode) },
  household,
});

/** Stored posts, counted the way the subgraph counts them in SQL. */
const counter = (stored: QuasiIdentifiers[]) => async (combination: QuasiIdentifiers) => stored.filter((p) => covers(combination, p, areaOf)).length;

describe('quasi-identifier generalisation', () => {
  const tajimiWoman40s = post([40, 49], 'FEMALE', '212041', 'SINGLE_PARENT');

  it('publishes as it is when k posts share the combination already', async () => {
    const stored = [tajimiWoman40s, tajimiWoman40s];
    const result = await generalise(tajimiWoman40s, 3, counter(stored), { areaOf, keepPlace: false });
    expect(result).toMatchObject({ published: true, quasiIdentifiers: tajimiWoman40s, steps: [], sharedBy: 3 });
  });

  it('widens the municipality to its area before anything else, then the age band', async () => {
    const stored = [post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT'), post([50, 59], 'FEMALE', '212067', 'SINGLE_PARENT'), post([40, 49], 'MALE', '212041', 'SINGLE')];
    const result = await generalise(tajimiWoman40s, 3, counter(stored), { areaOf, keepPlace: false });
    expect(result.published).toBe(true);
    if (!result.published) return;
    expect(result.quasiIdentifiers).toEqual({ age: { from: 40, to: 59 }, sex: 'FEMALE', place: { level: 'AREA', municipalityCode: null, areaCode: 'tono' }, household: 'SINGLE_PARENT' });
    expect(result.steps.map((s) => s.attribute)).toEqual(['PLACE', 'AGE']);
  });

  it('keeps the municipality for posts shared within it, and holds a post back when nothing reaches k', async () => {
    const stored = [post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT'), post([40, 49], 'FEMALE', '212067', 'SINGLE_PARENT')];
    const kept = await generalise(tajimiWoman40s, 3, counter(stored), { areaOf, keepPlace: true });
    expect(kept).toMatchObject({ published: false, sharedBy: 1 });
    const widened = await generalise(tajimiWoman40s, 3, counter(stored), { areaOf, keepPlace: false });
    expect(widened).toMatchObject({ published: true, sharedBy: 3 });
  });

  it('does not count a post published more widely than the combination', async () => {
    const wide: QuasiIdentifiers = { age: { from: 40, to: 59 }, sex: null, place: { level: 'REGION', municipalityCode: null, areaCode: null }, household: null };
    expect(covers(tajimiWoman40s, wide, areaOf)).toBe(false);
    expect(covers(wide, tajimiWoman40s, areaOf)).toBe(true);
  });
});
