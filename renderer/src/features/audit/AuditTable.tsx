// The trail as a dense table: one row per entry, newest first; refusals and failed sign-ins stand out; a row
// opens to the whole (masked) change, the channel, the session and the row's hash. A row that carries the caller's
// address (refusals, sign-ins) shows it under the person.
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import {
  alpha, Box, Chip, Collapse, IconButton, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { changedLines, clientOf, fmtSeconds, objectOf, prettyChange, shortId } from './audit-format';

/** Attempts refused by the core: what an auditor looks for first. */
const REFUSALS = new Set(['refused', 'loginRefusedLocked', 'accountLocked']);
/** Failures worth a second look. */
const FAILURES = new Set(['loginFailed', 'passwordChangeFailed']);

function ActionCell({ e }: { e: AuditEntry }) {
  if (REFUSALS.has(e.action)) return <Chip size="small" color="warning" label={e.actionLabel} data-testid="audit-refused" />;
  if (FAILURES.has(e.action)) return <Chip size="small" color="warning" variant="outlined" label={e.actionLabel} />;
  if (e.action === 'unmask') return <Chip size="small" color="info" variant="outlined" label={e.actionLabel} />;
  return <>{e.actionLabel}</>;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', gap: 1.5, fontSize: 13 }}>
      <Box sx={{ color: 'text.secondary', minWidth: 56, flexShrink: 0 }}>{label}</Box>
      <Box sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 0 }}>{children}</Box>
    </Box>
  );
}

function EntryRow({ e, broken }: { e: AuditEntry; broken: boolean }) {
  const [open, setOpen] = useState(false);
  const object = objectOf(e);
  const changed = changedLines(e.change);
  const client = clientOf(e.change);
  return (
    <>
      <TableRow
        hover={!broken}
        data-testid="audit-row"
        data-action={e.action}
        data-broken={broken || undefined}
        sx={{
          '& > td': { borderBottom: open ? 'none' : undefined },
          verticalAlign: 'top',
          ...(broken && { bgcolor: (t) => alpha(t.palette.error.main, 0.1), boxShadow: (t) => `inset 4px 0 0 ${t.palette.error.main}` }),
        }}
      >
        <TableCell align="right" sx={{ color: broken ? 'error.main' : 'text.secondary', fontWeight: broken ? 700 : undefined, fontVariantNumeric: 'tabular-nums' }}>
          {e.seq}
          {broken && <Chip size="small" color="error" label="断裂处" sx={{ display: 'flex', mt: 0.5, height: 20, fontSize: 11 }} />}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{fmtSeconds(e.at)}</TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          {e.actor?.name ?? <Box component="span" sx={{ color: 'text.secondary' }}>（未登录）</Box>}
          {client && <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }} data-testid="audit-address">{client}</Typography>}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}><ActionCell e={e} /></TableCell>
        <TableCell sx={{ minWidth: 120 }}>
          {object.label}
          {object.id && (
            <Tooltip title={object.id}>
              <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>{shortId(object.id)}</Typography>
            </Tooltip>
          )}
        </TableCell>
        <TableCell sx={{ width: '100%', maxWidth: 0 }}>
          <Box
            onClick={() => setOpen(!open)}
            sx={{ cursor: 'pointer', fontFamily: 'monospace', fontSize: 12, color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            data-testid="audit-change"
          >
            {changed ? changed.join('；') : e.change === '{}' ? '' : e.change}
          </Box>
        </TableCell>
        <TableCell padding="none" sx={{ pr: 0.5 }}>
          <IconButton size="small" aria-label={open ? '收起详情' : '展开详情'} onClick={() => setOpen(!open)}>
            {open ? <KeyboardArrowUpIcon fontSize="small" /> : <KeyboardArrowDownIcon fontSize="small" />}
          </IconButton>
        </TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={7} sx={{ py: 0, ...(open ? {} : { borderBottom: 'none' }) }}>
          <Collapse in={open} unmountOnExit>
            <Box sx={{ py: 1.5, pl: 6, display: 'grid', gap: 0.75 }} data-testid="audit-row-detail">
              {changed && <Detail label="改动"><span data-testid="audit-changed">{changed.join('\n')}</span></Detail>}
              <Detail label="内容">{prettyChange(e.change)}</Detail>
              {object.id !== null && <Detail label="对象编号">{object.id}</Detail>}
              {e.entity === 'permission' && <Detail label="权限">{e.entityId}</Detail>}
              {client && <Detail label="来源地址">{client}</Detail>}
              <Detail label="通道">{e.channel}</Detail>
              <Detail label="会话">{e.sessionId ?? '—'}</Detail>
              <Detail label="哈希">{e.hash}</Detail>
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}

/** `brokenAt`: the first row the last verification could not verify, marked so the auditor sees where. */
export function AuditTable({ entries, brokenAt, footer }: { entries: AuditEntry[]; brokenAt: number | null; footer: ReactNode }) {
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="审计记录" sx={{ tableLayout: 'auto' }}>
        <TableHead>
          <TableRow>
            <TableCell align="right">序号</TableCell>
            <TableCell>时间</TableCell>
            <TableCell>人员</TableCell>
            <TableCell>操作</TableCell>
            <TableCell>对象</TableCell>
            <TableCell colSpan={2}>详情</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((e) => <EntryRow key={e.seq} e={e} broken={e.seq === brokenAt} />)}
        </TableBody>
      </Table>
      {footer}
    </TableContainer>
  );
}
