import { beforeAll, describe, expect, it } from 'vitest';
import { measure, readCorpus, type Measurement } from '../bench/measure.js';
import { createAnonymiser, isIndividualNumber, type Anonymiser } from './index.js';

let anonymiser: Anonymiser;
beforeAll(async () => {
  anonymiser = await createAnonymiser();
});

describe('the anonymiser on one text', () => {
  const text =
    '佐藤健一さん（45歳）は妻の美咲と長男翔太君と菊池市隈府1丁目2番3号 コーポ隈府201号室で暮らす。髙橋氏が担当。携帯090-1234-5678、マイナンバー1234 5678 9018。' +
    '平成27年4月3日生まれの長女は合志北中学校。勤務先は株式会社ヤマダ電機。5月12日に社協へ同行。ケース番号 2024-0153。98歳の祖母と同居。';

  it('replaces names with letters kept per person, codes and places with their kind, and keeps the story', () => {
    const result = anonymiser.anonymise(text);
    expect(result.text).toBe(
      'Ａさん（40代）は妻のＢと長男Ｃ君と菊池市〔住所〕で暮らす。Ｄ氏が担当。携帯〔電話番号〕、マイナンバー〔個人番号〕。' +
        '〔生年月日〕生まれの長女は〔学校名〕。勤務先は〔勤務先〕。5月に社協へ同行。ケース番号 〔番号〕。90歳以上の祖母と同居。',
    );
    expect(result.changes.map((c) => c.kind)).toEqual([
      'PERSONAL_NAME',
      'EXACT_AGE',
      'PERSONAL_NAME',
      'PERSONAL_NAME',
      'ADDRESS',
      'PERSONAL_NAME',
      'PHONE_NUMBER',
      'INDIVIDUAL_NUMBER',
      'BIRTH_DATE',
      'SCHOOL',
      'WORKPLACE',
      'EXACT_DATE',
      'CASE_NUMBER',
      'VERY_OLD_AGE',
    ]);
  });

  it('says where each change is, in the input and the output, without repeating what it removed', () => {
    const result = anonymiser.anonymise(text);
    for (const change of result.changes) {
      expect(result.text.slice(change.outputStart, change.outputEnd)).toBe(change.replacement);
      expect(change.inputEnd).toBeGreaterThan(change.inputStart);
      const removed = text.slice(change.inputStart, change.inputEnd);
      if (removed.length > 1 && change.kind !== 'EXACT_AGE') expect(JSON.stringify(change)).not.toContain(removed);
      expect(change.measure).toBeGreaterThanOrEqual(1);
      expect(change.measure).toBeLessThanOrEqual(5);
    }
  });

  it('changes nothing the second time', () => {
    const once = anonymiser.anonymise(text);
    const twice = anonymiser.anonymise(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.changes).toEqual([]);
  });

  it('widens a municipality named in the text when the post is published for a wider area', () => {
    const result = anonymiser.anonymise('合志市の実家に戻った。', { placesToGeneralise: [{ name: '合志市', replacement: '菊池圏域内の市町' }] });
    expect(result.text).toBe('菊池圏域内の市町の実家に戻った。');
    expect(result.changes[0]).toMatchObject({ kind: 'GENERALISED_PLACE', measure: 5 });
  });

  it('flags unusual descriptions for the worker to check', () => {
    const result = anonymiser.anonymise('元町議会議員の父と三つ子の弟がいる。');
    expect(result.flags.map((f) => result.text.slice(f.start, f.end))).toEqual(['元町議会議員', '三つ子']);
  });

  it('takes a surname that is also a municipality for a name unless a place word follows', () => {
    expect(anonymiser.anonymise('山田は無職。池田の妻。').text).toBe('Ａは無職。Ｂの妻。');
    expect(anonymiser.anonymise('菊池圏域の相談').text).toBe('菊池圏域の相談');
  });

  it('replaces a name everywhere it stands once it is found, and numbers written with dots', () => {
    expect(anonymiser.anonymise('陽葵ちゃんは小2。陽葵は元気。').text).toBe('Ａちゃんは小2。Ａは元気。');
    expect(anonymiser.anonymise('携帯090.1234.5678、個人番号1234.5678.9018、基礎年金番号 1234 567890').text).toBe('携帯〔電話番号〕、個人番号〔個人番号〕、基礎年金番号 〔基礎年金番号〕');
  });

  it('recognises a My Number by its check digit', () => {
    expect(isIndividualNumber('123456789018')).toBe(true);
    expect(isIndividualNumber('123456789012')).toBe(false);
  });
});

describe('the anonymiser on the annotated corpus (bench/corpus)', () => {
  let result: Measurement;
  beforeAll(() => {
    result = measure(anonymiser, readCorpus());
  });

  it('has at least 200 texts', () => {
    expect(result.texts).toBeGreaterThanOrEqual(200);
  });

  it('removes every identification code, contact, date of birth and exact date', () => {
    const structured = ['mynumber', 'pension', 'passport', 'licence', 'insurance', 'phone', 'postal', 'email', 'url', 'caseNumber', 'birthDate', 'date', 'oldAge'];
    for (const kind of structured) {
      const k = result.kinds.find((x) => x.kind === kind);
      expect(k, kind).toBeDefined();
      expect(k!.missed, kind).toEqual([]);
    }
  });

  it('removes at least 95% of personal names, addresses and schools', () => {
    expect(result.names.rate).toBeGreaterThanOrEqual(0.95);
    for (const kind of ['address', 'school']) expect(result.kinds.find((x) => x.kind === kind)!.rate, kind).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves the rest of the narrative: under 3% of the other characters replaced', () => {
    expect(result.overRemoval).toBeLessThan(0.03);
  });
});
