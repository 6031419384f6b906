// The demo's evidence: on each of the newest open inspection files received before today, the representative's attendance sheet
// (考勤表), brought to the desk on the day of the complaint and put in the file by the first inspector that day —
// through the evidence service itself, as a PDF that says plainly it is demo data. Lawful by construction: received
// on the intake's day, added after the inspector joined the team, never after today, never on a closed file.
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { DocumentModel } from '../../../shared/contract/documents';
import { renderPdf } from '../documents/pdf-writer';
import type { CallContext } from '../kernel/context';
import { addEvidence } from '../evidence/evidence.service';
import { workerClaimsOfFile } from '../evidence/evidence.data';

/**
 * A one-page attendance sheet, written by the documents' own PDF writer with the shipped Song face embedded (so every
 * reader shows it), saying plainly it is demo data. `kind` is required by the model and unused by the writer.
 */
async function attendanceSheet(worker: string, month: string, at: number): Promise<Buffer> {
  const [y, m] = month.split('-');
  const cell = (text: string, label = false) => ({ runs: [{ text }], label });
  const model: DocumentModel = {
    kind: 'intakeRecord',
    organ: null,
    title: '考勤表',
    number: null,
    addressee: null,
    body: [
      { type: 'paragraph', runs: [{ text: `${y}年${Number(m)}月 · ${worker}等人（演示数据，不是真实证据）` }], indent: false, align: 'center' },
      {
        type: 'table',
        columns: [3, 2, 2, 3],
        size: 'small',
        rows: [
          { cells: [cell('姓名', true), cell('出勤天数', true), cell('日工资', true), cell('班组长签字', true)] },
          { cells: [cell(worker), cell('26'), cell('350元'), cell('')] },
        ],
      },
    ],
    signature: null,
    notes: [],
    layout: 'form',
  };
  return (await renderPdf(model, { createdAt: at, bodyFont: null })).bytes;
}

/** Enough for every desk to show it, few enough to keep the demo quick to make (each sheet is a PDF rendered). */
const DEMO_EVIDENCE_FILES = 6;

interface OpenFile {
  caseFileId: string;
  receivedAt: number;
  receivedDate: string;
  month: string;
}

export async function addDemoEvidence(call: CallContext, inspector: string): Promise<number> {
  const today = dateKeyOf(call.core.clock.now());
  const files = call.core
    .prepare(
      `SELECT c.id AS caseFileId, i.received_at AS receivedAt, i.received_date AS receivedDate, substr(i.received_date, 1, 7) AS month
       FROM case_files c JOIN intakes i ON i.id = c.source_intake_id JOIN proceedings p ON p.case_file_id = c.id
       WHERE c.status = 'open' AND p.kind = 'inspection' AND i.kind = 'complaint' AND i.received_date < ?
         AND EXISTS (SELECT 1 FROM case_team t WHERE t.case_file_id = c.id AND t.staff_id = ? AND t.removed_at IS NULL)
       ORDER BY i.received_at DESC, c.id LIMIT ?`,
    )
    .all(today, inspector, DEMO_EVIDENCE_FILES) as OpenFile[];
  let added = 0;
  for (const f of files) {
    const worker = workerClaimsOfFile(call.core.prepare, f.caseFileId)[0];
    if (!worker) continue;
    // 16:00 on the day received (after the team was set at 10:00), or half an hour after a later arrival.
    const at = Math.max(instantOf(f.receivedDate, '16:00'), f.receivedAt + 30 * 60 * 1000);
    if (dateKeyOf(at) !== f.receivedDate) continue;
    const c: CallContext = { ...call, principal: null, session: { ...call.session, staffId: inspector }, core: { ...call.core, clock: { now: () => at } } };
    const pdf = await attendanceSheet(worker.name, f.month, at);
    addEvidence(c, {
      caseFileId: f.caseFileId,
      proceedingId: null,
      title: `${worker.name}等人考勤表`,
      kind: 'documentary',
      submitter: 'worker',
      submitterId: worker.person_id,
      purpose: '证明投诉人在该工地出勤的天数，工资未付',
      form: 'checkedCopy',
      source: '投诉人来访时提交，班组长每日记录',
      pages: 1,
      receivedDate: f.receivedDate,
      fileName: `${worker.name}等人考勤表.pdf`,
      contentBase64: pdf.toString('base64'),
    });
    added++;
  }
  return added;
}
