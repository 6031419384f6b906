// The 仲裁调解书 from a stored case for `npm run export:samples`: a worker's wage and compensation claims run through the
// real steps (受理, 简易处理, a sole arbitrator with the clerk — export-award.ts), then 制作调解书 with the agreed items,
// the payment term and the tribunal's findings, dated on working days the engine accepts (调解仲裁法 Art. 42); each
// party's receipt recorded and its 送达回证 made from the store, 登记调解书生效, 结案 on approval, and the file's cover and index.
import type { DocumentRecord } from '../../shared/contract/documents';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../../tests/fixtures/images';
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
  // Each party signs its receipt (the last signature makes it effective), then 结案 on the leader's approval and 归档.
  const listed = await wang.call('services.list', { caseFileId });
  const me = (await wang.call('staff.list', {})).find((s) => s.name === '王芳')!.id;
  const receipts: DocumentRecord[] = [];
  for (const r of listed.recipients) {
    const employer = r.name !== '平措';
    await wang.call('services.record', {
      documentId: papers[0]!.id,
      proceedingId,
      recipientId: r.recipientId,
      method: 'direct',
      // The core's clock stands at the signing day's 10:00, when the paper was issued: signed for on the spot.
      servedAt: instantOf(signDay, '10:00'),
      receivedBy: employer ? '刘志强' : r.name,
      relation: employer ? 'legalRep' : 'self',
      servedBy: me,
      witnesses: [],
      proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    receipts.push(await wang.call('services.receipt', { documentId: papers[0]!.id, recipientId: r.recipientId }));
  }
  await act('settle', { date: day(-4), amountFen: 3_500_000, note: null });
  await act('close', { date: signDay, method: 'mediation', result: 'workerWon', cause: 'wages', claimedFen: 5_400_000, resolvedFen: 3_500_000, note: null });
  const leader = await as('李强');
  const pending = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!.pendingApproval!;
  await leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意结案', date: signDay, expectedRowVersion: pending.rowVersion });
  const index = await wang.call('documents.generate', { request: { kind: 'fileIndex', proceedingId }, caseFileId });
  const cover = await wang.call('documents.generate', { request: { kind: 'fileCover', proceedingId }, caseFileId });
  return [
    [wang, '仲裁调解书（从案卷制作）', papers],
    [wang, '送达回证（从案卷制作，已送达）', receipts],
    [wang, '案卷封面', cover],
    [wang, '卷内目录', index],
  ];
}
