// The set-up the e2e stories repeat, through the core: on a fresh unit (no demo data: a story's pages load faster on
// a busy machine) with two certified inspectors, the desk registers a group complaint routed
// to inspection with its 包案领导, the inspection department takes it from its inbox (签收), the leader names the
// handlers; and a person signs in and opens the file on screen. What a story does on screen stays in its spec.
import type { Page } from '@playwright/test';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import type { Client } from '../helpers/client';
import { establishStaff, STAFF_PASSWORD } from '../helpers/accounts';
import { takeIn } from '../helpers/routing';
import { expect, type AppFixture } from './fixtures';

export const LEADER = '李强';
export const DESK = '次仁卓玛';
/** Two inspectors with a valid 执法证 (监察条例 Art. 16: two or more). */
export const INSPECTORS = ['张伟', '达瓦次仁'] as const;

export interface Worker {
  name: string;
  /** What the worker says is owed, in fen (their line on the complaint). */
  owedFen: number;
}

export interface GroupComplaint {
  desk: Client;
  leader: Client;
  /** The first inspector, who took the file in. */
  inspector: Client;
  intakeId: string;
  regNoText: string;
  caseFileId: string;
  title: string;
  /** The inspection proceeding opened by the routing. */
  proceedingId: string;
  /** Each worker's person id, by name. */
  personIds: Record<string, string>;
}

/** This morning at 09:30 Beijing time, or a minute ago while 09:30 is still to come. */
export const thisMorning = () => Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000);

export async function staffIdOf(c: Client, name: string): Promise<string> {
  return (await c.call('staff.list', {})).find((s) => s.name === name)!.id;
}

/**
 * On a fresh unit with 张伟 and 达瓦次仁 in the inspection department, each with a 执法证: the desk registers `workers`' complaint against `employer` (the first worker their
 * representative), routed to inspection with 李强 as 包案领导; 张伟 takes it from the department's inbox; 李强 names
 * both inspectors handlers. Nothing is filed yet.
 */
export async function groupComplaintTakenIn(
  app: AppFixture,
  o: { employer: string; workers: readonly Worker[]; summary: string; receivedAt?: number },
): Promise<GroupComplaint> {
  await app.initialize();
  for (const [n, name] of INSPECTORS.entries()) {
    await establishStaff(app.core, app.client, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字023${n + 1}`, enforcementCertExpiry: '2030-06-30' });
  }
  const leader = await app.as(LEADER);
  const desk = await app.as(DESK);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: o.employer });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: o.receivedAt ?? thisMorning(),
    summary: o.summary,
    workersCount: o.workers.length,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: o.workers.map((w, i) => ({ name: w.name, idType: 'none' as const, idMissingReason: '未带证件', isRepresentative: i === 0, amountClaimedFen: w.owedFen })),
    route: 'inspection',
    leaderStaffId: staff.find((s) => s.name === LEADER)!.id,
  });
  const intake = await desk.call('intakes.get', { id: created.id });
  const caseFileId = intake.caseFileId!;
  const inspector = await takeIn(app.core, caseFileId, INSPECTORS[0], STAFF_PASSWORD);
  for (const name of INSPECTORS) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === name)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定承办人开展调查' });
  }
  const file = await leader.call('cases.get', { id: caseFileId });
  return {
    desk,
    leader,
    inspector,
    intakeId: created.id,
    regNoText: intake.regNoText,
    caseFileId,
    title: file.title,
    proceedingId: file.proceedings.find((p) => p.kind === 'inspection')!.id,
    personIds: Object.fromEntries(created.complainants.map((c) => [c.name, c.personId as string])),
  };
}

/** Signs in as `who` (one of the people above) and opens the case file's page. */
export async function openCaseFile(page: Page, app: AppFixture, f: { caseFileId: string; title: string }, who: string): Promise<void> {
  await app.signIn(page, who, STAFF_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
}

/** Takes a step of a proceeding of the file as `c`, at its current row version; throws with the core's words if refused. */
export async function act(c: Client, caseFileId: string, kind: string, action: string, input: Record<string, unknown>) {
  const p = (await c.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === kind)!;
  return c.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

/** The leader approves the step the proceeding of this kind waits on, signed on `date`. */
export async function approve(leader: Client, caseFileId: string, kind: string, date: string, opinion = '同意') {
  const pending = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === kind)!.pendingApproval!;
  return leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion, date, expectedRowVersion: pending.rowVersion });
}
