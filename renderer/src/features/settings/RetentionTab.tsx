// 保管期限: how long each kind of closed file keeps its personal data (parameters, adjustable here), and the files
// past that period, by number and date only. Anonymising them is the administrator's explicit act, with a reason;
// nothing runs on its own and nothing is deleted (办案规则 Art. 24; PIPL Art. 47).
import {
  Alert, Box, Button, Checkbox, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography,
} from '@mui/material';
import { useState } from 'react';
import type { RetentionAnonymiseResult, RetentionDueItem } from '../../../../shared/contract/retention';
import { RETENTION_KIND_LABEL } from '../../../../shared/domain/retention';
import { CONFIDENCE } from '../../../../shared/domain/vocabulary';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { AnonymiseDialog } from './AnonymiseDialog';
import { ParameterDialog } from './ParameterDialog';
import { useRetention, useUnits } from './queries';

const keyOf = (d: Pick<RetentionDueItem, 'type' | 'id'>) => `${d.type}:${d.id}`;

function PeriodsTable({ onEdit }: { onEdit: (key: string) => void }) {
  const list = useRetention();
  if (!list.data) return null;
  return (
    <TableContainer component={Paper} sx={{ mb: 3 }}>
      <Table size="small" aria-label="保管期限">
        <TableHead>
          <TableRow>
            <TableCell>案卷类别</TableCell>
            <TableCell align="right">保管期限</TableCell>
            <TableCell>依据 / 来源</TableCell>
            <TableCell>可信程度</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {list.data.periods.map((p) => (
            <TableRow key={p.kind} data-testid="retention-period">
              <TableCell>{p.label}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{p.years === null ? <Typography color="warning.dark" variant="body2">未设置</Typography> : `${p.years}年`}</TableCell>
              <TableCell sx={{ minWidth: 260 }}>{p.source ?? '—'}</TableCell>
              <TableCell>{p.confidence && <Chip size="small" variant={p.confidence === 'unconfirmed' ? 'filled' : 'outlined'} color={p.confidence === 'unconfirmed' ? 'warning' : 'success'} label={CONFIDENCE.label(p.confidence)} />}</TableCell>
              <TableCell><Button size="small" onClick={() => onEdit(p.parameterKey)}>调整</Button></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function RetentionTab() {
  const list = useRetention();
  const units = useUnits();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [editKey, setEditKey] = useState<string | null>(null);
  const [done, setDone] = useState<RetentionAnonymiseResult | null>(null);

  if (list.isPending || units.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  const data = list.data;
  const chosen = data.due.filter((d) => selected.has(keyOf(d)));
  const toggle = (k: string) => setSelected((s) => { const n = new Set(s); if (n.has(k)) n.delete(k); else n.add(k); return n; });
  const allOn = data.due.length > 0 && chosen.length === data.due.length;

  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        案卷办结后按下列期限保管，期限自结案之日（未立卷的接待登记自接待之日）起计算，期满之日的次日起可以匿名化其中的个人信息。系统不会自动处理：须由管理员查看名单、写明理由并确认。案卷和登记始终保留，不会删除。
      </Typography>
      <PeriodsTable onEdit={setEditKey} />
      {done && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setDone(null)} data-testid="retention-done">
          已匿名化 {done.files} 件，清除个人信息 {done.fieldsCleared} 项，涉及 {done.personsAnonymised} 人
          {done.personsKept > 0 && `；另有 ${done.personsKept} 人仍在其他未办结或未满期限的案卷中，未作处理`}。
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ flex: 1, fontWeight: 600 }} data-testid="retention-summary">
          {data.dueTotal === 0
            ? `截至 ${data.today}，没有保管期限届满待匿名化的案卷`
            : `截至 ${data.today}，保管期限届满待匿名化 ${data.dueTotal} 件，最早结案于 ${data.oldestClosedDate}`}
          {data.anonymisedTotal > 0 && `（已匿名化 ${data.anonymisedTotal} 件）`}
        </Typography>
        <Button variant="contained" color="warning" disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
          匿名化所选（{chosen.length}）
        </Button>
      </Box>
      {data.due.length === 0 ? (
        <EmptyState title="没有到期的案卷" hint="案卷办结并超过上列保管期限后会列在这里。" />
      ) : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label="保管期限届满的案卷">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox checked={allOn} indeterminate={chosen.length > 0 && !allOn} onChange={() => setSelected(allOn ? new Set() : new Set(data.due.map(keyOf)))} slotProps={{ input: { 'aria-label': '全选' } }} />
                </TableCell>
                <TableCell>案号 / 登记号</TableCell>
                <TableCell>类别</TableCell>
                <TableCell>结案日期</TableCell>
                <TableCell align="right">保管期限</TableCell>
                <TableCell>期满日</TableCell>
                <TableCell align="right">登记 / 人员 / 文书</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.due.map((d) => (
                <TableRow key={keyOf(d)} data-testid="retention-due" hover onClick={() => toggle(keyOf(d))} sx={{ cursor: 'pointer' }}>
                  <TableCell padding="checkbox">
                    <Checkbox checked={selected.has(keyOf(d))} onClick={(e) => e.stopPropagation()} onChange={() => toggle(keyOf(d))} slotProps={{ input: { 'aria-label': `选择 ${d.numbers.join('、') || '（未编号）'}` } }} />
                  </TableCell>
                  <TableCell>{d.numbers.length > 0 ? d.numbers.join('、') : '（未编号案卷）'}</TableCell>
                  <TableCell>{d.kinds.map((k) => RETENTION_KIND_LABEL[k]).join('；')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.closedDate}</TableCell>
                  <TableCell align="right">{d.years}年</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{d.endDate}</TableCell>
                  <TableCell align="right">{d.intakes} / {d.persons} / {d.documents}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.dueTotal > data.due.length && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', p: 1 }}>
              仅列出最早的 {data.due.length} 件；处理后其余的会依次列出。
            </Typography>
          )}
        </TableContainer>
      )}
      {confirming && (
        <AnonymiseDialog
          items={chosen.map((d) => ({ type: d.type, id: d.id }))}
          onClose={() => setConfirming(false)}
          onDone={(r) => { setConfirming(false); setSelected(new Set()); setDone(r); }}
        />
      )}
      {editKey !== null && (
        <ParameterDialog initialKey={editKey} units={units.data} onClose={() => setEditKey(null)} />
      )}
    </>
  );
}
