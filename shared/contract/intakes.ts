// The desk's intake (接待登记): what arrived, from whom, against whom, and where it was sent.
import { z } from 'zod';
import { checkPhone, checkResidentId, normalizeResidentId } from '../domain/identity';
import {
  EXTERNAL_CHANNELS,
  ID_STATUS,
  ID_TYPE,
  INTAKE_CHANNEL,
  INTAKE_KIND,
  INTAKE_ROUTE,
  INTAKE_STATUS,
  LANGUAGE,
  PARTY_ROLE,
  PENDING_ELSEWHERE,
  proceedingKindForRoute,
} from '../domain/vocabulary';
import { dateKeyOf } from '../domain/time';
import { repeatChoice } from './followup';
import { party, partyCreateInput, projectSummary } from './parties';
import { bool, byId, dateKey, entityId, fen, instant, nameText, nullable, optionalText, page, pageInput, text } from './primitives';
import { unitSummary } from './reference';
import { m, q, type ChannelTable } from './channel-def';

export const MAX_COMPLAINANTS = 500;

/** One complainant row as the desk enters it or a roster supplies it. */
export const complainantInput = z
  .object({
    name: nameText('姓名', 60),
    idType: z.enum(ID_TYPE.values, { error: '请选择证件类型' }),
    idNumber: optionalText('证件号码', 40),
    idMissingReason: optionalText('无证件号码的原因', 100),
    phones: z
      .array(z.string().trim().max(40, '电话不能超过40个字'))
      .max(3, '最多登记3个电话')
      .optional()
      .transform((v) => (v ?? []).filter((p) => p !== '')),
    hometown: optionalText('籍贯', 60),
    preferredLanguage: z
      .enum(LANGUAGE.values)
      .optional()
      .transform((v) => v ?? 'zh'),
    isRepresentative: bool(),
    amountClaimedFen: nullable(fen('诉求金额')),
    note: optionalText('备注', 200),
    // What a complaint states of the complainant (若干规定; DOMAIN.md §1.1): optional, a worker may not know or have one.
    address: optionalText('住所', 200),
    occupation: optionalText('职业', 40),
    workplace: optionalText('工作单位', 120),
  })
  .superRefine((v, ctx) => {
    if (v.idType === 'none') {
      if (v.idNumber !== null) ctx.addIssue({ code: 'custom', path: ['idType'], message: '已填写证件号码，请选择证件类型' });
      if (v.idMissingReason === null || v.idMissingReason.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['idMissingReason'], message: '未登记证件号码时，请写明原因（如“未带证件”）' });
      }
    } else if (v.idNumber === null) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: `请填写${ID_TYPE.label(v.idType)}号码，或将证件类型改为“无证件号码”并写明原因` });
    } else if (v.idType === 'residentId') {
      const r = checkResidentId(v.idNumber);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: r.reason });
    } else if (!/^[0-9A-Za-z()（）-]{5,40}$/.test(v.idNumber)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '证件号码只能包含字母、数字和括号，至少5位' });
    }
    v.phones.forEach((p, i) => {
      const r = checkPhone(p);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['phones', i], message: r.reason });
    });
  })
  .transform((v) => ({
    ...v,
    idNumber: v.idNumber !== null && v.idType === 'residentId' ? normalizeResidentId(v.idNumber) : v.idNumber,
    idMissingReason: v.idType === 'none' ? v.idMissingReason : null,
  }));
export type ComplainantInput = z.input<typeof complainantInput>;

/**
 * A party complained about: one on file, picked by id — or one new to the bureau, typed in the desk's dialog and
 * created in the intake's own transaction, so a registration that is never saved leaves no party behind.
 */
export const intakePartyInput = z
  .object({
    partyId: entityId.optional(),
    newParty: partyCreateInput.optional(),
    role: z.enum(PARTY_ROLE.values, { error: '请选择被投诉方的身份' }),
  })
  .superRefine((v, ctx) => {
    if ((v.partyId === undefined) === (v.newParty === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['partyId'], message: '请选用登记过的被投诉方，或新增一个（二者选一）' });
    }
  });
export type IntakePartyInput = z.input<typeof intakePartyInput>;

const projectRef = z.union([
  z.object({ id: entityId }).strict(),
  z.object({ name: nameText('项目名称', 120), siteUnitId: nullable(entityId), siteAddress: optionalText('项目地址', 200) }).strict(),
]);

/** Where the desk sends an intake: the department (null: the unit's department for the route), the body, the unit. */
export const routingTargetFields = {
  departmentId: nullable(entityId),
  otherBody: optionalText('有关部门或机关名称', 100),
  transferUnitId: nullable(entityId),
};

export const intakeCreateInput = z
  .object({
    kind: z.enum(INTAKE_KIND.values, { error: '请选择登记类型（投诉、举报或咨询）' }),
    channel: z.enum(INTAKE_CHANNEL.values, { error: '请选择来源渠道' }),
    externalNo: optionalText('工单或来文编号', 60),
    replyDue: nullable(dateKey('回复期限')),
    receivedAt: instant,
    summary: text('诉求摘要', 2000),
    workersCount: z.number({ error: '请填写涉及人数' }).int('涉及人数应为整数').min(1, '涉及人数至少为1').max(100_000, '涉及人数过大'),
    amountClaimedFen: nullable(fen('诉求金额')),
    violationEndDate: nullable(dateKey('违法行为终止日期')),
    pendingElsewhere: nullable(z.enum(PENDING_ELSEWHERE.values, { error: '请选择是否已申请调解、仲裁或者起诉' })),
    parties: z
      .array(intakePartyInput)
      .max(10, '被投诉方最多10个')
      .optional()
      .transform((v) => v ?? []),
    project: nullable(projectRef),
    complainants: z
      .array(complainantInput)
      .max(MAX_COMPLAINANTS, `一次登记最多${MAX_COMPLAINANTS}名投诉人，请分批登记`)
      .optional()
      .transform((v) => v ?? []),
    route: nullable(z.enum(INTAKE_ROUTE.values)),
    ...routingTargetFields,
    answer: optionalText('答复内容', 2000),
    leaderStaffId: nullable(entityId),
    urgent: bool(),
    /** The desk looked again at amounts above the per-worker ceiling (intake.amountConfirmAbove) and confirmed them. */
    amountsConfirmed: bool(),
    /**
     * The page's key for this registration (one per form and values): sent again after an answer that never came, the
     * registration already saved under it is returned instead of a second one (issue #16 §6). Absent: no such check.
     */
    submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, '提交标识无效').optional(),
    /** 告知: what the complainant was told at the desk (首问负责); the feedback due date is the core's. */
    notice: optionalText('告知内容', 1000),
    /** A repeat found before saving (repeats.check): join that file, or link the new one to it. */
    repeat: nullable(repeatChoice),
  })
  .superRefine((v, ctx) => {
    if (v.repeat?.action === 'attach' && v.kind === 'consultation') {
      ctx.addIssue({ code: 'custom', path: ['repeat'], message: '咨询不并入案卷；需要办理的，请将类型改为投诉或举报' });
    }
    if (EXTERNAL_CHANNELS.includes(v.channel) && v.externalNo === null) {
      ctx.addIssue({ code: 'custom', path: ['externalNo'], message: `${INTAKE_CHANNEL.label(v.channel)}须填写工单或来文编号` });
    }
    if (v.kind === 'complaint' && v.complainants.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['complainants'], message: '投诉须登记至少一名投诉人' });
    }
    // The two-year cut-off runs from this date (监察条例 Art. 20): a date after the visit cannot be what was said.
    if (v.violationEndDate !== null && v.violationEndDate > dateKeyOf(v.receivedAt)) {
      ctx.addIssue({ code: 'custom', path: ['violationEndDate'], message: '违法行为终止日期不能晚于接待日期' });
    }
    if (v.complainants.length > v.workersCount) {
      ctx.addIssue({ code: 'custom', path: ['workersCount'], message: `涉及人数不能少于已登记的投诉人数（${v.complainants.length}人）` });
    }
    if (v.route !== null && proceedingKindForRoute(v.route) !== null && v.kind === 'consultation') {
      ctx.addIssue({ code: 'custom', path: ['route'], message: '咨询不立案；需要办理的，请将类型改为投诉或举报' });
    }
    if (v.kind === 'report' && (v.route === 'arbitration' || v.route === 'mediation')) {
      ctx.addIssue({ code: 'custom', path: ['route'], message: '举报转劳动保障监察处理；仲裁和调解须由劳动者本人申请' });
    }
    if (v.route === 'transfer' && v.kind === 'consultation') {
      ctx.addIssue({ code: 'custom', path: ['route'], message: '咨询当场答复，不移送；需要办理的，请将类型改为投诉或举报' });
    }
    if (v.route === 'transfer' && v.transferUnitId === null) ctx.addIssue({ code: 'custom', path: ['transferUnitId'], message: '请选择移送的单位' });
    if ((v.route === 'answered' || v.route === 'referredElsewhere') && v.answer === null) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: v.route === 'answered' ? '请填写答复内容' : '请写明告知其向哪个部门反映' });
    }
    const seen = new Map<string, number>();
    v.complainants.forEach((c, i) => {
      if (c.idNumber === null) return;
      const key = `${c.idType}:${c.idType === 'residentId' ? normalizeResidentId(c.idNumber) : c.idNumber}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['complainants', i, 'idNumber'], message: `与第${first + 1}行的证件号码重复` });
      } else seen.set(key, i);
    });
    const partyKeys = new Set<string>();
    const newNumbers = new Map<string, number>();
    v.parties.forEach((p, i) => {
      if (p.partyId !== undefined) {
        const key = `${p.partyId}:${p.role}`;
        if (partyKeys.has(key)) ctx.addIssue({ code: 'custom', path: ['parties', i, 'partyId'], message: '同一被投诉方重复添加' });
        partyKeys.add(key);
      }
      // Two new parties with one credit code or ID number are one party typed twice.
      const n = p.newParty;
      const number = n?.creditCode ?? n?.idNumber ?? null;
      if (number === null) return;
      const first = newNumbers.get(number);
      if (first !== undefined) {
        const field = n?.creditCode ? 'creditCode' : 'idNumber';
        ctx.addIssue({ code: 'custom', path: ['parties', i, 'newParty', field], message: `与第${first + 1}个被投诉方的${field === 'creditCode' ? '统一社会信用代码' : '证件号码'}相同，请勿重复新增` });
      } else newNumbers.set(number, i);
    });
  });
export type IntakeCreateInput = z.input<typeof intakeCreateInput>;

export const intakeAddComplainantsInput = z.object({
  intakeId: entityId,
  rowVersion: z.number().int(),
  complainants: z.array(complainantInput).min(1, '请至少补充一名投诉人').max(MAX_COMPLAINANTS),
  /** As for intakes.create: amounts above the per-worker ceiling were looked at again and confirmed. */
  amountsConfirmed: bool(),
});

export const complainant = z.object({
  personId: entityId,
  name: z.string(),
  idType: z.enum(ID_TYPE.values),
  idNumber: z.string().nullable(),
  idStatus: z.enum(ID_STATUS.values),
  idMissingReason: z.string().nullable(),
  sex: z.enum(['M', 'F']).nullable(),
  birthDate: z.string().nullable(),
  phones: z.array(z.string()),
  hometown: z.string().nullable(),
  preferredLanguage: z.enum(LANGUAGE.values),
  isRepresentative: z.boolean(),
  amountClaimedFen: z.number().int().nullable(),
  note: z.string().nullable(),
  address: z.string().nullable(),
  occupation: z.string().nullable(),
  workplace: z.string().nullable(),
});
export type Complainant = z.infer<typeof complainant>;

export const staffRef = z.object({ id: entityId, name: z.string() });

export const intakeDetail = z.object({
  id: entityId,
  regNoText: z.string(),
  unit: unitSummary,
  kind: z.enum(INTAKE_KIND.values),
  channel: z.enum(INTAKE_CHANNEL.values),
  externalNo: z.string().nullable(),
  replyDue: z.string().nullable(),
  receivedAt: instant,
  receivedDate: z.string(),
  summary: z.string(),
  workersCount: z.number().int(),
  amountClaimedFen: z.number().int().nullable(),
  violationEndDate: z.string().nullable(),
  pendingElsewhere: z.enum(PENDING_ELSEWHERE.values).nullable(),
  project: projectSummary.nullable(),
  parties: z.array(z.object({ role: z.enum(PARTY_ROLE.values), party })),
  complainants: z.array(complainant),
  /** Reporters withheld from this caller (no 'reporter.read'; 监察条例 Art. 9): only their number is shown. */
  hiddenReporters: z.number().int(),
  status: z.enum(INTAKE_STATUS.values),
  route: z.enum(INTAKE_ROUTE.values).nullable(),
  answer: z.string().nullable(),
  collective: z.boolean(),
  urgent: z.boolean(),
  caseFileId: entityId.nullable(),
  recordedBy: staffRef,
  rowVersion: z.number().int(),
  createdAt: instant,
});
export type IntakeDetail = z.infer<typeof intakeDetail>;

export const intakeListItem = z.object({
  id: entityId,
  regNoText: z.string(),
  kind: z.enum(INTAKE_KIND.values),
  channel: z.enum(INTAKE_CHANNEL.values),
  receivedAt: instant,
  summary: z.string(),
  workersCount: z.number().int(),
  amountClaimedFen: z.number().int().nullable(),
  partyNames: z.array(z.string()),
  complainantNames: z.array(z.string()),
  complainantCount: z.number().int(),
  status: z.enum(INTAKE_STATUS.values),
  route: z.enum(INTAKE_ROUTE.values).nullable(),
  collective: z.boolean(),
  urgent: z.boolean(),
  replyDue: z.string().nullable(),
  caseFileId: entityId.nullable(),
});
export type IntakeListItem = z.infer<typeof intakeListItem>;

export const searchText = z
  .string()
  .max(100, '检索词不能超过100个字')
  .optional()
  .transform((v) => (v ?? '').trim());

export const intakeListInput = z.object({
  search: searchText,
  filter: z
    .object({
      kind: nullable(z.enum(INTAKE_KIND.values)),
      channel: nullable(z.enum(INTAKE_CHANNEL.values)),
      status: nullable(z.enum(INTAKE_STATUS.values)),
      collective: nullable(z.boolean()),
      from: nullable(dateKey('起始日期')),
      to: nullable(dateKey('截止日期')),
    })
    .optional()
    .transform((v) => v ?? { kind: null, channel: null, status: null, collective: null, from: null, to: null }),
  ...pageInput,
});
export type IntakeListInput = z.input<typeof intakeListInput>;

export const intakeListPage = page(intakeListItem);

/** A roster row as read from the file: the typed text, and what is wrong with it per field. */
export const rosterRow = z.object({
  line: z.number().int(),
  name: z.string(),
  idType: z.enum(ID_TYPE.values),
  idNumber: z.string(),
  idMissingReason: z.string(),
  phone: z.string(),
  hometown: z.string(),
  amountYuan: z.string(),
  isRepresentative: z.boolean(),
  note: z.string(),
  address: z.string(),
  occupation: z.string(),
  workplace: z.string(),
  errors: z.record(z.string(), z.string()),
});
export type RosterRow = z.infer<typeof rosterRow>;

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
/**
 * The largest roster read: ten registrations' worth of workers (MAX_COMPLAINANTS each, added in batches), with
 * title and header rows — more than any county's group claim. Checked before the file is read, so a sheet naming
 * a far-off cell cannot make the reader build millions of empty ones.
 */
export const MAX_ROSTER_ROWS = 5_000;
/** Rosters have 5–20 columns (姓名, 身份证号码, … and a column per month owed); 100 leaves room for any of them. */
export const MAX_ROSTER_COLUMNS = 100;

export const rosterParseInput = z.object({
  fileName: text('文件名', 255),
  contentBase64: z
    .string()
    .min(1, '文件为空')
    .max(Math.ceil((MAX_ROSTER_BYTES * 4) / 3) + 4, '名册文件不能超过 5 MB'),
});

export const rosterParseOutput = z.object({
  sheetName: z.string().nullable(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  rows: z.array(rosterRow),
  warnings: z.array(z.string()),
});
export type RosterParseOutput = z.infer<typeof rosterParseOutput>;

export const intakesChannels = {
  'intakes.create': m(intakeCreateInput, intakeDetail, 'intake.create'),
  'intakes.addComplainants': m(intakeAddComplainantsInput, intakeDetail, 'intake.create'),
  'intakes.get': q(byId, intakeDetail, 'intake.read'),
  'intakes.list': q(intakeListInput, intakeListPage, 'intake.read'),
  'intakes.parseRoster': q(rosterParseInput, rosterParseOutput, 'intake.create'),
} as const satisfies ChannelTable;
