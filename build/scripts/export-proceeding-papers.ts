// The papers of mediation, referral, listing and enforcement for `npm run export:samples`, on a core of their own whose
// clock moves forward through the months these proceedings take: 雪域 ordered to pay about 230 days before the
// signing day, the order posted at the site and unpaid, evasion on record with its evidence → 移送公安 approved and the
// 失信名单 listing (列入决定书); the decision, its windows run out, the 催告 and the application to the court on the
// signing day (强制执行申请书); the early removal six months after the wages were paid (移出决定书); and a group's joint
// mediation signed that day (调解协议书), its first instalment missed (支付令申请书, six days on). Every step dated on a working day the engine accepts, each paper from the steps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { clientFor, type Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

type Issued = [Client, string, DocumentRecord[]][];
const EMPLOYER = '日喀则市雪域建筑劳务有限公司';
const GC = '中建三局西藏分公司';
const WORKERS = [
  { name: '扎西', idType: 'residentId' as const, idNumber: '540202198503120019', isRepresentative: true, amountClaimedFen: 1_280_000 },
  { name: '次仁多吉', idType: 'residentId' as const, idNumber: '540221199007010017', amountClaimedFen: 960_050 },
  { name: '尼玛', idType: 'residentId' as const, idNumber: '540221199208150016', amountClaimedFen: 450_000 },
];

export async function proceedingPaperSamples(repo: string, signDay: string): Promise<{ issued: Issued; close: () => Promise<void> }> {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  const ordered = day(-230);
  // The demo is seeded as of the signing day (as the main samples' core is); the file below then starts months back.
  let now = instantOf(signDay, '08:00');
  const at = (d: string, hhmm = '10:00') => (now = instantOf(d, hhmm));
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-samples-proceedings-'));
  const core = createCore({ dataDir, migrationsDir: join(repo, 'db', 'migrations'), logger: silentLogger, clock: { now: () => now }, offerDemo: true, documentBodyFont: null });
  const close = async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (core.startupError) throw new Error(core.startupError.message);
    await clientFor(core).call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: DEMO_PASSWORD, demo: true });
    // Each phase signs in afresh: the clock jumps months, past any idle lock.
    const as = async (name: string) => {
      const c = clientFor(core);
      const person = (await c.call('session.candidates', {})).find((x) => x.name === name)!;
      await c.call('session.login', { staffId: person.id, password: DEMO_PASSWORD });
      return c;
    };
    // No idle lock on this throwaway core: its clock jumps months between the steps.
    await (await as('普布次仁')).call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '样例导出', confidence: 'local', note: null });
    at(ordered, '09:00');
    let desk = await as('次仁卓玛');
    let leader = await as('李强');
    const id = async (name: string) => (await leader.call('staff.list', {})).find((s) => s.name === name)!.id;
    const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER, legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区上海中路8号' });
    const created = await desk.call('intakes.create', {
      kind: 'complaint', channel: 'walkIn', receivedAt: instantOf(ordered, '09:00'), summary: '桑珠孜区第二小学项目3名农民工连续四个月工资未付', workersCount: 3,
      parties: [{ partyId: employer.id, role: 'employer' }], complainants: WORKERS, route: 'inspection', leaderStaffId: await id('李强'),
    });
    const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
    at(ordered, '09:30');
    await takeIn(core, caseFileId, '张伟', DEMO_PASSWORD);
    for (const name of ['张伟', '达瓦次仁']) {
      await leader.call('team.add', { caseFileId, role: 'handler', staffId: await id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
    }
    let zhang = await as('张伟');
    const act = async (kind: string, action: string, input: Record<string, unknown>, approveOn?: string) => {
      const p = (await zhang.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === kind)!;
      await zhang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
      if (approveOn) {
        const q = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === kind)!;
        await leader.call('approvals.decide', { approvalId: q.pendingApproval!.id, decision: 'approve', opinion: '同意', date: approveOn, expectedRowVersion: q.pendingApproval!.rowVersion });
      }
      return p.proceedingId;
    };
    const make = async (kind: 'referralLetter' | 'blacklistDecision' | 'delistingDecision' | 'enforcementApplication' | 'mediationAgreement' | 'paymentOrderApplication', proceedingKind: string, file = caseFileId) => {
      const p = (await zhang.call('casework.get', { caseFileId: file })).proceedings.find((x) => x.kind === proceedingKind)!;
      return zhang.call('documents.generate', { request: { kind, proceedingId: p.proceedingId }, caseFileId: file });
    };

    // The order, posted at the site (the employer absconded), and the evidence of evasion.
    const inspectionId = await act('inspection', 'file', { date: ordered, opinion: '拖欠3名农民工工资，建议立案' }, ordered);
    const deadline = addDays(ordered, 7);
    const orderFacts = '未按月足额支付扎西等3名农民工连续四个月的工资共计26,900.50元';
    const caseNumber = (await zhang.call('cases.get', { id: caseFileId })).proceedings.find((x) => x.kind === 'inspection')!.number!;
    const order = { organ: '日喀则市人力资源和社会保障局', caseNumber, employer: EMPLOYER, facts: orderFacts, workers: 3, amountFen: 2_690_050, date: ordered, deadline };
    const [orderDoc] = await zhang.call('documents.generate', { request: { kind: 'orderToPay', order }, caseFileId });
    await act('inspection', 'issueOrder', { date: ordered, deadline, amountFen: 2_690_050, workers: 3, facts: orderFacts });
    at(ordered, '14:00');
    const recipient = (await zhang.call('services.list', { caseFileId })).recipients.find((r) => r.name === EMPLOYER)!;
    const photo = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c626001000000ffff03000006000557bfabd40000000049454e44ae426082', 'hex');
    await zhang.call('services.record', {
      documentId: orderDoc!.id, proceedingId: inspectionId, recipientId: recipient.recipientId, method: 'posted', servedAt: instantOf(ordered, '11:00'),
      receivedBy: null, relation: null, servedBy: await id('张伟'), witnesses: ['达瓦次仁'], noticePlace: null, proofs: [{ purpose: 'photo', fileName: '工地大门张贴.png', contentBase64: photo.toString('base64') }],
    });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'utf8');
    const ev = await zhang.call('evidence.add', {
      caseFileId, title: '公司账户银行流水', kind: 'documentary', submitter: 'worker', submitterId: created.complainants[0]!.personId, purpose: '证明限期内公司账户资金转至法定代表人亲属账户',
      form: 'checkedCopy', source: '银行调取', pages: 6, receivedDate: ordered, fileName: '流水.pdf', contentBase64: pdf.toString('base64'),
    });
    await zhang.call('referrals.recordGround', { caseFileId, kind: 'unpaidMonths', fact: '立案前连续四个月未发工资', personId: created.complainants[0]!.personId, months: 4 });
    await zhang.call('referrals.recordGround', { caseFileId, kind: 'evasion', fact: '限期内将公司账户资金转至法定代表人亲属账户，负责人关闭手机、离开工地', evidenceId: ev.id });

    // Past the deadline: the decision, the referral and the listing.
    // Decided 220 days before the signing day and 催告 20 days before it: the six months to sue (行政诉讼法 Art. 46),
    // moved past a weekend or a holiday, have ended by the 催告 whatever the day (at 215/30 they could end on it).
    const decided = day(-220);
    at(decided);
    [zhang, leader] = [await as('张伟'), await as('李强')];
    await act('inspection', 'closeInvestigation', { date: decided, facts: `你单位承建桑珠孜区第二小学项目，${orderFacts}，经责令限期支付，逾期仍未支付`, opinion: '拟责令支付工资并加付赔偿金' });
    await act('inspection', 'priorNotice', { date: decided, intended: 'handling', content: '拟责令你单位支付拖欠的工资26,900.50元，并按应付金额的50%加付赔偿金13,450.25元' });
    await act('inspection', 'recordStatement', { date: decided, statement: '工程款尚未与建设单位结算', review: '工程款结算与按时足额支付农民工工资的义务无关，申辩理由不成立' });
    await act('inspection', 'legalReview', { date: decided, reviewer: '卓嘎', opinion: '事实清楚，证据确凿，程序合法，适用依据正确' });
    await act('inspection', 'decideHandling', { date: decided, wagesFen: 2_690_050, compensationPercent: 50, reviewCase: 'complex', serious: 'no' }, decided);
    await zhang.call('documents.generate', { request: { kind: 'handlingDecision', proceedingId: inspectionId }, caseFileId });
    await act('inspection', 'serveDecision', { date: decided, which: 'handling', recipient: EMPLOYER });
    await zhang.call('referrals.propose', { caseFileId, kind: 'policeReferral' });
    await act('policeReferral', 'refer', { date: decided, police: '日喀则市公安局桑珠孜区分局' }, decided);
    const referral = await make('referralLetter', 'policeReferral');
    await act('policeReferral', 'transfer', { date: decided, police: '日喀则市公安局桑珠孜区分局', procuratorateCopyDate: decided, procuratorate: '日喀则市桑珠孜区人民检察院' });
    await zhang.call('referrals.propose', { caseFileId, kind: 'blacklisting' });
    await act('blacklisting', 'notice', { date: decided, reasons: '经责令限期支付，逾期仍拖欠扎西等3名农民工工资26,900.50元，其中扎西被拖欠4个月工资12,800元，达到拒不支付劳动报酬罪的数额标准' });
    await act('blacklisting', 'recordStatement', { date: decided, content: '称建设单位未付工程款；经复核，理由不成立' });
    await act('blacklisting', 'list', { date: decided, persons: '法定代表人王建国、项目负责人李明' }, decided);
    const listing = await make('blacklistDecision', 'blacklisting');
    // The wages of the three workers paid in full, each against his own receipt (the 赔偿金 the decision ordered is not).
    const paid = day(-212);
    at(paid);
    zhang = await as('张伟');
    for (const [i, amountFen] of [[0, 1_280_000], [1, 960_050], [2, 450_000]] as const) {
      await zhang.call('payments.record', { caseFileId, kind: 'worker', personId: created.complainants[i]!.personId, payerKind: 'generalContractor', payerName: GC, method: 'cash', receiptMark: 'thumbprint', receiptSigner: WORKERS[i]!.name, paidOn: paid, amountFen });
    }

    // After the windows: the 催告; on the signing day, the court, the early removal and a group's mediation.
    const demanded = day(-20);
    at(demanded);
    zhang = await as('张伟');
    await act('inspection', 'expireAppeal', { date: demanded, note: null });
    await act('inspection', 'demand', { date: demanded, amountFen: 1_595_025 });
    at(signDay);
    [zhang, leader, desk] = [await as('张伟'), await as('李强'), await as('次仁卓玛')];
    await act('inspection', 'applyEnforcement', { date: signDay, court: '日喀则市桑珠孜区人民法院' });
    const enforcement = await make('enforcementApplication', 'inspection');
    // Early removal: the arrears paid in full more than six months ago, and the employer's written pledge on file.
    await act('blacklisting', 'recordPledge', { date: signDay, content: '本单位承诺今后按时足额支付农民工工资，不再发生拖欠' });
    await act('blacklisting', 'removeEarly', { date: signDay, correctionDate: paid, reason: '总承包单位已代为足额支付扎西、次仁多吉、尼玛的全部工资' }, signDay);
    const removal = await make('delistingDecision', 'blacklisting');

    const group = await desk.call('intakes.create', {
      kind: 'complaint', channel: 'walkIn', receivedAt: instantOf(signDay, '09:00'), summary: '桑珠孜区第二小学项目3名农民工工资未付，申请监察联调', workersCount: 3,
      parties: [{ partyId: employer.id, role: 'employer' }], complainants: WORKERS, route: 'mediation', leaderStaffId: await id('李强'),
    });
    const groupFile = (await desk.call('intakes.get', { id: group.id })).caseFileId!;
    await leader.call('team.add', { caseFileId: groupFile, role: 'participant', staffId: await id('张伟'), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '承办监察联调' });
    zhang = await takeIn(core, groupFile, '张伟', DEMO_PASSWORD);
    const mediation = (await zhang.call('casework.get', { caseFileId: groupFile })).proceedings.find((p) => p.kind === 'jointMediation')!;
    await zhang.call('proceedings.act', { proceedingId: mediation.proceedingId, action: 'accept', input: { date: signDay }, expectedRowVersion: mediation.rowVersion });
    const parties = (await zhang.call('cases.get', { id: groupFile })).proceedings[0]!.parties;
    await zhang.call('meetings.record', {
      caseFileId: groupFile, kind: 'jointMediation', date: signDay, place: '桑珠孜区人社局三楼会议室', purpose: '监察联调：协调总包单位先行清偿',
      attendees: [
        { partyId: parties.find((x) => x.role === 'employer')!.partyId, name: '王建国', organisation: null, commitment: '十日内核清工资表并送达劳动者本人' },
        { partyId: null, name: '罗布', organisation: '桑珠孜区住房和城乡建设局', commitment: '督促总承包单位先行清偿，付清前暂停其在本区的招投标资格' },
        { partyId: null, name: '次旦', organisation: '桑珠孜区公安分局', commitment: null },
        { partyId: null, name: '格桑', organisation: GC, commitment: '分两期先行清偿' },
      ],
      outcome: '总承包单位同意分期先行清偿',
    });
    const m = (await zhang.call('casework.get', { caseFileId: groupFile })).proceedings.find((p) => p.kind === 'jointMediation')!;
    const dundrub = group.complainants[0]!.personId;
    await zhang.call('proceedings.act', {
      proceedingId: m.proceedingId, action: 'agree', expectedRowVersion: m.rowVersion,
      input: { date: signDay, note: '总承包单位先行清偿后，有权向用人单位追偿', instalments: [
        { personId: null, dueOn: addDays(signDay, 5), amountFen: 1_000_000, payerName: GC },
        { personId: dundrub, dueOn: addDays(signDay, 15), amountFen: 800_000, payerName: GC },
        { personId: null, dueOn: addDays(signDay, 25), amountFen: 890_050, payerName: EMPLOYER },
      ] },
    });
    const agreement = await make('mediationAgreement', 'jointMediation', groupFile);
    // The first instalment (the 总包's, due five days on) goes unpaid: the day after it, the workers' 支付令申请书.
    at(addDays(signDay, 6));
    zhang = await as('张伟');
    const paymentOrder = await make('paymentOrderApplication', 'jointMediation', groupFile);
    return {
      issued: [
        [zhang, '调解协议书', agreement],
        [zhang, '支付令申请书', paymentOrder],
        [zhang, '涉嫌犯罪案件移送书', referral],
        [zhang, '列入失信联合惩戒对象名单决定书', listing],
        [zhang, '提前移出失信联合惩戒对象名单决定书', removal],
        [zhang, '强制执行申请书', enforcement],
      ],
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
