// What one row of the 指定緊急避難場所 dataset becomes: an evacuation site ready to write, or the reasons it cannot be.
import type { Hazard } from '../vocabulary.js';

export type { Hazard };

/** A repair made to a row (the row is kept) or a reason it was rejected. */
export interface ImportIssue {
  /** The dataset column concerned (its Japanese header), when there is one. */
  column: string | null;
  /** A stable code, e.g. CODE_PADDED, MISSING_NAME, COORDINATE_OUT_OF_RANGE. */
  code: string;
  severity: 'REPAIRED' | 'REJECTED';
  message: string;
  messageJa: string;
}

/** A row's content, checked and normalised. */
export interface EvacuationSiteDraft {
  /** 全国地方公共団体コード: the publishing local government, 6 digits with check digit (repaired if needed). */
  publisherCode: string;
  /** The row's ID: with publisherCode, identifies the site across imports. */
  sourceId: string;
  name: string;
  nameKana: string | null;
  /** 所在地_全国地方公共団体コード (6 digits, check digit); the publisher's code when the column is empty. */
  municipalityCode: string;
  /** 町字ID */
  townId: string | null;
  /** 所在地_連結表記 */
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  /** One per 災害種別_* column marked as applicable; may be empty. */
  hazards: Hazard[];
  /** 指定避難所との重複: true, false, or null when blank. */
  alsoDesignatedShelter: boolean | null;
  /** 想定収容人数 */
  capacityPersons: number | null;
  /** 対象となる町会・自治会 */
  servedAreas: string | null;
}

export type RowResult =
  | { line: number; sourceId: string | null; ok: true; draft: EvacuationSiteDraft; issues: ImportIssue[] }
  | { line: number; sourceId: string | null; ok: false; issues: ImportIssue[] };

export interface ParsedEvacuationSiteFile {
  encoding: 'UTF-8' | 'UTF-8 BOM' | 'Shift_JIS';
  rows: RowResult[];
}
