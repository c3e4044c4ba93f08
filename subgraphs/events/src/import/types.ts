// What one row of the イベント一覧 dataset becomes: an event ready to write, or the reasons it cannot be.

/** A repair made to a row (the row is kept) or a reason it was rejected. */
export interface ImportIssue {
  /** The dataset column concerned (its Japanese header), when there is one. */
  column: string | null;
  /** A stable code, e.g. CODE_PADDED, MISSING_TITLE, END_BEFORE_START. */
  code: string;
  severity: 'REPAIRED' | 'REJECTED';
  message: string;
  messageJa: string;
}

/** A row's content, checked and normalised; dates and times are Japan local. */
export interface EventDraft {
  /** 6-digit local government code with check digit (a prefecture's own code is allowed too). */
  municipalityCode: string;
  /** The row's NO: with the code, identifies the row across imports. */
  no: string;
  title: string;
  titleKana: string | null;
  titleEn: string | null;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, never before startDate */
  endDate: string;
  /** HH:MM, or null for an all-day event */
  startTime: string | null;
  /** HH:MM, or null */
  endTime: string | null;
  timeNote: string | null;
  description: string | null;
  /** 0 when free; null when the text gives no single amount (then feeNote keeps it). */
  feeYen: number | null;
  feeNote: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactExtension: string | null;
  organizerName: string | null;
  venueName: string | null;
  address: string | null;
  addressDetail: string | null;
  latitude: number | null;
  longitude: number | null;
  access: string | null;
  parking: string | null;
  capacity: number | null;
  /** YYYY-MM-DD */
  registrationDeadlineDate: string | null;
  /** HH:MM */
  registrationDeadlineTime: string | null;
  registrationMethod: string | null;
  url: string | null;
  note: string | null;
}

export type RowResult =
  | { line: number; no: string | null; ok: true; draft: EventDraft; issues: ImportIssue[] }
  | { line: number; no: string | null; ok: false; issues: ImportIssue[] };

export interface ParsedEventFile {
  encoding: 'UTF-8' | 'UTF-8 BOM' | 'Shift_JIS';
  rows: RowResult[];
}
