import { readFileSync } from 'node:fs';
import { DatasetFileError } from '@renkei/open-data';
import {
  csvRecord,
  csvText as csvFile,
  shiftJisBytes as shiftJis,
  utf8Bytes as utf8,
  utf8WithBomBytes as utf8WithBom,
  type CsvCells as Cells,
} from '@renkei/testing';
import { describe, expect, it } from 'vitest';
import { EVACUATION_SITE_COLUMNS, EVACUATION_SITE_HAZARDS, parseEvacuationSiteFile } from './rows.js';
import type { EvacuationSiteDraft, ImportIssue, ParsedEvacuationSiteFile } from './types.js';

/** The header of the 指定緊急避難場所一覧 dataset, as published. */
const HEADER = [
  '全国地方公共団体コード', 'ID', '名称', '名称_カナ', '所在地_全国地方公共団体コード', '町字ID', '所在地_連結表記',
  '所在地_都道府県', '所在地_市区町村', '緯度', '経度', '電話番号', '災害種別_洪水', '災害種別_崖崩れ、土石流及び地滑り',
  '災害種別_高潮', '災害種別_地震', '災害種別_津波', '災害種別_大規模な火事', '災害種別_内水氾濫', '災害種別_火山現象',
  '指定避難所との重複', '想定収容人数', '対象となる町会・自治会',
];


/** A plain good row of 新潟市: a park in 中央区 for earthquakes, nothing else given. */
const BASE: Cells = {
  全国地方公共団体コード: '151009',
  ID: '1',
  名称: '白山公園',
  所在地_全国地方公共団体コード: '151033',
  災害種別_地震: '1',
};

const record = (cells: Cells, header: string[] = HEADER): string => csvRecord(cells, header);
const csvText = (rows: Cells[], header: string[] = HEADER): string => csvFile(rows, header);

/** Each row as [line, ID, kept?, "SEVERITY CODE" of each issue]. */
function outcome(file: ParsedEvacuationSiteFile): [number, string | null, boolean, string[]][] {
  return file.rows.map((row) => [row.line, row.sourceId, row.ok, row.issues.map((issue) => `${issue.severity} ${issue.code}`)]);
}

function onlyRow(file: ParsedEvacuationSiteFile): { draft: EvacuationSiteDraft; issues: ImportIssue[] } {
  const [row] = file.rows;
  if (!row?.ok || file.rows.length !== 1) throw new Error(`expected one kept row, got ${JSON.stringify(file.rows)}`);
  return row;
}

/** BASE with the given cells, read alone: its draft and the issues as "SEVERITY CODE". */
function read(cells: Cells): { draft: EvacuationSiteDraft; issues: string[] } {
  const { draft, issues } = onlyRow(parseEvacuationSiteFile(utf8(csvText([{ ...BASE, ...cells }]))));
  return { draft, issues: issues.map((issue) => `${issue.severity} ${issue.code}`) };
}

const draftOf = (cells: Cells): EvacuationSiteDraft => read(cells).draft;

function counts(file: ParsedEvacuationSiteFile): { kept: number; repaired: number; rejected: number } {
  return {
    kept: file.rows.filter((row) => row.ok).length,
    repaired: file.rows.filter((row) => row.ok && row.issues.length > 0).length,
    rejected: file.rows.filter((row) => !row.ok).length,
  };
}

describe('parseEvacuationSiteFile', () => {
  it('reads a complete row of 新潟市 into a draft', () => {
    const cells: Cells = {
      全国地方公共団体コード: '151009',
      ID: 'E1510000012',
      名称: '新潟市立白山小学校 グラウンド',
      名称_カナ: 'ニイガタシリツハクサンショウガッコウ グラウンド',
      所在地_全国地方公共団体コード: '151033',
      町字ID: '0012001',
      所在地_連結表記: '新潟県新潟市中央区白山浦1丁目614',
      所在地_都道府県: '新潟県',
      所在地_市区町村: '新潟市中央区',
      緯度: '37.9130',
      経度: '139.0400',
      電話番号: '025-000-0102',
      災害種別_洪水: '',
      '災害種別_崖崩れ、土石流及び地滑り': '',
      災害種別_高潮: '',
      災害種別_地震: '○',
      災害種別_津波: '○',
      災害種別_大規模な火事: '○',
      災害種別_内水氾濫: '',
      災害種別_火山現象: '',
      指定避難所との重複: '○',
      想定収容人数: '1,200',
      '対象となる町会・自治会': '白山浦一丁目町内会\n白山浦二丁目町内会',
    };
    const file = parseEvacuationSiteFile(shiftJis(csvText([cells])));
    expect(file.encoding).toBe('Shift_JIS');
    expect(file.rows).toEqual([
      {
        line: 2,
        sourceId: 'E1510000012',
        ok: true,
        issues: [],
        draft: {
          publisherCode: '151009',
          sourceId: 'E1510000012',
          name: '新潟市立白山小学校 グラウンド',
          nameKana: 'ニイガタシリツハクサンショウガッコウ グラウンド',
          municipalityCode: '151033',
          townId: '0012001',
          address: '新潟県新潟市中央区白山浦1丁目614',
          latitude: 37.913,
          longitude: 139.04,
          phone: '025-000-0102',
          hazards: ['EARTHQUAKE', 'TSUNAMI', 'LARGE_FIRE'],
          alsoDesignatedShelter: true,
          capacityPersons: 1200,
          servedAreas: '白山浦一丁目町内会\n白山浦二丁目町内会',
        },
      },
    ]);
  });

  it('gives the same rows for Shift_JIS, UTF-8 with a BOM and UTF-8 without', () => {
    const text = csvText([
      BASE,
      { ...BASE, 全国地方公共団体コード: '152021', 所在地_全国地方公共団体コード: '', 名称: '悠久山公園①' },
      { ...BASE, ID: '2', 名称: '' },
    ]);
    const files = [shiftJis(text), utf8WithBom(text), utf8(text)].map(parseEvacuationSiteFile);
    expect(files.map((file) => file.encoding)).toEqual(['Shift_JIS', 'UTF-8 BOM', 'UTF-8']);
    for (const file of files) {
      expect(outcome(file)).toEqual([
        [2, '1', true, []],
        [3, '1', true, []],
        [4, '2', false, ['REJECTED MISSING_NAME']],
      ]);
      expect(file.rows[1]?.ok && file.rows[1].draft).toMatchObject({ name: '悠久山公園①', municipalityCode: '152021' });
    }
  });

  it('repairs or rejects each faulty row on its own, and keeps the good ones', () => {
    const rows: Cells[] = [
      {},
      { 全国地方公共団体コード: '15100', ID: '2' },
      // 札幌市 (011002) as Excel leaves it: without its leading zero, or without check digit as well.
      { 全国地方公共団体コード: '11002', 所在地_全国地方公共団体コード: '' },
      { 全国地方公共団体コード: '1100', 所在地_全国地方公共団体コード: '', ID: '2' },
      // 15202 is 幌延町 (015202) or 長岡市 (152021): the row must say which prefecture it is in.
      { 全国地方公共団体コード: '15202', 所在地_全国地方公共団体コード: '' },
      { 全国地方公共団体コード: '15202', 所在地_全国地方公共団体コード: '', 所在地_都道府県: '新潟県' },
      { 全国地方公共団体コード: '15202', 所在地_全国地方公共団体コード: '152048', ID: '2' },
      { 全国地方公共団体コード: '151008' },
      { 全国地方公共団体コード: '' },
      { 全国地方公共団体コード: '１５１００９', ID: '3' },
      // 新潟県 publishing a site of 長岡市.
      { 全国地方公共団体コード: '150002', 所在地_全国地方公共団体コード: '152021' },
      { 所在地_全国地方公共団体コード: '', ID: '4' },
      { 所在地_全国地方公共団体コード: '15107', ID: '5' },
      { 所在地_全国地方公共団体コード: '212016', ID: '6' },
      { 所在地_全国地方公共団体コード: '15202', ID: '7' },
      { 所在地_全国地方公共団体コード: '151034', ID: '8' },
      { ID: '' },
      { ID: '1' },
      { ID: '１' },
      { ID: 'X'.repeat(101) },
      { ID: '9', 名称: '' },
      { ID: '10', 名称: 'あ'.repeat(201) },
      { ID: '11', 名称_カナ: 'はくさんこうえん' },
      { ID: '12', 町字ID: '12001' },
      { ID: '13', 町字ID: '白山浦1丁目' },
      { ID: '14', 緯度: '139.0447', 経度: '37.9163' },
      { ID: '15', 緯度: '37.9163' },
      { ID: '16', 緯度: '3.79163', 経度: '13.90447' },
      { ID: '17', 電話番号: '025-000-010' },
      { ID: '18', 災害種別_洪水: '△' },
      { ID: '19', 指定避難所との重複: '一部' },
      { ID: '20', 想定収容人数: '0' },
      { ID: '21', 想定収容人数: '若干名' },
      { ID: '22', 所在地_全国地方公共団体コード: '212016', 名称: '', 緯度: '37.9', 想定収容人数: '多数' },
    ];
    const file = parseEvacuationSiteFile(shiftJis(csvText(rows.map((cells) => ({ ...BASE, ...cells })))));
    expect(outcome(file)).toEqual([
      [2, '1', true, []],
      [3, '2', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [4, '1', true, ['REPAIRED CODE_PADDED']],
      [5, '2', true, ['REPAIRED CODE_PADDED', 'REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [6, '1', false, ['REJECTED INVALID_CODE']],
      // ID 1 of 152021 is not ID 1 of 151009 or of 011002.
      [7, '1', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [8, '2', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [9, '1', false, ['REJECTED INVALID_CODE']],
      [10, '1', false, ['REJECTED MISSING_CODE']],
      [11, '3', true, []],
      [12, '1', true, []],
      [13, '4', true, []],
      [14, '5', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [15, '6', false, ['REJECTED LOCATION_OUTSIDE_PREFECTURE']],
      [16, '7', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [17, '8', false, ['REJECTED INVALID_CODE']],
      [18, null, false, ['REJECTED MISSING_ID']],
      [19, '1', false, ['REJECTED DUPLICATE_ID']],
      // １ is 1.
      [20, '1', false, ['REJECTED DUPLICATE_ID']],
      [21, 'X'.repeat(101), false, ['REJECTED ID_TOO_LONG']],
      [22, '9', false, ['REJECTED MISSING_NAME']],
      [23, '10', false, ['REJECTED NAME_TOO_LONG']],
      [24, '11', true, ['REPAIRED NAME_KANA_DROPPED']],
      [25, '12', true, ['REPAIRED TOWN_ID_PADDED']],
      [26, '13', true, ['REPAIRED TOWN_ID_DROPPED']],
      [27, '14', true, ['REPAIRED COORDINATES_SWAPPED']],
      [28, '15', true, ['REPAIRED COORDINATES_DROPPED']],
      [29, '16', true, ['REPAIRED COORDINATES_DROPPED']],
      [30, '17', true, ['REPAIRED PHONE_DROPPED']],
      [31, '18', true, ['REPAIRED HAZARD_READ_AS_NO']],
      [32, '19', true, ['REPAIRED SHELTER_OVERLAP_DROPPED']],
      [33, '20', true, ['REPAIRED CAPACITY_DROPPED']],
      [34, '21', true, ['REPAIRED CAPACITY_DROPPED']],
      // Every fault of a row is reported at once.
      [
        35,
        '22',
        false,
        ['REJECTED LOCATION_OUTSIDE_PREFECTURE', 'REJECTED MISSING_NAME', 'REPAIRED COORDINATES_DROPPED', 'REPAIRED CAPACITY_DROPPED'],
      ],
    ]);
    const codes = file.rows.map((row) => (row.ok ? `${row.draft.publisherCode} ${row.draft.municipalityCode}` : null));
    expect(codes.slice(0, 16)).toEqual([
      '151009 151033',
      '151009 151033',
      '011002 011002',
      '011002 011002',
      null,
      '152021 152021',
      '152021 152048',
      null,
      null,
      '151009 151033',
      '150002 152021',
      '151009 151009',
      '151009 151076',
      null,
      '151009 152021',
      null,
    ]);
  });

  it('reads a Hokkaido code that lost its leading zero, and takes the location from the publisher when it is empty', () => {
    const header = ['全国地方公共団体コード', 'ID', '名称', '所在地_全国地方公共団体コード', '所在地_都道府県', '災害種別_地震', '災害種別_津波'];
    const text = csvText(
      [
        { 全国地方公共団体コード: '11002', ID: 'S-001', 名称: '札幌市立中央小学校 グラウンド', 災害種別_地震: '1' },
        { 全国地方公共団体コード: '11002', ID: 'S-002', 名称: '大通公園', 所在地_全国地方公共団体コード: '11011', 災害種別_地震: '1' },
        // 幌延町 (015202) as 15202: the prefecture given next to it decides the reading.
        { 全国地方公共団体コード: '15202', ID: 'H-1', 名称: '幌延町 開進ふれあい公園', 所在地_都道府県: '北海道', 災害種別_津波: '1' },
        // 11002 reads one way only (there is no 110027), so 所在地_都道府県 has nothing to decide.
        { 全国地方公共団体コード: '11002', ID: 'S-003', 名称: '豊平公園', 所在地_都道府県: '新潟県', 災害種別_地震: '1' },
      ],
      header,
    );
    const file = parseEvacuationSiteFile(utf8(text));
    expect(outcome(file)).toEqual([
      [2, 'S-001', true, ['REPAIRED CODE_PADDED']],
      [3, 'S-002', true, ['REPAIRED CODE_PADDED', 'REPAIRED CODE_PADDED']],
      [4, 'H-1', true, ['REPAIRED CODE_PADDED']],
      [5, 'S-003', true, ['REPAIRED CODE_PADDED']],
    ]);
    expect(file.rows.map((row) => row.ok && [row.draft.publisherCode, row.draft.municipalityCode])).toEqual([
      ['011002', '011002'],
      ['011002', '011011'],
      ['015202', '015202'],
      ['011002', '011002'],
    ]);
    expect(file.rows[0]?.issues).toEqual([
      {
        column: '全国地方公共団体コード',
        code: 'CODE_PADDED',
        severity: 'REPAIRED',
        message: 'The code 11002 had lost its leading zero; read as 011002',
        messageJa: 'コード 11002 は先頭の0が落ちていたため、011002 として読みました。',
      },
    ]);
  });

  it('says what is wrong in English and Japanese, naming the column', () => {
    const text = csvText([
      { ...BASE, 所在地_全国地方公共団体コード: '212016' },
      { ...BASE, ID: '2', 全国地方公共団体コード: '15202', 所在地_全国地方公共団体コード: '' },
      { ...BASE, ID: '3', 全国地方公共団体コード: '15202', 所在地_全国地方公共団体コード: '', 所在地_都道府県: '新潟県' },
      { ...BASE, ID: '4', 災害種別_洪水: '△', 緯度: '139.0447', 経度: '37.9163', 電話番号: '内線123' },
    ]);
    const file = parseEvacuationSiteFile(utf8(text));
    expect(file.rows.map((row) => row.issues)).toEqual([
      [
        {
          column: '所在地_全国地方公共団体コード',
          code: 'LOCATION_OUTSIDE_PREFECTURE',
          severity: 'REJECTED',
          message: "The site's local government 212016 is in 岐阜県, not in 新潟県 where the publisher 151009 is",
          messageJa: '所在地の団体コード 212016 は岐阜県の団体で、公開元 151009 のある新潟県の団体ではありません。',
        },
      ],
      [
        {
          column: '全国地方公共団体コード',
          code: 'INVALID_CODE',
          severity: 'REJECTED',
          message: 'The local government code 15202 can be read as 015202 or 152021; write it with 6 digits, check digit included',
          messageJa: '全国地方公共団体コード 15202 は 015202 とも 152021 とも読めます。検査数字を含む6桁で記載してください。',
        },
      ],
      [
        {
          column: '全国地方公共団体コード',
          code: 'CODE_CHECK_DIGIT_ADDED',
          severity: 'REPAIRED',
          message: 'The code 15202 has no check digit; read as 152021 in 新潟県, where the row is (it could also be read as 015202)',
          messageJa: 'コード 15202 に検査数字がないため、152021 として読みました（015202 とも読めますが、行の都道府県の新潟県の団体として読みました）。',
        },
      ],
      [
        {
          column: '緯度',
          code: 'COORDINATES_SWAPPED',
          severity: 'REPAIRED',
          message: 'Latitude and longitude (139.0447 / 37.9163) were swapped; read as latitude 37.9163, longitude 139.0447',
          messageJa: '緯度・経度（139.0447 / 37.9163）が入れ替わっていたため、緯度 37.9163、経度 139.0447 として読みました。',
        },
        {
          column: '電話番号',
          code: 'PHONE_DROPPED',
          severity: 'REPAIRED',
          message: '"内線123" is not a phone number (10 or 11 digits starting with 0, e.g. 025-000-0000); it was dropped',
          messageJa: '電話番号「内線123」は電話番号として読めない（0から始まる10〜11桁、例：025-000-0000）ため削除しました。',
        },
        {
          column: '災害種別_洪水',
          code: 'HAZARD_READ_AS_NO',
          severity: 'REPAIRED',
          message:
            '"△" in 災害種別_洪水 is neither a yes (1, ○) nor a no (blank, 0, ×); the site is taken as not designated for this hazard',
          messageJa: '災害種別_洪水の「△」は該当（1、○）とも非該当（空欄、0、×）とも読めないため、洪水の指定はないものとして取り込みました。',
        },
      ],
    ]);
  });

  it('reads each 災害種別_ cell as yes or no', () => {
    expect(draftOf({}).hazards).toEqual(['EARTHQUAKE']);
    expect(draftOf({ 災害種別_地震: '' }).hazards).toEqual([]);
    const everything = Object.fromEntries(Object.keys(EVACUATION_SITE_HAZARDS).map((column) => [EVACUATION_SITE_COLUMNS[column as keyof typeof EVACUATION_SITE_HAZARDS], '1']));
    expect(draftOf(everything).hazards).toEqual([
      'FLOOD', 'LANDSLIDE', 'STORM_SURGE', 'EARTHQUAKE', 'TSUNAMI', 'LARGE_FIRE', 'INLAND_FLOOD', 'VOLCANO',
    ]);
    for (const yes of ['1', '１', '○', '◯', '〇', '◎', '●', '有', '有り', 'あり', '該当', ' ○ ', 'true']) {
      expect(read({ 災害種別_洪水: yes }), yes).toEqual({ draft: expect.objectContaining({ hazards: ['FLOOD', 'EARTHQUAKE'] }), issues: [] });
    }
    for (const no of ['', '0', '０', '×', '無', '無し', 'なし', '非該当', '-', '－', 'ー', '\u3000']) {
      expect(read({ 災害種別_洪水: no }), no).toEqual({ draft: expect.objectContaining({ hazards: ['EARTHQUAKE'] }), issues: [] });
    }
    // Neither yes nor no: not designated for that hazard, and the publisher is told.
    for (const unclear of ['△', '2', '一部', '2階以上']) {
      expect(read({ 災害種別_洪水: unclear }), unclear).toEqual({
        draft: expect.objectContaining({ hazards: ['EARTHQUAKE'] }),
        issues: ['REPAIRED HAZARD_READ_AS_NO'],
      });
    }
  });

  it('reads 指定避難所との重複 as true, false or not stated', () => {
    const overlap = (value: string) => read({ 指定避難所との重複: value });
    expect(overlap('')).toEqual({ draft: expect.objectContaining({ alsoDesignatedShelter: null }), issues: [] });
    for (const yes of ['1', '○', '〇', '有', '該当']) expect(overlap(yes).draft.alsoDesignatedShelter, yes).toBe(true);
    for (const no of ['0', '×', '無', 'なし']) expect(overlap(no).draft.alsoDesignatedShelter, no).toBe(false);
    expect(overlap('一部')).toEqual({
      draft: expect.objectContaining({ alsoDesignatedShelter: null }),
      issues: ['REPAIRED SHELTER_OVERLAP_DROPPED'],
    });
  });

  it('reads 想定収容人数 as a number of persons, or drops it', () => {
    const capacity = (value: string) => read({ 想定収容人数: value });
    expect(capacity('1200')).toEqual({ draft: expect.objectContaining({ capacityPersons: 1200 }), issues: [] });
    for (const text of ['1,200', '1200人', '１，２００名', '約1,200人', '1200 人']) {
      expect(capacity(text), text).toEqual({ draft: expect.objectContaining({ capacityPersons: 1200 }), issues: [] });
    }
    expect(capacity('')).toEqual({ draft: expect.objectContaining({ capacityPersons: null }), issues: [] });
    for (const text of ['0', '-50', '12.5', '若干名', '1,200台', '多数']) {
      expect(capacity(text), text).toEqual({
        draft: expect.objectContaining({ capacityPersons: null }),
        issues: ['REPAIRED CAPACITY_DROPPED'],
      });
    }
  });

  it('keeps coordinates in Japan, swaps a swapped pair and drops the rest', () => {
    const coordinates = (latitude: string, longitude: string) => {
      const { draft, issues } = read({ 緯度: latitude, 経度: longitude });
      return [draft.latitude, draft.longitude, issues];
    };
    expect(coordinates('', '')).toEqual([null, null, []]);
    expect(coordinates('37.9163', '139.0447')).toEqual([37.9163, 139.0447, []]);
    expect(coordinates('３７．９１６３', '１３９．０４４７')).toEqual([37.9163, 139.0447, []]);
    expect(coordinates('139.0', '37.9')).toEqual([37.9, 139, ['REPAIRED COORDINATES_SWAPPED']]);
    // The edges of Japan: 沖ノ鳥島, 南鳥島, 与那国島.
    expect(coordinates('20.42', '136.08')).toEqual([20.42, 136.08, []]);
    expect(coordinates('24.28', '153.98')).toEqual([24.28, 153.98, []]);
    expect(coordinates('24.45', '122.93')).toEqual([24.45, 122.93, []]);
    for (const [latitude, longitude] of [
      ['37.9163', ''],
      ['', '139.0447'],
      ['0', '0'],
      ['37.9163', '-139.0447'],
      ['51.5', '-0.12'],
      ['37°54′59″', '139°02′41″'],
      ['北緯37.9', '東経139.0'],
    ] as const) {
      expect(coordinates(latitude, longitude), `${latitude} ${longitude}`).toEqual([null, null, ['REPAIRED COORDINATES_DROPPED']]);
    }
  });

  it('reads a phone number in the forms published files write it, and drops one it cannot use', () => {
    const phone = (text: string) => read({ 電話番号: text });
    for (const [text, expected] of [
      ['025-000-0102', '025-000-0102'],
      ['０２５－０００－０１０２', '025-000-0102'],
      ['025ー000ー0102', '025-000-0102'],
      ['(025)000-0102', '025-000-0102'],
      ['（０２５）０００－０１０２', '025-000-0102'],
      ['025(000)0102', '025-000-0102'],
      ['025 000 0102', '025-000-0102'],
      ['0250000102', '0250000102'],
      ['090-0000-0102', '090-0000-0102'],
    ] as const) {
      expect(phone(text), text).toEqual({ draft: expect.objectContaining({ phone: expected }), issues: [] });
    }
    for (const text of ['000-0102', '025-000-010', '25-000-0102', '025-000-0102 内線12', '代表番号', '025--000-0102']) {
      expect(phone(text), text).toEqual({ draft: expect.objectContaining({ phone: null }), issues: ['REPAIRED PHONE_DROPPED'] });
    }
  });

  it('reads the reading in katakana and the 町字ID with its 7 digits, or drops them', () => {
    expect(read({ 名称_カナ: 'ﾊｸｻﾝｺｳｴﾝ' })).toEqual({ draft: expect.objectContaining({ nameKana: 'ハクサンコウエン' }), issues: [] });
    expect(read({ 名称_カナ: 'ハクサン・コウエン グラウンド' }).draft.nameKana).toBe('ハクサン・コウエン グラウンド');
    expect(read({ 名称_カナ: 'Hakusan Park' })).toEqual({
      draft: expect.objectContaining({ nameKana: null }),
      issues: ['REPAIRED NAME_KANA_DROPPED'],
    });
    expect(read({ 町字ID: '0012001' })).toEqual({ draft: expect.objectContaining({ townId: '0012001' }), issues: [] });
    expect(read({ 町字ID: '１２００１' })).toEqual({
      draft: expect.objectContaining({ townId: '0012001' }),
      issues: ['REPAIRED TOWN_ID_PADDED'],
    });
    for (const text of ['00120011', '0012-001', '白山浦']) {
      expect(read({ 町字ID: text }), text).toEqual({
        draft: expect.objectContaining({ townId: null }),
        issues: ['REPAIRED TOWN_ID_DROPPED'],
      });
    }
  });

  it('trims text, strips control characters and keeps line breaks only in the list of 町会・自治会', () => {
    const draft = draftOf({
      名称: '\u3000白山\t公園\u0007 ',
      ID: ' Ｅ－１ ',
      所在地_連結表記: '新潟県新潟市中央区\n一番堀通町1-2',
      '対象となる町会・自治会': ' 西大畑町町内会\r\n旭町通一番町町内会\u0000 ',
    });
    expect(draft).toMatchObject({
      name: '白山 公園',
      sourceId: 'E-1',
      address: '新潟県新潟市中央区 一番堀通町1-2',
      servedAreas: '西大畑町町内会\n旭町通一番町町内会',
    });
    expect(draftOf({ 名称: 'あ'.repeat(200) }).name).toHaveLength(200);
    expect(draftOf({ ID: 'X'.repeat(100) }).sourceId).toHaveLength(100);
  });

  it('numbers rows by the line they start on, skips empty lines and rejects a row whose columns do not line up', () => {
    const text = [
      HEADER.join(','),
      record({ ...BASE, '対象となる町会・自治会': '一番町\n二番町\n三番町' }),
      '',
      ',,,,',
      record({ ...BASE, ID: '2' }),
      '151009,3,白山公園',
      `${record({ ...BASE, ID: '4', '対象となる町会・自治会': 'あ' })},余分な値`,
      '151009,5,"閉じていない引用符,151033',
      record({ ...BASE, ID: '6' }),
      '',
      '',
    ].join('\r\n');
    const file = parseEvacuationSiteFile(utf8WithBom(text));
    expect(outcome(file)).toEqual([
      [2, '1', true, []],
      [7, '2', true, []],
      [8, '3', false, ['REJECTED COLUMN_COUNT']],
      [9, '4', false, ['REJECTED COLUMN_COUNT']],
      [10, null, false, ['REJECTED MALFORMED_ROW']],
      [11, '6', true, []],
    ]);
    expect(file.rows[0]?.ok && file.rows[0].draft.servedAreas).toBe('一番町\n二番町\n三番町');
  });

  it('matches headers after NFKC and without spaces, and does without the optional columns', () => {
    const header = [' 全国地方公共団体コード', 'ＩＤ', '名称\u3000', '災害種別＿地震', '災害種別_ 津波', '災害種別_崖崩れ・土石流及び地滑り', '災害種別_その他'];
    const cells: Cells = {
      ' 全国地方公共団体コード': '212016',
      ＩＤ: '1',
      '名称\u3000': '岐阜公園',
      災害種別＿地震: '○',
      '災害種別_ 津波': '×',
      '災害種別_崖崩れ・土石流及び地滑り': '○',
      災害種別_その他: '○',
    };
    expect(onlyRow(parseEvacuationSiteFile(shiftJis(csvText([cells], header))))).toEqual({
      line: 2,
      sourceId: '1',
      ok: true,
      issues: [],
      draft: {
        publisherCode: '212016',
        sourceId: '1',
        name: '岐阜公園',
        nameKana: null,
        municipalityCode: '212016',
        townId: null,
        address: null,
        latitude: null,
        longitude: null,
        phone: null,
        hazards: ['LANDSLIDE', 'EARTHQUAKE'],
        alsoDesignatedShelter: null,
        capacityPersons: null,
        servedAreas: null,
      },
    });
    const kana = ['全国地方公共団体コード', 'ID', '名称', '災害種別_がけ崩れ、土石流及び地すべり'];
    const landslide = parseEvacuationSiteFile(utf8(csvText([{ ...BASE, '災害種別_がけ崩れ、土石流及び地すべり': '1' }], kana)));
    expect(onlyRow(landslide).draft.hazards).toEqual(['LANDSLIDE']);
  });

  it('refuses a file that is not a 指定緊急避難場所一覧 with DatasetFileError', () => {
    expect(catchFileError(utf8('ID,名称,災害種別_洪水\r\n1,白山公園,1\r\n'))).toMatchObject({
      message: expect.stringContaining('全国地方公共団体コード'),
      code: 'MISSING_COLUMNS',
      columns: ['全国地方公共団体コード'],
      messageJa: '指定緊急避難場所一覧の必須列「全国地方公共団体コード」がありません。1行目を列名の行にしてください。',
    });
    // Without a single 災害種別_ column the file says nothing of what the sites are for.
    expect(catchFileError(utf8('全国地方公共団体コード,ID,名称,緯度,経度\r\n151009,1,白山公園,37.9,139.0\r\n'))).toMatchObject({
      code: 'MISSING_COLUMNS',
      columns: ['災害種別_*'],
      messageJa:
        '指定緊急避難場所一覧の必須列「災害種別_*」がありません（災害種別_洪水などの「災害種別_」の列が少なくとも1つ必要です）。' +
        '1行目を列名の行にしてください。',
    });
    // Another dataset altogether: an イベント一覧.
    const events = '都道府県コード又は市区町村コード,NO,イベント名,開始日\r\n151009,1,防災訓練,2026-09-01\r\n';
    expect(catchFileError(shiftJis(events))).toMatchObject({
      code: 'MISSING_COLUMNS',
      columns: ['全国地方公共団体コード', 'ID', '名称', '災害種別_*'],
    });
    // A title line above the header, as some published files have it.
    expect(catchFileError(shiftJis(`指定緊急避難場所一覧（令和8年4月1日現在）\r\n${csvText([BASE])}`)).code).toBe('MISSING_COLUMNS');
    expect(catchFileError(utf8(csvText([BASE], [...HEADER, '災害種別_洪水 '])))).toMatchObject({
      code: 'DUPLICATE_COLUMNS',
      columns: ['災害種別_洪水'],
    });
    expect(catchFileError(utf8(csvText([BASE], [...HEADER, '災害種別_崖崩れ・土石流及び地滑り'])))).toMatchObject({
      code: 'DUPLICATE_COLUMNS',
      columns: ['災害種別_崖崩れ、土石流及び地滑り'],
    });
    expect(catchFileError(new Uint8Array())).toMatchObject({
      message: 'The file is empty',
      code: 'EMPTY_FILE',
      messageJa: 'ファイルが空です。',
    });
    expect(catchFileError(utf8WithBom('\r\n\r\n')).code).toBe('EMPTY_FILE');
  });

  it('returns no rows for a header without records', () => {
    expect(parseEvacuationSiteFile(utf8(csvText([])))).toEqual({ encoding: 'UTF-8', rows: [] });
  });

  it('reads the 新潟市・長岡市 sample file (UTF-8 with a BOM) as documented', () => {
    const file = parseEvacuationSiteFile(readFileSync(new URL('./sample/evacuation-sites-niigata.csv', import.meta.url)));
    expect(file.encoding).toBe('UTF-8 BOM');
    expect(outcome(file)).toEqual([
      [2, '1', true, []],
      // Its list of 町内会 runs over two lines.
      [3, '2', true, []],
      [5, '3', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [6, '4', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [7, '1', true, []],
      [8, '2', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [9, '5', false, ['REJECTED MISSING_NAME']],
      [10, '6', true, ['REPAIRED COORDINATES_SWAPPED']],
      [11, '7', true, ['REPAIRED COORDINATES_DROPPED']],
      [12, '2', false, ['REJECTED DUPLICATE_ID']],
      [13, '8', true, ['REPAIRED HAZARD_READ_AS_NO']],
      [14, '3', true, ['REPAIRED PHONE_DROPPED']],
      [15, '9', false, ['REJECTED LOCATION_OUTSIDE_PREFECTURE']],
    ]);
    expect(counts(file)).toEqual({ kept: 10, repaired: 7, rejected: 3 });
    const drafts = file.rows.flatMap((row) => (row.ok ? [row.draft] : []));
    expect(drafts.map((draft) => `${draft.publisherCode} ${draft.municipalityCode} ${draft.sourceId}`)).toEqual([
      '151009 151033 1',
      '151009 151033 2',
      '151009 151033 3',
      '151009 151076 4',
      '152021 152021 1',
      '152021 152021 2',
      '151009 151025 6',
      '151009 151033 7',
      '151009 151033 8',
      '152021 152021 3',
    ]);
    expect(drafts[1]).toMatchObject({ capacityPersons: 1200, alsoDesignatedShelter: true, servedAreas: '白山浦一丁目町内会\n白山浦二丁目町内会' });
    expect(drafts[4]).toMatchObject({ phone: '0258-00-0101', hazards: ['FLOOD', 'EARTHQUAKE', 'LARGE_FIRE', 'INLAND_FLOOD'] });
    expect(drafts[6]).toMatchObject({ latitude: 37.9178, longitude: 139.0712 });
    expect(drafts[8]).toMatchObject({
      hazards: ['STORM_SURGE', 'EARTHQUAKE', 'LARGE_FIRE'],
      alsoDesignatedShelter: false,
      capacityPersons: 800,
    });
  });

  it('reads the 岐阜市 sample file (Shift_JIS, without the optional columns) as documented', () => {
    const bytes = readFileSync(new URL('./sample/evacuation-sites-gifu-sjis.csv', import.meta.url));
    // Really Shift_JIS: not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const file = parseEvacuationSiteFile(bytes);
    expect(file.encoding).toBe('Shift_JIS');
    expect(outcome(file)).toEqual([
      [2, 'G001', true, []],
      [3, 'G002', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [4, 'G003', true, []],
      [5, null, false, ['REJECTED MISSING_ID']],
      [6, 'G005', true, []],
      [7, 'G006', true, ['REPAIRED COORDINATES_DROPPED']],
    ]);
    expect(counts(file)).toEqual({ kept: 5, repaired: 2, rejected: 1 });
    expect(file.rows[0]?.ok && file.rows[0].draft).toEqual({
      publisherCode: '212016',
      sourceId: 'G001',
      name: '岐阜公園',
      nameKana: 'ギフコウエン',
      municipalityCode: '212016',
      townId: null,
      address: '岐阜県岐阜市大宮町1丁目',
      latitude: 35.4333,
      longitude: 136.7822,
      phone: '058-000-0201',
      hazards: ['EARTHQUAKE', 'LARGE_FIRE'],
      alsoDesignatedShelter: false,
      capacityPersons: 10000,
      servedAreas: null,
    });
    expect(file.rows[1]?.ok && file.rows[1].draft).toMatchObject({ publisherCode: '212016', capacityPersons: 1500, alsoDesignatedShelter: true });
    expect(file.rows[4]?.ok && file.rows[4].draft).toMatchObject({
      name: '北部防災広場①',
      nameKana: 'ホクブボウサイヒロバ',
      phone: '058-000-0205',
      hazards: ['FLOOD', 'EARTHQUAKE', 'LARGE_FIRE', 'INLAND_FLOOD'],
      capacityPersons: 300,
    });
  });
});

function catchFileError(bytes: Uint8Array): DatasetFileError {
  try {
    parseEvacuationSiteFile(bytes);
  } catch (error) {
    if (error instanceof DatasetFileError) return error;
    throw error;
  }
  throw new Error('expected a DatasetFileError');
}
