// 仲裁庭室: the institute's hearing rooms, kept by the administrator — name, seats, recording equipment. A room is
// deactivated, never deleted: the hearings held in it keep naming it.
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { HearingRoom } from '../../../../shared/contract/hearings';
import { ErrorState, Loading } from '../../components/States';
import { onFormSubmit } from '../../platform/mutations';
import { useRooms, useSaveRoom } from '../hearings/queries';

function RoomDialog({ room, onClose }: { room: HearingRoom | null; onClose: () => void }) {
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState(String(room?.capacity ?? 12));
  const [recording, setRecording] = useState(room?.recording ?? false);
  const [active, setActive] = useState(room?.active ?? true);
  const saving = useSaveRoom({ fields: ['name', 'capacity'] });
  const send = onFormSubmit(async () => {
    const n = Number(capacity);
    if (!/^\d+$/.test(capacity.trim())) return saving.refuse({ capacity: '可容纳人数应为整数' });
    const r = await saving.run({ id: room?.id ?? null, name, capacity: n, recording, active, expectedRowVersion: room?.rowVersion ?? null });
    if (r.ok) onClose();
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="room-title">
      <form onSubmit={send} noValidate>
        <DialogTitle id="room-title">{room ? `修改：${room.name}` : '添加仲裁庭室'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField label="庭室名称" value={name} onChange={(e) => { setName(e.target.value); saving.clearField('name'); }} error={!!saving.fieldErrors.name} helperText={saving.fieldErrors.name ?? '如 第一仲裁庭'} />
            <TextField label="可容纳人数" value={capacity} onChange={(e) => { setCapacity(e.target.value); saving.clearField('capacity'); }} error={!!saving.fieldErrors.capacity} helperText={saving.fieldErrors.capacity} />
            <FormControlLabel control={<Checkbox checked={recording} onChange={(e) => setRecording(e.target.checked)} />} label="有同步录音录像设备" />
            {room && <FormControlLabel control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />} label="启用（停用后不能再安排开庭，已有记录保留）" />}
            {saving.formError && <Alert severity="error">{saving.formError}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>取消</Button>
          <Button type="submit" variant="contained" disabled={saving.busy}>保存</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function RoomsTab() {
  const rooms = useRooms();
  const [editing, setEditing] = useState<HearingRoom | 'new' | null>(null);
  if (rooms.isPending) return <Loading />;
  if (rooms.isError) return <ErrorState error={rooms.error} onRetry={() => void rooms.refetch()} />;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>仲裁院的开庭场所。停用的庭室不能再安排开庭，已有的开庭记录保留。</Typography>
        <Button variant="contained" size="small" onClick={() => setEditing('new')}>添加仲裁庭室</Button>
      </Stack>
      <Table size="small" aria-label="仲裁庭室">
        <TableHead><TableRow><TableCell>名称</TableCell><TableCell>可容纳人数</TableCell><TableCell>录音录像</TableCell><TableCell>状态</TableCell><TableCell /></TableRow></TableHead>
        <TableBody>
          {rooms.data.length === 0 && <TableRow><TableCell colSpan={5}><Typography color="text.secondary">尚未添加仲裁庭室</Typography></TableCell></TableRow>}
          {rooms.data.map((r) => (
            <TableRow key={r.id}>
              <TableCell>{r.name}</TableCell><TableCell>{r.capacity}</TableCell><TableCell>{r.recording ? '有' : '无'}</TableCell><TableCell>{r.active ? '启用' : '已停用'}</TableCell>
              <TableCell align="right"><Button size="small" onClick={() => setEditing(r)}>修改</Button></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <RoomDialog room={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
