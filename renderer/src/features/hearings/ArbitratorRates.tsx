// For the institute's head (a leader): per arbitrator, the awards made in a year and how many a court changed (改判)
// or set aside (撤销), with the rate — read from the core (arbitration.arbitratorRates), never counted here.
import { MenuItem, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, Stack } from '@mui/material';
import { useState } from 'react';
import { ErrorState, Loading } from '../../components/States';
import { useArbitratorRates } from './queries';

export function ArbitratorRates({ today }: { today: string }) {
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const q = useArbitratorRates({ from: `${year}-01-01`, to: `${year}-12-31` });
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 3 }} data-testid="arbitrator-rates">
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>仲裁员裁决被改判、撤销情况</Typography>
        <TextField select size="small" label="裁决年度" value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ minWidth: 120 }}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => <MenuItem key={y} value={y}>{y}年</MenuItem>)}
        </TextField>
      </Stack>
      {q.isPending && <Loading label="正在统计…" />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Typography color="text.secondary">{year}年没有登记的裁决。</Typography>}
      {q.data && q.data.length > 0 && (
        <Table size="small" aria-label="仲裁员裁决被改判、撤销情况">
          <TableHead>
            <TableRow>
              <TableCell>仲裁员</TableCell>
              <TableCell align="right">作出裁决（件）</TableCell>
              <TableCell align="right">被法院改判（件）</TableCell>
              <TableCell align="right">被裁定撤销（件）</TableCell>
              <TableCell align="right">改判、撤销率</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {q.data.map((r) => (
              <TableRow key={r.staffId}>
                <TableCell>{r.name}</TableCell>
                <TableCell align="right">{r.awards}</TableCell>
                <TableCell align="right">{r.changed}</TableCell>
                <TableCell align="right">{r.setAside}</TableCell>
                <TableCell align="right">{r.ratePercent.toFixed(1)}%</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>按裁决日期统计；合议庭的三名仲裁员各计一件。</Typography>
    </Paper>
  );
}
