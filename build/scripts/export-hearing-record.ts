// The 庭审笔录 and a party's 证据目录 for `npm run export:samples`, from a stored case run on its own core whose clock
// moves forward: a worker's wage claim received five weeks before the signing day, accepted with a 举证期限, heard by
// a sole arbitrator under 简易处理 after the respondent's defence period, the applicant's evidence (one item after the
// 举证期限, marked) with the respondent's 质证意见, and the hearing recorded, finalised and printed — each date lawful.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { cardPng } from '../../tests/fixtures/images';
import { clientFor, type Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

type Issued = [Client, string, DocumentRecord[]][];

export async function hearingRecordSamples(repo: string, signDay: string): Promise<{ issued: Issued; close: () => Promise<void> }> {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  let now = instantOf(day(-35), '09:00');
  const at = (d: string, hhmm = '10:00') => (now = instantOf(d, hhmm));
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-samples-hearing-'));
  const core = createCore({ dataDir, migrationsDir: join(repo, 'db', 'migrations'), logger: silentLogger, clock: { now: () => now }, offerDemo: true, documentBodyFont: null });
  const close = async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (core.startupError) throw new Error(core.startupError.message);
    await clientFor(core).call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: DEMO_PASSWORD, demo: true });
    const as = async (name: string) => {
      const c = clientFor(core);
      const person = (await c.call('session.candidates', {})).find((x) => x.name === name)!;
      await c.call('session.login', { staffId: person.id, password: DEMO_PASSWORD });
      return c;
    };
    const admin = await as('普布次仁');
    await admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '样例导出', confidence: 'local', note: null });
    const room = await admin.call('hearings.saveRoom', { id: null, name: '第三仲裁庭', capacity: 16, recording: true, active: true, expectedRowVersion: null });
    const received = day(-35);
    at(received, '09:00');
    const desk = await as('次仁卓玛');
    const leader = await as('李强');
    const staff = await leader.call('staff.list', {});
    const id = (name: string) => staff.find((s) => s.name === name)!.id;
    const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市珠峰物业服务有限公司', legalRepName: '陈立新', legalRepTitle: '经理', address: '日喀则市桑珠孜区珠峰路26号' });
    const created = await desk.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf(received, '09:00'),
      summary: '申请仲裁：拖欠保安工资',
      workersCount: 1,
      parties: [{ partyId: employer.id, role: 'employer' }],
      complainants: [{ name: '多吉', idType: 'residentId', idNumber: `54020219880309001${residentIdCheckChar('54020219880309001')}`, phones: ['13908921500'] }],
      route: 'arbitration',
    });
    const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
    await takeIn(core, caseFileId, '王芳', DEMO_PASSWORD);
    for (const name of ['王芳', '央金']) {
      await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
    }
    const wang = await as('王芳');
    const proceeding = async () => (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
    const act = async (action: string, input: Record<string, unknown>) => {
      const p = await proceeding();
      await wang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
    };
    const proceedingId = (await proceeding()).proceedingId;
    const blank = await wang.call('arbitration.application', { proceedingId });
    const worker = blank.applicants[0]!;
    await wang.call('arbitration.saveApplication', {
      proceedingId,
      expectedRowVersion: null,
      form: 'written',
      factsAndReasons: '申请人于2025年6月入职被申请人处任保安，月工资4,500元。被申请人拖欠申请人2026年6月至9月工资共计18,000元，经催要未果。',
      evidence: '1. 工资条（被申请人出具）；2. 考勤记录（申请人提供）',
      witnesses: null,
      knownOn: null,
      employmentEndedOn: null,
      parties: [{ id: worker.id, address: '日喀则市桑珠孜区吉林南路9号', mailingAddress: '日喀则市桑珠孜区吉林南路9号', phone: '13908921500' }],
      claims: [{ applicantId: worker.id, category: 'wages', request: '支付2026年6月至9月工资', amountFen: 1_800_000, basis: '工资条' }],
    });
    const accepted = day(-34);
    at(accepted);
    await act('accept', { date: accepted });
    const periodEnd = day(-20);
    await act('setEvidencePeriod', { date: accepted, until: periodEnd });
    await act('simplify', { date: accepted, ground: 'consent', amountFen: 1_800_000, bar: 'none', note: '双方当事人同意简易处理' });
    await act('compose', { date: accepted, form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
    // The application's copy served on the respondent the day it was accepted (the defence period runs from it).
    const [copy] = await wang.call('documents.generate', { request: { kind: 'acceptanceNotice', proceedingId, evidenceDeadline: periodEnd }, caseFileId });
    at(accepted, '16:00');
    const respondent = (await wang.call('services.list', { caseFileId })).recipients.find((r) => r.name === employer.name)!;
    await wang.call('services.record', {
      documentId: copy!.id,
      proceedingId,
      recipientId: respondent.recipientId,
      method: 'direct',
      servedAt: instantOf(accepted, '15:00'),
      receivedBy: '陈立新',
      relation: 'self',
      servedBy: id('王芳'),
      witnesses: [],
      proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    const heard = day(-10);
    const booked = await wang.call('hearings.schedule', { proceedingId, date: heard, start: '09:30', end: '11:00', roomId: room.id, shortNoticeAgreement: null, dayOffConfirmed: false });
    // The applicant's evidence: the 工资条 in time, the 考勤记录 two days after the 举证期限 (marked, not refused).
    const parties = (await wang.call('arbitrationEvidence.list', { caseFileId })).parties;
    const applicant = parties.find((x) => x.side === 'applicant')!;
    at(day(-30));
    const slip = await wang.call('arbitrationEvidence.add', { proceedingId, partyId: applicant.partyId, title: '工资条', source: '被申请人出具', purpose: '证明申请人月工资4,500元及被申请人未支付2026年6月至9月工资', copies: 4, originalSeen: true, submittedOn: day(-30) });
    const lateDay = lastWorkingDay(addDays(periodEnd, 3));
    at(lateDay);
    await wang.call('arbitrationEvidence.add', { proceedingId, partyId: applicant.partyId, title: '考勤记录', source: '申请人手记', purpose: '证明申请人2026年6月至9月正常出勤', copies: 2, originalSeen: false, submittedOn: lateDay });
    at(heard, '11:30');
    const h = (await wang.call('hearings.ofCase', { caseFileId })).hearings.find((x) => x.id === booked.id)!;
    await wang.call('hearings.recordHeld', { hearingId: h.id, expectedRowVersion: h.rowVersion, applicantAppeared: true, respondentAppeared: true, absentWithoutCause: false, note: null });
    await wang.call('arbitrationEvidence.opinion', { id: slip.item.id, rowVersion: slip.item.rowVersion, authenticity: 'accepted', legality: 'accepted', relevance: 'accepted', text: null, by: '被申请人委托代理人格桑', on: heard });
    let r = await wang.call('hearingTranscript.create', { hearingId: h.id });
    r = await wang.call('hearingTranscript.save', {
      id: r.id,
      rowVersion: r.rowVersion,
      startedAt: r.startedAt,
      endedAt: instantOf(heard, '11:00'),
      place: r.place,
      attendees: [...r.attendees, { side: 'respondent', capacity: 'agent', name: '格桑', party: employer.name }],
      language: 'bo',
      languageOther: null,
      interpreterName: '次旦',
      interpreterDutyTold: true,
      entries: [
        { stage: 'opening', speaker: '仲裁员王芳', text: '现在开庭。本案适用简易处理，由仲裁员王芳独任审理，书记员央金担任记录。核对当事人身份，告知当事人的权利和义务，当事人对仲裁员及书记员是否申请回避？' },
        { stage: 'opening', speaker: '申请人多吉', text: '不申请回避。' },
        { stage: 'statements', speaker: '申请人多吉', text: '请求裁决被申请人支付2026年6月至9月工资18,000元。事实和理由同仲裁申请书。' },
        { stage: 'statements', speaker: '被申请人委托代理人格桑', text: '对欠付工资的事实无异议，公司资金周转困难，请求分期支付。' },
        { stage: 'evidence', speaker: '被申请人委托代理人格桑', text: '对工资条的真实性、合法性、关联性均无异议；考勤记录系申请人自行记录，且逾期提交，不予质证。' },
        { stage: 'debate', speaker: '申请人多吉', text: '被申请人应当一次性支付。' },
        { stage: 'finalStatements', speaker: '申请人多吉', text: '坚持仲裁请求。' },
        { stage: 'finalStatements', speaker: '被申请人委托代理人格桑', text: '请求仲裁庭考虑公司困难。' },
        { stage: 'mediation', speaker: '仲裁员王芳', text: '双方是否同意调解？双方就付款期限未能达成一致，调解不成。' },
      ],
    });
    r = await wang.call('hearingTranscript.finalise', { id: r.id, rowVersion: r.rowVersion });
    const transcript = await wang.call('hearingTranscript.print', { id: r.id });
    const catalogue = await wang.call('arbitrationEvidence.print', { proceedingId, partyId: applicant.partyId });
    return { issued: [[wang, '庭审笔录', [transcript]], [wang, '证据目录-申请人', [catalogue]]], close };
  } catch (e) {
    await close();
    throw e;
  }
}
