// 庭审笔录 through dispatch (调解仲裁法 Art. 40): refused before the hearing is recorded as held; started from the
// hearing (time, room, tribunal, clerk, the applicants who appeared); a draft saved as typed, refused in Chinese
// when it breaks a rule (an interpreter missing, times out of order) with nothing written; 定稿 refused while
// incomplete or out of the hearing's order; afterwards read-only (the service and the trigger), corrected only by an
// appended correction with its reason; printed with every element and a signature line for each participant.
import { describe, expect, it } from 'vitest';
import { signInAs, testCore } from '../helpers/core';
import { heardCase, pdfText } from '../helpers/hearing-record';
import { unchanged } from '../helpers/hearings';
import { instantOf } from '../../shared/domain/time';

const ENTRIES = [
  { stage: 'opening', speaker: '首席仲裁员王芳', text: '现在开庭。核对当事人身份，宣布仲裁庭组成人员，告知当事人的权利和义务。' },
  { stage: 'statements', speaker: '申请人扎西', text: '请求裁决被申请人支付2026年7月至10月工资24000元。' },
  { stage: 'evidence', speaker: '被申请人委托代理人李建国', text: '对工资欠条的真实性无异议，对证明目的有异议。' },
  { stage: 'debate', speaker: '申请人扎西', text: '欠条是项目部出具的，被申请人应当支付。' },
  { stage: 'finalStatements', speaker: '申请人扎西', text: '坚持仲裁请求。' },
  { stage: 'mediation', speaker: '首席仲裁员王芳', text: '双方是否同意调解？被申请人代理人表示不同意调解。' },
] as const;

describe('庭审笔录', () => {
  it('is refused before the hearing is recorded as held', async () => {
    const t = await testCore();
    const f = await heardCase(t, false);
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.create', { hearingId: f.hearingId })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '登记该次开庭“已开庭”之后才能制作庭审笔录；延期的开庭没有庭审笔录' },
    });
  });

  it('is drafted from the hearing, checked, finalised in order, corrected by appending and printed for every signature', async () => {
    const t = await testCore();
    const f = await heardCase(t);
    // Someone off the file may not record it.
    const outsider = await signInAs(t.core, '张伟');
    expect(await unchanged(t, outsider, 'hearingTranscript.create', { hearingId: f.hearingId })).toMatchObject({ ok: false });

    let r = await f.arbitrator.call('hearingTranscript.create', { hearingId: f.hearingId });
    expect(r).toMatchObject({
      status: 'draft',
      startedAt: instantOf('2026-12-15', '09:30'),
      place: '第一仲裁庭',
      clerk: '央金',
      arbitrators: [{ name: '王芳', presiding: true }, { name: '李明', presiding: false }, { name: '罗布', presiding: false }],
      attendees: [
        { side: 'applicant', capacity: 'party', name: '扎西', party: '扎西' },
        { side: 'applicant', capacity: 'party', name: '次仁', party: '次仁' },
      ],
      entries: [],
    });
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.create', { hearingId: f.hearingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    t.clock.advance(3 * 3_600_000); // 13:00
    const fields = {
      startedAt: r.startedAt,
      endedAt: instantOf('2026-12-15', '12:00'),
      place: '第一仲裁庭',
      attendees: [...r.attendees, { side: 'respondent' as const, capacity: 'agent' as const, name: '李建国', party: '日喀则市华建建筑工程有限公司' }],
      language: 'bo' as const,
      languageOther: null,
      interpreterName: null,
      interpreterDutyTold: false,
      entries: ENTRIES.slice(0, 2).map((e) => ({ ...e })),
    };
    // Tibetan without an interpreter; an end before the start: refused at the field, nothing written.
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { interpreterName: '庭审使用藏语的，须有翻译人员；请填写翻译人员姓名' } },
    });
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields, interpreterName: '次仁', endedAt: instantOf('2026-12-15', '09:00') })).toMatchObject({
      ok: false,
      error: { fields: { endedAt: '闭庭时间应当晚于开庭时间' } },
    });
    // Saved while typing: two entries, then all six — each save at the version read; a stale version is refused.
    r = await f.arbitrator.call('hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields, interpreterName: '次仁' });
    expect(r.entries).toHaveLength(2);
    expect(r.advice[0]).toContain('调解');
    const stale = r.rowVersion - 1;
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.save', { id: r.id, rowVersion: stale, ...fields, interpreterName: '次仁' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Out of the hearing's order: 调解 before 辩论 — saved as typed, refused at 定稿.
    const swapped = [ENTRIES[0], ENTRIES[1], ENTRIES[2], ENTRIES[5], ENTRIES[3], ENTRIES[4]].map((e) => ({ ...e }));
    r = await f.arbitrator.call('hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields, interpreterName: '次仁', entries: swapped });
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.finalise', { id: r.id, rowVersion: r.rowVersion })).toMatchObject({
      ok: false,
      error: { fields: { entries: '第5条记录（辩论）排在“调解”之后；请按庭审顺序排列' } },
    });
    // The interpreter not yet told of the duty: refused at 定稿.
    r = await f.arbitrator.call('hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields, interpreterName: '次仁', entries: ENTRIES.map((e) => ({ ...e })) });
    expect(r.advice).toEqual([]);
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.finalise', { id: r.id, rowVersion: r.rowVersion })).toMatchObject({ ok: false, error: { fields: { interpreterDutyTold: expect.stringContaining('翻译人员') } } });
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.print', { id: r.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    r = await f.arbitrator.call('hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields, interpreterName: '次仁', interpreterDutyTold: true, entries: ENTRIES.map((e) => ({ ...e })) });
    r = await f.arbitrator.call('hearingTranscript.finalise', { id: r.id, rowVersion: r.rowVersion });
    expect(r).toMatchObject({ status: 'final', finalisedBy: { name: '王芳' } });

    // Read-only once final: the service refuses, and so does the database.
    expect(await unchanged(t, f.arbitrator, 'hearingTranscript.save', { id: r.id, rowVersion: r.rowVersion, ...fields, interpreterName: '次仁', interpreterDutyTold: true, entries: [] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已定稿') },
    });
    expect(() => t.core.services!.db.prepare("UPDATE hearing_transcripts SET entries = '[]' WHERE id = ?").run(r.id)).toThrow(/已定稿/);
    r = await f.arbitrator.call('hearingTranscript.correct', { id: r.id, text: '申请人陈述的入职时间应为2025年3月', reason: '申请人核对笔录时申请补正' });
    expect(r.corrections).toMatchObject([{ text: '申请人陈述的入职时间应为2025年3月', reason: '申请人核对笔录时申请补正', by: { name: '王芳' } }]);
    expect(() => t.core.services!.db.prepare('DELETE FROM hearing_transcript_corrections').run()).toThrow(/不能删除/);

    const doc = await f.arbitrator.call('hearingTranscript.print', { id: r.id });
    expect(doc).toMatchObject({ kind: 'hearingTranscript', title: '庭审笔录', number: null });
    const text = await pdfText(f.arbitrator, doc.versions[0]!.id);
    for (const s of [
      '日喀则市劳动人事争议仲裁委员会',
      '庭审笔录',
      '2026-12-1509:30至2026-12-1512:00',
      '第一仲裁庭',
      '首席仲裁员王芳，仲裁员李明，仲裁员罗布',
      '书记员央金',
      '藏语',
      '申请人扎西；申请人次仁；被申请人日喀则市华建建筑工程有限公司委托代理人李建国',
      '仲裁庭已告知翻译人员次仁应当如实、完整地翻译',
      '举证、质证',
      '被申请人委托代理人李建国：对工资欠条的真实性无异议',
      '最后陈述',
      '调解',
      '可以申请补正',
      '申请人陈述的入职时间应为2025年3月（补正理由：申请人核对笔录时申请补正）',
      '申请人扎西（签名捺印）',
      '申请人次仁（签名捺印）',
      '被申请人日喀则市华建建筑工程有限公司委托代理人李建国（签名或盖章）',
      '翻译人员次仁（签名）',
      '首席仲裁员王芳（签名）',
      '仲裁员李明（签名）',
      '仲裁员罗布（签名）',
      '书记员央金（签名）',
    ]) {
      expect(text).toContain(s);
    }
    expect(text.indexOf('当事人陈述')).toBeLessThan(text.indexOf('辩论'));
    const listed = await f.arbitrator.call('hearingTranscript.list', { caseFileId: f.caseFileId });
    expect(listed.hearings).toMatchObject([{ hearingId: f.hearingId, transcript: { id: r.id, status: 'final', documents: [{ id: doc.id }] } }]);
  });
});
