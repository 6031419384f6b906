// The auditor's view of the trail: entries newest first (personal data masked), verification, and the chain head
// to keep outside the database. Reading changes nothing; exporting the head is itself recorded.
import type { z } from 'zod';
import type { AuditEntry, AuditHead, auditListInput, AuditVerifyResult } from '../../../shared/contract/audit';
import { auditActionLabel, maskAuditChange } from '../../../shared/domain/audit-actions';
import { maskIdNumber, maskPhone } from '../../../shared/domain/permissions';
import { instantOf } from '../../../shared/domain/time';
import { verifyAuditChain } from '../../../db/audit-chain';
import type { CallContext, CoreServices } from '../context';
import { decodeCursor, encodeCursor } from '../cursor';
import { ServiceError } from '../errors';
import { Where } from '../sql';
import { requireInstallation } from '../installation';
import { getUnitSummary } from '../reference/units.service';
import { tx, writeContext } from '../tx';

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
  hash: string;
}

function maskedChange(text: string): string {
  try {
    const masked = maskAuditChange(JSON.parse(text), { id: (s) => maskIdNumber(s) ?? '', phone: maskPhone });
    return JSON.stringify(masked);
  } catch {
    return text;
  }
}

export function listAudit(core: CoreServices, input: z.output<typeof auditListInput>): { items: AuditEntry[]; nextCursor: string | null } {
  const where = new Where();
  const f = input.filter;
  if (f.action) where.add('l.action = ?', f.action);
  if (f.actorStaffId) where.add('l.actor_staff_id = ?', f.actorStaffId);
  if (f.entity) where.add('l.entity = ?', f.entity);
  if (f.from) where.add('l.at >= ?', instantOf(f.from));
  if (f.to) where.add('l.at < ?', instantOf(f.to) + DAY);
  const after = decodeCursor(input.cursor);
  if (after) where.add('l.seq < ?', after.seq);
  const rows = core
    .prepare(
      `SELECT l.seq, l.at, l.actor_staff_id, s.name AS actor_name, l.session_id, l.channel, l.action, l.entity, l.entity_id, l.change, l.hash
       FROM audit_log l LEFT JOIN staff s ON s.id = l.actor_staff_id
       WHERE ${where.sql} ORDER BY l.seq DESC LIMIT ?`,
    )
    .all(...where.params, input.limit + 1) as Row[];
  const more = rows.length > input.limit;
  const items = rows.slice(0, input.limit).map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor_staff_id ? { id: r.actor_staff_id, name: r.actor_name ?? '（未知人员）' } : null,
    sessionId: r.session_id,
    channel: r.channel,
    action: r.action,
    actionLabel: auditActionLabel(r.action),
    entity: r.entity,
    entityId: r.entity_id,
    change: maskedChange(r.change),
    hash: r.hash,
  }));
  const last = items.at(-1);
  return { items, nextCursor: more && last ? encodeCursor({ at: last.at, seq: last.seq }) : null };
}

export function verifyAudit(core: CoreServices, head: { seq: number; hash: string } | null): AuditVerifyResult {
  return verifyAuditChain(core.db, { head });
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
