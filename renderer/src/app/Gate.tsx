// What the window shows first: a startup problem, the first run, the sign-in, or the application.
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { AppErrorException } from '../../../shared/contract/result';
import { Loading } from '../components/States';
import { errorMessage } from '../platform/api';
import { useCall } from '../platform/queries';
import { FirstRunPage } from '../features/setup/FirstRunPage';
import { SignInPage } from '../features/setup/SignInPage';
import { AppRouter } from './router';
import { SessionContext } from './session';

export function Gate() {
  const status = useCall('setup.status', {});
  const initialized = status.data?.initialized === true;
  const session = useCall('session.current', {}, { enabled: initialized });

  if (status.isPending) return <Loading label="正在启动…" />;
  if (status.isError) {
    const code = status.error instanceof AppErrorException ? status.error.error.code : 'INTERNAL';
    return (
      <Box sx={{ p: 6, maxWidth: 760, mx: 'auto' }}>
        <Alert severity="error" action={<Button onClick={() => void status.refetch()}>重试</Button>}>
          <AlertTitle>{code === 'DB_NEWER' ? '无法打开数据库：版本不符' : '薪安无法启动'}</AlertTitle>
          {errorMessage(status.error)}
        </Alert>
      </Box>
    );
  }
  if (!initialized) return <FirstRunPage status={status.data} />;
  if (session.isPending) return <Loading label="正在读取登录信息…" />;
  if (session.isError) return <Loading label={errorMessage(session.error)} />;
  if (!session.data) return <SignInPage unitName={status.data.unit?.name ?? ''} demo={status.data.demo} />;
  return (
    <SessionContext.Provider value={session.data}>
      <AppRouter demo={status.data.demo} />
    </SessionContext.Provider>
  );
}
