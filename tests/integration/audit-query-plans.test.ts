// The audit trail's readers keep to their indexes (issue #15: the trail is stored compact in audit_rows and read
// through the view audit_log, db/audit-rows.ts): the auditor's screen with each of its filters — action, person,
// entity, time, and a later page — and the proceedings' step inputs by entity id. EXPLAIN QUERY PLAN must show no SCAN
// of audit_rows other than the newest-first page without a filter (a walk backwards on the time index that stops at
// the page), and no sort of the rows a page found.
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
    const month = { from: '2026-11-01', to: '2026-11-30' };
    const later = encodeCursor({ at: Date.parse('2026-11-20T00:00:00+08:00'), seq: 100 });
    const cases: [string, string[], RegExp][] = [
      ['action', screen({ action: 'create' }), /^SEARCH r USING INDEX audit_rows_action_idx \(action=\?\)$/],
      ['person', screen({ actorStaffId: staffId }), /^SEARCH r USING INDEX audit_rows_actor_idx \(actor=\?\)$/],
      // By lower(entity), then at: newest first with no sort (by (entity, entity_id) a page sorted every row of the entity).
      ['entity', screen({ entity: 'party' }), /^SEARCH r USING INDEX audit_rows_auditor_entity_idx \(<expr>=\?\)$/],
      ['entity, later page', screen({ entity: 'party' }, later), /^SEARCH r USING INDEX audit_rows_auditor_entity_idx \(<expr>=\? AND at<\?\)$/],
      ['time', screen(month), /^SEARCH r USING INDEX audit_rows_at_idx \(at>\? AND at<\?\)$/],
      ['time, later page', screen(month, later), /^SEARCH r USING INDEX audit_rows_at_idx \(at>\? AND at<\?\)$/],
      // A date range with a filter is a range of the filter's own index (ordered by seq, it walked every newer row of it).
      ['action and time', screen({ action: 'create', ...month }), /^SEARCH r USING INDEX audit_rows_action_idx \(action=\? AND at>\? AND at<\?\)$/],
      ['person and time', screen({ actorStaffId: staffId, ...month }), /^SEARCH r USING INDEX audit_rows_actor_idx \(actor=\? AND at>\? AND at<\?\)$/],
      ['entity and time', screen({ entity: 'party', ...month }, later), /^SEARCH r USING INDEX audit_rows_auditor_entity_idx \(<expr>=\? AND at>\? AND at<\?\)$/],
      ['later page', screen({}, later), /^SEARCH r USING INDEX audit_rows_at_idx \(at<\?\)$/],
      [
        'step inputs',
        plan("SELECT change FROM audit_log WHERE entity = 'proceeding' AND entity_key = ? AND action = 'proceedingStep' ORDER BY seq", [auditIdKey('c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f')]),
        /^SEARCH r USING INDEX audit_rows_proceeding_idx \(entity_id=\? AND entity=\?\)$/,
      ],
    ];
    for (const [name, lines, expected] of cases) {
      expect(lines.some((l) => expected.test(l)), `${name}: ${lines.join(' | ')}`).toBe(true);
      expect(lines.filter((l) => /^SCAN r\b/.test(l)), name).toEqual([]);
      // Newest first is the index's own order: a page never sorts the rows it found.
      if (name !== 'step inputs') expect(lines.filter((l) => /TEMP B-TREE/.test(l)), name).toEqual([]);
    }
    // The person filter finds the staff member's number by the dictionary's unique index.
    expect(screen({ actorStaffId: staffId }).some((l) => /^SEARCH a USING COVERING INDEX audit_actors_staff_id_unique \(staff_id=\?\)$/.test(l))).toBe(true);
    // The statistics' step inputs (many proceedings at once) by the proceeding index too, never the auditor's entity index.
    const many = plan("SELECT entity_id AS id FROM audit_log WHERE entity = 'proceeding' AND entity_key IN (SELECT audit_id_bytes(value) FROM json_each(?)) AND +action = 'proceedingStep' ORDER BY seq", ['[]']);
    expect(many.join('\n')).toContain('audit_rows_proceeding_idx');
    expect(many.join('\n')).not.toContain('audit_rows_auditor_entity_idx');
    // Without a filter: newest first by the time index, walked backwards from its end; no sort.
    expect(screen({})).toEqual(expect.arrayContaining(['SCAN r USING INDEX audit_rows_at_idx']));
    expect(screen({}).some((l) => /TEMP B-TREE/.test(l))).toBe(false);
  });
});
