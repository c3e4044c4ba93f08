// Demo consultation posts for 岐阜県: invented cases written the way the seeds' published case studies are (age by
// decade, sex, household in coarse words, Ａさん, no names or places below the municipality; 002:L764, L5139).
// Oldest first, each group of posts sharing a description (per sharing scope) in a row; the 支援会議 post stands alone.
import type { DemoConsultationRegion } from './types.js';

const GIFU_CITY = '212016'; // 岐阜市 (ぎふNPOセンター, 仕事工房ポポロ)
const OGAKI = '212024'; // 大垣市 (西濃圏域)
const TAKAYAMA = '212032'; // 高山市 (飛騨圏域)
const TAJIMI = '212041'; // 多治見市 (東濃圏域)
const SEKI = '212059'; // 関市 (中濃圏域)
const NAKATSUGAWA = '212067'; // 中津川市 (東濃圏域)
const KAKAMIGAHARA = '212130'; // 各務原市 (各務原市社協)
const KANI = '212148'; // 可児市 (中濃圏域)
const MIZUHO = '212164'; // 瑞穂市 (岐阜圏域)
const KIKUCHI = '432105'; // 菊池市 (菊愛会, under the sharing agreement)

export const GIFU_CONSULTATIONS: DemoConsultationRegion = {
  posts: [
    {
      key: 'gifu-consultation-01',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: OGAKI,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['HOUSING', 'EMPLOYMENT'],
      supportsUsed: [
        { category: 'STATUTORY', description: '一時生活支援（シェルター）' },
        { category: 'STATUTORY', description: '住居確保給付金' },
        { category: 'OWN_SUPPORT', description: 'アパート探しと契約への同行' },
      ],
      processStage: 'MONITORING',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '派遣の寮を出なければならない方です。次の仕事が決まるまでの住まいとして、一時生活支援のシェルターと住居確保給付金をどのように組み合わせましたか。',
      narrative:
        'Ａさんは40代男性、単身。県外の出身で、派遣会社の寮に住みながら市内の部品の工場で働いていたが、生産の縮小で契約が更新されず、2週間後に寮を出なければならなくなった。所持金は数万円で、貯金はほとんどない。家族とは長く連絡を取っていない。ハローワークで紹介された求人に応募しているが、住所がないと採用に不利になることを心配している。本人は真面目な性格で、工場での勤務の経験は長い。',
      postedDaysAgo: 170,
      closed: true,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '寮を出る日に合わせてネットワークの緊急シェルターに入ってもらい、そこから求職活動を続けました。仕事が決まった時点で住居確保給付金を申請し、アパートの初期費用は社協に生活福祉資金を相談しました。シェルターにいられる期間には限りがあるので、入る時に出口の目安を本人と共有しておくと、本人の焦りも少なかったです。',
          daysAfter: 2,
        },
        {
          organizationKey: 'gifu-kakamigahara-shakyo',
          municipalityCode: KAKAMIGAHARA,
          region: 'gifu',
          text: '寮付きの求人にもう一度頼ると、同じように仕事と住まいを同時に失う心配があります。少し時間がかかっても、住まいを先に確保してから通える仕事を探すよう本人と話し合いました。寮に住んでいた方は住民票が寮のままのことが多いので、退去の前に手続きをどうするかも確認しておくとよいです。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'gifu-consultation-02',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: TAKAYAMA,
      ageBand: 'FIFTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['ILLNESS', 'EMPLOYMENT', 'ECONOMIC_HARDSHIP'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '保健所の精神保健福祉相談' },
        { category: 'OWN_SUPPORT', description: '面談と相談への同行' },
      ],
      processStage: 'ASSESSMENT',
      legalBasis: 'ANONYMISED',
      sharingScope: 'REGION',
      question:
        '飲酒の問題がうかがえる方で、本人は治療の必要を認めていません。就労支援を進める前に、専門機関や自助グループにつなぐために、どんな声のかけ方をしましたか。',
      narrative:
        'Ａさんは50代男性、単身。観光の仕事で長く働いてきたが、客が減った時期に仕事を失い、その後は短期の仕事を転々としている。面談の時にお酒のにおいがすることがあり、本人も「眠れないので寝る前に飲む」と話している。家賃は何とか払っているが、食費を切り詰めており、体重が減っている。以前の同僚が心配して相談窓口を教えてくれたという。本人は「酒はやめようと思えばやめられる」と言い、受診はしていない。',
      postedDaysAgo: 152,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '保健所の精神保健福祉相談に本人と一緒に行き、飲んだ量を本人に記録してもらうところから始めました。やめるかどうかより、眠れないことや体重が減っていることを心配していると伝える方が、本人は話を聞いてくれました。断酒会の見学は、支援員が一緒に行くと決めてから受け入れてもらえました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'gifu-kakamigahara-shakyo',
          municipalityCode: KAKAMIGAHARA,
          region: 'gifu',
          text: '眠れないという訴えがあるなら、まず内科の受診を勧めるのも一つの方法です。かかりつけの医師から専門の治療を勧めてもらう方が、本人が受け入れやすかった例があります。食費を切り詰めているなら、フードバンクの食料支援を受け取りに来てもらう日を、面談の機会にもしていました。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'gifu-consultation-03',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: TAJIMI,
      ageBand: 'FIFTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['DEBT', 'ARREARS', 'HOUSEHOLD_FINANCES'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '法テラスの無料法律相談' },
        { category: 'STATUTORY', description: '家計相談支援' },
        { category: 'INFORMAL', description: 'フードバンクの食料支援' },
      ],
      processStage: 'PLANNING',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '借金の返済で生活費が足りなくなり、税金と水道料金を滞納している方です。債務整理の手続きを進めている間、家計が落ち着くまでの食料や光熱水費の支援をどのように組み合わせましたか。',
      narrative:
        'Ａさんは50代男性、一人暮らし。地場産業の工場で働いていたが、工場の閉鎖で職を失い、退職金は母の入院と葬儀の費用でほとんど残らなかった。再就職した先の給料は以前より大きく下がり、生活費の不足をカードローンで補ううちに返済が膨らんだ。現在、住民税と水道料金を滞納しており、給水停止の予告が届いている。相談支援員が同行して法テラスに相談し、任意整理を進めることになったが、手続きがまとまるまでには数か月かかる見込みである。',
      postedDaysAgo: 136,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '給水停止の予告が届いていたので、すぐに水道の担当窓口へ同行し、任意整理を進めていることを伝えて分納の約束をしました。弁護士に依頼した後は借入先への返済が止まるので、その間の家計で滞納分と生活費をどう回すかを家計表で確認しました。食料はフードバンクで数回補いました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'gifu-kakamigahara-shakyo',
          municipalityCode: KAKAMIGAHARA,
          region: 'gifu',
          text: '債務整理を進めている方は、新たな貸付が難しいことが多いです。貸付に頼らず、支払いの時期をずらす交渉と、食料の現物支援で乗り切る計画を立てました。住民税は、収入が下がった事情を説明して減免や分納を相談できるので、市の担当課に一緒に行きました。',
          daysAfter: 4,
        },
      ],
    },
    {
      key: 'gifu-consultation-04',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: KANI,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['DISABILITY', 'EMPLOYMENT', 'ECONOMIC_HARDSHIP'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '障害年金の申請の準備' },
        { category: 'OWN_SUPPORT', description: '病歴の聞き取りと書類の整理' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        'うつ病で退職し、療養している方です。障害年金の申請を考えていますが、初診日の証明が難しい状況です。申請の準備で支援員がどこまで関わり、どの専門職に相談しましたか。',
      narrative:
        'Ａさんは40代男性、単身。事務の仕事をしていたが、長時間の残業が続いてうつ病を発症し、2年前に退職した。今は近隣の医療機関に通院しており、主治医からは当面は仕事を控えるよう言われている。雇用保険の給付は終わり、貯金も底をつきかけている。障害年金の申請を考えているが、最初に受診したのは以前に住んでいた県外の医療機関で、カルテが残っているか分からない。本人は手続きの書類を前にすると気持ちが沈み、なかなか進められない。',
      postedDaysAgo: 121,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: '菊池圏域では、障害年金の申請に詳しい社会保険労務士に、障害者の相談支援事業所を通じて相談しました。初診の医療機関にカルテがない場合でも、お薬手帳や健康診断の記録、当時を知る人の証明などで初診日を示せることがあります。本人の負担を減らすため、病歴の聞き取りは何回かに分けて行いました。',
          daysAfter: 5,
        },
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '年金の申請には時間がかかるので、その間の生活費として生活保護の相談も並行して進めました。年金が決まった後に保護費との調整をすればよいことを伝えると、本人も申請に踏み切れました。書類は一度に進めず、面談ごとに一つずつ片付けるようにしました。',
          daysAfter: 7,
        },
      ],
    },
    {
      key: 'gifu-consultation-05',
      organizationKey: 'gifu-shigoto-kobo-popolo',
      municipalityCode: GIFU_CITY,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['CHILD_REARING', 'ECONOMIC_HARDSHIP', 'EMPLOYMENT'],
      supportsUsed: [
        { category: 'STATUTORY', description: '子どもの学習支援' },
        { category: 'INFORMAL', description: '子ども食堂' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '学習支援教室に通う中学生の母親から、仕事を増やしたいが子どもの夕食が心配だと相談がありました。学習支援、子ども食堂、母親の就労支援を、一つの世帯への支援としてつないだ例があれば教えてください。',
      narrative:
        'Ａさんは30代女性、ひとり親で、中学生と小学生の子どもがいる。上の子は学習支援教室に休まず通い、高校への進学を目指して勉強を頑張っている。Ａさんは市内の飲食店でパートをしているが、収入が少なく、正社員の仕事を探したいと考えている。ただ、夕方から夜の勤務がある仕事が多く、子どもだけで夕食をとることが心配だという。教室の帰りに、Ａさんから「家計が苦しくて塾には行かせられない」と話があり、自立相談支援の窓口にもつなぎたいと考えている。',
      postedDaysAgo: 104,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '教室から相談窓口へつなぐ時は、教室のスタッフが面談に同席して日程を決めると、お母さんも来やすかったです。夕食については、教室のある日に近くの子ども食堂に寄れるよう団体と相談し、その日に合わせて遅番の勤務を入れる形で仕事を探しました。ひとり親の資格取得の給付金も選択肢として伝えました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'gifu-kakamigahara-shakyo',
          municipalityCode: KAKAMIGAHARA,
          region: 'gifu',
          text: '高校進学を目指しているなら、進学にかかる費用の見通しを早めに立てておくと安心です。生活福祉資金の教育支援資金や、高校生への給付型の奨学金の情報を、家計の相談と一緒に伝えました。お母さんが正社員を目指す時期と、子どもの受験の時期が重ならないよう、一緒に計画を立てました。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'gifu-consultation-06',
      organizationKey: 'gifu-kakamigahara-shakyo',
      municipalityCode: KAKAMIGAHARA,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['ARREARS', 'ECONOMIC_HARDSHIP', 'HOUSEHOLD_FINANCES'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: '緊急小口資金' },
        { category: 'OWN_SUPPORT', description: '家計の見直し' },
      ],
      processStage: 'SUPPORT',
      legalBasis: 'CONSENT',
      sharingScope: 'REGION',
      question:
        '緊急小口資金の返済が始まる時期に、また家賃を滞納しそうなひとり親の方です。貸付の返済を待ってもらう相談と、収入を増やすための支援を、どのように並行して進めましたか。',
      narrative:
        'Ａさんは30代女性、小学生の子ども2人と暮らすひとり親。昨年、勤め先の業績が悪くなって勤務時間が減り、収入が落ち込んだ時期に社協の緊急小口資金を借りた。その後、勤務時間は少し戻ったが、子どもの入学や部活動の費用が重なり、来月から始まる返済が難しい。今月分の家賃もまだ払えておらず、Ａさんは「また借りるしかない」と話している。児童扶養手当を受けているが、支給月の前は生活費が足りなくなる。',
      postedDaysAgo: 90,
      answers: [
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '返済が難しい見込みなら、返済が始まる前に社協の貸付担当に償還の猶予を相談しました。家計表を添えて事情を説明すると、話がまとまりやすかったです。手当の支給月の前に足りなくなる家計は、支給月に何か月分を取り分けておくかを、封筒を使って本人と決めました。',
          daysAfter: 2,
        },
        {
          organizationKey: 'gifu-shigoto-kobo-popolo',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '入学や部活動の費用は、市町村によっては就学援助の対象になる項目があるので、学校や教育委員会に確認してみてください。子どもが学習支援教室に通うようになって、お母さんとも話す機会が増え、家計の心配ごとを早めに聞けるようになった家庭もあります。',
          daysAfter: 5,
        },
      ],
    },
    {
      key: 'gifu-consultation-07',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: MIZUHO,
      ageBand: 'THIRTIES',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['EMPLOYMENT', 'CHILD_REARING'],
      supportsUsed: [
        { category: 'OWN_SUPPORT', description: '就労の相談' },
        { category: 'OTHER_SCHEME', description: 'ひとり親の就業支援の窓口' },
      ],
      processStage: 'PLANNING',
      legalBasis: 'ANONYMISED',
      sharingScope: 'REGION',
      question:
        '正社員を目指して資格を取りたいひとり親の方で、養成の学校に通う間の生活費を心配しています。高等職業訓練促進給付金などを使って資格の取得を支えた例があれば、どんな点に気をつけたか教えてください。',
      narrative:
        'Ａさんは30代女性、未就学の子どもと二人暮らし。離婚後、派遣やパートの仕事を続けてきたが、子どもの病気で休むたびに契約を打ち切られることが続いた。以前から介護の仕事に関心があり、資格を取って正社員として働きたいと考えている。ただ、養成の学校に通う間の生活費の見通しが立たず、「途中でやめることになったら借金だけが残る」と迷っている。近くに住む実家の母が、子どもの送り迎えを手伝ってくれる。',
      postedDaysAgo: 74,
      answers: [
        {
          organizationKey: 'gifu-kakamigahara-shakyo',
          municipalityCode: KAKAMIGAHARA,
          region: 'gifu',
          text: '高等職業訓練促進給付金は、事前の相談や申請の時期が決まっているので、ひとり親の相談を受けている母子・父子自立支援員と早めに面談の場をつくりました。給付金と児童扶養手当で暮らす場合の家計を試算し、足りない分は母子父子寡婦福祉資金の貸付も含めて検討しました。',
          daysAfter: 3,
        },
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '途中でやめる不安が強い方には、まず短期の研修で介護の仕事を体験してもらいました。実習先で働き続けられそうだと本人が感じてから、長い課程に進む決心がついた方がいます。子どもの病気の時の預け先として、病児保育やファミリー・サポート・センターも一緒に登録しておきました。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'gifu-consultation-08',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: GIFU_CITY,
      ageBand: 'TEENS',
      sex: 'FEMALE',
      household: 'SINGLE_PARENT',
      issueCategories: ['CARE', 'SCHOOL_ABSENCE', 'CHILD_REARING'],
      supportsUsed: [
        { category: 'OTHER_SCHEME', description: 'スクールソーシャルワーカーとの連携' },
        { category: 'STATUTORY', description: '弟の学習支援' },
      ],
      processStage: 'SUPPORT_MEETING',
      legalBasis: 'SUPPORT_MEETING',
      sharingScope: 'MUNICIPALITY',
      question:
        '母親の病気のため、高校生の子が家事ときょうだいの世話を担っている世帯です。母親が支援を受け入れていないため、支援会議で情報を共有しています。本人の負担を減らすために、学校や学習支援とどのように役割を分けて関わりましたか。',
      narrative:
        'Ａさんは10代女性の高校生で、母と小学生の弟との三人暮らし。母は心身の不調で寝込む日が多く、Ａさんが食事の支度や弟の世話をしている。欠席や遅刻が増えたことに学校が気づき、スクールソーシャルワーカーを通じて相談があった。母は「家のことは家でやる」と話し、福祉の支援を受けることを拒んでいる。世帯の収入は児童扶養手当と母の短時間のパートで、家計も苦しい。弟は学習支援教室に通っている。Ａさんは「進学したいけれど、家を空けられない」と話している。母の同意が得られないため、市の支援会議で関係機関が情報を共有している。',
      postedDaysAgo: 58,
      answers: [],
    },
    {
      key: 'gifu-consultation-09',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: SEKI,
      ageBand: 'FIFTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['HOUSING', 'ECONOMIC_HARDSHIP'],
      supportsUsed: [{ category: 'OWN_SUPPORT', description: '不動産業者への相談への同行' }],
      processStage: 'CONSULTATION',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '借家の取り壊しで立ち退きを求められている方で、保証人がおらず、次の部屋の入居審査が通りません。居住支援法人や公営住宅など、他の地域ではどのようなつなぎ先がありますか。',
      narrative:
        'Ａさんは50代男性、単身。古い借家に長く住んできたが、持ち主が建物を取り壊すことになり、半年以内に出るよう求められた。非正規の仕事で収入は安定せず、保証人になってくれる親族もいない。いくつかの不動産業者に相談したが、年齢と収入を理由に入居審査が通らなかった。立ち退きに伴う費用の話は出ておらず、本人は持ち主と話すことに気後れしている。公営住宅への申し込みも考えているが、募集の時期が合わない。',
      postedDaysAgo: 35,
      answers: [
        {
          organizationKey: 'kikuchi-kikuaikai',
          municipalityCode: KIKUCHI,
          region: 'kikuchi',
          text: 'こちらでは、県の居住支援法人に相談し、家賃の債務保証を引き受けてもらえる物件を紹介してもらいました。立ち退きについては、法テラスで弁護士に相談し、持ち主との話し合いに支援員が同席したことで、転居費用の一部を持ち主が負担してくれた例があります。本人だけで交渉させないことが大事だと思います。',
          daysAfter: 4,
        },
        {
          organizationKey: 'gifu-gifu-npo-center',
          municipalityCode: GIFU_CITY,
          region: 'gifu',
          text: '住宅確保要配慮者の入居を拒まない賃貸住宅として登録されている物件を、県や市の住宅の担当に確認して探しました。公営住宅は、立ち退きのように住まいを失う事情がある場合、募集の時期以外でも相談に乗ってもらえることがあるので、早めに問い合わせるとよいです。',
          daysAfter: 6,
        },
      ],
    },
    {
      key: 'gifu-consultation-10',
      organizationKey: 'gifu-gifu-npo-center',
      municipalityCode: NAKATSUGAWA,
      ageBand: 'FORTIES',
      sex: 'MALE',
      household: 'SINGLE',
      issueCategories: ['EMPLOYMENT', 'ECONOMIC_HARDSHIP', 'ARREARS'],
      supportsUsed: [
        { category: 'OWN_SUPPORT', description: '訪問と面談' },
        { category: 'OTHER_SCHEME', description: '地域包括支援センターからの紹介' },
      ],
      processStage: 'CONSULTATION',
      legalBasis: 'ANONYMISED',
      sharingScope: 'NETWORK',
      question:
        '母の介護のために仕事を辞め、母を看取った後に収入も仕事もなくなった方です。長い離職期間がある方の再就職を、気持ちの回復と合わせてどのように支えましたか。',
      narrative:
        'Ａさんは40代男性、単身。30代の半ばに母の介護のため仕事を辞め、母の年金で二人で暮らしてきた。昨年の冬に母が亡くなり、年金がなくなったことで収入が途絶えた。持ち家の実家に住んでいるため家賃はかからないが、固定資産税や光熱水費の支払いが滞り始めている。10年近く働いていないことから、本人は「今さら雇ってくれるところはない」と話し、日中も家にこもりがちになっている。母の介護の頃に関わっていた地域包括支援センターの職員が心配して、相談窓口につないだ。',
      postedDaysAgo: 4,
      answers: [],
    },
  ],
  // About one new consultation a month per 5,000 residents (area populations 002:L8407-8456); the smallest villages 0.
  monthlyNewConsultations: {
    [GIFU_CITY]: 80,
    [OGAKI]: 31,
    [TAKAYAMA]: 17,
    [TAJIMI]: 21,
    [SEKI]: 17,
    [NAKATSUGAWA]: 15,
    '212075': 4, // 美濃市
    '212083': 7, // 瑞浪市
    '212091': 13, // 羽島市
    '212105': 9, // 恵那市
    '212113': 11, // 美濃加茂市
    '212121': 11, // 土岐市
    [KAKAMIGAHARA]: 29,
    [KANI]: 20,
    '212156': 5, // 山県市
    [MIZUHO]: 11,
    '212172': 5, // 飛騨市
    '212181': 7, // 本巣市
    '212199': 8, // 郡上市
    '212202': 6, // 下呂市
    '212211': 7, // 海津市
    '213021': 5, // 岐南町
    '213039': 4, // 笠松町
    '213411': 5, // 養老町
    '213616': 5, // 垂井町
    '213624': 1, // 関ケ原町
    '213811': 4, // 神戸町
    '213829': 2, // 輪之内町
    '213837': 3, // 安八町
    '214019': 4, // 揖斐川町
    '214035': 4, // 大野町
    '214043': 5, // 池田町
    '214213': 4, // 北方町
    '215015': 2, // 坂祝町
    '215023': 1, // 富加町
    '215031': 2, // 川辺町
    '215040': 1, // 七宗町
    '215058': 2, // 八百津町
    '215066': 1, // 白川町
    '215074': 0, // 東白川村
    '215210': 4, // 御嵩町
    '216046': 0, // 白川村
  },
};
