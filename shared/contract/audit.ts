// The audit trail as the auditor reads it: entries newest first, the chain's verification and its head.
import { z } from 'zod';
import { dateKey, empty, entityId, instant, nullable, page, pageInput } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const auditEntry = z.object({
  seq: z.number().int(),
  at: instant,
  actor: z.object({ id: entityId, name: z.string() }).nullable(),
  sessionId: z.string().nullable(),
  channel: z.string(),
  action: z.string(),
  /** The action as it reads in Chinese ('登录', '登录失败', '拒绝越权操作'…). */
  actionLabel: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  /** What changed, as JSON text with ID numbers and phones masked (the stored row keeps them for the hash). */
  change: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditListInput = z.object({
  filter: z
    .object({
      action: nullable(z.string().max(40)),
      actorStaffId: nullable(entityId),
      entity: nullable(z.string().max(40)),
      from: nullable(dateKey('起始日期')),
      to: nullable(dateKey('截止日期')),
    })
    .optional()
    .transform((v) => v ?? { action: null, actorStaffId: null, entity: null, from: null, to: null }),
  ...pageInput,
});
export type AuditListInput = z.input<typeof auditListInput>;

export const auditPage = page(auditEntry);

/**
 * The desktop app's "导出为 PDF" (menu or Ctrl+P) prints whatever the window shows, so main has the core record it
 * under the window's session before writing the file: the page (its route and title) and the file's name alone.
 */
export const screenExportInput = z.object({
  route: z.string().max(500, '页面地址过长'),
  title: z.string().max(200, '页面标题过长'),
  // The name only: the folder a person saves into is theirs, not the trail's.
  fileName: z
    .string()
    .min(1, '缺少文件名')
    .max(255, '文件名过长')
    .refine((v) => !/[\\/]/.test(v), '只记录文件名，不含文件夹'),
});

/** The last row of the chain, to keep outside the database (printed, on removable media) and check against later. */
export const auditHead = z.object({
  format: z.literal('xinan-audit-head/1'),
  installationId: z.string(),
  unitName: z.string(),
  seq: z.number().int(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: instant,
  exportedAt: instant,
});
export type AuditHead = z.infer<typeof auditHead>;

export const auditVerifyInput = z.object({
  /** A head exported earlier: the chain must still hold that row with that hash (and it must be this installation's). */
  head: nullable(auditHead.pick({ seq: true, hash: true }).extend({ installationId: z.string().max(64).optional() })),
});

export const auditVerifyResult = z.object({
  intact: z.boolean(),
  count: z.number().int(),
  /** The first row that does not verify (or the seq where rows are missing), null when intact. */
  brokenAt: z.number().int().nullable(),
  /** What is wrong, in Chinese, null when intact. */
  problem: z.string().nullable(),
  /** The one-line verdict: 审计链完整：N 条 / 审计链断裂：第 N 条…. */
  message: z.string(),
  /** Whether the append-only triggers are in place. */
  triggersPresent: z.boolean(),
  headSeq: z.number().int().nullable(),
  headHash: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;

export const auditChannels = {
  'audit.list': q(auditListInput, auditPage, 'audit.read'),
  'audit.verify': m(auditVerifyInput, auditVerifyResult, 'audit.read'),
  'audit.exportHead': m(empty, auditHead, 'audit.read'),
  /** Desktop app: the window is about to be saved as PDF (main asks before it writes the file; refused, nothing is written). */
  'audit.recordScreenExport': m(screenExportInput, empty, 'signedIn'),
} as const satisfies ChannelTable;
