// Importing the recommended dataset 指定緊急避難場所一覧 into a region. The file is read row by row (rows.ts); each
// good row then goes through the same checks as createShelter and is written in its own savepoint, so that a
// row the database refuses rejects only itself. A row whose local government code and ID were imported before
// updates that site. A problem with an optional value (a malformed phone number, a reading not in katakana)
// drops the value and reports the repair; a problem with what makes the site (its name, place) rejects the row.
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
import { and, eq } from 'drizzle-orm';
import { assertMayImport } from '../access.js';
import { auditWrite } from '../audit.js';
import type { SheltersContext } from '../context.js';
import { shelter } from '../db/schema.js';
import { insertShelter, replaceShelter } from '../db/writes.js';
import { shelterDraft } from '../validation.js';
import { parseEvacuationSiteFile } from './rows.js';
import type { EvacuationSiteDraft } from './types.js';

export interface ImportEvacuationSitesInput {
  region: string;
  fileBase64: string;
  fileName?: string | null;
  dryRun?: boolean | null;
}

/** Optional values a row keeps going without: the input path, the dataset column, and how to leave it out. */
const DROPPABLE: DroppableValues = {
  'input.nameKana': ['名称_カナ', (i) => (i.nameKana = null)],
  'input.phone': ['電話番号', (i) => (i.phone = null)],
  'input.address': ['所在地_連結表記', (i) => (i.address = null)],
  'input.latitude': ['緯度', (i) => Object.assign(i, { latitude: null, longitude: null })],
  'input.servedAreas': ['対象となる町会・自治会', (i) => (i.servedAreas = null)],
  'input.townId': ['町字ID', (i) => (i.townId = null)],
};

function createInput(row: EvacuationSiteDraft): Record<string, unknown> {
  return {
    kind: 'EMERGENCY_EVACUATION_SITE',
    name: row.name,
    nameKana: row.nameKana,
    operatorName: null,
    municipalityCode: row.municipalityCode,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    intakeRoute: 'WALK_IN',
    hazards: row.hazards,
    capacityPersons: row.capacityPersons,
    alsoDesignatedShelter: row.alsoDesignatedShelter,
    servedAreas: row.servedAreas,
    townId: row.townId,
    eligibleGroups: ['ANYONE'],
  };
}

export async function importEvacuationSites(ctx: SheltersContext, input: ImportEvacuationSitesInput) {
  const region = input.region;
  if (!ctx.writableRegions.includes(region)) {
    throw badUserInput(`This instance does not hold the region "${region.slice(0, 64)}"`, `地域「${region.slice(0, 64)}」はこのインスタンスにはありません。`, 'input.region');
  }
  assertMayImport(ctx.identity, region);
  const bytes = uploadedBytes(input.fileBase64, 'input.fileBase64');
  let parsed;
  try {
    parsed = parseEvacuationSiteFile(bytes);
  } catch (error) {
    if (error instanceof DatasetFileError) throw error.asBadUserInput('input.fileBase64');
    throw error;
  }
  const fileName = (input.fileName ?? '指定緊急避難場所一覧.csv').slice(0, 200);
  const dryRun = input.dryRun === true;
  const sourceKey = (row: EvacuationSiteDraft) => `${row.publisherCode}:${row.sourceId}`;

  const results = await ctx.orm.transaction(async (tx) => {
    const outcomes = await importRows(parsed.rows, {
      dryRun,
      draft: (row, issues) => {
        if (ctx.registry.regionOfMunicipality(row.municipalityCode)?.code !== region) {
          issues.push(outsideRegionIssue('所在地_全国地方公共団体コード', row.municipalityCode, region));
          return null;
        }
        return checkDroppingRefused(createInput(row), (values) => shelterDraft(values), DROPPABLE, issues);
      },
      previous: async (row) => {
        const [found] = await tx.select().from(shelter).where(and(eq(shelter.region, region), eq(shelter.sourceKey, sourceKey(row))));
        return found;
      },
      // A savepoint per row: a row the database refuses rolls back alone.
      write: (draft, previous, row, line) =>
        tx.transaction(async (rowTx) => {
          const source = `${fileName} ${line}行目`;
          return previous ? replaceShelter(rowTx, previous, draft, source) : insertShelter(rowTx, region, draft, { source, sourceKey: sourceKey(row) });
        }),
    });
    const written = outcomes.flatMap((r) => (r.saved ? [formatGlobalId(region, 'Shelter', r.saved.id)] : []));
    if (written.length > 0) await auditWrite(tx, ctx, 'Mutation.importEvacuationSites', written, [fileName]);
    return outcomes;
  });

  return {
    dryRun,
    encoding: parsed.encoding,
    ...importTotals(results),
    results: results.map((r) => ({ line: r.row.line, sourceId: r.row.sourceId, outcome: r.outcome, shelter: r.saved, issues: r.issues })),
  };
}
