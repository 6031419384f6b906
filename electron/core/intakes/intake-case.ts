// An intake's case file as the intake now stands: the title its complainants and parties call for, and the file
// opened when an intake registered without a route (暂不分办) is routed later.
import { formatRegNo } from '../../../shared/domain/registration';
import { caseTitle } from '../../../shared/domain/case-title';
import type { IntakeKind, IntakeRoute, PartyRole, ProceedingKind } from '../../../shared/domain/vocabulary';
import { openCaseFromIntake } from '../cases/case-opening';
import type { CoreServices } from '../kernel/context';
import type { TxWriter } from '../kernel/tx';

/** The case-file title an intake calls for as it now stands: its complainants in order, its count and its parties. */
export function intakeCaseTitle(core: CoreServices, intakeId: string): string {
  const i = core.prepare('SELECT kind, workers_count FROM intakes WHERE id = ?').get(intakeId) as { kind: IntakeKind; workers_count: number };
  const names = core
    .prepare('SELECT pe.name FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = ? ORDER BY ic.sort_order')
    .all(intakeId) as { name: string }[];
  const parties = core
    .prepare('SELECT p.name FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.intake_id = ? ORDER BY ip.sort_order')
    .all(intakeId) as { name: string }[];
  return caseTitle({ kind: i.kind, complainantNames: names.map((n) => n.name), workersCount: i.workers_count, partyNames: parties.map((p) => p.name) });
}

/**
 * Opens the case file of an intake registered without a route (暂不分办) once the desk routes it: its parties and
 * complainants as it stands, its title, its receipt date (the clocks run from the bureau's receipt, 若干规定 Art. 18;
 * 调解仲裁法 Art. 29). No 包案领导 yet: the file's team names one.
 */
export function openCaseForRegistered(w: TxWriter, core: CoreServices, intakeId: string, route: IntakeRoute, kind: ProceedingKind): { caseFileId: string; proceedingId: string } {
  const i = core.prepare('SELECT unit_id, reg_year, reg_no, kind, received_date, collective, urgent FROM intakes WHERE id = ?').get(intakeId) as
    { unit_id: string; reg_year: number; reg_no: number; kind: IntakeKind; received_date: string; collective: number; urgent: number };
  const parties = core.prepare('SELECT party_id AS partyId, role FROM intake_parties WHERE intake_id = ? ORDER BY sort_order').all(intakeId) as { partyId: string; role: PartyRole }[];
  const persons = core.prepare('SELECT person_id AS id FROM intake_complainants WHERE intake_id = ? ORDER BY sort_order').all(intakeId) as { id: string }[];
  const opened = openCaseFromIntake(w, core, {
    unitId: i.unit_id,
    intakeId,
    receivedDate: i.received_date,
    regNoText: formatRegNo(i.reg_year, i.reg_no),
    route,
    proceedingKind: kind,
    title: intakeCaseTitle(core, intakeId),
    leader: null,
    collective: i.collective === 1,
    urgent: i.urgent === 1,
    parties,
    complainantPersonIds: i.kind === 'report' ? [] : persons.map((p) => p.id),
  });
  core.prepare('UPDATE intakes SET case_file_id = ? WHERE id = ?').run(opened.caseFileId, intakeId);
  return opened;
}
