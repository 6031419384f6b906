import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { INCIDENT_OUTCOME, INCIDENT_PLACE, INCIDENT_RECIPIENT, MEETING_KIND, REPORT_METHOD, SUPERVISION_LEVEL } from '../../shared/domain/vocabulary';
import { caseFiles } from './case-files';
import { globalId, rowVersion } from './columns';
import { parties } from './parties';
import { staff } from './staff';
import { units } from './units';

/**
 * A 群体性事件 on a case file (监察条例 Art. 14): who, where, what, since when; the instants its reports are due by,
 * computed when it was opened from the hours then in force (null: no such clock, e.g. 住建 outside construction);
 * and how it ended. Opening one makes the file urgent.
 */
export const incidents = sqliteTable(
  'incidents',
  {
    id: globalId(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    unitId: text('unit_id').notNull().references(() => units.id),
    startedAt: integer('started_at').notNull(),
    /** When the bureau learned of it: the report clocks run from here. */
    learnedAt: integer('learned_at').notNull(),
    placeKind: text('place_kind', { enum: INCIDENT_PLACE.values }).notNull(),
    place: text('place'),
    /** JSON array of INCIDENT_ACT values. */
    acts: text('acts').notNull(),
    description: text('description').notNull(),
    peopleCount: integer('people_count').notNull(),
    /** Who leads the crowd (带头人), as told. */
    leaders: text('leaders'),
    upDueAt: integer('up_due_at'),
    policeDueAt: integer('police_due_at'),
    housingDueAt: integer('housing_due_at'),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    outcome: text('outcome', { enum: INCIDENT_OUTCOME.values }),
    outcomeNote: text('outcome_note'),
    endedAt: integer('ended_at'),
    openedBy: text('opened_by').notNull().references(() => staff.id),
    openedAt: integer('opened_at').notNull(),
    closedBy: text('closed_by').references(() => staff.id),
    closedAt: integer('closed_at'),
    rowVersion: rowVersion(),
  },
  (t) => [
    index('incidents_case_file_idx').on(t.caseFileId),
    index('incidents_status_unit_idx').on(t.status, t.unitId, t.startedAt),
    // The statistics: the group incidents a unit saw begin in a period (statistics/desk.data.ts incidentsStarted).
    index('incidents_unit_started_idx').on(t.unitId, t.startedAt),
  ],
);

/** One report of an incident (首报 or 续报): to whom, when, by whom, how, what was said. Append-only. */
export const incidentReports = sqliteTable(
  'incident_reports',
  {
    id: globalId(),
    incidentId: text('incident_id').notNull().references(() => incidents.id),
    recipient: text('recipient', { enum: INCIDENT_RECIPIENT.values }).notNull(),
    /** The office or person reported to (市人社局值班室, 桑珠孜区公安分局指挥中心 …). */
    addressee: text('addressee').notNull(),
    reportedAt: integer('reported_at').notNull(),
    reportedBy: text('reported_by').notNull().references(() => staff.id),
    method: text('method', { enum: REPORT_METHOD.values }).notNull(),
    summary: text('summary').notNull(),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('incident_reports_incident_idx').on(t.incidentId, t.reportedAt)],
);

/** Someone sent to the scene: a member of staff, or a person of another body by name. Append-only. */
export const incidentDispatches = sqliteTable(
  'incident_dispatches',
  {
    id: globalId(),
    incidentId: text('incident_id').notNull().references(() => incidents.id),
    staffId: text('staff_id').references(() => staff.id),
    name: text('name'),
    organisation: text('organisation'),
    sentAt: integer('sent_at').notNull(),
    task: text('task'),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('incident_dispatches_incident_idx').on(t.incidentId, t.sentAt)],
);

/** 督办: a leader puts a file under supervision with a level, what is demanded and a report-by date (not a statutory clock). */
export const supervisions = sqliteTable(
  'supervisions',
  {
    id: globalId(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    unitId: text('unit_id').notNull().references(() => units.id),
    level: text('level', { enum: SUPERVISION_LEVEL.values }).notNull(),
    /** Who supervises or handed it down, and the paper's number (市人社局 日人社督〔2026〕3号). */
    issuer: text('issuer'),
    demands: text('demands').notNull(),
    reportBy: text('report_by').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    conclusion: text('conclusion'),
    closedOn: text('closed_on'),
    openedBy: text('opened_by').notNull().references(() => staff.id),
    openedAt: integer('opened_at').notNull(),
    closedBy: text('closed_by').references(() => staff.id),
    closedAt: integer('closed_at'),
    rowVersion: rowVersion(),
  },
  (t) => [index('supervisions_case_file_idx').on(t.caseFileId), index('supervisions_status_unit_idx').on(t.status, t.unitId, t.reportBy)],
);

/** The handlers' report on a supervised file: its date, what it says, who made it. Append-only. */
export const supervisionReports = sqliteTable(
  'supervision_reports',
  {
    id: globalId(),
    supervisionId: text('supervision_id').notNull().references(() => supervisions.id),
    date: text('date').notNull(),
    content: text('content').notNull(),
    reportedBy: text('reported_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('supervision_reports_supervision_idx').on(t.supervisionId, t.date)],
);

/** A 约谈 or 调度会 of the file's leader or team: when, where, why, what came of it. Append-only. */
export const meetings = sqliteTable(
  'meetings',
  {
    id: globalId(),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    kind: text('kind', { enum: MEETING_KIND.values }).notNull(),
    date: text('date').notNull(),
    place: text('place'),
    purpose: text('purpose'),
    outcome: text('outcome').notNull(),
    recordedBy: text('recorded_by').notNull().references(() => staff.id),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [index('meetings_case_file_idx').on(t.caseFileId, t.date)],
);

/** Who attended: a party of the file (with the person who came for it), or a person by name and body. Append-only. */
export const meetingAttendees = sqliteTable(
  'meeting_attendees',
  {
    id: globalId(),
    meetingId: text('meeting_id').notNull().references(() => meetings.id),
    partyId: text('party_id').references(() => parties.id),
    name: text('name'),
    organisation: text('organisation'),
    /** What the attendee committed to at the meeting (a 联调会's 住建 to withhold the 总包's credit rating …). */
    commitment: text('commitment'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('meeting_attendees_meeting_idx').on(t.meetingId, t.sortOrder)],
);
