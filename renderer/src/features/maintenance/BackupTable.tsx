// The backups in a folder, newest first: when, what kind, how many files, how big — with the actions the screen offers.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import type { BackupSummary } from '../../../../shared/contract/maintenance';
import { fmtDateTime } from '../../components/format';
import { fmtBytes } from './format';

export function BackupTable(props: { backups: BackupSummary[]; note?: (b: BackupSummary, index: number) => string; actions: (b: BackupSummary, index: number) => ReactNode; testId?: string }) {
  return (
    <Table size="small" sx={{ mt: 1 }} data-testid={props.testId}>
      <TableHead>
        <TableRow>
          <TableCell>时间</TableCell>
          <TableCell>类型</TableCell>
          <TableCell align="right">文件</TableCell>
          <TableCell align="right">数据库</TableCell>
          {props.note && <TableCell>备注</TableCell>}
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {props.backups.map((b, i) => (
          <TableRow key={b.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmtDateTime(b.createdAt)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {b.kindLabel}
              {b.encrypted ? '（加密）' : ''}
            </TableCell>
            <TableCell align="right">{b.files}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtBytes(b.bytes)}</TableCell>
            {props.note && <TableCell>{props.note(b, i)}</TableCell>}
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{props.actions(b, i)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
