// Reading Japanese open-data CSV files (推奨データセット): their bytes, their records, the dataset's columns and rows,
// and the values in them.
export { decodeCsvBytes, type CsvEncoding, type DecodedCsv } from './encoding.js';
export { normaliseColumnName, readCsvRecords, type CsvRecord, type CsvRecordProblem, type CsvTable } from './csv.js';
export { parseCoordinate, parseInteger, parseJapaneseDate, parseTime, type Parsed, type ValueProblem } from './values.js';
export {
  repairLocalGovernmentCode,
  type CodeRepair,
  type LocalGovernmentCodeCheck,
  type LocalGovernmentCodeProblem,
} from './local-government-code.js';
export { MAX_UPLOAD_BYTES, uploadedBytes } from './upload.js';
export {
  DatasetFileError,
  DatasetRow,
  locateDatasetColumns,
  readDatasetFile,
  type Dataset,
  type DatasetFile,
  type DatasetFileProblem,
  type DatasetHeaders,
  type DatasetIssue,
  type RequiredColumnGroup,
} from './dataset.js';
export {
  checkDroppingRefused,
  importRows,
  importTotals,
  issueFromError,
  outsideRegionIssue,
  type DroppableValues,
  type ParsedRow,
  type RowImportSteps,
  type RowOutcome,
  type RowOutcomeReport,
} from './row-import.js';
