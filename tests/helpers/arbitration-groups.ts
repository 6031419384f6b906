// A group application as the clerk enters it: n workers against one employer, each with their particulars and one
// wage claim, ready to go on as a 系列案 or as a collective case.
import type { ApplicationSaveInput, ArbitrationApplication } from '../../shared/contract/arbitration';
import { applicationFile, residentId } from './arbitration-application';
import type { TestCore } from './core';

export const WORKER_NAMES = ['扎西', '次仁', '达瓦', '尼玛', '格桑', '旺堆', '普琼', '拉巴', '边巴', '多吉', '卓嘎', '央宗'];

export const groupWorkers = (n: number) => WORKER_NAMES.slice(0, n).map((name, i) => ({ name, idNumber: residentId(`54020219900501${String(101 + i).padStart(3, '0')}`) }));

/** Every applicant's particulars and one wage claim each (worker k claims k × 1 000 元). */
export function groupApplication(a: ArbitrationApplication): ApplicationSaveInput {
  const employer = a.respondents[0]!;
  return {
    proceedingId: a.proceedingId,
    expectedRowVersion: a.rowVersion,
    form: 'written',
    factsAndReasons: '申请人均于2025年3月入职被申请人处从事钢筋工，被申请人拖欠2026年8月至10月工资，经多次催要未果。',
    evidence: '1. 考勤表；2. 工资欠条（被申请人项目部出具）',
    witnesses: null,
    knownOn: '2026-08-15',
    employmentEndedOn: '2026-10-31',
    parties: [
      ...a.applicants.map((x) => ({ id: x.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: x.phone ?? '13908921200' })),
      { id: employer.id, address: employer.address, mailingAddress: '日喀则市桑珠孜区山东大道88号', phone: '0892-8826000' },
    ],
    claims: a.applicants.map((x, k) => ({ applicantId: x.id, category: 'wages' as const, request: '支付2026年8月至10月工资', amountFen: (k + 1) * 100_000, basis: '工资欠条' })),
  };
}

/** A file of n workers with the application saved. */
export async function groupFile(t: TestCore, n: number, opts: { leader?: string } = {}) {
  const f = await applicationFile(t, { workers: groupWorkers(n), ...opts });
  await f.arbitrator.call('arbitration.saveApplication', groupApplication(await f.application()));
  const group = (proceedingId = f.proceedingId) => f.arbitrator.call('arbitration.group', { proceedingId });
  return { ...f, group };
}
