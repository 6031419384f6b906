import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { caseFiles, proceedingParties, proceedings } from './case-files';
import { globalId, rowVersion } from './columns';
import { staff } from './staff';
import { units } from './units';

/**
 * One item of a party's evidence in an arbitration case (证据目录; 调解仲裁法 Art. 6, 办案规则 Art. 15): what it is,
 * what it is to prove, whether the original was seen, the day it was submitted and whether that was after the
 * 举证期限 (marked, not refused), and the other side's 质证意见 on its 真实性, 合法性 and 关联性. Never deleted.
 */
export const arbitrationEvidence = sqliteTable(
  'arbitration_evidence',
  {
    id: globalId(),
    unitId: text('unit_id').notNull().references(() => units.id),
    caseFileId: text('case_file_id').notNull().references(() => caseFiles.id),
    proceedingId: text('proceeding_id').notNull().references(() => proceedings.id),
    /** The party that submits it. */
    partyId: text('party_id').notNull().references(() => proceedingParties.id),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    source: text('source'),
    purpose: text('purpose').notNull(),
    copies: integer('copies'),
    originalSeen: integer('original_seen').notNull().default(0),
    submittedOn: text('submitted_on').notNull(),
    /** The 举证期限's last day when it was recorded (null: none set then) — the lateness is judged against it. */
    periodEnd: text('period_end'),
    late: integer('late').notNull().default(0),
    /** 质证意见 of the other side: each 'accepted' | 'disputed', null until recorded. */
    authenticity: text('authenticity', { enum: ['accepted', 'disputed'] }),
    legality: text('legality', { enum: ['accepted', 'disputed'] }),
    relevance: text('relevance', { enum: ['accepted', 'disputed'] }),
    opinion: text('opinion'),
    opinionBy: text('opinion_by'),
    opinionOn: text('opinion_on'),
    createdBy: text('created_by').notNull().references(() => staff.id),
    createdAt: integer('created_at').notNull(),
    rowVersion: rowVersion(),
  },
  (t) => [index('arbitration_evidence_proceeding_idx').on(t.proceedingId, t.partyId, t.seq)],
);
