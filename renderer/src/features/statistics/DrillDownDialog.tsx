// The files behind one figure: each with its number, title, unit, the date that put it in the period and its share
// of the figure, each opening its file; the total checked against the figure (a figure a leader cannot check is not
// believed). A rate's or an average's files are those of its denominator.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { StatScopeInput } from '../../../../shared/contract/statistics';
import { formatYuan } from '../../../../shared/domain/money';
import { ErrorState, Loading } from '../../components/States';
import { useStatFiles } from './queries';
import { drillCheck, fmtCount, formatFigure } from './format';
import type { FigureRef } from './StatTableView';

export function DrillDownDialog({ scope, figure, onClose }: { scope: StatScopeInput; figure: FigureRef; onClose: () => void }) {
  const { def, row, value } = figure;
  // The city's total lists every county's files; a county's row only its own.
  const rowUnitId = scope.includeSubunits && !row.isTotal ? row.unitId : undefined;
  const input = { ...scope, indicatorKey: def.key, ...(rowUnitId ? { rowUnitId } : {}) };
  const files = useStatFiles(input);
  const first = files.data?.pages[0];
  const items = files.data?.pages.flatMap((p) => p.items) ?? [];
  const money = def.valueKind === 'moneyFen';
  const hasAmount = items.some((i) => i.amount !== null);
  const check = first ? drillCheck(def, value, first) : null;
  const ratio = def.valueKind === 'rate' || def.valueKind === 'days';

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="drill-title">
      <DialogTitle id="drill-title">
        {row.unitName} · {def.label}：{formatFigure(def, value.value)}
        {def.valueKind === 'count' || def.valueKind === 'days' ? ` ${def.unitLabel}` : ''}
      </DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {ratio ? `列出的是分母（${def.formula ?? def.label}）中的案件。` : ''}计入期间的日期：{def.periodBy}
        </Typography>
        {files.isError ? (
          <ErrorState error={files.error} onRetry={() => void files.refetch()} />
        ) : files.isPending ? (
          <Loading />
        ) : items.length === 0 ? (
          <Typography sx={{ py: 3, textAlign: 'center' }} color="text.secondary" data-testid="drill-empty">本期没有计入这个数字的案卷</Typography>
        ) : (
          <Table size="small" aria-label="计入这个数字的案卷">
            <TableHead>
              <TableRow>
                <TableCell>编号</TableCell>
                <TableCell>名称</TableCell>
                <TableCell>单位</TableCell>
                <TableCell>计入日期</TableCell>
                {hasAmount && <TableCell align="right">{money ? '金额' : `数量（${def.unitLabel}）`}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((f) => (
                <TableRow key={`${f.kind}-${f.id}`} hover data-testid="drill-row">
                  <TableCell>
                    <Link component={RouterLink} to={f.kind === 'caseFile' ? `/cases/${f.id}` : `/intakes/${f.id}`}>
                      {f.number}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ maxWidth: 360 }}>{f.title}</TableCell>
                  <TableCell>{f.unitName}</TableCell>
                  <TableCell>{f.date}</TableCell>
                  {hasAmount && (
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {f.amount === null ? '—' : money ? formatYuan(f.amount) : fmtCount(f.amount)}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {first && check && (
          <>
            <Typography sx={{ mt: 1.5, fontWeight: 600 }} data-testid="drill-total">
              合计 {fmtCount(first.total)} 件{first.sum !== null ? `，${money ? formatYuan(first.sum) : `${fmtCount(first.sum)} ${def.unitLabel}`}` : ''}
            </Typography>
            {check.ok ? (
              <Alert severity="success" sx={{ mt: 1 }} data-testid="drill-check">
                {ratio ? `与分母 ${fmtCount(check.got)} 一致` : '与报表数字一致'}
              </Alert>
            ) : (
              <Alert severity="warning" sx={{ mt: 1 }} data-testid="drill-check">
                案卷合计（{money ? formatYuan(check.got) : fmtCount(check.got)}）与报表数字（{check.expected === null ? '—' : money ? formatYuan(check.expected) : fmtCount(check.expected)}）不符：案卷可能在统计后有变动，请重新统计；仍不符请报告管理员。
              </Alert>
            )}
            {items.length < first.total && (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                已显示 {fmtCount(items.length)} / {fmtCount(first.total)} 件
              </Typography>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {files.hasNextPage && (
          <Button onClick={() => void files.fetchNextPage()} disabled={files.isFetchingNextPage}>
            {files.isFetchingNextPage ? '正在加载…' : '加载更多'}
          </Button>
        )}
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
