// One batch of intakes of the large database, in the app's row shapes: persons and their phones, the intake, its
// parties and complainants, its case file when routed (casework.ts), an intake record's paper for some, and its
// search index through the app's own indexIntake.
import { documents, intakeComplainants, intakeParties, intakes, personPhones, persons } from '../../../db/schema';
import { storedSource } from '../../../electron/core/documents/document-source';
import { indexIntake } from '../../../electron/core/intakes/search-index';
import { initials } from '../../../electron/core/search/terms';
import { caseTitle } from '../../../shared/domain/case-title';
import { isCollectiveDispute } from '../../../shared/domain/collective';
import { checkResidentId } from '../../../shared/domain/identity';
import { formatRegNo } from '../../../shared/domain/registration';
import { dateKeyOf, instantOf, yearOf } from '../../../shared/domain/time';
import type { IntakeChannel, IntakeKind, IntakeRoute, IntakeStatus, PartyRole } from '../../../shared/domain/vocabulary';
import { writeCaseFile, type CaseworkContext, type CaseworkCounts, type SeriesCounters } from './casework';
import { COMMON_TIBETAN, heavyTail, mobile, occupation, workKind, workerName, type IdNumbers } from './people';
import { fileHashes, type AuditCall } from './audit';
import type { AuditEntry } from '../../../electron/core/kernel/tx';
import { rowWriter } from './rows';

export interface World extends CaseworkContext {
  idNumbers: IdNumbers;
  employers: { id: string; name: string }[];
  projects: { id: string; name: string }[];
  /** First and last instants of the history. */
  from: number;
  to: number;
  total: number;
  /** Recent workers, some of whom come back with another complaint. */
  recent: { personId: string; name: string }[];
  series: SeriesCounters;
  counts: CaseworkCounts & { persons: number; phones: number; complainants: number; tibetanCommon: number; intakes: number; routes: Record<string, number>; listingsEnded: number };
}

const DAY = 86_400_000;
/** The unit's department for each route (the demo unit's, seeded by the app's first run). */
const DEPARTMENT_OF: Record<string, string> = { inspection: 'dept-540200-inspection', arbitration: 'dept-540200-arbitration', mediation: 'dept-540200-laborRelations' };
const CHANNELS: readonly [IntakeChannel, number][] = [['walkIn', 52], ['phone', 14], ['hotline12345', 16], ['letter', 4], ['cluePlatform', 8], ['petitionTransfer', 4], ['assignedFromAbove', 2]];
const initialsCache = new Map<string, string>();
const personInitials = (name: string) => initialsCache.get(name) ?? (initialsCache.set(name, initials(name, true)), initialsCache.get(name)!);

function weighted<T>(r: () => number, xs: readonly [T, number][]): T {
  let x = r() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[0]![0];
}

function complainantCount(r: () => number, kind: IntakeKind): number {
  if (kind === 'consultation') return 1;
  const u = r();
  if (u < 0.4) return 1;
  if (u < 0.65) return 2;
  if (u < 0.8) return 3;
  if (u < 0.9) return 4 + Math.floor(r() * 3);
  if (u < 0.98) return 7 + Math.floor(r() * 6);
  return 15 + Math.floor(r() * 26);
}

/** The i-th intake's time: ten years, more of them each year (the bureau grew), in order, inside office hours. */
function receivedAt(wd: World, i: number): number {
  const days = Math.floor((wd.to - wd.from) / DAY);
  const x = days * Math.sqrt((i + 0.5) / wd.total);
  const day = Math.floor(x);
  return wd.from + day * DAY + Math.floor((x - day) * 8.5 * 3_600_000);
}

export function writeIntakes(wd: World, fromIndex: number, toIndex: number): void {
  const { prepare, r } = wd;
  const w = {
    person: rowWriter(prepare, persons, ['id', 'name', 'nameInitials', 'idType', 'idNumber', 'idStatus', 'sex', 'birthDate', 'hometown', 'preferredLanguage', 'createdBy', 'createdAt', 'updatedAt']),
    phone: rowWriter(prepare, personPhones, ['id', 'personId', 'phone', 'kind', 'sortOrder', 'createdAt']),
    intake: rowWriter(prepare, intakes, ['id', 'unitId', 'regYear', 'regNo', 'kind', 'channel', 'externalNo', 'receivedAt', 'receivedDate', 'summary', 'workersCount', 'amountClaimedFen', 'projectId', 'status', 'route', 'answer', 'collective', 'urgent', 'caseFileId', 'recordedBy', 'createdAt', 'updatedAt']),
    party: rowWriter(prepare, intakeParties, ['intakeId', 'partyId', 'role', 'sortOrder']),
    complainant: rowWriter(prepare, intakeComplainants, ['intakeId', 'personId', 'sortOrder', 'isRepresentative', 'amountClaimedFen', 'address', 'occupation', 'workplace']),
    record: rowWriter(prepare, documents, ['id', 'unitId', 'kind', 'title', 'series', 'status', 'intakeId', 'source', 'createdBy', 'createdAt']),
  };
  for (let i = fromIndex; i < toIndex; i++) {
    const at = receivedAt(wd, i);
    const date = dateKeyOf(at);
    const year = yearOf(at);
    const kind: IntakeKind = weighted(r, [['complaint', 82], ['report', 6], ['consultation', 12]]);
    const channel = weighted(r, CHANNELS);
    const n = complainantCount(r, kind);
    const employer = wd.employers[heavyTail(r, wd.employers.length)]!;
    const parties: { partyId: string; role: PartyRole; name: string }[] = [{ partyId: employer.id, role: 'employer', name: employer.name }];
    if (kind !== 'consultation' && r() < 0.2) {
      const gc = wd.employers[heavyTail(r, Math.min(40, wd.employers.length))]!;
      if (gc.id !== employer.id) parties.push({ partyId: gc.id, role: 'generalContractor', name: gc.name });
    }
    const project = kind !== 'consultation' && r() < 0.6 ? wd.projects[heavyTail(r, wd.projects.length)]! : null;
    const trade = occupation(r);
    const people: { personId: string; name: string; amountFen: number; tibetan: boolean }[] = [];
    // The rows intakes.create writes in its one call (intakes.service.ts, persons.ts, case-opening.ts, routing.service.ts).
    const created: AuditEntry[] = [];
    for (let k = 0; k < n; k++) {
      const back = wd.recent.length > 100 && r() < 0.08 ? wd.recent[Math.floor(r() * wd.recent.length)]! : null;
      if (back && !people.some((p) => p.personId === back.personId)) {
        people.push({ ...back, amountFen: 100 * (2000 + Math.floor(r() * 30000)), tibetan: false });
        continue;
      }
      const { name, tibetan } = workerName(r);
      const idNumber = wd.idNumbers.next(r);
      const id = checkResidentId(idNumber);
      const personId = wd.ids.at(at);
      const language = tibetan && r() < 0.4 ? 'bo' : 'zh';
      w.person({ id: personId, name, nameInitials: personInitials(name), idType: 'residentId', idNumber, idStatus: 'valid', sex: id.ok ? id.sex : null, birthDate: id.ok ? id.birthDate : null, hometown: null, preferredLanguage: language, createdBy: wd.staff.desk, createdAt: at, updatedAt: at });
      wd.counts.persons++;
      if (COMMON_TIBETAN.some((part) => name.includes(part))) wd.counts.tibetanCommon++;
      const phones: string[] = [];
      if (r() < 0.92) {
        const phone = mobile(r);
        w.phone({ id: wd.ids.at(at), personId, phone, kind: 'mobile', sortOrder: 0, createdAt: at });
        phones.push(phone);
        wd.counts.phones++;
      }
      created.push({ action: 'create', entity: 'person', entityId: personId, change: { name, idType: 'residentId', idNumber, idMissingReason: null, hometown: null, preferredLanguage: language, phones } });
      people.push({ personId, name, amountFen: 100 * (2000 + Math.floor(r() * 30000)), tibetan });
      if (wd.recent.length < 5000) wd.recent.push({ personId, name });
      else wd.recent[Math.floor(r() * 5000)] = { personId, name };
    }
    const workers = n < 7 ? n : n + Math.floor(r() * n);
    const amount = people.reduce((s, p) => s + p.amountFen, 0);
    const route: IntakeRoute | null = routeOf(wd, kind, at);
    const status: IntakeStatus = route === null ? 'registered' : route === 'answered' || route === 'referredElsewhere' ? 'answered' : 'routed';
    const place = project?.name ?? `${workKind(r)}工地`;
    const summary = kind === 'consultation' ? `咨询：${trade}被拖欠工资如何维权` : `在${place}做${trade}，${1 + Math.floor(r() * 11)}个月工资共${Math.round(amount / 100)}元未付${n > 1 ? `（共${workers}人）` : ''}`;
    const regNo = (wd.series.get(`intake|${year}`) ?? 0) + 1;
    wd.series.set(`intake|${year}`, regNo);
    const intakeId = wd.ids.at(at);
    // The ids the intake's call makes, in the order it makes them (the paper's, then the file's: writeCaseFile), drawn
    // before the intake's row so that row is written once with its file (not inserted, then updated: issue #15).
    const record = kind !== 'consultation' && r() < 0.3 ? wd.ids.at(at) : null;
    const opensFile = route === 'inspection' || route === 'arbitration' || route === 'mediation';
    const caseFileId = opensFile ? wd.ids.at(at) : null;
    const collective = isCollectiveDispute(workers);
    w.intake({ id: intakeId, unitId: wd.unitId, regYear: year, regNo, kind, channel, externalNo: channel === 'hotline12345' ? `12345-${year}-${String(regNo).padStart(6, '0')}` : null, receivedAt: at, receivedDate: date, summary, workersCount: workers, amountClaimedFen: kind === 'consultation' ? null : amount, projectId: project?.id ?? null, status, route, answer: status === 'answered' ? '已当场答复，告知维权途径' : null, collective, urgent: false, caseFileId, recordedBy: wd.staff.desk, createdAt: at, updatedAt: at });
    parties.forEach((p, k) => w.party({ intakeId, partyId: p.partyId, role: p.role, sortOrder: k }));
    people.forEach((p, k) => w.complainant({ intakeId, personId: p.personId, sortOrder: k, isRepresentative: n >= 10 && k < 3, amountClaimedFen: kind === 'consultation' ? null : p.amountFen, address: null, occupation: trade, workplace: employer.name }));
    wd.counts.complainants += people.length;
    created.push({
      action: 'create',
      entity: 'intake',
      entityId: intakeId,
      change: {
        kind, channel, externalNo: channel === 'hotline12345' ? `12345-${year}-${String(regNo).padStart(6, '0')}` : null, receivedAt: at, summary, workersCount: workers, projectId: project?.id ?? null,
        route, answer: status === 'answered' ? '已当场答复，告知维权途径' : null, urgent: false, notice: null, departmentId: null, otherBody: null, transferUnitId: null, repeat: null,
        parties: parties.map((p) => ({ partyId: p.partyId, role: p.role })), regYear: year, regNo, collective, status,
        complainants: people.map((p, k) => ({ personId: p.personId, isRepresentative: n >= 10 && k < 3, amountClaimedFen: kind === 'consultation' ? null : p.amountFen, note: null, address: null, occupation: trade, workplace: employer.name })),
      },
    });
    const later: AuditCall[] = [];
    if (record) {
      const recordId = record;
      later.push({ at, actor: wd.staff.desk, channel: 'documents.generate', entries: [{ action: 'generate', entity: 'document', entityId: recordId, change: { kind: 'intakeRecord', number: null, version: 1, template: 'intakeRecord', ...fileHashes(recordId) } }] });
      w.record({ id: recordId, unitId: wd.unitId, kind: 'intakeRecord', title: `投诉（举报）登记表 ${formatRegNo(year, regNo)}`, series: null, status: 'issued', intakeId, source: storedSource({ kind: 'intakeRecord', intakeId }, { kind: 'intakeRecord', intakeId }), createdBy: wd.staff.desk, createdAt: at });
      wd.counts.documents++;
    }
    if (caseFileId && (route === 'inspection' || route === 'arbitration' || route === 'mediation')) {
      const title = caseTitle({ kind, complainantNames: people.map((p) => p.name), workersCount: workers, partyNames: parties.map((p) => p.name) });
      const file = writeCaseFile(wd, wd.series, wd.counts, { intakeId, caseFileId, regNoText: formatRegNo(year, regNo), route, receivedDate: date, receivedAt: at, title, collective, parties, persons: people.filter((_, k) => k < 40), later });
      created.push({ action: 'create', entity: 'caseFile', entityId: file.caseFileId, change: { intakeId, title, proceedingId: file.proceedingId, proceedingKind: file.proceedingKind, leaderStaffId: collective ? wd.staff.leader : null, collective, urgent: false } });
      created.push({ action: 'route', entity: 'intake', entityId: intakeId, change: { routingId: wd.ids.at(at), route, departmentId: DEPARTMENT_OF[route], caseFileId: file.caseFileId, proceedingId: file.proceedingId, note: null } });
    } else if (route === 'referredElsewhere') {
      created.push({ action: 'route', entity: 'intake', entityId: intakeId, change: { routingId: wd.ids.at(at), route, otherBody: '人民法院', note: null } });
    }
    wd.audit(at, wd.staff.desk, 'intakes.create', created);
    for (const call of later.sort((x, y) => x.at - y.at)) wd.audit(call.at, call.actor, call.channel, call.entries);
    wd.counts.routes[route ?? 'none'] = (wd.counts.routes[route ?? 'none'] ?? 0) + 1;
    wd.counts.intakes++;
    indexIntake(prepare, intakeId);
  }
}

function routeOf(wd: World, kind: IntakeKind, at: number): IntakeRoute | null {
  // The last days' intakes partly still wait to be routed.
  if (at > instantOf(wd.until) - 3 * DAY && wd.r() < 0.5) return null;
  if (kind === 'consultation') return wd.r() < 0.8 ? 'answered' : 'referredElsewhere';
  return weighted(wd.r, [['inspection', 58], ['arbitration', 22], ['mediation', 8], ['answered', 7], ['referredElsewhere', 5]]);
}
