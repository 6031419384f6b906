// A bureau's day at many desks, compressed: the reception desks search, page through lists, register complaints,
// record a call-back on one of theirs (an action on its file) and print its 接待登记表; the inspectors search, page
// and edit the same 询问笔录 draft in pairs, each saving against the version they last saw, as an open screen does.
// A save refused as CONFLICT is what the row version is for: the desk re-reads and re-applies its edit.
import type { InquiryRecordSaveInput, InquiryRecordView } from '../../shared/contract/investigation';
import type { IntakeCreateInput } from '../../shared/contract/intakes';
import type { Result } from '../../shared/contract/result';
import type { Tally, DeskApi } from './tally';

export type DeskRole = 'reception' | 'inspector';

export interface SharedRecord {
  id: string;
  caseFileId: string;
}

/** What the desks work on, found or made before the clock starts. */
export interface World {
  partyIds: string[];
  searchTerms: string[];
  employerQueries: string[];
  /** The 询问笔录 drafts edited concurrently: inspector desk k edits records[floor(k / 2) % length]. */
  records: SharedRecord[];
}

/** Every write the server acknowledged, to be checked afterwards. */
export interface Acknowledged {
  /** `at`: when the desk had the acknowledgement (performance.now()), to time the other desks' events from. */
  intakes: { id: string; desk: number; sent: IntakeCreateInput; at: number }[];
  callbacks: { intakeId: string; caseFileId: string | null; content: string }[];
  documents: { id: string; intakeId: string }[];
  edits: { recordId: string; rowVersion: number; answer: string; desk: number }[];
}

export function emptyAcknowledged(): Acknowledged {
  return { intakes: [], callbacks: [], documents: [], edits: [] };
}

export interface Desk {
  index: number;
  role: DeskRole;
  /** The account's name (several desks may share one: the app allows a person several windows). */
  person: string;
  api: DeskApi;
  tally: Tally;
}

/** A seeded generator, so a run can be repeated. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORKERS = ['扎西', '次仁', '格桑', '达瓦', '尼玛', '旺堆', '索朗', '平措', '多吉', '拉巴', '边巴', '普布', '洛桑', '卓玛', '央金'];
const SITES = ['安居房项目', 'G318线改建工程', '农田水利项目', '完全小学教学楼', '商贸城二期'];

/** Only what the mix needs to pick from. */
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export function complaintInput(desk: number, n: number, world: World, r: () => number): IntakeCreateInput {
  const workers = 1 + Math.floor(r() * 4);
  return {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Date.now(),
    summary: `负载测试 第${desk + 1}号窗口 第${n}件：${pick(r, SITES)}拖欠${workers}人工资`,
    workersCount: workers,
    amountClaimedFen: null,
    violationEndDate: null,
    pendingElsewhere: 'none',
    parties: [{ partyId: pick(r, world.partyIds), role: 'employer' }],
    complainants: [
      {
        name: pick(r, WORKERS),
        idType: 'none',
        idMissingReason: '未带证件',
        phones: [`1390892${String(desk).padStart(2, '0')}${String(n % 100).padStart(2, '0')}`],
        amountClaimedFen: (1000 + Math.floor(r() * 9000)) * 100,
      },
    ],
    route: 'inspection',
  };
}

/** The save input that re-applies `answer` to a record as last seen. */
export function saveOf(view: InquiryRecordView, answer: string): InquiryRecordSaveInput {
  return {
    id: view.id,
    rowVersion: view.rowVersion,
    startedAt: view.startedAt,
    endedAt: view.endedAt,
    place: view.place,
    inspectorIds: view.inspectors.map((i) => i.staffId),
    recorderId: view.recorder?.id ?? null,
    interviewee: { ...view.interviewee },
    language: view.language,
    languageOther: view.languageOther,
    interpreterName: view.interpreterName,
    interpreterDutyTold: view.interpreterDutyTold,
    qa: [{ q: view.qa[0]?.q ?? '欠薪情况', a: answer }, ...view.qa.slice(1)],
  };
}

export interface DeskState {
  n: number;
  own: { id: string; caseFileId: string | null }[];
  printed: Set<string>;
  seen: InquiryRecordView | null;
}

/** How many tries a desk gives one edit (the re-reads after conflicts included) before moving on. */
const EDIT_TRIES = 4;

async function reread(d: Desk, record: SharedRecord): Promise<InquiryRecordView | null> {
  const r = await d.tally.timed(d.api, 'reread', 'investigation.list', { caseFileId: record.caseFileId });
  if (!r?.ok) return null;
  const view = r.value.records.find((x) => x.id === record.id);
  if (!view) d.tally.errors.push(`investigation.list：找不到笔录 ${record.id}`);
  return view ?? null;
}

async function editShared(d: Desk, s: DeskState, world: World, ack: Acknowledged, inspectorIndex: number): Promise<void> {
  const record = world.records[Math.floor(inspectorIndex / 2) % world.records.length]!;
  s.seen ??= await reread(d, record);
  for (let attempt = 0; attempt < EDIT_TRIES && s.seen; attempt++) {
    const answer = `第${d.index + 1}号窗口第${++s.n}次修改：工资拖欠至${1 + (s.n % 12)}月`;
    const r = await d.tally.timed(d.api, 'edit', 'investigation.saveRecord', saveOf(s.seen, answer), true);
    if (r?.ok) {
      ack.edits.push({ recordId: record.id, rowVersion: r.value.rowVersion, answer, desk: d.index });
      s.seen = r.value;
      return;
    }
    // The conflict screen: read what the other desk saved, then re-apply this desk's edit on top of it.
    s.seen = r && !r.ok && r.error.code === 'CONFLICT' ? await reread(d, record) : null;
  }
}

async function search(d: Desk, world: World, r: () => number): Promise<void> {
  if (r() < 0.7) await d.tally.timed(d.api, 'search', 'intakes.list', { search: pick(r, world.searchTerms), limit: 50, cursor: null });
  else await d.tally.timed(d.api, 'search', 'employers.search', { query: pick(r, world.employerQueries) });
}

async function listPages(d: Desk, r: () => number): Promise<void> {
  const which = r();
  if (which < 0.15) {
    await d.tally.timed(d.api, 'list', 'desk.summary', {});
    return;
  }
  // The first page, then (as often as people scroll) one or two more: keyset paging with the cursor.
  let cursor: string | null = null;
  const pages = 1 + Math.floor(r() * 3);
  for (let p = 0; p < pages; p++) {
    const res: Result<{ nextCursor: string | null }> | null =
      which < 0.6
        ? await d.tally.timed(d.api, 'list', 'intakes.list', { limit: 50, cursor })
        : await d.tally.timed(d.api, 'list', 'cases.list', { limit: 50, cursor });
    if (!res?.ok || res.value.nextCursor === null) return;
    cursor = res.value.nextCursor;
  }
}

async function register(d: Desk, s: DeskState, world: World, ack: Acknowledged, r: () => number): Promise<void> {
  const sent = complaintInput(d.index, ++s.n, world, r);
  const res = await d.tally.timed(d.api, 'intake', 'intakes.create', sent);
  if (!res?.ok) return;
  ack.intakes.push({ id: res.value.id, desk: d.index, sent, at: performance.now() });
  s.own.push({ id: res.value.id, caseFileId: res.value.caseFileId });
}

async function callBack(d: Desk, s: DeskState, ack: Acknowledged, r: () => number): Promise<void> {
  const intake = pick(r, s.own);
  const content = `负载测试回访 第${d.index + 1}号窗口 第${++s.n}次：已电话告知办理进度`;
  const res = await d.tally.timed(d.api, 'action', 'followup.callback', { intakeId: intake.id, personId: null, at: Date.now(), method: 'phone', reached: false, content, satisfaction: null });
  if (res?.ok) ack.callbacks.push({ intakeId: intake.id, caseFileId: intake.caseFileId, content });
}

/** The 接待登记表 of one of this desk's intakes not yet printed (an intake has one valid 登记表 at a time). */
async function printRecord(d: Desk, s: DeskState, ack: Acknowledged): Promise<void> {
  const intake = s.own.find((i) => !s.printed.has(i.id));
  if (!intake) return;
  s.printed.add(intake.id);
  const res = await d.tally.timed(d.api, 'document', 'documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null });
  if (res?.ok) for (const doc of res.value) ack.documents.push({ id: doc.id, intakeId: intake.id });
}

/** One step of a desk's work, chosen by its role's mix. */
export async function step(d: Desk, s: DeskState, world: World, ack: Acknowledged, r: () => number, inspectorIndex: number): Promise<void> {
  const x = r();
  if (d.role === 'inspector') {
    if (x < 0.25) return search(d, world, r);
    if (x < 0.5) return listPages(d, r);
    return editShared(d, s, world, ack, inspectorIndex);
  }
  if (x < 0.3) return search(d, world, r);
  if (x < 0.6) return listPages(d, r);
  if (x < 0.8 || s.own.length === 0) return register(d, s, world, ack, r);
  if (x < 0.92) return callBack(d, s, ack, r);
  if (s.own.some((i) => !s.printed.has(i.id))) return printRecord(d, s, ack);
  return register(d, s, world, ack, r);
}
