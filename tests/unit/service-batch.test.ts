// 批量登记送达's pure parts: an item named in a refusal (document, 文号, 案号 when it differs, recipient), a repeated
// item, one item's refusal as the batch's (shared facts keep their field, an item's own go to the list), and the
// checklist the dialog offers: one choice per party across a 系列案's cases, its papers grouped by case.
import { describe, expect, it } from 'vitest';
import { batchItemLabel, batchRefusal, repeatedItem } from '../../shared/domain/service-batch';
import { batchRecipients } from '../../renderer/src/features/services/batch-items';
import type { FileServices } from '../../shared/contract/services';

const NO = (n: number) => `日喀则市劳人仲案字〔2026〕第${n}号`;

describe('batch items and refusals', () => {
  it('names an item by its document, its 文号, the 案号 when it differs, and the recipient', () => {
    expect(batchItemLabel({ title: '开庭通知书', number: NO(3) }, NO(3), '日喀则市华建建筑工程有限公司')).toBe(`“开庭通知书（${NO(3)}），送达日喀则市华建建筑工程有限公司”`);
    expect(batchItemLabel({ title: '受理通知书', number: '日劳人仲受字〔2026〕第8号' }, NO(4), '扎西')).toBe(`“受理通知书（日劳人仲受字〔2026〕第8号），${NO(4)}，送达扎西”`);
    expect(batchItemLabel({ title: '应诉通知书', number: null }, null, null)).toBe('“应诉通知书，送达所选受送达人”');
    expect(batchItemLabel(null, null, '扎西')).toBe('“所选文书，送达扎西”');
  });

  it('finds the first item that repeats an earlier one', () => {
    expect(repeatedItem([{ documentId: 'd1', recipientId: 'r1' }, { documentId: 'd1', recipientId: 'r2' }, { documentId: 'd2', recipientId: 'r1' }])).toBe(-1);
    expect(repeatedItem([{ documentId: 'd1', recipientId: 'r1' }, { documentId: 'd2', recipientId: 'r1' }, { documentId: 'd1', recipientId: 'r1' }])).toBe(2);
  });

  it('turns one item’s refusal into the batch’s, naming the item', () => {
    const label = '“开庭通知书（X），送达甲公司”';
    expect(batchRefusal(2, label, { code: 'CONFLICT', message: '该文书已于 2026-11-26 向甲公司送达', fields: null })).toEqual({
      code: 'CONFLICT',
      message: `第3份${label}：该文书已于 2026-11-26 向甲公司送达`,
      fields: { items: `第3份${label}：该文书已于 2026-11-26 向甲公司送达` },
    });
    expect(batchRefusal(0, label, { code: 'VALIDATION', message: '填写有误：…', fields: { servedAt: '送达时间不能早于文书制作时间', recipientId: '受送达人不是这一程序的当事人', awardFinality: '请选择' } })).toEqual({
      code: 'VALIDATION',
      message: `第1份${label}：送达时间不能早于文书制作时间；受送达人不是这一程序的当事人；请选择`,
      fields: { servedAt: `第1份${label}：送达时间不能早于文书制作时间`, items: `第1份${label}：受送达人不是这一程序的当事人；请选择` },
    });
  });
});

describe('the checklist of 批量登记送达', () => {
  const rec = (proceedingId: string, recipientId: string, name: string, partyKey: string, n: number, applicants: string) => ({
    proceedingId, proceedingLabel: '劳动人事争议仲裁', recipientId, name, role: partyKey === 'pa1' ? '被申请人' : '申请人', caseNumber: NO(n), applicants, partyKey,
  });
  const doc = (documentId: string, title: string, number: string, unserved: { proceedingId: string; recipientId: string; name: string }[]) => ({
    documentId, kind: 'hearingNotice' as const, title, number, issuedAt: 0, unserved, services: [],
  });
  const file: FileServices = {
    caseFileId: 'cf1',
    mayAct: true,
    publicNoticeDays: 30,
    recipients: [rec('p10', 'e10', '甲公司', 'pa1', 10, '次仁'), rec('p2', 'e2', '甲公司', 'pa1', 2, '扎西'), rec('p2', 'w2', '扎西', 'pe2', 2, '扎西')],
    documents: [
      doc('n10', '开庭通知书', NO(10), [{ proceedingId: 'p10', recipientId: 'e10', name: '甲公司' }]),
      doc('n2e', '开庭通知书', NO(2), [{ proceedingId: 'p2', recipientId: 'e2', name: '甲公司' }]),
      doc('n2w', '开庭通知书', NO(2), [{ proceedingId: 'p2', recipientId: 'w2', name: '扎西' }]),
      doc('served', '受理通知书', 'X', []),
    ],
  };

  it('offers the employer once across the cases, its papers by case in 案号 order (第2号 before 第10号), then each worker', () => {
    const r = batchRecipients(file);
    expect(r.map((x) => [x.name, x.count])).toEqual([['甲公司', 2], ['扎西', 1]]);
    expect(r[0]!.cases.map((c) => [c.caseNumber, c.applicants, c.items.map((i) => [i.documentId, i.recipientId])])).toEqual([
      [NO(2), '扎西', [['n2e', 'e2']]],
      [NO(10), '次仁', [['n10', 'e10']]],
    ]);
  });
});
