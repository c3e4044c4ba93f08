// Importing the recommended dataset イベント一覧 into a region. The file is read row by row (rows.ts); each good
// row then goes through the same checks as createEvent, and is written in its own savepoint, so that a row the
// database refuses rejects only itself. A row whose local government code and NO were imported before updates
// that event. A problem with an optional value (a malformed phone number, a reading not in katakana) drops the
// value and reports the repair; a problem with what makes the event (its title, dates, place) rejects the row.
import { badUserInput } from '@renkei/errors';
import {
  checkDroppingRefused,
  DatasetFileError,
  importRows,
  importTotals,
  outsideRegionIssue,
  uploadedBytes,
  type DroppableValues,
} from '@renkei/open-data';
import { formatGlobalId } from '@renkei/regions';
import { tokyoMidnight, addDays } from '@renkei/scalars';
import { and, eq } from 'drizzle-orm';
import { assertMayImport } from '../access.js';
import { auditWrite } from '../audit.js';
import type { EventsContext } from '../context.js';
import { event } from '../db/schema.js';
import { insertEvent, replaceEvent } from '../db/writes.js';
import { eventDraft } from '../validation.js';
import { typeFromTitle, type Audience } from '../vocabulary.js';
import { parseEventFile } from './rows.js';
import type { EventDraft as RowDraft } from './types.js';

export interface ImportEventsInput {
  region: string;
  fileBase64: string;
  fileName?: string | null;
  audience?: Audience | null;
  dryRun?: boolean | null;
}

/** Optional values a row keeps going without: the input path, the dataset column, and the value to fall back to. */
const DROPPABLE: DroppableValues = {
  'input.titleKana': ['イベント名_カナ', (i) => (i.titleKana = null)],
  'input.titleEn': ['イベント名_英語', (i) => (i.titleEn = null)],
  'input.contact.phone': ['連絡先電話番号', (i) => ((i.contact as Record<string, unknown>).phone = null)],
  'input.contact.extension': ['連絡先内線番号', (i) => ((i.contact as Record<string, unknown>).extension = null)],
  'input.contact.name': ['連絡先名称', (i) => ((i.contact as Record<string, unknown>).name = null)],
  'input.url': ['URL', (i) => (i.url = null)],
  'input.registrationDeadline': ['参加申込終了日', (i) => (i.registrationDeadline = null)],
  'input.registrationMethod': ['参加申込方法', (i) => (i.registrationMethod = null)],
  'input.note': ['備考', (i) => (i.note = null)],
  'input.feeNote': ['料金(詳細)', (i) => (i.feeNote = null)],
  'input.timeNote': ['開始日時特記事項', (i) => (i.timeNote = null)],
  'input.venue.access': ['アクセス方法', (i) => ((i.venue as Record<string, unknown>).access = null)],
  'input.venue.parking': ['駐車場情報', (i) => ((i.venue as Record<string, unknown>).parking = null)],
  'input.venue.addressDetail': ['方書', (i) => ((i.venue as Record<string, unknown>).addressDetail = null)],
};

const at = (day: string, time: string) => new Date(`${day}T${time}:00+09:00`);

function createInput(row: RowDraft, audience: Audience): Record<string, unknown> {
  const timed = row.startTime !== null;
  let endsAt: Date | null = null;
  if (timed) {
    if (row.endTime) endsAt = at(row.endDate, row.endTime);
    else endsAt = row.endDate === row.startDate ? at(row.startDate, row.startTime!) : tokyoMidnight(addDays(row.endDate, 1));
  }
  return {
    type: typeFromTitle(row.title),
    title: row.title,
    titleKana: row.titleKana,
    titleEn: row.titleEn,
    description: row.description,
    organizerName: row.organizerName,
    venue: row.venueName
      ? { name: row.venueName, address: row.address, addressDetail: row.addressDetail, latitude: row.latitude, longitude: row.longitude, access: row.access, parking: row.parking }
      : null,
    municipalityCode: row.municipalityCode,
    ...(timed ? { startsAt: at(row.startDate, row.startTime!), endsAt } : { startDate: row.startDate, endDate: row.endDate }),
    timeNote: row.timeNote,
    audience,
    capacity: row.capacity,
    registrationDeadline: row.registrationDeadlineDate ? at(row.registrationDeadlineDate, row.registrationDeadlineTime ?? '23:59') : null,
    registrationMethod: row.registrationMethod,
    feeYen: row.feeYen,
    feeNote: row.feeNote,
    contact: { name: row.contactName, phone: row.contactPhone, extension: row.contactExtension },
    url: row.url,
    note: row.note,
  };
}

export async function importEvents(ctx: EventsContext, input: ImportEventsInput) {
  const region = input.region;
  if (!ctx.writableRegions.includes(region)) {
    throw badUserInput(`This instance does not hold the region "${region.slice(0, 64)}"`, `地域「${region.slice(0, 64)}」はこのインスタンスにはありません。`, 'input.region');
  }
  assertMayImport(ctx.identity, region);
  const audience = input.audience ?? 'PUBLIC';
  if (audience !== 'PUBLIC' && audience !== 'STAFF_ONLY') {
    throw badUserInput('An open-data file is imported for everyone (PUBLIC) or for staff (STAFF_ONLY)', 'オープンデータの取込の対象は PUBLIC か STAFF_ONLY です。', 'input.audience');
  }
  const bytes = uploadedBytes(input.fileBase64, 'input.fileBase64');
  let parsed;
  try {
    parsed = parseEventFile(bytes);
  } catch (error) {
    if (error instanceof DatasetFileError) throw error.asBadUserInput('input.fileBase64');
    throw error;
  }
  const fileName = (input.fileName ?? 'イベント一覧.csv').slice(0, 200);
  const dryRun = input.dryRun === true;
  const sourceKey = (row: RowDraft) => `${row.municipalityCode}:${row.no}`;

  const results = await ctx.orm.transaction(async (tx) => {
    const outcomes = await importRows(parsed.rows, {
      dryRun,
      draft: (row, issues) => {
        if (ctx.registry.regionOfLocalGovernment(row.municipalityCode)?.code !== region) {
          issues.push(outsideRegionIssue('都道府県コード又は市区町村コード', row.municipalityCode, region));
          return null;
        }
        return checkDroppingRefused(createInput(row, audience), (values) => eventDraft(values), DROPPABLE, issues);
      },
      previous: async (row) => {
        const [found] = await tx.select().from(event).where(and(eq(event.region, region), eq(event.sourceKey, sourceKey(row))));
        return found;
      },
      // A savepoint per row: a row the database refuses rolls back alone.
      write: (draft, previous, row, line) =>
        tx.transaction(async (rowTx) => {
          const source = `${fileName} ${line}行目`;
          return previous ? replaceEvent(rowTx, previous, draft, source) : insertEvent(rowTx, region, draft, { source, sourceKey: sourceKey(row) });
        }),
    });
    const written = outcomes.flatMap((r) => (r.saved ? [formatGlobalId(region, 'Event', r.saved.id)] : []));
    if (written.length > 0) await auditWrite(tx, ctx, 'Mutation.importEvents', written, [fileName]);
    return outcomes;
  });

  return {
    dryRun,
    encoding: parsed.encoding,
    ...importTotals(results),
    results: results.map((r) => ({ line: r.row.line, no: r.row.no, outcome: r.outcome, event: r.saved, issues: r.issues })),
  };
}
