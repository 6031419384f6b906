// An intake's routings (归口办理) on its page: each department it went to, whether it was taken (签收, by whom) or
// returned with the reason; the body or unit named. A returned intake is routed again here — to another department,
// or on another route (a new proceeding of the right kind; its clocks still run from the bureau's receipt).
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { IntakeDetail } from '../../../../shared/contract/intakes';
import type { RoutingItem } from '../../../../shared/contract/routing';
import { INTAKE_ROUTE, ROUTING_STATUS, type IntakeRoute } from '../../../../shared/domain/vocabulary';
import { Section } from '../../components/DetailFields';
import { fmtDateTime } from '../../components/format';
import { onFormSubmit } from '../../platform/mutations';
import { useIntakeRoutings, useReroute, useRoutingOptions } from './queries';

const STATUS_COLOR = { awaiting: 'info', accepted: 'success', returned: 'warning', referred: 'default', awaitingTransfer: 'warning', superseded: 'default' } as const;

function where(r: RoutingItem): string {
  return r.department?.name ?? r.otherUnit?.name ?? r.otherBody ?? '—';
}

export function IntakeRouting({ intake }: { intake: IntakeDetail }) {
  const routings = useIntakeRoutings(intake.id);
  const [rerouting, setRerouting] = useState(false);
  const rows = routings.data?.routings ?? [];
  if (rows.length === 0 && !routings.data?.mayReroute) return null;
  const last = rows.at(-1);
  return (
    <Section title="分办和签收">
      {intake.status === 'returned' && last?.returnReason && (
        <Alert severity="warning" sx={{ mb: 1 }} action={routings.data?.mayReroute && <Button color="inherit" size="small" onClick={() => setRerouting(true)}>重新分办</Button>}>
          {last.department?.name ?? '承办部门'}已退回：{last.returnReason}
        </Alert>
      )}
      {intake.status === 'registered' && (
        <Alert severity="info" sx={{ mb: 1 }} action={routings.data?.mayReroute && <Button color="inherit" size="small" onClick={() => setRerouting(true)}>分办</Button>}>
          本登记暂未分办：请分办到承办部门、告知其前往的机关，或登记答复。
        </Alert>
      )}
      {rows.length > 0 && (
        <Paper variant="outlined">
          <Table size="small" aria-label="分办记录">
            <TableHead>
              <TableRow>
                <TableCell>分办至</TableCell>
                <TableCell>分办</TableCell>
                <TableCell>状态</TableCell>
                <TableCell>签收或退回</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{where(r)}{r.note ? <Typography variant="caption" component="div" color="text.secondary">{r.note}</Typography> : null}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.routedBy.name} {fmtDateTime(r.routedAt)}</TableCell>
                  <TableCell><Chip size="small" variant="outlined" color={STATUS_COLOR[r.status]} label={ROUTING_STATUS.label(r.status)} /></TableCell>
                  <TableCell>{r.decidedBy ? `${r.decidedBy.name} ${r.decidedAt ? fmtDateTime(r.decidedAt) : ''}${r.returnReason ? `：${r.returnReason}` : ''}` : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {rerouting && <RerouteDialog intake={intake} onClose={() => setRerouting(false)} />}
    </Section>
  );
}

const ROUTES: IntakeRoute[] = ['inspection', 'arbitration', 'mediation', 'transfer', 'referredElsewhere', 'answered'];

function RerouteDialog({ intake, onClose }: { intake: IntakeDetail; onClose: () => void }) {
  const options = useRoutingOptions();
  const fields = ['route', 'departmentId', 'transferUnitId', 'otherBody', 'answer', 'note'];
  const reroute = useReroute({ fields });
  // A first routing of an intake registered without one (暂不分办), or a returned one routed again.
  const first = intake.status === 'registered';
  const verb = first ? '分办' : '重新分办';
  const allowed = ROUTES.filter((r) => !(intake.kind === 'report' && (r === 'arbitration' || r === 'mediation')));
  const [route, setRoute] = useState<IntakeRoute>(allowed.find((r) => r !== intake.route) ?? 'inspection');
  const byRoute = options.data?.byRoute[route] ?? [];
  const [departmentId, setDepartmentId] = useState('');
  const [transferUnitId, setTransferUnitId] = useState('');
  const [otherBody, setOtherBody] = useState('');
  const [answer, setAnswer] = useState('');
  const [note, setNote] = useState('');
  const departments = (options.data?.departments ?? []).filter((d) => byRoute.includes(d.id));
  const submit = onFormSubmit(async () => {
    const r = await reroute.run({
      intakeId: intake.id,
      rowVersion: intake.rowVersion,
      route,
      departmentId: departments.length > 0 ? departmentId || null : null,
      transferUnitId: route === 'transfer' ? transferUnitId || null : null,
      otherBody: route === 'referredElsewhere' ? otherBody : null,
      answer: route === 'answered' ? answer : null,
      note,
    });
    if (r.ok) onClose();
  });
  const err = reroute.fieldErrors;
  return (
    <Dialog open onClose={reroute.busy ? undefined : onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit}>
        <DialogTitle>{verb}：{intake.regNoText}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {first
                ? `转办的，立卷并分办到承办部门；办理期限自本机关收到之日（${intake.receivedDate}）起算。`
                : `改派其他部门的，原程序继续；改为其他去向的，原程序以“已改由其他程序办理”结束，新程序的期限仍自本机关收到之日（${intake.receivedDate}）起算。`}
            </Typography>
            <TextField select label="处理去向" value={route} onChange={(e) => { setRoute(e.target.value as IntakeRoute); setDepartmentId(''); }} error={!!err.route} helperText={err.route}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
              {allowed.map((r) => <option key={r} value={r}>{INTAKE_ROUTE.label(r)}</option>)}
            </TextField>
            {departments.length > 0 && (
              <TextField select label="承办部门" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} error={!!err.departmentId} helperText={err.departmentId ?? '不选则分办给本单位对应的部门'}
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
                <option value="">（按去向默认：{departments[0]!.name}）</option>
                {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </TextField>
            )}
            {route === 'transfer' && (
              <TextField select label="移送单位" value={transferUnitId} onChange={(e) => setTransferUnitId(e.target.value)} error={!!err.transferUnitId} helperText={err.transferUnitId}
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
                <option value="">请选择</option>
                {(options.data?.units ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </TextField>
            )}
            {route === 'referredElsewhere' && <TextField label="告知其前往的部门或机关" value={otherBody} onChange={(e) => setOtherBody(e.target.value)} error={!!err.otherBody} helperText={err.otherBody} />}
            {route === 'answered' && <TextField label="答复内容" value={answer} onChange={(e) => setAnswer(e.target.value)} multiline minRows={2} error={!!err.answer} helperText={err.answer} />}
            <TextField label="分办说明（可不填）" value={note} onChange={(e) => setNote(e.target.value)} error={!!err.note} helperText={err.note} />
            {reroute.formError && <Alert severity="error">{reroute.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={reroute.busy}>取消</Button>
          <Button type="submit" variant="contained" disabled={reroute.busy}>{reroute.busy ? '正在分办…' : verb}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
