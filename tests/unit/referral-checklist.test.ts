import { describe, expect, it } from 'vitest';
import { blacklistChecklist, policeReferralChecklist, unmetProblem, type ChecklistFacts, type WorkerOwed } from '../../shared/domain/referral-checklist';

const workers = (n: number, fen: number): WorkerOwed[] => Array.from({ length: n }, (_, i) => ({ personId: `p${i}`, name: `工人${i + 1}`, outstandingFen: fen }));

// A file that meets every item: served, deadline passed, 12 workers owed ¥4,000 each (¥48,000 ≥ ¥30,000), evasion recorded.
const full: ChecklistFacts = {
  today: '2026-06-20',
  order: { issuedOn: '2026-06-01', deadline: '2026-06-15', servedOn: '2026-06-02' },
  workers: workers(12, 400_000),
  grounds: [{ kind: 'evasion', fact: '法定代表人关机失联、公司账户资金已转出', evidenceTitle: '银行流水', personId: null, months: null }],
  singleThresholdYuan: 5_000,
  totalThresholdYuan: 30_000,
};

const ids = (f: ChecklistFacts) => policeReferralChecklist(f).filter((i) => !i.met).map((i) => i.id);

describe('police referral checklist (法释〔2013〕3号 Arts. 2–4)', () => {
  it('holds with every precondition met, and the proposal is not refused', () => {
    expect(ids(full)).toEqual([]);
    expect(unmetProblem(policeReferralChecklist(full), '提出移送公安')).toBeNull();
  });

  it('refuses without an order to pay, naming both order items', () => {
    const f = { ...full, order: null };
    expect(ids(f)).toEqual(['orderServed', 'overdueUnpaid']);
    expect(unmetProblem(policeReferralChecklist(f), '提出移送公安')).toContain('本案尚未下达限期改正（支付）指令书');
  });

  it('refuses an order not yet served (posting at the site counts once recorded)', () => {
    const f = { ...full, order: { ...full.order!, servedOn: null } };
    expect(ids(f)).toEqual(['orderServed']);
    expect(unmetProblem(policeReferralChecklist(f), '提出移送公安')).toContain('尚未登记向用人单位送达（含在其经营场所或施工现场张贴并拍照）');
  });

  it('refuses on the deadline day itself, and accepts the day after', () => {
    expect(ids({ ...full, today: '2026-06-15' })).toEqual(['overdueUnpaid']);
    expect(policeReferralChecklist({ ...full, today: '2026-06-15' })[1]!.why).toBe('指令书限期支付日期为2026-06-15，尚未届满');
    expect(ids({ ...full, today: '2026-06-16' })).toEqual([]);
  });

  it('refuses once everything is paid', () => {
    const f = { ...full, workers: workers(12, 0) };
    expect(ids(f)).toEqual(['overdueUnpaid', 'amount']);
    expect(policeReferralChecklist(f)[1]!.why).toBe('按已登记的支付，劳动者工资已全部支付，不存在拒不支付');
  });

  it('counts the total prong only with ten workers still owed and the total reached', () => {
    expect(ids({ ...full, workers: workers(9, 400_000) })).toEqual(['amount']);
    expect(ids({ ...full, workers: workers(10, 299_999) })).toEqual(['amount']);
    expect(ids({ ...full, workers: workers(10, 300_000) })).toEqual([]);
    expect(policeReferralChecklist({ ...full, workers: workers(9, 400_000) })[2]!.why).toBe(
      '未达标准：须一名劳动者被拖欠三个月以上且尚欠不少于¥5,000.00（月数须登记），或十名以上劳动者尚欠合计不少于¥30,000.00；本案9名劳动者尚欠合计¥36,000.00',
    );
  });

  it('counts one worker only when three months or more unpaid are recorded and the single amount is reached', () => {
    const one = { ...full, workers: workers(1, 500_000) };
    expect(ids(one)).toEqual(['amount']);
    const months = (m: number) => ({ kind: 'unpaidMonths' as const, fact: '自2026年1月起未发工资', evidenceTitle: '考勤表', personId: 'p0', months: m });
    expect(ids({ ...one, grounds: [...full.grounds, months(2)] })).toEqual(['amount']);
    expect(ids({ ...one, grounds: [...full.grounds, months(3)] })).toEqual([]);
    expect(ids({ ...one, workers: workers(1, 499_999), grounds: [...full.grounds, months(3)] })).toEqual(['amount']);
  });

  it('follows the province’s figure: a higher single amount refuses what the lower bound accepts', () => {
    const one = { ...full, workers: workers(1, 800_000), grounds: [...full.grounds, { kind: 'unpaidMonths' as const, fact: '四个月', evidenceTitle: null, personId: 'p0', months: 4 }] };
    expect(ids(one)).toEqual([]);
    expect(ids({ ...one, singleThresholdYuan: 10_000 })).toEqual(['amount']);
  });

  it('refuses while the region’s figures are not set', () => {
    expect(policeReferralChecklist({ ...full, totalThresholdYuan: null })[2]!.why).toBe('本地区“数额较大”的标准尚未设置，请管理员在“设置 → 参数”中录入');
  });

  it('refuses without evidence of ability to pay or of evasion; either one suffices', () => {
    expect(ids({ ...full, grounds: [] })).toEqual(['abilityOrEvasion']);
    expect(ids({ ...full, grounds: [{ kind: 'abilityToPay', fact: '项目款已足额拨付', evidenceTitle: null, personId: null, months: null }] })).toEqual([]);
    expect(ids({ ...full, grounds: [{ kind: 'groupIncident', fact: '聚集', evidenceTitle: null, personId: null, months: null }] })).toEqual(['abilityOrEvasion']);
  });

  it('lists every unmet item in the refusal, numbered, with its article', () => {
    const msg = unmetProblem(policeReferralChecklist({ ...full, order: { ...full.order!, servedOn: null }, grounds: [] }), '提出移送公安')!;
    expect(msg.startsWith('不能提出移送公安，以下条件尚不具备：1. 限期改正（支付）指令书已送达用人单位')).toBe(true);
    expect(msg).toContain('2. 有能力支付而不支付');
    expect(msg).toContain('第二条');
  });
});

describe('blacklist criteria (办法 Art. 5)', () => {
  const bl = (f: ChecklistFacts) => blacklistChecklist(f).filter((i) => !i.met).map((i) => i.id);
  const noEvasion = { ...full, grounds: [] };

  it('needs no evidence of evasion: an overdue order and the amount suffice', () => {
    expect(bl(noEvasion)).toEqual([]);
  });

  it('refuses an order not served, or not yet overdue', () => {
    expect(bl({ ...noEvasion, order: { ...full.order!, servedOn: null } })).toEqual(['orderServed']);
    expect(bl({ ...noEvasion, today: '2026-06-10' })).toEqual(['overdueUnpaid']);
  });

  it('below the amount, a recorded group incident meets Art. 5(2)', () => {
    const small = { ...noEvasion, workers: workers(3, 100_000) };
    expect(bl(small)).toEqual(['amountOrIncident']);
    expect(unmetProblem(blacklistChecklist(small), '提请列入')).toContain('也未登记因拖欠工资引发群体性事件、极端事件的事实');
    const incident = { ...small, grounds: [{ kind: 'groupIncident' as const, fact: '2026-06-18 二十余名工人聚集项目部', evidenceTitle: '现场照片', personId: null, months: null }] };
    expect(bl(incident)).toEqual([]);
    expect(blacklistChecklist(incident)[2]!.basis).toContain('第五条第二项');
  });
});
