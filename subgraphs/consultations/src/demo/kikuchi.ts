// Demo consultation posts for 菊池圏域: invented cases written the way the seeds' published case studies are (age by
// decade, sex, household in coarse words, Ａさん, no names or places below the municipality; 002:L764, L5139).
// Oldest first, each group of posts sharing a description (per sharing scope) in a row; the 支援会議 post stands alone.
import type { DemoConsultationRegion } from './types.js';

const KIKUCHI = '432105'; // 菊池市
const KOSHI = '432164'; // 合志市
const OZU = '434035'; // 大津町
const KIKUYO = '434043'; // 菊陽町
const GIFU_CITY = '212016'; // 岐阜市 (ぎふNPOセンター, under the sharing agreement)

export const KIKUCHI_CONSULTATIONS: DemoConsultationRegion = {
  posts: [
    {
      key: 'kikuchi-consultation-01',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KIKUCHI,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['EMPLOYMENT', 'ARREARS', 'HOUSING'],
      supportsUsed: [
        { category: 'STATUTORY', description: '住居確保給付金' },
        { category: 'OTHER_SCHEME', description: 'ハローワークの職業相談' },
        { category: 'OWN_SUPPORT', description: '履歴書作成と面接への同行' },
      ],
      processStage: 'MONITORING',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '住居確保給付金の支給期間が終わりに近づいていますが、まだ就職が決まっていません。延長が難しい場合、家賃の負担を減らすためにどんな住まいの支援につなげましたか。',
      narrative:
        'Ａさんは40代男性、単身。製造業の会社で派遣社員として働いていたが、昨年秋に契約が打ち切られて失業した。雇用保険の給付が終わってから家賃を2か月滞納し、大家さんからの連絡をきっかけに民生委員を通じてSLSCに相談があった。住居確保給付金の申請を支援し、ハローワークへの同行と履歴書作成の支援を続けているが、面接では不採用が続いている。車がないと通えない求人が多いことも就職を難しくしている。給付金の支給期間は残り少なく、家賃の安い住まいへの転居も考え始めたが、転居費用の目途が立っていない。',
      postedDaysAgo: 168,
      closed: true,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '延長が難しかった方では、家賃が住宅扶助の基準額程度の物件への転居を本人と検討しました。転居費用は社協に生活福祉資金の住宅入居費を相談し、不動産業者には支援機関が関わっていることを伝えたうえで、保証会社の審査の相談にも同行しました。公営住宅は募集の時期が限られるので、次の募集がいつかを早めに確認しておくとよいと思います。',
          daysAfter: 3,
        },
        {
          organizationKey: 'kikuchi-greencoop-kumamoto',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '家計相談の立場からです。転居を決める前に家計表を一緒に作り、家賃以外に減らせる支出がないか確認してみてはどうでしょう。通信費や保険料を見直して、今の住まいで家賃を払い続けられた例があります。滞納分は大家さんと分割の約束をし、支援員が同席して書面にしておくと、転居することになった場合も大家さんとの関係を保てました。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-02',
      organizationKey: 'kikuchi-greencoop-kumamoto',
      municipalityCode: KIKUYO,
      ageBand: 'FIFTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['DEBT', 'HOUSEHOLD_FINANCES', 'ARREARS'],
      supportsUsed: [
        { category: 'STATUTORY', description: '家計相談支援（家計表の作成）' },
        { category: 'OTHER_SCHEME', description: '法テラスの無料法律相談' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'ANONYMISED',
      sharingScope: 'REGION',
      question:
        '消費者金融とカードローンの返済が重なっている方で、本人は自己破産に強い抵抗があります。債務整理の方法を選ぶ前に、家計相談の側でどこまで準備しておくと、弁護士や司法書士との相談がスムーズに進みましたか。',
      narrative:
        'Ａさんは50代男性、一人暮らし。離婚後、町内のアパートで暮らしている。物流の仕事で収入はあるが、数年前から生活費の不足を消費者金融で補うようになり、現在は4社から借り入れがある。毎月の返済が手取りの半分近くになり、国民健康保険税と水道料金も滞納している。SLSCから家計相談につながり、一緒に家計表を作ったところ、食費の多くをコンビニで使っていることも分かった。本人は「破産だけはしたくない、家族に知られたくない」と繰り返し、書類を整理することにも気が重い様子である。',
      postedDaysAgo: 150,
      closed: true,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '法テラスの無料法律相談の前に、借入先ごとの残高と最後に返済した時期を一覧にしておくと、限られた相談時間を有効に使えました。契約書が手元になくても、本人の同意を得て信用情報の開示を請求すれば借入先が分かります。任意整理なら整理する借入先を選べることを伝えると、破産への抵抗が少し和らいだ方もいました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '国保税の滞納は債務整理では減らないので、並行して町の税務担当に分納を相談しました。支援員が同席して家計表を見せると、無理のない額で分納の約束ができました。滞納が長引くと保険証の有効期間が短くなることもあるので、通院している方は早めに動いた方がよいと思います。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-03',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KOSHI,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['HOUSING', 'ECONOMIC_HARDSHIP', 'ILLNESS'],
      supportsUsed: [
        { category: 'INFORMAL', description: 'フードバンクの食料支援' },
        { category: 'OWN_SUPPORT', description: '車への訪問と聞き取り' },
      ],
      processStage: 'ASSESSMENT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '車上生活が続いている方で、圏域内にすぐ使える一時的な宿泊場所がない場合、当面の住まいをどのように確保しましたか。本人が車を手放したがらない時の話の進め方も教えてください。',
      narrative:
        'Ａさんは40代男性。実家で親と暮らしていたが、父の死後に兄弟との関係が悪くなって家を出て、半年ほど前から車の中で寝泊まりしている。日雇いの仕事で食いつないできたが、寒くなって体調を崩し、仕事に行けない日が増えた。同じ場所に長く車を停めていたことから地域の人が心配し、民生委員を通じてSLSCにつながった。手持ちのお金は数千円で、車の任意保険も切れている。本人は「車は手放したくない」と言い、生活保護の相談には消極的である。',
      postedDaysAgo: 133,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '同じような方で、フードバンクの食料を届けながら数日かけて話を聞き、生活保護の申請と同時に、申請中に泊まれる場所を福祉事務所と調整しました。車を手放したくない理由が仕事の足だと分かってからは、通える仕事と住まいを一緒に探すという話にしたことで、本人が申請を決めてくれました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'kikuchi-greencoop-kumamoto',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '車の維持にかかる費用を家計表に書き出してみると、本人が手放す決断をしやすくなった例があります。売却できる車なら、その代金を住まいの初期費用に充てる方法もあります。保険が切れたままの運転は、事故が起きた時に生活が立ち行かなくなることも、あわせて伝えました。',
          daysAfter: 4,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-04',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: OZU,
      ageBand: 'FIFTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['ILLNESS', 'EMPLOYMENT', 'ECONOMIC_HARDSHIP'],
      supportsUsed: [
        { category: 'STATUTORY', description: '就労準備支援' },
        { category: 'OTHER_SCHEME', description: 'ハローワークの職業相談' },
      ],
      processStage: 'PLANNING',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '持病のため以前のような力仕事に戻れない方の就労先として、短い時間から始められる職場をどのように開拓しましたか。他の地域で、農業や福祉の分野の事業所に協力してもらった例があれば教えてください。',
      narrative:
        'Ａさんは50代男性、単身。長く建築の現場で働いてきたが、腰を痛めて退職し、その後は貯金を取り崩して暮らしてきた。糖尿病の治療も中断しており、近隣の病院で治療を再開するよう勧めている。本人は働く意欲があるが、重い物を持つ仕事や長時間の立ち仕事は難しく、ハローワークで紹介される求人は条件が合わない。就労準備支援事業の利用を提案したところ、「まずは週に数日、短い時間から働きたい」と希望があった。圏域では農家や飲食店の協力企業を開拓しているが、体への負担が少ない仕事はまだ少ない。',
      postedDaysAgo: 120,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '岐阜県では、就労訓練事業（中間的就労）の認定を受けた事業所に、清掃や軽作業を週2日・1日3時間から受け入れてもらった例があります。最初は支援員が同行して作業の内容を一緒に確認し、体調を見ながら時間を延ばしました。治療の再開を優先する場合は、通院日を避けて予定を組んでもらうよう事業所と調整しました。',
          daysAfter: 4,
        },
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '圏域の協力農家で、選果や袋詰めなど座ってできる作業を切り出してもらったことがあります。繁忙期だけの受け入れでも、働けたという経験が本人の自信になり、その後の求職活動にも前向きになりました。障害者の就労支援で付き合いのある事業所にも、軽作業の受け入れを相談できると思います。',
          daysAfter: 7,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-05',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KOSHI,
      ageBand: 'TWENTIES',
      sex: 'MALE',
      household: 'WITH_PARENTS',
      issueCategories: ['HIKIKOMORI', 'EMPLOYMENT'],
      supportsUsed: [
        { category: 'STATUTORY', description: '就労準備支援の農作業体験' },
        { category: 'OWN_SUPPORT', description: '家庭訪問' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        'ひきこもりの期間が長かった方で、就労準備支援の作業体験に一度参加した後、来なくなってしまいました。家庭訪問のほかに、本人とのつながりを保つためにどんな工夫をしましたか。',
      narrative:
        'Ａさんは20代男性で、両親と同居。高校を中退してから数年間、ほとんど外出せずに過ごしてきた。母が広報でSLSCを知って相談に来たのが始まりで、母との面談を重ねた後、自宅を訪問して本人と会えるようになった。ゲームの話には応じるが、将来の話になると黙ってしまう。2か月前、本人の同意を得て就労準備支援の農作業体験に参加し、その日は「疲れたけど楽しかった」と話していた。しかし2回目からは当日の朝に断りの連絡が来るようになり、今は電話にも出ない。父は「甘やかしすぎだ」と母を責めており、家の中の雰囲気も良くない。',
      postedDaysAgo: 101,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '電話に出ない方には、返事のいらない短い手紙を月に一度ポストに入れていました。作業体験で本人ができていたことを一つだけ書き、次の予定は書かないようにしました。半年ほどして、本人から「また行ってもいい」と連絡があったことがあります。両親には、本人を責めずに待つことの大切さを、父にも同席してもらって説明しました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '作業体験の負担が大きかったのかもしれません。地域若者サポートステーションの少人数のプログラムや、人と話さずに済む居場所から始めて、段階を下げてつながり直した例があります。本人がゲームに詳しいなら、その話を入り口に外出の目的をつくるのも一つの方法だと思います。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-06',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KIKUCHI,
      ageBand: 'THIRTIES',
      sex: 'MALE',
      household: 'WITH_PARENTS',
      issueCategories: ['HIKIKOMORI', 'DISABILITY', 'ECONOMIC_HARDSHIP'],
      supportsUsed: [
        { category: 'OWN_SUPPORT', description: '本人と母への面談' },
        { category: 'OTHER_SCHEME', description: '障害者相談支援事業所への相談' },
      ],
      processStage: 'ASSESSMENT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '発達障害の可能性がある方で、本人は受診や手帳の話を嫌がっています。診断がないまま障害福祉の就労支援や相談につなげた例があれば、どのように進めたか教えてください。',
      narrative:
        'Ａさんは30代男性、両親と同居。専門学校を出た後いくつかの職場で働いたが、人間関係でつまずいて長続きせず、この5年ほどは家で過ごしている。昨年、父が定年で退職して世帯の収入が年金だけになり、母が「親がいなくなった後が心配」とSLSCに相談した。本人と面談すると、こだわりの強さや段取りの苦手さがうかがえ、発達障害の可能性も考えられる。ただ本人は「自分は病気ではない」と言い、受診の話になると席を立ってしまう。パソコンの操作は得意で、家では親の代わりに書類を作ることもある。',
      postedDaysAgo: 86,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '診断がなくても、障害者就業・生活支援センターには登録の前の段階から相談に乗ってもらえました。最初は「得意なことを仕事にする相談」として紹介し、障害という言葉は使いませんでした。職場体験でうまくいったことと困ったことを一緒に振り返るうちに、本人から「一度調べてもらってもいい」と言ってくれたことがあります。',
          daysAfter: 2,
        },
        {
          organizationKey: 'kikuchi-greencoop-kumamoto',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '年金だけの家計になったばかりなら、今のうちに両親と本人で家計の見通しを立てておくことをお勧めします。親が元気なうちに、本人が一人になった時の家計を試算すると、本人にも働くことや制度を使うことの意味が伝わりやすくなりました。書類作りが得意なら、家計表を本人に作ってもらうのもよいと思います。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-07',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: OZU,
      ageBand: 'TWENTIES',
      sex: 'MALE',
      household: 'WITH_PARENTS',
      issueCategories: ['HIKIKOMORI', 'SCHOOL_ABSENCE', 'EMPLOYMENT'],
      supportsUsed: [
        { category: 'OWN_SUPPORT', description: '家庭訪問と面談' },
        { category: 'OTHER_SCHEME', description: '地域若者サポートステーション' },
      ],
      processStage: 'CONSULTATION',
      legalBasis: 'ANONYMISED',
      sharingScope: 'REGION',
      question:
        '中学校から不登校が続き、高校に進まなかった方が「高卒の資格を取りたい」と言い始めました。高卒認定試験や通信制の高校での学び直しを、就労支援と並行して支えた例があれば教えてください。',
      narrative:
        'Ａさんは20代男性、母と二人暮らし。中学校の途中から学校に行けなくなり、卒業後は進学せずに家で過ごしてきた。母はパートで家計を支えているが、体調を崩すことが増え、将来を案じて町の窓口に相談した。SLSCの支援員が訪問を続けたところ、半年ほどで本人が面談に来られるようになった。最近、同年代の親戚が就職したことに刺激を受け、「高卒の資格くらいは取りたい」と話すようになった。ただ、勉強から長く離れていて、読み書きや計算にも不安がある。',
      postedDaysAgo: 70,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '地域若者サポートステーションで学び直しの相談ができ、高卒認定試験の学習を支えるボランティアを紹介してもらったことがあります。最初は中学校の内容の復習から始め、週1回の学習と就労準備の作業体験を組み合わせました。試験は科目ごとに合格を積み上げられるので、一つ合格するごとに本人の表情が変わっていきました。',
          daysAfter: 4,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-08',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KIKUCHI,
      ageBand: 'FIFTIES',
      sex: 'MALE',
      household: 'WITH_PARENTS',
      issueCategories: ['HIKIKOMORI', 'CARE', 'ARREARS'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '地域包括支援センターの訪問' },
        { category: 'INFORMAL', description: '民生委員の見守り' },
      ],
      processStage: 'SUPPORT_MEETING',
      legalBasis: 'SUPPORT_MEETING',
      sharingScope: 'MUNICIPALITY',
      question:
        '本人の同意が得られないまま、支援会議で情報を共有して見守りを続けている世帯です。母の介護サービスの導入をきっかけに本人と話ができる関係をつくるため、地域包括支援センターやケアマネジャーとどのように役割を分けましたか。',
      narrative:
        '50代男性のＡさんと80代の母の二人暮らし。Ａさんは20代で仕事を辞めてから外との関わりがほとんどなく、生活は母の年金で成り立っている。母に物忘れが目立つようになり、地域包括支援センターが訪問したところ、電気料金の督促状が何通も届いていることや、家の中にごみがたまっていることが分かった。Ａさんは玄関先には出てくるが、「うちのことは自分でやる」と支援を断っている。母の介護保険の申請は進められそうだが、Ａさん本人の同意が得られないため、市の支援会議で関係機関が情報を共有し、見守りを続けている。',
      postedDaysAgo: 52,
      answers: [],
    },
    {
      key: 'kikuchi-consultation-09',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KIKUCHI,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['AFTER_PRISON', 'HOUSING', 'EMPLOYMENT'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '保護観察所との連携' },
        { category: 'OWN_SUPPORT', description: '住まい探しへの同行' },
      ],
      processStage: 'CONSULTATION',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '矯正施設を出て間もない方で、住まいと仕事を同時に探しています。保証人がいない方の賃貸住宅探しや、事情を理解して雇ってくれる事業所の探し方について、他の地域での経験を教えてください。',
      narrative:
        'Ａさんは40代男性、単身。矯正施設を出た後、更生保護施設で数か月過ごし、退所の期限が近づいている。地元に戻って暮らしたいという本人の希望を受けて、保護観察所の担当者からSLSCに相談があった。親族とは連絡が取れず、保証人になってくれる人はいない。施設にいる間に溶接の資格を取っており、本人は「手に職をつけて働きたい」と話している。一方で、以前の知人との付き合いに戻ってしまうことを本人も心配している。',
      postedDaysAgo: 30,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '保護観察所が把握している協力雇用主に、本人の了解を得て、支援機関からも事情を伝えてつないだことがあります。住まいは、居住支援法人が保証会社との間に入ってくれる物件を探しました。居住支援法人によって得意な分野が違うので、刑余者の支援の実績があるところに相談するのが近道でした。',
          daysAfter: 3,
        },
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '以前の人間関係に戻る心配については、本人が困った時に話せる相手を複数つくることを意識しました。就労先の担当者とも支援員が定期的に顔を合わせ、休みが続いた時は早めに連絡をもらうよう約束しておきました。地域生活定着支援センターは対象が限られますが、相談先の情報をもらえることがあります。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'kikuchi-consultation-10',
      organizationKey: 'kikuchi-kikuaikai',
      municipalityCode: KIKUYO,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['HOUSEHOLD_FINANCES', 'DISABILITY', 'ARREARS'],
      supportsUsed: [
        { category: 'STATUTORY', description: '家計相談支援' },
        { category: 'INFORMAL', description: 'フードバンクの食料支援' },
      ],
      processStage: 'ASSESSMENT',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '給料が入るとすぐに使い切ってしまい、月末には食べる物がなくなる方です。知的障害の可能性もありますが、本人は手帳の取得を望んでいません。本人が納得したうえで金銭管理を支えた方法を、他の地域の例も含めて教えてください。',
      narrative:
        'Ａさんは40代男性、単身。町内のアパートで暮らし、清掃の仕事をパートで続けている。給料が入ると数日のうちに外食や買い物で使い切り、月末には食べる物がなくなって、職場の人にお金を借りることが続いている。家賃と携帯電話の料金も滞納しており、職場の上司が心配してSLSCに連絡した。話をすると、計算や書類の読み取りに苦手さがあり、知的障害の可能性も考えられる。本人は「障害者と言われたくない」と話し、手帳の話には乗り気でない。働くことは好きで、仕事は休まずに続けている。',
      postedDaysAgo: 8,
      answers: [],
    },
  ],
  // About one new consultation a month per 5,000 residents (populations 002:L7847-7877); the towns expect fewer (002:L8052-8054).
  monthlyNewConsultations: {
    [KIKUCHI]: 10,
    [KOSHI]: 11,
    [OZU]: 6,
    [KIKUYO]: 7,
  },
};
