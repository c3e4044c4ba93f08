// Demo data for 新潟県: the prefecture and seven cities run the programme side by side (002:L8127–8318), and
// 新潟市社協 runs the child-rearing network こゆるねっと (001:L857–1010). Contacts are invented
// (000-0000-XXXX, .example).
import type { DemoOpeningHours, DemoRegionData } from './types.js';

// Cities that ran the model project themselves in 平成２６年度 (002:L8206-8221).
const NIIGATA = '151009'; // 新潟市
const NAGAOKA = '152021'; // 長岡市
const JOETSU = '152226'; // 上越市
const KASHIWAZAKI = '152056'; // 柏崎市
const UONUMA = '152251'; // 魚沼市
const TSUBAME = '152137'; // 燕市
const MYOKO = '152170'; // 妙高市
const NIIGATA_HIGASHI_KU = '151025'; // 新潟市 東区

/** 下越圏域（８市）: 村上市、新発田市、胎内市、阿賀野市、五泉市、加茂市、三条市、佐渡市 (002:L8148-8150). */
const KAETSU = ['152129', '152064', '152277', '152234', '152188', '152099', '152048', '152242'];
/** 中越圏域（４市）: 見附市、小千谷市、南魚沼市、十日町市 (002:L8157-8158). */
const CHUETSU = ['152111', '152081', '152269', '152102'];
/** 糸魚川市: the thirteenth city without its own model project (002:L8223). */
const ITOIGAWA = '152161';
/** The 13 cities the prefecture covered through 労福協 (002:L8223-8231). */
const PREFECTURE_COVERED_CITIES = [...KAETSU, ...CHUETSU, ITOIGAWA];
/**
 * 町村部（６町４村）, covered by 新潟県社会福祉協議会 (002:L8209-8210, L8233-8237): 聖籠町、弥彦村、田上町、阿賀町、
 * 出雲崎町、湯沢町、津南町、刈羽村、関川村、粟島浦村.
 */
const TOWNS_AND_VILLAGES = [
  '153079',
  '153427',
  '153613',
  '153851',
  '154059',
  '154610',
  '154822',
  '155047',
  '155811',
  '155861',
];

const areasOf = (codes: string[]) => codes.map((municipalityCode) => ({ municipalityCode }));

const DEMO_HOURS_NOTE = 'デモ用の想定時間';
function monToFri(opens: string, closes: string, note?: string): DemoOpeningHours {
  return { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens, closes, ...(note ? { note } : {}) };
}

const DEMO_NOTE = '（デモ用の架空の団体です）';

export const niigata: DemoRegionData = {
  organizations: [
    {
      key: 'niigata-rofukukyo',
      region: 'niigata',
      name: '一般社団法人新潟県労働者福祉協議会',
      nameKana: 'イッパンシャダンホウジン ニイガタケンロウドウシャフクシキョウギカイ',
      aliases: ['労福協', '県労福協', '新潟県労福協', 'パーソナル・サポート・センター', 'PSC'],
      legalForm: 'GENERAL_INCORPORATED_ASSOCIATION',
      municipalityCode: NIIGATA,
      description:
        '平成２４年度に内閣府の「パーソナル・サポート・サービス」モデル事業を県から受託し、平成２５年度は' +
        '「新潟県パーソナルサポートセンター」として全県をカバーする形で相談支援を継続した。平成２６年度は新潟市、長岡市、' +
        '上越市から自立相談支援事業を受託し、「新潟市パーソナル・サポート・センター」「長岡パーソナル・サポート・センター」' +
        '「上越パーソナル・サポート・センター」を開所。モデル事業を実施していない下越地域（８市）、中越地域（４市）、' +
        '糸魚川市の１３市分は、２名の人件費を県から受託し、新潟市と長岡のパーソナル・サポート・センターに併設する形で' +
        '職員を１名ずつ配置している（下越・中越パーソナル・サポート・センター）。県の任意事業として就労準備支援事業と' +
        '家計相談支援事業も受託し、自立相談支援事業の相談支援員が兼務している。',
      programmeRoles: [
        {
          role: 'SELF_RELIANCE_CONSULTATION',
          delivery: 'CONTRACTED',
          contractingMunicipalityCodes: [NIIGATA, NAGAOKA, JOETSU, ...PREFECTURE_COVERED_CITIES],
        },
        {
          role: 'EMPLOYMENT_PREPARATION',
          delivery: 'CONTRACTED',
          contractingMunicipalityCodes: PREFECTURE_COVERED_CITIES,
        },
        {
          role: 'HOUSEHOLD_FINANCE_CONSULTATION',
          delivery: 'CONTRACTED',
          contractingMunicipalityCodes: PREFECTURE_COVERED_CITIES,
        },
      ],
      publicContact: {
        phone: '000-0000-0201',
        email: 'psc@rofukukyo-niigata.example',
        website: 'https://rofukukyo-niigata.example/',
      },
      services: [
        {
          key: 'niigata-rofukukyo-jiritsu-soudan',
          name: '自立相談支援（パーソナル・サポート・センター）',
          nameKana: 'ジリツソウダンシエン パーソナルサポートセンター',
          description:
            '生活や仕事に困りごとを抱える人の相談を受け、寄り添いながら支援する。支援調整会議では新規を含む相談者一覧表を' +
            '作成し、各ケースを０～５段階のレベルに分けて変化を追っている。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: areasOf([NIIGATA, NAGAOKA, JOETSU, ...PREFECTURE_COVERED_CITIES]),
          fee: '無料',
        },
        {
          key: 'niigata-rofukukyo-shuro-junbi',
          name: '就労準備支援',
          nameKana: 'シュウロウジュンビシエン',
          description: '県の任意事業。下越・中越圏域と糸魚川市の相談者を対象に、自立相談支援事業の相談支援員が兼務して行う。',
          categories: ['EMPLOYMENT_SUPPORT'],
          targetGroups: [],
          areas: areasOf(PREFECTURE_COVERED_CITIES),
          fee: '無料',
        },
        {
          key: 'niigata-rofukukyo-kakei-soudan',
          name: '家計相談支援',
          nameKana: 'カケイソウダンシエン',
          description: '県の任意事業。下越・中越圏域と糸魚川市の相談者を対象に、自立相談支援事業の相談支援員が兼務して行う。',
          categories: ['HOUSEHOLD_FINANCE'],
          targetGroups: [],
          areas: areasOf(PREFECTURE_COVERED_CITIES),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'niigata-rofukukyo-psc-niigata',
          name: '新潟市パーソナル・サポート・センター',
          nameKana: 'ニイガタシパーソナルサポートセンター',
          municipalityCode: NIIGATA,
          description:
            '新潟市から受託。相談支援員４名（うち１名は中越圏域と兼務、１名は就労支援員と兼務、１名は就労準備支援員と兼務、' +
            '１名は家計相談支援員と兼務）と、市と県の事業の事務職１名。毎月の新規相談は新潟市、新潟県の分が各１０例ほど。',
          phone: '000-0000-0202',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
        {
          key: 'niigata-rofukukyo-psc-kaetsu',
          name: '下越パーソナル・サポート・センター',
          nameKana: 'カエツパーソナルサポートセンター',
          municipalityCode: NIIGATA,
          address: '新潟市パーソナル・サポート・センター内（併設）',
          description: '県から受託。下越圏域（８市）を担当し、新潟市パーソナル・サポート・センターに併設して職員１名を配置。',
          phone: '000-0000-0203',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
        {
          key: 'niigata-rofukukyo-psc-nagaoka',
          name: '長岡パーソナル・サポート・センター',
          nameKana: 'ナガオカパーソナルサポートセンター',
          municipalityCode: NAGAOKA,
          description: '長岡市から受託。',
          phone: '000-0000-0204',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
        {
          key: 'niigata-rofukukyo-psc-chuetsu',
          name: '中越パーソナル・サポート・センター',
          nameKana: 'チュウエツパーソナルサポートセンター',
          municipalityCode: NAGAOKA,
          address: '長岡パーソナル・サポート・センター内（併設）',
          description: '県から受託。中越圏域（４市）を担当し、長岡パーソナル・サポート・センターに併設して職員１名を配置。',
          phone: '000-0000-0205',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
        {
          key: 'niigata-rofukukyo-psc-joetsu',
          name: '上越パーソナル・サポート・センター',
          nameKana: 'ジョウエツパーソナルサポートセンター',
          municipalityCode: JOETSU,
          description: '上越市から受託。',
          phone: '000-0000-0206',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
      ],
      source: '002:L8166-8192,L8212-8231,L8240-8254,L8268-8287',
    },
    {
      key: 'niigata-ken-shakyo',
      region: 'niigata',
      name: '社会福祉法人 新潟県社会福祉協議会',
      nameKana: 'シャカイフクシホウジン ニイガタケンシャカイフクシキョウギカイ',
      aliases: ['県社協', '新潟県社協', '新潟県生活支援・相談センター'],
      legalForm: 'COUNCIL_OF_SOCIAL_WELFARE',
      municipalityCode: NIIGATA,
      description:
        '町村部（６町４村）の自立相談支援事業を県から一括して受託し、「新潟県生活支援・相談センター」の名称で' +
        '平成２６年６月に開設。実際の相談の受付は各町村社協または町村役場で行い、県社協は出張相談を行う。' +
        '事業の開始前には町村毎に説明会を実施し、町村役場、町村社協、県福祉事務所、地域包括支援センター、' +
        '障害者相談支援事業所等の担当者が出席した。町村部では相談者自らが電話をしてくることは少なく、' +
        '関係機関からの紹介で支援につながるケースが多い。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: TOWNS_AND_VILLAGES },
      ],
      publicContact: {
        phone: '000-0000-0211',
        email: 'seikatsu-soudan@niigata-kenshakyo.example',
        website: 'https://niigata-kenshakyo.example/',
      },
      services: [
        {
          key: 'niigata-ken-shakyo-shutcho-soudan',
          name: '新潟県生活支援・相談センター 出張相談',
          nameKana: 'ニイガタケンセイカツシエンソウダンセンター シュッチョウソウダン',
          description:
            '町村社協または町村役場で受け付けた相談について、県社協の相談支援員が町村に出向いて相談を行う。' +
            '町村部が県内に広域に広がっているため、出張相談は長時間の移動を要する。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: areasOf(TOWNS_AND_VILLAGES),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'niigata-ken-shakyo-seikatsu-soudan-center',
          name: '新潟県生活支援・相談センター',
          nameKana: 'ニイガタケンセイカツシエンソウダンセンター',
          municipalityCode: NIIGATA,
          address: '新潟県社会福祉協議会内',
          description: '１次窓口は各町村社協または町村役場。センターの相談支援員は出張相談で町村を回る。',
          phone: '000-0000-0212',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
      ],
      source: '002:L8206-8210,L8233-8237,L8256-8264,L8301-8317',
    },
    {
      key: 'niigata-kashiwazaki-shakyo',
      region: 'niigata',
      name: '社会福祉法人 柏崎市社会福祉協議会',
      nameKana: 'シャカイフクシホウジン カシワザキシシャカイフクシキョウギカイ',
      aliases: ['柏崎市社協'],
      legalForm: 'COUNCIL_OF_SOCIAL_WELFARE',
      municipalityCode: KASHIWAZAKI,
      description: '柏崎市から自立相談支援事業を受託している（平成２６年度モデル事業）。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: [KASHIWAZAKI] },
      ],
      publicContact: { phone: '000-0000-0221', email: 'soudan@kashiwazaki-shakyo.example' },
      services: [
        {
          key: 'niigata-kashiwazaki-shakyo-jiritsu-soudan',
          name: '自立相談支援',
          nameKana: 'ジリツソウダンシエン',
          description: '柏崎市の生活困窮者の相談窓口。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: [{ municipalityCode: KASHIWAZAKI }],
          fee: '無料',
        },
      ],
      windows: [],
      source: '002:L8206-8208,L8219-8221',
    },
    {
      key: 'niigata-uonuma-shakyo',
      region: 'niigata',
      name: '社会福祉法人 魚沼市社会福祉協議会',
      nameKana: 'シャカイフクシホウジン ウオヌマシシャカイフクシキョウギカイ',
      aliases: ['魚沼市社協'],
      legalForm: 'COUNCIL_OF_SOCIAL_WELFARE',
      municipalityCode: UONUMA,
      description: '魚沼市から自立相談支援事業を受託している（平成２６年度モデル事業）。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: [UONUMA] },
      ],
      publicContact: { phone: '000-0000-0231', email: 'soudan@uonuma-shakyo.example' },
      services: [
        {
          key: 'niigata-uonuma-shakyo-jiritsu-soudan',
          name: '自立相談支援',
          nameKana: 'ジリツソウダンシエン',
          description: '魚沼市の生活困窮者の相談窓口。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: [{ municipalityCode: UONUMA }],
          fee: '無料',
        },
      ],
      windows: [],
      source: '002:L8206-8208,L8219-8221',
    },
    {
      key: 'niigata-tsubame-shakai-fukushika',
      region: 'niigata',
      name: '燕市 社会福祉課',
      nameKana: 'ツバメシ シャカイフクシカ',
      aliases: ['燕市社会福祉課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: TSUBAME,
      description: '燕市は自立相談支援事業を直営で実施しており、社会福祉課が窓口（平成２６年度モデル事業）。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'DIRECT', contractingMunicipalityCodes: [TSUBAME] },
      ],
      publicContact: { phone: '000-0000-0241', email: 'shakaifukushi@city-tsubame.example' },
      services: [
        {
          key: 'niigata-tsubame-jiritsu-soudan',
          name: '生活困窮者の自立相談支援',
          nameKana: 'セイカツコンキュウシャノジリツソウダンシエン',
          description: '市の社会福祉課が直接相談を受ける。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: [{ municipalityCode: TSUBAME }],
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'niigata-tsubame-shakai-fukushika-madoguchi',
          name: '燕市役所 社会福祉課',
          nameKana: 'ツバメシヤクショ シャカイフクシカ',
          municipalityCode: TSUBAME,
          address: '燕市役所内',
          phone: '000-0000-0242',
          hours: [monToFri('08:30', '17:15', '市役所開庁日（デモ用の想定時間）')],
        },
      ],
      source: '002:L8206-8208,L8219-8221',
    },
    {
      key: 'niigata-myoko-fukushi-kaigoka',
      region: 'niigata',
      name: '妙高市 福祉介護課',
      nameKana: 'ミョウコウシ フクシカイゴカ',
      aliases: ['妙高市福祉介護課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: MYOKO,
      description: '妙高市は自立相談支援事業を直営で実施しており、福祉介護課が窓口（平成２６年度モデル事業）。',
      programmeRoles: [{ role: 'SELF_RELIANCE_CONSULTATION', delivery: 'DIRECT', contractingMunicipalityCodes: [MYOKO] }],
      publicContact: { phone: '000-0000-0251', email: 'fukushikaigo@city-myoko.example' },
      services: [
        {
          key: 'niigata-myoko-jiritsu-soudan',
          name: '生活困窮者の自立相談支援',
          nameKana: 'セイカツコンキュウシャノジリツソウダンシエン',
          description: '市の福祉介護課が直接相談を受ける。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: [{ municipalityCode: MYOKO }],
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'niigata-myoko-fukushi-kaigoka-madoguchi',
          name: '妙高市役所 福祉介護課',
          nameKana: 'ミョウコウシヤクショ フクシカイゴカ',
          municipalityCode: MYOKO,
          address: '妙高市役所内',
          phone: '000-0000-0252',
          hours: [monToFri('08:30', '17:15', '市役所開庁日（デモ用の想定時間）')],
        },
      ],
      source: '002:L8206-8208,L8219-8221',
    },
    {
      key: 'niigata-pref-fukushi-hokenka',
      region: 'niigata',
      name: '新潟県 福祉保健部 福祉保健課',
      nameKana: 'ニイガタケン フクシホケンブ フクシホケンカ',
      aliases: ['新潟県福祉保健課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: NIIGATA,
      description:
        '新潟県の生活困窮者自立支援モデル事業の所管課。平成２５年度は県が全県を対象にモデル事業を実施した。' +
        '平成２６年度はモデル事業を実施していない１３市（下越地域８市、中越地域４市、糸魚川市）と６町４村を県が担当し、' +
        '市の分は新潟県労働者福祉協議会に、町村部は新潟県社会福祉協議会に委託している。平成２４年頃から、' +
        '人口規模が大きく相談者の多い新潟市、長岡市、上越市をはじめ、市が身近な相談支援を行えるよう協議を進めてきた。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0261', email: 'fukushihoken@pref-niigata.example' },
      services: [],
      windows: [],
      source: '002:L8166,L8200-8210,L8223-8237,L8289-8295',
    },
    {
      key: 'niigata-niigata-shi-shakyo',
      region: 'niigata',
      name: '社会福祉法人 新潟市社会福祉協議会',
      nameKana: 'シャカイフクシホウジン ニイガタシシャカイフクシキョウギカイ',
      aliases: ['新潟市社協', 'きらきら'],
      legalForm: 'COUNCIL_OF_SOCIAL_WELFARE',
      municipalityCode: NIIGATA,
      description:
        '子育てのワンストップ事業「子育てなんでも相談センターきらきら」を実施し、「こゆるねっと」の事務局を担う。' +
        '子ども食堂ネットワーク団体の事務局、民生児童委員等の事務局も務めている。',
      programmeRoles: [],
      publicContact: {
        phone: '000-0000-0271',
        email: 'kirakira@niigata-shi-shakyo.example',
        website: 'https://niigata-shi-shakyo.example/',
      },
      services: [
        {
          key: 'niigata-niigata-shi-shakyo-kirakira',
          name: '子育てなんでも相談センターきらきら',
          nameKana: 'コソダテナンデモソウダンセンターキラキラ',
          description:
            '子育て家庭の保護者等からの相談を受けるワンストップ窓口。月に１６０件もの相談が寄せられる。' +
            '勇気を出して電話してきたお母さんの相談が「断ち切れ」にならないよう、こゆるねっとの団体や関係機関と' +
            'つながり、適切な支援につなぐコーディネートを行う。',
          categories: ['CONSULTATION'],
          targetGroups: ['CHILDREN', 'SINGLE_PARENTS'],
          areas: [{ municipalityCode: NIIGATA }],
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'niigata-niigata-shi-shakyo-kirakira-madoguchi',
          name: '子育てなんでも相談センターきらきら',
          nameKana: 'コソダテナンデモソウダンセンターキラキラ',
          municipalityCode: NIIGATA,
          address: '新潟市社会福祉協議会内',
          description: '電話と来所で子育ての相談を受ける。',
          phone: '000-0000-0272',
          hours: [monToFri('09:00', '17:00', DEMO_HOURS_NOTE)],
        },
      ],
      source: '001:L861-897,L903-912,L973-977,L1002-1008',
    },
    {
      key: 'niigata-minatomachi-foodbank',
      region: 'niigata',
      name: 'みなとまちフードバンク',
      nameKana: 'ミナトマチフードバンク',
      aliases: ['みなとまちFB'],
      legalForm: 'NPO',
      municipalityCode: NIIGATA,
      description:
        '企業や家庭から寄付された食品を、相談窓口からつながった世帯や子ども食堂に届けるフードバンク。' + DEMO_NOTE,
      programmeRoles: [],
      publicContact: {
        phone: '000-0000-0281',
        email: 'info@minatomachi-foodbank.example',
        website: 'https://minatomachi-foodbank.example/',
      },
      services: [
        {
          key: 'niigata-minatomachi-foodbank-shokuzai',
          name: '食品の提供',
          nameKana: 'ショクヒンノテイキョウ',
          description:
            'パーソナル・サポート・センターや社協の紹介を受けた世帯への食品の提供と、子ども食堂への食材提供。' + DEMO_NOTE,
          categories: ['FOOD_PROVISION'],
          targetGroups: [],
          areas: [{ municipalityCode: NIIGATA }, ...areasOf(KAETSU)],
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'niigata-minatomachi-foodbank-uketsuke',
          name: 'みなとまちフードバンク 食品受付所',
          nameKana: 'ミナトマチフードバンク ショクヒンウケツケジョ',
          municipalityCode: NIIGATA,
          description: '食品の寄付の受付と、紹介を受けた世帯への受け渡し。' + DEMO_NOTE,
          phone: '000-0000-0282',
          hours: [
            { days: ['MONDAY', 'WEDNESDAY', 'FRIDAY'], opens: '10:00', closes: '16:00', note: DEMO_HOURS_NOTE },
          ],
        },
      ],
      source: 'demo',
    },
    {
      key: 'niigata-oyako-hiroba-soramame',
      region: 'niigata',
      name: 'おやこひろば そらまめ',
      nameKana: 'オヤコヒロバ ソラマメ',
      aliases: ['そらまめ'],
      legalForm: 'VOLUNTARY_GROUP',
      municipalityCode: NIIGATA,
      description:
        '子育て中の母親たちが運営する親子の居場所。週２回ひろばを開き、子育ての悩みを気軽に話せる場をつくっている。' +
        DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0291', email: 'soramame@oyako-hiroba.example' },
      services: [
        {
          key: 'niigata-oyako-hiroba-soramame-hiroba',
          name: '親子ひろば',
          nameKana: 'オヤコヒロバ',
          description: '未就学児と保護者が自由に過ごせるひろば。必要に応じて「きらきら」につなぐ。' + DEMO_NOTE,
          categories: ['PLACE_TO_BE'],
          targetGroups: ['CHILDREN', 'SINGLE_PARENTS'],
          schoolAgeBands: ['PRESCHOOL'],
          areas: [{ municipalityCode: NIIGATA }],
          fee: '無料',
        },
      ],
      windows: [],
      source: 'demo',
    },
    {
      key: 'niigata-kodomo-shokudo-suzuran',
      region: 'niigata',
      name: 'こども食堂 すずらん',
      nameKana: 'コドモショクドウ スズラン',
      aliases: ['すずらん食堂'],
      legalForm: 'VOLUNTARY_GROUP',
      municipalityCode: NIIGATA_HIGASHI_KU,
      description: '地域の集会所で月２回開く子ども食堂。民生児童委員と地域のボランティアが運営している。' + DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0292', email: 'suzuran@kodomo-shokudo.example' },
      services: [
        {
          key: 'niigata-kodomo-shokudo-suzuran-shokudo',
          name: 'すずらん子ども食堂',
          nameKana: 'スズランコドモショクドウ',
          description: '月２回の夕食の提供。食材の一部はフードバンクから受け取っている。' + DEMO_NOTE,
          categories: ['CHILDREN_CAFETERIA'],
          targetGroups: ['CHILDREN', 'SINGLE_PARENTS'],
          schoolAgeBands: ['ELEMENTARY', 'JUNIOR_HIGH'],
          areas: [{ municipalityCode: NIIGATA_HIGASHI_KU }],
          fee: '子ども無料、大人３００円',
        },
      ],
      windows: [],
      source: 'demo',
    },
  ],
  networks: [
    {
      key: 'niigata-koyurunet',
      region: 'niigata',
      name: 'こゆるねっと',
      nameKana: 'コユルネット',
      description:
        '新潟市全域の子育て支援団体のゆるやかなネットワーク。社協に寄せられた子育て相談に適切に対応するために、' +
        '子育てに関わる団体や関係機関の「顔の見える関係」をつくることを目的に、平成２３年１２月に情報交換会として' +
        '立ち上げた。第１回目から、１８の関係機関、２９の団体から計６０名が参加。「こゆるねっと」の団体は寄せられる相談を' +
        'まずは受け止め、解決策がなければ「きらきら」（月に１６０件の相談が寄せられる子育てのワンストップ窓口）につなぐ。' +
        '平成２９年度までは市補助金があったが、平成３０年度からは財源なしで、各団体の人脈を使った予算ゼロの持ち寄り' +
        'イベントを開催している。',
      secretariatKey: 'niigata-niigata-shi-shakyo',
      meetingFrequency: '年２回（こゆるねっと情報交換会。当初は年１回）',
      admissionRule:
        '新潟市全域の子育てに関わる団体・関係機関（子育て支援団体、NPO、こども・子育て関係の機関、大学、企業）に' +
        '事務局（新潟市社協）が呼びかけて参加。民生児童委員、主任児童委員、子ども食堂運営団体にも参加を広げている。',
      tiers: [
        {
          level: 1,
          name: '子育て支援団体・関係機関',
          description: '平成２３年の立ち上げから参加する新潟市全域の子育て支援団体、NPO、こども・子育て関係の機関、大学、企業と、事務局の新潟市社協。',
        },
        {
          level: 2,
          name: '地域の担い手',
          description: 'より身近な地域を巻き込むために参加を広げた民生児童委員、主任児童委員、子ども食堂運営団体など。',
        },
      ],
      members: [
        { organizationKey: 'niigata-niigata-shi-shakyo', role: 'SECRETARIAT', tierLevel: 1 },
        { organizationKey: 'niigata-oyako-hiroba-soramame', role: 'MEMBER', tierLevel: 1 },
        { organizationKey: 'niigata-kodomo-shokudo-suzuran', role: 'MEMBER', tierLevel: 2 },
        { organizationKey: 'niigata-minatomachi-foodbank', role: 'MEMBER', tierLevel: 2 },
      ],
      source: '001:L857-1010',
    },
  ],
};
