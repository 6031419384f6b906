// Fills a fresh installation with the demo data, through the same services and contract schemas as real
// input, so what the demo shows is what the application really does. Only on request (first run in dev).
import { channels } from '../../../shared/contract/channels';
import { residentIdCheckChar } from '../../../shared/domain/identity';
import { instantOf, dateKeyOf } from '../../../shared/domain/time';
import { DEMO_PASSWORD, DEMO_FILLER_NAMES, DEMO_INTAKES, DEMO_PARTIES, DEMO_PROJECTS, DEMO_STAFF, type DemoWorker } from '../../../db/seed/demo-data';
import type { CallContext } from '../kernel/context';
import { requireInstallation } from '../kernel/installation';
import { createIntake } from '../intakes/intakes.service';
import { answerDemoComplainants } from './demo-followup';
import { carryDemoFiles, demoFiles } from './demo-casework';
import { scheduleDemoHearings } from './demo-hearings';
import { recordDemoIncidents } from './demo-incidents';
import { addDemoEvidence } from './demo-evidence';
import { addDemoPayment } from './demo-payments';
import { createParty } from '../parties/parties.service';
import { insertStaff } from '../reference/staff.service';
import { getUnit, saveDepartment } from '../reference/units.service';
import { tx, writeContext } from '../kernel/tx';
import { insertAccount } from '../accounts/accounts.service';
import { hashPassword } from '../accounts/passwords';

const DAY = 24 * 60 * 60 * 1000;

function worker(w: DemoWorker) {
  return {
    name: w.name,
    idType: w.idNumber ? ('residentId' as const) : ('none' as const),
    idNumber: w.idNumber ?? null,
    idMissingReason: w.missing ?? null,
    phones: w.phone ? [w.phone] : [],
    hometown: w.hometown ?? null,
    preferredLanguage: w.bo ? ('bo' as const) : ('zh' as const),
    isRepresentative: w.rep ?? false,
    amountClaimedFen: w.amountYuan !== undefined ? w.amountYuan * 100 : null,
    address: w.address ?? null,
    occupation: w.occupation ?? null,
    workplace: w.workplace ?? null,
  };
}

/** A valid, obviously fictional resident ID for filler rows (sequence 9xx, county 540202). */
function fillerId(i: number): string {
  const first17 = `5402021990${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}9${String(i).padStart(2, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** What the desk told the complainant (告知), by where the matter went. */
function demoNotice(route: string | null, answer: string | null): string {
  if (answer) return answer;
  if (route === 'arbitration') return '已告知：仲裁申请转劳动人事争议仲裁院，5日内决定是否受理；材料不齐的，一次性告知补正';
  if (route === 'mediation') return '已告知：转调解组织调解；调解不成的，可申请劳动仲裁';
  return '已告知：转劳动保障监察机构处理，5个工作日内决定是否立案并电话告知；请保持电话畅通';
}

export async function seedDemo(call: CallContext): Promise<void> {
  const core = call.core;
  const inst = requireInstallation(core);
  const departments = core.prepare('SELECT id, capability FROM departments WHERE unit_id = ?').all(inst.unitId) as { id: string; capability: string }[];
  const unitByRegion = new Map((core.prepare('SELECT id, region_code FROM units').all() as { id: string; region_code: string }[]).map((u) => [u.region_code, u.id]));

  const staffIds = new Map<string, string>();
  const partyIds = new Map<string, string>();
  const hashes = await Promise.all(DEMO_STAFF.map(() => hashPassword(DEMO_PASSWORD, core.config.passwordCost)));
  tx(writeContext(call), (w) => {
    for (const [i, s] of DEMO_STAFF.entries()) {
      const { initialPassword: _typed, ...fields } = channels['staff.create'].input.parse({
        initialPassword: DEMO_PASSWORD,
        name: s.name,
        departmentId: departments.find((d) => d.capability === s.capability)?.id ?? null,
        roles: s.roles,
        employment: s.employment,
        phone: s.phone,
        enforcementCertNo: s.enforcementCertNo ?? null,
        enforcementCertExpiry: s.enforcementCertNo ? '2028-12-31' : null,
        arbitratorCertNo: s.arbitratorCertNo ?? null,
        arbitratorCertExpiry: s.arbitratorCertNo ? '2027-06-30' : null,
      });
      const id = insertStaff(w, core, inst.unitId, fields);
      insertAccount(w, id, hashes[i], false);
      staffIds.set(s.key, id);
    }
    for (const p of DEMO_PARTIES) {
      const input = channels['parties.create'].input.parse({
        kind: p.kind,
        name: p.name,
        creditCode: p.creditCode ?? null,
        idNumber: p.idNumber ?? null,
        legalRepName: p.legalRepName ?? null,
        address: p.address ?? null,
        phone: p.phone ?? null,
      });
      partyIds.set(p.key, createParty(w, core, input).id);
    }
    w.audit({ action: 'seedDemo', entity: 'installation', entityId: '1', change: { staff: DEMO_STAFF.length, parties: DEMO_PARTIES.length } });
  });

  const projectRef = (key: string | undefined) => {
    const p = DEMO_PROJECTS.find((x) => x.key === key);
    return p ? { name: p.name, siteUnitId: unitByRegion.get(p.siteRegionCode) ?? null } : null;
  };
  const at = (daysAgo: number, time: string) => instantOf(dateKeyOf(core.clock.now() - daysAgo * DAY), time);

  const intakes = [
    ...DEMO_INTAKES,
    ...DEMO_FILLER_NAMES.map((name, i) => ({
      daysAgo: 22 + i * 2,
      time: `${String(9 + (i % 8)).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}`,
      kind: 'complaint' as const,
      channel: (['walkIn', 'phone', 'walkIn', 'letter'] as const)[i % 4],
      summary: `反映在${DEMO_PARTIES[i % 5].name}务工期间被拖欠工资${2 + (i % 4)}个月，要求支付。`,
      workers: 1,
      amountYuan: 4000 + i * 650,
      parties: [[DEMO_PARTIES[i % 5].key, 'employer']] as [string, 'employer'][],
      complainants: [{ name, idNumber: fillerId(i), phone: `1390892${String(5000 + i).padStart(4, '0')}`, amountYuan: 4000 + i * 650 }],
      route: 'inspection' as const,
    })),
  ];
  for (const d of intakes) {
    const replyDue = 'replyInDays' in d && d.replyInDays ? dateKeyOf(at(d.daysAgo, d.time) + d.replyInDays * DAY) : null;
    const input = channels['intakes.create'].input.parse({
      kind: d.kind,
      channel: d.channel,
      externalNo: 'externalNo' in d ? d.externalNo : null,
      replyDue,
      receivedAt: at(d.daysAgo, d.time),
      summary: d.summary,
      workersCount: d.workers,
      amountClaimedFen: d.amountYuan !== undefined ? d.amountYuan * 100 : null,
      violationEndDate: 'violationEndedDaysBefore' in d && d.violationEndedDaysBefore !== undefined ? dateKeyOf(at(d.daysAgo, d.time) - d.violationEndedDaysBefore * DAY) : null,
      pendingElsewhere: 'pendingElsewhere' in d ? (d.pendingElsewhere ?? null) : null,
      parties: d.parties.map(([key, role]) => ({ partyId: partyIds.get(key)!, role })),
      project: projectRef('project' in d ? d.project : undefined),
      complainants: d.complainants.map(worker),
      route: d.route ?? null,
      answer: 'answer' in d ? d.answer : null,
      leaderStaffId: 'leader' in d && d.leader ? staffIds.get(d.leader)! : null,
      urgent: 'urgent' in d ? d.urgent : false,
      notice: demoNotice(d.route ?? null, 'answer' in d ? (d.answer ?? null) : null),
    });
    const registeredAt = input.receivedAt + 6 * 60 * 1000;
    // Registered by the demo desk clerk, a few minutes after the person arrived, as at a real desk.
    createIntake({ ...call, session: { ...call.session, staffId: staffIds.get('desk1')! }, core: { ...core, clock: { now: () => registeredAt } } }, input);
  }
  // Two files of past years, closed on fixed dates (demo-casework.ts): their met deadlines never become provisional.
  const fixed = [
    { at: instantOf('2025-06-03', '10:20'), route: 'arbitration' as const, party: 'jixiang', name: '拉巴', i: 40, summary: '申请仲裁：在餐馆帮工三个月的报酬未付。' },
    { at: instantOf('2026-03-09', '09:50'), route: 'inspection' as const, party: 'xuelian', name: '普琼', i: 41, summary: '反映2023年在商贸部打工期间被拖欠工资。' },
  ];
  for (const f of fixed) {
    const input = channels['intakes.create'].input.parse({
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: f.at,
      summary: f.summary,
      workersCount: 1,
      amountClaimedFen: 540000,
      parties: [{ partyId: partyIds.get(f.party)!, role: 'employer' }],
      complainants: [worker({ name: f.name, idNumber: fillerId(f.i), phone: `1390892${5000 + f.i}`, amountYuan: 5400 })],
      route: f.route,
      notice: demoNotice(f.route, null),
    });
    createIntake({ ...call, session: { ...call.session, staffId: staffIds.get('desk1')! }, core: { ...core, clock: { now: () => f.at + 6 * 60 * 1000 } } }, input);
  }
  answerDemoComplainants(call, staffIds.get('desk1')!);
  carryDemoFiles(call, demoFiles(call), {
    leader: staffIds.get('leader')!,
    inspectors: [staffIds.get('inspector1')!, staffIds.get('inspector2')!],
    arbitrator: staffIds.get('arbitrator')!,
    clerk: staffIds.get('clerk')!,
  });
  scheduleDemoHearings(call, demoFiles(call), { arbitrator: staffIds.get('arbitrator')!, clerk: staffIds.get('clerk')! });
  recordDemoIncidents(call, {
    leader: staffIds.get('leader')!,
    leader2: staffIds.get('leader2')!,
    inspectors: [staffIds.get('inspector1')!, staffIds.get('inspector2')!],
  });
  await addDemoEvidence(call, staffIds.get('inspector1')!);
  addDemoPayment(call, staffIds.get('inspector1')!);
  // Last, so the demo's files are carried as before: the 监察 department's 负责人 confirms the 包案领导 the desk proposed.
  appointDemoHead(call, inst.unitId, 'inspection', staffIds.get('inspector2')!);
}

function appointDemoHead(call: CallContext, unitId: string, capability: string, headStaffId: string): void {
  const d = getUnit(call.core, unitId).departments.find((x) => x.capability === capability && x.active);
  if (!d) return;
  tx(writeContext(call), (w) => {
    saveDepartment(w, call.core, channels['departments.save'].input.parse({ id: d.id, rowVersion: d.rowVersion, unitId, name: d.name, capability: d.capability, active: true, headStaffId }));
  });
}
