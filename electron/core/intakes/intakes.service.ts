// The desk's intake: registration number, complainants, parties, project, routing, and — when the desk sends
// a matter on — the case file it opens. One transaction for all of it.
import type { z } from 'zod';
import { insertInto } from '../../../db/insert';
import type { intakeAddComplainantsInput, intakeCreateInput, IntakeDetail } from '../../../shared/contract/intakes';
import { AMOUNT_CONFIRM_PARAMETER, amountsToConfirm, type ClaimedAmounts } from '../../../shared/domain/amount-check';
import { caseTitle } from '../../../shared/domain/case-title';
import { isCollectiveDispute } from '../../../shared/domain/collective';
import { parameterOrFallback } from '../../../shared/domain/parameters';
import { formatRegNo } from '../../../shared/domain/registration';
import { dateKeyOf, yearOf } from '../../../shared/domain/time';
import { proceedingKindForRoute, type IntakeStatus } from '../../../shared/domain/vocabulary';
import { intakeComplainants, intakeParties, intakes } from '../../../db/schema';
import { markCollective, openCaseFromIntake, retitleCase } from '../cases/case-opening';
import { intakeCaseTitle } from './intake-case';
import { attachIntake, linkFiles, noticeEvent, recordNotice } from '../followup/followup.service';
import { checkTransferUnit, departmentForRoute, recordRouting } from '../routing/routing.service';
import type { CallContext, CoreServices } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { nextNumber } from '../kernel/numbering';
import { createParty, findOrCreateProject, getProject, partiesByIds, partyDuplicates, recordProjectChain } from '../parties/parties.service';
import { parameterLookup } from '../reference/parameters.service';
import { findStaff } from '../reference/staff.service';
import { getUnitSummary } from '../reference/units.service';
import { callerCan } from '../session/session.service';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { upsertPerson, type ComplainantRow } from './persons';
import { indexIntake } from './search-index';

type CreateInput = z.output<typeof intakeCreateInput>;

/** A complainant row as the intake's audit entry records it (the person has an audit row of its own). */
const auditedRow = (c: ComplainantRow) => ({
  isRepresentative: c.isRepresentative,
  amountClaimedFen: c.amountClaimedFen,
  note: c.note,
  address: c.address,
  occupation: c.occupation,
  workplace: c.workplace,
});

/** Ten minutes of tolerance for a PC clock a little behind the desk's wall clock. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

function addComplainantRows(w: TxWriter, core: CoreServices, intakeId: string, rows: ComplainantRow[], firstOrder: number, pathPrefix: string) {
  const errors: Record<string, string> = {};
  const personIds: string[] = [];
  const already = new Set(
    (core.prepare('SELECT person_id FROM intake_complainants WHERE intake_id = ?').all(intakeId) as { person_id: string }[]).map((r) => r.person_id),
  );
  rows.forEach((row, i) => {
    const r = upsertPerson(w, core, row);
    if (!r.ok) {
      errors[`${pathPrefix}.${i}.${r.field}`] = r.message;
      return;
    }
    if (already.has(r.personId)) {
      errors[`${pathPrefix}.${i}.idNumber`] = '此人已在本次登记中';
      return;
    }
    already.add(r.personId);
    personIds.push(r.personId);
    insertInto(core.prepare, intakeComplainants, {
        intakeId,
        personId: r.personId,
        sortOrder: firstOrder + i,
        isRepresentative: row.isRepresentative,
        amountClaimedFen: row.amountClaimedFen,
        note: row.note,
        address: row.address,
        occupation: row.occupation,
        workplace: row.workplace,
      });
  });
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return personIds;
}

export function createIntake(call: CallContext, input: CreateInput): string {
  const core = call.core;
  const inst = requireInstallation(core);
  const wc = writeContext(call);
  // The same registration sent again after its answer was lost (issue #16 §6): what was saved, never a second one.
  const already = savedUnder(core.prepare, input.submissionKey, wc.actorStaffId);
  if (already) return already;
  const errors: Record<string, string> = {};
  if (input.receivedAt > wc.now + FUTURE_TOLERANCE_MS) errors.receivedAt = '接待时间不能晚于当前时间';
  const receivedDate = dateKeyOf(input.receivedAt);
  if (input.replyDue !== null && input.replyDue < receivedDate) errors.replyDue = '回复期限不能早于接待日期';
  const found = partiesByIds(core, input.parties.flatMap((p) => (p.partyId === undefined ? [] : [p.partyId])));
  input.parties.forEach((p, i) => {
    if (p.partyId !== undefined && !found.some((f) => f.id === p.partyId)) errors[`parties.${i}.partyId`] = '所选被投诉方不存在';
    if (p.newParty) for (const [field, message] of Object.entries(partyDuplicates(core, p.newParty))) errors[`parties.${i}.newParty.${field}`] = message;
  });
  if (input.parties.some((p) => p.newParty) && !callerCan(call, 'party.write')) throw new ServiceError('FORBIDDEN', '您没有新增被投诉方的权限，请选用已登记的被投诉方');
  let leader: { id: string; name: string } | null = null;
  if (input.leaderStaffId !== null) {
    const s = findStaff(core, input.leaderStaffId);
    if (!s || !s.active || s.unitId !== inst.unitId || !s.roles.includes('leader')) errors.leaderStaffId = '包案领导须为本单位在职的局领导';
    else leader = { id: s.id, name: s.name };
  }
  // Where it goes is checked before anything is written, so a wrong department or unit is named at its field.
  try {
    if (input.route && proceedingKindForRoute(input.route)) departmentForRoute(core, inst.unitId, input.route, input.departmentId);
    if (input.route === 'transfer') checkTransferUnit(core, inst.unitId, input.transferUnitId);
  } catch (e) {
    if (e instanceof ServiceError && e.fields) Object.assign(errors, e.fields);
    else throw e;
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  // Read before the transaction, where a changed parameter is read once and kept (parameters.data.ts): the reads
  // inside it (the notice's feedback date, the file's deadlines) then find it kept.
  const lookup = parameterLookup(core, receivedDate);
  if (!input.amountsConfirmed) {
    refuseUnconfirmed(lookup, { workersCount: input.workersCount, amountClaimedFen: input.amountClaimedFen, complainants: input.complainants });
  }

  return tx(wc, (w) => {
    const id = newId(w.now);
    // New parties are created here, with the intake, or not at all (each with its own audit row).
    const parties = input.parties.map((p, i) => {
      const party = p.newParty ? createPartyAt(w, core, p.newParty, `parties.${i}.newParty`) : found.find((f) => f.id === p.partyId)!;
      return { partyId: party.id, name: party.name, role: p.role };
    });
    const roles = parties.map((p) => ({ partyId: p.partyId, role: p.role }));
    const projectId = input.project ? findOrCreateProject(w, core, input.project) : null;
    if (projectId) recordProjectChain(w, core, projectId, roles);
    const regYear = yearOf(input.receivedAt);
    const regNo = nextNumber(w.prepare, inst, 'intake', regYear);
    const collective = isCollectiveDispute(input.workersCount);
    const proceedingKind = input.route ? proceedingKindForRoute(input.route) : null;
    const attach = input.repeat?.action === 'attach';
    if (input.repeat?.action === 'link' && !proceedingKind) throw invalid({ repeat: '关联案卷须同时转办立卷；请选择转办部门，或选择“并入该案卷”' });
    const status: IntakeStatus = attach
      ? 'routed'
      : input.route === null
        ? 'registered'
        : proceedingKind
          ? 'routed'
          : input.route === 'transfer'
            ? 'awaitingTransfer'
            : 'answered';
    // The file this intake opens, named before the intake is written so its row and index entries are written once
    // (no foreign key between the two: each names the other).
    const opensFileId = !attach && proceedingKind && input.route ? newId(w.now) : null;
    insertInto(core.prepare, intakes, {
        id,
        unitId: inst.unitId,
        regYear,
        regNo,
        kind: input.kind,
        channel: input.channel,
        externalNo: input.externalNo,
        replyDue: input.replyDue,
        receivedAt: input.receivedAt,
        receivedDate,
        summary: input.summary,
        workersCount: input.workersCount,
        amountClaimedFen: input.amountClaimedFen,
        violationEndDate: input.violationEndDate,
        pendingElsewhere: input.pendingElsewhere,
        projectId,
        status,
        route: input.route,
        answer: input.answer,
        collective,
        urgent: input.urgent,
        caseFileId: opensFileId,
        recordedBy: w.actorStaffId!,
        submissionKey: input.submissionKey ?? null,
        createdAt: w.now,
        updatedAt: w.now,
      });
    roles.forEach((p, i) => {
      insertInto(core.prepare, intakeParties, { intakeId: id, partyId: p.partyId, role: p.role, sortOrder: i });
    });
    const personIds = addComplainantRows(w, core, id, input.complainants, 0, 'complainants');
    // The persons have audit rows of their own; the intake's row links them rather than repeating them.
    const { complainants: rowsIn, ...rest } = input;
    w.audit({
      action: 'create',
      entity: 'intake',
      entityId: id,
      change: { ...rest, parties: roles, regYear, regNo, collective, status, complainants: rowsIn.map((c, i) => ({ personId: personIds[i], ...auditedRow(c) })) },
    });

    const regNoText = formatRegNo(regYear, regNo);
    const standing = input.kind === 'report' ? [] : personIds;
    let opened: { caseFileId: string; proceedingId: string } | null = null;
    let caseFileId: string | null = null;
    if (attach) {
      // Joined to the file it repeats: that file is its department's already, so nothing is routed again.
      caseFileId = attachIntake(w, { intakeId: id, caseFileId: input.repeat!.caseFileId, unitId: inst.unitId, regNoText, parties: roles, complainantPersonIds: standing });
    } else if (proceedingKind && input.route && opensFileId) {
      opened = openCaseFromIntake(w, core, {
        caseFileId: opensFileId,
        unitId: inst.unitId,
        intakeId: id,
        receivedDate,
        regNoText,
        route: input.route,
        proceedingKind,
        title: caseTitle({
          kind: input.kind,
          complainantNames: input.complainants.map((c) => c.name),
          workersCount: input.workersCount,
          partyNames: parties.map((p) => p.name),
        }),
        leader,
        collective,
        urgent: input.urgent,
        parties: roles,
        complainantPersonIds: standing,
      });
      caseFileId = opened.caseFileId;
      if (input.repeat?.action === 'link') linkFiles(w, { caseFileId, otherId: input.repeat.caseFileId, unitId: inst.unitId, regNoText });
    }
    // 归口办理: to the department (by default the unit's one for the route), the body named, or awaiting transfer.
    if (input.route && !attach) {
      recordRouting(w, core, {
        intakeId: id,
        unitId: inst.unitId,
        route: input.route,
        departmentId: input.departmentId,
        otherBody: input.otherBody,
        transferUnitId: input.transferUnitId,
        caseFileId: opened?.caseFileId ?? null,
        proceedingId: opened?.proceedingId ?? null,
        note: null,
        verb: '分办',
      });
    }
    // 首问负责: everyone who came is told what happens next and when they will hear back.
    if (personIds.length > 0) {
      const due = recordNotice(w, core, { intakeId: id, content: input.notice, receivedDate, receivedAt: input.receivedAt, answeredOnTheSpot: status === 'answered' });
      if (caseFileId) noticeEvent(w, caseFileId, id, regNoText, input.notice, due);
    }
    indexIntake(w.prepare, id, true);
    w.changed('intake', id);
    return id;
  });
}

/** Creates a party typed at the desk; a refusal names the field under the intake's own path (parties.1.newParty.creditCode). */
function createPartyAt(w: TxWriter, core: CoreServices, input: NonNullable<CreateInput['parties'][number]['newParty']>, path: string) {
  try {
    return createParty(w, core, input);
  } catch (e) {
    if (e instanceof ServiceError && e.fields) throw invalid(Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [`${path}.${k}`, m])));
    throw e;
  }
}

/**
 * Amounts far above what a worker could be owed are asked about, not refused (amount-check.ts): until the desk
 * confirms them, the call changes nothing and says which amounts to look at; `amountsConfirmed` marks the field
 * the desk answers with.
 */
function refuseUnconfirmed(lookup: (key: string) => unknown, amounts: ClaimedAmounts): void {
  const ceiling = Number(parameterOrFallback(AMOUNT_CONFIRM_PARAMETER, lookup(AMOUNT_CONFIRM_PARAMETER)));
  const found = amountsToConfirm(amounts, ceiling);
  const messages = Object.values(found);
  if (messages.length === 0) return;
  throw invalid(
    { ...found, amountsConfirmed: '金额超过每人核对上限：请核对，确认无误的请确认后保存' },
    `请核对诉求金额：${messages[0]}${messages.length > 1 ? `（共${messages.length}处）` : ''}`,
  );
}

/** Complainants who came later, or whose row had to be corrected after the rest were saved. */
export function addComplainants(call: CallContext, input: z.output<typeof intakeAddComplainantsInput>): void {
  const core = call.core;
  const inst = requireInstallation(core);
  if (!input.amountsConfirmed) {
    refuseUnconfirmed(parameterLookup(core, dateKeyOf(core.clock.now())), { workersCount: null, amountClaimedFen: null, complainants: input.complainants });
  }
  tx(writeContext(call), (w) => {
    const row = core
      .prepare('SELECT kind, workers_count, row_version, case_file_id, reg_year, reg_no FROM intakes WHERE id = ? AND unit_id = ?')
      .get(input.intakeId, inst.unitId) as
      | { kind: string; workers_count: number; row_version: number; case_file_id: string | null; reg_year: number; reg_no: number }
      | undefined;
    if (!row) throw notFound('接待登记');
    if (row.row_version !== input.rowVersion) throw conflict('该接待登记');
    const count = (core.prepare('SELECT count(*) AS n FROM intake_complainants WHERE intake_id = ?').get(input.intakeId) as { n: number }).n;
    const personIds = addComplainantRows(w, core, input.intakeId, input.complainants, count, 'complainants');
    const workers = Math.max(row.workers_count, count + personIds.length);
    const collective = isCollectiveDispute(workers);
    core
      .prepare('UPDATE intakes SET workers_count = ?, collective = max(collective, ?), row_version = row_version + 1, updated_at = ? WHERE id = ?')
      .run(workers, collective ? 1 : 0, w.now, input.intakeId);
    if (row.case_file_id) {
      const proceeding = core
        .prepare('SELECT id FROM proceedings WHERE case_file_id = ? ORDER BY opened_at LIMIT 1')
        .get(row.case_file_id) as { id: string };
      if (row.kind !== 'report') {
        const insert = core.prepare(
          "INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, person_id, sort_order) VALUES (?, ?, 'complainant', NULL, ?, ?)",
        );
        personIds.forEach((pid, i) => insert.run(newId(w.now), proceeding.id, pid, 100 + count + i));
      }
      w.caseEvent({
        caseFileId: row.case_file_id,
        kind: 'intake.complainantsAdded',
        summary: `接待登记 ${formatRegNo(row.reg_year, row.reg_no)} 补充投诉人 ${personIds.length} 名`,
        data: { intakeId: input.intakeId, personIds },
      });
      retitleCase(w, core, row.case_file_id, intakeCaseTitle(core, input.intakeId));
      if (collective) markCollective(w, core, row.case_file_id, workers);
      w.changed('caseFile', row.case_file_id);
    }
    indexIntake(w.prepare, input.intakeId, true);
    w.audit({
      action: 'addComplainants',
      entity: 'intake',
      entityId: input.intakeId,
      change: { personIds, workersCount: workers, rows: input.complainants.map(auditedRow), amountsConfirmed: input.amountsConfirmed },
    });
    w.changed('intake', input.intakeId);
  });
}

interface IntakeRow {
  id: string;
  unit_id: string;
  reg_year: number;
  reg_no: number;
  kind: IntakeDetail['kind'];
  channel: IntakeDetail['channel'];
  external_no: string | null;
  reply_due: string | null;
  received_at: number;
  received_date: string;
  summary: string;
  workers_count: number;
  amount_claimed_fen: number | null;
  violation_end_date: string | null;
  pending_elsewhere: IntakeDetail['pendingElsewhere'];
  project_id: string | null;
  status: IntakeDetail['status'];
  route: IntakeDetail['route'];
  answer: string | null;
  collective: number;
  urgent: number;
  case_file_id: string | null;
  recorded_by: string;
  recorded_by_name: string;
  row_version: number;
  created_at: number;
}

export function getIntakeDetail(core: CoreServices, id: string): IntakeDetail {
  const inst = requireInstallation(core);
  const r = core
    .prepare('SELECT i.*, s.name AS recorded_by_name FROM intakes i JOIN staff s ON s.id = i.recorded_by WHERE i.id = ? AND i.unit_id = ?')
    .get(id, inst.unitId) as IntakeRow | undefined;
  if (!r) throw notFound('接待登记');
  const roles = core.prepare('SELECT party_id, role FROM intake_parties WHERE intake_id = ? ORDER BY sort_order').all(id) as {
    party_id: string;
    role: IntakeDetail['parties'][number]['role'];
  }[];
  const parties = partiesByIds(core, roles.map((p) => p.party_id));
  const complainants = core
    .prepare(
      `SELECT pe.id, pe.name, pe.id_type, pe.id_number, pe.id_status, pe.id_missing_reason, pe.sex, pe.birth_date, pe.hometown,
              pe.preferred_language, ic.is_representative, ic.amount_claimed_fen, ic.note,
              ic.address, ic.occupation, ic.workplace,
              (SELECT json_group_array(phone) FROM (SELECT phone FROM person_phones ph WHERE ph.person_id = pe.id ORDER BY sort_order)) AS phones
       FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id
       WHERE ic.intake_id = ? ORDER BY ic.sort_order`,
    )
    .all(id) as Record<string, unknown>[];
  return {
    id: r.id,
    regNoText: formatRegNo(r.reg_year, r.reg_no),
    unit: getUnitSummary(core, r.unit_id),
    kind: r.kind,
    channel: r.channel,
    externalNo: r.external_no,
    replyDue: r.reply_due,
    receivedAt: r.received_at,
    receivedDate: r.received_date,
    summary: r.summary,
    workersCount: r.workers_count,
    amountClaimedFen: r.amount_claimed_fen,
    violationEndDate: r.violation_end_date,
    pendingElsewhere: r.pending_elsewhere,
    project: r.project_id ? getProject(core, r.project_id) : null,
    parties: roles.map((p) => ({ role: p.role, party: parties.find((x) => x.id === p.party_id)! })),
    complainants: complainants.map((c) => ({
      personId: c.id as string,
      name: c.name as string,
      idType: c.id_type as IntakeDetail['complainants'][number]['idType'],
      idNumber: c.id_number as string | null,
      idStatus: c.id_status as IntakeDetail['complainants'][number]['idStatus'],
      idMissingReason: c.id_missing_reason as string | null,
      sex: c.sex as 'M' | 'F' | null,
      birthDate: c.birth_date as string | null,
      phones: JSON.parse(c.phones as string) as string[],
      hometown: c.hometown as string | null,
      preferredLanguage: c.preferred_language as IntakeDetail['complainants'][number]['preferredLanguage'],
      isRepresentative: c.is_representative === 1,
      amountClaimedFen: c.amount_claimed_fen as number | null,
      note: c.note as string | null,
      address: c.address as string | null,
      occupation: c.occupation as string | null,
      workplace: c.workplace as string | null,
    })),
    hiddenReporters: 0,
    status: r.status,
    route: r.route,
    answer: r.answer,
    collective: r.collective === 1,
    urgent: r.urgent === 1,
    caseFileId: r.case_file_id,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    rowVersion: r.row_version,
    createdAt: r.created_at,
  };
}

/** The intake this person saved under the page's submission key, if any (intakes_submission_uq). */
function savedUnder(prepare: CallContext['core']['prepare'], key: string | undefined, staffId: string | null): string | null {
  if (!key || !staffId) return null;
  const row = prepare('SELECT id FROM intakes WHERE submission_key = ? AND recorded_by = ?').get(key, staffId) as { id: string } | undefined;
  return row?.id ?? null;
}
