// Autosaved drafts, per person and form. A draft is scratch work, not a record of the bureau: it is written
// with a single atomic upsert and not audited; the record it becomes is written and audited through tx().
import type { ChannelOutput } from '../../../shared/contract/channels';
import type { CallContext } from '../kernel/context';

type DraftData = ChannelOutput<'drafts.get'>['data'];
import { ServiceError } from '../kernel/errors';

function staffId(call: CallContext): string {
  if (!call.session.staffId) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return call.session.staffId;
}

export function getDraft(call: CallContext, formKey: string) {
  const row = call.core.prepare('SELECT data, updated_at FROM drafts WHERE staff_id = ? AND form_key = ?').get(staffId(call), formKey) as
    | { data: string; updated_at: number }
    | undefined;
  return { formKey, data: row ? (JSON.parse(row.data) as DraftData) : null, updatedAt: row?.updated_at ?? null };
}

export function saveDraft(call: CallContext, formKey: string, data: DraftData) {
  const now = call.core.clock.now();
  call.core
    .prepare(
      `INSERT INTO drafts (staff_id, form_key, data, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (staff_id, form_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    )
    .run(staffId(call), formKey, JSON.stringify(data), now);
  return { formKey, data, updatedAt: now };
}

export function discardDraft(call: CallContext, formKey: string): void {
  call.core.prepare('DELETE FROM drafts WHERE staff_id = ? AND form_key = ?').run(staffId(call), formKey);
}
