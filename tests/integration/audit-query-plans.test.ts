// The audit trail's readers keep to their indexes (issue #15: the trail is stored compact in audit_rows and read
// through the view audit_log, db/audit-rows.ts): the auditor's screen with each of its filters — action, person,
// entity, time, and a later page — and the proceedings' step inputs by entity id. EXPLAIN QUERY PLAN must show no SCAN
// of audit_rows other than the newest-first page without a filter (a walk backwards by seq that stops at the page).
import { describe, expect, it } from 'vitest';
import { auditIdKey } from '../../db/audit-rows';
import { auditListQuery } from '../../electron/core/audit/audit.service';
import { encodeCursor } from '../../electron/core/kernel/cursor';
import { testCore } from '../helpers/core';

type Filter = Parameters<typeof auditListQuery>[0]['filter'];
const none: Filter = { action: null, actorStaffId: null, entity: null, from: null, to: null };

describe('audit trail query plans', () => {
  it('the auditor’s filters and the step readers search audit_rows by an index, never scan it', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const staffId = (db.prepare('SELECT actor_staff_id AS id FROM audit_log WHERE actor_staff_id IS NOT NULL LIMIT 1').get() as { id: string }).id;
    const plan = (sql: string, params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    const screen = (filter: Partial<Filter>, cursor: string | null = null) => {
      const q = auditListQuery({ filter: { ...none, ...filter }, cursor, limit: 50 });
      return plan(q.sql, q.params);
    };
    const cases: [string, string[], RegExp][] = [
      ['action', screen({ action: 'create' }), /^SEARCH r USING INDEX audit_rows_action_idx \(action=\?\)$/],
      ['person', screen({ actorStaffId: staffId }), /^SEARCH r USING INDEX audit_rows_actor_idx \(actor=\?\)$/],
      // By lower(entity), whose entries end with seq: newest first with no sort (by (entity, entity_id) a page sorted every row of the entity).
      ['entity', screen({ entity: 'party' }), /^SEARCH r USING (COVERING )?INDEX audit_rows_auditor_entity_idx \(<expr>=\?\)$/],
      ['entity, later page', screen({ entity: 'party' }, encodeCursor({ at: 0, seq: 100 })), /^SEARCH r USING (COVERING )?INDEX audit_rows_auditor_entity_idx \(<expr>=\? AND rowid<\?\)$/],
      ['time', screen({ from: '2026-11-01', to: '2026-11-30' }), /^SEARCH r USING INDEX audit_rows_at_idx \(at>\? AND at<\?\)$/],
      ['later page', screen({}, encodeCursor({ at: 0, seq: 100 })), /^SEARCH r USING INTEGER PRIMARY KEY \(rowid<\?\)$/],
      [
        'step inputs',
        plan("SELECT change FROM audit_log WHERE entity = 'proceeding' AND entity_key = ? AND action = 'proceedingStep' ORDER BY seq", [auditIdKey('c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f')]),
        /^SEARCH r USING INDEX audit_rows_proceeding_idx \(entity_id=\? AND entity=\?\)$/,
      ],
    ];
    for (const [name, lines, expected] of cases) {
      expect(lines.some((l) => expected.test(l)), `${name}: ${lines.join(' | ')}`).toBe(true);
      expect(lines.filter((l) => /^SCAN r\b/.test(l)), name).toEqual([]);
    }
    // The person filter finds the staff member's number by the dictionary's unique index.
    expect(screen({ actorStaffId: staffId }).some((l) => /^SEARCH a USING COVERING INDEX audit_actors_staff_id_unique \(staff_id=\?\)$/.test(l))).toBe(true);
    // The statistics' step inputs (many proceedings at once) by the proceeding index too, never the auditor's entity index.
    const many = plan("SELECT entity_id AS id FROM audit_log WHERE entity = 'proceeding' AND entity_key IN (SELECT audit_id_bytes(value) FROM json_each(?)) AND +action = 'proceedingStep' ORDER BY seq", ['[]']);
    expect(many.join('\n')).toContain('audit_rows_proceeding_idx');
    expect(many.join('\n')).not.toContain('audit_rows_auditor_entity_idx');
    // The entity filter pages without sorting its rows (issue #15).
    expect(screen({ entity: 'party' }).some((l) => /TEMP B-TREE/.test(l))).toBe(false);
    // Without a filter: newest first by seq, no sort.
    expect(screen({})).toEqual(expect.arrayContaining(['SCAN r']));
    expect(screen({}).some((l) => /TEMP B-TREE/.test(l))).toBe(false);
  });
});
