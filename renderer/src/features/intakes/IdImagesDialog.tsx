// 身份证件照片: photos or scans of one person's identity document (sensitive personal information, GB/T 45574-2025).
// The list says what is kept — never the picture. Looking at one asks why first; the core records the view and
// the reason before it sends the picture, which lives only in this dialog (a blob URL dropped on closing) under a
// watermark naming the viewer. A wrong picture is withdrawn with the reason; nothing is ever deleted.
import BadgeOutlinedIcon from '@mui/icons-material/BadgeOutlined';
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { MAX_ID_IMAGE_BYTES, type IdImageRecord, type IdImageView } from '../../../../shared/contract/id-images';
import { ID_IMAGE_SIDE, type IdImageSide, type IntakeKind } from '../../../../shared/domain/vocabulary';
import { usePermissions, useSession } from '../../app/session';
import { fmtDateTime } from '../../components/format';
import { ReasonStep } from '../../components/ReasonDialog';
import { ErrorState, Loading } from '../../components/States';
import { errorMessage } from '../../platform/api';
import { useAddIdImage, useIdImages, useViewIdImage, useWithdrawIdImage } from './queries';

/** Who may see (and so list) and who may take a person's ID pictures; a reporter's need 'reporter.read' as well. */
export function useIdImagePermission(): { view: (kind: IntakeKind) => boolean; add: boolean } {
  const permissions = usePermissions();
  const reporterOk = (kind: IntakeKind) => kind !== 'report' || permissions.has('reporter.read');
  return { view: (kind) => permissions.has('idImage.view') && reporterOk(kind), add: permissions.has('idImage.add') };
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const typeText = (mime: IdImageRecord['mime']) => (mime === 'image/png' ? 'PNG' : 'JPG');

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
    reader.readAsDataURL(file);
  });
}

/** The picture, under a watermark naming who looks and when; it can be neither dragged out nor right-click saved. */
function Picture({ view }: { view: IdImageView }) {
  const session = useSession();
  // The URL is made and dropped by one effect, so a remount (or StrictMode's second run) never shows a revoked one.
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const bytes = Uint8Array.from(atob(view.contentBase64), (c) => c.charCodeAt(0));
    const made = URL.createObjectURL(new Blob([bytes], { type: view.record.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [view]);
  const mark = `仅供核对身份 · ${session.staff.name} · ${fmtDateTime(Date.now())}`;
  return (
    <Box sx={{ position: 'relative', overflow: 'hidden', borderRadius: 1, bgcolor: 'grey.100', userSelect: 'none' }} onContextMenu={(e) => e.preventDefault()}>
      {url && <Box component="img" src={url} alt={`${ID_IMAGE_SIDE.label(view.record.side)}照片`} draggable={false} data-testid="id-image" sx={{ display: 'block', width: '100%', maxHeight: '60vh', objectFit: 'contain' }} />}
      <Box aria-hidden sx={{ position: 'absolute', inset: '-50%', display: 'flex', flexWrap: 'wrap', alignContent: 'space-around', gap: 6, transform: 'rotate(-24deg)', pointerEvents: 'none' }}>
        {Array.from({ length: 24 }, (_, i) => (
          <Typography key={i} sx={{ color: 'rgba(180, 0, 0, 0.22)', fontSize: 15, fontWeight: 600, whiteSpace: 'nowrap' }}>{mark}</Typography>
        ))}
      </Box>
    </Box>
  );
}

type Step = { at: 'list' } | { at: 'why'; image: IdImageRecord } | { at: 'shown'; view: IdImageView; reason: string } | { at: 'withdraw'; image: IdImageRecord };

/** Looking at a picture asks why first; the core records the view and the reason before it sends the picture. */
function ViewStep({ image, onBack, onShown }: { image: IdImageRecord; onBack: () => void; onShown: (view: IdImageView, reason: string) => void }) {
  const viewing = useViewIdImage({ fields: ['reason'] });
  return (
    <ReasonStep
      explain={<>证件照片属于敏感个人信息，仅在办案确有需要时查看。请写明查看理由，<b>本次查看将记入审计记录</b>，包括查看人、时间和理由。</>}
      reason={{ label: '查看理由', example: '核对申请人身份', hint: '不少于4个字，说明因办理什么事项需要查看' }}
      confirm={{ label: `查看${ID_IMAGE_SIDE.label(image.side)}`, busyLabel: '正在查看…' }}
      mutation={viewing}
      input={(reason) => ({ id: image.id, reason })}
      onBack={onBack}
      onDone={(view, reason) => onShown(view, reason.trim())}
    />
  );
}

/** A wrong picture is withdrawn with the reason; it is kept, never deleted. */
function WithdrawStep({ image, onBack, onWithdrawn }: { image: IdImageRecord; onBack: () => void; onWithdrawn: () => void }) {
  const withdrawing = useWithdrawIdImage({ fields: ['reason'] });
  const side = ID_IMAGE_SIDE.label(image.side);
  return (
    <ReasonStep
      explain={`撤回后这张${side}照片不再显示，但仍按规定留存，撤回人、时间和理由记入审计记录。照片有误（拍错了人、拍糊了、传错了面）时才撤回。`}
      reason={{ label: '撤回理由', example: '误传了他人的证件', hint: '不少于4个字' }}
      confirm={{ label: '撤回这张照片', busyLabel: '正在撤回…', color: 'warning' }}
      mutation={withdrawing}
      input={(reason) => ({ id: image.id, reason })}
      onBack={onBack}
      onDone={onWithdrawn}
    />
  );
}

function Upload({ personId, onAdded }: { personId: string; onAdded: (r: IdImageRecord) => void }) {
  const [side, setSide] = useState<IdImageSide>('portrait');
  const [fileName, setFileName] = useState('');
  const adding = useAddIdImage();
  const busy = adding.busy;
  const input = useRef<HTMLInputElement>(null);
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setFileName(file.name);
    // The core checks again (this is only to spare a long wait); it also reads what the file really is.
    if (file.size > MAX_ID_IMAGE_BYTES) return adding.refuse({}, `有 ${sizeText(file.size)}，超过 8 MB：请压缩或降低扫描分辨率后再上传`);
    let contentBase64: string;
    try {
      contentBase64 = await readBase64(file);
    } catch (err) {
      return adding.refuse({}, errorMessage(err));
    }
    const r = await adding.run({ personId, side, contentBase64 });
    if (r.ok) onAdded(r.value);
  };
  const failure = adding.formError && `“${fileName}”未上传：${adding.formError}`;
  return (
    <Stack spacing={1.5}>
      <Typography variant="subtitle2">上传照片或扫描件</Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup size="small" exclusive value={side} onChange={(_, v: IdImageSide | null) => v && setSide(v)} aria-label="证件的哪一面">
          {ID_IMAGE_SIDE.values.map((s) => (
            <ToggleButton key={s} value={s} sx={{ px: 1.5 }}>{ID_IMAGE_SIDE.label(s)}</ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Button variant="outlined" startIcon={<UploadFileOutlinedIcon />} disabled={busy} onClick={() => input.current?.click()}>
          {busy ? '正在上传…' : `选择${ID_IMAGE_SIDE.label(side)}照片…`}
        </Button>
        <input ref={input} type="file" hidden accept=".jpg,.jpeg,.png,image/jpeg,image/png" onChange={(e) => void pick(e)} data-testid="id-image-file" />
      </Stack>
      <Typography variant="caption" color="text.secondary">JPG 或 PNG，不超过 8 MB；居民身份证请分别上传人像面和国徽面。上传人和时间记入审计记录。</Typography>
      {failure && <Alert severity="error">{failure}</Alert>}
    </Stack>
  );
}

function IdImagesDialog({ personId, name, canAdd, onClose }: { personId: string; name: string; canAdd: boolean; onClose: () => void }) {
  const list = useIdImages(personId);
  const [step, setStep] = useState<Step>({ at: 'list' });
  const [notice, setNotice] = useState<string | null>(null);
  const images = list.data ?? [];
  const current = images.filter((i) => i.status === 'current');
  const withdrawn = images.filter((i) => i.status === 'withdrawn');

  const row = (i: IdImageRecord) => (
    <ListItem
      key={i.id}
      divider
      data-testid="id-image-row"
      secondaryAction={
        i.status === 'current' ? (
          <Stack direction="row" spacing={0.5}>
            <Button size="small" onClick={() => setStep({ at: 'why', image: i })}>查看</Button>
            {canAdd && <Button size="small" color="warning" onClick={() => setStep({ at: 'withdraw', image: i })}>撤回</Button>}
          </Stack>
        ) : undefined
      }
    >
      <ListItemText
        primary={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{ID_IMAGE_SIDE.label(i.side)}</span>
            {i.status === 'withdrawn' && <Chip size="small" label="已撤回" variant="outlined" />}
          </Stack>
        }
        secondary={
          i.status === 'withdrawn'
            ? `${i.withdrawnByName ?? ''} ${i.withdrawnAt ? fmtDateTime(i.withdrawnAt) : ''} 撤回：${i.withdrawnReason ?? ''}`
            : `${i.addedByName} ${fmtDateTime(i.addedAt)} 上传 · ${typeText(i.mime)} ${i.width}×${i.height} · ${sizeText(i.bytes)}`
        }
      />
    </ListItem>
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth={step.at === 'shown' ? 'md' : 'sm'} aria-labelledby="id-images-title">
      <DialogTitle id="id-images-title">身份证件照片：{name}</DialogTitle>
      <DialogContent>
        {step.at === 'why' && (
          <ViewStep image={step.image} onBack={() => setStep({ at: 'list' })} onShown={(view, reason) => setStep({ at: 'shown', view, reason })} />
        )}
        {step.at === 'withdraw' && (
          <WithdrawStep
            image={step.image}
            onBack={() => setStep({ at: 'list' })}
            onWithdrawn={() => {
              setNotice(`已撤回${ID_IMAGE_SIDE.label(step.image.side)}照片`);
              setStep({ at: 'list' });
            }}
          />
        )}
        {step.at === 'shown' && (
          <Stack spacing={1.5}>
            <Picture view={step.view} />
            <Alert severity="info" icon={false}>
              {ID_IMAGE_SIDE.label(step.view.record.side)}，{step.view.record.addedByName} {fmtDateTime(step.view.record.addedAt)} 上传。本次查看已记入审计记录（理由：{step.reason}）。返回或关闭后照片即不再显示。请勿翻拍、截屏或向无关人员展示。
            </Alert>
          </Stack>
        )}
        {step.at === 'list' && (
          <Stack spacing={2}>
            {notice && <Alert severity="success">{notice}</Alert>}
            {list.isPending ? (
              <Loading />
            ) : list.isError ? (
              <ErrorState error={list.error} onRetry={() => void list.refetch()} />
            ) : current.length === 0 && withdrawn.length === 0 ? (
              <Typography color="text.secondary">尚未留存证件照片。</Typography>
            ) : (
              <List dense disablePadding aria-label="已留存的证件照片">
                {current.map(row)}
                {withdrawn.map(row)}
              </List>
            )}
            {canAdd && (
              <Upload
                personId={personId}
                onAdded={(r) => setNotice(`已上传${ID_IMAGE_SIDE.label(r.side)}照片`)}
              />
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {step.at === 'shown' && <Button onClick={() => setStep({ at: 'list' })}>返回列表</Button>}
        <Button variant={step.at === 'shown' ? 'contained' : 'text'} onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}

/** The small 证件照片 button under a person's ID; the dialog lists, uploads, and shows with a reason. */
export function IdImagesButton({ personId, name, canAdd }: { personId: string; name: string; canAdd: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        startIcon={<BadgeOutlinedIcon sx={{ fontSize: '16px !important' }} />}
        onClick={() => setOpen(true)}
        aria-label={`证件照片：${name}`}
        title="身份证件照片（查看须说明理由，记入审计记录）"
        sx={{ minWidth: 0, px: 0.75, py: 0, fontSize: 12 }}
      >
        证件照片
      </Button>
      {open && <IdImagesDialog personId={personId} name={name} canAdd={canAdd} onClose={() => setOpen(false)} />}
    </>
  );
}
