// What the bureau did against an employer in each listed file, for the repeat offender's page: every order to pay
// (date, deadline, served, paid), every decision with its amount and fine, every police referral and its state, every
// listing and removal, and what the workers got and are still owed — the payments counted by the payments rule
// (shared/domain/payments.ts: a worker's own transfer or receipt), against what each worker is owed on the file.
import type { EmployerEnforcement } from '../../../shared/contract/employers';
import { addMonths } from '../../../shared/domain/calendar';
import { workerMoney } from '../../../shared/domain/payments';
import { proceedingStatusLabel } from '../../../shared/domain/proceedings';
import { compensationFen } from '../../../shared/domain/proceedings/inspection-decisions';
import type { Prepare } from '../../../db/statements';
import { enforcementOf, type WorkerPaymentRow } from './employers.data';

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The enforcement record of each file, by file id; `owed` gives each file's workers with what each is owed (null: unknown). */
export function enforcementByFile(prepare: Prepare, fileIds: string[], owed: (fileId: string) => { personId: string; owedFen: number | null }[]): Map<string, EmployerEnforcement> {
  const d = enforcementOf(prepare, fileIds);
  const out = new Map<string, EmployerEnforcement>();
  for (const fileId of fileIds) {
    const payments = d.payments.filter((p) => p.case_file_id === fileId);
    const byPerson = new Map<string, WorkerPaymentRow[]>();
    for (const p of payments) byPerson.set(p.person_id, [...(byPerson.get(p.person_id) ?? []), p]);
    const counted = (rows: WorkerPaymentRow[]) => rows.map((p) => ({ amountFen: p.amount_fen, status: p.status, method: p.method, bankReference: p.bank_reference, receiptMark: p.receipt_mark }));
    const workers = owed(fileId);
    const known = new Set(workers.map((w) => w.personId));
    let paidFen = 0;
    let outstandingFen = 0;
    for (const w of workers) {
      const m = workerMoney(w.owedFen, counted(byPerson.get(w.personId) ?? []), 0, 0);
      paidFen += m.paidFen;
      outstandingFen += m.outstandingFen ?? 0;
    }
    // A payment to a person not (or no longer) among the file's workers still counts as paid.
    for (const [personId, rows] of byPerson) if (!known.has(personId)) paidFen += workerMoney(null, counted(rows), 0, 0).paidFen;
    const events = d.events.filter((e) => e.case_file_id === fileId);
    const first = (proceedingId: string, kind: string, from = '') => events.find((e) => e.proceeding_id === proceedingId && e.kind === kind && e.date >= from)?.date ?? null;
    const paid: EmployerEnforcement['orders'][number]['paid'] = paidFen > 0 && outstandingFen === 0 ? 'paid' : paidFen > 0 ? 'partial' : 'unpaid';
    out.set(fileId, {
      orders: d.orders
        .filter((o) => o.case_file_id === fileId)
        .map((o) => ({ issuedOn: o.issued_on, deadline: o.deadline, amountFen: o.amount_fen, workers: o.workers, servedOn: first(o.proceeding_id, 'orderServed', o.issued_on), paid })),
      decisions: d.decisions
        .filter((x) => x.case_file_id === fileId)
        .map((x) => {
          const i = JSON.parse(x.input) as Record<string, unknown>;
          const date = typeof i.date === 'string' ? i.date : '';
          return x.action === 'decideHandling'
            ? { kind: 'handling' as const, date, amountFen: num(i.wagesFen) + compensationFen(num(i.wagesFen), num(i.compensationPercent)) }
            : { kind: 'penalty' as const, date, amountFen: num(i.fineFen) };
        }),
      referrals: d.proceedings
        .filter((p) => p.case_file_id === fileId && p.kind === 'policeReferral')
        .map((p) => ({ proceedingId: p.id, status: proceedingStatusLabel(p.kind, p.status), transferredOn: first(p.id, 'referralTransferred') })),
      listings: d.proceedings
        .filter((p) => p.case_file_id === fileId && p.kind === 'blacklisting')
        .map((p) => {
          const listedOn = first(p.id, 'listed');
          // 办法: three years on the list.
          return { proceedingId: p.id, status: proceedingStatusLabel(p.kind, p.status), listedOn, until: listedOn ? addMonths(listedOn, 36) : null, removedOn: first(p.id, 'delisted') };
        }),
      paidFen,
      outstandingFen,
    });
  }
  return out;
}

/** The page's totals of what was done and paid, over the listed files. */
export function enforcementTotals(records: EmployerEnforcement[]) {
  const sum = (f: (e: EmployerEnforcement) => number) => records.reduce((s, e) => s + f(e), 0);
  return {
    paidFen: sum((e) => e.paidFen),
    outstandingFen: sum((e) => e.outstandingFen),
    orders: sum((e) => e.orders.length),
    ordersUnpaid: sum((e) => e.orders.filter((o) => o.paid !== 'paid').length),
    decisions: sum((e) => e.decisions.length),
    finesFen: sum((e) => e.decisions.filter((x) => x.kind === 'penalty').reduce((s, x) => s + x.amountFen, 0)),
    referrals: sum((e) => e.referrals.length),
    listings: sum((e) => e.listings.length),
    listedNow: sum((e) => e.listings.filter((l) => l.listedOn !== null && l.removedOn === null).length),
  };
}
