// What the window shows first: a startup problem, the first run, the sign-in, a forced password change, or the
// application — with the lock drawn over it when the screen is locked. Every call that finds the session locked or
// gone (the core locks idle sessions itself, an administrator may deactivate or reset) lands here.
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AppErrorException } from '../../../shared/contract/result';
import { Loading } from '../components/States';
import { ForcedPasswordChangePage } from '../features/account/ForcedPasswordChangePage';
import { LockScreen } from '../features/account/LockScreen';
import { useIdleLock } from '../features/account/useIdleLock';
import { FirstRunPage } from '../features/setup/FirstRunPage';
import { RecoveryPage } from '../features/maintenance/RecoveryPage';
import { SignInPage } from '../features/setup/SignInPage';
import { useSetupStatus } from '../features/setup/queries';
import { errorMessage, onSessionProblem } from '../platform/api';
import { connection } from '../platform/connection';
import { useRefreshOnReconnect } from './ConnectionStatus';
import { SESSION_KEY } from './queries';
import { AppRouter } from './router';
import { HandedOverBanner } from './HandedOverBanner';
import { fetchSession, SessionContext, sessionControl, SessionControlContext } from './session';

export function Gate() {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const control = useMemo(() => sessionControl(queryClient, setNotice), [queryClient]);
  const status = useSetupStatus();
  const initialized = status.data?.initialized === true;
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: () => fetchSession(queryClient), enabled: initialized });
  useRefreshOnReconnect(queryClient);

  useEffect(
    () =>
      onSessionProblem((error) => {
        // A lock, or a server that no longer knew this tab: the screen stays under the overlay, typed values and all.
        if (error.code === 'SESSION_LOCKED' || (error.code === 'UNAUTHENTICATED' && connection.get().signInAgain)) control.markLocked();
        else if (error.code === 'PASSWORD_CHANGE_REQUIRED') void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
        else control.ended(error.message);
      }),
    [control, queryClient],
  );

  const info = session.data ?? null;
  const onIdle = useCallback(() => void control.lock(true), [control]);
  useIdleLock(info?.idleLockMinutes ?? 0, !!info && !info.locked, onIdle);

  let content;
  if (status.isPending) content = <Loading label="正在启动…" />;
  else if (status.isError && status.error instanceof AppErrorException && (status.error.error.code === 'DB_CORRUPT' || status.error.error.code === 'DB_LOST')) {
    content = <RecoveryPage code={status.error.error.code} message={status.error.error.message} onRestored={() => void queryClient.invalidateQueries()} />;
  } else if (status.isError) {
    const code = status.error instanceof AppErrorException ? status.error.error.code : 'INTERNAL';
    content = (
      <Box sx={{ p: 6, maxWidth: 760, mx: 'auto' }}>
        <Alert severity="error" action={<Button onClick={() => void status.refetch()}>重试</Button>}>
          <AlertTitle>{code === 'DB_NEWER' ? '无法打开数据库：版本不符' : '薪安无法启动'}</AlertTitle>
          {errorMessage(status.error)}
        </Alert>
      </Box>
    );
  } else if (!initialized) content = <FirstRunPage status={status.data} />;
  // Once there is an answer it stays on screen while a refetch runs or fails: the application is never unmounted by one.
  else if (session.data === undefined) content = session.isError ? <Loading label={errorMessage(session.error)} /> : <Loading label="正在读取登录信息…" />;
  else if (!info) content = <SignInPage unitName={status.data.unit?.name ?? ''} demo={status.data.demo} notice={notice} />;
  else {
    content = (
      <SessionContext.Provider value={info}>
        {info.mustChangePassword ? <ForcedPasswordChangePage /> : <AppRouter demo={status.data.demo} />}
        {info.locked && <LockScreen />}
      </SessionContext.Provider>
    );
  }
  return (
    <SessionControlContext.Provider value={control}>
      {/* Signed in, the application's shell shows it under its bar. */}
      {(!info || info.mustChangePassword) && <HandedOverBanner sx={{ borderRadius: 0, mb: 0 }} />}
      {content}
    </SessionControlContext.Provider>
  );
}
