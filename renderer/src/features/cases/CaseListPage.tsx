// 案卷: every case file of this unit, newest first, found through its intakes (names even of two characters,
// employer, pinyin initials, ID or work-order number); filtered by status, proceeding, flags and leader; keyset paged.
// The leader's desk links here with its filters in the URL: ?status=open&kind=…&stage=… or &department=….
// A long list draws only the rows in view (components/useVirtualRows).
import {
  Box, Button, Chip, Link, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField,
} from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import type { CaseListInput } from '../../../../shared/contract/cases';
import { proceedingStatusLabel } from '../../../../shared/domain/proceedings';
import { CASE_STATUS, PROCEEDING_KIND, type CaseStatus, type ProceedingKind } from '../../../../shared/domain/vocabulary';
import { SearchBox, VocabFilter, YesNoFilter, yesNoFilter, type YesNo } from '../../components/Filters';
import { fmtDate, fmtDateTime, fmtYuan } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useDebounced } from '../../components/useDebounced';
import { RowCountStatus, SpacerRow, useWindowRows } from '../../components/useVirtualRows';
import { NameText } from '../intakes/NameText';
import { ProceedingChips } from './ProceedingChips';
import { useCaseLeaders, useCaseList, useDepartments } from './queries';

function fromUrl<T extends string>(raw: string | null, values: readonly T[]): T | '' {
  return values.find((v) => v === raw) ?? '';
}

export function CaseListPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>(() => fromUrl(params.get('status'), CASE_STATUS.values));
  const [kind, setKind] = useState<ProceedingKind | ''>(() => fromUrl(params.get('kind'), PROCEEDING_KIND.values));
  // The stage and the department come only from a link (the desk's charts); a chip shows and removes each.
  const [stage, setStage] = useState(() => (fromUrl(params.get('kind'), PROCEEDING_KIND.values) ? (params.get('stage') ?? '') : ''));
  const [departmentId, setDepartmentId] = useState(params.get('department') ?? '');
  const departments = useDepartments();
  const department = departments.find((d) => d.id === departmentId);
  const [collective, setCollective] = useState<YesNo>('');
  const [urgent, setUrgent] = useState<YesNo>('');
  const [leaderId, setLeaderId] = useState('');
  const q = useDebounced(search.trim());
  const staff = useCaseLeaders();
  const leaders = staff.data ?? [];
  const input: CaseListInput = {
    search: q,
    filter: {
      status: status || null,
      proceedingKind: kind || null,
      proceedingStatus: kind && stage ? stage : null,
      collective: yesNoFilter(collective),
      urgent: yesNoFilter(urgent),
      leaderStaffId: leaderId || null,
      departmentId: departmentId || null,
    },
    limit: 50,
  };
  const { list, items, more } = useCaseList(input);
  const filtered = q !== '' || status || kind || collective || urgent || leaderId || departmentId;
  const rows = useWindowRows({ count: items.length, estimateSize: 57, more: more.hasMore, onActivate: (index) => navigate(`/cases/${items[index]!.id}`) });
  const clear = () => {
    setSearch('');
    setStatus('');
    setKind('');
    setStage('');
    setDepartmentId('');
    setCollective('');
    setUrgent('');
    setLeaderId('');
  };

  return (
    <>
      <PageHeader title="案卷" subtitle="本单位的全部案卷，按立卷时间由近到远；一个案卷可包含监察、调解、仲裁等多个程序" />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <SearchBox value={search} onChange={setSearch} ariaLabel="检索案卷" />
          <VocabFilter label="状态" value={status} onChange={setStatus} vocab={CASE_STATUS} width={110} />
          <VocabFilter label="程序类型" value={kind} onChange={(k) => { setKind(k); setStage(''); }} vocab={PROCEEDING_KIND} width={170} />
          {kind && stage && (
            <Chip label={`阶段：${proceedingStatusLabel(kind, stage)}`} onDelete={() => setStage('')} sx={{ alignSelf: 'center' }} data-testid="filter-stage" />
          )}
          {departmentId && (
            <Chip label={`承办部门：${department?.name ?? '…'}`} onDelete={() => setDepartmentId('')} sx={{ alignSelf: 'center' }} data-testid="filter-department" />
          )}
          <YesNoFilter label="集体案件" value={collective} onChange={setCollective} />
          <YesNoFilter label="紧急" value={urgent} onChange={setUrgent} width={90} />
          <TextField select label="包案领导" value={leaderId} onChange={(e) => setLeaderId(e.target.value)} sx={{ minWidth: 130 }}
            helperText={staff.isError ? '领导名单未能载入' : undefined} error={staff.isError}>
            <MenuItem value="">全部</MenuItem>
            {leaders.map((s) => <MenuItem key={s.id} value={s.id}>{s.active ? s.name : `${s.name}（已停用）`}</MenuItem>)}
          </TextField>
          {filtered && <Button onClick={clear} sx={{ alignSelf: 'center' }}>清除条件</Button>}
        </Stack>
      </Paper>
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 && !list.isError ? (
        filtered ? (
          <EmptyState title={q ? `没有找到与“${q}”相符的案卷` : '没有符合条件的案卷'} hint="请换个检索词或放宽筛选条件。两个字的姓名、拼音首字母（如 zx）都可以检索。" action={<Button onClick={clear}>清除条件</Button>} />
        ) : (
          <EmptyState title="暂无案卷" hint="接待登记转劳动保障监察、仲裁或调解后，会在这里立卷。" action={<Button variant="contained" onClick={() => navigate('/intakes')}>查看登记台账</Button>} />
        )
      ) : (
        <TableContainer component={Paper}>
          <RowCountStatus text={rows.announcement} />
          <Table size="small" aria-label="案卷列表" {...rows.tableProps}>
            <TableHead>
              <TableRow {...rows.headerRowProps}>
                <TableCell>案卷</TableCell>
                <TableCell>程序</TableCell>
                <TableCell>包案领导</TableCell>
                <TableCell align="right">人数</TableCell>
                <TableCell align="right">诉求金额</TableCell>
                <TableCell>被投诉方</TableCell>
                <TableCell>立卷时间</TableCell>
                <TableCell>标记</TableCell>
              </TableRow>
            </TableHead>
            <TableBody ref={rows.bodyRef}>
              <SpacerRow height={rows.top} columns={8} />
              {rows.indexes.map((index) => {
                const c = items[index]!;
                return (
                <TableRow key={c.id} {...rows.rowProps(index)} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/cases/${c.id}`)} data-testid="case-row">
                  <TableCell>
                    <Link component={RouterLink} to={`/cases/${c.id}`} color="inherit" underline="hover" onClick={(e) => e.stopPropagation()}><NameText text={c.title} maxWidth={220} lines={3} /></Link>
                    {c.status === 'closed' && <Chip size="small" label={CASE_STATUS.label(c.status)} sx={{ ml: 1 }} />}
                  </TableCell>
                  <TableCell><ProceedingChips proceedings={c.proceedings} /></TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{c.leader?.name ?? '—'}</TableCell>
                  <TableCell align="right">{c.workersCount}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(c.amountClaimedFen)}</TableCell>
                  <TableCell><NameText text={c.partyNames.join('、') || '—'} maxWidth={170} lines={2} /></TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmtDate(c.openedAt)}<Box sx={{ color: 'text.secondary', fontSize: 12 }}>{fmtDateTime(c.openedAt).slice(11)}</Box></TableCell>
                  <TableCell>
                    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                      {c.collective && <Chip size="small" color="secondary" label="集体" />}
                      {c.urgent && <Chip size="small" color="error" label="紧急" />}
                    </Stack>
                  </TableCell>
                </TableRow>
                );
              })}
              <SpacerRow height={rows.bottom} columns={8} />
            </TableBody>
          </Table>
          <LoadMore {...more} />
        </TableContainer>
      )}
    </>
  );
}
