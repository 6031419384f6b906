// After the run, on the database reopened by a new core: every write the server acknowledged is there as sent. An
// intake exists with what the desk typed; a call-back is on its intake; a document is on record; and of the
// concurrent edits of one 询问笔录, each acknowledged save is the latest or was superseded by a later acknowledged
// save — two saves acknowledged at one row version, or a final text that is not the last acknowledged one, is a
// lost update.
import type { Client } from '../helpers/client';
import type { Acknowledged, World } from './desk-mix';

export interface Verdict {
  checked: number;
  lost: number;
  /** What was lost, in words (the first few). */
  notes: string[];
}

/** A mobile number as a list shows it: 139****0201. */
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export async function verifyAcknowledged(checker: Client, world: World, ack: Acknowledged): Promise<Verdict> {
  const v: Verdict = { checked: 0, lost: 0, notes: [] };
  const lose = (note: string) => {
    v.lost++;
    if (v.notes.length < 20) v.notes.push(note);
  };

  for (const { id, sent } of ack.intakes) {
    v.checked++;
    const r = await checker.invoke('intakes.get', { id });
    if (!r.ok) {
      lose(`接待登记 ${id}：${r.error.message}`);
      continue;
    }
    const got = r.value;
    const c = got.complainants[0];
    const s = sent.complainants![0]!;
    const same =
      got.summary === sent.summary &&
      got.kind === sent.kind &&
      got.channel === sent.channel &&
      got.receivedAt === sent.receivedAt &&
      got.workersCount === sent.workersCount &&
      got.complainants.length === 1 &&
      c?.name === s.name &&
      c.amountClaimedFen === s.amountClaimedFen &&
      // Numbers come back masked to a reader without personal.unmask on the call (PIPL): compare what is shown.
      JSON.stringify(c.phones) === JSON.stringify((s.phones ?? []).map(masked)) &&
      got.parties.length === 1 &&
      got.parties[0]!.party.id === sent.parties![0]!.partyId;
    if (!same) lose(`接待登记 ${got.regNoText} 与提交的内容不一致`);
  }

  const followups = new Map<string, Awaited<ReturnType<typeof readFollowup>>>();
  async function readFollowup(caseFileId: string | null, intakeId: string) {
    const r = await checker.invoke('followup.get', caseFileId ? { caseFileId, intakeId: null } : { caseFileId: null, intakeId });
    return r.ok ? r.value : null;
  }
  for (const cb of ack.callbacks) {
    v.checked++;
    const key = cb.caseFileId ?? cb.intakeId;
    if (!followups.has(key)) followups.set(key, await readFollowup(cb.caseFileId, cb.intakeId));
    const entry = followups.get(key)?.entries.find((e) => e.intakeId === cb.intakeId);
    if (!entry?.callbacks.some((x) => x.content === cb.content)) lose(`回访记录“${cb.content}”不在接待登记 ${cb.intakeId} 上`);
  }

  const docsByIntake = new Map<string, Set<string>>();
  for (const d of ack.documents) {
    v.checked++;
    if (!docsByIntake.has(d.intakeId)) {
      const r = await checker.invoke('documents.list', { intakeId: d.intakeId, caseFileId: null });
      docsByIntake.set(d.intakeId, new Set(r.ok ? r.value.map((x) => x.id) : []));
    }
    if (!docsByIntake.get(d.intakeId)!.has(d.id)) lose(`文书 ${d.id} 不在接待登记 ${d.intakeId} 的文书中`);
  }

  for (const record of world.records) {
    const edits = ack.edits.filter((e) => e.recordId === record.id).sort((a, b) => a.rowVersion - b.rowVersion);
    v.checked += edits.length;
    if (edits.length === 0) continue;
    const r = await checker.invoke('investigation.list', { caseFileId: record.caseFileId });
    const final = r.ok ? r.value.records.find((x) => x.id === record.id) : undefined;
    if (!final) {
      lose(`询问笔录 ${record.id} 读不到`);
      continue;
    }
    // Two saves acknowledged at one version: one of them overwrote the other without being refused.
    for (let i = 1; i < edits.length; i++) {
      if (edits[i]!.rowVersion === edits[i - 1]!.rowVersion) lose(`询问笔录 ${record.id} 的两次保存都确认为版本 ${edits[i]!.rowVersion}（第${edits[i - 1]!.desk + 1}、${edits[i]!.desk + 1}号窗口）`);
    }
    const last = edits[edits.length - 1]!;
    if (final.rowVersion < last.rowVersion) lose(`询问笔录 ${record.id} 停在版本 ${final.rowVersion}，而已确认的保存到了版本 ${last.rowVersion}`);
    else if (final.rowVersion > last.rowVersion) lose(`询问笔录 ${record.id} 在最后确认的保存（版本 ${last.rowVersion}）之后又被未确认的保存改为版本 ${final.rowVersion}`);
    else if (final.qa[0]?.a !== last.answer) lose(`询问笔录 ${record.id} 的内容不是最后确认的保存（第${last.desk + 1}号窗口）`);
  }
  return v;
}
