// The employer view (issue #12): an employer, a 包工头 or a project with every case file and intake of this unit it
// stands in — as 用人单位, 总包, 分包, 建设单位, 班组（包工头）, or the respondent of an arbitration — under any of its
// names on file (shared/domain/employer-names.ts: the same code or ID, or a name variant, is merged; a 分公司 and a
// same-named person are linked, not merged), with each file's proceedings and their states, its workers and what
// they claimed and are owed (the case page's own figures: evidence/workers.service.ts), and 重复欠薪 when there are
// two files or more. Personal numbers are masked as in every list; a 举报's amount is left out for a caller who may
// not know who reported (监察条例 Art. 9).
import type { EmployerFile, EmployerIntake, EmployerName, EmployerSubject, EmployerView } from '../../../shared/contract/employers';
import type { Party } from '../../../shared/contract/parties';
import { isRepeatOffender, lookupKey, partyRelation, projectNameKey } from '../../../shared/domain/employer-names';
import { maskIdNumber } from '../../../shared/domain/permissions';
import { formatRegNo } from '../../../shared/domain/registration';
import type { CallContext } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { caseWorkers } from '../evidence/workers.service';
import { getParty, partiesByIds } from '../parties/parties.service';
import { searchNameIds } from '../search/names';
import { callerCan } from '../session/session.service';
import { fileCountOf, fileDetails, filesOf, intakesWithoutFile, partiesWithIdNumber, projectsByIds, type IntakeRow, type ProjectRow } from './employers.data';
import { FILE_COUNT_CAP } from './employers.search';
import { enforcementByFile, enforcementTotals } from './employer-enforcement';

/**
 * Files listed on one page, newest first; beyond them the page says it is not the whole history. Each listed file
 * costs its workers' figures (a few index reads): at 100,000 intakes the busiest builder's page took 300 ms at 200.
 */
export const FILES_LISTED = 100;
/** Records on file whose name contains the lookup key, examined for variants. */
const CANDIDATES = 50;

type Role = EmployerFile['parties'][number]['role'];

const partyName = (p: Party, relation: EmployerName['relation'], files: number, roles: Role[] = []): EmployerName => ({
  subject: { type: 'party', id: p.id },
  name: p.name,
  partyKind: p.kind,
  creditCode: p.creditCode,
  idNumber: maskIdNumber(p.idNumber),
  relation,
  roles,
  files,
});

const projectName = (p: ProjectRow, relation: EmployerName['relation'], files: number): EmployerName => ({
  subject: { type: 'project', id: p.id },
  name: p.name,
  partyKind: null,
  creditCode: null,
  idNumber: null,
  relation,
  roles: [],
  files,
});

interface Resolved {
  header: EmployerView['subject'];
  /** The records whose files are this page's. */
  mergedIds: string[];
  merged: (Party | ProjectRow)[];
  linked: EmployerName[];
}

/** The party and its other records (merged), its branches and same-named people (linked). */
function resolveParty(call: CallContext, id: string, unitId: string): Resolved {
  const core = call.core;
  const self = getParty(core, id);
  const key = lookupKey(self);
  const candidateIds = new Set(key ? searchNameIds(core.prepare, 'party', key, CANDIDATES).ids : []);
  if (self.idNumber) for (const other of partiesWithIdNumber(core.prepare, self.idNumber)) candidateIds.add(other);
  candidateIds.delete(self.id);
  const merged: Party[] = [self];
  const linked: EmployerName[] = [];
  for (const c of partiesByIds(core, [...candidateIds])) {
    const relation = partyRelation(self, c);
    if (relation === 'same') merged.push(c);
    else if (relation) linked.push(partyName(c, relation, fileCountOf(core.prepare, 'party', [c.id], unitId, FILE_COUNT_CAP)));
  }
  return {
    header: { ...partyName(self, 'self', 0), legalRepName: self.legalRepName, siteUnitName: null, siteAddress: self.address },
    mergedIds: merged.map((p) => p.id),
    merged,
    linked,
  };
}

/** The project and its records under a variant of its name at the same site (or with no site recorded). */
function resolveProject(call: CallContext, id: string): Resolved {
  const prepare = call.core.prepare;
  const [self] = projectsByIds(prepare, [id]);
  if (!self) throw notFound('项目');
  const key = projectNameKey(self.name);
  const candidates = projectsByIds(prepare, searchNameIds(prepare, 'project', key, CANDIDATES).ids).filter(
    (p) => p.id !== self.id && projectNameKey(p.name) === key && (p.site_unit_id === self.site_unit_id || p.site_unit_id === null || self.site_unit_id === null),
  );
  const merged = [self, ...candidates];
  return {
    header: { ...projectName(self, 'self', 0), legalRepName: null, siteUnitName: self.site_unit_name, siteAddress: self.site_address },
    mergedIds: merged.map((p) => p.id),
    merged,
    linked: [],
  };
}

/**
 * What a file's complaints claimed: the totals the intakes stated (a group's), or the workers' own claims where those
 * come to more (an intake that stated only each worker's amount); null when nobody stated an amount.
 */
function claimedOf(intakeTotals: number[], workerClaims: number[]): number | null {
  if (intakeTotals.length === 0 && workerClaims.length === 0) return null;
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return Math.max(sum(intakeTotals), sum(workerClaims));
}

export function employerView(call: CallContext, subject: EmployerSubject): EmployerView {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const r = subject.type === 'party' ? resolveParty(call, subject.id, unitId) : resolveProject(call, subject.id);
  const reporterRead = callerCan(call, 'reporter.read');
  const toIntake = (i: IntakeRow): EmployerIntake => ({
    id: i.id,
    regNoText: formatRegNo(i.reg_year, i.reg_no),
    kind: i.kind,
    status: i.status,
    receivedDate: i.received_date,
    workersCount: i.workers_count,
    amountClaimedFen: i.kind === 'report' && !reporterRead ? null : i.amount_claimed_fen,
  });

  const found = filesOf(core.prepare, subject.type, r.mergedIds, unitId, FILES_LISTED + 1);
  const listed = found.slice(0, FILES_LISTED);
  const d = fileDetails(core.prepare, listed);
  const mergedSet = new Set(r.mergedIds);
  const names = new Map(partiesByIds(core, [...new Set(d.parties.map((p) => p.party_id))]).map((p) => [p.id, p]));
  const byId = new Map(d.files.map((f) => [f.id, f]));
  // The case page's own figures: the named workers with what each claimed or is owed as corrected.
  const workersOf = new Map(listed.map((id) => [id, caseWorkers(call, id)]));
  const enforcement = enforcementByFile(core.prepare, listed, (id) => workersOf.get(id)?.workers ?? []);
  const files: EmployerFile[] = listed.flatMap((fileId) => {
    const f = byId.get(fileId);
    if (!f) return [];
    const intakes = d.intakes.filter((i) => i.case_file_id === f.id);
    const complaints = intakes.filter((i) => i.kind === 'complaint');
    const claimed = complaints.filter((i) => i.amount_claimed_fen !== null);
    const project = intakes.find((i) => i.project_id !== null);
    const seen = new Set<string>();
    const parties = d.parties
      .filter((p) => p.case_file_id === f.id && names.has(p.party_id))
      .sort((a, b) => a.ord - b.ord)
      .flatMap((p) => {
        const k = `${p.party_id}:${p.role}`;
        if (seen.has(k)) return [];
        seen.add(k);
        return [{ partyId: p.party_id, name: names.get(p.party_id)!.name, role: p.role as Role, subject: subject.type === 'party' && mergedSet.has(p.party_id) }];
      });
    const w = workersOf.get(f.id)!;
    return [
      {
        id: f.id,
        title: f.title,
        status: f.status,
        collective: f.collective === 1,
        openedAt: f.opened_at,
        closedAt: f.closed_at,
        firstReceivedDate: intakes[0]?.received_date ?? null,
        proceedings: d.proceedings.filter((p) => p.case_file_id === f.id).map((p) => ({ id: p.id, kind: p.kind, number: p.number, status: p.status, openedAt: p.opened_at })),
        parties,
        project: project ? { id: project.project_id!, name: project.project_name ?? '', siteUnitName: project.site_unit_name } : null,
        intakes: intakes.map(toIntake),
        workers: w.workers.length + w.unnamedCount,
        claimedFen: claimedOf(claimed.map((i) => i.amount_claimed_fen!), w.workers.flatMap((x) => (x.claimedFen === null ? [] : [x.claimedFen]))),
        owedFen: w.totals.owedFen,
        owedUnknown: w.totals.unknownCount,
        enforcement: enforcement.get(f.id)!,
      },
    ];
  });
  const loose = intakesWithoutFile(core.prepare, subject.type, r.mergedIds, unitId, FILES_LISTED).map(toIntake);

  // Merged records with the files each stands in; the units and 包工头 that stood with it, by files shared.
  const filesOfRecord = (id: string) =>
    subject.type === 'party' ? new Set(d.parties.filter((p) => p.party_id === id).map((p) => p.case_file_id)).size : new Set(d.intakes.filter((i) => i.project_id === id).map((i) => i.case_file_id)).size;
  const mergedNames = r.merged.map((m, i) => ('kind' in m ? partyName(m, i === 0 ? 'self' : 'same', filesOfRecord(m.id)) : projectName(m, i === 0 ? 'self' : 'same', filesOfRecord(m.id))));
  const others = new Map<string, { files: Set<string>; roles: Set<Role> }>();
  for (const p of d.parties) {
    if (subject.type === 'party' && mergedSet.has(p.party_id)) continue;
    const o = others.get(p.party_id) ?? { files: new Set(), roles: new Set() };
    o.files.add(p.case_file_id);
    o.roles.add(p.role as Role);
    others.set(p.party_id, o);
  }
  const linkedIds = new Set(r.linked.map((l) => l.subject.id));
  const coParties = [...others.entries()]
    .filter(([id]) => names.has(id) && !linkedIds.has(id))
    .map(([id, o]) => partyName(names.get(id)!, 'party', o.files.size, [...o.roles]))
    .sort((a, b) => b.files - a.files);

  const dates = [...files.flatMap((f) => f.intakes.map((i) => i.receivedDate)), ...loose.map((i) => i.receivedDate)].sort();
  return {
    subject: r.header,
    names: mergedNames,
    linked: [...r.linked, ...coParties],
    files,
    intakesWithoutFile: loose,
    totals: {
      files: files.length,
      intakes: files.reduce((s, f) => s + f.intakes.length, 0) + loose.length,
      workers: files.reduce((s, f) => s + f.workers, 0),
      claimedFen: files.reduce((s, f) => s + (f.claimedFen ?? 0), 0),
      owedFen: files.reduce((s, f) => s + f.owedFen, 0),
      owedUnknown: files.reduce((s, f) => s + f.owedUnknown, 0),
      ...enforcementTotals(files.map((f) => f.enforcement)),
    },
    repeat: isRepeatOffender(files.length),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    truncated: found.length > FILES_LISTED,
  };
}
