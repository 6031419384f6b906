// How the trail reads on screen: times to the second, objects by their Chinese name, the head file's name and
// the check that a chosen file is a head this program exported.
import { auditHead, type AuditEntry, type AuditHead } from '../../../../shared/contract/audit';
import { auditEntityLabel } from '../../../../shared/domain/audit-actions';
import { CHANGED_KEY } from '../../../../shared/domain/audit-change';
import { TRANSPORT_LABELS, type ConnectionTransport } from '../../../../shared/contract/connections';
import { PERMISSION, type Permission } from '../../../../shared/domain/permissions';

/** Times to the second: a login and a refusal can share a minute. */
export { dateTimeSecondsOf as fmtSeconds } from '../../../../shared/domain/time';

/** The object of an entry: '接待登记', and which one — a permission by its Chinese name. */
export function objectOf(e: Pick<AuditEntry, 'entity' | 'entityId'>): { label: string; id: string | null } {
  if (e.entity === 'permission' && e.entityId && e.entityId in PERMISSION) {
    return { label: `权限：${PERMISSION[e.entityId as Permission]}`, id: null };
  }
  return { label: auditEntityLabel(e.entity), id: e.entityId };
}

/** Long ids (UUIDv7) shortened to their tail for the table; the whole id is on hover and in the details. */
export function shortId(id: string): string {
  return id.length > 16 ? `…${id.slice(-8)}` : id;
}

/** The change as indented JSON for the expanded row; the stored text when it is not JSON. */
export function prettyChange(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * Where the call came from, when the row carries it (refusals, failed and successful sign-ins, ended sessions:
 * change.address and change.transport): '局域网 192.168.1.23', or null.
 */
export function clientOf(text: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const { address, transport } = json as { address?: unknown; transport?: unknown };
  if (typeof address !== 'string' || address === '') return null;
  const label = typeof transport === 'string' && transport in TRANSPORT_LABELS ? TRANSPORT_LABELS[transport as ConnectionTransport] : null;
  return label ? `${label} ${address}` : address;
}

const shown = (v: unknown): string => (v === null || v === undefined ? '（空）' : typeof v === 'string' ? v : JSON.stringify(v));

/**
 * An update stored as what changed (format 2: `{ changed: { field: { from, to } } }`, shared/domain/audit-change.ts)
 * as one line per field — `field：before → after` — or null for any other change.
 */
export function changedLines(text: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const changed = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>)[CHANGED_KEY] : undefined;
  if (!changed || typeof changed !== 'object' || Array.isArray(changed)) return null;
  const lines = Object.entries(changed as Record<string, unknown>).map(([field, v]) => {
    const { from, to } = (v ?? {}) as { from?: unknown; to?: unknown };
    return `${field}：${shown(from)} → ${shown(to)}`;
  });
  return lines.length > 0 ? lines : ['（无字段变化）'];
}

/** 薪安审计链头-日喀则市人力资源和社会保障局-1234.json (characters a file system refuses replaced). */
export function headFileName(head: Pick<AuditHead, 'unitName' | 'seq'>): string {
  return `薪安审计链头-${head.unitName.replace(/[\\/:*?"<>|\s]+/g, '_')}-${head.seq}.json`;
}

/** Offers the head as a file download (a Blob URL works the same in Chromium and Electron). */
export function downloadHead(head: AuditHead): void {
  const blob = new Blob([`${JSON.stringify(head, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = headFileName(head);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file read as a head exported by this program, or why it is not one. */
export function parseHeadFile(text: string): { ok: true; head: AuditHead } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: '所选文件不是有效的 JSON 文件，请选择由“导出链头”保存的文件' };
  }
  const parsed = auditHead.safeParse(json);
  if (!parsed.success) return { ok: false, message: '所选文件不是薪安导出的审计链头（缺少序号或哈希，或格式不符）' };
  return { ok: true, head: parsed.data };
}
