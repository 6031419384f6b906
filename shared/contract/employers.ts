// The employer view (issue #12): find an employer, a 包工头 or a project — by 统一社会信用代码, ID number or name, with
// its name variants (shared/domain/employer-names.ts) — and every case file and intake it stands in, on one page.
import { z } from 'zod';
import { CASE_STATUS, INTAKE_KIND, INTAKE_STATUS, PARTY_KIND, PARTY_ROLE } from '../domain/vocabulary';
import { proceedingSummary } from './cases';
import { entityId, fen, instant } from './primitives';
import { q, type ChannelTable } from './channel-def';

/** What the page is about: a party on file (a unit, a 包工头, an 个体) or a project. */
export const employerSubject = z.object({ type: z.enum(['party', 'project']), id: entityId }).strict();
export type EmployerSubject = z.infer<typeof employerSubject>;

export const employerSearchInput = z
  .object({
    query: z
      .string({ error: '请输入要查找的名称或号码' })
      .max(100, '检索词不能超过100个字')
      .transform((v) => v.trim())
      .refine((v) => v !== '', '请输入单位名称、统一社会信用代码、身份证号码或项目名称'),
  })
  .strict();

/** Why a hit answers the query. */
export const EMPLOYER_MATCH = ['creditCode', 'idNumber', 'name', 'pinyin'] as const;

export const employerHit = z.object({
  subject: employerSubject,
  name: z.string(),
  /** The same employer's other spellings among the hits (merged on its page, as here). */
  otherNames: z.array(z.string()),
  /** For a party; null for a project. */
  partyKind: z.enum(PARTY_KIND.values).nullable(),
  creditCode: z.string().nullable(),
  /** Masked, as every list shows it (540202********0019). */
  idNumber: z.string().nullable(),
  /** A project's county (区县). */
  siteUnitName: z.string().nullable(),
  match: z.enum(EMPLOYER_MATCH),
  /** Case files of this unit it stands in under any of these names, counted up to FILE_COUNT_CAP. */
  files: z.number().int(),
});
export type EmployerHit = z.infer<typeof employerHit>;

export const employerSearchOutput = z.object({
  hits: z.array(employerHit),
  /** More matched than are listed: type more of the name. */
  truncated: z.boolean(),
  /** What the name search looked for, once spaces and the legal-form ending were dropped ('' for a number). */
  searchedFor: z.string(),
});
export type EmployerSearchOutput = z.infer<typeof employerSearchOutput>;

const standingRole = z.enum([...PARTY_ROLE.values, 'respondent', 'thirdParty']);

/** A name the page counts as this employer's (merged), or one linked to it (not merged). */
export const employerName = z.object({
  subject: employerSubject,
  name: z.string(),
  partyKind: z.enum(PARTY_KIND.values).nullable(),
  creditCode: z.string().nullable(),
  idNumber: z.string().nullable(),
  /**
   * self: the page's own record; same: another record of the same employer (a name variant, the same code or ID);
   * branch: a 分公司, its parent or a sister branch; sameName: an individual of the same name, not proven the same
   * person; party: a unit or 包工头 that stood with it in its files (roles say as what).
   */
  relation: z.enum(['self', 'same', 'branch', 'sameName', 'party']),
  roles: z.array(standingRole),
  /** Files of the page it shares (for 'party'), or its own files (for the others). */
  files: z.number().int(),
});
export type EmployerName = z.infer<typeof employerName>;

export const employerIntake = z.object({
  id: entityId,
  regNoText: z.string(),
  kind: z.enum(INTAKE_KIND.values),
  status: z.enum(INTAKE_STATUS.values),
  receivedDate: z.string(),
  workersCount: z.number().int(),
  /** Left out (null) for a 举报 when the caller may not know who reported (监察条例 Art. 9). */
  amountClaimedFen: fen().nullable(),
});
export type EmployerIntake = z.infer<typeof employerIntake>;

/** What was done against the employer in one file: orders, decisions, referrals, listings, and the money (issue #12). */
export const employerEnforcement = z.object({
  /** 限期改正（支付）指令书: its date and deadline, served (the first counted service on or after it), paid (by the payments). */
  orders: z.array(z.object({ issuedOn: z.string(), deadline: z.string(), amountFen: fen(), workers: z.number().int(), servedOn: z.string().nullable(), paid: z.enum(['paid', 'partial', 'unpaid']) })),
  /** 行政处理决定 (wages and 赔偿金) and 行政处罚决定 (fines), with the amounts decided. */
  decisions: z.array(z.object({ kind: z.enum(['handling', 'penalty']), date: z.string(), amountFen: fen() })),
  /** 移送公安: its state and the day the case went to the police. */
  referrals: z.array(z.object({ proceedingId: entityId, status: z.string(), transferredOn: z.string().nullable() })),
  /** 失信联合惩戒名单: listed on, the term's end, removed on. */
  listings: z.array(z.object({ proceedingId: entityId, status: z.string(), listedOn: z.string().nullable(), until: z.string().nullable(), removedOn: z.string().nullable() })),
  /** What counted as paid to the workers (payments), and what they are still owed. */
  paidFen: fen(),
  outstandingFen: fen(),
});
export type EmployerEnforcement = z.infer<typeof employerEnforcement>;

export const employerFile = z.object({
  id: entityId,
  title: z.string(),
  status: z.enum(CASE_STATUS.values),
  collective: z.boolean(),
  openedAt: instant,
  closedAt: instant.nullable(),
  /** The first day a complaint in it was received. */
  firstReceivedDate: z.string().nullable(),
  proceedings: z.array(proceedingSummary),
  /** Who is complained about in it and as what; `subject` marks the page's employer under the name it was filed as. */
  parties: z.array(z.object({ partyId: entityId, name: z.string(), role: standingRole, subject: z.boolean() })),
  project: z.object({ id: entityId, name: z.string(), siteUnitName: z.string().nullable() }).nullable(),
  intakes: z.array(employerIntake),
  /** Workers on the file: those named and those the intakes counted beyond them. */
  workers: z.number().int(),
  /** What the complaints claimed: the intakes' stated totals (a group's), or the workers' own claims where more. */
  claimedFen: fen().nullable(),
  /** What the named workers are owed (claimed at intake, or as corrected on the file); paid is recorded by the inspection. */
  owedFen: fen(),
  /** Named workers whose amount owed is not known: owedFen leaves them out. */
  owedUnknown: z.number().int(),
  enforcement: employerEnforcement,
});
export type EmployerFile = z.infer<typeof employerFile>;

export const employerView = z.object({
  subject: employerName.extend({
    legalRepName: z.string().nullable(),
    siteUnitName: z.string().nullable(),
    siteAddress: z.string().nullable(),
  }),
  /** The records merged into this page (the page's own first), then the linked ones. */
  names: z.array(employerName),
  linked: z.array(employerName),
  files: z.array(employerFile),
  /** Intakes naming it that have no case file (answered on the spot, 暂不分办, awaiting transfer). */
  intakesWithoutFile: z.array(employerIntake),
  totals: z.object({
    files: z.number().int(),
    intakes: z.number().int(),
    workers: z.number().int(),
    claimedFen: fen(),
    owedFen: fen(),
    owedUnknown: z.number().int(),
    paidFen: fen(),
    outstandingFen: fen(),
    orders: z.number().int(),
    /** Orders whose wages are not yet all paid. */
    ordersUnpaid: z.number().int(),
    decisions: z.number().int(),
    finesFen: fen(),
    referrals: z.number().int(),
    /** Listings on the 失信联合惩戒名单 (in force or past). */
    listings: z.number().int(),
    /** Listings in force today. */
    listedNow: z.number().int(),
  }),
  /** 重复欠薪: two case files or more (shared/domain/employer-names.ts isRepeatOffender). */
  repeat: z.boolean(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  /** More files than the page lists (the newest are listed; the totals are of those listed). */
  truncated: z.boolean(),
});
export type EmployerView = z.infer<typeof employerView>;

export const employersChannels = {
  'employers.search': q(employerSearchInput, employerSearchOutput, 'case.read'),
  'employers.get': q(employerSubject, employerView, 'case.read'),
} as const satisfies ChannelTable;
