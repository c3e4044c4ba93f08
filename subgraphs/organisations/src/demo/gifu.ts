// Demo data for 岐阜県: the prefecture ran the model project in five 圏域 and contracted everything to
// ぎふNPOセンター, learning support to 仕事工房ポポロ (002:L8320–8680). Contacts are invented
// (000-0000-XXXX, .example).
import type { DemoOpeningHours, DemoRegionData } from './types.js';

const GIFU_CITY = '212016'; // 岐阜市
const OGAKI = '212024'; // 大垣市
const TAKAYAMA = '212032'; // 高山市
const TAJIMI = '212041'; // 多治見市
const SEKI = '212059'; // 関市
const ENA = '212105'; // 恵那市
const MINOKAMO = '212113'; // 美濃加茂市
const KAKAMIGAHARA = '212130'; // 各務原市
const KANI = '212148'; // 可児市
const GUJO = '212199'; // 郡上市
const IBIGAWA = '214019'; // 揖斐川町

/** 岐阜圏域（６市３町）: 岐阜市、各務原市、瑞穂市、羽島市、本巣市、山県市、岐南町、笠松町、北方町 (002:L8419-8421). */
const GIFU_AREA = [GIFU_CITY, KAKAMIGAHARA, '212164', '212091', '212181', '212156', '213021', '213039', '214213'];
/**
 * 西濃圏域（２市９町）: 大垣市、海津市、神戸町、安八町、輪之内町、揖斐川町、池田町、大野町、垂井町、関ケ原町、養老町
 * (002:L8428-8432).
 */
const SEINO_AREA = [OGAKI, '212211', '213811', '213837', '213829', IBIGAWA, '214043', '214035', '213616', '213624', '213411'];
/** 東濃圏域（５市）: 多治見市、中津川市、恵那市、土岐市、瑞浪市 (002:L8439-8440). */
const TONO_AREA = [TAJIMI, '212067', ENA, '212121', '212083'];
/**
 * 中濃圏域（５市７町１村）: 関市、可児市、美濃加茂市、郡上市、美濃市、東白川村、富加町、坂祝町、七宗町、川辺町、八百津町、
 * 白川町、御嵩町 (002:L8407-8412).
 */
const CHUNO_AREA = [SEKI, KANI, MINOKAMO, GUJO, '212075', '215074', '215023', '215015', '215040', '215031', '215058', '215066', '215210'];
/** 飛騨圏域（３市１村）: 高山市、下呂市、飛騨市、白川村 (002:L8453-8454). */
const HIDA_AREA = [TAKAYAMA, '212202', '212172', '216046'];

const ALL_GIFU = [...GIFU_AREA, ...SEINO_AREA, ...TONO_AREA, ...CHUNO_AREA, ...HIDA_AREA];
/** In 平成２６年度 only 各務原市 ran its own model project; the prefecture covered every other municipality (002:L8508-8510). */
const PREFECTURE_COVERED = ALL_GIFU.filter((code) => code !== KAKAMIGAHARA);

const areasOf = (codes: string[]) => codes.map((municipalityCode) => ({ municipalityCode }));

const DEMO_HOURS_NOTE = 'デモ用の想定時間';
function demoHours(): DemoOpeningHours[] {
  return [
    {
      days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      opens: '09:00',
      closes: '17:00',
      note: DEMO_HOURS_NOTE,
    },
  ];
}

const DEMO_NOTE = '（デモ用の架空の団体です）';

export const gifu: DemoRegionData = {
  organizations: [
    {
      key: 'gifu-gifu-npo-center',
      region: 'gifu',
      name: '特定非営利活動法人ぎふNPOセンター',
      nameKana: 'トクテイヒエイリカツドウホウジン ギフエヌピーオーセンター',
      aliases: ['ぎふNPO', 'ぎふNPOセンター', 'パーソナル・サポート・センター'],
      legalForm: 'NPO',
      municipalityCode: GIFU_CITY,
      description:
        '岐阜県から自立相談支援事業と、任意事業の就労準備支援事業、就労訓練事業、家計相談支援事業、居場所事業を受託。' +
        '５つの圏域に計１０ヶ所の相談窓口を開設している。もともと県内のファミリー・サポート・センター事業を実施し、' +
        'その活動の中で子ども世代の貧困の問題、ニートやひきこもりなどの若者支援に関わってきたことから、' +
        '「子ども・若者支援ネットワーク岐阜」の事務局を担う。「よりそいホットライン」事業も一般社団法人社会包摂サポート' +
        'センターから受託している。入口（よりそいホットライン）から相談支援（PSS）、出口（社会的居場所事業・中間的就労）' +
        'までの事業を一貫して展開してきた。県内各地におけるフードバンクの設立、他NPOと協力して緊急時シェルターの整備・' +
        '対応も試みている。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: PREFECTURE_COVERED },
        { role: 'EMPLOYMENT_PREPARATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: PREFECTURE_COVERED },
        { role: 'EMPLOYMENT_TRAINING', delivery: 'CONTRACTED', contractingMunicipalityCodes: PREFECTURE_COVERED },
        { role: 'HOUSEHOLD_FINANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: PREFECTURE_COVERED },
      ],
      publicContact: {
        phone: '000-0000-0301',
        email: 'soudan@gifu-npo.example',
        website: 'https://gifu-npo.example/',
      },
      services: [
        {
          key: 'gifu-gifu-npo-center-jiritsu-soudan',
          name: '自立相談支援（パーソナル・サポート・センター）',
          nameKana: 'ジリツソウダンシエン パーソナルサポートセンター',
          description:
            '生活や仕事に困りごとを抱える人の相談を受け、伴走型で支援する。今晩の住居、今すぐ必要な食糧、金銭貸与といった' +
            '緊急時には、地域のNPOのネットワークと協力して対応する。',
          categories: ['CONSULTATION', 'ACCOMPANIMENT'],
          targetGroups: [],
          areas: areasOf(PREFECTURE_COVERED),
          fee: '無料',
        },
        {
          key: 'gifu-gifu-npo-center-shuro',
          name: '就労準備支援・就労訓練（中間的就労）',
          nameKana: 'シュウロウジュンビシエン シュウロウクンレン チュウカンテキシュウロウ',
          description:
            '一次産業があり自然資源が豊かな郡部での展開にも重点を置き、農業や環境系のNPOと連携して中間的就労の場を' +
            '創出している。多業としての就農、６次産品の生産・流通、資源の循環（間伐材の利用等）などで、農産物・食品加工' +
            '作業所や製造加工場等の理解を得て、現場見学や就労体験の場を提供する。',
          categories: ['EMPLOYMENT_SUPPORT'],
          targetGroups: ['YOUTH', 'HIKIKOMORI'],
          areas: areasOf(PREFECTURE_COVERED),
          fee: '無料',
        },
        {
          key: 'gifu-gifu-npo-center-kakei',
          name: '家計相談支援',
          nameKana: 'カケイソウダンシエン',
          description: '家計の状況を一緒に整理し、生活の立て直しを支援する。郡部では就労支援より家計相談の必要性が把握された。',
          categories: ['HOUSEHOLD_FINANCE'],
          targetGroups: [],
          areas: areasOf(PREFECTURE_COVERED),
          fee: '無料',
        },
        {
          key: 'gifu-gifu-npo-center-ibasho',
          name: '社会的居場所事業',
          nameKana: 'シャカイテキイバショジギョウ',
          description:
            'PSが伴走型支援を行っても、課題を抱えた人が再び企業社会に放り込まれて孤立を深めることにならないよう、' +
            '社会とつながりながらも居場所となる「社会的居場所」をつくる。県の居場所事業として受託している。',
          categories: ['PLACE_TO_BE'],
          targetGroups: ['YOUTH', 'HIKIKOMORI'],
          areas: areasOf(PREFECTURE_COVERED),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'gifu-gifu-npo-center-gifu-honsho',
          name: 'ぎふNPOセンター 岐阜本所',
          nameKana: 'ギフエヌピーオーセンター ギフホンショ',
          municipalityCode: GIFU_CITY,
          description: '岐阜圏域全体を対象とする本所。県の「ジョブステーション」を併設。',
          phone: '000-0000-0302',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-gifu-soudanshitsu',
          name: 'ぎふNPOセンター 岐阜相談室',
          nameKana: 'ギフエヌピーオーセンター ギフソウダンシツ',
          municipalityCode: GIFU_CITY,
          description: '岐阜市内を対象とするサブセンター。',
          phone: '000-0000-0303',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-seino',
          name: 'ぎふNPOセンター 西濃相談室',
          nameKana: 'ギフエヌピーオーセンター セイノウソウダンシツ',
          municipalityCode: OGAKI,
          address: '公的施設内',
          description: '西濃圏域全体を対象とする本所。公的施設に設置。',
          phone: '000-0000-0304',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-ibi',
          name: 'ぎふNPOセンター 揖斐相談室',
          nameKana: 'ギフエヌピーオーセンター イビソウダンシツ',
          municipalityCode: IBIGAWA,
          address: '公的施設内',
          description: '揖斐郡を対象とするサブセンター。公的施設に設置。',
          phone: '000-0000-0305',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-tono',
          name: 'ぎふNPOセンター 東濃支所',
          nameKana: 'ギフエヌピーオーセンター トウノウシショ',
          municipalityCode: TAJIMI,
          address: '公的施設内',
          description: '東濃圏域全体を対象とする本所。公的施設に設置し、県の「ジョブステーション」を併設。',
          phone: '000-0000-0306',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-ena',
          name: 'ぎふNPOセンター 恵那相談室',
          nameKana: 'ギフエヌピーオーセンター エナソウダンシツ',
          municipalityCode: ENA,
          address: '公的施設内',
          description: '恵那市内を対象とするサブセンター。公的施設に設置。',
          phone: '000-0000-0307',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-minokamo',
          name: 'ぎふNPOセンター 美濃加茂相談室',
          nameKana: 'ギフエヌピーオーセンター ミノカモソウダンシツ',
          municipalityCode: MINOKAMO,
          description: '中濃圏域のサブセンター（中濃圏域の３ヶ所は役所・役場内１ヶ所と公的施設２ヶ所）。',
          phone: '000-0000-0308',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-seki',
          name: 'ぎふNPOセンター 関相談室',
          nameKana: 'ギフエヌピーオーセンター セキソウダンシツ',
          municipalityCode: SEKI,
          description: '中濃圏域のサブセンター（中濃圏域の３ヶ所は役所・役場内１ヶ所と公的施設２ヶ所）。',
          phone: '000-0000-0309',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-kani',
          name: 'ぎふNPOセンター 可児相談室',
          nameKana: 'ギフエヌピーオーセンター カニソウダンシツ',
          municipalityCode: KANI,
          description: '中濃圏域のサブセンター（中濃圏域の３ヶ所は役所・役場内１ヶ所と公的施設２ヶ所）。',
          phone: '000-0000-0310',
          hours: demoHours(),
        },
        {
          key: 'gifu-gifu-npo-center-takayama',
          name: 'ぎふNPOセンター 高山出張所',
          nameKana: 'ギフエヌピーオーセンター タカヤマシュッチョウジョ',
          municipalityCode: TAKAYAMA,
          address: '民間事務所ビル内',
          description: '飛騨圏域のサブセンター。民間事務所ビルに借用。',
          phone: '000-0000-0311',
          hours: demoHours(),
        },
      ],
      source: '002:L8462-8499,L8512-8524,L8535-8564,L8590-8606,L8645-8655',
    },
    {
      key: 'gifu-shigoto-kobo-popolo',
      region: 'gifu',
      name: '特定非営利活動法人仕事工房ポポロ',
      nameKana: 'トクテイヒエイリカツドウホウジン シゴトコウボウポポロ',
      aliases: ['仕事工房ポポロ', 'ポポロ'],
      legalForm: 'NPO',
      municipalityCode: GIFU_CITY,
      description:
        '岐阜県から子どもの学習支援事業を受託。岐阜市で２ヶ所、恵那市で１ヶ所、多治見市で１ヶ所の学習支援を実施している。',
      programmeRoles: [
        { role: 'LEARNING_SUPPORT', delivery: 'CONTRACTED', contractingMunicipalityCodes: [GIFU_CITY, ENA, TAJIMI] },
      ],
      publicContact: {
        phone: '000-0000-0321',
        email: 'gakushu@popolo.example',
        website: 'https://popolo.example/',
      },
      services: [
        {
          key: 'gifu-shigoto-kobo-popolo-gakushu',
          name: '学習支援教室',
          nameKana: 'ガクシュウシエンキョウシツ',
          description: '生活に困りごとを抱える家庭の子どもの学習支援。岐阜市２ヶ所、恵那市１ヶ所、多治見市１ヶ所。',
          categories: ['LEARNING_SUPPORT'],
          targetGroups: ['CHILDREN'],
          areas: areasOf([GIFU_CITY, ENA, TAJIMI]),
          fee: '無料',
        },
      ],
      windows: [],
      source: '002:L8497,L8514-8516',
    },
    {
      key: 'gifu-pref-rodo-koyoka',
      region: 'gifu',
      name: '岐阜県 商工労働部 労働雇用課',
      nameKana: 'ギフケン ショウコウロウドウブ ロウドウコヨウカ',
      aliases: ['岐阜県労働雇用課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: GIFU_CITY,
      description:
        '岐阜県の生活困窮者自立支援モデル事業の所管課。平成２３年度から内閣府「パーソナル・サポート・サービス」の' +
        'モデル事業を実施してきた。平成２６年度は各務原市を除く県内市町村を対象に５つの圏域に分けてモデル事業を展開し、' +
        '自立相談支援事業と任意事業をぎふNPOセンターに、学習支援事業を仕事工房ポポロに委託している。' +
        '生活相談から職業紹介までをワンストップで提供する「ジョブステーション」を平成２４年４月に開設した。' +
        '平成２７年からは地域福祉国保課の担当となる予定。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0331', email: 'rodokoyo@pref-gifu.example' },
      services: [
        {
          key: 'gifu-pref-rodo-koyoka-job-station',
          name: 'ジョブステーション',
          nameKana: 'ジョブステーション',
          description:
            '生活相談から職業紹介までをワンストップで提供。県による生活・就労相談業務、ジョブトレーニング先等の開拓業務及び' +
            '委託訓練受講者に対する就職支援業務を行い、パーソナル・サポート・センターと連携する。',
          categories: ['EMPLOYMENT_SUPPORT', 'CONSULTATION'],
          targetGroups: [],
          areas: areasOf(ALL_GIFU),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'gifu-pref-job-station-gifu',
          name: 'ジョブステーション（岐阜本所併設）',
          nameKana: 'ジョブステーション ギフホンショヘイセツ',
          municipalityCode: GIFU_CITY,
          address: 'ぎふNPOセンター 岐阜本所内',
          phone: '000-0000-0332',
          hours: demoHours(),
        },
        {
          key: 'gifu-pref-job-station-tono',
          name: 'ジョブステーション（東濃支所併設）',
          nameKana: 'ジョブステーション トウノウシショヘイセツ',
          municipalityCode: TAJIMI,
          address: 'ぎふNPOセンター 東濃支所内',
          phone: '000-0000-0333',
          hours: demoHours(),
        },
      ],
      source: '002:L8462,L8503-8516,L8527-8529,L8548-8550,L8566-8580',
    },
    {
      key: 'gifu-pref-chiiki-fukushi-kokuhoka',
      region: 'gifu',
      name: '岐阜県 地域福祉国保課',
      nameKana: 'ギフケン チイキフクシコクホカ',
      aliases: ['岐阜県地域福祉国保課'],
      legalForm: 'MUNICIPAL_DEPARTMENT',
      municipalityCode: GIFU_CITY,
      description:
        '平成２７年の新法の本格施行後に、労働雇用課から生活困窮者自立支援制度の所管を引き継ぎ、県が町村部を受け持つ。' +
        '委託による実施を想定し、岐阜地域（岐阜市）、西濃地域（大垣市）、揖斐地域（揖斐川町）、中濃地域（美濃加茂市）の' +
        '４ヶ所の県庁舎内に相談窓口を設置する予定。白川村は役場が窓口となって相談を受け、必要に応じて自立相談支援機関に' +
        'つなぐ。',
      programmeRoles: [],
      publicContact: { phone: '000-0000-0341', email: 'chiikifukushi@pref-gifu.example' },
      services: [],
      windows: [],
      source: '002:L8504-8506,L8657-8669',
    },
    {
      key: 'gifu-kakamigahara-shakyo',
      region: 'gifu',
      name: '社会福祉法人 各務原市社会福祉協議会',
      nameKana: 'シャカイフクシホウジン カカミガハラシシャカイフクシキョウギカイ',
      aliases: ['各務原市社協'],
      legalForm: 'COUNCIL_OF_SOCIAL_WELFARE',
      municipalityCode: KAKAMIGAHARA,
      description: '平成２６年度に県内で唯一モデル事業を実施した各務原市から、自立相談支援事業を受託している。',
      programmeRoles: [
        { role: 'SELF_RELIANCE_CONSULTATION', delivery: 'CONTRACTED', contractingMunicipalityCodes: [KAKAMIGAHARA] },
      ],
      publicContact: { phone: '000-0000-0351', email: 'soudan@kakamigahara-shakyo.example' },
      services: [
        {
          key: 'gifu-kakamigahara-shakyo-jiritsu-soudan',
          name: '自立相談支援',
          nameKana: 'ジリツソウダンシエン',
          description: '各務原市の生活困窮者の相談窓口。',
          categories: ['CONSULTATION'],
          targetGroups: [],
          areas: [{ municipalityCode: KAKAMIGAHARA }],
          fee: '無料',
        },
      ],
      windows: [],
      source: '002:L8508',
    },
    {
      key: 'gifu-foodbank-seiryu',
      region: 'gifu',
      name: 'フードバンク清流ぎふ',
      nameKana: 'フードバンクセイリュウギフ',
      aliases: ['清流フードバンク'],
      legalForm: 'NPO',
      municipalityCode: OGAKI,
      description:
        'ぎふNPOセンターの呼びかけで西濃地域に設立されたフードバンク。相談窓口からの依頼で、今すぐ食べるものに困っている' +
        '世帯に食品を届ける。' +
        DEMO_NOTE,
      programmeRoles: [],
      publicContact: {
        phone: '000-0000-0361',
        email: 'info@foodbank-seiryu.example',
        website: 'https://foodbank-seiryu.example/',
      },
      services: [
        {
          key: 'gifu-foodbank-seiryu-shokuzai',
          name: '緊急食料支援',
          nameKana: 'キンキュウショクリョウシエン',
          description: '相談窓口の紹介を受けた世帯に、その日のうちに食品を届ける。フードドライブも行う。' + DEMO_NOTE,
          categories: ['FOOD_PROVISION'],
          targetGroups: [],
          areas: areasOf(SEINO_AREA),
          fee: '無料',
        },
      ],
      windows: [
        {
          key: 'gifu-foodbank-seiryu-uketsuke',
          name: 'フードバンク清流ぎふ 食品受付所',
          nameKana: 'フードバンクセイリュウギフ ショクヒンウケツケジョ',
          municipalityCode: OGAKI,
          description: '食品の寄付の受付と受け渡し。' + DEMO_NOTE,
          phone: '000-0000-0362',
          hours: [
            { days: ['TUESDAY', 'FRIDAY'], opens: '10:00', closes: '16:00', note: DEMO_HOURS_NOTE },
          ],
        },
      ],
      source: 'demo',
    },
    {
      key: 'gifu-shelter-nagaragawa',
      region: 'gifu',
      name: '特定非営利活動法人ながら川シェルターネット',
      nameKana: 'トクテイヒエイリカツドウホウジン ナガラガワシェルターネット',
      aliases: ['ながら川シェルター'],
      legalForm: 'NPO',
      municipalityCode: GIFU_CITY,
      description:
        '今晩泊まる場所のない人のための緊急時シェルターを運営するNPO。ぎふNPOセンターと協力し、' +
        '相談窓口からの依頼で受け入れる。' +
        DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0371', email: 'info@nagaragawa-shelter.example' },
      services: [
        {
          key: 'gifu-shelter-nagaragawa-kinkyu',
          name: '緊急時シェルター',
          nameKana: 'キンキュウジシェルター',
          description:
            '相談窓口の紹介による短期間の宿泊場所の提供。退所後の住まい探しや手続きへの同行も行う。所在地は公開しない。' +
            DEMO_NOTE,
          categories: ['HOUSING', 'ACCOMPANIMENT'],
          targetGroups: [],
          areas: areasOf(GIFU_AREA),
          fee: '無料',
        },
      ],
      windows: [],
      source: 'demo',
    },
    {
      key: 'gifu-gujo-satoyama-shigotosha',
      region: 'gifu',
      name: '特定非営利活動法人郡上さとやま仕事舎',
      nameKana: 'トクテイヒエイリカツドウホウジン グジョウサトヤマシゴトシャ',
      aliases: ['さとやま仕事舎'],
      legalForm: 'NPO',
      municipalityCode: GUJO,
      description:
        '農作業や間伐材の利用など、里山の仕事を通じて就労体験の場をつくる農業・環境系のNPO。ぎふNPOセンターと連携して' +
        '中間的就労の受け入れを行う。' +
        DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0381', email: 'info@satoyama-shigotosha.example' },
      services: [
        {
          key: 'gifu-gujo-satoyama-shuro-taiken',
          name: '里山しごと体験',
          nameKana: 'サトヤマシゴトタイケン',
          description: '週２日からの農作業・薪づくりの就労体験。送迎あり。' + DEMO_NOTE,
          categories: ['EMPLOYMENT_SUPPORT', 'PLACE_TO_BE'],
          targetGroups: ['YOUTH', 'HIKIKOMORI'],
          areas: areasOf(CHUNO_AREA),
          fee: '無料',
        },
      ],
      windows: [],
      source: 'demo',
    },
    {
      key: 'gifu-tajimi-minna-shokudo',
      region: 'gifu',
      name: 'たじみ みんなの食堂',
      nameKana: 'タジミ ミンナノショクドウ',
      aliases: ['みんなの食堂'],
      legalForm: 'VOLUNTARY_GROUP',
      municipalityCode: TAJIMI,
      description: '地域の住民が集会所で月２回開く子ども食堂。学習支援教室に通う子どもも食べに来る。' + DEMO_NOTE,
      programmeRoles: [],
      publicContact: { phone: '000-0000-0391', email: 'minna@tajimi-shokudo.example' },
      services: [
        {
          key: 'gifu-tajimi-minna-shokudo-shokudo',
          name: 'みんなの食堂',
          nameKana: 'ミンナノショクドウ',
          description: '月２回の夕食の提供。子どもと高齢者が一緒に食べる。' + DEMO_NOTE,
          categories: ['CHILDREN_CAFETERIA', 'PLACE_TO_BE'],
          targetGroups: ['CHILDREN', 'SINGLE_PARENTS', 'OLDER_PEOPLE'],
          schoolAgeBands: ['ELEMENTARY', 'JUNIOR_HIGH'],
          areas: [{ municipalityCode: TAJIMI }],
          fee: '子ども無料、大人３００円',
        },
      ],
      windows: [],
      source: 'demo',
    },
  ],
  networks: [
    {
      key: 'gifu-kodomo-wakamono-shien-net',
      region: 'gifu',
      name: '子ども・若者支援ネットワーク岐阜',
      nameKana: 'コドモワカモノシエンネットワークギフ',
      description:
        'ぎふNPOセンターが事務局を担うネットワーク。平成２４年度には労働雇用課と共同で、内閣府の新しい公共の場づくり' +
        'モデル事業として社会的居場所づくり事業を開始し、地域で活動するさまざまなNPO法人を中心に支援のネットワークを' +
        '広げ、各地域の居場所となる資源を掘り起こした。（構成団体のうち、ぎふNPOセンターと労働雇用課以外はデモ用の想定です）',
      secretariatKey: 'gifu-gifu-npo-center',
      meetingFrequency: '年４回（デモ用の想定）',
      admissionRule: '岐阜県内で子ども・若者の支援や居場所づくりに取り組むNPO等（デモ用の想定）。',
      tiers: [
        { level: 1, name: '事務局・運営団体', description: '事務局と、ネットワークを一緒に運営する団体。' },
        { level: 2, name: '参加団体', description: '各地域で居場所や学習支援、就労体験の場を提供する団体と、協働する行政。' },
      ],
      members: [
        { organizationKey: 'gifu-gifu-npo-center', role: 'SECRETARIAT', tierLevel: 1 },
        { organizationKey: 'gifu-shigoto-kobo-popolo', role: 'CORE_MEMBER', tierLevel: 1 },
        { organizationKey: 'gifu-gujo-satoyama-shigotosha', role: 'MEMBER', tierLevel: 2 },
        { organizationKey: 'gifu-tajimi-minna-shokudo', role: 'MEMBER', tierLevel: 2 },
        { organizationKey: 'gifu-pref-rodo-koyoka', role: 'ADVISOR', tierLevel: 2 },
      ],
      source: '002:L8535-8558',
    },
    {
      key: 'gifu-kinkyu-shien-renraku-kai',
      region: 'gifu',
      name: 'ぎふ緊急時支援連絡会',
      nameKana: 'ギフキンキュウジシエンレンラクカイ',
      description:
        '今晩の住居、今すぐ必要な食糧など、行政サービスだけでは対応が難しい緊急時に、相談窓口とフードバンク、' +
        'シェルターがすぐに連携できるようにするための連絡会。' +
        DEMO_NOTE,
      secretariatKey: 'gifu-gifu-npo-center',
      meetingFrequency: '２ヶ月に１回',
      admissionRule: '緊急時の食糧・住まいの支援を行う県内の団体と、自立相談支援機関。',
      tiers: [
        { level: 1, name: '相談支援機関', description: '自立相談支援事業を行う機関。' },
        { level: 2, name: '緊急支援団体', description: 'フードバンクやシェルターなど、緊急時の支援を提供する団体。' },
      ],
      members: [
        { organizationKey: 'gifu-gifu-npo-center', role: 'SECRETARIAT', tierLevel: 1 },
        { organizationKey: 'gifu-kakamigahara-shakyo', role: 'MEMBER', tierLevel: 1 },
        { organizationKey: 'gifu-foodbank-seiryu', role: 'CORE_MEMBER', tierLevel: 2 },
        { organizationKey: 'gifu-shelter-nagaragawa', role: 'CORE_MEMBER', tierLevel: 2 },
      ],
      source: 'demo',
    },
  ],
};
