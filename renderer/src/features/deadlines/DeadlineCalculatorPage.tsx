// 期限计算: any rule, any date, with the trace that explains the date — what the desk uses to answer "by when must
// the bureau reply?", and what an arbitrator checks before fixing a hearing.
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Chip, IconButton, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { CONFIDENCE } from '../../../../shared/domain/vocabulary';
import { dateKeyOf, formatDateZh } from '../../../../shared/domain/time';
import { DateField } from '../../components/DateField';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, Loading } from '../../components/States';
import { errorFields } from '../../platform/api';
import { useDeadline, useDeadlineRules } from './queries';

const GROUPS: [string, string][] = [
  ['inspection.', '劳动保障监察'],
  ['arbitration.', '劳动人事争议仲裁'],
  ['mediation.', '调解'],
  ['award.', '裁决作出后'],
  ['decision.', '行政处理决定作出后'],
  ['penalty.', '行政处罚程序'],
  ['enforcement.', '强制执行'],
];

export function DeadlineCalculatorPage() {
  const rules = useDeadlineRules();
  const [rule, setRule] = useState('arbitration.award');
  const [start, setStart] = useState(dateKeyOf(Date.now()));
  const [pauses, setPauses] = useState<{ from: string; to: string }[]>([]);
  const result = useDeadline({ rule, start, pauses: pauses.filter((p) => p.from && p.to) });
  const fields = result.isError ? errorFields(result.error) : {};
  if (rules.isPending) return <Loading />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  const info = rules.data.find((r) => r.id === rule);

  return (
    <>
      <PageHeader title="期限计算" subtitle="按法定期限规则和本机节假日安排推算届满日，并列出推算过程；结果与案件中显示的期限同出一处" />
      <Paper sx={{ p: 2.5, mb: 2 }}>
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <TextField select label="期限规则" value={rule} onChange={(e) => setRule(e.target.value)} sx={{ minWidth: 420, maxWidth: 640 }}
              helperText={info ? `${info.summary}；依据：${info.citation}` : undefined}>
              {GROUPS.flatMap(([prefix, title]) => [
                <MenuItem key={prefix} disabled sx={{ fontWeight: 600, opacity: '1 !important', color: 'text.secondary' }}>{title}</MenuItem>,
                ...rules.data.filter((r) => r.id.startsWith(prefix)).map((r) => (
                  <MenuItem key={r.id} value={r.id} sx={{ pl: 4 }}>{r.label}{r.enabled ? '' : '（未启用）'}</MenuItem>
                )),
              ])}
            </TextField>
            <DateField label={info?.direction === 'before' ? `${info.trigger}日期` : `${info?.trigger ?? '起算'}日期`} value={start} onChange={setStart}
              error={fields.start} width={220} />
          </Stack>
          {info?.note && <Alert severity="info" data-testid="deadline-rule-note">{info.note}</Alert>}
          <Box>
            {pauses.map((p, i) => (
              <Stack key={i} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', mb: 1 }}>
                <DateField label="中止（公告送达）自" value={p.from} onChange={(v) => setPauses(pauses.map((x, j) => (j === i ? { ...x, from: v } : x)))} error={fields[`pauses.${i}.from`]} width={200} />
                <DateField label="至" value={p.to} onChange={(v) => setPauses(pauses.map((x, j) => (j === i ? { ...x, to: v } : x)))} error={fields[`pauses.${i}.to`]} width={200} />
                <IconButton aria-label={`删除第${i + 1}段中止期间`} onClick={() => setPauses(pauses.filter((_, j) => j !== i))} sx={{ mt: 0.5 }}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </Stack>
            ))}
            <Button size="small" startIcon={<AddIcon />} onClick={() => setPauses([...pauses, { from: '', to: '' }])}>添加中止期间（不计入期限）</Button>
          </Box>
        </Stack>
      </Paper>
      {result.isError && !fields.start && <ErrorState error={result.error} />}
      {result.data && info && (
        <Paper sx={{ p: 2.5 }} data-testid="deadline-result">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{info.label}</Typography>
            <Chip size="small" label={CONFIDENCE.label(info.confidence)} color={info.confidence === 'statutory' ? 'success' : info.confidence === 'local' ? 'info' : 'warning'} />
            <Chip size="small" variant="outlined" label={info.actor === 'bureau' ? '本机关的办理期限' : '当事人的期限'} />
          </Stack>
          <Typography variant="h4" component="p" sx={{ my: 1 }} data-testid="deadline-due">
            {info.direction === 'before' ? '最迟' : '届满'} {formatDateZh(result.data.due)}
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>{result.data.due}</Typography>
          </Typography>
          {result.data.warnings.map((w) => <Alert key={w} severity="warning" sx={{ mb: 1.5 }} data-testid="deadline-warning">{w}</Alert>)}
          {result.data.provisional && (
            <Alert severity="warning" sx={{ mb: 1.5 }}>
              计算中用到的年份尚未录入放假安排，日期为暂定。请在“设置 → 节假日”录入国务院办公厅当年的放假通知。
            </Alert>
          )}
          <Typography variant="subtitle2" sx={{ mt: 1 }}>推算过程</Typography>
          <Box component="ol" sx={{ pl: 3, my: 1 }} data-testid="deadline-trace">
            {result.data.trace.map((line, i) => <li key={i}><Typography variant="body2">{line}</Typography></li>)}
          </Box>
        </Paper>
      )}
    </>
  );
}
