// Checks of what callers send, shared by every subgraph's write paths. Each check throws BAD_USER_INPUT naming
// the input field at fault, in English and Japanese, before anything is written. A subgraph names its fields
// in both languages once (`inputChecks(labels)`), and every message uses those names.
import { badUserInput } from '@renkei/errors';
import { isKatakana } from '@renkei/japanese-text';
import { checkMunicipalityCode, describeCodeProblem } from '@renkei/municipalities';

/** English and Japanese names of input fields, by the field's last path segment. */
export type FieldLabels = Record<string, [string, string]>;

// Control characters other than tab and line breaks have no place in names or descriptions.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** A 6-digit local government code with a valid check digit, in the reference list. */
export function municipalityCode(value: unknown, field: string): string {
  // Full-width digits (４３４０４３) are read as the code they spell.
  const code = String(value ?? '').normalize('NFKC').trim();
  const check = checkMunicipalityCode(code);
  if (!check.ok) {
    const { message, messageJa } = describeCodeProblem(check.problem, code);
    throw badUserInput(message, messageJa, field);
  }
  return code;
}

export function inputChecks(labels: FieldLabels, maxKana = 200) {
  function label(field: string): [string, string] {
    const last = field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? field;
    return labels[last] ?? [last, last];
  }

  function text(value: unknown, field: string, max: number, { required }: { required: boolean }): string | null {
    const [en, ja] = label(field);
    if (value === undefined || value === null) {
      if (required) throw badUserInput(`${en} is required`, `${ja}を入力してください。`, field);
      return null;
    }
    const trimmed = String(value).trim();
    if (trimmed === '') {
      if (required) throw badUserInput(`${en} must not be empty`, `${ja}を入力してください。`, field);
      return null;
    }
    if ([...trimmed].length > max) {
      throw badUserInput(`${en} must be at most ${max} characters`, `${ja}は${max}文字以内で入力してください。`, field);
    }
    if (CONTROL.test(trimmed)) {
      throw badUserInput(`${en} contains control characters`, `${ja}に制御文字が含まれています。`, field);
    }
    return trimmed;
  }

  const requiredText = (value: unknown, field: string, max: number): string => text(value, field, max, { required: true }) as string;
  const optionalText = (value: unknown, field: string, max: number): string | null => text(value, field, max, { required: false });

  function kana(value: unknown, field: string, required: boolean): string | null {
    const reading = text(value, field, maxKana, { required });
    if (reading !== null && !isKatakana(reading)) {
      throw badUserInput('The reading must be written in katakana', '読みはカタカナで入力してください。', field);
    }
    return reading === null ? null : reading.normalize('NFKC');
  }

  /** Japanese numbers: 10 or 11 digits starting with 0, in groups separated by hyphens (full-width digits accepted). */
  function phone(value: unknown, field: string): string | null {
    const raw = optionalText(value, field, 20);
    if (raw === null) return null;
    const normalised = raw.normalize('NFKC').replace(/[‐－ー−]/gu, '-');
    const digits = normalised.replace(/-/g, '');
    if (!/^0\d{9,10}$/.test(digits) || !/^0\d+(-\d+){0,2}$/.test(normalised)) {
      throw badUserInput(
        `"${raw}" is not a phone number (10 or 11 digits starting with 0, e.g. 096-000-0000)`,
        `「${raw}」は電話番号として正しくありません（0から始まる10〜11桁、例：096-000-0000）。`,
        field,
      );
    }
    return normalised;
  }

  function email(value: unknown, field: string): string | null {
    const raw = optionalText(value, field, 254);
    if (raw === null) return null;
    if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u.test(raw)) {
      throw badUserInput(`"${raw}" is not an e-mail address`, `「${raw}」はメールアドレスとして正しくありません。`, field);
    }
    return raw;
  }

  function website(value: unknown, field: string, { httpsOnly = false }: { httpsOnly?: boolean } = {}): string | null {
    const raw = optionalText(value, field, 2000);
    if (raw === null) return null;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    const schemes = httpsOnly ? ['https:'] : ['http:', 'https:'];
    if (!url || !schemes.includes(url.protocol) || !url.hostname.includes('.')) {
      const start = httpsOnly ? 'https://' : 'http:// or https://';
      const startJa = httpsOnly ? 'https://' : 'http:// または https://';
      throw badUserInput(`"${raw}" is not a web address starting with ${start}`, `「${raw}」は ${startJa} で始まるURLではありません。`, field);
    }
    return url.toString();
  }

  function time(value: unknown, field: string): string {
    const raw = String(value ?? '').normalize('NFKC').trim();
    const match = /^(\d{1,2}):(\d{2})$/.exec(raw);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
      throw badUserInput(`"${raw}" is not a time of day (HH:MM)`, `「${raw}」は時刻（HH:MM）として正しくありません。`, field);
    }
    return `${match[1]!.padStart(2, '0')}:${match[2]}`;
  }

  return { label, text, requiredText, optionalText, kana, phone, email, website, time };
}
export {
  coordinates,
  flag,
  listOf,
  monthRange,
  oneOf,
  placedInMunicipality,
  radiusKm,
  startingPoint,
  terms,
  wholeNumber,
  type MaybePoint,
  type NearInput,
  type Point,
  type ValueName,
} from './values.js';
