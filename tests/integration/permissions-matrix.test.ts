// Every role × every channel through the real core: a channel a role may not call is refused with the Chinese
// message for its permission, changes no table, and leaves exactly one 'refused' row on the audit trail. The
// expected table is written out here by hand, so a change to ROLE_PERMISSIONS must be made twice, on purpose.
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../shared/contract';
import { refusalMessage, ROLE_PERMISSIONS, type Permission } from '../../shared/domain/permissions';
import { STAFF_ROLE, type StaffRole } from '../../shared/domain/vocabulary';
import { samples } from '../fixtures/contract-samples';
import { ADMIN, businessCounts, establishStaff, signInAs, STAFF_PASSWORD, testCore, totalChanges, type TestCore } from '../helpers/core';

/** The channels each role may call beyond the public and any-signed-in ones. */
const EXPECTED: Record<StaffRole, ChannelName[]> = {
  receptionist: ['parties.search', 'parties.create', 'projects.search', 'intakes.create', 'intakes.addComplainants', 'intakes.get', 'intakes.list', 'intakes.parseRoster', 'personal.reveal', 'idImages.list', 'idImages.add', 'idImages.view', 'idImages.withdraw', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'deadlines.rules', 'deadlines.compute', 'documents.generate', 'documents.regenerate', 'documents.list', 'documents.preview', 'documents.model', 'documents.file', 'documents.batch', 'hearings.noticeRequests', 'hearings.unavailability', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'incidents.get', 'incidents.open', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'routing.reroute', 'evidence.list', 'caseWorkers.get', 'evidence.file', 'evidence.export', 'services.list', 'services.proof', 'services.receipt', 'repeats.check', 'followup.get', 'followup.waiting', 'followup.callback', 'hearings.list', 'hearings.ofCase', 'hearings.review', 'investigation.list', 'payments.list', 'mediation.instalments', 'payments.scan', 'referrals.checklist', 'siteInspection.list', 'siteInspection.photo', 'evidenceRequest.list', 'arbitration.application'],
  inspector: ['parties.search', 'parties.create', 'projects.search', 'intakes.create', 'intakes.addComplainants', 'intakes.get', 'intakes.list', 'intakes.parseRoster', 'personal.reveal', 'idImages.list', 'idImages.add', 'idImages.view', 'idImages.withdraw', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'deadlines.rules', 'deadlines.compute', 'documents.generate', 'documents.regenerate', 'documents.list', 'documents.preview', 'documents.model', 'documents.file', 'documents.batch', 'hearings.noticeRequests', 'hearings.unavailability', 'documents.void', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'proceedings.act', 'team.add', 'team.remove', 'team.confirmLeader', 'incidents.get', 'incidents.open', 'incidents.report', 'incidents.dispatch', 'incidents.close', 'supervisions.report', 'meetings.record', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'routing.accept', 'routing.return', 'routing.reroute', 'evidence.list', 'caseWorkers.get', 'evidence.file', 'evidence.export', 'evidence.add', 'evidence.withdraw', 'caseWorkers.correctOwed', 'services.list', 'services.proof', 'services.receipt', 'services.record', 'services.void', 'repeats.check', 'followup.get', 'followup.waiting', 'followup.callback', 'hearings.list', 'hearings.ofCase', 'hearings.review', 'hearings.schedule', 'hearings.postpone', 'hearings.recordHeld', 'hearings.addUnavailability', 'hearings.withdrawUnavailability', 'investigation.list', 'investigation.notice', 'investigation.createRecord', 'investigation.saveRecord', 'investigation.finaliseRecord', 'investigation.correctRecord', 'investigation.printRecord', 'payments.list', 'mediation.instalments', 'payments.scan', 'payments.record', 'payments.hold', 'payments.recover', 'payments.void', 'referrals.checklist', 'referrals.recordGround', 'referrals.propose', 'siteInspection.list', 'siteInspection.photo', 'siteInspection.create', 'siteInspection.save', 'siteInspection.addPhoto', 'siteInspection.removePhoto', 'siteInspection.finalise', 'siteInspection.correct', 'siteInspection.print', 'evidenceRequest.list', 'evidenceRequest.issue', 'evidenceRequest.recordReturn', 'arbitration.application', 'arbitration.saveApplication'],
  mediator: ['parties.search', 'parties.create', 'projects.search', 'intakes.get', 'intakes.list', 'personal.reveal', 'idImages.list', 'idImages.add', 'idImages.view', 'idImages.withdraw', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'deadlines.rules', 'deadlines.compute', 'documents.generate', 'documents.regenerate', 'documents.list', 'documents.preview', 'documents.model', 'documents.file', 'documents.batch', 'hearings.noticeRequests', 'hearings.unavailability', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'proceedings.act', 'team.add', 'team.remove', 'team.confirmLeader', 'incidents.get', 'incidents.open', 'incidents.report', 'incidents.dispatch', 'incidents.close', 'supervisions.report', 'meetings.record', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'routing.accept', 'routing.return', 'evidence.list', 'caseWorkers.get', 'evidence.file', 'evidence.export', 'evidence.add', 'evidence.withdraw', 'caseWorkers.correctOwed', 'services.list', 'services.proof', 'services.receipt', 'services.record', 'services.void', 'followup.get', 'followup.waiting', 'followup.callback', 'hearings.list', 'hearings.ofCase', 'hearings.review', 'hearings.schedule', 'hearings.postpone', 'hearings.recordHeld', 'hearings.addUnavailability', 'hearings.withdrawUnavailability', 'investigation.list', 'investigation.notice', 'investigation.createRecord', 'investigation.saveRecord', 'investigation.finaliseRecord', 'investigation.correctRecord', 'investigation.printRecord', 'payments.list', 'mediation.instalments', 'payments.scan', 'payments.record', 'payments.hold', 'payments.recover', 'payments.void', 'referrals.checklist', 'referrals.recordGround', 'referrals.propose', 'siteInspection.list', 'siteInspection.photo', 'siteInspection.create', 'siteInspection.save', 'siteInspection.addPhoto', 'siteInspection.removePhoto', 'siteInspection.finalise', 'siteInspection.correct', 'siteInspection.print', 'evidenceRequest.list', 'evidenceRequest.issue', 'evidenceRequest.recordReturn', 'arbitration.application', 'arbitration.saveApplication'],
  arbitrator: ['parties.search', 'parties.create', 'projects.search', 'intakes.get', 'intakes.list', 'personal.reveal', 'idImages.list', 'idImages.add', 'idImages.view', 'idImages.withdraw', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'deadlines.rules', 'deadlines.compute', 'documents.generate', 'documents.regenerate', 'documents.list', 'documents.preview', 'documents.model', 'documents.file', 'documents.batch', 'hearings.noticeRequests', 'hearings.unavailability', 'documents.void', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'proceedings.act', 'team.add', 'team.remove', 'team.confirmLeader', 'incidents.get', 'incidents.open', 'incidents.report', 'incidents.dispatch', 'incidents.close', 'supervisions.report', 'meetings.record', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'routing.accept', 'routing.return', 'evidence.list', 'caseWorkers.get', 'evidence.file', 'evidence.export', 'evidence.add', 'evidence.withdraw', 'caseWorkers.correctOwed', 'services.list', 'services.proof', 'services.receipt', 'services.record', 'services.void', 'followup.get', 'followup.waiting', 'followup.callback', 'hearings.list', 'hearings.ofCase', 'hearings.review', 'hearings.schedule', 'hearings.postpone', 'hearings.recordHeld', 'hearings.addUnavailability', 'hearings.withdrawUnavailability', 'investigation.list', 'investigation.notice', 'investigation.createRecord', 'investigation.saveRecord', 'investigation.finaliseRecord', 'investigation.correctRecord', 'investigation.printRecord', 'payments.list', 'mediation.instalments', 'payments.scan', 'payments.record', 'payments.hold', 'payments.recover', 'payments.void', 'referrals.checklist', 'referrals.recordGround', 'referrals.propose', 'siteInspection.list', 'siteInspection.photo', 'siteInspection.create', 'siteInspection.save', 'siteInspection.addPhoto', 'siteInspection.removePhoto', 'siteInspection.finalise', 'siteInspection.correct', 'siteInspection.print', 'evidenceRequest.list', 'evidenceRequest.issue', 'evidenceRequest.recordReturn', 'arbitration.application', 'arbitration.saveApplication'],
  clerk: ['parties.search', 'parties.create', 'projects.search', 'intakes.get', 'intakes.list', 'personal.reveal', 'idImages.list', 'idImages.add', 'idImages.view', 'idImages.withdraw', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'deadlines.rules', 'deadlines.compute', 'documents.generate', 'documents.regenerate', 'documents.list', 'documents.preview', 'documents.model', 'documents.file', 'documents.batch', 'hearings.noticeRequests', 'hearings.unavailability', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'proceedings.act', 'team.add', 'team.remove', 'team.confirmLeader', 'incidents.get', 'incidents.open', 'incidents.report', 'incidents.dispatch', 'incidents.close', 'supervisions.report', 'meetings.record', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'routing.accept', 'routing.return', 'evidence.list', 'caseWorkers.get', 'evidence.file', 'evidence.export', 'evidence.add', 'evidence.withdraw', 'caseWorkers.correctOwed', 'services.list', 'services.proof', 'services.receipt', 'services.record', 'services.void', 'followup.get', 'followup.waiting', 'followup.callback', 'hearings.list', 'hearings.ofCase', 'hearings.review', 'hearings.schedule', 'hearings.postpone', 'hearings.recordHeld', 'hearings.addUnavailability', 'hearings.withdrawUnavailability', 'investigation.list', 'investigation.notice', 'investigation.createRecord', 'investigation.saveRecord', 'investigation.finaliseRecord', 'investigation.correctRecord', 'investigation.printRecord', 'payments.list', 'mediation.instalments', 'payments.scan', 'payments.record', 'payments.hold', 'payments.recover', 'payments.void', 'referrals.checklist', 'referrals.recordGround', 'referrals.propose', 'siteInspection.list', 'siteInspection.photo', 'siteInspection.create', 'siteInspection.save', 'siteInspection.addPhoto', 'siteInspection.removePhoto', 'siteInspection.finalise', 'siteInspection.correct', 'siteInspection.print', 'evidenceRequest.list', 'evidenceRequest.issue', 'evidenceRequest.recordReturn', 'arbitration.application', 'arbitration.saveApplication'],
  leader: ['parties.search', 'projects.search', 'intakes.get', 'intakes.list', 'personal.reveal', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'deadlines.rules', 'deadlines.compute', 'documents.generate', 'documents.regenerate', 'documents.list', 'documents.preview', 'documents.model', 'documents.file', 'documents.batch', 'hearings.noticeRequests', 'hearings.unavailability', 'documents.void', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'proceedings.act', 'team.add', 'team.remove', 'team.confirmLeader', 'approvals.decide', 'incidents.get', 'incidents.open', 'incidents.report', 'incidents.dispatch', 'incidents.close', 'supervisions.report', 'meetings.record', 'supervisions.open', 'supervisions.close', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'routing.accept', 'routing.return', 'routing.transfers', 'evidence.list', 'caseWorkers.get', 'evidence.file', 'evidence.export', 'evidence.add', 'evidence.withdraw', 'caseWorkers.correctOwed', 'services.list', 'services.proof', 'services.receipt', 'services.record', 'services.void', 'followup.get', 'followup.waiting', 'followup.callback', 'hearings.list', 'hearings.ofCase', 'hearings.review', 'hearings.schedule', 'hearings.postpone', 'hearings.recordHeld', 'hearings.addUnavailability', 'hearings.withdrawUnavailability', 'investigation.list', 'investigation.notice', 'investigation.createRecord', 'investigation.saveRecord', 'investigation.finaliseRecord', 'investigation.correctRecord', 'investigation.printRecord', 'payments.list', 'mediation.instalments', 'payments.scan', 'payments.record', 'payments.hold', 'payments.recover', 'payments.void', 'referrals.checklist', 'referrals.recordGround', 'referrals.propose', 'siteInspection.list', 'siteInspection.photo', 'siteInspection.create', 'siteInspection.save', 'siteInspection.addPhoto', 'siteInspection.removePhoto', 'siteInspection.finalise', 'siteInspection.correct', 'siteInspection.print', 'evidenceRequest.list', 'evidenceRequest.issue', 'evidenceRequest.recordReturn', 'arbitration.application', 'arbitration.saveApplication', 'arbitration.arbitratorRates'],
  admin: ['backup.overview', 'backup.configure', 'backup.run', 'backup.verify', 'backup.restore', 'units.update', 'departments.save', 'staff.create', 'staff.update', 'staff.resetPassword', 'parameters.set', 'calendar.setYear', 'calendar.setRegionalYear', 'deadlines.rules', 'deadlines.compute', 'jobs.start', 'documentTemplates.save', 'documentTemplates.reset', 'retention.list', 'retention.anonymise', 'hearings.saveRoom'],
  auditor: ['parties.search', 'projects.search', 'intakes.get', 'intakes.list', 'cases.list', 'cases.get', 'employers.search', 'employers.get', 'audit.list', 'audit.verify', 'audit.exportHead', 'casework.get', 'desk.summary', 'desk.charts', 'deadlines.list', 'incidents.get', 'routing.options', 'routing.inbox', 'routing.ofIntake', 'evidence.list', 'caseWorkers.get', 'followup.get', 'followup.waiting', 'hearings.list', 'hearings.unavailability', 'hearings.ofCase', 'hearings.review', 'payments.list', 'mediation.instalments', 'referrals.checklist', 'arbitration.application'],
};

const ROLES = STAFF_ROLE.values;
const open = (name: ChannelName) => channels[name].permission === 'public' || channels[name].permission === 'signedIn';

describe('the permission table', () => {
  it('is the one written out above', () => {
    for (const role of ROLES) {
      const allowed = CHANNEL_NAMES.filter((n) => !open(n) && ROLE_PERMISSIONS[role].includes(channels[n].permission as Permission));
      expect([...allowed].sort(), role).toEqual([...EXPECTED[role]].sort());
    }
  });

  it('keeps the administrator away from casework, personal data and the trail, and the auditor away from every change', () => {
    for (const n of ['intakes.list', 'intakes.get', 'cases.get', 'personal.reveal', 'idImages.list', 'idImages.view', 'audit.list', 'audit.verify'] as const) expect(EXPECTED.admin).not.toContain(n);
    for (const n of ['personal.reveal', 'idImages.list', 'idImages.view'] as const) expect(EXPECTED.auditor).not.toContain(n);
    const auditorWrites = EXPECTED.auditor.filter((n) => channels[n].kind === 'mutation');
    // The auditor's only writes are the records of their own checks and exports.
    expect(auditorWrites.sort()).toEqual(['audit.exportHead', 'audit.verify']);
  });
});

describe('every role × every channel, through the core', () => {
  /** A core with one person holding the role, signed in afresh for each call (some allowed calls end or lock it). */
  async function personWith(role: StaffRole): Promise<{ t: TestCore; staffId: string; password: string }> {
    const t = await testCore();
    if (role === 'admin') return { t, staffId: t.staff[ADMIN.name], password: ADMIN.password };
    const staffId = await establishStaff(t.core, t.admin, { name: `测试${STAFF_ROLE.label(role)}`, departmentId: null, roles: [role] });
    return { t, staffId, password: STAFF_PASSWORD };
  }

  for (const role of ROLES) {
    it(`${role}（${STAFF_ROLE.label(role)}）`, async () => {
      const { t, staffId, password } = await personWith(role);
      const db = t.core.services!.db;
      let refusedCount = 0;
      for (const name of CHANNEL_NAMES) {
        const client = await signInAs(t.core, staffId, password);
        const counts = businessCounts(t.core);
        const changes = totalChanges(t.core);
        const r = await client.invoke(name, samples[name].input as never);
        const permission = channels[name].permission;
        if (open(name) || EXPECTED[role].includes(name)) {
          // Allowed: never refused, and never an internal error (sample inputs may name records that do not exist).
          if (!r.ok) expect(['FORBIDDEN', 'INTERNAL'], `${role} ${name}: ${r.error.message}`).not.toContain(r.error.code);
          continue;
        }
        refusedCount++;
        expect(r, `${role} ${name}`).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: refusalMessage(permission as Permission), fields: null } });
        const after = businessCounts(t.core);
        expect(after, `${role} ${name}`).toEqual({ ...counts, audit_log: counts.audit_log + 1 });
        expect(totalChanges(t.core) - changes, `${role} ${name}`).toBe(1);
        const last = db.prepare('SELECT actor_staff_id, channel, action, entity, entity_id, change FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
        expect(last).toMatchObject({ actor_staff_id: staffId, channel: name, action: 'refused', entity: 'permission', entity_id: permission });
        expect(JSON.parse(last.change)).toEqual({ channel: name, roles: [role] });
      }
      expect(refusedCount).toBe(CHANNEL_NAMES.filter((n) => !open(n)).length - EXPECTED[role].length);
    });
  }

  it('checks the roles on every call, so a role taken away takes effect at once', async () => {
    const t = await testCore();
    const desk = await signInAs(t.core, '次仁卓玛');
    expect((await desk.invoke('intakes.list', {})).ok).toBe(true);
    const me = (await t.admin.call('staff.list', {})).find((s) => s.name === '次仁卓玛')!;
    const { id, rowVersion, unitId: _u, departmentName: _d, account: _a, ...fields } = me;
    await t.admin.call('staff.update', { ...fields, id, rowVersion, roles: ['clerk'] });
    expect(await desk.invoke('intakes.create', samples['intakes.create'].input)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await desk.invoke('intakes.list', {})).ok).toBe(true);
  });
});
