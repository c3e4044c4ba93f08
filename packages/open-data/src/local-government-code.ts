// The 都道府県コード又は市区町村コード column of the recommended datasets: a municipality's code, or a prefecture's
// own (15000 and its check digit, 150002, for 新潟県), often damaged on the way through Excel.
import { checkDigit, checkMunicipalityCode, prefectureOwnCode, prefectures, type CodeProblem } from '@renkei/municipalities';

/** How a code was repaired: Excel dropped its leading zero (11002 for 011002), or it came without check digit, or both. */
export type CodeRepair = 'LEADING_ZERO' | 'CHECK_DIGIT_ADDED' | 'LEADING_ZERO_AND_CHECK_DIGIT_ADDED';

/** AMBIGUOUS: the digits repair to two local governments (15202 is 幌延町 015202 or 長岡市 152021). */
export type LocalGovernmentCodeProblem = CodeProblem | 'AMBIGUOUS';

export type LocalGovernmentCodeCheck =
  | { ok: true; code: string; repaired: false }
  | { ok: true; code: string; repaired: true; how: CodeRepair }
  | { ok: false; problem: LocalGovernmentCodeProblem; candidates?: string[] };

const PREFECTURE_CODES = new Set(prefectures().map((p) => prefectureOwnCode(p.code)));

function isLocalGovernmentCode(code: string): boolean {
  return PREFECTURE_CODES.has(code) || checkMunicipalityCode(code).ok;
}

/**
 * Checks a 6-digit code, or repairs a 4- or 5-digit one when exactly one reading names a local government.
 * Full-width digits are read as digits.
 */
export function repairLocalGovernmentCode(raw: string): LocalGovernmentCodeCheck {
  const digits = raw.normalize('NFKC').trim();
  if (!/^\d{4,6}$/.test(digits)) return { ok: false, problem: 'FORMAT' };
  if (digits.length === 6) {
    if (PREFECTURE_CODES.has(digits)) return { ok: true, code: digits, repaired: false };
    const check = checkMunicipalityCode(digits);
    return check.ok ? { ok: true, code: digits, repaired: false } : { ok: false, problem: check.problem };
  }
  const readings: { code: string; how: CodeRepair }[] =
    digits.length === 5
      ? [
          { code: `0${digits}`, how: 'LEADING_ZERO' },
          { code: digits + checkDigit(digits), how: 'CHECK_DIGIT_ADDED' },
        ]
      : [{ code: `0${digits}${checkDigit(`0${digits}`)}`, how: 'LEADING_ZERO_AND_CHECK_DIGIT_ADDED' }];
  const found = readings.filter((reading) => isLocalGovernmentCode(reading.code));
  const [only] = found;
  if (found.length > 1) return { ok: false, problem: 'AMBIGUOUS', candidates: found.map((reading) => reading.code) };
  return only ? { ok: true, code: only.code, repaired: true, how: only.how } : { ok: false, problem: 'UNKNOWN' };
}
