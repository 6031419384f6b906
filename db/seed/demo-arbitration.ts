// The demo arbitration case: one worker's case of a 系列案 before the 日喀则市 committee, used by the demo data's
// documents and by `npm run export:samples`, and as the tests' fixture (tests/fixtures/arbitration-case.ts).
// Every name, number and address is made up; the ID number and credit code pass their check digits.
import type { ArbitrationCase, ServiceReceipt } from '../../shared/domain/documents/model';

/**
 * Demo data, not the region's real figure: a monthly minimum wage of ¥2,100, so 12 months is ¥25,200 and the
 * overtime award of ¥26,000 is over it (non-final) while the wages, compensation and social-insurance items are final.
 */
export const DEMO_MONTHLY_MINIMUM_WAGE_FEN = 210_000;

export const DEMO_ARBITRATION_CASE: ArbitrationCase = {
  committee: {
    name: '日喀则市劳动人事争议仲裁委员会',
    address: '日喀则市桑珠孜区珠峰路16号',
    phone: '0892-8826123',
    intermediateCourt: '日喀则市中级人民法院',
    court: '日喀则市桑珠孜区人民法院',
  },
  caseNumber: '日劳人仲案字〔2026〕第12号',
  cause: '劳动报酬争议',
  applicants: [
    {
      name: '扎西',
      sex: 'M',
      ethnicity: '藏族',
      birthDate: '1985-03-12',
      idNumber: '540202198503120019',
      address: '西藏自治区日喀则市桑珠孜区城南街道德勒社区3组',
      phone: '13908920123',
    },
  ],
  respondents: [
    {
      name: '日喀则市雪域建筑工程有限公司',
      creditCode: '91540202MA6T1X2K63',
      address: '日喀则市桑珠孜区山东大道北段88号',
      legalRep: { name: '陈建华', title: '总经理' },
      phone: '0892-8830456',
    },
  ],
  applicationDate: '2026-11-20',
  acceptedDate: '2026-11-24',
  claims: [
    { text: '请求裁决被申请人支付申请人2026年8月至10月工资', category: 'wages', amountFen: 1_280_000 },
    { text: '请求裁决被申请人支付申请人解除劳动合同的经济补偿金', category: 'compensation', amountFen: 640_000 },
    { text: '请求裁决被申请人支付申请人2025年11月至2026年10月延长工作时间的加班费', category: 'wages', amountFen: 3_000_000 },
    { text: '请求裁决被申请人为申请人办理2025年11月至2026年10月的社会保险登记并缴纳社会保险费', category: 'standards', amountFen: null },
    { text: '请求裁决被申请人向申请人赔礼道歉', category: 'other', amountFen: null },
  ],
  tribunal: { chief: '王芳', members: ['李明', '次旦'], clerk: '央金' },
  hearing: { date: '2026-12-10', time: '09:30', room: '第一仲裁庭', address: '日喀则市桑珠孜区珠峰路16号' },
  facts: [
    '申请人于2025年11月1日入职被申请人，在被申请人承建的日喀则市桑珠孜区幸福家园安置房项目从事钢筋工工作，双方未签订书面劳动合同，约定月工资6,400元。被申请人已支付申请人2026年8月至10月工资6,400元，尚欠12,800元。',
    '2026年10月31日，申请人以被申请人未及时足额支付劳动报酬为由书面通知被申请人解除劳动合同。申请人在职期间每日工作10小时，每月工作26日，被申请人未支付延长工作时间的加班费，亦未为申请人办理社会保险登记。',
    '同一项目的另外11名劳动者就同一事由分别申请仲裁，本委另案处理。',
  ],
  reasons: [
    '用人单位应当按照劳动合同约定和国家规定，及时足额支付劳动报酬。被申请人未足额支付申请人2026年8月至10月工资，应予补足12,800元。',
    '被申请人未及时足额支付劳动报酬，申请人据此解除劳动合同，被申请人应当支付经济补偿。申请人在被申请人处工作满一年，经济补偿为一个月工资6,400元。',
    '根据考勤记录和工友证言，申请人延长工作时间的事实成立。经核算，被申请人应支付申请人加班费26,000元，申请人超出部分的请求，本委不予支持。',
    '为劳动者办理社会保险登记、缴纳社会保险费是用人单位的法定义务，申请人的该项请求应予支持。申请人要求赔礼道歉的请求，没有法律依据，本委不予支持。',
  ],
  award: {
    date: '2026-12-28',
    items: [
      { text: '被申请人支付申请人2026年8月至10月工资', category: 'wages', amountFen: 1_280_000 },
      { text: '被申请人支付申请人解除劳动合同的经济补偿金', category: 'compensation', amountFen: 640_000 },
      { text: '被申请人支付申请人2025年11月至2026年10月延长工作时间的加班费', category: 'wages', amountFen: 2_600_000 },
      { text: '被申请人为申请人办理2025年11月至2026年10月的社会保险登记并依法缴纳社会保险费', category: 'standards', amountFen: null },
    ],
    rejectOthers: true,
    basis: ['《中华人民共和国劳动合同法》第三十条、第三十一条、第三十八条、第四十六条、第四十七条', '《中华人民共和国社会保险法》第五十八条'],
  },
  monthlyMinimumWageFen: DEMO_MONTHLY_MINIMUM_WAGE_FEN,
};

/** Serving the hearing notice and the application's copy on the respondent. */
export const DEMO_SERVICE_RECEIPT: ServiceReceipt = {
  caseNumber: DEMO_ARBITRATION_CASE.caseNumber,
  cause: DEMO_ARBITRATION_CASE.cause,
  organ: DEMO_ARBITRATION_CASE.committee.name,
  recipient: '日喀则市雪域建筑工程有限公司',
  address: '日喀则市桑珠孜区山东大道北段88号',
  documents: ['仲裁申请书副本', '应诉通知书', '举证通知书', '开庭通知书'],
  method: 'direct',
  issuer: '王芳',
  server: '央金',
};
