// A case file's incidents, supervision and meetings, and the calls that change them. Each change refreshes what it
// touches at once (the file, its timeline, every desk); the core's data.changed event does too, a moment later.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelInput, ChannelName } from '../../../../shared/contract/channels';
import { call } from '../../platform/api';
import { useCall } from '../../platform/queries';
import { checkInput } from '../../platform/validate';

/** What an incident, a supervision or a meeting alters: the file and its timeline, its urgency, every desk. */
const TOUCHED: ChannelName[] = ['incidents.get', 'cases.get', 'cases.list', 'desk.summary', 'casework.get'];

export function useCaseIncidents(caseFileId: string) {
  return useCall('incidents.get', { caseFileId }, { enabled: caseFileId !== '' });
}

/** Active staff of the unit, for the reporter and the people sent to the scene. */
export function useUnitStaff() {
  return useCall('staff.list', { includeInactive: false });
}

type Mutation = 'incidents.open' | 'incidents.report' | 'incidents.dispatch' | 'incidents.close' | 'supervisions.open' | 'supervisions.report' | 'supervisions.close' | 'meetings.record';

export function useIncidentCalls() {
  const client = useQueryClient();
  const refresh = useCallback(() => client.invalidateQueries({ predicate: (q) => TOUCHED.includes(q.queryKey[0] as ChannelName) }), [client]);
  return useMemo(() => {
    /** Checked with the contract's own schema first (every field's message at once), then sent. */
    const send = async <K extends Mutation>(channel: K, input: ChannelInput<K>, extra: Record<string, string> = {}) => {
      const value = await call(channel, checkInput(channel, input, extra));
      void refresh();
      return value;
    };
    return { send, refresh };
  }, [refresh]);
}

/** The current instant, moving on every half minute: the report clocks count down on screen. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
