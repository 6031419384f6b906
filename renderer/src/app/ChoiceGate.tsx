// Before anything else in the desktop app: has this PC chosen how it works (connection.json, read by main)? If not —
// or the kept file could not be used, or main refused the server's changed certificate — the choice screen shows.
// In a browser there is no choice to make (window.connectionChoice is absent) and the app shows at once.
import { useEffect, useState, type ReactNode } from 'react';
import type { ChoiceStatus, ConnectionChoiceApi } from '../../../shared/contract/server-link';
import { useConnection } from '../platform/connection';
import { connectionChoiceBridge } from '../platform/native';
import { ConnectionChoice } from './ConnectionChoice';

export function ChoiceGate({ children, bridge = connectionChoiceBridge() }: { children: ReactNode; bridge?: ConnectionChoiceApi | null }) {
  const [status, setStatus] = useState<ChoiceStatus | null>(null);
  const { refusal } = useConnection();
  useEffect(() => {
    if (!bridge) return;
    let live = true;
    void bridge.status().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, [bridge]);
  if (!bridge) return <>{children}</>;
  if (!status) return null;
  if (status.needed || refusal) return <ConnectionChoice bridge={bridge} status={status} refusal={refusal} />;
  return <>{children}</>;
}
