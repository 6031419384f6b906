// 待移送: matters the desk found to belong to another unit, awaiting transfer (the packages between units come later) —
// listed for the leader, oldest first, each opening its registration.
import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { INTAKE_KIND } from '../../../../shared/domain/vocabulary';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { fmtDateTime } from '../../components/format';
import { useTransfers } from './queries';

export function TransfersPage() {
  const navigate = useNavigate();
  const { list, items, more } = useTransfers();
  return (
    <>
      <PageHeader title="待移送" subtitle="接待窗口登记为应由其他单位办理、等待移送的事项，按登记先后排列" />
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 && !list.isError ? (
        <EmptyState title="没有待移送的事项" />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="待移送列表">
            <TableHead>
              <TableRow>
                <TableCell>登记号</TableCell>
                <TableCell>类型</TableCell>
                <TableCell>移送单位</TableCell>
                <TableCell>诉求摘要</TableCell>
                <TableCell>收到日期</TableCell>
                <TableCell>登记人</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((r) => (
                <TableRow key={r.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/intakes/${r.intakeId}`)} data-testid="transfer-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.regNoText}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{INTAKE_KIND.label(r.intakeKind)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{r.otherUnit?.name ?? '—'}</TableCell>
                  <TableCell sx={{ minWidth: 220 }}>{r.summary}{r.workersCount > 1 ? `（${r.workersCount}人）` : ''}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.receivedDate}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.routedBy.name}
                    <Typography variant="caption" component="div" color="text.secondary">{fmtDateTime(r.routedAt)}</Typography>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <LoadMore {...more} />
        </TableContainer>
      )}
    </>
  );
}
