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
import { parseEventFile } from './rows.js';
import type { EventDraft, ParsedEventFile } from './types.js';

/** The header of the イベント一覧 dataset, as published. */
const HEADER = [
  '都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', 'イベント名', 'イベント名_カナ', 'イベント名_英語',
  '開始日', '終了日', '開始時間', '終了時間', '開始日時特記事項', '説明', '料金(基本)', '料金(詳細)', '連絡先名称',
  '連絡先電話番号', '連絡先内線番号', '主催者', '場所名称', '住所', '方書', '緯度', '経度', 'アクセス方法', '駐車場情報',
  '定員', '参加申込終了日', '参加申込終了時間', '参加申込方法', 'URL', '備考',
];


const NOW = new Date('2026-06-01T09:00:00+09:00');

/** A plain good row of 菊池市: one afternoon, nothing else given. */
const BASE: Cells = {
  都道府県コード又は市区町村コード: '432105',
  NO: '1',
  都道府県名: '熊本県',
  市区町村名: '菊池市',
  イベント名: '認知症サポーター養成講座',
  開始日: '2026-12-05',
  開始時間: '13:30',
  終了時間: '15:00',
};

const record = (cells: Cells, header: string[] = HEADER): string => csvRecord(cells, header);
const csvText = (rows: Cells[], header: string[] = HEADER): string => csvFile(rows, header);

/** Each row as [line, NO, kept?, "SEVERITY CODE" of each issue]. */
function outcome(file: ParsedEventFile): [number, string | null, boolean, string[]][] {
  return file.rows.map((row) => [row.line, row.no, row.ok, row.issues.map((issue) => `${issue.severity} ${issue.code}`)]);
}

function onlyDraft(file: ParsedEventFile): EventDraft {
  const [row] = file.rows;
  if (!row?.ok || file.rows.length !== 1) throw new Error(`expected one kept row, got ${JSON.stringify(file.rows)}`);
  return row.draft;
}

function draftOf(cells: Cells): EventDraft {
  return onlyDraft(parseEventFile(utf8(csvText([{ ...BASE, ...cells }])), { now: NOW }));
}

describe('parseEventFile', () => {
  it('reads a complete row of 菊池市 into a draft', () => {
    const cells: Cells = {
      都道府県コード又は市区町村コード: '432105',
      NO: '12',
      都道府県名: '熊本県',
      市区町村名: '菊池市',
      イベント名: '菊池圏域 生活困窮者支援ネットワーク研修会',
      イベント名_カナ: 'キクチケンイキ セイカツコンキュウシャシエンネットワークケンシュウカイ',
      イベント名_英語: 'Kikuchi area training for support networks',
      開始日: '2026/12/5',
      終了日: '2026年12月5日',
      開始時間: '13時30分',
      終了時間: '16:00',
      開始日時特記事項: '受付は13時から',
      説明: '事例検討と意見交換を行います。\n当日は筆記用具をお持ちください。',
      '料金(基本)': '無料',
      '料金(詳細)': '資料は当日配布します',
      連絡先名称: '菊池市 福祉課',
      連絡先電話番号: '０００－００００－１２３４',
      連絡先内線番号: '２１５',
      主催者: '菊池市',
      場所名称: '菊池市中央公民館',
      住所: '熊本県菊池市隈府888',
      方書: '2階 大会議室',
      緯度: '32.979',
      経度: '130.813',
      アクセス方法: '菊池プラザバス停から徒歩5分',
      駐車場情報: 'あり（30台）',
      定員: '３０名',
      参加申込終了日: '令和8年11月30日',
      参加申込終了時間: '17時',
      参加申込方法: '電話またはメールで',
      URL: 'https://city-kikuchi.example/events/12',
      備考: '手話通訳あり',
    };
    const file = parseEventFile(shiftJis(csvText([cells])), { now: NOW });
    expect(file.encoding).toBe('Shift_JIS');
    expect(file.rows).toEqual([
      {
        line: 2,
        no: '12',
        ok: true,
        issues: [],
        draft: {
          municipalityCode: '432105',
          no: '12',
          title: '菊池圏域 生活困窮者支援ネットワーク研修会',
          titleKana: 'キクチケンイキ セイカツコンキュウシャシエンネットワークケンシュウカイ',
          titleEn: 'Kikuchi area training for support networks',
          startDate: '2026-12-05',
          endDate: '2026-12-05',
          startTime: '13:30',
          endTime: '16:00',
          timeNote: '受付は13時から',
          description: '事例検討と意見交換を行います。\n当日は筆記用具をお持ちください。',
          feeYen: 0,
          feeNote: '資料は当日配布します',
          contactName: '菊池市 福祉課',
          contactPhone: '000-0000-1234',
          contactExtension: '215',
          organizerName: '菊池市',
          venueName: '菊池市中央公民館',
          address: '熊本県菊池市隈府888',
          addressDetail: '2階 大会議室',
          latitude: 32.979,
          longitude: 130.813,
          access: '菊池プラザバス停から徒歩5分',
          parking: 'あり（30台）',
          capacity: 30,
          registrationDeadlineDate: '2026-11-30',
          registrationDeadlineTime: '17:00',
          registrationMethod: '電話またはメールで',
          url: 'https://city-kikuchi.example/events/12',
          note: '手話通訳あり',
        },
      },
    ]);
  });

  it('gives the same rows for Shift_JIS, UTF-8 with a BOM and UTF-8 without', () => {
    const text = csvText([
      BASE,
      { ...BASE, 都道府県コード又は市区町村コード: '151009', 市区町村名: '新潟市', イベント名: '家計改善支援セミナー①' },
      { ...BASE, 都道府県コード又は市区町村コード: '212016', 市区町村名: '岐阜市', イベント名: '' },
    ]);
    const files = [shiftJis(text), utf8WithBom(text), utf8(text)].map((bytes) => parseEventFile(bytes, { now: NOW }));
    expect(files.map((file) => file.encoding)).toEqual(['Shift_JIS', 'UTF-8 BOM', 'UTF-8']);
    for (const file of files) {
      expect(outcome(file)).toEqual([
        [2, '1', true, []],
        [3, '1', true, []],
        [4, '1', false, ['REJECTED MISSING_TITLE']],
      ]);
      expect(file.rows[1]?.ok && file.rows[1].draft.title).toBe('家計改善支援セミナー①');
    }
  });

  it('repairs or rejects each faulty row on its own, and keeps the good ones', () => {
    const rows: Cells[] = [
      {},
      { 都道府県コード又は市区町村コード: '43210', NO: '2' },
      { 都道府県コード又は市区町村コード: '11002', 市区町村名: '札幌市' },
      { 都道府県コード又は市区町村コード: '1100', NO: '2', 市区町村名: '札幌市' },
      { 都道府県コード又は市区町村コード: '15202' },
      { 都道府県コード又は市区町村コード: '432106' },
      { 都道府県コード又は市区町村コード: '' },
      { 都道府県コード又は市区町村コード: '１５０００２', 市区町村名: '' },
      { NO: '' },
      { NO: '1' },
      { NO: '２' },
      { 都道府県コード又は市区町村コード: '151009', NO: '1', 市区町村名: '新潟市' },
      { NO: '3', イベント名: '' },
      { NO: '4', イベント名: 'あ'.repeat(201) },
      { NO: '5', 開始日: '' },
      { NO: '6', 開始日: '2026-02-30' },
      { NO: '7', 開始日: '2032-01-01' },
      { NO: '8', 終了日: '2026-12-04' },
      { NO: '9', 終了日: '12月6日' },
      { NO: '10', 開始時間: '', 終了時間: '' },
      { NO: '11', 開始時間: '', 終了時間: '15:00' },
      { NO: '12', 開始時間: '24:00' },
      { NO: '13', 終了時間: '夕方' },
      { NO: '14', 終了時間: '12:00' },
      { NO: '15', 終了日: '2026-12-06', 終了時間: '12:00' },
      { NO: '16', '料金(基本)': '資料代として500円' },
      { NO: '17', 定員: '0' },
      { NO: '18', 定員: '若干名' },
      { NO: '19', 緯度: '32.979' },
      { NO: '20', 緯度: '130.813', 経度: '32.979' },
      { NO: '21', URL: 'www.city-kikuchi.example/events' },
      { NO: '22', URL: 'javascript:alert(1)' },
      { NO: '23', 参加申込終了日: '2026-12-06' },
      { NO: '24', 参加申込終了日: '前日まで' },
      { NO: '25', 参加申込終了時間: '17:00' },
      { NO: '26', 参加申込終了日: '2026-11-30', 参加申込終了時間: '夕方' },
      { NO: '27', 都道府県コード又は市区町村コード: '432106', イベント名: '', 終了日: '2026-12-04', 定員: '0' },
    ];
    const file = parseEventFile(shiftJis(csvText(rows.map((cells) => ({ ...BASE, ...cells })))), { now: NOW });
    expect(outcome(file)).toEqual([
      [2, '1', true, []],
      [3, '2', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [4, '1', true, ['REPAIRED CODE_PADDED']],
      // 札幌市 again: NO 2 of 011002 is not NO 2 of 432105.
      [5, '2', true, ['REPAIRED CODE_PADDED', 'REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [6, '1', false, ['REJECTED INVALID_CODE']],
      [7, '1', false, ['REJECTED INVALID_CODE']],
      [8, '1', false, ['REJECTED MISSING_CODE']],
      // 新潟県's own code, in full-width digits.
      [9, '1', true, []],
      [10, null, false, ['REJECTED MISSING_NO']],
      [11, '1', false, ['REJECTED DUPLICATE_NO']],
      // ２ is 2, which line 3 took after its code was repaired to 432105.
      [12, '2', false, ['REJECTED DUPLICATE_NO']],
      [13, '1', true, []],
      [14, '3', false, ['REJECTED MISSING_TITLE']],
      [15, '4', false, ['REJECTED TITLE_TOO_LONG']],
      [16, '5', false, ['REJECTED MISSING_START_DATE']],
      [17, '6', false, ['REJECTED INVALID_START_DATE']],
      [18, '7', false, ['REJECTED START_DATE_TOO_FAR']],
      [19, '8', false, ['REJECTED END_BEFORE_START']],
      [20, '9', false, ['REJECTED INVALID_END_DATE']],
      [21, '10', true, []],
      [22, '11', true, ['REPAIRED END_TIME_DROPPED']],
      [23, '12', false, ['REJECTED INVALID_START_TIME']],
      [24, '13', false, ['REJECTED INVALID_END_TIME']],
      [25, '14', false, ['REJECTED END_TIME_BEFORE_START_TIME']],
      [26, '15', true, []],
      [27, '16', true, ['REPAIRED FEE_NOT_A_NUMBER']],
      [28, '17', true, ['REPAIRED CAPACITY_DROPPED']],
      [29, '18', true, ['REPAIRED CAPACITY_DROPPED']],
      [30, '19', true, ['REPAIRED COORDINATES_DROPPED']],
      [31, '20', true, ['REPAIRED COORDINATES_DROPPED']],
      [32, '21', true, ['REPAIRED URL_DROPPED']],
      [33, '22', true, ['REPAIRED URL_DROPPED']],
      [34, '23', true, ['REPAIRED REGISTRATION_DEADLINE_DROPPED']],
      [35, '24', true, ['REPAIRED REGISTRATION_DEADLINE_DROPPED']],
      [36, '25', true, ['REPAIRED REGISTRATION_TIME_DROPPED']],
      [37, '26', true, ['REPAIRED REGISTRATION_TIME_DROPPED']],
      // Every fault of a row is reported at once.
      [38, '27', false, ['REJECTED INVALID_CODE', 'REJECTED MISSING_TITLE', 'REJECTED END_BEFORE_START', 'REPAIRED CAPACITY_DROPPED']],
    ]);
  });

  it('says what is wrong in English and Japanese, naming the column', () => {
    const text = csvText([
      { ...BASE, 終了日: '2026-12-04' },
      { ...BASE, NO: '2', 都道府県コード又は市区町村コード: '15202' },
    ]);
    const file = parseEventFile(utf8(text), { now: NOW });
    expect(file.rows.map((row) => row.issues)).toEqual([
      [
        {
          column: '終了日',
          code: 'END_BEFORE_START',
          severity: 'REJECTED',
          message: 'The end date 2026-12-04 is before the start date 2026-12-05',
          messageJa: '終了日 2026-12-04 が開始日 2026-12-05 より前です。',
        },
      ],
      [
        {
          column: '都道府県コード又は市区町村コード',
          code: 'INVALID_CODE',
          severity: 'REJECTED',
          message: 'The code 15202 can be read as 015202 or 152021; write it with 6 digits, check digit included',
          messageJa: 'コード 15202 は 015202 とも 152021 とも読めます。検査数字を含む6桁で記載してください。',
        },
      ],
    ]);
  });

  it('reads the dates and times of a row', () => {
    expect(draftOf({ 開始日: '令和8年12月5日', 終了日: '', 開始時間: '', 終了時間: '' })).toMatchObject({
      startDate: '2026-12-05',
      endDate: '2026-12-05',
      startTime: null,
      endTime: null,
    });
    expect(draftOf({ 開始日: '20261205', 終了日: '2026/12/6', 開始時間: '１８：００', 終了時間: '午前9時' })).toMatchObject({
      startDate: '2026-12-05',
      endDate: '2026-12-06',
      startTime: '18:00',
      endTime: '09:00',
    });
    const withoutStartTime = parseEventFile(utf8(csvText([{ ...BASE, 開始時間: '', 終了時間: '15:00' }])), { now: NOW });
    expect(withoutStartTime.rows[0]?.ok && withoutStartTime.rows[0].draft).toMatchObject({ startTime: null, endTime: null });
  });

  it('reads the basic fee as yen when it is one amount, and as a note otherwise', () => {
    const fee = (basic: string, detail = '') => {
      const { feeYen, feeNote } = draftOf({ '料金(基本)': basic, '料金(詳細)': detail });
      return { feeYen, feeNote };
    };
    expect(fee('無料')).toEqual({ feeYen: 0, feeNote: null });
    expect(fee('0')).toEqual({ feeYen: 0, feeNote: null });
    expect(fee('0円', '昼食代は各自')).toEqual({ feeYen: 0, feeNote: '昼食代は各自' });
    expect(fee('500円')).toEqual({ feeYen: 500, feeNote: null });
    expect(fee('1,000')).toEqual({ feeYen: 1000, feeNote: null });
    expect(fee('￥１，５００')).toEqual({ feeYen: 1500, feeNote: null });
    expect(fee('', '会員は無料')).toEqual({ feeYen: null, feeNote: '会員は無料' });
    expect(fee('資料代として500円')).toEqual({ feeYen: null, feeNote: '資料代として500円' });
    expect(fee('大人500円、子ども無料', '当日受付でお支払いください')).toEqual({
      feeYen: null,
      feeNote: '大人500円、子ども無料\n当日受付でお支払いください',
    });
  });

  it('reads capacity, coordinates, URL and registration deadline, or drops them', () => {
    expect(draftOf({ 定員: '30人' }).capacity).toBe(30);
    expect(draftOf({ 定員: '1,200' }).capacity).toBe(1200);
    expect(draftOf({ 定員: '-5' }).capacity).toBeNull();
    expect(draftOf({ 緯度: '３２．９７９', 経度: '１３０．８１３' })).toMatchObject({ latitude: 32.979, longitude: 130.813 });
    expect(draftOf({ 緯度: '0', 経度: '0' })).toMatchObject({ latitude: null, longitude: null });
    expect(draftOf({ 経度: '130.813' })).toMatchObject({ latitude: null, longitude: null });
    expect(draftOf({ URL: 'http://city-kikuchi.example/' }).url).toBe('http://city-kikuchi.example/');
    expect(draftOf({ URL: 'ftp://city-kikuchi.example/' }).url).toBeNull();
    expect(draftOf({ 参加申込終了日: '2026-12-05', 参加申込終了時間: '12時' })).toMatchObject({
      registrationDeadlineDate: '2026-12-05',
      registrationDeadlineTime: '12:00',
    });
    expect(draftOf({ 参加申込終了日: '2026-12-06', 参加申込終了時間: '12時' })).toMatchObject({
      registrationDeadlineDate: null,
      registrationDeadlineTime: null,
    });
  });

  it('trims text, strips control characters and keeps line breaks only where a text may have paragraphs', () => {
    const draft = draftOf({
      イベント名: '\u3000認知症\tサポーター\u0007養成講座 ',
      説明: ' 一行目\r\n二行目\u0000 ',
      住所: '熊本県菊池市\n隈府888',
      備考: '\u3000',
    });
    expect(draft).toMatchObject({
      title: '認知症 サポーター養成講座',
      description: '一行目\n二行目',
      address: '熊本県菊池市 隈府888',
      note: null,
    });
    expect(draftOf({ イベント名: 'あ'.repeat(200) }).title).toHaveLength(200);
  });

  it('numbers rows by the line they start on, skips empty lines and rejects a row whose columns do not line up', () => {
    const text = [
      HEADER.join(','),
      record({ ...BASE, 説明: '一行目\n二行目\n三行目' }),
      '',
      ',,,,',
      record({ ...BASE, NO: '2' }),
      '432105,3,熊本県,菊池市,講座,2026-12-05',
      `${record({ ...BASE, NO: '4', 備考: 'あ' })},余分な値`,
      '432105,5,熊本県,菊池市,"閉じていない引用符,2026-12-05',
      record({ ...BASE, NO: '6' }),
      '',
      '',
    ].join('\r\n');
    const file = parseEventFile(utf8WithBom(text), { now: NOW });
    expect(outcome(file)).toEqual([
      [2, '1', true, []],
      [7, '2', true, []],
      [8, '3', false, ['REJECTED COLUMN_COUNT']],
      [9, '4', false, ['REJECTED COLUMN_COUNT']],
      [10, null, false, ['REJECTED MALFORMED_ROW']],
      [11, '6', true, []],
    ]);
    expect(file.rows[0]?.ok && file.rows[0].draft.description).toBe('一行目\n二行目\n三行目');
  });

  it('matches headers after NFKC and trimming, and does without the optional columns', () => {
    const header = [' 都道府県コード又は市区町村コード', 'ＮＯ', 'イベント名\u3000', '開始日', '料金（基本）'];
    const cells: Cells = {
      ' 都道府県コード又は市区町村コード': '212016',
      ＮＯ: '1',
      'イベント名\u3000': '岐阜市 子ども食堂ネットワーク会議',
      開始日: '2026-10-01',
      '料金（基本）': '300円',
    };
    const text = csvText([cells], header);
    expect(onlyDraft(parseEventFile(shiftJis(text), { now: NOW }))).toEqual({
      municipalityCode: '212016',
      no: '1',
      title: '岐阜市 子ども食堂ネットワーク会議',
      titleKana: null,
      titleEn: null,
      startDate: '2026-10-01',
      endDate: '2026-10-01',
      startTime: null,
      endTime: null,
      timeNote: null,
      description: null,
      feeYen: 300,
      feeNote: null,
      contactName: null,
      contactPhone: null,
      contactExtension: null,
      organizerName: null,
      venueName: null,
      address: null,
      addressDetail: null,
      latitude: null,
      longitude: null,
      access: null,
      parking: null,
      capacity: null,
      registrationDeadlineDate: null,
      registrationDeadlineTime: null,
      registrationMethod: null,
      url: null,
      note: null,
    });
  });

  it('refuses a file that is not an イベント一覧 with DatasetFileError', () => {
    const missing = catchFileError(utf8('NO,イベント名,終了日\r\n1,講座,2026-12-05\r\n'));
    expect(missing).toMatchObject({
      code: 'MISSING_COLUMNS',
      columns: ['都道府県コード又は市区町村コード', '開始日'],
      message: expect.stringContaining('都道府県コード又は市区町村コード, 開始日'),
      messageJa: 'イベント一覧の必須列「都道府県コード又は市区町村コード」「開始日」がありません。1行目を列名の行にしてください。',
    });
    // A title line above the header, as some published files have it.
    expect(catchFileError(shiftJis(`令和8年度 イベント一覧\r\n${csvText([BASE])}`)).code).toBe('MISSING_COLUMNS');
    expect(catchFileError(utf8(csvText([BASE], [...HEADER, '開始日 '])))).toMatchObject({
      code: 'DUPLICATE_COLUMNS',
      columns: ['開始日'],
    });
    expect(catchFileError(new Uint8Array())).toMatchObject({ code: 'EMPTY_FILE', messageJa: 'ファイルが空です。' });
    expect(catchFileError(utf8WithBom('\r\n\r\n')).code).toBe('EMPTY_FILE');
  });

  it('returns no rows for a header without records', () => {
    expect(parseEventFile(utf8(csvText([])), { now: NOW })).toEqual({ encoding: 'UTF-8', rows: [] });
  });

  it('reads the sample file as documented', () => {
    const bytes = readFileSync(new URL('./sample/event-list-sample.csv', import.meta.url));
    const file = parseEventFile(bytes, { now: NOW });
    expect(file.encoding).toBe('UTF-8 BOM');
    expect(outcome(file)).toEqual([
      [2, '1', true, []],
      [4, '1', true, []],
      [5, '2', true, ['REPAIRED CODE_CHECK_DIGIT_ADDED']],
      [6, '1', false, ['REJECTED END_BEFORE_START']],
      [7, '1', false, ['REJECTED MISSING_TITLE']],
      [8, '1', true, ['REPAIRED CAPACITY_DROPPED']],
      [9, '1', true, ['REPAIRED FEE_NOT_A_NUMBER']],
      [10, '1', true, []],
      [11, '1', true, []],
      [12, '1', true, []],
    ]);
  });
});

function catchFileError(bytes: Uint8Array): DatasetFileError {
  try {
    parseEventFile(bytes, { now: NOW });
  } catch (error) {
    if (error instanceof DatasetFileError) return error;
    throw error;
  }
  throw new Error('expected a DatasetFileError');
}
