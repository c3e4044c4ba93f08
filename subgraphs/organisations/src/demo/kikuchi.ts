// Demo data for 菊池圏域 (菊池市・合志市・大津町・菊陽町, Kumamoto): the consortium that set up one
// self-reliance consultation centre together (002:L7823–8113). Contacts are invented (000-0000-XXXX, .example).
import type { DemoOpeningHours, DemoRegionData } from './types.js';

const KIKUCHI = '432105'; // 熊本県 菊池市
const KOSHI = '432164'; // 熊本県 合志市
const OZU = '434035'; // 熊本県 大津町
const KIKUYO = '434043'; // 熊本県 菊陽町

/** The four members of the consortium (２市２町). */
const WHOLE_AREA = [KIKUCHI, KOSHI, OZU, KIKUYO];

function monToFri(opens: string, closes: string, note?: string): DemoOpeningHours {
  return { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens, closes, ...(note ? { note } : {}) };
}

const DEMO_NOTE = '（デモ用の架空の団体です）';

export const kikuchi: DemoRegionData = {
  organizations: [
    {
      key: 'kikuchi-kikuaikai',
      region: 'kikuchi',
      name: '社会福祉法人 菊愛会',
      nameKana: 'シャカイフクシホウジン キクアイカイ',
      aliases: ['菊愛会', 'ソーシャルライフサポートセンター', 'SLSC'],
      legalForm: 'SOCIAL_WELFARE_CORPORATION',
      municipalityCode: KIKUCHI,
      description:
        '菊池市、合志市、大津町、菊陽町の２市２町から自立相談支援事業と就労準備支援事業を受託（随意契約）し、' +
        'ソーシャルライフサポートセンター（SLSC）を運営している。菊池圏域において障害者支援施設（相談支援事業所、' +
        '熊本県北部障害者就業・生活支援センター等）や介護事業所の運営、熊本県が実施している「自立支援プログラム」の' +
        '相談所の運営受託をはじめ広範囲に事業を展開している。SLSCには５人の常勤職員が相談支援員として配置され、' +
        '１人が全体の統括的な役割を担い、残る４人は１人１自治体を受け持つエリア担当制。困難事例は本部のSLSCに持ち帰って' +
        '支援の方向性を相談する。委託先として菊池市に毎月「事業報告書」を提出している。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: WHOLE_AREA },
        { role: 'EMPLOYMENT_PREPARATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: WHOLE_AREA },
      ],
      publicContact: {
        phone: '000-0000-0101',
        email: 'slsc@kikuaikai.example',
        website: 'https://kikuaikai.example/',
      },
      services: [
        {
          key: 'kikuchi-kikuaikai-jiritsu-soudan',
          name: '自立相談支援（ソーシャルライフサポートセンター）',
          nameKana: 'ジリツソウダンシエン ソーシャルライフサポートセンター',
          description:
            '２市２町が連携して共同設置した総合相談窓口。生活に困りごとを抱える人の相談を受け、支援プランを作成する。' +
            '支援決定と支援調整会議は各市町ごとに行い、情報共有と職員研修は圏域で合同で行う。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: WHOLE_AREA.map((municipalityCode) => ({ municipalityCode })),
          fee: '無料',
        },
        {
          key: 'kikuchi-kikuaikai-shuro-junbi',
          name: '就労準備支援',
          nameKana: 'シュウロウジュンビシエン',
          description:
            'すぐに一般就労が難しい人への就労準備支援。飲食業界、温泉地であることから宿泊業界、農家等へのアプローチで' +
            '受け入れ企業を開拓しており、平成２６年８月時点で７２件訪問し、うち９件が地域協力企業（農家５件、飲食業４件）。',
          categories: ['EMPLOYMENT_SUPPORT'],
          targetGroups: [],
          areas: WHOLE_AREA.map((municipalityCode) => ({ municipalityCode })),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'kikuchi-kikuaikai-slsc',
          name: 'ソーシャルライフサポートセンター（SLSC）',
          nameKana: 'ソーシャルライフサポートセンター',
          municipalityCode: KIKUCHI,
          address: '菊池市総合福祉センター内',
          description: '菊池市総合福祉センター内に窓口を設置、５名配置。圏域全体の本部窓口。',
          phone: '000-0000-0102',
          hours: [monToFri('08:30', '17:30', '平日')],
        },
        {
          key: 'kikuchi-kikuaikai-slsc-kikuchi',
          name: 'SLSC 菊池市サブセンター',
          nameKana: 'エスエルエスシー キクチシサブセンター',
          municipalityCode: KIKUCHI,
          address: '菊池市役所 福祉課内',
          description: '市福祉課内に１名配置。',
          phone: '000-0000-0103',
          hours: [monToFri('10:00', '16:00', '市役所開庁日')],
        },
        {
          key: 'kikuchi-kikuaikai-slsc-koshi',
          name: 'SLSC 合志市サブセンター',
          nameKana: 'エスエルエスシー コウシシサブセンター',
          municipalityCode: KOSHI,
          address: '合志市役所 福祉課内',
          description: '市福祉課内に１名配置。',
          phone: '000-0000-0104',
          hours: [monToFri('10:00', '15:00', '市役所開庁日')],
        },
        {
          key: 'kikuchi-kikuaikai-slsc-ozu',
          name: 'SLSC 大津町サブセンター',
          nameKana: 'エスエルエスシー オオヅマチサブセンター',
          municipalityCode: OZU,
          address: '大津町地域包括支援センター内',
          description: '地域包括支援センター内に窓口を設置、１名配置。',
          phone: '000-0000-0105',
          hours: [monToFri('09:30', '16:00', '町役場開庁日')],
        },
        {
          key: 'kikuchi-kikuaikai-slsc-kikuyo',
          name: 'SLSC 菊陽町サブセンター',
          nameKana: 'エスエルエスシー キクヨウマチサブセンター',
          municipalityCode: KIKUYO,
          address: '菊陽町役場 福祉課内',
          description:
            '町福祉課内に月・水のみSLSC職員１名が常駐し、それ以外の曜日は町職員が簡単な聞き取りを行い、' +
            '複合的な課題の人をSLSCにつなぐ。',
          phone: '000-0000-0106',
          hours: [{ days: ['MONDAY', 'WEDNESDAY'], opens: '09:00', closes: '16:00', note: '月・水のみ' }],
        },
      ],
      source: '002:L7885-7976,L8003-8011,L8088-8114',
    },
    {
      key: 'kikuchi-greencoop-kumamoto',
      region: 'kikuchi',
      name: 'グリーンコープ生活協同組合くまもと',
      nameKana: 'グリーンコープセイカツキョウドウクミアイクマモト',
      aliases: ['グリーンコープ', 'グリーンコープくまもと'],
      legalForm: 'CONSUMER_COOPERATIVE',
      municipalityCode: KIKUCHI,
      description:
        '菊池圏域２市２町から家計相談支援事業を受託（随意契約）。家計をベースにした生活再建のノウハウをもち、' +
        'かつ貸付等の事業があることから委託先となった。常駐ではなく、該当する案件が出てきた際にその都度' +
        'グリーンコープの相談員が訪問する形をとっている（平成２６年８月末時点では、菊池市だけで家計相談の件数は５件）。',
      programmeRoles: [
        { role: 'HOUSEHOLD_FINANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: WHOLE_AREA },
      ],
      publicContact: {
        phone: '000-0000-0111',
        email: 'kakei@greencoop-kumamoto.example',
        website: 'https://greencoop-kumamoto.example/',
      },
      services: [
        {
          key: 'kikuchi-greencoop-kakei-soudan',
          name: '家計相談支援',
          nameKana: 'カケイソウダンシエン',
          description:
            '家計の状況を一緒に整理し、家計をベースにした生活再建を支援する。SLSCから案件がつながった際に、' +
            '相談員がその都度訪問して対応する。',
          categories: ['HOUSEHOLD_FINANCE', 'HOME_VISIT'],
          targetGroups: [],
          areas: WHOLE_AREA.map((municipalityCode) => ({ municipalityCode })),
          fee: '無料',
        },
      ],
      windows: [],
      source: '002:L7907,L7966-7970,L8013-8015,L8058-8062',
    },
    {
      key: 'kikuchi-kikuchi-city-fukushika',
      region: 'kikuchi',
      name: '菊池市 健康福祉部 福祉課',
      nameKana: 'キクチシ ケンコウフクシブ フクシカ',
      aliases: ['菊池市福祉課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: KIKUCHI,
      description:
        '菊池圏域の生活困窮者自立支援事業の所管課。２市２町及び熊本県菊池福祉事務所の間で締結した協定書に基づき、' +
        '菊池市が一括して各種予算措置等を行い、事務局業務を担う。課内に自立相談支援機関（SLSC）の相談支援員の席がある。' +
        '毎月１０日にスクリーニング状況報告会を実施している。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0121', email: 'fukushi@city-kikuchi.example' },
      services: [],
      windows: [],
      source: '002:L7885,L7937-7938,L8019-8027,L8048-8056,L8070-8076',
    },
    {
      key: 'kikuchi-koshi-city-fukushika',
      region: 'kikuchi',
      name: '合志市 福祉課',
      nameKana: 'コウシシ フクシカ',
      aliases: ['合志市福祉課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: KOSHI,
      description:
        '菊池圏域の協定書を締結した構成市。課内にSLSCの相談支援員の席を設け１名配置しており、委託であっても' +
        '相談支援の状況を把握しやすい。支援調整会議は市で行う。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0122', email: 'fukushi@city-koshi.example' },
      services: [],
      windows: [],
      source: '002:L7940-7941,L8048-8056,L8070-8072,L8104-8112',
    },
    {
      key: 'kikuchi-ozu-town',
      region: 'kikuchi',
      name: '大津町役場 生活困窮者支援担当',
      nameKana: 'オオヅマチヤクバ セイカツコンキュウシャシエンタントウ',
      aliases: ['大津町'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: OZU,
      description:
        '菊池圏域の協定書を締結した構成町。人口規模から相談件数が少ないと想定され、基本的に町職員がインテークまでを行い、' +
        '必要に応じて自立相談支援機関（SLSC）につなぐ。SLSCの窓口は地域包括支援センター内にある。支援調整会議は町で行う。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0123', email: 'soudan@town-ozu.example' },
      services: [],
      windows: [],
      source: '002:L7943-7947,L8048-8056,L8104-8112',
    },
    {
      key: 'kikuchi-kikuyo-town-fukushika',
      region: 'kikuchi',
      name: '菊陽町 福祉課',
      nameKana: 'キクヨウマチ フクシカ',
      aliases: ['菊陽町福祉課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: KIKUYO,
      description:
        '菊池圏域の協定書を締結した構成町。課内に月・水のみSLSC職員１名が常駐し、それ以外の曜日は町職員が簡単な' +
        '聞き取りを行い、複合的な課題の人をSLSCにつなぐ。支援調整会議は町で行う。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0124', email: 'fukushi@town-kikuyo.example' },
      services: [],
      windows: [],
      source: '002:L7949-7954,L8048-8056,L8104-8112',
    },
    {
      key: 'kikuchi-kumamoto-kikuchi-fukushi-jimusho',
      region: 'kikuchi',
      name: '熊本県菊池福祉事務所',
      nameKana: 'クマモトケン キクチフクシジムショ',
      aliases: ['菊池福祉事務所'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: KIKUCHI,
      description:
        '熊本県の福祉事務所。モデル事業実施に伴う事務手続きに関する協定書を２市２町とともに締結し、' +
        '「菊池圏域担当者連絡会議」に出席している。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0125', email: 'kikuchi-fukushi@pref-kumamoto.example' },
      services: [],
      windows: [],
      source: '002:L7972-7976,L8023-8027',
    },
    {
      key: 'kikuchi-foodbank-kikuchi',
      region: 'kikuchi',
      name: 'フードバンク菊池',
      nameKana: 'フードバンクキクチ',
      aliases: ['FB菊池'],
      legalForm: 'NPO',
      municipalityCode: KIKUCHI,
      description:
        '企業や家庭から寄付された食品を集め、SLSCや市町の窓口からつながった世帯と子ども食堂に届けるフードバンク。' +
        DEMO_NOTE,
      programmeRoles: [],
      publicContact: {
        phone: '000-0000-0131',
        email: 'info@foodbank-kikuchi.example',
        website: 'https://foodbank-kikuchi.example/',
      },
      services: [
        {
          key: 'kikuchi-foodbank-kikuchi-shokuzai',
          name: '食品の提供（緊急食料支援）',
          nameKana: 'ショクヒンノテイキョウ キンキュウショクリョウシエン',
          description:
            '相談窓口からの紹介で、すぐに食べるものに困っている世帯へ食品を届ける。子ども食堂への食材提供も行う。' +
            DEMO_NOTE,
          categories: ['FOOD_PROVISION'],
          targetGroups: [],
          areas: WHOLE_AREA.map((municipalityCode) => ({ municipalityCode })),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'kikuchi-foodbank-kikuchi-soko',
          name: 'フードバンク菊池 食品受付所',
          nameKana: 'フードバンクキクチ ショクヒンウケツケジョ',
          municipalityCode: KIKUCHI,
          description: '食品の寄付の受付と、紹介を受けた世帯への受け渡し。' + DEMO_NOTE,
          phone: '000-0000-0132',
          hours: [
            { days: ['TUESDAY', 'THURSDAY'], opens: '10:00', closes: '15:00', note: 'デモ用の想定時間' },
          ],
        },
      ],
      source: 'demo',
    },
    {
      key: 'kikuchi-kodomo-shokudo-hidamari',
      region: 'kikuchi',
      name: 'きくよう ひだまり子ども食堂',
      nameKana: 'キクヨウ ヒダマリコドモショクドウ',
      aliases: ['ひだまり食堂'],
      legalForm: 'VOLUNTARY_GROUP',
      municipalityCode: KIKUYO,
      description: '地域の公民館で月２回開く子ども食堂。子どもは無料、大人は少額で食事ができる。' + DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0141', email: 'hidamari@kodomo-shokudo.example' },
      services: [
        {
          key: 'kikuchi-kodomo-shokudo-hidamari-shokudo',
          name: 'ひだまり子ども食堂',
          nameKana: 'ヒダマリコドモショクドウ',
          description: '月２回（第２・第４土曜）の夕食の提供と、食後の遊びの時間。' + DEMO_NOTE,
          categories: ['CHILDREN_CAFETERIA', 'PLACE_TO_BE'],
          targetGroups: ['CHILDREN', 'SINGLE_PARENTS'],
          schoolAgeBands: ['PRESCHOOL', 'ELEMENTARY', 'JUNIOR_HIGH'],
          areas: [{ municipalityCode: KIKUYO }],
          fee: '子ども無料、大人３００円',
        },
      ],
      windows: [],
      source: 'demo',
    },
    {
      key: 'kikuchi-manabi-hiroba-koshi',
      region: 'kikuchi',
      name: 'こうし学びの広場',
      nameKana: 'コウシマナビノヒロバ',
      aliases: ['学びの広場'],
      legalForm: 'VOLUNTARY_GROUP',
      municipalityCode: KOSHI,
      description:
        '退職した教員と大学生のボランティアによる、中学生向けの無料の学習支援教室。' + DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0151', email: 'manabi@koshi-hiroba.example' },
      services: [
        {
          key: 'kikuchi-manabi-hiroba-koshi-gakushu',
          name: '無料学習教室',
          nameKana: 'ムリョウガクシュウキョウシツ',
          description: '週１回、公民館で宿題と高校受験の勉強をみる。家にいづらい子の居場所にもなっている。' + DEMO_NOTE,
          categories: ['LEARNING_SUPPORT', 'PLACE_TO_BE'],
          targetGroups: ['CHILDREN', 'SCHOOL_REFUSAL', 'SINGLE_PARENTS'],
          schoolAgeBands: ['JUNIOR_HIGH'],
          areas: [{ municipalityCode: KOSHI }, { municipalityCode: KIKUCHI }],
          fee: '無料',
        },
      ],
      windows: [],
      source: 'demo',
    },
  ],
  networks: [
    {
      key: 'kikuchi-tantosha-renraku-kaigi',
      region: 'kikuchi',
      name: '菊池圏域担当者連絡会議',
      nameKana: 'キクチケンイキタントウシャレンラクカイギ',
      description:
        '実績報告や実施上の課題等について意見交換するための場として、２市２町と熊本県菊池福祉事務所、SLSCの担当者が' +
        '出席する。支援決定や支援調整会議は各自治体ごとに行い、自治体間では情報共有と職員研修を合同で行う。',
      secretariatKey: 'kikuchi-kikuchi-city-fukushika',
      meetingFrequency: '数ヶ月に１回程度',
      admissionRule:
        '協定書を締結した２市２町（菊池市・合志市・大津町・菊陽町）と熊本県菊池福祉事務所、受託法人（SLSC）の担当者。',
      tiers: [
        { level: 1, name: '協定書締結団体', description: '２市２町と熊本県菊池福祉事務所。事務局は菊池市。' },
        { level: 2, name: '受託法人', description: '自立相談支援機関（SLSC）を運営する受託法人の担当者。' },
      ],
      members: [
        { organizationKey: 'kikuchi-kikuchi-city-fukushika', role: 'SECRETARIAT', tierLevel: 1 },
        { organizationKey: 'kikuchi-koshi-city-fukushika', role: 'CORE_MEMBER', tierLevel: 1 },
        { organizationKey: 'kikuchi-ozu-town', role: 'CORE_MEMBER', tierLevel: 1 },
        { organizationKey: 'kikuchi-kikuyo-town-fukushika', role: 'CORE_MEMBER', tierLevel: 1 },
        { organizationKey: 'kikuchi-kumamoto-kikuchi-fukushi-jimusho', role: 'CORE_MEMBER', tierLevel: 1 },
        { organizationKey: 'kikuchi-kikuaikai', role: 'MEMBER', tierLevel: 2 },
      ],
      source: '002:L7972-7976,L8023-8027,L8104-8114',
    },
    {
      key: 'kikuchi-shoku-to-manabi-net',
      region: 'kikuchi',
      name: '菊池圏域 食と学びのつながり会',
      nameKana: 'キクチケンイキ ショクトマナビノツナガリカイ',
      description:
        'フードバンク、子ども食堂、学習支援の団体とSLSCが顔の見える関係をつくり、相談からつながった世帯を' +
        '食と学びの支援に橋渡しするための情報交換会。' +
        DEMO_NOTE,
      secretariatKey: 'kikuchi-foodbank-kikuchi',
      meetingFrequency: '年３回',
      admissionRule: '菊池圏域で子どもと家庭の食・学び・居場所に関わる活動をしている団体。会費なし。',
      tiers: [
        { level: 1, name: '運営団体', description: '事務局と、会を一緒に運営する団体。' },
        { level: 2, name: '参加団体', description: '情報交換会に参加する団体。' },
      ],
      members: [
        { organizationKey: 'kikuchi-foodbank-kikuchi', role: 'SECRETARIAT', tierLevel: 1 },
        { organizationKey: 'kikuchi-kikuaikai', role: 'CORE_MEMBER', tierLevel: 1 },
        { organizationKey: 'kikuchi-kodomo-shokudo-hidamari', role: 'MEMBER', tierLevel: 2 },
        { organizationKey: 'kikuchi-manabi-hiroba-koshi', role: 'MEMBER', tierLevel: 2 },
        { organizationKey: 'kikuchi-greencoop-kumamoto', role: 'MEMBER', tierLevel: 2 },
      ],
      source: 'demo',
    },
  ],
};
