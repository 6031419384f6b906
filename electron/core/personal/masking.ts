// Personal data as it leaves the core (PIPL Arts. 28–29; GB/T 35273-2020 §3.14 去标识化 display): ID numbers and
// phones masked in every list, search result and detail; a reporter's identity hidden from those without
// 'reporter.read' (《劳动保障监察条例》第九条: the bureau keeps reporters' identity confidential). Full values
// come only from personal.reveal, with a reason, on the audit trail.
import type { IntakeDetail } from '../../../shared/contract/intakes';
import type { Party } from '../../../shared/contract/parties';
import type { DocRun, DocumentModel } from '../../../shared/contract/documents';
import { maskIdNumber, maskNumbersInText, maskPhone } from '../../../shared/domain/permissions';
import type { CallContext } from '../kernel/context';
import type { NumberSearch } from '../search/query';
import { callerCan } from '../session/session.service';
import { recordNumberSearch } from './number-search';


export function maskParty(p: Party): Party {
  return {
    ...p,
    idNumber: maskIdNumber(p.idNumber),
    // An organisation's phone is its business line; a natural person's is personal data.
    phone: p.kind === 'organisation' || p.phone === null ? p.phone : maskPhone(p.phone),
  };
}

export function shapeIntakeDetail(d: IntakeDetail, opts: { reporterRead: boolean }): IntakeDetail {
  // Nothing about a hidden reporter is returned but their number: even the language they speak or the amount
  // they claim can point to one worker on a small site.
  if (d.kind === 'report' && !opts.reporterRead) {
    return { ...d, parties: d.parties.map((x) => ({ ...x, party: maskParty(x.party) })), complainants: [], hiddenReporters: d.complainants.length };
  }
  return {
    ...d,
    parties: d.parties.map((x) => ({ ...x, party: maskParty(x.party) })),
    // The birth date is the middle of a resident ID number: shown, it would undo the mask. personal.reveal gives it.
    complainants: d.complainants.map((c) => ({ ...c, idNumber: maskIdNumber(c.idNumber), birthDate: null, phones: c.phones.map(maskPhone) })),
  };
}

/** An arbitration case's applicants as the lists show people: numbers masked, the birth date (the ID's middle) left out. */
export function maskArbitrationCase<C extends { applicants: { idNumber?: string | null; phone?: string | null; birthDate?: string | null }[] }>(c: C): C {
  return {
    ...c,
    applicants: c.applicants.map((a) => ({ ...a, idNumber: maskIdNumber(a.idNumber ?? null), phone: a.phone ? maskPhone(a.phone) : (a.phone ?? null), birthDate: null })),
  };
}

/** Every run of text in a document model with the numbers typed into it masked (a summary, the facts, a note). */
export function maskModelText(m: DocumentModel): DocumentModel {
  const runs = (rs: DocRun[]) => rs.map((r) => ({ ...r, text: maskNumbersInText(r.text) }));
  return {
    ...m,
    addressee: m.addressee === null ? null : maskNumbersInText(m.addressee),
    body: m.body.map((b) => {
      if (b.type === 'paragraph') return { ...b, runs: runs(b.runs) };
      if (b.type === 'heading') return { ...b, text: maskNumbersInText(b.text) };
      if (b.type === 'table') return { ...b, rows: b.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, runs: runs(c.runs) })) })) };
      return b;
    }),
    notes: m.notes.map(runs),
  };
}

/**
 * How this caller may search numbers, and what their search may reach: without 'personal.unmask' a number matches
 * only through what its mask shows (search/terms.ts), since guessing the hidden middle whole number by whole number
 * was an oracle; without 'reporter.read' a text search leaves reports out (a name that finds a report tells who
 * reported). Every number search is on the record and rate-limited, whoever makes it (number-search.ts).
 */
export function searchScope(call: CallContext, query: string): { numbers: NumberSearch; searchReports: boolean } {
  const numbers: NumberSearch = callerCan(call, 'personal.unmask') ? 'prefix' : 'visible';
  recordNumberSearch(call, query, numbers);
  return { numbers, searchReports: query.trim() === '' || callerCan(call, 'reporter.read') };
}
