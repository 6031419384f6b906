// 在线连接 (administrator): who is connected to this core from where — this PC's window, the loopback browser, desks
// and browsers on the bureau's LAN — since when, last seen, locked or not; and 结束连接, with a reason, which signs
// that person out at once (they read the reason and must sign in again). One's own connection is ended by 退出登录.
import {
  Alert, Box, Button, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography,
} from '@mui/material';
import { useState } from 'react';
import { TRANSPORT_LABELS, type Connection } from '../../../../shared/contract/connections';
import { STAFF_ROLE } from '../../../../shared/domain/vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ErrorState, Loading } from '../../components/States';
import { fmtDateTime } from '../../components/format';
import { useConnections, useEndConnection, CONNECTIONS_REFRESH_MS } from './queries';

/** '刚刚', '3分钟前', '2小时前': how long ago, by the core's clock. */
export function ago(now: number, at: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return '刚刚';
  const min = Math.floor(s / 60);
  if (min < 60) return `${min}分钟前`;
  const h = Math.floor(min / 60);
  return h < 24 ? `${h}小时${min % 60 ? `${min % 60}分钟` : ''}前` : `${Math.floor(h / 24)}天前`;
}

function StateChip({ c }: { c: Connection }) {
  if (!c.staff) return <Chip size="small" variant="outlined" label="未登录" />;
  if (c.locked) return <Chip size="small" color="warning" label="已锁屏" />;
  return <Chip size="small" color="success" variant="outlined" label="在线" />;
}

function EndDialog({ c, onClose, onDone }: { c: Connection; onClose: () => void; onDone: (name: string) => void }) {
  const ending = useEndConnection({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`结束 ${c.staff?.name ?? ''} 的连接`}
      explain={
        <>
          {c.staff?.name} 在 {c.address ?? '未知地址'}（{c.transport ? TRANSPORT_LABELS[c.transport] : '进程内'}）上的登录将立即结束：
          其页面不再接收更新，下一次操作时将看到“管理员已结束您的连接”和您写明的理由，须重新登录。正在填写、尚未保存的内容可能丢失。
        </>
      }
      reason={{ label: '结束连接的理由', example: '该电脑已交回，账户需重新登录', hint: '至少4个字；对方将看到，并记入审计日志' }}
      confirm={{ label: '结束连接', busyLabel: '正在结束…', color: 'warning' }}
      mutation={ending}
      input={(reason) => ({ id: c.id, reason })}
      onDone={(r) => onDone(r.staffName)}
      onClose={onClose}
    />
  );
}

export function ConnectionsPage() {
  const list = useConnections();
  const [ending, setEnding] = useState<Connection | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { items, now } = list.data;
  const signedIn = items.filter((c) => c.staff).length;
  return (
    <>
      <PageHeader
        title="在线连接"
        subtitle={`共 ${items.length} 个连接，其中 ${signedIn} 个已登录；每 ${CONNECTIONS_REFRESH_MS / 1000} 秒自动刷新`}
      />
      {ended && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setEnded(null)} data-testid="connection-ended">
          已结束 {ended} 的连接，对方须重新登录。
        </Alert>
      )}
      <TableContainer component={Paper}>
        <Table size="small" aria-label="在线连接">
          <TableHead>
            <TableRow>
              <TableCell>人员</TableCell>
              <TableCell>单位 / 科室</TableCell>
              <TableCell>方式</TableCell>
              <TableCell>地址</TableCell>
              <TableCell>连接时间</TableCell>
              <TableCell>最近操作</TableCell>
              <TableCell>状态</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((c) => (
              <TableRow key={c.id} data-testid="connection-row" data-self={c.self || undefined}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {c.staff ? (
                    <>
                      {c.staff.name}
                      {c.self && <Chip size="small" label="本人" sx={{ ml: 1, height: 20 }} />}
                      <Typography variant="caption" color="text.secondary" component="div">{c.staff.roles.map((r) => STAFF_ROLE.label(r)).join('、')}</Typography>
                    </>
                  ) : (
                    <Box component="span" sx={{ color: 'text.secondary' }}>（登录页面）</Box>
                  )}
                </TableCell>
                <TableCell>
                  {c.unitName ?? '—'}
                  {c.staff?.departmentName && <Typography variant="caption" color="text.secondary" component="div">{c.staff.departmentName}</Typography>}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title={c.agent ?? ''} disableHoverListener={!c.agent}>
                    <span>{c.transport ? TRANSPORT_LABELS[c.transport] : '进程内'}</span>
                  </Tooltip>
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} data-testid="connection-address">{c.address ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{fmtDateTime(c.openedAt)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title={fmtDateTime(c.lastSeenAt)}>
                    <span>{ago(now, c.lastSeenAt)}</span>
                  </Tooltip>
                </TableCell>
                <TableCell><StateChip c={c} /></TableCell>
                <TableCell align="right">
                  {c.staff && !c.self && (
                    <Button size="small" color="warning" onClick={() => setEnding(c)}>结束连接</Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        “最近操作”指最近一次保存或输入，仅浏览不计在内。结束自己的连接请使用右上角的“退出登录”。
      </Typography>
      {ending && (
        <EndDialog
          c={ending}
          onClose={() => setEnding(null)}
          onDone={(name) => {
            setEnding(null);
            setEnded(name);
          }}
        />
      )}
    </>
  );
}
