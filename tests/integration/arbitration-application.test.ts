// 仲裁申请 through dispatch (办案规则 Art. 29): entered with two workers' particulars and two claims each, audited, on
// the timeline; what is missing listed at once for the 补正 step; editable while received or awaiting 补正, refused
// after 受理 and to someone off the file — each refusal with its reason and nothing written; the limitation shown as
// advice only (调解仲裁法 Art. 27); a new application on a matter deemed withdrawn refused, naming the earlier case.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';
import { applicationFile, fullApplication } from '../helpers/arbitration-application';
import { compose, DAY, rooms, serveApplication, slot, unchanged } from '../helpers/hearings';

type File = Awaited<ReturnType<typeof applicationFile>>;

describe('entering the application (办案规则 Art. 29)', () => {
  it('stores two applicants × two claims with the particulars from the register, audits it and puts it on the timeline', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    const blank = await f.application();
    expect(blank).toMatchObject({ rowVersion: null, statusLabel: '已收件，待审查', receivedOn: '2026-11-24', editBlockedBy: null, claims: [] });
    // The register's particulars: sex and birth date from the resident ID, the phone the desk took, the address stated at the desk.
    expect(blank.applicants.map((a) => [a.name, a.sex, a.birthDate, a.phone, a.address])).toEqual([
      ['扎西', 'M', '1990-05-01', '13908921200', '日喀则市桑珠孜区德勒路5号'],
      ['次仁', 'F', '1988-11-12', '13908921201', null],
    ]);
    expect(blank.missing).toEqual([
      '申请人扎西的通讯地址',
      '申请人扎西的仲裁请求',
      '申请人次仁的住所、通讯地址',
      '申请人次仁的仲裁请求',
      '被申请人日喀则市华建建筑工程有限公司的通讯地址、联系电话',
      '仲裁请求所根据的事实、理由',
      '证据和证据来源',
    ]);
    const saved = await f.arbitrator.call('arbitration.saveApplication', fullApplication(blank));
    expect(saved.rowVersion).toBe(1);
    expect(saved.missing).toEqual([]);
    expect(saved.claims.map((c) => [c.category, c.amountFen])).toEqual([
      ['wages', 2_400_000],
      ['overtime', 380_000],
      ['wages', 1_650_000],
      ['socialInsurance', null],
    ]);
    expect(saved.claims.filter((c) => c.applicantId === saved.applicants[1]!.id)).toHaveLength(2);
    expect(saved.respondents[0]).toMatchObject({ legalRepName: '王建国', legalRepTitle: '总经理', mailingAddress: '日喀则市桑珠孜区山东大道88号', phone: '0892-8826000' });
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain('登记仲裁申请：2名申请人、4项仲裁请求；申请材料齐全');
    // An edit is audited with what it was before.
    const edited = await f.arbitrator.call('arbitration.saveApplication', fullApplication(saved, true, { claims: fullApplication(saved).claims.slice(0, 3) }));
    expect(edited).toMatchObject({ rowVersion: 2, missing: [] });
    expect(edited.claims).toHaveLength(3);
    const audit = t.core.services!.db.prepare("SELECT action, change FROM audit_log WHERE entity = 'arbitrationApplication' ORDER BY seq").all() as { action: string; change: string }[];
    expect(audit.map((a) => a.action)).toEqual(['arbitrationApplicationEntered', 'arbitrationApplicationEdited']);
    // Stored as what changed (audit format 2): the claims before and after, not the whole application twice.
    const change = JSON.parse(audit[1]!.change) as { changed: Record<string, { from: unknown[]; to: unknown[] }> };
    expect(change.changed.claims!.from).toHaveLength(4);
    expect(change.changed.claims!.to).toHaveLength(3);
    expect(change.changed).not.toHaveProperty('applicants');
  });

  it('refuses bad input, a stale version and someone off the file — each with its reason, nothing written', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    const a = await f.application();
    const good = fullApplication(a);
    const respondentId = a.respondents[0]!.id;
    const before = businessCounts(t.core);
    const claim0 = good.claims[0]!;
    expect(await f.arbitrator.invoke('arbitration.saveApplication', { ...good, claims: [{ ...claim0, applicantId: respondentId }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'claims.0.applicantId': '请选择本案的申请人' } },
    });
    expect(await f.arbitrator.invoke('arbitration.saveApplication', { ...good, claims: [{ ...claim0, amountFen: 0 }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'claims.0.amountFen': '请求金额应大于零；不涉及金额的请求请选择“非金钱请求”' } },
    });
    expect(await f.arbitrator.invoke('arbitration.saveApplication', { ...good, claims: [{ ...claim0, request: ' ' }] })).toMatchObject({ ok: false, error: { fields: { 'claims.0.request': '请填写请求事项' } } });
    expect(await f.arbitrator.invoke('arbitration.saveApplication', { ...good, knownOn: '2026-11-26' })).toMatchObject({ ok: false, error: { fields: { knownOn: '知道或者应当知道权利被侵害之日不能晚于今天（2026-11-25）' } } });
    expect(await f.arbitrator.invoke('arbitration.saveApplication', { ...good, expectedRowVersion: 3 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const desk = await signInAs(t.core, '次仁卓玛');
    const denied = await desk.invoke('arbitration.saveApplication', good);
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Each refusal leaves only its refusal in the audit log — no application, no claim, no timeline line.
    const after = businessCounts(t.core);
    for (const table of ['arbitration_applications', 'arbitration_claims', 'arbitration_application_parties', 'case_events']) expect(after[table]).toBe(before[table]);
  });
});

describe('补正, 受理 and the application after them', () => {
  it('lists every missing item for the one-time 补正; editable while awaiting it; refused once accepted', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    const saved = await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application(), false));
    expect(saved.missing).toEqual(['被申请人日喀则市华建建筑工程有限公司的通讯地址、联系电话']);
    expect(await f.step('requestSupplement', { date: '2026-11-25', items: saved.missing })).toMatchObject({ ok: true });
    const waiting = await f.application();
    expect(waiting).toMatchObject({ statusLabel: '待补正', editBlockedBy: null });
    const fixed = await f.arbitrator.call('arbitration.saveApplication', fullApplication(waiting, true));
    expect(fixed.missing).toEqual([]);
    expect(await f.step('supplement', { date: '2026-11-25', note: '补充了被申请人的通讯地址和电话' })).toMatchObject({ ok: true });
    expect((await f.application()).receivedOn).toBe('2026-11-25');
    expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
    const accepted = await f.application();
    expect(accepted.editBlockedBy).toContain('本案当前为“已受理”，仲裁申请只能在受理或者不予受理之前登记和修改');
    expect(await unchanged(t, f.arbitrator, 'arbitration.saveApplication', fullApplication(accepted))).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: expect.stringContaining('《劳动人事争议仲裁办案规则》第四十四条') },
    });
  });
});

describe('the 1-year limitation as advice (调解仲裁法 Art. 27)', () => {
  it('counts wages from the end of employment and other claims from the day known; late is advice, not a refusal', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    const a = await f.application();
    const late = await f.arbitrator.call('arbitration.saveApplication', fullApplication(a, true, { knownOn: '2025-10-20', employmentEndedOn: '2025-11-20' }));
    expect(late.limitation.map((l) => [l.state, l.text])).toEqual([
      ['late', expect.stringContaining('拖欠劳动报酬：自劳动关系终止之日（2025-11-20）起一年，已于 2026-11-20 届满；本申请于 2026-11-24 收到，可能已超过仲裁时效。仲裁时效是被申请人的抗辩事由')],
      ['late', expect.stringContaining('加班费：自知道或者应当知道权利被侵害之日（2025-10-20）起一年，已于 2026-10-20 届满')],
      ['late', expect.stringContaining('社会保险：')],
    ]);
    // Employment goes on: wages are not limited while it lasts; no day known: no advice can be given.
    const open = await f.arbitrator.call('arbitration.saveApplication', fullApplication(late, true, { knownOn: null, employmentEndedOn: null }));
    expect(open.limitation.map((l) => l.state)).toEqual(['open', 'unknown', 'unknown']);
    expect(open.limitation[0]!.text).toContain('劳动关系存续期间不受一年仲裁时效限制');
    // Nothing stops the case for it.
    expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
  });
});

/** A 开庭通知书 for an applicant, made from the JSON case, and served on him with a 送达回证. */
async function noticeServed(t: TestCore, f: File, who: string, hearingDate: string, on: string) {
  const c = { ...arbitrationCase, applicants: [{ ...arbitrationCase.applicants[0]!, name: who }], applicationServedOn: '2026-11-25', hearing: { ...arbitrationCase.hearing!, date: hearingDate } };
  const [doc] = await f.arbitrator.call('documents.generate', { request: { kind: 'hearingNotice', case: c, recipient: { role: 'applicant', index: 0 } }, caseFileId: f.caseFileId });
  const recipient = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients.find((r) => r.name === who)!;
  await f.arbitrator.call('services.record', {
    documentId: doc!.id,
    proceedingId: f.proceedingId,
    recipientId: recipient.recipientId,
    method: 'direct',
    servedAt: instantOf(on, '10:00'),
    receivedBy: who,
    relation: 'self',
    servedBy: t.staff['王芳']!,
    witnesses: [],
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
}

describe('a deemed withdrawal bars the same matter (调解仲裁法 Art. 36)', () => {
  it('warns on the new application and refuses to store it, naming the earlier case; another matter is not barred', async () => {
    const t = await testCore();
    const { one } = await rooms(t);
    const first = await applicationFile(t);
    await first.arbitrator.call('arbitration.saveApplication', fullApplication(await first.application()));
    await first.step('accept', { date: '2026-11-25' });
    const number = (await first.application()).caseNumber!;
    expect(number).toBe('日喀则市劳人仲案字〔2026〕第1号');
    const asHearingFile = { ...first, employer: { name: '日喀则市华建建筑工程有限公司' } };
    await compose(asHearingFile as never, t, { form: 'sole', memberStaffIds: [], clerkStaffId: t.staff['央金']! });
    await serveApplication(t, asHearingFile as never, '2026-11-25');
    const h = await first.arbitrator.call('hearings.schedule', slot(first.proceedingId, one.id));
    for (const who of ['扎西', '次仁']) await noticeServed(t, first, who, '2026-12-15', '2026-11-25');
    t.clock.advance(20 * DAY); // 2026-12-15
    const now = (await first.arbitrator.call('hearings.ofCase', { caseFileId: first.caseFileId })).hearings.find((x) => x.id === h.id)!;
    await first.arbitrator.call('hearings.recordHeld', { hearingId: h.id, expectedRowVersion: now.rowVersion, applicantAppeared: false, respondentAppeared: true, absentWithoutCause: true, note: null });
    const withdrawn = await first.step('deemWithdrawn', { date: '2026-12-15', note: null });
    expect(withdrawn.ok ? null : withdrawn.error.message).toBeNull();

    // The same two workers come back against the same employer with the same claims.
    const again = await applicationFile(t, { employerId: first.employerId });
    const blank = await again.application();
    expect(blank.applicants.map((a) => a.personId)).toEqual((await first.application()).applicants.map((a) => a.personId));
    expect(blank.deemedWithdrawnBar).toBe(
      `同一申请人与被申请人之间就同一事项的${number}案已于 2026-12-15 因申请人无正当理由拒不到庭被视为撤回仲裁申请，申请人再次以相同事实和理由申请仲裁的，不予受理（《劳动争议调解仲裁法》第三十六条；《劳动人事争议仲裁办案规则》）`,
    );
    const refused = await unchanged(t, again.arbitrator, 'arbitration.saveApplication', fullApplication(blank));
    expect(refused).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: blank.deemedWithdrawnBar } });
    // A claim of another kind (经济补偿 for the dismissal) is another matter: stored.
    const other = fullApplication(blank, true, { claims: [{ applicantId: blank.applicants[0]!.id, category: 'severance', request: '支付违法解除劳动合同赔偿金', amountFen: 1_200_000, basis: null }] });
    expect(await again.arbitrator.invoke('arbitration.saveApplication', other)).toMatchObject({ ok: true, value: { deemedWithdrawnBar: null } });
  });
});
