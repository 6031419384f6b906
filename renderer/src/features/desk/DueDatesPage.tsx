// 办案期限: every open clock the bureau must meet, by due date — overdue, due within 3 working days, or all still open —
// on the person's own files or the whole unit's, of one department's proceedings (?department=, from the leader's
// desk); keyset paged. Each row opens its case file.
import { Chip, Link, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { DueStateChip, ProvisionalChip } from '../casework/DueChips';
import { useDepartments } from '../cases/queries';
import { useDeadlineList, type DueFilter, type ScopeFilter } from './queries';

const STATES: { value: DueFilter; label: string; empty: string }[] = [
  { value: 'overdue', label: '已逾期', empty: '没有逾期的期限' },
  { value: 'dueSoon', label: '3个工作日内到期', empty: '近3个工作日内没有到期的期限' },
  { value: 'open', label: '全部未完成', empty: '没有尚未完成的期限' },
];
const SCOPES: { value: ScopeFilter; label: string }[] = [
  { value: 'mine', label: '我的案卷' },
  { value: 'unit', label: '全单位' },
];

function pick<T extends string>(raw: string | null, values: readonly { value: T }[], fallback: T): T {
  return values.find((v) => v.value === raw)?.value ?? fallback;
}

export function DueDatesPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = pick(params.get('state'), STATES, 'open');
  const scope = pick(params.get('scope'), SCOPES, 'mine');
  const departmentId = params.get('department');
  const department = useDepartments().find((d) => d.id === departmentId);
  const set = (key: 'state' | 'scope' | 'department', value: string | null) => {
    if (value === null && key !== 'department') return;
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const { list, items, more } = useDeadlineList(state, scope, departmentId);
  const current = STATES.find((s) => s.value === state)!;

  return (
    <>
      <PageHeader title="办案期限" subtitle="本机关须在期限内办结的事项，按届满日由近到远；是否即将到期按工作日计算（3个工作日内），已逾期的按自然日计天数" />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <ToggleButtonGroup exclusive size="small" color="primary" value={state} onChange={(_, v: string | null) => set('state', v)} aria-label="到期情况">
            {STATES.map((s) => <ToggleButton key={s.value} value={s.value}>{s.label}</ToggleButton>)}
          </ToggleButtonGroup>
          <ToggleButtonGroup exclusive size="small" color="primary" value={scope} onChange={(_, v: string | null) => set('scope', v)} aria-label="范围">
            {SCOPES.map((s) => <ToggleButton key={s.value} value={s.value}>{s.label}</ToggleButton>)}
          </ToggleButtonGroup>
          {departmentId && <Chip label={`承办部门：${department?.name ?? '…'}`} onDelete={() => set('department', null)} data-testid="filter-department" />}
          <Typography variant="body2" color="text.secondary">
            {scope === 'mine' ? '“我的案卷”：您包案或在办案组中的案卷' : '本单位全部在办案卷'}
          </Typography>
        </Stack>
      </Paper>
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 && !list.isError ? (
        <EmptyState title={current.empty} hint={scope === 'mine' ? '可切换到“全单位”查看其他案卷的期限。' : undefined} />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="办案期限列表">
            <TableHead>
              <TableRow>
                <TableCell>届满日</TableCell>
                <TableCell>状态</TableCell>
                <TableCell>期限</TableCell>
                <TableCell>案卷</TableCell>
                <TableCell>程序</TableCell>
                <TableCell>起算日</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((d) => (
                <TableRow key={d.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/cases/${d.caseFileId}`)} data-testid="due-row">
                  <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{d.dueDate}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      <DueStateChip state={d.dueState} overdueDays={d.overdueDays} />
                      <ProvisionalChip deadline={d} />
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ minWidth: 160 }}>{d.label}{d.party ? `（${d.party}）` : ''}</TableCell>
                  <TableCell sx={{ minWidth: 200, maxWidth: 380 }}>
                    <Link component={RouterLink} to={`/cases/${d.caseFileId}`} color="inherit" underline="hover" onClick={(e) => e.stopPropagation()}>{d.caseTitle}</Link>
                    {d.urgent && <Chip size="small" color="error" label="紧急" sx={{ ml: 1 }} />}
                    {d.collective && <Chip size="small" color="secondary" label="集体" sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {PROCEEDING_KIND.label(d.proceedingKind)}
                    {d.proceedingNumber && <Typography variant="caption" component="div" color="text.secondary">{d.proceedingNumber}</Typography>}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.startDate}</TableCell>
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
