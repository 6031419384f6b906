// The parties' evidence in an arbitration case through dispatch: refused before 受理; an item in time, and one after
// the 举证期限 the tribunal set (2026-12-10) marked 逾期提交 with its warning — not refused (办案规则 Art. 15); the
// other side's 质证意见 (a disputed aspect needs its reasons; at the version read); the party's 证据目录 printed.
import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers/core';
import { applicationFile, fullApplication } from '../helpers/arbitration-application';
import { docxText, pdfText } from '../helpers/hearing-record';
import { DAY, unchanged } from '../helpers/hearings';

describe('证据目录 per party with the other side’s 质证意见', () => {
  it('marks late evidence, records the 质证意见 and prints the list', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application()));
    const item = { proceedingId: f.proceedingId, title: '工资欠条', source: '被申请人项目部出具', purpose: '证明被申请人拖欠申请人2026年7月至10月工资24000元', copies: 1, originalSeen: true, submittedOn: '2026-11-25' };
    let listed = await f.arbitrator.call('arbitrationEvidence.list', { caseFileId: f.caseFileId });
    const zhaxi = listed.parties.find((p) => p.name === '扎西')!;
    const employer = listed.parties.find((p) => p.side === 'respondent')!;
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.add', { ...item, partyId: zhaxi.partyId })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '本案受理后才能登记当事人提交的证据' },
    });
    expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
    expect(await f.step('setEvidencePeriod', { date: '2026-11-25', until: '2026-12-10' })).toMatchObject({ ok: true });
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.add', { ...item, partyId: 'no-such-party' })).toMatchObject({ ok: false, error: { fields: { partyId: '所选当事人不是本案的当事人' } } });
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.add', { ...item, partyId: zhaxi.partyId, submittedOn: '2026-11-26' })).toMatchObject({ ok: false, error: { fields: { submittedOn: '提交日期不能晚于今天' } } });

    const inTime = await f.arbitrator.call('arbitrationEvidence.add', { ...item, partyId: zhaxi.partyId });
    expect(inTime).toMatchObject({ warning: null, item: { seq: 1, late: false, periodEnd: '2026-12-10', originalSeen: true, opinion: null } });
    t.clock.advance(17 * DAY); // 2026-12-12
    const late = await f.arbitrator.call('arbitrationEvidence.add', { ...item, partyId: zhaxi.partyId, title: '考勤表', source: null, copies: 4, originalSeen: false, submittedOn: '2026-12-12' });
    expect(late.item).toMatchObject({ seq: 2, late: true });
    expect(late.warning).toBe('该证据于 2026-12-12 提交，举证期限已于 2026-12-10 届满，已标注为“逾期提交”；请责令提交人说明逾期理由，是否采纳由仲裁庭决定（《劳动人事争议仲裁办案规则》第十五条）');

    const opinion = { id: inTime.item.id, rowVersion: inTime.item.rowVersion, authenticity: 'accepted', legality: 'accepted', relevance: 'disputed', text: null, by: '被申请人委托代理人李建国', on: '2026-12-12' } as const;
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.opinion', opinion)).toMatchObject({ ok: false, error: { fields: { text: '对关联性不认可的，请写明理由' } } });
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.opinion', { ...opinion, text: '欠条未载明款项性质', on: '2026-11-20' })).toMatchObject({ ok: false, error: { fields: { on: '质证日期不能早于证据提交日期（2026-11-25）' } } });
    const withOpinion = await f.arbitrator.call('arbitrationEvidence.opinion', { ...opinion, text: '欠条未载明款项性质' });
    expect(withOpinion.opinion).toEqual({ authenticity: 'accepted', legality: 'accepted', relevance: 'disputed', text: '欠条未载明款项性质', by: '被申请人委托代理人李建国', on: '2026-12-12' });
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.opinion', { ...opinion, text: '再次发表' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    listed = await f.arbitrator.call('arbitrationEvidence.list', { caseFileId: f.caseFileId });
    expect(listed.periodEnd).toBe('2026-12-10');
    expect(listed.parties.find((p) => p.partyId === zhaxi.partyId)!.items.map((x) => [x.title, x.late])).toEqual([['工资欠条', false], ['考勤表', true]]);
    expect(await unchanged(t, f.arbitrator, 'arbitrationEvidence.print', { proceedingId: f.proceedingId, partyId: employer.partyId })).toMatchObject({ ok: false, error: { message: expect.stringContaining('尚未提交证据') } });

    const doc = await f.arbitrator.call('arbitrationEvidence.print', { proceedingId: f.proceedingId, partyId: zhaxi.partyId });
    expect(doc).toMatchObject({ kind: 'evidenceCatalogue', title: '证据目录' });
    // The PDF is the paper (its text checked whole below); a cell's wording is read from the DOCX, where it is not
    // interleaved with its neighbours the way pdftotext reads a table.
    const text = await docxText(f.arbitrator, doc.versions[0]!.id);
    expect(await pdfText(f.arbitrator, doc.versions[0]!.id)).toContain('提交人：申请人扎西。本案举证期限至2026年12月10日届满。');
    for (const s of [
      '日喀则市劳动人事争议仲裁委员会',
      '证据目录',
      '提交人：申请人扎西。本案举证期限至2026年12月10日届满。',
      '工资欠条（被申请人项目部出具）',
      '证明被申请人拖欠申请人2026年7月至10月工资24000元',
      '已核对',
      '未见原件',
      '2026年12月12日（逾期提交）',
      '被申请人委托代理人李建国：真实性：认可；合法性：认可；关联性：不认可。欠条未载明款项性质',
      '尚未质证',
      '提交人（签名或盖章）',
    ]) {
      expect(text).toContain(s);
    }
  });
});
