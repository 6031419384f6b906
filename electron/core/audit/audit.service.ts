// The auditor's view of the trail: entries newest first (personal data masked), verification, and the chain head
// to keep outside the database. Reading changes nothing; exporting the head is itself recorded.
import type { z } from 'zod';
import type { AuditEntry, AuditHead, auditListInput, AuditVerifyResult } from '../../../shared/contract/audit';
import { auditActionLabel, maskAuditChange } from '../../../shared/domain/audit-actions';
import { maskIdNumber, maskNumbersInText, maskPhone } from '../../../shared/domain/permissions';
import { instantOf } from '../../../shared/domain/time';
import { storedHashHex, verifyAuditChain } from '../../../db/audit-chain';
import type { CallContext, CoreServices } from '../kernel/context';
import { decodeCursor, encodeCursor } from '../kernel/cursor';
import { ServiceError } from '../kernel/errors';
import { Where } from '../kernel/sql';
import { requireInstallation } from '../kernel/installation';
import { getUnitSummary } from '../reference/units.service';
import { tx, writeContext } from '../kernel/tx';

const DAY = 86_400_000;

interface Row {
  seq: number;
  at: number;
  actor_staff_id: string | null;
  actor_name: string | null;
  session_id: string | null;
  channel: string;
  action: string;
  entity: string;
  entity_id: string | null;
  change: string;
  hash: string | Uint8Array;
}

function maskedChange(text: string): string {
  try {
    const masked = maskAuditChange(JSON.parse(text), { id: (s) => maskIdNumber(s) ?? '', phone: maskPhone, text: maskNumbersInText });
    return JSON.stringify(masked);
  } catch {
    // Never show a change that could not be masked.
    return JSON.stringify({ 说明: '内容无法脱敏显示' });
  }
}

const REPORTER_WITHHELD = JSON.stringify({ 说明: '举报人身份依法保密（《劳动保障监察条例》第九条），需“查看举报人身份”权限' });

/**
 * For a reader without 'reporter.read': the entries that would name a reporter — a person known to the bureau
 * in any report, and a report's lists of complainants — are shown without it.
 */
function withholdReporters(core: CoreServices, rows: Row[]): Map<number, string> {
  const out = new Map<number, string>();
  // Anyone who has ever reported is withheld, even if also a complainant elsewhere: their person rows carry ids
  // that a report's rows would otherwise let a reader link.
  const personIds = [...new Set(rows.filter((r) => r.entity === 'person' && r.entity_id).map((r) => r.entity_id!))];
  const intakeIds = [...new Set(rows.filter((r) => r.entity === 'intake' && r.entity_id).map((r) => r.entity_id!))];
  const reporters = new Set(
    (
      core
        .prepare(
          `SELECT value AS id FROM json_each(?) WHERE EXISTS (
             SELECT 1 FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id WHERE ic.person_id = value AND i.kind = 'report')`,
        )
        .all(JSON.stringify(personIds)) as { id: string }[]
    ).map((r) => r.id),
  );
  const reports = new Set(
    (core.prepare(`SELECT id FROM intakes WHERE kind = 'report' AND id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(intakeIds)) as { id: string }[]).map(
      (r) => r.id,
    ),
  );
  for (const r of rows) {
    if (r.entity === 'person' && r.entity_id && reporters.has(r.entity_id) && r.action !== 'unmask') out.set(r.seq, REPORTER_WITHHELD);
    if (r.entity === 'intake' && r.entity_id && reports.has(r.entity_id)) {
      try {
        const change = JSON.parse(r.change) as Record<string, unknown>;
        let touched = false;
        for (const key of ['complainants', 'personIds', 'rows']) {
          if (Array.isArray(change[key])) {
            change[key] = `（举报人 ${(change[key] as unknown[]).length} 人，身份保密）`;
            touched = true;
          }
        }
        if (touched) out.set(r.seq, JSON.stringify(change));
      } catch {
        out.set(r.seq, REPORTER_WITHHELD);
      }
    }
  }
  return out;
}

/**
 * The auditor's page of entries, newest first by time (at, then seq for entries of the same millisecond), read
 * through the view audit_log (db/audit-rows.ts). Each filter has its index, whose entries run in that order — action
 * (action, at), person (audit_actors by staff id, then (actor, at)), entity (lower(entity), at), time alone (at) — so
 * a date range narrows the filter's own index and a page reads its rows and stops;
 * tests/integration/audit-query-plans.test.ts holds that none of them scans or sorts the trail. Two filters besides
 * the dates (an action and a person) walk the person's entries, testing the action.
 */
export function auditListQuery(input: Pick<z.output<typeof auditListInput>, 'filter' | 'cursor' | 'limit'>): { sql: string; params: unknown[] } {
  const where = new Where();
  const f = input.filter;
  if (f.action) where.add('l.action = ?', f.action);
  if (f.actorStaffId) where.add('l.actor_staff_id = ?', f.actorStaffId);
  // lower(entity) is audit_rows_auditor_entity_idx's key (newest first, a page reads its rows): see db/schema/audit-log.ts.
  if (f.entity) where.add('lower(l.entity) = lower(?) AND l.entity = ?', f.entity, f.entity);
  if (f.from) where.add('l.at >= ?', instantOf(f.from));
  // One upper bound on at, the lower of the date range's end and the last entry seen (the index's range: given two,
  // SQLite bounds its walk by one and tests the other row by row); after that entry, earlier entries, or as early and
  // before it in the chain.
  const after = decodeCursor(input.cursor);
  const last = [f.to ? instantOf(f.to) + DAY - 1 : null, after?.at ?? null].filter((v): v is number => v !== null);
  if (last.length) where.add('l.at <= ?', Math.min(...last));
  if (after) where.add('(l.at < ? OR l.seq < ?)', after.at, after.seq);
  return {
    sql: `SELECT l.seq, l.at, l.actor_staff_id, s.name AS actor_name, l.session_id, l.channel, l.action, l.entity, l.entity_id, l.change, l.hash
       FROM audit_log l LEFT JOIN staff s ON s.id = l.actor_staff_id
       WHERE ${where.sql} ORDER BY l.at DESC, l.seq DESC LIMIT ?`,
    params: [...where.params, input.limit + 1],
  };
}

export function listAudit(core: CoreServices, input: z.output<typeof auditListInput>, opts: { reporterRead: boolean }): { items: AuditEntry[]; nextCursor: string | null } {
  const q = auditListQuery(input);
  const rows = core.prepare(q.sql).all(...q.params) as Row[];
  const more = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  const withheld = opts.reporterRead ? new Map<number, string>() : withholdReporters(core, page);
  const items = page.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor_staff_id ? { id: r.actor_staff_id, name: r.actor_name ?? '（未知人员）' } : null,
    sessionId: r.session_id,
    channel: r.channel,
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    entity: r.entity,
    entityId: r.entity_id,
    change: maskedChange(withheld.get(r.seq) ?? r.change),
    hash: storedHashHex(r.hash),
  }));
  const last = items.at(-1);
  return { items, nextCursor: more && last ? encodeCursor({ at: last.at, seq: last.seq }) : null };
}

/** Verifies the chain (optionally against an exported head of this installation); the check itself is recorded. */
export function verifyAudit(call: CallContext, head: { seq: number; hash: string; installationId?: string } | null): AuditVerifyResult {
  const inst = requireInstallation(call.core);
  if (head?.installationId !== undefined && head.installationId !== inst.installationId) {
    throw new ServiceError('VALIDATION', '该链头文件来自另一台安装（另一个单位或另一台电脑），不能用来核验本机的审计记录', { head: '链头文件不属于本机' });
  }
  const verdict = verifyAuditChain(call.core.db, { head: head && { seq: head.seq, hash: head.hash } });
  tx(writeContext(call), (w) => {
    w.audit({
      action: 'verify',
      entity: 'audit',
      entityId: null,
      change: { intact: verdict.intact, count: verdict.count, brokenAt: verdict.brokenAt, withHead: head?.seq ?? null },
    });
  });
  return verdict;
}

/** The chain's last row, to print or copy to removable media; refused while the chain does not verify. */
export function exportHead(call: CallContext): AuditHead {
  const core = call.core;
  const inst = requireInstallation(core);
  const verdict = verifyAuditChain(core.db);
  if (!verdict.intact || verdict.headSeq === null || verdict.headHash === null) {
    throw new ServiceError('CONFLICT', `${verdict.message}。链已断裂，不能导出链头；请保留现状并报告`);
  }
  const unit = getUnitSummary(core, inst.unitId);
  const head: AuditHead = {
    format: 'xinan-audit-head/1',
    installationId: inst.installationId,
    unitName: unit.name,
    seq: verdict.headSeq,
    hash: verdict.headHash,
    at: (core.prepare('SELECT at FROM audit_log WHERE seq = ?').get(verdict.headSeq) as { at: number }).at,
    exportedAt: core.clock.now(),
  };
  tx(writeContext(call), (w) => {
    w.audit({ action: 'exportHead', entity: 'audit', entityId: String(head.seq), change: { seq: head.seq, hash: head.hash } });
  });
  return head;
}
