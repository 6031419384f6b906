// A case file's incidents, supervision and meetings, and the acts that change them. Each act refreshes what it
// touches at once (the file, its timeline, its urgency, every desk) — the core's data.changed event does too, a moment
// later — and so does a refusal saying the screen was stale (someone closed it meanwhile).
import { useEffect, useState } from 'react';
import type { ChannelName } from '../../../../shared/contract/channels';
import type { ErrorCode } from '../../../../shared/contract/result';
import { useChannelMutation, type FormBinding } from '../../platform/mutations';
import { useChannelQuery } from '../../platform/queries';

/** What an incident, a supervision or a meeting alters: the file and its timeline, its urgency, every desk. */
const TOUCHED: readonly ChannelName[] = ['incidents.get', 'cases.get', 'cases.list', 'desk.summary', 'casework.get'];
const STALE: readonly ErrorCode[] = ['CONFLICT', 'STEP_BLOCKED'];
const acts = { invalidates: TOUCHED, staleOn: STALE };

export function useCaseIncidents(caseFileId: string) {
  return useChannelQuery('incidents.get', { caseFileId }, { enabled: caseFileId !== '' });
}

/** Active staff of the unit, for the reporter and the people sent to the scene. */
export function useUnitStaff() {
  return useChannelQuery('staff.list', { includeInactive: false });
}

export const useOpenIncident = (form?: FormBinding<'incidents.open'>) => useChannelMutation('incidents.open', { ...form, ...acts });
export const useReportIncident = (form?: FormBinding<'incidents.report'>) => useChannelMutation('incidents.report', { ...form, ...acts });
export const useDispatch = (form?: FormBinding<'incidents.dispatch'>) => useChannelMutation('incidents.dispatch', { ...form, ...acts });
export const useCloseIncident = (form?: FormBinding<'incidents.close'>) => useChannelMutation('incidents.close', { ...form, ...acts });
export const useOpenSupervision = (form?: FormBinding<'supervisions.open'>) => useChannelMutation('supervisions.open', { ...form, ...acts });
export const useReportOnSupervision = (form?: FormBinding<'supervisions.report'>) => useChannelMutation('supervisions.report', { ...form, ...acts });
export const useCloseSupervision = (form?: FormBinding<'supervisions.close'>) => useChannelMutation('supervisions.close', { ...form, ...acts });
export const useRecordMeeting = (form?: FormBinding<'meetings.record'>) => useChannelMutation('meetings.record', { ...form, ...acts });

/**
 * The current instant, moving on every half minute: the report clocks count down on screen. Never earlier than
 * `readAt` (when the data on screen was read): an incident registered between two ticks would otherwise read its
 * clock from a stale instant and show more time left than there is.
 */
export function useNow(readAt = 0, everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return Math.max(now, readAt);
}
