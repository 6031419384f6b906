// 审计记录: who did what, when, newest first — sign-ins, refusals, views of personal data, every change — with
// the chain's verification and its head to keep outside this PC. The auditor reads; nothing here changes data.
import RefreshIcon from '@mui/icons-material/Refresh';
import { Button, MenuItem, Paper, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { AuditListInput } from '../../../../shared/contract/audit';
import { AUDIT_ACTIONS, auditActionLabel } from '../../../../shared/domain/audit-actions';
import { DateField } from '../../components/DateField';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { AuditTable } from './AuditTable';
import { AuditVerifyPanel } from './AuditVerifyPanel';
import { useAuditList, useAuditPeople } from './queries';

function Filters(props: {
  action: string;
  setAction: (v: string) => void;
  actor: string;
  setActor: (v: string) => void;
  from: string;
  setFrom: (v: string) => void;
  to: string;
  setTo: (v: string) => void;
  onClear: (() => void) | null;
}) {
  const staff = useAuditPeople();
  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select label="操作" value={props.action} onChange={(e) => props.setAction(e.target.value)} sx={{ minWidth: 200 }}>
          <MenuItem value="">全部</MenuItem>
          {AUDIT_ACTIONS.map((a) => <MenuItem key={a} value={a}>{auditActionLabel(a)}</MenuItem>)}
        </TextField>
        <TextField
          select
          label="人员"
          value={props.actor}
          onChange={(e) => props.setActor(e.target.value)}
          sx={{ minWidth: 160 }}
          error={staff.isError}
          helperText={staff.isError ? '人员名单读取失败' : undefined}
        >
          <MenuItem value="">全部</MenuItem>
          {(staff.data ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>{s.name}{s.active ? '' : '（已停用）'}</MenuItem>
          ))}
        </TextField>
        <DateField label="日期起" value={props.from} onChange={props.setFrom} />
        <DateField label="日期止" value={props.to} onChange={props.setTo} />
        {props.onClear && <Button onClick={props.onClear}>清除筛选</Button>}
      </Stack>
    </Paper>
  );
}

export function AuditPage() {
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [brokenAt, setBrokenAt] = useState<number | null>(null);
  const input: Omit<AuditListInput, 'cursor'> = {
    filter: { action: action || null, actorStaffId: actor || null, entity: null, from: from || null, to: to || null },
    limit: 100,
  };
  const { list, items, more } = useAuditList(input);
  const filtered = !!(action || actor || from || to);
  const clear = () => {
    setAction('');
    setActor('');
    setFrom('');
    setTo('');
  };
  const refresh = () => void list.refetch();

  return (
    <>
      <PageHeader
        title="审计记录"
        subtitle="登录、越权尝试、查看完整个人信息和每一项数据改动，按时间由近到远。证件号码和电话已隐去中间位。"
        actions={<Button startIcon={<RefreshIcon />} onClick={refresh} disabled={list.isFetching}>刷新</Button>}
      />
      <AuditVerifyPanel
        onExported={refresh}
        onVerdict={(v) => {
          setBrokenAt(v.brokenAt);
          refresh();
        }}
      />
      <Filters action={action} setAction={setAction} actor={actor} setActor={setActor} from={from} setFrom={setFrom} to={to} setTo={setTo} onClear={filtered ? clear : null} />
      {list.isError ? (
        <ErrorState error={list.error} onRetry={refresh} />
      ) : list.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState title={filtered ? '没有符合条件的审计记录' : '暂无审计记录'} hint={filtered ? '请放宽筛选条件。' : undefined} />
      ) : (
        <AuditTable entries={items} brokenAt={brokenAt} footer={<LoadMore {...more} />} />
      )}
    </>
  );
}
