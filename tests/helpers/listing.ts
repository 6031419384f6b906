// A file with 扎西 owed ¥8,000 on the 限期支付 order of 2026-11-25 (pay by 2026-12-02), posted at the site, and — once
// the deadline has passed (2026-12-03) — the employer proposed, noticed, heard and listed on the 失信联合惩戒名单 on a
// leader's approval: the blacklist's later steps start from it. No test-runner imports.
import type { Core } from '../../electron/core/index';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from './client';
import { establishStaff, signInAs, type TestCore } from './core';
import { takeIn } from './routing';

export const DAY = 86_400_000;
export const LISTED_EMPLOYER = '日喀则市华建建筑工程有限公司';

export interface ListedFile {
  caseFileId: string;
  leader: Client;
  suolang: Client;
  zhaxi: string;
  employerId: string;
}

const proceedingOf = async (c: Client, caseFileId: string, kind: string) => (await c.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === kind)!;

/** Takes a step on the file's proceeding of `kind`; returns the result as the core gave it. */
export async function step(c: Client, caseFileId: string, kind: string, action: string, input: Record<string, unknown>) {
  const p = await proceedingOf(c, caseFileId, kind);
  return c.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

/** The leader approves the step waiting on the proceeding of `kind`, signed on `date`. */
export async function approve(leader: Client, caseFileId: string, kind: string, date: string) {
  const p = await proceedingOf(leader, caseFileId, kind);
  return leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

async function must(r: Promise<{ ok: boolean; error?: unknown }>, what: string) {
  const out = await r;
  if (!out.ok) throw new Error(`${what}: ${JSON.stringify(out.error)}`);
}

/** The served, overdue order (clock at 2026-12-03 10:00 on return), not yet listed. */
export async function overdueOrder(t: TestCore): Promise<ListedFile> {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2030-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: LISTED_EMPLOYER });
  const base = zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') });
  const created = await t.client.call('intakes.create', { ...base, complainants: base.complainants!.map((c) => ({ ...c, amountClaimedFen: 800_000 })) });
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const suolang = await signInAs(t.core, '索朗');
  await must(step(suolang, caseFileId, 'inspection', 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }), 'file');
  await approve(leader, caseFileId, 'inspection', '2026-11-25');
  const order = { organ: '日喀则市人力资源和社会保障局', caseNumber: '日喀则市人社监立字〔2026〕第1号', employer: LISTED_EMPLOYER, facts: '拖欠扎西2026年7月至10月工资', workers: 1, amountFen: 800_000, date: '2026-11-25', deadline: '2026-12-02' };
  const [doc] = await suolang.call('documents.generate', { request: { kind: 'orderToPay', order }, caseFileId });
  await must(step(suolang, caseFileId, 'inspection', 'issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 800_000, workers: 1, facts: '拖欠扎西2026年7月至10月工资' }), 'issueOrder');
  t.clock.advance(2 * 3_600_000);
  const p = await proceedingOf(suolang, caseFileId, 'inspection');
  const recipient = (await suolang.call('services.list', { caseFileId })).recipients.find((r) => r.name === LISTED_EMPLOYER)!;
  const photo = [{ purpose: 'photo' as const, fileName: '工地大门张贴.png', contentBase64: cardPng(320, 240).toString('base64') }];
  await suolang.call('services.record', { documentId: doc!.id, proceedingId: p.proceedingId, recipientId: recipient.recipientId, method: 'posted', servedAt: instantOf('2026-11-25', '11:00'), receivedBy: null, relation: null, servedBy: t.staff['索朗']!, witnesses: ['格桑'], noticePlace: null, proofs: photo });
  await suolang.call('referrals.recordGround', { caseFileId, kind: 'unpaidMonths', fact: '自2026年7月起未发工资', personId: created.complainants[0]!.personId, months: 4 });
  t.clock.advance(8 * DAY - 2 * 3_600_000); // 2026-12-03 10:00
  return { caseFileId, leader, suolang, zhaxi: created.complainants[0]!.personId, employerId: employer.id };
}

/** …and listed on 2026-12-03 (the statement made the same day): the term ends 2029-12-03. */
export async function listedEmployer(t: TestCore): Promise<ListedFile> {
  const f = await overdueOrder(t);
  await f.suolang.call('referrals.propose', { caseFileId: f.caseFileId, kind: 'blacklisting' });
  await must(step(f.suolang, f.caseFileId, 'blacklisting', 'notice', { date: '2026-12-03', reasons: '逾期未支付扎西工资8000元，达到数额较大标准' }), 'notice');
  await must(step(f.suolang, f.caseFileId, 'blacklisting', 'recordStatement', { date: '2026-12-03', content: '当事人称工程款未到位；复核：理由不成立' }), 'recordStatement');
  await must(step(f.suolang, f.caseFileId, 'blacklisting', 'list', { date: '2026-12-03', persons: '法定代表人 王某' }), 'list');
  await approve(f.leader, f.caseFileId, 'blacklisting', '2026-12-03');
  return f;
}

export const statusOf = async (c: Client, caseFileId: string, kind: string) => (await proceedingOf(c, caseFileId, kind)).statusLabel;
export type { Core };
