// 查看完整个人信息: ID numbers and phones are shown masked (PIPL Art. 28); someone allowed may see one person's in
// full, after writing why — the core puts the view and its reason on the audit trail. The full values live only in
// this dialog: closing it forgets them, and the table keeps showing the masked ones.
import VisibilityOutlinedIcon from '@mui/icons-material/VisibilityOutlined';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { Revealed } from '../../../../shared/contract/personal';
import type { IntakeKind } from '../../../../shared/domain/vocabulary';
import { usePermissions } from '../../app/session';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useRevealPersonal } from './queries';

type Subject = 'person' | 'party';

/** Whether this person may unmask complainants of this kind of intake, and parties. */
export function useRevealPermission(): { people: (kind: IntakeKind) => boolean; parties: boolean } {
  const permissions = usePermissions();
  const unmask = permissions.has('personal.unmask');
  return {
    // A reporter's identity is confidential (劳动保障监察条例 Art. 9): unmasking them needs 'reporter.read' as well.
    people: (kind) => unmask && (kind !== 'report' || permissions.has('reporter.read')),
    parties: unmask,
  };
}

/** Masked values carry asterisks (540202********0019, 139****1234). */
export const isMasked = (v: string | null | undefined): boolean => !!v && v.includes('*');

function Shown({ shown, reason }: { shown: Revealed; reason: string }) {
  return (
    <Stack spacing={1.5} data-testid="revealed">
      <Box>
        <Typography variant="caption" color="text.secondary">证件号码</Typography>
        <Typography sx={{ fontFamily: 'monospace', fontSize: 18, letterSpacing: 0.5 }} data-testid="revealed-id">{shown.idNumber ?? '未登记'}</Typography>
      </Box>
      {shown.birthDate && (
        <Box>
          <Typography variant="caption" color="text.secondary">出生日期</Typography>
          <Typography sx={{ fontFamily: 'monospace', fontSize: 18 }} data-testid="revealed-birth-date">{shown.birthDate}</Typography>
        </Box>
      )}
      <Box>
        <Typography variant="caption" color="text.secondary">电话</Typography>
        {shown.phones.length > 0 ? (
          shown.phones.map((p) => <Typography key={p} sx={{ fontFamily: 'monospace', fontSize: 18 }} data-testid="revealed-phone">{p}</Typography>)
        ) : (
          <Typography>未登记</Typography>
        )}
      </Box>
      <Alert severity="info" icon={false}>本次查看已记入审计记录（理由：{reason}）。关闭本窗口后将重新隐去。请勿抄录、拍照或向无关人员透露。</Alert>
    </Stack>
  );
}

function RevealDialog({ subject, id, name, onClose }: { subject: Subject; id: string; name: string; onClose: () => void }) {
  const [shown, setShown] = useState<{ values: Revealed; reason: string } | null>(null);
  const revealing = useRevealPersonal({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`查看完整个人信息：${name}`}
      maxWidth="xs"
      explain={<>完整的证件号码、出生日期和电话属于个人信息，仅在办案确有需要时查看。请写明查看理由，<b>本次查看将记入审计记录</b>，包括查看人、时间和理由。</>}
      reason={{ label: '查看理由', example: '核对身份以制作送达回证', hint: '不少于4个字，说明因办理什么事项需要查看' }}
      confirm={{ label: '查看', busyLabel: '正在查看…' }}
      mutation={revealing}
      input={(reason) => ({ subject, id, reason })}
      onDone={(values, reason) => setShown({ values, reason: reason.trim() })}
      done={shown && { content: <Shown shown={shown.values} reason={shown.reason} />, closeLabel: '关闭' }}
      onClose={onClose}
    />
  );
}

/** The small 查看 button beside a masked value; the dialog it opens asks why before showing anything. */
export function RevealButton({ subject, id, name }: { subject: Subject; id: string; name: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        startIcon={<VisibilityOutlinedIcon sx={{ fontSize: '16px !important' }} />}
        onClick={() => setOpen(true)}
        aria-label={`查看完整信息：${name}`}
        title="查看完整的证件号码和电话（须说明理由，记入审计记录）"
        sx={{ minWidth: 0, px: 0.75, py: 0, fontSize: 12, verticalAlign: 'baseline' }}
      >
        查看
      </Button>
      {open && <RevealDialog subject={subject} id={id} name={name} onClose={() => setOpen(false)} />}
    </>
  );
}
