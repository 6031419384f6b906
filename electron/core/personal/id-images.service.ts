// Photos and scans of identity documents (GB/T 45574-2025: sensitive personal information). Each is a file in the
// content-addressed store and a row naming the person, the side and who took it. Only the unit that took a picture
// may see it; seeing it needs 'idImage.view' and a reason, and the view is on the audit trail before the bytes
// leave the core. A wrong picture is withdrawn, with the reason — never deleted, never shown again.
import type { z } from 'zod';
import type { idImageAddInput, IdImageRecord, IdImageView, idImageViewInput, idImageWithdrawInput } from '../../../shared/contract/id-images';
import { ID_IMAGE_SIDE } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { putFile, readStoredFile, recordFile, sha256 } from '../files/file-store';
import { sniffImage } from '../files/images';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { requirePersonAccess } from './person-access';

/** Below this a card's text cannot be read: most likely a thumbnail picked by mistake. */
const MIN_SIDE_PX = 200;
/**
 * Above this (1 亿像素) a picture costs the screen hundreds of megabytes to decode (an 8 MB PNG can claim gigapixels). A 50 MP
 * phone photo passes; a 200 MP "high resolution" mode shot does not.
 */
const MAX_PIXELS = 100_000_000;
const MAX_SIDE_PX = 20_000;

interface Row {
  id: string;
  person_id: string;
  side: IdImageRecord['side'];
  mime: IdImageRecord['mime'];
  bytes: number;
  width: number;
  height: number;
  file_sha256: string;
  status: IdImageRecord['status'];
  withdrawn_reason: string | null;
  withdrawn_at: number | null;
  withdrawn_by_name: string | null;
  added_by_name: string;
  created_at: number;
}

const SELECT = `SELECT im.id, im.person_id, im.side, f.mime, f.bytes, im.width, im.height, im.file_sha256, im.status, im.withdrawn_reason,
                       im.withdrawn_at, w.name AS withdrawn_by_name, a.name AS added_by_name, im.created_at
                FROM person_id_images im
                JOIN files f ON f.sha256 = im.file_sha256
                JOIN staff a ON a.id = im.created_by
                LEFT JOIN staff w ON w.id = im.withdrawn_by`;

function toRecord(r: Row): IdImageRecord {
  return {
    id: r.id,
    personId: r.person_id,
    side: r.side,
    mime: r.mime,
    bytes: r.bytes,
    width: r.width,
    height: r.height,
    addedByName: r.added_by_name,
    addedAt: r.created_at,
    status: r.status,
    withdrawnReason: r.withdrawn_reason,
    withdrawnAt: r.withdrawn_at,
    withdrawnByName: r.withdrawn_by_name,
  };
}

/** One image of this unit, and the person it shows reachable by the caller. */
function imageRow(call: CallContext, id: string): Row {
  const inst = requireInstallation(call.core);
  const row = call.core.prepare(`${SELECT} WHERE im.id = ? AND im.unit_id = ?`).get(id, inst.unitId) as Row | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', '该证件照片不存在或不属于本单位');
  requirePersonAccess(call, row.person_id);
  return row;
}

/** What is kept for a person (newest first), never the pictures. */
export function listIdImages(call: CallContext, personId: string): IdImageRecord[] {
  const inst = requireInstallation(call.core);
  requirePersonAccess(call, personId);
  const rows = call.core.prepare(`${SELECT} WHERE im.person_id = ? AND im.unit_id = ? ORDER BY im.created_at DESC, im.id DESC`).all(personId, inst.unitId) as Row[];
  return rows.map(toRecord);
}

export function addIdImage(call: CallContext, input: z.output<typeof idImageAddInput>): IdImageRecord {
  const core = call.core;
  const inst = requireInstallation(core);
  requirePersonAccess(call, input.personId);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new ServiceError('VALIDATION', '文件为空', { contentBase64: '文件为空' });
  const sniff = sniffImage(bytes);
  if (!sniff.ok) throw new ServiceError('VALIDATION', sniff.reason, { contentBase64: sniff.reason });
  const { mime, width, height } = sniff.info;
  if (Math.min(width, height) < MIN_SIDE_PX) {
    const reason = `照片太小（${width}×${height} 像素），看不清证件内容：请上传原图，短边至少 ${MIN_SIDE_PX} 像素`;
    throw new ServiceError('VALIDATION', reason, { contentBase64: reason });
  }
  if (width * height > MAX_PIXELS || Math.max(width, height) > MAX_SIDE_PX) {
    const reason = `照片像素过大（${width}×${height} 像素），请用手机的常规拍照模式，或缩小到 1 亿像素以内后再上传`;
    throw new ServiceError('VALIDATION', reason, { contentBase64: reason });
  }
  const hash = sha256(bytes);
  const same = core.prepare("SELECT side FROM person_id_images WHERE person_id = ? AND unit_id = ? AND file_sha256 = ? AND status = 'current'").get(input.personId, inst.unitId, hash) as
    | { side: IdImageRecord['side'] }
    | undefined;
  if (same) throw new ServiceError('CONFLICT', `这张照片已经上传过（${ID_IMAGE_SIDE.label(same.side)}）`);
  // The file is on disk and synced before the row that names it commits.
  putFile(core.config.paths.files, bytes);
  const id = tx(writeContext(call), (w) => {
    const imageId = newId(w.now);
    recordFile(w, hash, bytes.length, mime);
    w.prepare(
      'INSERT INTO person_id_images (id, unit_id, person_id, side, file_sha256, width, height, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(imageId, inst.unitId, input.personId, input.side, hash, width, height, w.actorStaffId, w.now);
    w.audit({ action: 'idImageAdd', entity: 'person', entityId: input.personId, change: { imageId, side: input.side, sha256: hash, bytes: bytes.length, mime, width, height } });
    w.changed('idImage', input.personId);
    return imageId;
  });
  return toRecord(imageRow(call, id));
}

export function viewIdImage(call: CallContext, input: z.output<typeof idImageViewInput>): IdImageView {
  const row = imageRow(call, input.id);
  if (row.status === 'withdrawn') throw new ServiceError('CONFLICT', `该照片已撤回，不再显示（撤回理由：${row.withdrawn_reason ?? '未写明'}）`);
  // Read (and check) the file first, so a view is recorded only when a picture is actually shown.
  const bytes = readStoredFile(call.core.config.paths.files, row.file_sha256);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'idImageView', entity: 'person', entityId: row.person_id, change: { imageId: row.id, side: row.side, reason: input.reason } });
  });
  return { record: toRecord(row), contentBase64: bytes.toString('base64') };
}

export function withdrawIdImage(call: CallContext, input: z.output<typeof idImageWithdrawInput>): IdImageRecord {
  const row = imageRow(call, input.id);
  if (row.status === 'withdrawn') throw new ServiceError('CONFLICT', '该照片已经撤回');
  tx(writeContext(call), (w) => {
    const done = w
      .prepare("UPDATE person_id_images SET status = 'withdrawn', withdrawn_reason = ?, withdrawn_at = ?, withdrawn_by = ?, row_version = row_version + 1 WHERE id = ? AND status = 'current'")
      .run(input.reason, w.now, w.actorStaffId, row.id);
    // Someone else withdrew it a moment ago.
    if (done.changes !== 1) throw new ServiceError('CONFLICT', '该照片已经撤回');
    w.audit({ action: 'idImageWithdraw', entity: 'person', entityId: row.person_id, change: { imageId: row.id, side: row.side, reason: input.reason } });
    w.changed('idImage', row.person_id);
  });
  return toRecord(imageRow(call, row.id));
}
