// The intakes filed in a case file; each opens its own page.
import { Link, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { CaseFileDetail } from '../../../../shared/contract/cases';
import { INTAKE_CHANNEL, INTAKE_KIND } from '../../../../shared/domain/vocabulary';
import { fmtDateTime, fmtYuan } from '../../components/format';
import { EmptyState } from '../../components/States';

export function CaseIntakes({ intakes }: { intakes: CaseFileDetail['intakes'] }) {
  const navigate = useNavigate();
  if (intakes.length === 0) return <Paper variant="outlined"><EmptyState title="本案卷没有关联的接待登记" /></Paper>;
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="本案卷的接待登记">
        <TableHead>
          <TableRow>
            <TableCell>登记号</TableCell>
            <TableCell>接待时间</TableCell>
            <TableCell>类型 / 渠道</TableCell>
            <TableCell>诉求摘要</TableCell>
            <TableCell align="right">人数</TableCell>
            <TableCell align="right">金额</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {intakes.map((i) => (
            <TableRow key={i.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/intakes/${i.id}`)} data-testid="case-intake-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link component={RouterLink} to={`/intakes/${i.id}`} underline="hover" onClick={(e) => e.stopPropagation()}>{i.regNoText}</Link>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmtDateTime(i.receivedAt)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{INTAKE_KIND.label(i.kind)} · {INTAKE_CHANNEL.label(i.channel)}</TableCell>
              <TableCell>{i.summary}</TableCell>
              <TableCell align="right">{i.workersCount}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(i.amountClaimedFen)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
