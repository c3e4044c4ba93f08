// Demo events of 新潟県: こゆるねっと's twice-yearly information exchange (001:857-1010), a relay information
// exchange of the cities' 困窮担当者 modelled on Hokkaido's (003:111-121), the prefecture's mobile consultations
// for towns and villages (002:8233-8237, 002:8301-8311) and local groups' events.
// Dates are placed in 2026-27; contacts are invented (000-0000-XXXX, .example).
import type { DemoRegionEvents } from './types.js';

const NIIGATA = '151009'; // 新潟市
const NIIGATA_CHUO_KU = '151033'; // 新潟市 中央区
const NIIGATA_HIGASHI_KU = '151025'; // 新潟市 東区
const NAGAOKA = '152021'; // 長岡市
const KASHIWAZAKI = '152056'; // 柏崎市
const TSUBAME = '152137'; // 燕市
const MYOKO = '152170'; // 妙高市
const AGA = '153851'; // 阿賀町
const SEKIKAWA = '155811'; // 関川村

const DEMO = 'デモ用の架空の催しです';
const RELAY_SOURCE = `${DEMO}（北海道の担当者情報交換会のリレー方式 003:113 をモデルに）`;

const VENUE = {
  sogoFukushiKaikan: {
    name: '新潟市総合福祉会館',
    address: '新潟県新潟市中央区八千代1丁目',
    latitude: 37.909,
    longitude: 139.049,
    access: 'JR新潟駅万代口からバス、または徒歩約２０分',
    parking: 'あり（台数に限りがあります）',
  },
  unisonPlaza: {
    name: '新潟ユニゾンプラザ 多目的ホール',
    address: '新潟県新潟市中央区上所2丁目',
    latitude: 37.895,
    longitude: 139.04,
    parking: 'あり',
  },
  kodomoSozoCenter: {
    name: '新潟市こども創造センター',
    address: '新潟県新潟市中央区清五郎',
    latitude: 37.886,
    longitude: 139.062,
    parking: 'あり（鳥屋野潟公園駐車場）',
  },
  higashiKuPlaza: {
    name: '新潟市東区プラザ 調理室',
    address: '新潟県新潟市東区下木戸1丁目',
    latitude: 37.918,
    longitude: 139.084,
  },
  bandaiShiminKaikan: {
    name: '新潟市万代市民会館 会議室',
    address: '新潟県新潟市中央区東万代町',
    latitude: 37.917,
    longitude: 139.061,
  },
  tsubameCityHall: {
    name: '燕市役所 つばホール',
    address: '新潟県燕市吉田西太田',
    latitude: 37.6731,
    longitude: 138.8822,
  },
  kashiwazakiShiminPlaza: {
    name: '柏崎市市民プラザ',
    address: '新潟県柏崎市東本町1丁目',
    latitude: 37.369,
    longitude: 138.56,
    access: 'JR柏崎駅から徒歩約１０分',
  },
  aoreNagaoka: {
    name: 'アオーレ長岡 市民交流ホール',
    address: '新潟県長岡市大手通1丁目',
    latitude: 37.448,
    longitude: 138.852,
    access: 'JR長岡駅大手口から徒歩約３分',
    parking: '近隣の有料駐車場をご利用ください',
  },
  myokoArai: {
    name: '妙高市新井総合コミュニティセンター',
    address: '新潟県妙高市',
    latitude: 37.018,
    longitude: 138.25,
    access: 'えちごトキめき鉄道 新井駅から徒歩約１５分',
  },
  agaTownHall: {
    name: '阿賀町役場 相談室',
    address: '新潟県東蒲原郡阿賀町津川',
    latitude: 37.681,
    longitude: 139.456,
  },
  sekikawaSonminKaikan: {
    name: '関川村村民会館',
    address: '新潟県岩船郡関川村下関',
    latitude: 38.0897,
    longitude: 139.5637,
  },
};

const CONTACT = {
  pref: { name: '新潟県 福祉保健部 福祉保健課', phone: '000-0000-0261' },
  rofukukyo: { name: '新潟県労働者福祉協議会（パーソナル・サポート・センター）', phone: '000-0000-0201' },
  kenShakyo: { name: '新潟県生活支援・相談センター（新潟県社会福祉協議会）', phone: '000-0000-0212' },
  shiShakyo: { name: '新潟市社会福祉協議会（こゆるねっと事務局）', phone: '000-0000-0271' },
  foodbank: { name: 'みなとまちフードバンク', phone: '000-0000-0281' },
  soramame: { name: 'おやこひろば そらまめ', phone: '000-0000-0291' },
  suzuran: { name: 'こども食堂 すずらん', phone: '000-0000-0292' },
};

export const niigataEvents: DemoRegionEvents = {
  series: [
    {
      key: 'niigata-series-konkyu-relay',
      title: '新潟県 生活困窮者自立支援 担当者情報交換会（リレー方式）',
      titleKana: 'ニイガタケン セイカツコンキュウシャジリツシエン タントウシャジョウホウコウカンカイ',
      description:
        '北海道の「道央圏 生活困窮者自立支援事業 担当者情報交換会」（003:113）をモデルにした、市町村の困窮担当者と' +
        '自立相談支援機関の担当者による情報交換会。自分たちのやり方は本当に正しいのか、他の自治体ではどう取り組んで' +
        'いるのかを共有するため、開催した市が次の市にバトンを渡すリレー方式で県内を回る。各回は当番の市が現場で困って' +
        'いることや知りたいことをテーマに選び、シンポジウム＋懇親会の形で行う。県福祉保健課が周知に協力する。' +
        '（新潟県での開催はデモ用の想定）',
      organizerKey: 'niigata-pref-fukushi-hokenka',
    },
    {
      key: 'niigata-series-koyurunet',
      title: 'こゆるねっと情報交換会',
      titleKana: 'コユルネットジョウホウコウカンカイ',
      description:
        '新潟市全域の子育て支援団体のゆるやかなネットワーク「こゆるねっと」の情報交換会。平成２３年１２月に始まり、' +
        '年１回から年２回に増やした（001:891-897）。情報交換会の前に参加者の声から企画した学習会を開き、会場に保育スペースを' +
        '設け、閉会後も会場を開放して「井戸端会議」の時間をとる（001:900-922）。平成３０年度は予算ゼロの持ち寄りで' +
        '「つながらんど♪夏まつり」を開いた（001:940-990）。事務局は新潟市社会福祉協議会。',
      organizerKey: 'niigata-niigata-shi-shakyo',
    },
    {
      key: 'niigata-series-shutcho-soudan',
      title: '新潟県生活支援・相談センター 町村出張相談会',
      titleKana: 'ニイガタケンセイカツシエンソウダンセンター チョウソンシュッチョウソウダンカイ',
      description:
        '町村部の相談は各町村社協または町村役場で受け付け、県社協の相談支援員が出張相談を行う（002:8233-8237）。' +
        '町村部が県内に広く散らばっているため移動に時間がかかる（002:8301-8311）。日程は町村ごとに月１回程度（デモ用の想定）。',
      organizerKey: 'niigata-ken-shakyo',
    },
  ],
  events: [
    // ── リレー方式の担当者情報交換会（003:113 をモデルに） ──
    {
      key: 'niigata-relay-01-tsubame',
      type: 'INFORMATION_EXCHANGE',
      title: '第１回 担当者情報交換会 in 燕',
      titleKana: 'ダイイッカイ タントウシャジョウホウコウカンカイ イン ツバメ',
      description:
        'リレーの第１走者は直営で相談窓口を置く燕市。テーマは「直営と委託、それぞれの相談体制」。終了後に懇親会。次回は柏崎市へ。',
      seriesKey: 'niigata-series-konkyu-relay',
      round: 1,
      roundHostKey: 'niigata-tsubame-shakai-fukushika',
      roundHostMunicipalityCode: TSUBAME,
      organizerKey: 'niigata-tsubame-shakai-fukushika',
      coOrganizerKeys: ['niigata-pref-fukushi-hokenka'],
      venue: VENUE.tsubameCityHall,
      municipalityCode: TSUBAME,
      starts: '2026-06-19T13:30',
      ends: '2026-06-19T17:00',
      timeNote: '終了後に懇親会（希望者、会費制）',
      audience: 'STAFF_ONLY',
      contact: { name: '燕市 社会福祉課', phone: '000-0000-0241' },
      source: RELAY_SOURCE,
    },
    {
      key: 'niigata-relay-02-kashiwazaki',
      type: 'INFORMATION_EXCHANGE',
      title: '第２回 担当者情報交換会 in 柏崎',
      titleKana: 'ダイニカイ タントウシャジョウホウコウカンカイ イン カシワザキ',
      description:
        '当番は社協に委託して相談窓口を置く柏崎市。シンポジウム「社協が受託する自立相談支援 ― 地域福祉とのつなぎ方」の' +
        'あと、テーマ別の情報交換と懇親会。次回は長岡市へバトンを渡した。',
      seriesKey: 'niigata-series-konkyu-relay',
      round: 2,
      roundHostKey: 'niigata-kashiwazaki-shakyo',
      roundHostMunicipalityCode: KASHIWAZAKI,
      organizerKey: 'niigata-kashiwazaki-shakyo',
      coOrganizerKeys: ['niigata-pref-fukushi-hokenka'],
      venue: VENUE.kashiwazakiShiminPlaza,
      municipalityCode: KASHIWAZAKI,
      starts: '2026-10-16T13:00',
      ends: '2026-10-16T17:00',
      timeNote: '13:00〜14:30 シンポジウム、14:45〜17:00 情報交換。終了後に懇親会',
      audience: 'STAFF_ONLY',
      capacity: 80,
      registrationDeadline: '2026-10-07T17:00',
      feeYen: 0,
      feeNote: '懇親会は別途会費',
      contact: { name: '柏崎市社会福祉協議会', phone: '000-0000-0221' },
      attendance: [
        { kind: 'GOVERNMENT', count: 21 },
        { kind: 'SOCIAL_WELFARE_COUNCIL', count: 17 },
        { kind: 'NPO', count: 9 },
        { kind: 'WELFARE_PROVIDER', count: 6 },
        { kind: 'OTHER', count: 3 },
      ],
      links: [
        {
          kind: 'REPORT',
          url: 'https://niigata-konkyu-relay.example/reports/02-kashiwazaki.pdf',
          title: '第２回 担当者情報交換会 in 柏崎 報告書',
        },
        {
          kind: 'RECORDING',
          url: 'https://video.niigata-konkyu-relay.example/02-kashiwazaki-symposium',
          title: 'シンポジウムの録画',
        },
      ],
      source: RELAY_SOURCE,
    },
    {
      key: 'niigata-relay-03-nagaoka',
      type: 'INFORMATION_EXCHANGE',
      title: '第３回 担当者情報交換会 in 長岡',
      titleKana: 'ダイサンカイ タントウシャジョウホウコウカンカイ イン ナガオカ',
      description:
        '当番は長岡パーソナル・サポート・センター。同日午後のシンポジウム（公開）に続けて、担当者だけの情報交換と' +
        '懇親会を行う。テーマは「支援調整会議の相談者一覧表とケースのレベル分け」。次回は妙高市へ。',
      seriesKey: 'niigata-series-konkyu-relay',
      round: 3,
      roundHostKey: 'niigata-rofukukyo',
      roundHostMunicipalityCode: NAGAOKA,
      organizerKey: 'niigata-rofukukyo',
      coOrganizerKeys: ['niigata-pref-fukushi-hokenka'],
      venue: VENUE.aoreNagaoka,
      municipalityCode: NAGAOKA,
      starts: '2026-12-11T15:45',
      ends: '2026-12-11T17:30',
      timeNote: '終了後に懇親会（希望者、会費制）',
      audience: 'STAFF_ONLY',
      capacity: 80,
      registrationDeadline: '2026-12-02T17:00',
      registrationMethod: '申込フォーム（URL）から機関ごとに申込',
      feeYen: 0,
      feeNote: '懇親会は別途会費',
      contact: CONTACT.rofukukyo,
      url: 'https://niigata-konkyu-relay.example/03-nagaoka',
      source: `${RELAY_SOURCE}（相談者一覧表とレベル分け：002:8280-8287）`,
    },
    {
      key: 'niigata-relay-03-nagaoka-symposium',
      type: 'SYMPOSIUM',
      title: 'シンポジウム「相談の断ち切れをなくす ― 市と町村、県のつながり方」',
      titleKana: 'シンポジウム ソウダンノタチキレヲナクス',
      description:
        '第３回担当者情報交換会と同時開催の公開シンポジウム。市が直営・委託で行う相談支援と、県が受け持つ町村部の' +
        '出張相談をどうつなぐかを、当番の長岡と県社協、NPOの登壇者が話し合う。どなたでも参加できます。',
      organizerKey: 'niigata-rofukukyo',
      coOrganizerKeys: ['niigata-pref-fukushi-hokenka', 'niigata-ken-shakyo'],
      venue: VENUE.aoreNagaoka,
      municipalityCode: NAGAOKA,
      starts: '2026-12-11T13:30',
      ends: '2026-12-11T15:30',
      audience: 'PUBLIC',
      capacity: 150,
      registrationDeadline: '2026-12-07T17:00',
      registrationMethod: '申込フォームまたは電話',
      feeYen: 0,
      contact: CONTACT.rofukukyo,
      url: 'https://niigata-konkyu-relay.example/03-nagaoka/symposium',
      links: [
        { kind: 'FLYER', url: 'https://niigata-konkyu-relay.example/files/03-nagaoka-symposium.pdf', title: 'チラシ' },
      ],
      source: `${DEMO}（シンポジウムと情報交換会の同時開催：003:113, 003:138 をモデルに）`,
    },
    {
      key: 'niigata-relay-04-myoko',
      type: 'INFORMATION_EXCHANGE',
      title: '第４回 担当者情報交換会 in 妙高',
      titleKana: 'ダイヨンカイ タントウシャジョウホウコウカンカイ イン ミョウコウ',
      description:
        '当番は直営で相談窓口を置く妙高市。テーマは「雪の季節の住まいと暖房費 ― 冬の困窮相談」。積雪期のため' +
        'オンライン参加も受け付ける。次回（令和９年度）は魚沼市へバトンを渡す予定。',
      seriesKey: 'niigata-series-konkyu-relay',
      round: 4,
      roundHostKey: 'niigata-myoko-fukushi-kaigoka',
      roundHostMunicipalityCode: MYOKO,
      organizerKey: 'niigata-myoko-fukushi-kaigoka',
      coOrganizerKeys: ['niigata-pref-fukushi-hokenka', 'niigata-uonuma-shakyo'],
      venue: VENUE.myokoArai,
      onlineUrl: 'https://meet.niigata-konkyu-relay.example/04-myoko',
      municipalityCode: MYOKO,
      starts: '2027-03-05T13:30',
      ends: '2027-03-05T17:00',
      timeNote: '終了後に懇親会（会場参加者のみ、会費制）',
      audience: 'STAFF_ONLY',
      capacity: 60,
      registrationDeadline: '2027-02-24T17:00',
      feeYen: 0,
      contact: { name: '妙高市 福祉介護課', phone: '000-0000-0251' },
      source: RELAY_SOURCE,
    },

    // ── こゆるねっと（001:857-1010） ──
    {
      key: 'niigata-koyurunet-natsumatsuri-2026',
      type: 'FESTIVAL',
      title: 'つながらんど♪夏まつり ～みんなで子育て・こゆるねっと～',
      titleKana: 'ツナガランド ナツマツリ ミンナデコソダテ コユルネット',
      description:
        'こゆるねっとの団体が人脈を持ち寄って開く親子向けの夏まつり。オープニングイベント、景品付きのこども縁日、' +
        'ママの癒しのコーナーや学びの場、知育遊びや木育コーナー、スタンプラリーなど１日楽しめる。来場者に' +
        'こゆるねっとの団体一覧を配る。',
      seriesKey: 'niigata-series-koyurunet',
      organizerKey: 'niigata-niigata-shi-shakyo',
      organizerName: 'つながらんど♪夏まつり実行委員会（事務局：新潟市社会福祉協議会）',
      coOrganizerKeys: ['niigata-oyako-hiroba-soramame', 'niigata-kodomo-shokudo-suzuran', 'niigata-minatomachi-foodbank'],
      venue: VENUE.kodomoSozoCenter,
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2026-08-29',
      ends: '2026-08-29',
      timeNote: '10:00〜15:00（入退場自由）',
      audience: 'PUBLIC',
      feeYen: 0,
      feeNote: '入場無料（一部の縁日は有料）',
      contact: CONTACT.shiShakyo,
      attendance: [
        { kind: 'PUBLIC', count: 430 },
        { kind: 'NPO', count: 38 },
        { kind: 'SOCIAL_WELFARE_COUNCIL', count: 9 },
        { kind: 'BUSINESS', count: 12 },
        { kind: 'MEDICAL', count: 3 },
        { kind: 'WELFARE_VOLUNTEER', count: 15 },
      ],
      links: [{ kind: 'REPORT', url: 'https://koyurunet.example/natsumatsuri-2026/report', title: '夏まつり開催報告' }],
      source: '001:982-998',
    },
    {
      key: 'niigata-koyurunet-gakushukai-2026-12',
      type: 'STUDY_SESSION',
      title: 'こゆるねっと学習会「授乳・卒乳の悩みに寄りそう」',
      titleKana: 'コユルネットガクシュウカイ ジュニュウ ソツニュウノナヤミニヨリソウ',
      description:
        '情報交換会の前の時間に開く学習会。テーマは参加者へのアンケートから選んだ、授乳に関する悩みを抱えた母親への' +
        '支援方法。会場内に保育スペースを設けます。',
      seriesKey: 'niigata-series-koyurunet',
      organizerKey: 'niigata-niigata-shi-shakyo',
      networkKey: 'niigata-koyurunet',
      venue: VENUE.sogoFukushiKaikan,
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2026-12-05T12:45',
      ends: '2026-12-05T13:30',
      audience: 'NETWORK_MEMBERS',
      capacity: 60,
      registrationDeadline: '2026-11-27T17:00',
      childcare: true,
      feeYen: 0,
      contact: CONTACT.shiShakyo,
      source: '001:900-902, 001:914-918',
    },
    {
      key: 'niigata-koyurunet-joho-kokan-2026-12',
      type: 'INFORMATION_EXCHANGE',
      title: 'こゆるねっと情報交換会（冬）',
      titleKana: 'コユルネットジョウホウコウカンカイ フユ',
      description:
        '地道な取り組みを続けている団体の実践報告と、テーブルごとの情報交換。民生児童委員、主任児童委員、子ども食堂の' +
        '運営団体も参加。閉会後も会場を開放し、お茶やコーヒーのコーナーで「井戸端会議」の時間をとります。' +
        '会場内に保育スペースあり。',
      seriesKey: 'niigata-series-koyurunet',
      organizerKey: 'niigata-niigata-shi-shakyo',
      networkKey: 'niigata-koyurunet',
      venue: VENUE.sogoFukushiKaikan,
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2026-12-05T13:30',
      ends: '2026-12-05T16:00',
      timeNote: '16:00〜16:30 は会場開放（井戸端会議）',
      audience: 'NETWORK_MEMBERS',
      capacity: 80,
      registrationDeadline: '2026-11-27T17:00',
      registrationMethod: '団体ごとに事務局（新潟市社協）へ申込。保育希望の人数も添えて',
      childcare: true,
      feeYen: 0,
      contact: CONTACT.shiShakyo,
      source: '001:898-912, 001:917-922',
    },
    {
      key: 'niigata-koyurunet-kodomonowa-2027-01',
      type: 'TRAINING',
      title: 'こどものわ ～人の和をつなげる研修会～',
      titleKana: 'コドモノワ ヒトノワヲツナゲルケンシュウカイ',
      description:
        '主任児童委員、こゆるねっとの団体、子ども食堂の団体をつなげるため、子どもの貧困を切り口にした研修会と' +
        'ワークショップ。子育て支援に関わる方ならどなたでも参加できます。',
      seriesKey: 'niigata-series-koyurunet',
      organizerKey: 'niigata-niigata-shi-shakyo',
      coOrganizerKeys: ['niigata-kodomo-shokudo-suzuran'],
      venue: VENUE.sogoFukushiKaikan,
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2027-01-30T13:00',
      ends: '2027-01-30T16:00',
      audience: 'PUBLIC',
      capacity: 100,
      registrationDeadline: '2027-01-22T17:00',
      registrationMethod: '申込フォームまたは電話',
      childcare: true,
      feeYen: 0,
      contact: CONTACT.shiShakyo,
      url: 'https://koyurunet.example/kodomonowa-2027',
      source: '001:934-936, 001:955-956',
    },

    // ── 県社協の町村出張相談会（002:8233-8237） ──
    {
      key: 'niigata-shutcho-soudan-aga-2026-12',
      type: 'MOBILE_CONSULTATION',
      title: 'くらしの出張相談会（阿賀町）',
      titleKana: 'クラシノシュッチョウソウダンカイ アガマチ',
      description:
        '新潟県生活支援・相談センターの相談支援員が阿賀町に出向いて、仕事やお金、住まいなどくらしの困りごとの相談を' +
        '受けます。予約制（当日空きがあれば予約なしでも可）。秘密は守ります。',
      seriesKey: 'niigata-series-shutcho-soudan',
      organizerKey: 'niigata-ken-shakyo',
      venue: VENUE.agaTownHall,
      municipalityCode: AGA,
      starts: '2026-12-08T10:00',
      ends: '2026-12-08T15:00',
      timeNote: '１人あたり約５０分',
      audience: 'PUBLIC',
      registrationMethod: '阿賀町社会福祉協議会または町役場の福祉担当窓口で予約',
      feeYen: 0,
      contact: CONTACT.kenShakyo,
      source: '002:8233-8237, 002:8301-8311',
    },
    {
      key: 'niigata-shutcho-soudan-sekikawa-2026-12',
      type: 'MOBILE_CONSULTATION',
      title: 'くらしの出張相談会（関川村）',
      titleKana: 'クラシノシュッチョウソウダンカイ セキカワムラ',
      seriesKey: 'niigata-series-shutcho-soudan',
      organizerKey: 'niigata-ken-shakyo',
      venue: VENUE.sekikawaSonminKaikan,
      municipalityCode: SEKIKAWA,
      starts: '2026-12-15T10:00',
      ends: '2026-12-15T15:00',
      audience: 'PUBLIC',
      registrationMethod: '関川村社会福祉協議会または村役場の福祉担当窓口で予約',
      feeYen: 0,
      status: 'CANCELLED',
      statusNote:
        '会場の改修工事の日程が変わり、会場が使えなくなったため中止します。相談は村社協の窓口と新潟県生活支援・' +
        '相談センターの電話で受け付けています。次回は１月の予定です。',
      contact: CONTACT.kenShakyo,
      source: `${DEMO}（出張相談：002:8233-8237 をもとに）`,
    },

    // ── その他の催し ──
    {
      key: 'niigata-case-meeting-niigata-2026-12',
      type: 'CASE_MEETING',
      title: 'ケース会議（新潟市）',
      description:
        '新潟市パーソナル・サポート・センターで支援中の世帯について、関係機関と支援の方針を協議する。参加は招待された' +
        '機関のみ。内容は公開しない。',
      organizerKey: 'niigata-rofukukyo',
      venue: { name: '新潟市パーソナル・サポート・センター 相談室' },
      municipalityCode: NIIGATA,
      starts: '2026-12-17T14:00',
      ends: '2026-12-17T15:00',
      audience: 'INVITED',
      invitees: [
        { organizationKey: 'niigata-niigata-shi-shakyo' },
        { organizationKey: 'niigata-minatomachi-foodbank' },
        { municipalityCode: NIIGATA },
      ],
      contact: CONTACT.rofukukyo,
      source: DEMO,
    },
    {
      key: 'niigata-pref-kenshu-2027-01',
      type: 'TRAINING',
      title: '令和８年度 新潟県 生活困窮者自立支援制度 従事者研修（相談支援員・基礎）',
      titleKana: 'ニイガタケン セイカツコンキュウシャジリツシエンセイド ジュウジシャケンシュウ',
      description:
        '県内の自立相談支援機関の相談支援員、市町村・町村社協の担当者を対象に、アセスメントと支援プランの作り方を' +
        '講義と演習で学ぶ。',
      organizerKey: 'niigata-pref-fukushi-hokenka',
      coOrganizerKeys: ['niigata-ken-shakyo', 'niigata-rofukukyo'],
      venue: VENUE.unisonPlaza,
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2027-01-27T10:00',
      ends: '2027-01-27T16:00',
      timeNote: '12:00〜13:00 昼休み',
      audience: 'STAFF_ONLY',
      capacity: 80,
      registrationDeadline: '2027-01-15T17:00',
      registrationMethod: '所属機関ごとに県福祉保健課へ申込',
      feeYen: 0,
      contact: CONTACT.pref,
      source: DEMO,
    },
    {
      key: 'niigata-food-drive-2026-12',
      type: 'OTHER',
      title: '年末年始フードドライブ',
      titleKana: 'ネンマツネンシフードドライブ',
      description:
        'ご家庭で余っている食品（未開封、賞味期限が２か月以上あるもの）を受け付けます。集まった食品は、相談窓口から' +
        'つながった世帯と子ども食堂に届けます。',
      organizerKey: 'niigata-minatomachi-foodbank',
      coOrganizerKeys: ['niigata-niigata-shi-shakyo'],
      venue: { ...VENUE.sogoFukushiKaikan, name: '新潟市総合福祉会館 1階ロビー' },
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2026-12-12',
      ends: '2026-12-12',
      timeNote: '10:00〜15:00 に受付',
      audience: 'PUBLIC',
      feeYen: 0,
      contact: CONTACT.foodbank,
      url: 'https://minatomachi-foodbank.example/fooddrive-2026',
      source: DEMO,
    },
    {
      key: 'niigata-suzuran-2026-12-19',
      type: 'CHILDRENS_CAFETERIA',
      title: 'すずらん子ども食堂 クリスマスごはん',
      titleKana: 'スズランコドモショクドウ クリスマスゴハン',
      description: '民生児童委員と地域のボランティアが開く子ども食堂。食材の一部はみなとまちフードバンクから。',
      organizerKey: 'niigata-kodomo-shokudo-suzuran',
      coOrganizerKeys: ['niigata-minatomachi-foodbank'],
      venue: VENUE.higashiKuPlaza,
      municipalityCode: NIIGATA_HIGASHI_KU,
      starts: '2026-12-19T17:00',
      ends: '2026-12-19T19:00',
      audience: 'PUBLIC',
      capacity: 50,
      registrationDeadline: '2026-12-16T18:00',
      registrationMethod: '電話で申込',
      feeYen: 0,
      feeNote: '子ども無料、大人３００円',
      contact: CONTACT.suzuran,
      source: DEMO,
    },
    {
      key: 'niigata-suzuran-2027-01-16',
      type: 'CHILDRENS_CAFETERIA',
      title: 'すずらん子ども食堂',
      titleKana: 'スズランコドモショクドウ',
      organizerKey: 'niigata-kodomo-shokudo-suzuran',
      venue: VENUE.higashiKuPlaza,
      municipalityCode: NIIGATA_HIGASHI_KU,
      starts: '2027-01-16T17:00',
      ends: '2027-01-16T19:00',
      audience: 'PUBLIC',
      capacity: 50,
      feeYen: 0,
      feeNote: '子ども無料、大人３００円',
      contact: CONTACT.suzuran,
      source: DEMO,
    },
    {
      key: 'niigata-soramame-kakei-gakushukai-2027-02',
      type: 'STUDY_SESSION',
      title: '子育て家庭のおかね学習会',
      titleKana: 'コソダテカテイノオカネガクシュウカイ',
      description:
        '家計相談支援員と一緒に、子育て中の家計のやりくりや、困ったときに使える制度と相談先を学ぶ学習会。' +
        '保育あり（要予約）。',
      organizerKey: 'niigata-oyako-hiroba-soramame',
      coOrganizerKeys: ['niigata-rofukukyo'],
      venue: VENUE.bandaiShiminKaikan,
      municipalityCode: NIIGATA_CHUO_KU,
      starts: '2027-02-18T10:00',
      ends: '2027-02-18T11:30',
      audience: 'PUBLIC',
      capacity: 15,
      registrationDeadline: '2027-02-12T17:00',
      registrationMethod: '電話またはメールで申込',
      childcare: true,
      feeYen: 0,
      contact: CONTACT.soramame,
      source: DEMO,
    },
  ],
};
