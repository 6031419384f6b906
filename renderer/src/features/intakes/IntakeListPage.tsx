// 登记台账: every intake, newest first, found by name (even two characters), employer, pinyin initials,
// ID or work-order number; filtered by type, channel, status and date; paged by keyset.
import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import {
  Box, Button, Chip, InputAdornment, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Tooltip,
} from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { IntakeListInput } from '../../../../shared/contract/intakes';
import { INTAKE_CHANNEL, INTAKE_KIND, INTAKE_STATUS, type IntakeChannel, type IntakeKind, type IntakeStatus } from '../../../../shared/domain/vocabulary';
import { Clamp } from '../../components/Clamp';
import { DateField } from '../../components/DateField';
import { fmtDateTime, fmtYuan, namesSummary } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useDebounced } from '../../components/useDebounced';
import { call } from '../../platform/api';
import { StatusChip } from './StatusChip';

export function IntakeListPage() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<IntakeKind | ''>('');
  const [channel, setChannel] = useState<IntakeChannel | ''>('');
  const [status, setStatus] = useState<IntakeStatus | ''>('');
  const [collective, setCollective] = useState<'' | 'yes' | 'no'>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const q = useDebounced(search.trim());
  const input: IntakeListInput = {
    search: q,
    filter: { kind: kind || null, channel: channel || null, status: status || null, collective: collective === '' ? null : collective === 'yes', from: from || null, to: to || null },
    limit: 50,
  };
  const list = useInfiniteQuery({
    queryKey: ['intakes.list', input],
    queryFn: ({ pageParam }) => call('intakes.list', { ...input, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = q !== '' || kind || channel || status || collective || from || to;

  return (
    <>
      <PageHeader title="登记台账" subtitle="全部接待登记，按接待时间由近到远" actions={<Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/intake/new')}>新登记</Button>} />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField label="检索" placeholder="姓名、单位、拼音首字母、证件号、工单号" value={search} onChange={(e) => setSearch(e.target.value)} sx={{ minWidth: 360 }}
            slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> }, htmlInput: { 'aria-label': '检索登记' } }} />
          <TextField select label="类型" value={kind} onChange={(e) => setKind(e.target.value as IntakeKind | '')} sx={{ minWidth: 100 }}>
            <MenuItem value="">全部</MenuItem>
            {INTAKE_KIND.values.map((v) => <MenuItem key={v} value={v}>{INTAKE_KIND.label(v)}</MenuItem>)}
          </TextField>
          <TextField select label="来源渠道" value={channel} onChange={(e) => setChannel(e.target.value as IntakeChannel | '')} sx={{ minWidth: 150 }}>
            <MenuItem value="">全部</MenuItem>
            {INTAKE_CHANNEL.values.map((v) => <MenuItem key={v} value={v}>{INTAKE_CHANNEL.label(v)}</MenuItem>)}
          </TextField>
          <TextField select label="状态" value={status} onChange={(e) => setStatus(e.target.value as IntakeStatus | '')} sx={{ minWidth: 110 }}>
            <MenuItem value="">全部</MenuItem>
            {INTAKE_STATUS.values.map((v) => <MenuItem key={v} value={v}>{INTAKE_STATUS.label(v)}</MenuItem>)}
          </TextField>
          <TextField select label="集体案件" value={collective} onChange={(e) => setCollective(e.target.value as '' | 'yes' | 'no')} sx={{ minWidth: 110 }}>
            <MenuItem value="">全部</MenuItem>
            <MenuItem value="yes">是</MenuItem>
            <MenuItem value="no">否</MenuItem>
          </TextField>
          <DateField label="接待日期起" value={from} onChange={setFrom} />
          <DateField label="接待日期止" value={to} onChange={setTo} />
        </Stack>
      </Paper>
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Loading />
      ) : items.length === 0 && !list.isError ? (
        filtered ? (
          <EmptyState title={q ? `没有找到与“${q}”相符的登记` : '没有符合条件的登记'} hint="请换个检索词或放宽筛选条件。两个字的姓名、拼音首字母（如 zx）都可以检索。" />
        ) : (
          <EmptyState title="暂无接待登记" hint="群众来访、来电、来信或收到交办件后，在“接待登记”中登记。" action={<Button variant="contained" onClick={() => navigate('/intake/new')}>去登记</Button>} />
        )
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="接待登记列表">
            <TableHead>
              <TableRow>
                <TableCell>登记号</TableCell>
                <TableCell>接待时间</TableCell>
                <TableCell>类型 / 渠道</TableCell>
                <TableCell>投诉人</TableCell>
                <TableCell>被投诉方</TableCell>
                <TableCell>诉求摘要</TableCell>
                <TableCell align="right">人数</TableCell>
                <TableCell align="right">金额</TableCell>
                <TableCell>状态</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((i) => (
                <TableRow key={i.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/intakes/${i.id}`)} data-testid="intake-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.regNoText}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmtDateTime(i.receivedAt)}</TableCell>
                  <TableCell sx={{ minWidth: 90 }}>{INTAKE_KIND.label(i.kind)}<br /><Box component="span" sx={{ color: 'text.secondary', fontSize: 12 }}>{INTAKE_CHANNEL.label(i.channel)}</Box></TableCell>
                  <TableCell sx={{ minWidth: 110 }}>{i.kind === 'report' ? <Tooltip title="举报人身份依法保密"><span>（保密）</span></Tooltip> : namesSummary(i.complainantNames, i.complainantCount)}</TableCell>
                  <TableCell sx={{ minWidth: 160, maxWidth: 240 }}><Clamp text={i.partyNames.join('、') || '—'} /></TableCell>
                  <TableCell sx={{ minWidth: 280 }}><Clamp text={i.summary} /></TableCell>
                  <TableCell align="right">{i.workersCount}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(i.amountClaimedFen)}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5}>
                      <StatusChip status={i.status} />
                      {i.collective && <Chip size="small" color="secondary" label="集体" />}
                      {i.urgent && <Chip size="small" color="error" label="紧急" />}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <LoadMore hasMore={!!list.hasNextPage} loading={list.isFetchingNextPage} onMore={() => void list.fetchNextPage()} shown={items.length} />
        </TableContainer>
      )}
    </>
  );
}
