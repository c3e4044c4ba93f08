// The anonymiser: one pass over a worker's text that returns what may be stored and every change made, with its
// measure of 施行規則 第62条 and its reason. Nothing it returns contains what it removed: a change says where and
// why, by offsets into the worker's own text, so that a preview can show the worker without the hub keeping it.
import { allMunicipalities } from '@renkei/municipalities';
import { findCodes } from './codes.js';
import { findAges, findDates } from './dates.js';
import { findEntities } from './entities.js';
import { FINDING_RULES, type Finding, type FindingKind } from './findings.js';
import { findUnusualDescriptions, type UnusualDescription } from './unusual.js';
import { loadTokenizer, type Tokenizer } from './tokenizer.js';
import { detectionView } from './view.js';

export interface TextChange {
  kind: FindingKind;
  measure: number;
  reason: string;
  reasonJa: string;
  /** Where the removed text was in the input (UTF-16 offsets, end exclusive). */
  inputStart: number;
  inputEnd: number;
  /** Where its replacement is in the output. */
  outputStart: number;
  outputEnd: number;
  replacement: string;
}

export interface AnonymisedText {
  text: string;
  changes: TextChange[];
  /** Descriptions that may be unusual enough to single a person out: the worker is asked to check them. */
  flags: UnusualDescription[];
}

export interface AnonymiseOptions {
  /** Names to widen in the text, when the post's municipality was widened: 菊池市 → 菊池圏域内の市町. */
  placesToGeneralise?: ReadonlyArray<{ name: string; replacement: string }>;
}

export interface Anonymiser {
  anonymise(text: string, options?: AnonymiseOptions): AnonymisedText;
}

const LETTERS = 'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ';

let municipalityNames: Set<string> | undefined;
function knownMunicipalityNames(): Set<string> {
  municipalityNames ??= new Set(allMunicipalities().flatMap((m) => m.name.split(/[\s\u3000]+/)).filter((name) => name.length > 1));
  return municipalityNames;
}

/** Keeps the first finding of any overlap (the detectors run most certain first), widened to cover the rest. */
function merge(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.end <= f.start) continue;
    const clashes = kept.filter((k) => f.start < k.end && f.end > k.start);
    if (clashes.length === 0) {
      kept.push({ ...f });
      continue;
    }
    const first = clashes[0]!;
    for (const other of clashes.slice(1)) kept.splice(kept.indexOf(other), 1);
    // What a later finding adds around an earlier one goes too, under the earlier one's kind.
    first.start = Math.min(f.start, ...clashes.map((c) => c.start));
    first.end = Math.max(f.end, ...clashes.map((c) => c.end));
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A name found once (with an honorific, after a kinship word) is a name wherever else it stands in the text:
 * 陽葵ちゃん … 陽葵は. Names of one character, or of two hiragana, are too likely to be part of other words.
 */
function laterMentions(findings: Finding[], view: string): Finding[] {
  const names = new Set(findings.filter((f) => f.kind === 'PERSONAL_NAME').map((f) => view.slice(f.start, f.end)));
  const found: Finding[] = [];
  for (const name of names) {
    if (name.length < 2 || /^[ぁ-ゖ]{2}$/.test(name)) continue;
    for (let at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + name.length)) {
      // Only where it stands as a word of its own: not 菊池 in 菊池市 or ハローワーク菊池.
      const before = view[at - 1] ?? '';
      const after = view.slice(at + name.length);
      if (/[一-龥々ヶァ-ヶー]/.test(before) || (/^[一-龥々ヶァ-ヶー]/.test(after) && !/^(?:様|君|氏|殿|先生)/.test(after))) continue;
      found.push({ kind: 'PERSONAL_NAME', start: at, end: at + name.length, replacement: '' });
    }
  }
  return found;
}

/** One letter per person within one text: a name seen inside an earlier, longer one is the same person. */
function letterNames(findings: Finding[], view: string): void {
  const seen: Array<{ surface: string; letter: string }> = [];
  for (const f of findings) {
    if (f.kind !== 'PERSONAL_NAME') continue;
    const surface = view.slice(f.start, f.end);
    const same = seen.find((s) => s.surface === surface) ?? seen.find((s) => s.surface.includes(surface));
    const letter = same?.letter ?? LETTERS[seen.length % LETTERS.length]! + (seen.length >= LETTERS.length ? String(Math.floor(seen.length / LETTERS.length) + 1) : '');
    if (!same) seen.push({ surface, letter });
    f.replacement = letter;
  }
}

function placeFindings(view: string, places: AnonymiseOptions['placesToGeneralise']): Finding[] {
  const found: Finding[] = [];
  for (const place of places ?? []) {
    if (!place.name) continue;
    for (let at = view.indexOf(place.name); at >= 0; at = view.indexOf(place.name, at + place.name.length)) {
      found.push({ kind: 'GENERALISED_PLACE', start: at, end: at + place.name.length, replacement: place.replacement });
    }
  }
  return found;
}

export function anonymiseWith(tokenizer: Tokenizer, text: string, options: AnonymiseOptions = {}): AnonymisedText {
  const view = detectionView(text);
  const tokens = tokenizer.tokenize(view);
  const codes = findCodes(view);
  // A long number on its own may be a house number (須屋2603-17): the address detector sees it first.
  const numbers = [...codes.filter((c) => c.kind !== 'OTHER_NUMBER'), ...findDates(view)];
  const entities = findEntities(tokens, view, { municipalityNames: knownMunicipalityNames(), numbers });
  const replacementOf: Partial<Record<FindingKind, string>> = {
    ADDRESS: '〔住所〕',
    SCHOOL: '〔学校名〕',
    WORKPLACE: '〔勤務先〕',
    MEDICAL_INSTITUTION: '〔医療機関〕',
    PERSONAL_NAME: '',
  };
  const detected = merge([
    ...numbers,
    ...entities.filter((e) => e.kind === 'ADDRESS').map((e) => ({ ...e, replacement: replacementOf.ADDRESS! })),
    ...findAges(view),
    ...placeFindings(view, options.placesToGeneralise),
    ...entities.filter((e) => e.kind !== 'ADDRESS').map((e) => ({ ...e, replacement: replacementOf[e.kind] ?? '〔削除〕' })),
    ...codes.filter((c) => c.kind === 'OTHER_NUMBER'),
  ]);
  const findings = merge([...detected, ...laterMentions(detected, view)]);
  letterNames(findings, view);
  let out = '';
  let at = 0;
  const changes: TextChange[] = [];
  for (const f of findings) {
    out += text.slice(at, f.start);
    const rule = FINDING_RULES[f.kind];
    changes.push({
      kind: f.kind,
      measure: rule.measure,
      reason: rule.reason,
      reasonJa: rule.reasonJa,
      inputStart: f.start,
      inputEnd: f.end,
      outputStart: out.length,
      outputEnd: out.length + f.replacement.length,
      replacement: f.replacement,
    });
    out += f.replacement;
    at = f.end;
  }
  out += text.slice(at);
  return { text: out, changes, flags: findUnusualDescriptions(detectionView(out)) };
}

/** The process's anonymiser; the first call builds the analyser (about half a second). */
export async function createAnonymiser(): Promise<Anonymiser> {
  const tokenizer = await loadTokenizer();
  return { anonymise: (text, options) => anonymiseWith(tokenizer, text, options) };
}
