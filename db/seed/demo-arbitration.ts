// The demo arbitration cases: workers of a 系列案 before the 日喀则市 committee, used by `npm run export:samples`
// and as the tests' fixture (tests/fixtures/arbitration-case.ts). Every date is counted by the deadline engine from
// an anchor day — the day the hearing notice is issued — so the papers are lawful on the engine's own rules: the
// acceptance within five days of receipt, the application's copy served with the hearing notice within five days of
// acceptance, the hearing after the defence period and at least five days after the notice is served, the award
// within 45 days. Every name, number and address is made up; the ID numbers and credit code pass their checks.
import { addDays, addMonths, DEFAULT_CALENDAR, dayKind, isWorkingDay, type HolidayCalendar } from '../../shared/domain/calendar';
import type { DeadlineSettings } from '../../shared/domain/deadline-rules';
import { computeDeadline } from '../../shared/domain/deadlines';
import { hearingWindow } from '../../shared/domain/hearing-date';
import type { ArbitrationCase, PersonParty, ServiceReceipt } from '../../shared/domain/documents/model';

/**
 * Demo data, not the region's real figure: a monthly minimum wage of ¥2,100, so 12 months is ¥25,200 and the
 * overtime award of ¥26,000 is over it (non-final) while the wages, compensation and social-insurance items are final.
 */
export const DEMO_MONTHLY_MINIMUM_WAGE_FEN = 210_000;

export interface DemoCaseOptions {
  calendar?: HolidayCalendar;
  settings?: DeadlineSettings;
  /** Which worker (0: 扎西, case No. 12; 1: 次仁, an earlier case, No. 5); each has his own case number. */
  worker?: 0 | 1;
}

const WORKERS: (PersonParty & { caseNo: number })[] = [
  {
    caseNo: 12,
    name: '扎西',
    sex: 'M',
    ethnicity: '藏族',
    birthDate: '1985-03-12',
    idNumber: '540202198503120019',
    address: '西藏自治区日喀则市桑珠孜区城南街道德勒社区3组',
    phone: '13908920123',
  },
  {
    caseNo: 5,
    name: '次仁',
    sex: 'M',
    ethnicity: '藏族',
    birthDate: '1990-01-01',
    idNumber: '540202199001010017',
    address: '西藏自治区日喀则市桑珠孜区东城街道扎德社区5组',
    phone: '13908920456',
  },
];

/** `n` working days after (or, negative, before) `date`. */
function workingDaysFrom(cal: HolidayCalendar, date: string, n: number): string {
  let d = date;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, n > 0 ? 1 : -1);
    if (isWorkingDay(cal, d)) left--;
  }
  return d;
}

/** The `n`th ordinary weekday (Monday–Friday, not a holiday) after `date`: hearings and awards are not set on make-up Saturdays. */
function weekdaysAfter(cal: HolidayCalendar, date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (dayKind(cal, d) === 'workday') left--;
  }
  return d;
}

/** The last working day on or before `date` (the day a bureau could sign). */
export function lastWorkingDay(date: string, cal: HolidayCalendar = DEFAULT_CALENDAR): string {
  let d = date;
  while (!isWorkingDay(cal, d)) d = addDays(d, -1);
  return d;
}

const monthOf = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月`;
const fromTo = (a: string, b: string) => (a.slice(0, 4) === b.slice(0, 4) ? `${monthOf(a)}至${Number(b.slice(5, 7))}月` : `${monthOf(a)}至${monthOf(b)}`);

/**
 * One worker's case as it stands on `noticeDay`, the day its hearing notice is issued: received two working days
 * before, accepted that day; the application's copy goes out with the hearing notice (not yet served); the evidence
 * period ends with the defence period; the hearing is the fifth weekday after it; the award seven weekdays later.
 */
export function demoArbitrationCase(noticeDay: string, options: DemoCaseOptions = {}): ArbitrationCase {
  const cal = options.calendar ?? DEFAULT_CALENDAR;
  const settings = options.settings ?? {};
  const { caseNo, ...applicant } = WORKERS[options.worker ?? 0];
  const accepted = noticeDay;
  const received = workingDaysFrom(cal, accepted, -2);
  const window = hearingWindow(noticeDay, null, { calendar: cal, settings });
  const hearing = weekdaysAfter(cal, addDays(window.earliest, -1), 5);
  const awardDue = computeDeadline({ rule: 'arbitration.award', start: accepted, calendar: cal, settings }).due;
  let awarded = weekdaysAfter(cal, hearing, 7);
  while (awarded > awardDue) awarded = addDays(awarded, -1);

  // The employment: a year to the end of the month before the application; the last three months unpaid.
  const firstOfMonth = `${received.slice(0, 7)}-01`;
  const left = addDays(firstOfMonth, -1);
  const started = addMonths(firstOfMonth, -12);
  const unpaidFrom = addMonths(firstOfMonth, -3);
  const unpaid = fromTo(unpaidFrom, left);
  const employed = fromTo(started, left);
  const leftText = `${monthOf(left)}${Number(left.slice(8))}日`;

  return {
    committee: {
      name: '日喀则市劳动人事争议仲裁委员会',
      address: '日喀则市桑珠孜区珠峰路16号',
      phone: '0892-8826123',
      intermediateCourt: '日喀则市中级人民法院',
      court: '日喀则市桑珠孜区人民法院',
    },
    caseNumber: `日劳人仲案字〔${accepted.slice(0, 4)}〕第${caseNo}号`,
    cause: '劳动报酬争议',
    applicants: [applicant],
    respondents: [
      {
        name: '日喀则市雪域建筑工程有限公司',
        creditCode: '91540202MA6T1X2K63',
        address: '日喀则市桑珠孜区山东大道北段88号',
        legalRep: { name: '陈建华', title: '总经理' },
        phone: '0892-8830456',
      },
    ],
    applicationDate: received,
    acceptedDate: accepted,
    applicationServedOn: null,
    evidenceDeadline: window.defenceEnds,
    claims: [
      { text: `请求裁决被申请人支付申请人${unpaid}工资`, category: 'wages', amountFen: 1_280_000 },
      { text: '请求裁决被申请人支付申请人解除劳动合同的经济补偿金', category: 'compensation', amountFen: 640_000 },
      { text: `请求裁决被申请人支付申请人${employed}延长工作时间的加班费`, category: 'wages', amountFen: 3_000_000 },
      { text: `请求裁决被申请人为申请人办理${employed}的社会保险登记并缴纳社会保险费`, category: 'standards', amountFen: null },
      { text: '请求裁决被申请人向申请人赔礼道歉', category: 'other', amountFen: null },
    ],
    tribunal: { chief: '王芳', members: ['李明', '次旦'], clerk: '央金' },
    hearing: { date: hearing, time: '09:30', room: '第一仲裁庭', address: '日喀则市桑珠孜区珠峰路16号' },
    facts: [
      `申请人于${monthOf(started)}1日入职被申请人，在被申请人承建的日喀则市桑珠孜区幸福家园安置房项目从事钢筋工工作，双方未签订书面劳动合同，约定月工资6,400元。被申请人已支付申请人${unpaid}工资6,400元，尚欠12,800元。`,
      `${leftText}，申请人以被申请人未及时足额支付劳动报酬为由书面通知被申请人解除劳动合同。申请人在职期间每日工作10小时，每月工作26日，被申请人未支付延长工作时间的加班费，亦未为申请人办理社会保险登记。`,
      '同一项目的另外11名劳动者就同一事由分别申请仲裁，本委另案处理。',
    ],
    reasons: [
      `用人单位应当按照劳动合同约定和国家规定，及时足额支付劳动报酬。被申请人未足额支付申请人${unpaid}工资，应予补足12,800元。`,
      '被申请人未及时足额支付劳动报酬，申请人据此解除劳动合同，被申请人应当支付经济补偿。申请人在被申请人处工作满一年，经济补偿为一个月工资6,400元。',
      '根据考勤记录和工友证言，申请人延长工作时间的事实成立。经核算，被申请人应支付申请人加班费26,000元，申请人超出部分的请求，本委不予支持。',
      '为劳动者办理社会保险登记、缴纳社会保险费是用人单位的法定义务，申请人的该项请求应予支持。申请人要求赔礼道歉的请求，没有法律依据，本委不予支持。',
    ],
    award: {
      date: awarded,
      items: [
        { text: `被申请人支付申请人${unpaid}工资`, category: 'wages', amountFen: 1_280_000 },
        { text: '被申请人支付申请人解除劳动合同的经济补偿金', category: 'compensation', amountFen: 640_000 },
        { text: `被申请人支付申请人${employed}延长工作时间的加班费`, category: 'wages', amountFen: 2_600_000 },
        { text: `被申请人为申请人办理${employed}的社会保险登记并依法缴纳社会保险费`, category: 'standards', amountFen: null },
      ],
      rejectOthers: true,
      basis: ['《中华人民共和国劳动合同法》第三十条、第三十一条、第三十八条、第四十六条、第四十七条', '《中华人民共和国社会保险法》第五十八条'],
    },
    monthlyMinimumWageFen: DEMO_MONTHLY_MINIMUM_WAGE_FEN,
  };
}

/**
 * The cases the samples are made from, as of `today`: one whose hearing notice is issued on the last working day
 * (with its 受理通知书 and 送达回证), and another worker's whose award is dated on or before that day — each paper
 * dated no later than the day a bureau could sign it.
 */
export function demoSampleCases(today: string, options: Omit<DemoCaseOptions, 'worker'> = {}): { pending: ArbitrationCase; awarded: ArbitrationCase } {
  const cal = options.calendar ?? DEFAULT_CALENDAR;
  const signDay = lastWorkingDay(today, cal);
  let anchor = workingDaysFrom(cal, signDay, -20);
  // Step back until the other case's award is dated on or before the signing day.
  while (demoArbitrationCase(anchor, { ...options, worker: 1 }).award!.date > signDay) anchor = workingDaysFrom(cal, anchor, -1);
  return { pending: demoArbitrationCase(signDay, options), awarded: demoArbitrationCase(anchor, { ...options, worker: 1 }) };
}

/** Serving the application's copy and the notices on the respondent, together, within five days of acceptance. */
export function demoServiceReceipt(c: ArbitrationCase): ServiceReceipt {
  return {
    caseNumber: c.caseNumber,
    cause: c.cause,
    organ: c.committee.name,
    recipient: c.respondents[0].name,
    address: c.respondents[0].address,
    documents: ['仲裁申请书副本', '应诉通知书', '举证通知书', '开庭通知书'],
    method: 'direct',
    issuer: c.tribunal.chief,
    server: c.tribunal.clerk,
  };
}
