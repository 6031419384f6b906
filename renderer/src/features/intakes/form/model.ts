// The desk form's values (what the clerk typed, as text) and their conversion to the contract's input. The same
// zod schema the core enforces checks them here first, so a clerk sees the core's own Chinese message at the
// field, before anything is sent. Pure: no React, no I/O.
import { complainantInput, intakeCreateInput, type IntakeCreateInput } from '../../../../../shared/contract/intakes';
import type { PartyCreateInput } from '../../../../../shared/contract/parties';
import { canonicalJson } from '../../../../../shared/domain/canonical-json';
import { halfWidthNumber, parseYuan, sumFen } from '../../../../../shared/domain/money';
import type { IdType, IntakeChannel, IntakeKind, IntakeRoute, Language, PartyKind, PartyRole, PendingElsewhere } from '../../../../../shared/domain/vocabulary';
import type { RosterRow } from '../../../../../shared/contract/intakes';

export interface RowValues {
  key: string;
  name: string;
  idType: IdType;
  idNumber: string;
  idMissingReason: string;
  phone: string;
  hometown: string;
  preferredLanguage: Language;
  amountYuan: string;
  isRepresentative: boolean;
  note: string;
  /** What the person stated at this intake (若干规定: a complaint states them). */
  address: string;
  occupation: string;
  workplace: string;
}

/** The fields of a row that sit under it, opened on demand (籍贯, 语言, 备注 and the three above). */
export const ROW_DETAILS = ['address', 'occupation', 'workplace', 'hometown', 'preferredLanguage', 'note'] as const;

/** A party typed in the desk's dialog: kept in the form (and its draft) and created only when the intake is saved. */
export interface NewPartyValues {
  kind: PartyKind;
  name: string;
  creditCode: string;
  idNumber: string;
  legalRepName: string;
  legalRepTitle: string;
  address: string;
  phone: string;
}

export function emptyNewParty(kind: PartyKind, name: string): NewPartyValues {
  return { kind, name, creditCode: '', idNumber: '', legalRepName: '', legalRepTitle: '', address: '', phone: '' };
}

/** The new party as the contract takes it: only the number and the representative that its kind has. */
export function newPartyInput(v: NewPartyValues): PartyCreateInput {
  const org = v.kind === 'organisation';
  return {
    kind: v.kind,
    name: v.name,
    creditCode: org ? v.creditCode : null,
    idNumber: v.kind === 'individual' ? v.idNumber : null,
    legalRepName: org ? v.legalRepName : null,
    legalRepTitle: org ? v.legalRepTitle : null,
    address: v.address,
    phone: v.phone,
  };
}

export interface PartyValues {
  /** The party on file; '' for a new one. */
  partyId: string;
  name: string;
  role: PartyRole;
  /** A party new to the bureau, to be created with the intake; null for one on file. */
  newParty: NewPartyValues | null;
}

export interface FormValues {
  kind: IntakeKind;
  channel: IntakeChannel;
  externalNo: string;
  replyDue: string;
  receivedAt: number;
  summary: string;
  workersCount: string;
  amountYuan: string;
  /** 违法行为终止日期, 'YYYY-MM-DD' or '' (not known). */
  violationEndDate: string;
  /** '' when not asked. */
  pendingElsewhere: PendingElsewhere | '';
  parties: PartyValues[];
  projectId: string;
  projectName: string;
  projectSiteUnitId: string;
  complainants: RowValues[];
  route: IntakeRoute | '';
  /** The department the route goes to; '' is the unit's department for the route (归口办理). */
  departmentId: string;
  /** For 'transfer': the unit it awaits transfer to; for 'referredElsewhere': the body named. */
  transferUnitId: string;
  otherBody: string;
  answer: string;
  leaderStaffId: string;
  urgent: boolean;
  /** 告知: what the complainant was told at the desk (首问负责). */
  notice: string;
  /** A repeat found before saving (followup/RepeatSection): the file, and whether to join it or link to it. */
  repeatFileId: string;
  repeatAction: '' | 'attach' | 'link';
}

let keySeq = 0;
export const rowKey = () => `r${Date.now().toString(36)}${(keySeq++).toString(36)}`;

export function emptyRow(): RowValues {
  return {
    key: rowKey(),
    name: '',
    idType: 'residentId',
    idNumber: '',
    idMissingReason: '',
    phone: '',
    hometown: '',
    preferredLanguage: 'zh',
    amountYuan: '',
    isRepresentative: false,
    note: '',
    address: '',
    occupation: '',
    workplace: '',
  };
}

export function emptyForm(now: number): FormValues {
  return {
    kind: 'complaint',
    channel: 'walkIn',
    externalNo: '',
    replyDue: '',
    receivedAt: now,
    summary: '',
    workersCount: '',
    amountYuan: '',
    violationEndDate: '',
    pendingElsewhere: '',
    parties: [],
    projectId: '',
    projectName: '',
    projectSiteUnitId: '',
    complainants: [emptyRow()],
    route: 'inspection',
    departmentId: '',
    transferUnitId: '',
    otherBody: '',
    answer: '',
    leaderStaffId: '',
    urgent: false,
    notice: '',
    repeatFileId: '',
    repeatAction: '',
  };
}

/** A row nobody has typed into yet (ignored on save, so a trailing blank row never blocks). */
export function isBlankRow(r: RowValues): boolean {
  const typed = [r.name, r.idNumber, r.phone, r.amountYuan, r.idMissingReason, r.hometown, r.address, r.occupation, r.workplace];
  return typed.every((t) => !t.trim());
}

/**
 * Whether nothing was typed or chosen: the form as it opens (its time of receipt and blank rows aside). Such a form
 * is no draft — after a save the blank form must not come back as “restored”.
 */
export function isUntouchedForm(v: FormValues): boolean {
  const shape = (f: FormValues) => {
    const rows = f.complainants.map(({ key: _key, ...r }) => canonicalJson(r));
    const blankRow = canonicalJson((({ key: _key, ...r }) => r)(emptyRow()));
    return canonicalJson({ ...f, receivedAt: 0, complainants: rows.filter((r) => r !== blankRow) });
  };
  return shape(v) === shape(emptyForm(0));
}

/**
 * A draft as the form takes it back: values a draft saved by an earlier version lacks (fields added since) are
 * filled with the empty form's, so nothing the clerk typed is lost and nothing is undefined.
 */
export function formFromDraft(saved: Partial<FormValues>, now: number): FormValues {
  const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const empty = emptyForm(now);
  const rows = Array.isArray(saved.complainants) && saved.complainants.length > 0 ? saved.complainants : empty.complainants;
  const parties = Array.isArray(saved.parties) ? saved.parties.map((p) => ({ newParty: null, ...defined(p) }) as PartyValues) : empty.parties;
  return { ...empty, ...defined(saved), parties, complainants: rows.map((r) => ({ ...emptyRow(), ...defined(r) })) };
}

export function rowFromRoster(r: RosterRow): RowValues {
  return {
    key: rowKey(),
    name: r.name,
    idType: r.idType,
    idNumber: r.idType === 'none' ? '' : r.idNumber,
    idMissingReason: r.idMissingReason,
    phone: r.phone,
    hometown: r.hometown,
    preferredLanguage: 'zh',
    amountYuan: r.amountYuan,
    isRepresentative: r.isRepresentative,
    note: r.note,
    address: r.address,
    occupation: r.occupation,
    workplace: r.workplace,
  };
}

export type Errors = Record<string, string>;

function rowInput(r: RowValues, errors: Errors, path: string) {
  let amountClaimedFen: number | null = null;
  if (r.amountYuan.trim() !== '') {
    const p = parseYuan(r.amountYuan);
    if (p.ok) amountClaimedFen = p.fen;
    else errors[`${path}.amountYuan`] = p.reason;
  }
  return {
    name: r.name,
    idType: r.idType,
    idNumber: r.idType === 'none' ? null : r.idNumber,
    idMissingReason: r.idType === 'none' ? r.idMissingReason : null,
    phones: r.phone.trim() ? [r.phone] : [],
    hometown: r.hometown,
    preferredLanguage: r.preferredLanguage,
    isRepresentative: r.isRepresentative,
    amountClaimedFen,
    note: r.note,
    address: r.address,
    occupation: r.occupation,
    workplace: r.workplace,
  };
}

/** Maps a contract path (complainants.2.phones.0) to the form field that shows it (complainants.2.phone). */
export function formPath(contractPath: string): string {
  return contractPath
    .replace(/^complainants\.(\d+)\.phones\.\d+$/, 'complainants.$1.phone')
    .replace(/^complainants\.(\d+)\.amountClaimedFen$/, 'complainants.$1.amountYuan')
    .replace(/^amountClaimedFen$/, 'amountYuan')
    .replace(/^project(\..*)?$/, 'projectName')
    .replace(/^parties\.(\d+)\..*$/, 'parties.$1');
}

/** The rows that will be sent: typed rows, in order, with their index in the form. */
export function filledRows(v: FormValues): { row: RowValues; index: number }[] {
  return v.complainants.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row));
}

/** Sum of the rows' amounts in fen, or null when no row has a valid amount. */
export function rowsTotalFen(v: FormValues): number | null {
  const amounts = filledRows(v)
    .map(({ row }) => parseYuan(row.amountYuan))
    .filter((p): p is { ok: true; fen: number } => p.ok)
    .map((p) => p.fen);
  return amounts.length ? sumFen(amounts) : null;
}

/**
 * Converts the form to the contract input and checks it with the contract's own schema. `skipRows` leaves out
 * rows (by form index) that the clerk chose to correct later. Errors are keyed by form field path.
 */
export function toInput(v: FormValues, skipRows: ReadonlySet<number> = new Set()): { input: IntakeCreateInput; errors: Errors } {
  const errors: Errors = {};
  const rows = filledRows(v).filter(({ index }) => !skipRows.has(index));
  const complainants = rows.map(({ row, index }) => rowInput(row, errors, `complainants.${index}`));
  const typedWorkers = halfWidthNumber(v.workersCount).trim();
  const workers = typedWorkers === '' ? Math.max(1, rows.length) : Number(typedWorkers);
  if (typedWorkers !== '' && !/^\d+$/.test(typedWorkers)) errors.workersCount = '涉及人数应为整数';
  let amountClaimedFen: number | null = null;
  if (v.amountYuan.trim() !== '') {
    const p = parseYuan(v.amountYuan);
    if (p.ok) amountClaimedFen = p.fen;
    else errors.amountYuan = p.reason;
  } else amountClaimedFen = rowsTotalFen({ ...v, complainants: rows.map((r) => r.row) });
  const project = v.projectId
    ? { id: v.projectId }
    : v.projectName.trim()
      ? { name: v.projectName, siteUnitId: v.projectSiteUnitId || null }
      : null;
  const input: IntakeCreateInput = {
    kind: v.kind,
    channel: v.channel,
    externalNo: v.externalNo,
    replyDue: v.replyDue || null,
    receivedAt: v.receivedAt,
    summary: v.summary,
    workersCount: Number.isFinite(workers) ? workers : 0,
    amountClaimedFen,
    violationEndDate: v.violationEndDate || null,
    pendingElsewhere: v.pendingElsewhere || null,
    parties: v.parties.map((p) => (p.newParty ? { newParty: newPartyInput(p.newParty), role: p.role } : { partyId: p.partyId, role: p.role })),
    project,
    complainants,
    route: v.route || null,
    departmentId: v.departmentId || null,
    transferUnitId: v.route === 'transfer' ? v.transferUnitId || null : null,
    otherBody: v.route === 'referredElsewhere' ? v.otherBody || null : null,
    answer: v.answer,
    leaderStaffId: v.leaderStaffId || null,
    urgent: v.urgent,
    notice: v.notice,
    repeat: v.repeatAction && v.repeatFileId ? { caseFileId: v.repeatFileId, action: v.repeatAction } : null,
  };
  const parsed = intakeCreateInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      let path = issue.path.map(String).join('.');
      // Row paths in the input count only the rows sent; point them back at the form's row.
      const m = /^complainants\.(\d+)(\..*)?$/.exec(path);
      if (m) path = `complainants.${rows[Number(m[1])]?.index ?? m[1]}${m[2] ?? ''}`;
      const key = formPath(path);
      if (!(key in errors)) errors[key] = issue.message;
    }
  }
  return { input, errors };
}

/** Errors of one row alone (for marking a row as the clerk leaves a field). */
export function rowErrors(r: RowValues): Errors {
  const errors: Errors = {};
  if (isBlankRow(r)) return errors;
  const parsed = complainantInput.safeParse(rowInput(r, errors, 'x'));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = formPath(`complainants.0.${issue.path.map(String).join('.')}`).replace(/^complainants\.0\./, '');
      if (!(key in errors)) errors[key] = issue.message;
    }
  }
  for (const [k, v] of Object.entries(errors)) {
    if (k.startsWith('x.')) {
      errors[k.slice(2)] = v;
      delete errors[k];
    }
  }
  return errors;
}

/** Form indexes of rows that have errors, when every error is inside a row (so the rest could be saved). */
export function rowsOnlyErrors(errors: Errors): number[] | null {
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  const rows = new Set<number>();
  for (const k of keys) {
    const m = /^complainants\.(\d+)\./.exec(k);
    if (!m) return null;
    rows.add(Number(m[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/** Server field errors (paths into the rows actually sent) as form field paths. */
export function serverErrors(fields: Record<string, string>, v: FormValues, skipRows: ReadonlySet<number> = new Set()): Errors {
  const sent = filledRows(v).filter(({ index }) => !skipRows.has(index));
  const out: Errors = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^complainants\.(\d+)(\..*)?$/.exec(path);
    const mapped = m ? `complainants.${sent[Number(m[1])]?.index ?? m[1]}${m[2] ?? ''}` : path;
    out[formPath(mapped)] = message;
  }
  return out;
}
