// 登记台账: every intake, newest first, found by name (even two characters), employer, pinyin initials,
// ID or work-order number; filtered by type, channel, status and date; paged by keyset. Those who make documents
// may tick rows and make their registration forms in one batch. A long ledger draws only the rows in view
// (components/useVirtualRows: arrow keys, Enter and Space work on the whole list; printing draws every row).
import AddIcon from '@mui/icons-material/Add';
import {
  Alert, Box, Button, Checkbox, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip,
} from '@mui/material';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { IntakeListInput } from '../../../../shared/contract/intakes';
import { isDateKey } from '../../../../shared/domain/fields';
import { INTAKE_CHANNEL, INTAKE_KIND, INTAKE_STATUS, type IntakeChannel, type IntakeKind, type IntakeStatus } from '../../../../shared/domain/vocabulary';
import { Clamp } from '../../components/Clamp';
import { SearchBox, VocabFilter, YesNoFilter, yesNoFilter, type YesNo } from '../../components/Filters';
import { DateField } from '../../components/DateField';
import { fmtDate, fmtDateTime, fmtYuan, namesSummary } from '../../components/format';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useDebounced } from '../../components/useDebounced';
import { RowCountStatus, SpacerRow, useWindowRows } from '../../components/useVirtualRows';
import { usePermissions } from '../../app/session';
import { BatchBar, useBatchSelection } from '../documents/BatchSelection';
import { useIntakeList } from './queries';
import { NameText } from './NameText';
import { StatusChip } from './StatusChip';

export function IntakeListPage() {
  const navigate = useNavigate();
  const permissions = usePermissions();
  const canRegister = permissions.has('intake.create');
  const batch = useBatchSelection(permissions.has('document.issue'));
  const [search, setSearch] = useState('');
  // The leader's desk links here with a week's complaints: ?kind=complaint&from=…&to=….
  const [params] = useSearchParams();
  const [kind, setKind] = useState<IntakeKind | ''>(() => INTAKE_KIND.values.find((k) => k === params.get('kind')) ?? '');
  const [channel, setChannel] = useState<IntakeChannel | ''>('');
  const [status, setStatus] = useState<IntakeStatus | ''>('');
  const [collective, setCollective] = useState<YesNo>('');
  const [from, setFrom] = useState(() => (isDateKey(params.get('from') ?? '') ? params.get('from')! : ''));
  const [to, setTo] = useState(() => (isDateKey(params.get('to') ?? '') ? params.get('to')! : ''));
  const q = useDebounced(search.trim());
  const input: IntakeListInput = {
    search: q,
    filter: { kind: kind || null, channel: channel || null, status: status || null, collective: yesNoFilter(collective), from: from || null, to: to || null },
    limit: 50,
  };
  const { list, items, more } = useIntakeList(input);
  // Files a department returned wait for the desk to route them again (归口办理): said at the top of the desk's ledger.
  const returned = useIntakeList({ search: '', filter: { kind: null, channel: null, status: 'returned', collective: null, from: null, to: null }, limit: 1 });
  const filtered = q !== '' || kind || channel || status || collective || from || to;
  const rows = useWindowRows({
    count: items.length,
    estimateSize: 61,
    more: more.hasMore,
    onActivate: (index) => navigate(`/intakes/${items[index]!.id}`),
    onToggle: batch.enabled ? (index) => batch.toggle(items[index]!) : undefined,
  });
  const columns = batch.enabled ? 10 : 9;

  return (
    <>
      <PageHeader title="登记台账" subtitle="全部接待登记，按接待时间由近到远" actions={canRegister ? <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate('/intake/new')}>新登记</Button> : undefined} />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <SearchBox value={search} onChange={setSearch} ariaLabel="检索登记" />
          <VocabFilter label="类型" value={kind} onChange={setKind} vocab={INTAKE_KIND} width={100} />
          <VocabFilter label="来源渠道" value={channel} onChange={setChannel} vocab={INTAKE_CHANNEL} width={150} />
          <VocabFilter label="状态" value={status} onChange={setStatus} vocab={INTAKE_STATUS} width={150} />
          <YesNoFilter label="集体案件" value={collective} onChange={setCollective} />
          <DateField label="接待日期起" value={from} onChange={setFrom} />
          <DateField label="接待日期止" value={to} onChange={setTo} />
        </Stack>
      </Paper>
      {canRegister && status !== 'returned' && returned.items.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => setStatus('returned')}>查看退回的登记</Button>}>
          有承办部门退回的登记，待重新分办
        </Alert>
      )}
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
          {batch.enabled && <BatchBar batch={batch} />}
          <RowCountStatus text={rows.announcement} />
          <Table size="small" aria-label="接待登记列表" {...rows.tableProps}>
            <TableHead>
              <TableRow {...rows.headerRowProps}>
                {batch.enabled && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      size="small"
                      checked={items.length > 0 && items.every((i) => batch.has(i.id))}
                      indeterminate={items.some((i) => batch.has(i.id)) && !items.every((i) => batch.has(i.id))}
                      onChange={() => batch.toggleAll(items)}
                      slotProps={{ input: { 'aria-label': '全选本页已加载的登记' } }}
                    />
                  </TableCell>
                )}
                <TableCell>登记号</TableCell>
                <TableCell>接待时间</TableCell>
                <TableCell>类型 / 渠道</TableCell>
                <TableCell>投诉人</TableCell>
                <TableCell>被投诉方</TableCell>
                <TableCell>诉求摘要</TableCell>
                <TableCell align="right">人数</TableCell>
                <TableCell align="right">金额</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>状态</TableCell>
              </TableRow>
            </TableHead>
            <TableBody ref={rows.bodyRef}>
              <SpacerRow height={rows.top} columns={columns} />
              {rows.indexes.map((index) => {
                const i = items[index]!;
                return (
                <TableRow key={i.id} {...rows.rowProps(index)} hover selected={batch.has(i.id)} aria-selected={batch.enabled ? batch.has(i.id) : undefined}
                  sx={{ cursor: 'pointer' }} onClick={() => navigate(`/intakes/${i.id}`)} data-testid="intake-row">
                  {batch.enabled && (
                    <TableCell padding="checkbox" onClick={(e) => e.stopPropagation()}>
                      <Checkbox
                        size="small"
                        checked={batch.has(i.id)}
                        disabled={!batch.has(i.id) && batch.full}
                        onChange={() => batch.toggle(i)}
                        slotProps={{ input: { 'aria-label': `选择 ${i.regNoText}` } }}
                      />
                    </TableCell>
                  )}
                  <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="reg-no">{i.regNoText}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmtDate(i.receivedAt)}<Box sx={{ color: 'text.secondary', fontSize: 12 }}>{fmtDateTime(i.receivedAt).slice(11)}</Box></TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{INTAKE_KIND.label(i.kind)}<Box sx={{ color: 'text.secondary', fontSize: 12 }}><NameText text={INTAKE_CHANNEL.label(i.channel)} maxWidth={84} /></Box></TableCell>
                  <TableCell>{i.kind === 'report' ? <Tooltip title="举报人身份依法保密"><span>（保密）</span></Tooltip> : <NameText text={namesSummary(i.complainantNames, i.complainantCount)} lines={2} maxWidth={120} />}</TableCell>
                  <TableCell><NameText text={i.partyNames.join('、') || '—'} lines={2} maxWidth={160} /></TableCell>
                  <TableCell sx={{ minWidth: 120 }}><Clamp text={i.summary} /></TableCell>
                  <TableCell align="right">{i.workersCount}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(i.amountClaimedFen)}</TableCell>
                  <TableCell>
                    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5, minWidth: 88 }}>
                      <StatusChip status={i.status} />
                      {i.collective && <Chip size="small" color="secondary" label="集体" />}
                      {i.urgent && <Chip size="small" color="error" label="紧急" />}
                    </Stack>
                  </TableCell>
                </TableRow>
                );
              })}
              <SpacerRow height={rows.bottom} columns={columns} />
            </TableBody>
          </Table>
          <LoadMore {...more} />
        </TableContainer>
      )}
    </>
  );
}
