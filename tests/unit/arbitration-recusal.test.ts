// 回避 as the definition takes it (调解仲裁法 Arts. 33–34; 办案规则 Art. 11): who may decide on whom, the application's
// checks, the timeline's words naming the decider; the conflict check's warnings; and the three papers' statutory
// elements as the pure builders print them (回避决定书, 应诉通知书, 举证通知书).
import { describe, expect, it } from 'vitest';
import { conflictWarnings, type OtherCase, type PartyInCase } from '../../shared/domain/conflicts';
import { buildEvidenceNotice, buildRecusalDecision, buildRespondentNotice } from '../../shared/domain/documents/arbitration-notices';
import type { DocumentModel } from '../../shared/domain/documents/model';
import { deciderProblem } from '../../shared/domain/proceedings/arbitration-recusal';
import { blockedBy, PROCEEDINGS, stateAfter, type ProceedingView } from '../../shared/domain/proceedings';
import { evidenceNoticeSample, recusalGrantedSample, recusalRefusedSample, respondentNoticeSample } from '../fixtures/arbitration-notices';

const def = PROCEEDINGS.arbitration;
const view = (events: ProceedingView['events'] = []): ProceedingView => ({
  kind: 'arbitration',
  status: 'composed',
  number: '日喀则劳人仲案字〔2026〕第1号',
  today: '2026-11-25',
  events: [{ kind: 'accepted', date: '2026-11-20' }, { kind: 'composed', date: '2026-11-20' }, ...events],
  caseFile: { collective: false, urgent: false, leaderStaffId: null },
  team: [{ staffId: 's-1', role: 'handler', enforcementCertExpiry: null, arbitratorCertExpiry: '2030-12-31', name: '王芳', active: true }],
  pendingApproval: null,
  awaitingReceipt: null,
  lastHearing: null,
});

const text = (m: DocumentModel) => [m.title, m.number ?? '', m.addressee ?? '', ...m.body.flatMap((b) => ('runs' in b ? b.runs.map((r) => r.text) : [])), ...(m.signature?.lines.map((l) => `${l.label}${l.name}`) ?? [])].join('\n');

describe('who decides on a recusal (办案规则 Art. 11)', () => {
  it('the chair or his designated 仲裁院 head for an arbitrator or clerk; the committee for the chair himself; nobody on himself', () => {
    expect(deciderProblem('arbitrator', '王芳', 'chair', '达娃', false)).toBeNull();
    expect(deciderProblem('clerk', '央金', 'instituteHead', '格桑', true)).toBeNull();
    expect(deciderProblem('clerk', '央金', 'instituteHead', '格桑', false)).toEqual({ decider: expect.stringContaining('请由仲裁委员会主任决定') });
    expect(deciderProblem('arbitrator', '王芳', 'committee', '仲裁委员会会议', false)).toEqual({ decider: '仲裁员是否回避，由仲裁委员会主任或者其指定的仲裁院负责人决定（《劳动人事争议仲裁办案规则》第十一条）' });
    expect(deciderProblem('chairArbitrator', '达娃', 'chair', '次仁', false)).toEqual({ decider: '仲裁委员会主任担任本案仲裁员的，其是否回避由仲裁委员会决定（《劳动人事争议仲裁办案规则》第十一条）' });
    expect(deciderProblem('chairArbitrator', '达娃', 'committee', '仲裁委员会全体会议', false)).toBeNull();
    expect(deciderProblem('arbitrator', '王芳', 'chair', '王芳', true)).toEqual({ deciderName: expect.stringContaining('被申请回避的王芳不能决定自己是否回避') });
  });

  it('an application names a person of the team and the seat; a decision names the decider, on the timeline', () => {
    const apply = def.actions.applyRecusal!;
    const input = apply.input.parse({ date: '2026-11-25', applicant: '日喀则市华建建筑工程有限公司', person: '李四', seat: 'arbitrator', reason: '仲裁员与申请人系近亲属' });
    expect(apply.check!(view(), input)).toEqual({ person: '李四不是本案办案组成员：请填写被申请回避的仲裁员或书记员的姓名' });
    expect(apply.input.safeParse({ date: '2026-11-25', applicant: '某公司', person: '王芳', reason: '仲裁员与申请人系近亲属' }).error?.issues[0]?.message).toBe('请选择被申请回避人员的身份');
    const pending = view([{ kind: 'recusalApplied', date: '2026-11-25' }]);
    const grant = def.actions.grantRecusal!;
    expect(grant.input.safeParse({ date: '2026-11-25', reason: '经查属实' }).error?.issues.map((i) => i.message)).toEqual(['请选择决定人的职务', '请填写决定人姓名']);
    const decided = grant.input.parse({ date: '2026-11-25', decider: 'instituteHead', deciderName: '格桑', reason: '经查属实' });
    expect(grant.summary(decided, pending)).toBe('2026-11-25 仲裁院负责人（受主任指定）格桑决定回避：经查属实；另行指定人员，重新组成仲裁庭');
    // No replacement named: the tribunal waits to be composed again; named, it stands composed that day (Art. 34).
    expect(decided).toMatchObject({ replacementStaffId: null });
    expect(stateAfter(grant, pending, decided)).toBe('recusalGranted');
    expect(grant.events(decided, pending)).toEqual([{ kind: 'recusalDecided', date: '2026-11-25' }]);
    const named = grant.input.parse({ ...(decided as object), replacementStaffId: 's-deji' });
    expect(stateAfter(grant, pending, named)).toBe('composed');
    expect(grant.events(named, pending)).toEqual([{ kind: 'recusalDecided', date: '2026-11-25' }, { kind: 'composed', date: '2026-11-25' }]);
    expect(blockedBy(def, view(), 'refuseRecusal')).toBe('没有待决定的回避申请');
    expect(blockedBy(def, pending, 'refuseRecusal')).toBeNull();
    expect(def.actions.refuseRecusal!.documents).toEqual(['recusalDecision']);
  });
});

describe('the conflict check warns, naming the other case and the role', () => {
  const parties: PartyInCase[] = [
    { key: 'person:w1', name: '扎西', role: 'applicant', legalRep: null },
    { key: 'org:91540200MA6T1234XY', name: '日喀则市华建建筑工程有限公司', role: 'respondent', legalRep: '陈立新' },
  ];
  const inspection: OtherCase = {
    caseFileId: 'cf-2',
    label: '日喀则劳监案字〔2026〕第7号',
    kinds: ['inspection'],
    parties: [
      { key: 'org:91540200MA6T1234XY', name: '日喀则市华建建筑工程有限公司', role: 'employer', legalRep: '陈立新' },
      { key: 'person:w1', name: '扎西', role: 'laborTeam', legalRep: null },
      { key: 'person:w9', name: '罗布', role: 'complainant', legalRep: null },
    ],
    team: [{ staffId: 's-wang', role: 'handler' }, { staffId: 's-li', role: 'handler' }],
    sat: ['s-li'],
  };
  it('an arbitrator who handled the same employer, one named like a party there or here, and a party on the other side elsewhere', () => {
    const w = conflictWarnings(
      [
        { staffId: 's-wang', name: '王芳', seat: '首席仲裁员' },
        { staffId: 's-li', name: '李明', seat: '仲裁员' },
        { staffId: 's-luo', name: '罗布', seat: '仲裁员' },
        { staffId: 's-chen', name: '陈立新', seat: '书记员' },
      ],
      parties,
      [inspection],
    );
    expect(w).toEqual([
      '首席仲裁员王芳曾在日喀则劳监案字〔2026〕第7号中担任承办人，该案涉及本案当事人扎西、日喀则市华建建筑工程有限公司',
      '仲裁员罗布与日喀则劳监案字〔2026〕第7号的投诉人同名，该案涉及本案当事人扎西、日喀则市华建建筑工程有限公司：请核实是否曾为该案当事人',
      '书记员陈立新与本案被申请人的法定代表人同名：请核实是否属于应当回避的情形（《劳动争议调解仲裁法》第三十三条）',
      '本案申请人扎西在日喀则劳监案字〔2026〕第7号中为班组（包工头）',
    ]);
  });
  it('a seat on another arbitration of the institute is no other role', () => {
    expect(conflictWarnings([{ staffId: 's-wang', name: '王芳', seat: '仲裁员' }], parties, [{ ...inspection, kinds: ['arbitration'], parties: inspection.parties.slice(0, 1) }])).toEqual([]);
  });
  it('says nothing where nobody had another role', () => {
    expect(conflictWarnings([{ staffId: 's-li', name: '李明', seat: '仲裁员' }], parties, [{ ...inspection, parties: inspection.parties.slice(0, 1) }])).toEqual([]);
  });
});

describe('the papers’ statutory elements', () => {
  it('回避决定书: the applicant, the person, the reasons, the decision, who decided, the date, the seal', () => {
    const granted = buildRecusalDecision(recusalGrantedSample);
    const t = text(granted);
    for (const s of ['回避决定书', '日喀则劳人仲案字〔2026〕第3号', '日喀则市华建建筑工程有限公司于2026年1月8日申请本案仲裁员王芳回避，理由是：仲裁员王芳与申请人扎西系表兄妹关系。', '经审查：仲裁员王芳与申请人扎西系近亲属，属于应当回避的情形。', '经仲裁委员会主任达娃于2026年1月9日决定：仲裁员王芳回避', '本委另行指定仲裁员，重新组成仲裁庭', '本决定书送达即发生法律效力。', '仲裁委员会主任达娃']) expect(t, s).toContain(s);
    expect(granted.signature).toMatchObject({ organ: '日喀则市劳动人事争议仲裁委员会', date: '2026-01-09', sealed: true });
    expect(text(buildRecusalDecision(recusalRefusedSample))).toContain('经仲裁院负责人（受主任指定）格桑于2026年1月9日决定：驳回日喀则市华建建筑工程有限公司的回避申请，仲裁员王芳继续参与本案的处理。');
    expect(() => buildRecusalDecision({ ...recusalGrantedSample, date: '2026-01-07' })).toThrow('回避决定的日期 2026-01-07 早于回避申请的日期 2026-01-08');
  });
  it('应诉通知书: the application’s copy, the claims, ten days to answer, the tribunal, the 举证期限 as a date, the rights', () => {
    const t = text(buildRespondentNotice(respondentNoticeSample));
    for (const s of [
      '应诉通知书',
      '日喀则市华建建筑工程有限公司：',
      '申请人扎西与你单位劳动人事争议一案，申请人于2026年1月2日向本委申请仲裁，本委已于2026年1月5日依法受理。现将仲裁申请书副本送达你单位',
      '1.请求裁决被申请人支付拖欠的2025年9月至11月工资18600元；',
      '应当自收到仲裁申请书副本之日起十日内向本委提交答辩书',
      '未提交答辩书的，不影响仲裁程序的进行',
      '本案由仲裁员王芳担任首席仲裁员，仲裁员李明、罗布组成合议仲裁庭审理，书记员央金担任记录。',
      '本案举证期限至2026年1月20日。',
      '本委可以缺席裁决',
      '附：仲裁申请书副本一份',
    ]) expect(t, s).toContain(s);
    const later = text(buildRespondentNotice({ ...respondentNoticeSample, tribunal: null, evidenceDeadline: null }));
    expect(later).toContain('仲裁庭的组成情况，本委将自受理之日起五日内另行书面通知');
    expect(later).toContain('本案的举证期限由本委另行书面通知（举证通知书）');
  });
  it('举证通知书: the date, the burden per side (调解仲裁法 Arts. 6, 39), what the employer must produce', () => {
    const employer = text(buildEvidenceNotice(evidenceNoticeSample));
    for (const s of ['举证通知书', '一、本案举证期限至2026年1月20日届满。', '与争议事项有关的证据属于你单位掌握管理的，你单位应当提供；你单位不提供的，应当承担不利后果', '工资支付台账', '考勤记录']) expect(employer, s).toContain(s);
    expect(employer).not.toContain('增加或者变更仲裁请求');
    const worker = text(buildEvidenceNotice({ ...evidenceNoticeSample, recipient: { name: '扎西', side: 'applicant', organisation: false } }));
    expect(worker).toContain('仲裁庭可以要求用人单位在指定期限内提供');
    expect(worker).toContain('你增加或者变更仲裁请求的，应当在举证期限届满前（2026年1月20日前）提出');
    expect(worker).not.toContain('工资支付台账');
    expect(() => buildEvidenceNotice({ ...evidenceNoticeSample, evidenceDeadline: '2026-01-06' })).toThrow('举证期限 2026-01-06 应当晚于指定举证期限的日期 2026-01-06');
  });
});
