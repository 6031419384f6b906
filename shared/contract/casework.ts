// The case file at work: a proceeding's steps and the approvals they wait for, its stored deadlines, the file's
// team, and each person's desk.
import { z } from 'zod';
import { EMPLOYMENT, PROCEEDING_KIND } from '../domain/vocabulary';
import { PROCEEDING_PAPER_KINDS } from './documents';
import { deskIncident, deskSupervision } from './incidents';
import { deskMissedInstalment } from './mediation';
import { staffRef } from './intakes';
import { dateKey, empty, entityId, instant, nullable, optionalNameText, optionalText, page, pageInput, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const DUE_STATES = ['running', 'dueSoon', 'overdue', 'lapsed', 'elapsed', 'paused', 'met', 'metLate', 'extended'] as const;

export const availableAction = z.object({
  action: z.string(),
  label: z.string(),
  /** Why it cannot be taken now — the sentence the core refuses with — or null. */
  blockedBy: z.string().nullable(),
  approval: z.enum(['leader']).nullable(),
});
export type AvailableActionOut = z.infer<typeof availableAction>;

export const storedDeadline = z.object({
  id: entityId,
  proceedingId: entityId,
  ruleId: z.string(),
  label: z.string(),
  party: z.string().nullable(),
  startDate: z.string(),
  dueDate: z.string(),
  /** Read against today: due soon (3 working days), overdue (by overdueDays), met, met late … */
  dueState: z.enum(DUE_STATES),
  overdueDays: z.number().int(),
  metOn: z.string().nullable(),
  provisional: z.boolean(),
  actor: z.enum(['bureau', 'party']),
  nature: z.enum(['duty', 'lapse', 'wait']),
  citation: z.string(),
  /** For a provisional date: '2027年放假安排未录入' (the years its computation named), or '日期暂定'; else null. */
  provisionalNote: z.string().nullable(),
  warnings: z.array(z.string()),
  calendarVersion: z.string(),
});
export type StoredDeadlineOut = z.infer<typeof storedDeadline>;

export const pendingApprovalOut = z.object({
  id: entityId,
  action: z.string(),
  label: z.string(),
  input: z.record(z.string(), z.unknown()),
  requestedBy: staffRef,
  requestedAt: instant,
  rowVersion: z.number().int(),
  /** Whether the person asking may decide it. */
  mayDecide: z.boolean(),
});

export const proceedingWork = z.object({
  proceedingId: entityId,
  kind: z.enum(PROCEEDING_KIND.values),
  statusLabel: z.string(),
  rowVersion: z.number().int(),
  actions: z.array(availableAction),
  pendingApproval: pendingApprovalOut.nullable(),
  deadlines: z.array(storedDeadline),
  /** The papers of the steps this proceeding has taken that are made from the proceeding itself (事先告知书 …). */
  papers: z.array(z.object({ kind: z.enum(PROCEEDING_PAPER_KINDS), label: z.string(), step: z.string() })),
  /** What the file must show beyond the clocks: an arbitration award's effect per party, an overdue award, an unpaid effective award. */
  notices: z.array(z.object({ severity: z.enum(['info', 'warning']), text: z.string() })),
});
export type ProceedingWork = z.infer<typeof proceedingWork>;

export const TEAM_ROLES = ['leader', 'handler', 'participant'] as const;
export const TEAM_ROLE_LABEL: Record<(typeof TEAM_ROLES)[number], string> = { leader: '包案领导', handler: '承办人', participant: '参与人员' };

export const teamMember = z.object({
  id: entityId,
  role: z.enum(TEAM_ROLES),
  staff: staffRef.nullable(),
  name: z.string(),
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  employment: z.enum(EMPLOYMENT.values),
  /** 执法证 expiry of a staff member, for the inspection handlers (监察条例 Art. 16). */
  enforcementCertExpiry: z.string().nullable(),
  /** 仲裁员证 expiry of a staff member, for the arbitration handlers (调解仲裁法 Art. 20). */
  arbitratorCertExpiry: z.string().nullable(),
  addedAt: instant,
  /** When a 包案领导 was confirmed by the department head; null: proposed by the desk, 待确认 (null for other roles). */
  confirmedAt: instant.nullable(),
});
export type TeamMember = z.infer<typeof teamMember>;

export const caseWork = z.object({
  caseFileId: entityId,
  team: z.array(teamMember),
  proceedings: z.array(proceedingWork),
  /** Whether the person asking may change the team. */
  mayManageTeam: z.boolean(),
  /** Whether the person asking may confirm the file's proposed 包案领导 (false when there is none to confirm). */
  mayConfirmLeader: z.boolean(),
});
export type CaseWork = z.infer<typeof caseWork>;

export const proceedingActInput = z
  .object({
    proceedingId: entityId,
    action: z.string().min(1).max(64),
    input: z.record(z.string(), z.unknown()),
    expectedRowVersion: z.number().int(),
  })
  .strict();

export const actOutcome = z.object({ status: z.string(), number: z.string().nullable(), approvalRequested: z.boolean() });

export const approvalDecideInput = z
  .object({
    approvalId: entityId,
    decision: z.enum(['approve', 'return']),
    opinion: optionalText('审批意见', 1000),
    date: dateKey('审批日期'),
    expectedRowVersion: z.number().int(),
  })
  .strict();

export const teamAddInput = z
  .object({
    caseFileId: entityId,
    role: z.enum(TEAM_ROLES),
    staffId: entityId.nullable(),
    name: optionalNameText('姓名', 40),
    organisation: optionalText('所在单位或部门', 100),
    phone: optionalText('联系电话', 40),
    employment: z.enum(EMPLOYMENT.values),
    reason: reasonText('调整理由', { max: 500 }),
  })
  .strict();

export const teamRemoveInput = z.object({ memberId: entityId, reason: reasonText('调整理由', { max: 500 }) }).strict();

export const teamConfirmLeaderInput = z.object({ memberId: entityId }).strict();

export const DESK_SCOPES = ['mine', 'unit'] as const;

export const deskDeadline = storedDeadline.extend({
  caseFileId: entityId,
  caseTitle: z.string(),
  proceedingKind: z.enum(PROCEEDING_KIND.values),
  proceedingNumber: z.string().nullable(),
  urgent: z.boolean(),
  collective: z.boolean(),
});
export type DeskDeadline = z.infer<typeof deskDeadline>;

export const deadlineListInput = z
  .object({
    dueState: z.enum(['dueSoon', 'overdue', 'open']).default('open'),
    scope: z.enum(DESK_SCOPES).default('mine'),
    /** Duties of the proceedings a department handles (the desk's counts by department); null for every one. */
    departmentId: nullable(entityId),
    ...pageInput,
  })
  .strict();

export const deskApproval = z.object({
  id: entityId,
  caseFileId: entityId,
  caseTitle: z.string(),
  proceedingKind: z.enum(PROCEEDING_KIND.values),
  label: z.string(),
  requestedBy: staffRef,
  requestedAt: instant,
});

export const deskFile = z.object({
  id: entityId,
  title: z.string(),
  urgent: z.boolean(),
  collective: z.boolean(),
  openedAt: instant,
  leader: staffRef.nullable(),
});

/** A removal from the 失信联合惩戒名单: by the system at the end of the three years, or by a person (提前移出). */
export const deskDelisting = z.object({
  proceedingId: entityId,
  caseFileId: entityId,
  caseTitle: z.string(),
  removedOn: z.string(),
  early: z.boolean(),
  /** Who recorded it; null: the system (期满自动移出). */
  by: staffRef.nullable(),
  recordedAt: instant,
});

/** A 包案领导 the desk proposed, waiting for the department head (待确认). */
export const deskPendingLeader = z.object({ memberId: entityId, caseFileId: entityId, caseTitle: z.string(), leader: staffRef, proposedAt: instant });

export const deskSummary = z.object({
  today: z.string(),
  counts: z.object({
    myFiles: z.number().int(),
    dueSoon: z.number().int(),
    overdue: z.number().int(),
    urgent: z.number().int(),
    approvals: z.number().int(),
    incidents: z.number().int(),
    supervisions: z.number().int(),
    /** 调解协议 instalments past their due date and not met, on open files (the unit's for a leader, one's own else). */
    missedInstalments: z.number().int(),
    /** Removals from the blacklist in the last 30 days (a leader's desk; 0 elsewhere). */
    delistings: z.number().int(),
    /** Proposed 包案领导 the person may confirm (a department head's desk; 0 elsewhere). */
    pendingLeaders: z.number().int(),
  }),
  /** Open 群体性事件 of the whole unit, first on every desk, with their report clocks. */
  incidents: z.array(deskIncident),
  /** Open 督办: every one of the unit on a leader's desk, those of one's own files on a handler's. */
  supervisions: z.array(deskSupervision),
  /** 逾期未履行的调解协议分期: the file is flagged until it is met or the file closes. */
  missedInstalments: z.array(deskMissedInstalment),
  delistings: z.array(deskDelisting),
  pendingLeaders: z.array(deskPendingLeader),
  approvals: z.array(deskApproval),
  urgentFiles: z.array(deskFile),
  dueSoon: z.array(deskDeadline),
  overdue: z.array(deskDeadline),
});
export type DeskSummary = z.infer<typeof deskSummary>;

export const deadlineListPage = page(deskDeadline);

export const deadlineTrace = z.object({
  trace: z.array(z.string()),
  /**
   * 'stored': kept as computed; 'recomputed': recomputed and proven the same (its hash); 'changed': the calendar or a
   * parameter was changed since and the clock was not recomputed (a closed proceeding) — today's basis, not then's.
   */
  source: z.enum(['stored', 'recomputed', 'changed']),
});
export type DeadlineTraceOut = z.infer<typeof deadlineTrace>;

/** Work on a case file: its proceedings' steps and approvals, its team, the desks and the deadline list. */
export const caseworkChannels = {
  /** The file's work panel: team, each proceeding's steps open to the caller, its stored deadlines. */
  'casework.get': q(z.object({ caseFileId: entityId }), caseWork, 'case.read'),
  'proceedings.act': m(proceedingActInput, actOutcome, 'proceeding.act'),
  'approvals.decide': m(approvalDecideInput, actOutcome, 'proceeding.approve'),
  /** Who may change a team is decided on the file (its leader, a department head) among those who take steps. */
  'team.add': m(teamAddInput, teamMember, 'proceeding.act'),
  'team.remove': m(teamRemoveInput, empty, 'proceeding.act'),
  /** The department head confirms the 包案领导 the desk proposed; who may is decided on the file. */
  'team.confirmLeader': m(teamConfirmLeaderInput, teamMember, 'proceeding.act'),
  'desk.summary': q(empty, deskSummary, 'case.read'),
  'deadlines.list': q(deadlineListInput, deadlineListPage, 'case.read'),
  /** A stored clock's computation (计算过程), recomputed on demand by the engine from what it was computed on. */
  'deadlines.trace': q(z.object({ deadlineId: entityId }), deadlineTrace, 'case.read'),
} as const satisfies ChannelTable;
