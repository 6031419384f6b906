// Where this desk's work goes and whether it gets there: in the status bar, the bureau server's name and its state
// (server mode); above every screen, a banner while the core cannot be reached (any mode) and for a moment once it is
// back. On coming back every screen is asked again: a save whose answer never came shows as it actually ended.
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import { Alert, Box, Typography } from '@mui/material';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { connection, useConnection, type ConnectionState } from '../platform/connection';

const STATE_LABEL: Record<ConnectionState, string> = { connected: '已连接', lost: '连接中断，正在重试…', back: '已恢复连接' };

/** The status bar's part: in server mode `服务器：<name> · <state>`; otherwise nothing unless the core is unreachable. */
export function ConnectionStatus() {
  const { mode, server, state } = useConnection();
  if (mode !== 'server' && state !== 'lost') return null;
  const lost = state === 'lost';
  return (
    <Box data-testid="connection-status" role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1, py: 0.25, borderRadius: 1, bgcolor: lost ? 'error.main' : 'transparent' }}>
      {lost ? <CloudOffIcon fontSize="small" /> : <CloudDoneIcon fontSize="small" />}
      <Typography variant="body2">
        {mode === 'server' && server ? `服务器：${server} · ` : ''}
        {STATE_LABEL[state]}
      </Typography>
    </Box>
  );
}

/** Above the screen: what a lost connection means for what is being typed, and that it came back. */
export function ConnectionBanner() {
  const { state } = useConnection();
  if (state === 'connected') return null;
  return state === 'lost' ? (
    <Alert severity="error" data-testid="connection-lost" sx={{ mb: 2 }}>
      与服务器的连接已中断，正在重试…。暂不能保存；您填写的内容仍在本页，接待登记表的草稿暂存在本浏览器标签页中，连接恢复后自动送回。
    </Alert>
  ) : (
    <Alert severity="success" data-testid="connection-back" sx={{ mb: 2 }}>
      已恢复连接。连接中断时未能保存的内容，请再次保存。
    </Alert>
  );
}

/** Asks every query again when the connection comes back (Gate: mounted whatever screen shows). */
export function useRefreshOnReconnect(client: QueryClient): void {
  useEffect(() => connection.onBack(() => void client.invalidateQueries()), [client]);
}
