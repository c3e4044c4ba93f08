// Reading Japanese open-data CSV files (推奨データセット): their bytes, their records and the values in them.
export { decodeCsvBytes, type CsvEncoding, type DecodedCsv } from './encoding.js';
export { normaliseColumnName, readCsvRecords, type CsvRecord, type CsvRecordProblem, type CsvTable } from './csv.js';
export { parseCoordinate, parseInteger, parseJapaneseDate, parseTime, type Parsed, type ValueProblem } from './values.js';
export {
  repairLocalGovernmentCode,
  type CodeRepair,
  type LocalGovernmentCodeCheck,
  type LocalGovernmentCodeProblem,
} from './local-government-code.js';
