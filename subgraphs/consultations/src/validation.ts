// Checks of a draft before anything else happens to it. Every error names the field and never repeats what was
// typed: a message or a log line must not carry the text the anonymiser has not seen yet.
import { badUserInput } from '@renkei/errors';
import { listOf, municipalityCode, oneOf } from '@renkei/input-checks';
import {
  AGE_BANDS,
  HOUSEHOLDS,
  ISSUE_CATEGORIES,
  LEGAL_BASES,
  PROCESS_STAGES,
  SCOPES_ALLOWED,
  SEXES,
  SHARING_SCOPES,
  SUPPORT_CATEGORIES,
  type AgeBandCode,
  type HouseholdCode,
  type IssueCategory,
  type LegalBasis,
  type ProcessStage,
  type SexCode,
  type SharingScope,
  type SupportCategory,
} from './vocabulary.js';

export const LIMITS = { question: 2000, narrative: 8000, supports: 10, supportDescription: 200, answer: 4000, categories: 5 } as const;

export interface PostDraft {
  municipalityCode: string;
  ageBand: AgeBandCode;
  sex: SexCode | null;
  household: HouseholdCode | null;
  issueCategories: IssueCategory[];
  supportsUsed: { category: SupportCategory; description: string }[];
  processStage: ProcessStage;
  legalBasis: LegalBasis;
  sharingScope: SharingScope;
  question: string;
  narrative: string | null;
}

/** Text of at most `max` characters, not blank; the text itself is never quoted back. */
export function freeText(value: unknown, field: string, max: number, what: [string, string], required: boolean): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '' && !required)) return null;
  if (typeof value !== 'string' || value.trim() === '') throw badUserInput(`${what[0]} must not be empty`, `${what[1]}を入力してください。`, field);
  // Kept as typed, so that the offsets a preview reports point into the worker's own text.
  if ([...value.trim()].length > max) throw badUserInput(`${what[0]} is at most ${max} characters`, `${what[1]}は${max}文字以内です。`, field);
  return value;
}

export function postDraft(input: Record<string, unknown>, prefix = 'input.'): PostDraft {
  const at = (name: string) => `${prefix}${name}`;
  const issueCategories = listOf<IssueCategory>(ISSUE_CATEGORIES, input.issueCategories, at('issueCategories'), ['issue category', '相談分類']);
  if (issueCategories.length === 0 || issueCategories.length > LIMITS.categories) {
    throw badUserInput(`Give 1 to ${LIMITS.categories} issue categories`, `相談分類は1〜${LIMITS.categories}個指定してください。`, at('issueCategories'));
  }
  const supports = (input.supportsUsed ?? []) as Record<string, unknown>[];
  if (!Array.isArray(supports) || supports.length > LIMITS.supports) {
    throw badUserInput(`At most ${LIMITS.supports} supports used`, `利用している支援は${LIMITS.supports}件までです。`, at('supportsUsed'));
  }
  const legalBasis = oneOf<LegalBasis>(LEGAL_BASES, input.legalBasis, at('legalBasis'), ['legal basis', '共有の根拠']);
  const sharingScope = oneOf<SharingScope>(SHARING_SCOPES, input.sharingScope, at('sharingScope'), ['sharing scope', '共有範囲']);
  if (!SCOPES_ALLOWED[legalBasis].includes(sharingScope)) {
    throw badUserInput(
      `A post shared under ${legalBasis} may be shared with ${SCOPES_ALLOWED[legalBasis].join(' or ')} only`,
      `この共有の根拠（${LEGAL_BASES[legalBasis][0]}）で選べる共有範囲は ${SCOPES_ALLOWED[legalBasis].map((s) => SHARING_SCOPES[s][0]).join('・')} までです。`,
      at('sharingScope'),
    );
  }
  return {
    municipalityCode: municipalityCode(input.municipalityCode, at('municipalityCode')),
    ageBand: oneOf<AgeBandCode>(AGE_BANDS, input.ageBand, at('ageBand'), ['age band', '年代']),
    sex: input.sex == null ? null : oneOf<SexCode>(SEXES, input.sex, at('sex'), ['sex', '性別']),
    household: input.household == null ? null : oneOf<HouseholdCode>(HOUSEHOLDS, input.household, at('household'), ['household', '世帯']),
    issueCategories,
    supportsUsed: supports.map((s, i) => ({
      category: oneOf<SupportCategory>(SUPPORT_CATEGORIES, s?.category, at(`supportsUsed.${i}.category`), ['support category', '支援の区分']),
      description: freeText(s?.description, at(`supportsUsed.${i}.description`), LIMITS.supportDescription, ['The support', '支援の内容'], true)!,
    })),
    processStage: oneOf<ProcessStage>(PROCESS_STAGES, input.processStage, at('processStage'), ['process stage', '支援の段階']),
    legalBasis,
    sharingScope,
    question: freeText(input.question, at('question'), LIMITS.question, ['The question', 'ききたいこと'], true)!,
    narrative: freeText(input.narrative, at('narrative'), LIMITS.narrative, ['The narrative', '事例の概要'], false),
  };
}

export function answerText(value: unknown, field = 'text'): string {
  return freeText(value, field, LIMITS.answer, ['The answer', '回答'], true)!;
}
