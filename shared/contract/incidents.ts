// Incidents and supervision on a case file: 群体性事件 with their hour clocks, reports, people sent to the scene and
// outcome; 督办 with its report-by date and the handlers' reports; the 包案领导's 约谈 and 调度会.
import { z } from 'zod';
import { DUE_STATE_LABEL, type DueState } from '../domain/due-state';
import { CLOCKED_RECIPIENTS, type ClockedRecipient, type ReportClockState } from '../domain/incidents';
import { INCIDENT_ACT, INCIDENT_OUTCOME, INCIDENT_PLACE, INCIDENT_RECIPIENT, MEETING_KIND, REPORT_METHOD, SUPERVISION_LEVEL } from '../domain/vocabulary';
import { staffRef } from './intakes';
import { dateKey, entityId, instant, nameText, optionalNameText, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

const dueStates = Object.keys(DUE_STATE_LABEL) as [DueState, ...DueState[]];
const clockStates = ['running', 'overdue', 'met', 'metLate'] as const satisfies readonly ReportClockState[];

/** A report clock as read now: due at an instant, running (minutes left), overdue (minutes over), met or met late. */
export const reportClock = z.object({
  recipient: z.enum(CLOCKED_RECIPIENTS as [ClockedRecipient, ...ClockedRecipient[]]),
  label: z.string(),
  dueAt: instant,
  state: z.enum(clockStates),
  minutes: z.number().int(),
  metAt: instant.nullable(),
});
export type ReportClock = z.infer<typeof reportClock>;

export const incidentReport = z.object({
  id: entityId,
  recipient: z.enum(INCIDENT_RECIPIENT.values),
  addressee: z.string(),
  reportedAt: instant,
  reportedBy: staffRef,
  method: z.enum(REPORT_METHOD.values),
  summary: z.string(),
  /** A later report to the same recipient (续报). */
  followUp: z.boolean(),
  recordedBy: staffRef,
  recordedAt: instant,
});

export const incidentDispatch = z.object({
  id: entityId,
  staff: staffRef.nullable(),
  /** The person's name (a member of staff's, or as given). */
  name: z.string(),
  organisation: z.string().nullable(),
  sentAt: instant,
  task: z.string().nullable(),
});

export const incident = z.object({
  id: entityId,
  caseFileId: entityId,
  status: z.enum(['open', 'closed']),
  startedAt: instant,
  learnedAt: instant,
  placeKind: z.enum(INCIDENT_PLACE.values),
  place: z.string().nullable(),
  acts: z.array(z.enum(INCIDENT_ACT.values)),
  description: z.string(),
  peopleCount: z.number().int(),
  leaders: z.string().nullable(),
  clocks: z.array(reportClock),
  reports: z.array(incidentReport),
  dispatches: z.array(incidentDispatch),
  outcome: z.enum(INCIDENT_OUTCOME.values).nullable(),
  outcomeNote: z.string().nullable(),
  endedAt: instant.nullable(),
  openedBy: staffRef,
  openedAt: instant,
  closedBy: staffRef.nullable(),
  closedAt: instant.nullable(),
  rowVersion: z.number().int(),
});
export type Incident = z.infer<typeof incident>;

export const supervision = z.object({
  id: entityId,
  caseFileId: entityId,
  level: z.enum(SUPERVISION_LEVEL.values),
  issuer: z.string().nullable(),
  demands: z.string(),
  reportBy: z.string(),
  /** The report-by date read against today (due soon, overdue by N days) or met by the first report. */
  dueState: z.enum(dueStates),
  overdueDays: z.number().int(),
  status: z.enum(['open', 'closed']),
  reports: z.array(z.object({ id: entityId, date: z.string(), content: z.string(), reportedBy: staffRef, recordedAt: instant })),
  conclusion: z.string().nullable(),
  closedOn: z.string().nullable(),
  openedBy: staffRef,
  openedAt: instant,
  closedBy: staffRef.nullable(),
  closedAt: instant.nullable(),
  rowVersion: z.number().int(),
  /** Whether the person asking may close it: the leader who opened it or the file's 包案领导. */
  mayClose: z.boolean(),
});
export type Supervision = z.infer<typeof supervision>;

const meetingAttendee = z.object({
  partyId: entityId.nullable(),
  /** '日喀则市华建建筑工程有限公司（法定代表人王某）' or '王建国（桑珠孜区住房和城乡建设局）'. */
  label: z.string(),
  /** What they committed to, if recorded. */
  commitment: z.string().nullable(),
});

export const meeting = z.object({
  id: entityId,
  caseFileId: entityId,
  kind: z.enum(MEETING_KIND.values),
  date: z.string(),
  place: z.string().nullable(),
  purpose: z.string().nullable(),
  outcome: z.string(),
  attendees: z.array(meetingAttendee),
  recordedBy: staffRef,
  recordedAt: instant,
});
export type Meeting = z.infer<typeof meeting>;

export const caseIncidents = z.object({
  caseFileId: entityId,
  /** The instant the clocks were read at. */
  now: instant,
  today: z.string(),
  /** May open an incident here: on the file's team, or anyone who may on an urgent file (the desk at the gate). */
  mayOpenIncident: z.boolean(),
  /** May report, send staff, close an incident, report on a supervision, record a meeting: works on the file. */
  mayAct: z.boolean(),
  /** May put the file under 督办: a leader. */
  maySupervise: z.boolean(),
  incidents: z.array(incident),
  supervisions: z.array(supervision),
  meetings: z.array(meeting),
});
export type CaseIncidents = z.infer<typeof caseIncidents>;

export const incidentOpenInput = z
  .object({
    caseFileId: entityId,
    startedAt: instant,
    /** When the bureau learned of it: the report clocks run from here. */
    learnedAt: instant,
    placeKind: z.enum(INCIDENT_PLACE.values),
    place: optionalText('具体地点', 200),
    acts: z
      .array(z.enum(INCIDENT_ACT.values))
      .min(1, '请至少选择一项事件情形')
      .max(INCIDENT_ACT.values.length)
      .refine((a) => new Set(a).size === a.length, '事件情形有重复'),
    description: text('事件经过', 2000),
    peopleCount: z.number({ error: '请填写人数' }).int('人数应为整数').min(1, '人数至少为1人').max(100_000, '人数过大'),
    leaders: optionalText('带头人', 200),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.placeKind !== 'bureauGate' && v.place === null) ctx.addIssue({ code: 'custom', path: ['place'], message: `请填写具体地点（${INCIDENT_PLACE.label(v.placeKind)}）` });
    if (v.learnedAt < v.startedAt) ctx.addIssue({ code: 'custom', path: ['learnedAt'], message: '接报时间不能早于事发时间' });
  });

export const incidentReportInput = z
  .object({
    incidentId: entityId,
    recipient: z.enum(INCIDENT_RECIPIENT.values),
    addressee: text('报告对象（单位或人员）', 100),
    reportedAt: instant,
    reportedBy: entityId,
    method: z.enum(REPORT_METHOD.values),
    summary: text('报告内容摘要', 2000),
  })
  .strict();

export const incidentDispatchInput = z
  .object({
    incidentId: entityId,
    sentAt: instant,
    staffIds: z.array(entityId).max(20, '一次最多派出20名工作人员').refine((a) => new Set(a).size === a.length, '工作人员有重复'),
    others: z.array(z.object({ name: nameText('姓名', 40), organisation: text('所在单位', 100) }).strict()).max(20, '一次最多登记20名其他单位人员'),
    task: optionalText('任务', 500),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.staffIds.length + v.others.length === 0) ctx.addIssue({ code: 'custom', path: ['staffIds'], message: '请选择派往现场的人员' });
  });

export const incidentCloseInput = z
  .object({
    incidentId: entityId,
    endedAt: instant,
    outcome: z.enum(INCIDENT_OUTCOME.values),
    note: optionalText('处置情况', 2000),
    expectedRowVersion: z.number().int(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.outcome === 'other' && v.note === null) ctx.addIssue({ code: 'custom', path: ['note'], message: '处置结果为“其他”的，请写明处置情况' });
  });

export const supervisionOpenInput = z
  .object({
    caseFileId: entityId,
    level: z.enum(SUPERVISION_LEVEL.values),
    issuer: optionalText('督办单位和文号', 200),
    demands: text('督办要求', 2000),
    reportBy: dateKey('报告期限'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.level !== 'bureau' && v.issuer === null) ctx.addIssue({ code: 'custom', path: ['issuer'], message: `${SUPERVISION_LEVEL.label(v.level)}请填写督办单位和文号` });
  });

export const supervisionReportInput = z.object({ supervisionId: entityId, date: dateKey('报告日期'), content: text('报告内容', 2000) }).strict();

export const supervisionCloseInput = z
  .object({ supervisionId: entityId, date: dateKey('办结日期'), conclusion: text('办结意见', 2000), expectedRowVersion: z.number().int() })
  .strict();

export const meetingAttendeeInput = z
  .object({ partyId: entityId.nullable(), name: optionalNameText('姓名', 40), organisation: optionalText('所在单位', 100), commitment: optionalText('承诺事项', 500) })
  .strict()
  .superRefine((v, ctx) => {
    if (v.partyId !== null) return;
    if (v.name === null) ctx.addIssue({ code: 'custom', path: ['name'], message: '请填写参加人员的姓名' });
    if (v.organisation === null) ctx.addIssue({ code: 'custom', path: ['organisation'], message: '请填写参加人员的所在单位' });
  });

export const meetingRecordInput = z
  .object({
    caseFileId: entityId,
    kind: z.enum(MEETING_KIND.values),
    date: dateKey('日期'),
    place: optionalText('地点', 200),
    purpose: optionalText('事由', 500),
    attendees: z.array(meetingAttendeeInput).min(1, '请至少登记一名参加人员').max(40, '参加人员最多40名'),
    outcome: text('结果', 2000),
  })
  .strict();

/** An open incident on a desk: its file, where and how many, and its report clocks. */
export const deskIncident = z.object({
  id: entityId,
  caseFileId: entityId,
  caseTitle: z.string(),
  startedAt: instant,
  placeKind: z.enum(INCIDENT_PLACE.values),
  place: z.string().nullable(),
  acts: z.array(z.enum(INCIDENT_ACT.values)),
  peopleCount: z.number().int(),
  clocks: z.array(reportClock),
});
export type DeskIncident = z.infer<typeof deskIncident>;

/** An open supervision on a desk, with its report-by date as today reads it. */
export const deskSupervision = z.object({
  id: entityId,
  caseFileId: entityId,
  caseTitle: z.string(),
  level: z.enum(SUPERVISION_LEVEL.values),
  demands: z.string(),
  reportBy: z.string(),
  dueState: z.enum(dueStates),
  overdueDays: z.number().int(),
});
export type DeskSupervision = z.infer<typeof deskSupervision>;

/** Incidents, supervision and meetings of a case file; acting on a file is checked in the service (worksOnFile). */
export const incidentsChannels = {
  'incidents.get': q(z.object({ caseFileId: entityId }).strict(), caseIncidents, 'case.read'),
  /** The file's team, or anyone who may register one on an urgent file (the desk, at the gate). */
  'incidents.open': m(incidentOpenInput, incident, 'incident.open'),
  'incidents.report': m(incidentReportInput, incident, 'proceeding.act'),
  'incidents.dispatch': m(incidentDispatchInput, incident, 'proceeding.act'),
  'incidents.close': m(incidentCloseInput, incident, 'proceeding.act'),
  'supervisions.open': m(supervisionOpenInput, supervision, 'proceeding.approve'),
  'supervisions.report': m(supervisionReportInput, supervision, 'proceeding.act'),
  'supervisions.close': m(supervisionCloseInput, supervision, 'proceeding.approve'),
  'meetings.record': m(meetingRecordInput, meeting, 'proceeding.act'),
} as const satisfies ChannelTable;
