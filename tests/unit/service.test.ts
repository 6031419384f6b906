// The pure rules of service (送达): which documents are served, the clock event each one's service records for which
// party, the date of service by method, what each method must record, and what a public notice pauses.
import { describe, expect, it } from 'vitest';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { computeDeadline } from '../../shared/domain/deadlines';
import { PARAMETER_DEFS } from '../../shared/domain/parameters';
import { dateOfService, isServed, PUBLIC_NOTICE_PARAMETER, publicNoticePauses, SERVED_DOCUMENTS, serviceClock, serviceProblems, type ServiceFacts, type ServiceSetting } from '../../shared/domain/service';
import { instantOf } from '../../shared/domain/time';
import { DOCUMENT_KIND } from '../../shared/domain/vocabulary';

const issuedAt = instantOf('2026-11-20', '10:00');
const now = instantOf('2026-11-25', '10:00');
const facts = (over: Partial<ServiceFacts> = {}): ServiceFacts => ({
  method: 'direct',
  servedAt: instantOf('2026-11-21', '15:30'),
  receivedBy: '达瓦',
  relation: 'mailroom',
  witnesses: [],
  trackingNumber: null,
  entrustedTo: null,
  electronicAddress: null,
  electronicConfirmed: null,
  noticePlace: null,
  awardFinality: null,
  proofs: [{ purpose: 'receipt' }],
  ...over,
});
const setting: ServiceSetting = { documentKind: 'hearingNotice', issuedAt, now, proceedingKind: 'arbitration', events: [{ kind: 'accepted', date: '2026-11-20' }] };

describe('what a service means to the clocks', () => {
  it('every document kind says whether it is served; the internal form and the 送达回证 itself are not', () => {
    expect(Object.keys(SERVED_DOCUMENTS).sort()).toEqual([...DOCUMENT_KIND.values].sort());
    expect(isServed('intakeRecord')).toBe(false);
    expect(isServed('serviceReceipt')).toBe(false);
    expect(['acceptanceNotice', 'hearingNotice', 'award'].every((k) => isServed(k as 'award'))).toBe(true);
  });

  it('the notice of acceptance served on the respondent is the application’s service (调解仲裁法 Art. 30); on the applicant it starts nothing', () => {
    const f = facts();
    expect(serviceClock({ kind: 'acceptanceNotice' }, 'arbitration', { name: '华建公司', side: 'employer' }, f, 30)).toEqual({
      events: [{ kind: 'applicationServed', date: '2026-11-21', party: '华建公司' }],
      why: null,
    });
    expect(serviceClock({ kind: 'acceptanceNotice' }, 'arbitration', { name: '扎西', side: 'worker' }, f, 30)).toEqual({ events: [], why: '该文书送达给此受送达人不起算期限' });
  });

  it('an award served carries the party, its side and the part served: each party’s clock runs from its own receipt', () => {
    const a = serviceClock({ kind: 'award' }, 'arbitration', { name: '华建公司', side: 'employer' }, facts({ awardFinality: 'final' }), 30);
    const b = serviceClock({ kind: 'award' }, 'arbitration', { name: '扎西', side: 'worker' }, facts({ awardFinality: 'final', servedAt: instantOf('2026-11-23', '09:00') }), 30);
    expect(a.events).toEqual([{ kind: 'awardServed', date: '2026-11-21', party: '华建公司', partyRole: 'employer', awardFinality: 'final' }]);
    const clocks = deadlinesFromEvents([...a.events, ...b.events], { today: '2026-11-25', proceedingKind: 'arbitration' }).filter((d) => d.rule.startsWith('award.'));
    expect(clocks.map((d) => [d.rule, d.party, d.startedOn])).toEqual([
      ['award.sue', '扎西', '2026-11-23'],
      ['award.setAside', '华建公司', '2026-11-21'],
    ]);
  });

  it('two respondents served the copy on different days: each has its own 10 days to answer (调解仲裁法 Art. 30)', () => {
    const a = serviceClock({ kind: 'acceptanceNotice' }, 'arbitration', { name: '华建公司', side: 'employer' }, facts(), 30);
    const b = serviceClock({ kind: 'acceptanceNotice' }, 'arbitration', { name: '路桥公司', side: 'employer' }, facts({ servedAt: instantOf('2026-11-24', '09:00') }), 30);
    const events = [{ kind: 'accepted' as const, date: '2026-11-20' }, ...a.events, ...b.events, { kind: 'defenceReceived' as const, date: '2026-11-25', party: '华建公司' }];
    const defence = deadlinesFromEvents(events, { today: '2026-11-25', proceedingKind: 'arbitration' }).filter((d) => d.rule === 'arbitration.defence');
    expect(defence.map((d) => [d.party, d.startedOn, d.due, d.status])).toEqual([
      ['华建公司', '2026-11-21', computeDeadline({ rule: 'arbitration.defence', start: '2026-11-21' }).due, 'met'],
      ['路桥公司', '2026-11-24', computeDeadline({ rule: 'arbitration.defence', start: '2026-11-24' }).due, 'running'],
    ]);
    expect(defence[0]!.label).toBe('被申请人提交答辩书（华建公司）');
  });

  it('a public notice is deemed served when its period ends and pauses the arbitration clocks meanwhile, never an inspection’s', () => {
    const f = facts({ method: 'publicNotice', servedAt: instantOf('2026-11-21', '09:00'), noticePlace: '西藏日报' });
    expect(dateOfService(f, 30)).toBe('2026-12-21');
    expect(dateOfService(f, 60)).toBe('2027-01-20');
    expect(publicNoticePauses('arbitration')).toBe(true);
    expect(publicNoticePauses('inspection')).toBe(false);
    const c = serviceClock({ kind: 'hearingNotice' }, 'arbitration', { name: '华建公司', side: 'employer' }, f, 30);
    expect(c.events).toEqual([
      { kind: 'paused', date: '2026-11-21' },
      { kind: 'resumed', date: '2026-12-21' },
      { kind: 'hearingNoticeServed', date: '2026-12-21', party: '华建公司' },
    ]);
    expect(serviceClock({ kind: 'hearingNotice' }, 'inspection', { name: '华建公司', side: 'employer' }, f, 30).events.map((e) => e.kind)).toEqual(['hearingNoticeServed']);
    // Only the pausable rule moves: 45 days from acceptance plus the 30 of the notice.
    const award = deadlinesFromEvents([{ kind: 'accepted', date: '2026-11-20' }, ...c.events], { today: '2026-11-25', proceedingKind: 'arbitration' }).find((d) => d.rule === 'arbitration.award')!;
    expect(award.due).toBe(computeDeadline({ rule: 'arbitration.award', start: '2026-11-20', pauses: [{ from: '2026-11-21', to: '2026-12-20' }] }).due);
  });

  it('an electronic service not confirmed moves no clock; by post the receipt day counts', () => {
    const e = serviceClock({ kind: 'hearingNotice' }, 'arbitration', { name: '华建公司', side: 'employer' }, facts({ method: 'electronic', electronicConfirmed: false }), 30);
    expect(e).toEqual({ events: [], why: '电子送达尚未经受送达人确认，不作为期限起算' });
    expect(dateOfService(facts({ method: 'post', servedAt: instantOf('2026-11-24', '23:59') }), 30)).toBe('2026-11-24');
  });

  it('overlapping pauses (two public notices, or a notice during 中止) stop the clock until the last ends', () => {
    const events = [
      { kind: 'accepted' as const, date: '2026-11-01' },
      { kind: 'paused' as const, date: '2026-11-05' },
      { kind: 'paused' as const, date: '2026-11-10' },
      { kind: 'resumed' as const, date: '2026-12-05' },
      { kind: 'resumed' as const, date: '2026-12-10' },
    ];
    const award = deadlinesFromEvents(events, { today: '2026-12-20', proceedingKind: 'arbitration' }).find((d) => d.rule === 'arbitration.award')!;
    expect(award.due).toBe(computeDeadline({ rule: 'arbitration.award', start: '2026-11-01', pauses: [{ from: '2026-11-05', to: '2026-12-09' }] }).due);
    const open = deadlinesFromEvents(events.slice(0, 4), { today: '2026-12-20', proceedingKind: 'arbitration' }).find((d) => d.rule === 'arbitration.award')!;
    expect(open.status).toBe('paused');
  });
});

describe('what each method must record', () => {
  const problems = (over: Partial<ServiceFacts>, s: Partial<ServiceSetting> = {}) => serviceProblems(facts(over), { ...setting, ...s });

  it('accepts a complete direct service', () => {
    expect(problems({})).toEqual({});
  });

  it('refuses dates before the document or after now, with the time it compares to', () => {
    expect(problems({ servedAt: instantOf('2026-11-20', '09:59') })).toEqual({ servedAt: '送达时间不能早于文书制作时间（2026-11-20 10:00）' });
    expect(problems({ servedAt: instantOf('2026-11-20', '10:00') })).toEqual({});
    expect(problems({ servedAt: instantOf('2026-11-25', '10:01') })).toEqual({ servedAt: '送达时间不能晚于现在（2026-11-25 10:00）' });
    expect(problems({ method: 'post', trackingNumber: 'x', receivedBy: null, relation: null, servedAt: now + 60_000 })).toMatchObject({ servedAt: '签收日期不能晚于现在（2026-11-25 10:00）' });
  });

  it('serves a notice only once the proceeding has accepted the case, and not before that day', () => {
    expect(problems({}, { events: [] })).toEqual({ documentId: '本案尚未受理，不能登记该文书的送达' });
    expect(problems({}, { events: [{ kind: 'accepted', date: '2026-11-22' }] })).toEqual({ servedAt: '送达时间不能早于受理日期（2026-11-22）' });
    expect(problems({ awardFinality: 'final' }, { documentKind: 'award', events: [] })).toEqual({});
  });

  it('asks each method for its particulars', () => {
    expect(problems({ method: 'left', receivedBy: null, relation: null, witnesses: [' '] })).toEqual({ witnesses: '留置送达须写明见证人姓名（民事诉讼法第八十九条）' });
    expect(problems({ method: 'post', receivedBy: null, relation: null })).toEqual({ trackingNumber: '邮寄送达须填写邮件单号' });
    expect(problems({ method: 'entrusted' })).toEqual({ entrustedTo: '委托送达须写明受托机关' });
    expect(problems({ method: 'electronic', receivedBy: null, relation: null, proofs: [] })).toEqual({
      electronicAddress: '请填写送达的电话号码、电子邮箱等',
      electronicConfirmed: '请选择受送达人是否已确认收到',
    });
    expect(problems({ method: 'publicNotice', receivedBy: null, relation: null, proofs: [] })).toEqual({ noticePlace: '请写明公告的刊登处（报纸、公告栏或网站）', proofs: '请上传公告的版面、截图或照片' });
    expect(problems({ method: 'posted', receivedBy: null, relation: null, proofs: [{ purpose: 'receipt' }] })).toEqual({ proofs: '张贴送达须上传现场照片' });
    expect(problems({ receivedBy: null, relation: null })).toEqual({ receivedBy: '请填写签收人', relation: '请选择签收人与受送达人的关系' });
    expect(problems({ proofs: [] })).toEqual({ proofs: '请上传签收的送达回证（扫描件或照片）' });
  });

  it('never serves an award electronically, and asks which part of an award was served', () => {
    expect(problems({ method: 'electronic', electronicAddress: 'a@b.cn', electronicConfirmed: true, awardFinality: 'final' }, { documentKind: 'award' })).toEqual({
      method: '裁决书、调解书不能电子送达（《劳动人事争议仲裁办案规则》第五十八条至第六十条）',
    });
    expect(problems({}, { documentKind: 'award' })).toEqual({ awardFinality: '请选择送达的是终局裁决还是非终局裁决' });
  });

  it('refuses what is not served, and a document of another kind of proceeding', () => {
    expect(problems({}, { documentKind: 'serviceReceipt' })).toEqual({ documentId: '送达回证是送达的凭证，本身不需送达' });
    expect(problems({}, { documentKind: 'intakeRecord' })).toEqual({ documentId: '该文书是内部文书，不需送达' });
    expect(problems({}, { proceedingKind: 'inspection' })).toEqual({ proceedingId: '该文书不属于这一程序，不能在此登记送达' });
  });

  it('keeps the public-notice period a setting of 30 to 60 days', () => {
    expect(PARAMETER_DEFS[PUBLIC_NOTICE_PARAMETER]).toMatchObject({ type: 'integer', min: 30, max: 60, unit: '日' });
  });
});
