// Unusual descriptions (特異な記述, measure 4 of 第62条): what is rare enough that a neighbour would know who is
// meant (triplets, a former mayor, a 100-year-old). The anonymiser cannot tell how rare something is where the
// person lives, so it flags these for the worker instead of guessing; very old ages it top-codes itself.

export interface UnusualDescription {
  /** Offsets in the anonymised text, end exclusive. */
  start: number;
  end: number;
  reason: string;
  reasonJa: string;
}

const UNUSUAL: Array<{ pattern: RegExp; reason: string; reasonJa: string }> = [
  { pattern: /三つ子|四つ子|五つ子|六つ子/g, reason: 'Multiple births are rare enough to identify a family', reasonJa: '多胎児は家族の特定につながるおそれがあります' },
  { pattern: /元?(?:市|町|村|県|区)?(?:議会)?議員|元?(?:市長|町長|村長|知事|区長)|元?(?:校長|教頭|警察官|署長)/g, reason: 'A public office or a well-known position may identify the person', reasonJa: '公職・地域で知られた職はその人の特定につながるおそれがあります' },
  { pattern: /芸能人|有名人|プロ野球|Jリーグ|オリンピック|パラリンピック|テレビに出|新聞に載|報道され/g, reason: 'Public attention may identify the person', reasonJa: '報道や知名度はその人の特定につながるおそれがあります' },
  { pattern: /[ァ-ヶ一-龥]{1,8}国籍|[ァ-ヶ]{2,8}人(?:の|で|と|女性|男性)/g, reason: 'A nationality may be rare in a small municipality', reasonJa: '国籍は小さな市町村では特定につながるおそれがあります' },
  { pattern: /難病|希少疾患|ALS|筋ジストロフィー|性同一性|性別適合|全盲|重度重複/g, reason: 'A rare condition may identify the person', reasonJa: 'まれな病気・状態はその人の特定につながるおそれがあります' },
  { pattern: /事件|逮捕|受刑|服役|刑務所を出/g, reason: 'A criminal case may have been reported and identify the person', reasonJa: '事件・刑事手続は報道等で特定につながるおそれがあります' },
];

export function findUnusualDescriptions(view: string): UnusualDescription[] {
  const flags: UnusualDescription[] = [];
  for (const { pattern, reason, reasonJa } of UNUSUAL) {
    for (const m of view.matchAll(pattern)) flags.push({ start: m.index, end: m.index + m[0].length, reason, reasonJa });
  }
  return flags.sort((a, b) => a.start - b.start);
}
