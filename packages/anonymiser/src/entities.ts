// Descriptions that identify a person (measure 1 of 第62条) found with the morphological analyser: personal
// names, addresses below the municipality, schools, workplaces and hospitals. The analyser tags 人名 (姓・名);
// around it, context does the rest: an honorific after an unknown word, a kinship word before one, a company
// form or an industry word around a proper noun, a building word after a name.
import type { FindingKind } from './findings.js';
import type { Token } from './tokenizer.js';

const HONORIFICS = new Set(['さん', '様', 'さま', '君', 'くん', 'ちゃん', '氏', '殿', '先生', 'どの', 'たん', 'チャン']);
/** Words an honorific may follow that are not names: kin, roles, trades. */
const NOT_NAMES = new Set(
  (
    'お母 母 お父 父 奥 息子 娘 お子 子 赤 大家 家主 民生委員 主任児童委員 ケアマネ ケアマネジャー 相談員 支援員 担任 主治医 医師 看護師 保健師 店長 社長 部長 課長 係長 ' +
    '弁護士 司法書士 姉 兄 妹 弟 お兄 お姉 祖母 祖父 おばあ おじい ばあ じい 叔母 伯母 叔父 伯父 おば おじ 孫 嫁 婿 夫 妻 彼 彼女 皆 みな みんな 本人 利用者 相談者 ' +
    '管理人 近所 隣 お隣 同僚 上司 友人 職員 担当 お客 患者 奥様 旦那 お嫁 保護者 校長 教頭 園長 先輩 後輩 親方 大将 お医者 医者 八百屋 魚屋 お巡り 巡査 警察 ' +
    '皆様 皆さま 生徒 児童 学生 お孫 妹さん 姪 甥 いとこ 親 両親 ご両親 ご本人 ご家族 家族 当事者 相手 元夫 元妻 内縁 義母 義父 彼氏 交際 包括 社協 ワーカー ' +
    'ソーシャルワーカー ヘルパー 事務 委員 会長 理事 代表 所長 センター長 スタッフ 運転手 お坊 住職 神主 お向かい 向かい 町内会長 区長 自治会長 ボランティア ' +
    'マネ ママ パパ かあ とう おかあ おとう ねえ にい おねえ おにい あか みな 業者 職人 大工 店員 配達 先方 相手方 管理会社 施設 事業所 ハローワーク 役所 市役所 病院 学校 ' +
    '保育園 会社 銀行 郵便局 生協 法テラス 包括支援 地域包括 民生 主任 ドクター ナース カウンセラー 通訳 大家 オーナー'
  ).split(/\s+/),
);
const KIN = new Set(
  '妻 夫 長男 次男 三男 四男 長女 次女 三女 四女 息子 娘 母 父 母親 父親 祖母 祖父 兄 姉 弟 妹 孫 本人 内縁の夫 内縁の妻 元夫 元妻 彼氏 彼女 交際相手 義母 義父 甥 姪 叔母 叔父 伯母 伯父 実母 実父 養母 養父 継母 継父 同居人 兄弟 姉妹 子 長子 末っ子 双子'.split(' '),
);
const PARTICLES_AFTER_NAME = /^(?:は|が|と|も|に|を|の|、|へ|や|から|より|で|\(|（|「|」)/;
const MUNICIPALITY_SUFFIXES = new Set(['市', '区', '郡', '県', '村', '都', '道', '府', '町']);
const PLACE_AFTER = new Set(['市', '町', '村', '区', '郡', '県', '駅', '川', '山', '通り', '港', '島', '地区', '地域', '圏域', '方面', '線', '高原', '温泉', '橋', '公園', '神社', '寺']);
const ORG_WORDS = /(?:サポート|センター|ステーション|ワーク|ネット|フード|バンク|ハウス|ケア|ライフ|ソーシャル|パーソナル|プラザ|ホーム|クラブ|カフェ|スクール|サービス|ステップ|ファーム|ショップ|ストア|マート|グループ|ユニオン)/;

const SCHOOL_SUFFIX_TOKEN = /^(?:特別支援学校|支援学校|養護学校|義務教育学校|高等専門学校|専門学校|専修学校|小学校|中学校|高等学校|高校|大学院|短期大学|短大|大学|保育園|保育所|幼稚園|こども園|認定こども園|学園|学院|高専|小|中|高|中学|養護)$/;
const SCHOOL_PREFIX_WORDS = new Set(['県立', '市立', '町立', '村立', '私立', '国立', '府立', '都立', '道立', '北', '南', '東', '西', '中央', '第', '一', '二', '三', '四', '五', '第一', '第二', '第三', '附属', '付属', '学園', '女子', '工業', '商業', '農業', '総合', '通信制', '定時制', '大附属']);
const GENERIC_SCHOOL_PREFIX = new Set(
  '県立 市立 町立 村立 私立 国立 公立 工業 商業 農業 総合 通信 通信制 定時制 全日制 女子 地元 近く 同じ 夜間 特別 支援 特別支援 看護 専門 日本語 職業 普通 市内 町内 村内 県内 地域 近所 前 元 現在 今 小 中 高'.split(' '),
);

const COMPANY_FORM = /^(?:株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|㈱|㈲|\(合\))$/;
const INDUSTRY_SUFFIX = /^(?:信用組合|信用金庫|農業協同組合|協同組合|組合|リゾート|亭|建設|工業|運送|運輸|産業|商店|商事|食品|製作所|電機|電気|工務店|物流|水産|農園|農場|興業|精工|製菓|製麺|自動車|ホテル|旅館|工場|営業所|支店|店|本店|商会|鉄工|鉄工所|塗装|設備|土木|石油|交通|タクシー|印刷|製紙|木材|酒造|醸造|精肉|青果|不動産|ホーム|物産|観光|開発|技研|製薬|機械|金属|化学|繊維|縫製|紙器|家具|陶器|窯業|窯|スーパー|ストア|マート|ドラッグ)$/;
const MEDICAL_SUFFIX = /^(?:病院|医院|クリニック|診療所|歯科|内科|外科|整形外科|精神科|心療内科|小児科|メンタルクリニック|医療センター)$/;
const WORK_CONTEXT_AFTER = /^(?:で|に|の)?(?:働|勤め|勤務|パート|アルバイト|バイト|就職|雇用|雇わ|採用|派遣|解雇|退職|辞め|クビ|勤続|正社員|契約社員|工場)/;
const WORK_CONTEXT_BEFORE = /(?:勤務先|勤め先|職場|就職先|派遣先|勤務先は|職場は|会社は)[\s:：は、]{0,3}$/;
/** Support agencies and public bodies: where a person is referred to, not where they can be found. */
const SUPPORT_BODIES = /(?:商工会|児童養護|社会福祉協議会|社協|ハローワーク|役所|役場|福祉事務所|保健所|保健センター|児童相談所|警察|法テラス|NPO|センター|サポートステーション|フードバンク|食堂|包括|地域包括|年金事務所|税務署|裁判所|市役所|町役場|村役場|県庁|労働基準監督署|生協|グリーンコープ|菊愛会|労福協|ぎふNPO|こゆるねっと|PSC|SLSC|自立相談|家計相談|相談支援|シェルター|ポポロ|救護施設|更生保護|保護観察所|刑務所|少年院|弁護士会|司法書士会|民生委員|学習支援|居場所)/;

const BUILDING_WORD = /(?:ハイツ|コーポ|マンション|アパート|荘|団地|住宅|レジデンス|メゾン|ハウス|ビル|寮|パレス|コート|ヒルズ|シャトー|ドミール|カーサ|グラン|ガーデン|テラス|ヴィラ|ヴィラージュ|フラット|ハイム|長屋|社宅|官舎)/;

const isKatakana = (s: string) => /^[ァ-ヶー・]+$/.test(s);
const isHiragana = (s: string) => /^[ぁ-ゖー]+$/.test(s);
const isKanji = (s: string) => /^[一-龥々〆ヶ]+$/.test(s);
const isNoun = (t: Token) => t.pos === '名詞';
const isProper = (t: Token) => t.pos === '名詞' && t.pos_detail_1 === '固有名詞';
const isPersonName = (t: Token) => isProper(t) && t.pos_detail_2 === '人名';
const isUnknown = (t: Token) => t.word_type === 'UNKNOWN' && !/^[\d\s\p{P}\p{S}]+$/u.test(t.surface_form);
const isPlaceToken = (t: Token) => isProper(t) && t.pos_detail_2 === '地域';
const isSuffix = (t: Token | undefined) => !!t && t.pos === '名詞' && t.pos_detail_1 === '接尾';

/** A token that could be part of someone's name, before an honorific or after a kinship word. */
function nameLike(t: Token): boolean {
  // A single letter is what the anonymiser wrote in a name's place (Ａさん), or an initial: nothing left to hide.
  if (NOT_NAMES.has(t.surface_form) || /[A-Za-z〔〕]/.test(t.surface_form) || /屋$/.test(t.surface_form)) return false;
  if (isProper(t) || isUnknown(t)) return true;
  const sub = t.pos_detail_1;
  if (t.pos === '名詞' && sub !== '代名詞' && sub !== '非自立' && (isKatakana(t.surface_form) || (isKanji(t.surface_form) && t.surface_form.length <= 3))) return true;
  return false;
}

export interface EntityOptions {
  /** Municipality names the text may name (kept: they are not below the municipality). */
  municipalityNames: ReadonlySet<string>;
  /** Codes and dates found already: numbers inside them are not house numbers. */
  numbers: ReadonlyArray<{ start: number; end: number }>;
}

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

function span(kind: FindingKind, tokens: Token[], from: number, to: number): Span {
  return { kind, start: tokens[from]!.start, end: tokens[to]!.end };
}

/** Walks left from `index` (exclusive) over tokens that may form a proper name; returns the first index taken. */
function extendLeft(tokens: Token[], index: number, take: (t: Token) => boolean, max = 4): number {
  let first = index;
  while (first > 0 && index - first < max && take(tokens[first - 1]!)) first--;
  return first;
}

function findPersonNames(tokens: Token[], view: string, knownPlaces: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // 人名 tagged by the dictionary, surname and given name together.
    // (A name token glued to katakana is part of a word: マイ|ナンバー.)
    if (isPersonName(t) && !NOT_NAMES.has(t.surface_form) && !(isKatakana(t.surface_form) && next && isKatakana(next.surface_form) && next.start === t.end && !isPersonName(next))) {
      let j = i;
      while (tokens[j + 1] && isPersonName(tokens[j + 1]!)) j++;
      const after = tokens[j + 1];
      // 菊池 in 菊池圏域 or 高山 in 高山方面 is a place; 山田 alone is a person even though 山田町 exists.
      const surface = view.slice(t.start, tokens[j]!.end);
      const placeWordAfter = after !== undefined && /^(?:圏域|方面|地域|地区|管内|エリア|医療圏)/.test(view.slice(after.start)) && ['市', '町', '村', '区'].some((suffix) => knownPlaces.has(surface + suffix));
      if ((after && PLACE_AFTER.has(after.surface_form)) || placeWordAfter) {
        i = j;
        continue;
      }
      // A name cut in two by the analyser: 陽|葵 (one kanji of common noun glued to the tagged part).
      const prev = tokens[i - 1];
      const glued = prev && prev.end === t.start && prev.pos === '名詞' && prev.pos_detail_1 === '一般' && isKanji(prev.surface_form) && prev.surface_form.length === 1 && !NOT_NAMES.has(prev.surface_form) && !KIN.has(prev.surface_form);
      spans.push(span('PERSONAL_NAME', tokens, glued ? i - 1 : i, j));
      i = j;
      continue;
    }
    // An honorific after words the dictionary does not know as a name: グエンさん, ゆうきくん, 髙橋氏.
    if (next && HONORIFICS.has(next.surface_form) && nameLike(t)) {
      const first = extendLeft(tokens, i, (p) => nameLike(p) || p.surface_form === '・', 3);
      const joined = view.slice(tokens[first]!.start, t.end);
      const glued = first > 0 && tokens[first - 1]!.end === tokens[first]!.start ? tokens[first - 1]!.surface_form + joined : joined;
      if (!NOT_NAMES.has(joined) && !NOT_NAMES.has(glued)) spans.push(span('PERSONAL_NAME', tokens, first, i));
      continue;
    }
    // A name in hiragana before an honorific: さくらちゃん, ゆうきくん (the analyser cuts them into words).
    if (next && HONORIFICS.has(next.surface_form) && isHiragana(t.surface_form) && !['助詞', '助動詞', '連体詞', '接続詞', '副詞', '感動詞'].includes(t.pos)) {
      const run = /[ぁ-ゖー]+$/.exec(view.slice(Math.max(0, next.start - 6), next.start))?.[0] ?? '';
      const name = run.replace(/^.*?(?:の|は|が|と|も|に|を|へ|や)(?=[ぁ-ゖー]{2,}$)/, '');
      if (name.length >= 2 && !NOT_NAMES.has(name)) spans.push({ kind: 'PERSONAL_NAME', start: next.start - name.length, end: next.start });
      continue;
    }
    // A kinship word and then a word that is not a common noun: 長女さくらは, 妻の美咲が.
    if (KIN.has(t.surface_form)) {
      let j = i + 1;
      if (tokens[j]?.surface_form === 'の') j++;
      const candidate = tokens[j];
      if (!candidate) continue;
      let k = j;
      const commonWord = (p: Token) => p.word_type === 'KNOWN' && !isProper(p) && (isKatakana(p.surface_form) || isKanji(p.surface_form));
      const part = (p: Token) =>
        !HONORIFICS.has(p.surface_form) && !isSuffix(p) && !commonWord(p) && p.pos_detail_1 !== '非自立' && p.pos_detail_1 !== '代名詞' && (nameLike(p) || (isHiragana(p.surface_form) && p.pos === '名詞' && p.surface_form.length >= 2));
      while (tokens[k] && part(tokens[k]!) && k - j < 3) k++;
      if (k > j && PARTICLES_AFTER_NAME.test(view.slice(tokens[k - 1]!.end)) && !(tokens[k] && HONORIFICS.has(tokens[k]!.surface_form))) {
        spans.push(span('PERSONAL_NAME', tokens, j, k - 1));
      }
    }
  }
  // Foreign names written with a middle dot: グエン・ヴァン・ナム.
  for (const m of view.matchAll(/[ァ-ヶー]{2,}(?:[・=＝][ァ-ヶー]{1,})+/g)) {
    if (ORG_WORDS.test(m[0])) continue;
    spans.push({ kind: 'PERSONAL_NAME', start: m.index, end: m.index + m[0].length });
  }
  // Katakana inside a longer katakana word is not a name: マイ|ナンバー.
  return spans.filter((sp) => {
    const text = view.slice(sp.start, sp.end);
    return !(isKatakana(text) && (/[ァ-ヶー]/.test(view[sp.end] ?? '') || /[ァ-ヶー]/.test(view[sp.start - 1] ?? '')));
  });
}

const SCHOOL_WORDS = /(?:特別支援学校|支援学校|養護学校|義務教育学校|高等専門学校|専門学校|専修学校|小学校|中学校|高等学校|短期大学|大学院|大学|高校|高専|短大|保育園|保育所|幼稚園|こども園|学園|学院|日本語学校)/g;
const SCHOOL_ABBREVIATION = /^(?:小|中|高)$/;

function findSchools(tokens: Token[], view: string): Span[] {
  const spans: Span[] = [];
  const prefixWord = (p: Token) =>
    isProper(p) || isUnknown(p) || SCHOOL_PREFIX_WORDS.has(p.surface_form) || (isNoun(p) && p.pos_detail_1 !== '代名詞' && p.pos_detail_1 !== '非自立') || p.pos === '接頭詞' || (isHiragana(p.surface_form) && p.pos !== '助詞' && p.pos !== '助動詞');
  const named = (p: Token, abbreviation: boolean) =>
    !GENERIC_SCHOOL_PREFIX.has(p.surface_form) && !/^[A-Za-z]+$/.test(p.surface_form) && (isProper(p) || isUnknown(p) || (!abbreviation && (isNoun(p) || isHiragana(p.surface_form)) && p.pos_detail_1 !== '数' && p.pos_detail_1 !== '代名詞' && !SCHOOL_PREFIX_WORDS.has(p.surface_form)));
  const suffixes: Array<{ start: number; end: number; abbreviation: boolean }> = [...view.matchAll(SCHOOL_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length, abbreviation: false }));
  for (const t of tokens) {
    if (SCHOOL_ABBREVIATION.test(t.surface_form) && isNoun(t) && !suffixes.some((x) => t.start >= x.start && t.start < x.end) && !/^(?:学|等)/.test(view.slice(t.end))) suffixes.push({ start: t.start, end: t.end, abbreviation: true });
  }
  for (const suffix of suffixes) {
    const at = tokens.findIndex((t) => t.end > suffix.start);
    if (at < 0) continue;
    const first = extendLeft(tokens, at, prefixWord, 6);
    const prefix = tokens.slice(first, at);
    if (prefix.some((p) => named(p, suffix.abbreviation))) {
      if (suffix.abbreviation && view.slice(tokens[first]!.start, tokens[at - 1]!.end).length < 2) continue;
      spans.push({ kind: 'SCHOOL', start: tokens[first]!.start, end: suffix.end });
      continue;
    }
    // 認定こども園ときわ: the name after the kind of school.
    const after = /^[ぁ-ゖァ-ヶー一-龥々]{2,10}?(?=[、。，,.)）」\s]|$|に|で|へ|を|は|が|の|と)/.exec(view.slice(suffix.end));
    if (!suffix.abbreviation && after && /認定$/.test(view.slice(0, suffix.start)) && /^[ぁ-ゖァ-ヶー]+$/.test(after[0])) spans.push({ kind: 'SCHOOL', start: prefix.length > 0 ? tokens[first]!.start : suffix.start, end: suffix.end + after[0].length });
  }
  return spans;
}

function properRun(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to + 1).some((p) => (isProper(p) || isUnknown(p)) && !isPlaceToken(p) && !/^[A-Za-z]+$/.test(p.surface_form) && !SUPPORT_BODIES.test(p.surface_form));
}

function findWorkplaces(tokens: Token[], view: string): Span[] {
  const spans: Span[] = [];
  // 株式会社〇〇 / 〇〇合同会社 / (有)〇〇: the name runs to the next particle or punctuation.
  const companyAfter = /(?:株式会社|有限会社|合同会社|合資会社|合名会社|\((?:株|有|合)\)|㈱|㈲)\s?[一-龥々ヶァ-ヶーA-Za-z0-9&・]{1,16}(?:の[一-龥々ァ-ヶー]{1,6})?/g;
  const companyBefore = /[一-龥々ヶァ-ヶーA-Za-z0-9&・]{1,16}(?:株式会社|有限会社|合同会社|合資会社|合名会社|\((?:株|有|合)\)|㈱|㈲)/g;
  for (const regex of [companyAfter, companyBefore]) for (const m of view.matchAll(regex)) spans.push({ kind: 'WORKPLACE', start: m.index, end: m.index + m[0].length });
  const nameToken = (p: Token) => isNoun(p) && p.pos_detail_1 !== '数' && p.pos_detail_1 !== '代名詞' && !SCHOOL_SUFFIX_TOKEN.test(p.surface_form) && p.pos_detail_1 !== '非自立';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const surface = t.surface_form;
    // 株式会社〇〇 / 〇〇株式会社 / (有)〇〇: the proper words on the side that has them.
    if (COMPANY_FORM.test(surface) || (surface === '(' && /^\((?:株|有|合)\)/.test(view.slice(t.start)))) {
      const formEnd = surface === '(' ? i + 2 : i;
      let j = formEnd;
      while (tokens[j + 1] && nameToken(tokens[j + 1]!) && j - formEnd < 4) j++;
      const first = extendLeft(tokens, i, nameToken, 3);
      if (j > formEnd) spans.push(span('WORKPLACE', tokens, i, j));
      else if (first < i) spans.push(span('WORKPLACE', tokens, first, formEnd));
      continue;
    }
    if (INDUSTRY_SUFFIX.test(surface) && i > 0) {
      const first = extendLeft(tokens, i, (p) => nameToken(p) && !INDUSTRY_SUFFIX.test(p.surface_form), 3);
      if (first < i && properRun(tokens, first, i - 1)) {
        let j = i;
        // スーパー〇〇大垣店: the branch belongs to the name.
        while (tokens[j + 1] && (nameToken(tokens[j + 1]!) || tokens[j + 1]!.surface_form === '店') && j - i < 3 && !PARTICLES_AFTER_NAME.test(tokens[j + 1]!.surface_form)) j++;
        spans.push(span('WORKPLACE', tokens, first, j));
      }
      continue;
    }
    if (MEDICAL_SUFFIX.test(surface) && i > 0) {
      const first = extendLeft(tokens, i, (p) => nameToken(p) && !MEDICAL_SUFFIX.test(p.surface_form), 3);
      if (first < i && properRun(tokens, first, i - 1) && !SUPPORT_BODIES.test(view.slice(tokens[first]!.start, t.end))) spans.push(span('MEDICAL_INSTITUTION', tokens, first, i));
      continue;
    }
    // A proper noun the text says the person works at: 〇〇で働いている, 勤務先は〇〇.
    if (isProper(t) && t.pos_detail_2 === '組織' && !SUPPORT_BODIES.test(surface) && !/^[A-Za-z]+$/.test(surface)) {
      spans.push(span('WORKPLACE', tokens, i, i));
      continue;
    }
    if ((isProper(t) || isUnknown(t)) && !isPlaceToken(t) && !/^[A-Za-z]+$/.test(surface) && nameToken(t) && !SUPPORT_BODIES.test(surface)) {
      let j = i;
      while (tokens[j + 1] && nameToken(tokens[j + 1]!) && j - i < 3) j++;
      const after = view.slice(tokens[j]!.end);
      const before = view.slice(Math.max(0, t.start - 8), t.start);
      if ((WORK_CONTEXT_AFTER.test(after) && !isPersonName(t)) || WORK_CONTEXT_BEFORE.test(before)) {
        if (!SUPPORT_BODIES.test(view.slice(t.start, tokens[j]!.end))) spans.push(span('WORKPLACE', tokens, i, j));
        i = j;
      }
    }
  }
  return spans;
}

function findAddresses(tokens: Token[], view: string, options: EntityOptions): Span[] {
  const spans: Span[] = [];
  const cores: Array<[number, number]> = [];
  const corePatterns = [
    /(?:\d+|[一二三四五六七八九十]+)\s?丁目(?:\s?\d+\s?番(?:地)?)?(?:\s?(?:\d+\s?号|の?\d+))?(?:-\d+)*/g,
    /(?<![0-9])\d+\s?番地?(?:の?\s?\d+)?(?:\s?\d+\s?号)?/g,
    /(?<![0-9-])\d{1,4}-\d{1,4}(?:-\d{1,4})?(?![0-9-])/g,
    /字[一-龥々ヶ]{1,6}(?:\d+(?:番地?)?)?/g,
    /(?:県営|市営|町営|村営|公営|UR|雇用促進)[^\s、。,「」()（）]{1,10}?(?:団地|住宅|アパート)(?:\s?\d+\s?(?:棟|号棟))?(?:\s?[-‐]?\s?\d+\s?号?室?)?/g,
    /\d+\s?棟\s?\d+\s?号(?:室)?|\d+\s?号室/g,
    /(?<=[一-龥々ヶ])[甲乙丙丁]?\d{2,5}(?![0-9.,]|\s?(?:円|万|千|人|件|世帯|年|月|日|時|分|歳|才|代|回|か月|ヶ月|カ月|%|％|kg|キロ|km|号室|階|棟|番|名|冊|本|枚|個|台|週|点|社|校|期|次|割|倍|歩|m|cm|mm|g|ml|L|時間|日間|年間|年度|周年|期生|条|項|級|等級|度|型|系|号線|系統|便))/g,
  ];
  for (const regex of corePatterns) {
    for (const m of view.matchAll(regex)) {
      // A bare 2-14-5 is an address only after a place word: 隈府2-14-5, not "2-3人".
      if (regex === corePatterns[2] && !/[一-龥々ヶ]$/.test(view.slice(0, m.index))) continue;
      if (regex === corePatterns[1] && /^\d+\s?番$/.test(m[0]) && !/^\s?\d/.test(view.slice(m.index + m[0].length))) continue;
      // A bare number is a house number only right after a place name the analyser knows or does not know at all.
      if (regex === corePatterns[6]) {
        const before = tokens.find((t) => t.end === m.index);
        const placeBefore = /[市町村郡字]/.test(view.slice(Math.max(0, m.index - 10), m.index));
        if (!before || !isNoun(before) || before.pos_detail_1 === '数' || !isKanji(before.surface_form) || !placeBefore) continue;
      }
      const end = m.index + m[0].length;
      if (options.numbers.some((n) => m.index < n.end && end > n.start)) continue;
      cores.push([m.index, end]);
    }
  }
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start <= offset && offset < t.end);
  for (const [start, end] of cores) {
    // The town or 大字 name before the numbers belongs to the address, the municipality does not.
    let first = tokenAt(start);
    if (first < 0) continue;
    let left = start;
    let k = first - 1;
    while (k >= 0 && start - tokens[k]!.start <= 12) {
      const p = tokens[k]!;
      if (!(isNoun(p) && p.pos_detail_1 !== '数' && p.pos_detail_1 !== '代名詞') && p.surface_form !== 'ヶ' && p.surface_form !== 'ケ') break;
      if (MUNICIPALITY_SUFFIXES.has(p.surface_form) && isSuffix(p)) {
        const upTo = view.slice(0, p.end);
        const municipalityEndsHere = [2, 3, 4, 5, 6].some((n) => options.municipalityNames.has(upTo.slice(-n)) && !/[一-龥々ヶァ-ヶー]/.test(upTo[upTo.length - n - 1] ?? ''));
        if (p.surface_form !== '町' || municipalityEndsHere) break;
      }
      const named = [6, 5, 4, 3, 2].find((n) => options.municipalityNames.has(view.slice(p.start, p.start + n)) && p.start + n <= left);
      if (named !== undefined) {
        left = Math.max(left, p.start + named);
        break;
      }
      left = p.start;
      first = k;
      k--;
    }
    // A building name after the numbers: 1丁目2番3号 コーポ隈府201号室.
    let right = end;
    const rest = view.slice(end);
    const building = /^\s?([^\s、。,「」()（）]{1,14}?(?:ハイツ|コーポ|マンション|アパート|荘|団地|住宅|レジデンス|メゾン|ハウス|ビル|寮|パレス|コート|ヒルズ|ハイム)[^\s、。,「」()（）]{0,10}?(?:\d+\s?号?室?)?)(?=[\s、。,「」()（）にでのへはがを]|$)/.exec(rest);
    const named = /^\s?[ァ-ヶーA-Za-z一-龥々]{2,12}\s?\d{2,4}(?:\s?号室?)?(?![0-9])/.exec(rest);
    if (building) right = end + building[0].length;
    else if (named) right = end + named[0].length;
    spans.push({ kind: 'ADDRESS', start: left, end: right });
  }
  // Buildings on their own: 「ハイツさくら」に住む, コーポ隈府201号室, サンハイツ薮田305.
  for (const m of view.matchAll(
    /(?:[ァ-ヶー一-龥々A-Za-z]{1,10}(?:ハイツ|コーポ|マンション|アパート|荘|メゾン|レジデンス|ハイム|パレス|コーポラス)(?:[ァ-ヶー一-龥々A-Za-z]{0,8})|(?:ハイツ|コーポ|メゾン|レジデンス|ハイム|パレス|ドミール|カーサ|シャトー|ヴィラ|グランデ|サンハイツ)[ァ-ヶー一-龥々ぁ-ゖA-Za-z]{1,10})(?:\s?\d+(?:\s?号室?)?)?/g,
  )) {
    const text = m[0];
    if (!BUILDING_WORD.test(text)) continue;
    // A generic word alone (アパート, マンション暮らし) names no building.
    const stripped = text.replace(/^(?:の|に|で|は|が|を|と)+/, '').replace(/(?:ハイツ|コーポ|マンション|アパート|荘|メゾン|レジデンス|ハイム|パレス|ドミール|カーサ|シャトー|ヴィラ)/, '');
    if (!/[ァ-ヶ一-龥A-Za-z\d]{2,}/.test(stripped) && !/^(?:ハイツ|コーポ|メゾン|レジデンス|ハイム|パレス|ドミール|カーサ|シャトー|ヴィラ)/.test(text)) continue;
    const startTok = tokenAt(m.index);
    let start = m.index;
    // Leading particles or common words are not part of the name.
    while (startTok >= 0) {
      const tk = tokens.find((t) => t.start === start || (t.start < start && t.end > start));
      if (!tk || tk.pos === '名詞' || /^(?:ハイツ|コーポ|メゾン)/.test(view.slice(start))) break;
      start = tk.end;
    }
    const generic = /^(?:ワンルーム|賃貸|分譲|市営|県営|町営|村営|公営|民間|木造|老朽|学生|単身|自宅|実家|古い|安い)?(?:アパート|マンション|団地|住宅|寮|社宅|荘)(?:暮らし|住まい|入居|退去|探し|の|に|で|を|が|は)?$/.test(view.slice(start, m.index + text.length));
    if (generic || start >= m.index + text.length) continue;
    spans.push({ kind: 'ADDRESS', start, end: m.index + text.length });
  }
  return spans;
}

/** Every identifying description the analyser and its context rules find, possibly overlapping. */
export function findEntities(tokens: Token[], view: string, options: EntityOptions): Span[] {
  return [...findAddresses(tokens, view, options), ...findSchools(tokens, view), ...findWorkplaces(tokens, view), ...findPersonNames(tokens, view, options.municipalityNames)];
}

export type { Span as EntitySpan };
