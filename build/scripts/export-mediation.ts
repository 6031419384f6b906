// The 仲裁调解书 from a stored case for `npm run export:samples`: a worker's wage and compensation claims run through the
// real steps (受理, 简易处理, a sole arbitrator with the clerk — export-award.ts), then 制作调解书 with the agreed items,
// the payment term and the tribunal's findings, dated on working days the engine accepts (调解仲裁法 Art. 42).
import type { DocumentRecord } from '../../shared/contract/documents';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { composedSampleCase } from './export-award';

export async function mediationSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const { wang, act, proceedingId, caseFileId, day } = await composedSampleCase(core, as, signDay, { worker: '平措', employer: '日喀则市圣城物业服务有限公司', id17: '54020219910302001' });
  await act('mediate', {
    date: day(-4),
    claimant: '平措',
    wagesFen: 2_000_000,
    overtimeFen: 0,
    compensationFen: 1_500_000,
    damagesFen: 0,
    otherFen: 0,
    payBy: day(10),
    payMethod: '银行转账至申请人本人账户',
    findings: '申请人于2024年4月入职被申请人处工作，月工资6,000元。被申请人未支付申请人2026年5月至8月工资；2026年8月31日被申请人解除劳动合同，未支付经济补偿。',
    otherTerms: ['被申请人按期足额支付上述款项后，双方劳动关系已于2026年8月31日解除，再无其他劳动争议'],
  });
  const papers = await wang.call('documents.generate', { request: { kind: 'mediationPaper', proceedingId }, caseFileId });
  return [[wang, '仲裁调解书（从案卷制作）', papers]];
}
