// Demo consultation posts for 新潟県: invented cases written the way the seeds' published case studies are (age by
// decade, sex, household in coarse words, Ａさん, no names or places below the municipality; 002:L764, L5519).
// Oldest first, each group of posts sharing a description (per sharing scope) in a row; the 支援会議 post stands alone.
import type { DemoConsultationRegion } from './types.js';

const NIIGATA = '151009'; // 新潟市 (労福協 and 県社協)
const NAGAOKA = '152021'; // 長岡市
const KASHIWAZAKI = '152056'; // 柏崎市 (柏崎市社協)
const MURAKAMI = '152129'; // 村上市 (下越圏域)
const TSUBAME = '152137'; // 燕市 (社会福祉課, 直営)
const MYOKO = '152170'; // 妙高市 (福祉介護課, 直営)
const JOETSU = '152226'; // 上越市
const UONUMA = '152251'; // 魚沼市 (魚沼市社協)
const AGA = '153851'; // 阿賀町 (県社協の出張相談)

export const NIIGATA_CONSULTATIONS: DemoConsultationRegion = {
  posts: [
    {
      key: 'niigata-consultation-01',
      organizationKey: 'niigata-rofukukyo',
      municipalityCode: NIIGATA,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['ECONOMIC_HARDSHIP', 'ARREARS', 'CHILD_REARING'],
      supportsUsed: [
        { category: 'INFORMAL', description: 'フードバンクの食料支援' },
        { category: 'OTHER_SCHEME', description: '就学援助の申請' },
        { category: 'OWN_SUPPORT', description: '滞納分の分納の相談への同行' },
      ],
      processStage: 'MONITORING',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '元夫からの養育費が途絶えたひとり親の方です。養育費を改めて求める手続きについて、支援員としてどこまで関わり、どこから法テラスなどの専門職につないでいますか。',
      narrative:
        'Ａさんは30代女性で、小学生の子ども2人と暮らすひとり親。3年前に離婚し、市内の小売店でパートをしながら、児童扶養手当と養育費で生活してきた。半年ほど前から元夫からの養育費の振り込みが止まり、家賃と電気料金を滞納するようになった。学校から給食費の支払いが遅れていると連絡があり、スクールソーシャルワーカーを通じてパーソナル・サポート・センターにつながった。離婚の時の取り決めは口約束だけで、書面は作っていない。Ａさんは元夫と直接連絡を取ることを怖がっている。',
      postedDaysAgo: 165,
      closed: true,
      answers: [
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '取り決めが口約束だけの場合は、家庭裁判所に養育費請求の調停を申し立てることになります。申立書の書き方の説明や裁判所への同行は支援員が行い、元夫とのやりとりが不安な方は、法テラスの民事法律扶助を使って弁護士に代理を頼みました。調停の間も生活費は必要なので、フードバンクの利用と滞納分の分納の相談を並行して進めました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'niigata-tsubame-shakai-fukushika',
          municipalityCode: TSUBAME,
          region: 'niigata',
          text: '子ども家庭の担当課と一緒に面談し、就学援助の申請が済んでいるかを最初に確認しました。給食費が就学援助で賄えるようになると、学校との関係も落ち着きました。養育費の話は本人の負担が大きいので、急がずに生活を立て直すことを先にし、本人の気持ちが整ってから手続きの相談をしました。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'niigata-consultation-02',
      organizationKey: 'niigata-tsubame-shakai-fukushika',
      municipalityCode: TSUBAME,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['SCHOOL_ABSENCE', 'EMPLOYMENT', 'CHILD_REARING'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: 'スクールソーシャルワーカーとの連携' },
        { category: 'OWN_SUPPORT', description: '就労の継続に向けた相談' },
      ],
      processStage: 'ASSESSMENT',
      legalBasis: 'ANONYMISED',
      sharingScope: 'REGION',
      question:
        '中学生の子が不登校になり、母親が仕事を休みがちになって収入が減っている世帯です。子どもの日中の居場所と母親の就労の継続を同時に支えるために、学校や地域のどんな資源と連携しましたか。',
      narrative:
        'Ａさんは30代女性、中学生の長男と二人暮らし。市内の製造業の会社で正社員として働いているが、長男が昨年の夏休み明けから学校に行けなくなり、長男を一人で家に残すことが心配で欠勤や早退が増えた。職場からは勤務の仕方を見直すよう言われ、パートへの切り替えも考えているが、収入が減ると家賃が払えなくなるという。長男は昼夜逆転気味で、Ａさんとの会話も減っている。Ａさんの実家は遠方で、近くに頼れる親族はいない。',
      postedDaysAgo: 147,
      answers: [
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '学校のスクールソーシャルワーカーと三者で面談し、長男が日中に過ごせる場所として教育支援センター（適応指導教室）の利用を相談しました。通い始めるまでは、子ども食堂を運営している団体が日中に開いている居場所に、支援員が付き添いました。勤務については、本人の了解を得て、会社に事情を伝える文面を一緒に考えました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'niigata-kashiwazaki-shakyo',
          municipalityCode: KASHIWAZAKI,
          region: 'niigata',
          text: '社協の学習支援のボランティアに家庭訪問をしてもらい、まず長男と家族以外の大人一人がつながる場をつくりました。母親には、欠勤が続く前に短時間勤務の制度がないか勤め先の規則を確認するよう勧め、ひとり親の就業支援の窓口も案内しました。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'niigata-consultation-03',
      organizationKey: 'niigata-rofukukyo',
      municipalityCode: NAGAOKA,
      ageBand: 'TWENTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['DOMESTIC_VIOLENCE', 'ECONOMIC_HARDSHIP', 'CHILD_REARING'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '女性相談の窓口との連携' },
        { category: 'OTHER_SCHEME', description: '緊急小口資金' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '夫の暴力から子どもと避難し、まだ離婚が成立していない方です。手元にお金がほとんどない中で、離婚の成立や手当の支給までの生活費をどのように確保しましたか。',
      narrative:
        'Ａさんは20代女性で、幼い子ども1人がいる。夫からの暴言と暴力が続き、昨年末に子どもを連れて家を出た。女性相談の窓口の支援で一時保護を経て、現在は市内の民間アパートで暮らしている。夫とは別居中で、離婚は成立していない。出産前の仕事は辞めており、通帳やキャッシュカードは夫が管理していたため、手元にお金がない。保育園の入園を申し込んだが空きを待っている状態で、当面はフルタイムで働くことが難しい。',
      postedDaysAgo: 131,
      answers: [
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '別居中でも、配偶者暴力相談支援センターの証明書があれば、児童手当の受給者を本人に変えられることがあります。児童扶養手当も、保護命令が出ている場合などは離婚前でも対象になることがあるので、市の担当課に確認しました。当面の生活費は、緊急小口資金と生活保護も含めて検討しました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'niigata-ken-shakyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '緊急小口資金は、DV被害で避難している方の場合、今住んでいる市町村の社協と調整すれば申請できることがあります。相談支援員から社協に事情を伝え、相手に居場所が知られないよう、書類の送り先や連絡の方法にも気をつけて手続きを進めてもらいました。',
          daysAfter: 4,
        },
      ],
    },
    {
      key: 'niigata-consultation-04',
      organizationKey: 'niigata-kashiwazaki-shakyo',
      municipalityCode: KASHIWAZAKI,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['ILLNESS', 'EMPLOYMENT', 'HOUSEHOLD_FINANCES'],
      supportsUsed: [
        { category: 'INFORMAL', description: '民生委員の見守り' },
        { category: 'OWN_SUPPORT', description: '家計の相談' },
      ],
      processStage: 'PLANNING',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '仕事の掛け持ちの無理がたたって体調を崩し、働けなくなったひとり親の方です。傷病手当金が出ない働き方だったため収入が途絶えています。回復するまでの生活費と、その後の働き方をどのように組み立てましたか。',
      narrative:
        'Ａさんは30代女性、小学生の長女と二人暮らし。昼は介護の仕事のパート、夜は飲食店のアルバイトを掛け持ちしていたが、3か月前にめまいで倒れ、医師から休むよう勧められた。どちらの仕事も健康保険に加入する条件を満たしておらず、傷病手当金は受けられない。児童扶養手当と貯金で暮らしているが、次の支給までの生活費が足りない。民生委員から社協に連絡があり、家計の相談から支援が始まった。Ａさんは「早く働かないと」と焦っており、十分に休めていない。',
      postedDaysAgo: 118,
      answers: [
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '休むことも支援の一部だと本人に伝え、回復までの数か月の家計を一緒に試算しました。足りない分は緊急小口資金と、フードバンクの食料支援で補いました。体調が戻ってからは、掛け持ちではなく社会保険に入れる一つの仕事を探すことを目標にし、ひとり親の就業支援の窓口と連携して求人を探しました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'niigata-uonuma-shakyo',
          municipalityCode: UONUMA,
          region: 'niigata',
          text: '収入が大きく減った場合、児童扶養手当の額や国民健康保険税の減免が変わることがあるので、市の窓口で確認してもらいました。長女の就学援助もまだなら申請を勧めます。本人が焦っている時は、支援員が次の面談の日を決めておくだけでも、一人で抱え込まずに済むようでした。',
          daysAfter: 7,
        },
      ],
    },
    {
      key: 'niigata-consultation-05',
      organizationKey: 'niigata-ken-shakyo',
      municipalityCode: AGA,
      ageBand: 'SEVENTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['ECONOMIC_HARDSHIP', 'ARREARS', 'ILLNESS'],
      supportsUsed: [
        { category: 'OWN_SUPPORT', description: '出張相談' },
        { category: 'INFORMAL', description: '民生委員の見守り' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '冬の灯油代と雪下ろしの負担で、年金だけでは暮らしが回らなくなっている一人暮らしの方です。町村部で使える冬の生活支援や、見守りの体制づくりで工夫したことがあれば教えてください。',
      narrative:
        'Ａさんは70代男性、一人暮らし。長年、農業と冬の出稼ぎで暮らしてきたため、受け取っている年金は少ない。古い家に住んでおり、冬は灯油代が月に数万円かかる。昨冬は灯油を節約して一部屋だけで過ごし、体調を崩した。固定資産税も一部を滞納している。屋根の雪下ろしは近所の人に頼んでいたが、その人も高齢になって頼みにくくなったという。町の社協から県の生活支援・相談センターに連絡があり、出張相談で会った。本人は「人の世話にはなりたくない」と話し、生活保護の申請には抵抗がある。',
      postedDaysAgo: 104,
      answers: [
        {
          organizationKey: 'niigata-ken-shakyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '町によっては冬の灯油購入費を助成する制度があるので、町の福祉担当に確認しました。雪下ろしは、社協の除雪ボランティアやシルバー人材センターに頼める場合があります。費用がかかる時は見積もりを家計表に入れ、本人と一緒に冬の家計を組み立てました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'niigata-uonuma-shakyo',
          municipalityCode: UONUMA,
          region: 'niigata',
          text: '生活保護に抵抗がある高齢の方には、まず民生委員と地域包括支援センターに見守りに入ってもらい、冬の間は毎週誰かが顔を出すようにしました。体調を崩して入院したのをきっかけに、本人から申請したいと言ってくれたこともあります。抵抗の理由を聞くと、親族に知られることを心配している方が多い印象です。',
          daysAfter: 4,
        },
        {
          organizationKey: 'niigata-myoko-fukushi-kaigoka',
          municipalityCode: MYOKO,
          region: 'niigata',
          text: '一部屋だけで過ごす方には、窓の断熱シートや厚手のカーテンを地域の方からの寄付でそろえたことがあります。灯油の配達を頼んでいる店が見守りの役割を担ってくれることもあるので、本人の了解を得て、何かあれば連絡をもらえるようお願いしました。',
          daysAfter: 8,
        },
      ],
    },
    {
      key: 'niigata-consultation-06',
      organizationKey: 'niigata-uonuma-shakyo',
      municipalityCode: UONUMA,
      ageBand: 'SIXTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['EMPLOYMENT', 'ARREARS', 'ECONOMIC_HARDSHIP'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: 'ハローワークの職業相談' },
        { category: 'OWN_SUPPORT', description: '税の分納の相談への同行' },
      ],
      processStage: 'ASSESSMENT',
      legalBasis: 'ANONYMISED',
      sharingScope: 'REGION',
      question:
        '60代で仕事を探している方で、ハローワークの求人では年齢を理由に断られることが続いています。シルバー人材センターのほかに、60代前半の方の就労先として連携している先があれば教えてください。',
      narrative:
        'Ａさんは60代男性、単身。長く勤めた会社を、親の介護のために50代で退職した。その後、親を看取り、親の年金がなくなったことで世帯の収入がなくなった。貯金を取り崩して暮らしてきたが残りはわずかで、国民健康保険税と住民税を滞納している。体は元気で、「まだ働ける」と求職活動を続けているが、年齢で断られることが続き、気持ちが沈みがちになっている。年金を受け取り始めるまでには、まだ数年ある。',
      postedDaysAgo: 88,
      answers: [
        {
          organizationKey: 'niigata-kashiwazaki-shakyo',
          municipalityCode: KASHIWAZAKI,
          region: 'niigata',
          text: '介護事業所の送迎の運転や施設の清掃、農業法人の作業などは、60代の方を採用している例が多い分野です。社協のつながりで事業所に直接相談し、見学から始めさせてもらいました。親の介護の経験は、介護の仕事では強みとして受け止めてもらえました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '年金の繰上げ受給を考える方もいますが、減額が一生続くので、家計の相談の中で慎重に試算しました。仕事が決まるまでは、住民税と国保税の分納の相談に同行し、生活費が尽きる前に生活保護の相談も選択肢として伝えました。求職活動が長引くと気持ちが沈むので、週に一度は支援員と話す日を決めていました。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'niigata-consultation-07',
      organizationKey: 'niigata-myoko-fukushi-kaigoka',
      municipalityCode: MYOKO,
      ageBand: 'SIXTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['HOUSING', 'EMPLOYMENT'],
      supportsUsed: [{ category: 'OWN_SUPPORT', description: '住まいと仕事の相談' }],
      processStage: 'CONSULTATION',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '冬の住み込みの仕事が終わると、住まいと仕事を同時に失う方です。一時的な住まいを確保しながら、通年の仕事につなげた例があれば教えてください。',
      narrative:
        'Ａさんは60代男性、単身。ここ数年は冬の間だけ市内の観光施設で住み込みで働き、春から秋は県外で日雇いの仕事をしてきた。今年は県外の仕事が見つからず、住み込みの期間が終わると住む場所がなくなる。所持金は住み込みの間に貯めた分だけで、長くはもたない。住民票は以前の住み込み先に置いたままになっている。本人は車を持っておらず、通える範囲の仕事は限られる。',
      postedDaysAgo: 73,
      answers: [
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '住み込みの期間が終わる前に、一時生活支援事業の宿泊場所の空きを確認し、退去の日に合わせて入れるよう調整しました。宿泊場所にいる間に住民票を移し、住居確保給付金を使ってアパートに移った方もいます。通年の仕事は、寮のない求人でも通える場所に住まいを決めることを先にして探しました。',
          daysAfter: 4,
        },
      ],
    },
    {
      key: 'niigata-consultation-08',
      organizationKey: 'niigata-rofukukyo',
      municipalityCode: NIIGATA,
      ageBand: 'FORTIES',
      sex: 'FEMALE',
      household: 'WITH_PARENTS',
      issueCategories: ['HIKIKOMORI', 'CARE'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '地域包括支援センターとの連携' },
        { category: 'OWN_SUPPORT', description: '家庭訪問' },
      ],
      processStage: 'SUPPORT_MEETING',
      legalBasis: 'SUPPORT_MEETING',
      sharingScope: 'MUNICIPALITY',
      question:
        '父の介護を一人で担っている、ひきこもり状態の方です。本人から支援の同意が得られず、支援会議で情報を共有しながら関わっています。本人が自分のことを相談してくれるようになったきっかけがあれば教えてください。',
      narrative:
        'Ａさんは40代女性、70代の父と二人暮らし。大学を出て就職したが数年で退職し、それから長い間、ほとんど外出せずに暮らしてきた。母が亡くなってからは、脳梗塞の後遺症がある父の身の回りの世話を一人で担っている。父の担当のケアマネジャーから、Ａさんが疲れ切っている様子だと地域包括支援センターに連絡があった。家計は父の年金だけで、父が入院すれば生活が立ち行かなくなるおそれがある。Ａさんは支援員の訪問には応じるが、自分のことを話すのは拒んでおり、同意が得られないため市の支援会議で情報を共有している。',
      postedDaysAgo: 55,
      answers: [],
    },
    {
      key: 'niigata-consultation-09',
      organizationKey: 'niigata-rofukukyo',
      municipalityCode: JOETSU,
      ageBand: 'TWENTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['DEBT', 'HOUSEHOLD_FINANCES', 'ARREARS'],
      supportsUsed: [
        { category: 'STATUTORY', description: '家計相談支援' },
        { category: 'OWN_SUPPORT', description: '携帯電話会社への支払いの相談' },
      ],
      processStage: 'CONSULTATION',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        'スマートフォンの後払い決済やリボ払いの残高が膨らんだ、20代のひとり親の方です。本人に家計の管理を続けてもらうために、家計相談でどんな道具や工夫を使っていますか。',
      narrative:
        'Ａさんは20代女性、保育園に通う子どもと二人暮らし。パートの収入と児童扶養手当で暮らしているが、スマートフォンの後払い決済とクレジットカードのリボ払いの残高が膨らみ、毎月の支払いに追われている。子どもの服や日用品をネットで買うことが多く、支払いの総額を本人も把握できていなかった。携帯電話の料金を滞納して回線が止まりそうになり、相談に来た。家計表をつけるのは苦手だが、「子どものためにきちんとしたい」という気持ちは強い。',
      postedDaysAgo: 33,
      answers: [
        {
          organizationKey: 'niigata-rofukukyo',
          municipalityCode: NIIGATA,
          region: 'niigata',
          text: '家計表を書くのが苦手な方には、給料日に封筒へ生活費を週ごとに分けて入れてもらう方法を使いました。後払い決済は利用できる上限額を下げる設定を本人と一緒に行い、カードは支援員と相談して手元から離しました。リボ払いの残高は、返済額と利息を一覧にして見える化すると、本人が整理の相談に前向きになりました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'niigata-tsubame-shakai-fukushika',
          municipalityCode: TSUBAME,
          region: 'niigata',
          text: '支払いの予定を、本人が毎日見るスマートフォンのカレンダーに入れてもらいました。紙の家計表より続きやすかったです。子ども服は、地域の子育て支援のリユースの取り組みや、フードバンクの日用品の提供も案内すると、ネットで買う回数が減りました。',
          daysAfter: 4,
        },
      ],
    },
    {
      key: 'niigata-consultation-10',
      organizationKey: 'niigata-rofukukyo',
      municipalityCode: MURAKAMI,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['EMPLOYMENT', 'ECONOMIC_HARDSHIP', 'CHILD_REARING'],
      supportsUsed: [
        { category: 'OWN_SUPPORT', description: '家計の相談' },
        { category: 'OTHER_SCHEME', description: '生活福祉資金の相談' },
      ],
      processStage: 'CONSULTATION',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '冬の通勤に欠かせない車が故障し、修理代が払えずに仕事を休んでいるひとり親の方です。車がないと暮らしが成り立たない地域で、車の修理や買い替えの費用をどのように工面した例がありますか。',
      narrative:
        'Ａさんは30代女性、小学生の子ども2人と暮らすひとり親。市内の食品加工の職場でパートとして働き、車で通勤している。先月、車が故障し、修理には十数万円かかると言われた。バスは本数が少なく勤務の時間に間に合わないため、仕事を休む日が続いている。児童扶養手当と給料で暮らしてきたが、貯金はほとんどなく、このままでは今月の収入も減ってしまう。Ａさんは「車がないと子どもの送り迎えもできない」と話している。',
      postedDaysAgo: 7,
      answers: [],
    },
  ],
  // About one new consultation a month per 5,000 residents: 新潟市 from 「きらきら」's 160 a month (001:L885). The
  // city runs one programme for its eight wards, so they are counted in its figure and show 0 of their own.
  monthlyNewConsultations: {
    [NIIGATA]: 160,
    '151017': 0, // 新潟市 北区
    '151025': 0, // 新潟市 東区
    '151033': 0, // 新潟市 中央区
    '151041': 0, // 新潟市 江南区
    '151050': 0, // 新潟市 秋葉区
    '151068': 0, // 新潟市 南区
    '151076': 0, // 新潟市 西区
    '151084': 0, // 新潟市 西蒲区
    [NAGAOKA]: 52,
    '152048': 19, // 三条市
    [KASHIWAZAKI]: 16,
    '152064': 19, // 新発田市
    '152081': 7, // 小千谷市
    '152099': 5, // 加茂市
    '152102': 10, // 十日町市
    '152111': 8, // 見附市
    [MURAKAMI]: 11,
    [TSUBAME]: 15,
    '152161': 8, // 糸魚川市
    [MYOKO]: 6,
    '152188': 9, // 五泉市
    [JOETSU]: 37,
    '152234': 8, // 阿賀野市
    '152242': 10, // 佐渡市
    [UONUMA]: 7,
    '152269': 11, // 南魚沼市
    '152277': 6, // 胎内市
    '153079': 3, // 聖籠町
    '153427': 1, // 弥彦村
    '153613': 2, // 田上町
    [AGA]: 2,
    '154059': 1, // 出雲崎町
    '154610': 2, // 湯沢町
    '154822': 2, // 津南町
    '155047': 1, // 刈羽村
    '155811': 1, // 関川村
    '155861': 0, // 粟島浦村
  },
};
