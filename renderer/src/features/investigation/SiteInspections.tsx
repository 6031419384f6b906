// 现场检查 on the 调查取证 panel, beside the interviews: each inspection with its time, place, inspectors, who was
// present, what was found and its photos as thumbnails (opened large); drafts edited, finalised after reading back to
// those present, corrected by an appended 更正, printed for signature.
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { FileInvestigation } from '../../../../shared/contract/investigation';
import type { SiteInspectionView } from '../../../../shared/contract/site-inspection';
import { dateTimeOf } from '../../../../shared/domain/time';
import { SignedRecordCorrectionDialog, SignedRecordCorrections } from '../../components/SignedRecordCorrection';
import { ErrorState, Loading } from '../../components/States';
import { SiteInspectionDialog } from './SiteInspectionDialog';
import { PhotoThumb } from './SitePhotos';
import { useCorrectSiteInspection, useFileSiteInspections, useFinaliseSiteInspection, usePrintSiteInspection } from './queries';

type Open = { kind: 'edit'; record: SiteInspectionView | null } | { kind: 'finalise'; record: SiteInspectionView } | { kind: 'correct'; record: SiteInspectionView } | null;

function FinaliseDialog({ record, onClose }: { record: SiteInspectionView; onClose: () => void }) {
  const finalising = useFinaliseSiteInspection();
  const go = async () => {
    const r = await finalising.run({ id: record.id, rowVersion: record.rowVersion });
    if (r.ok) onClose();
  };
  const fields = finalising.error?.fields ? Object.values(finalising.error.fields) : [];
  return (
    <Dialog open onClose={finalising.busy ? undefined : onClose} aria-labelledby="site-finalise-title">
      <DialogTitle id="site-finalise-title">现场检查笔录定稿</DialogTitle>
      <DialogContent>
        <DialogContentText>请确认已向在场人员宣读笔录或由其阅看，照片及说明核对无误。定稿后笔录和照片<b>不能再修改</b>，发现错误只能追加更正并写明理由。</DialogContentText>
        {finalising.error && <Alert severity="error" sx={{ mt: 2 }}>{fields.length > 0 ? fields.join('；') : finalising.error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={finalising.busy}>取消</Button>
        <Button variant="contained" onClick={() => void go()} disabled={finalising.busy}>{finalising.busy ? '正在定稿…' : '定稿'}</Button>
      </DialogActions>
    </Dialog>
  );
}

function InspectionCard({ r, mayAct, onOpen, onPrinted }: { r: SiteInspectionView; mayAct: boolean; onOpen: (o: Open) => void; onPrinted: (m: string) => void }) {
  const printing = usePrintSiteInspection();
  const print = async () => {
    const res = await printing.run({ id: r.id });
    if (res.ok) onPrinted(`已生成${res.value.title}：请在下方“文书”中打印，交在场人员逐页签名，检查人员、记录人签名。`);
  };
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="site-inspection">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>现场检查：{r.place}</Typography>
        <Chip size="small" color={r.status === 'final' ? 'success' : 'default'} label={r.status === 'final' ? '已定稿' : '草稿'} data-testid="site-status" />
        <Box sx={{ flex: 1 }} />
        {mayAct && r.status === 'draft' && <Button size="small" onClick={() => onOpen({ kind: 'edit', record: r })}>修改</Button>}
        {mayAct && r.status === 'draft' && <Button size="small" variant="outlined" onClick={() => onOpen({ kind: 'finalise', record: r })}>定稿</Button>}
        {mayAct && r.status === 'final' && <Button size="small" onClick={() => onOpen({ kind: 'correct', record: r })}>追加更正</Button>}
        {mayAct && r.status === 'final' && <Button size="small" variant="outlined" onClick={() => void print()} disabled={printing.busy}>{printing.busy ? '正在生成…' : '打印笔录'}</Button>}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {dateTimeOf(r.startedAt)}{r.endedAt ? ` 至 ${dateTimeOf(r.endedAt).slice(11)}` : '（未填结束时间）'} · 检查人员 {r.inspectors.map((i) => i.name).join('、')} · 被检查单位 {r.employerName}
        {r.present.length > 0 ? ` · 在场 ${r.present.map((p) => (p.post ? `${p.name}（${p.post}）` : p.name)).join('、')}` : ''}
      </Typography>
      {printing.error && <Alert severity="error" sx={{ mt: 1 }}>{printing.error.message}</Alert>}
      {r.findings && <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', my: 1 }} data-testid="site-findings">{r.findings}</Typography>}
      {r.photos.length > 0 && (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5, mt: 1 }} aria-label="现场照片">
          {r.photos.map((p, n) => <PhotoThumb key={p.id} inspectionId={r.id} photos={r.photos} index={n} />)}
        </Stack>
      )}
      <SignedRecordCorrections corrections={r.corrections} testId="site-correction" />
    </Paper>
  );
}

/** The site inspections of a file, under the interviews on the 调查取证 panel. */
export function SiteInspections({ investigation, onMessage }: { investigation: FileInvestigation; onMessage: (m: string) => void }) {
  const q = useFileSiteInspections(investigation.caseFileId);
  const [open, setOpen] = useState<Open>(null);
  const filed = investigation.proceedings.find((p) => p.filed);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data;
  const close = () => setOpen(null);
  return (
    <Stack spacing={1.5} sx={{ mt: 2 }} data-testid="site-inspections">
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>现场检查</Typography>
        {data.mayAct && filed && <Button variant="outlined" size="small" onClick={() => setOpen({ kind: 'edit', record: null })}>新建现场检查笔录</Button>}
      </Stack>
      {data.inspections.map((r) => <InspectionCard key={r.id} r={r} mayAct={data.mayAct} onOpen={setOpen} onPrinted={onMessage} />)}
      {data.inspections.length === 0 && <Typography variant="body2" color="text.secondary">尚无现场检查笔录。</Typography>}
      {open?.kind === 'edit' && filed && <SiteInspectionDialog investigation={investigation} sites={data} proceedingId={open.record?.proceedingId ?? filed.proceedingId} record={open.record} onClose={close} />}
      {open?.kind === 'finalise' && <FinaliseDialog record={open.record} onClose={close} />}
      {open?.kind === 'correct' && (
        <SignedRecordCorrectionDialog recordId={open.record.id} useCorrect={useCorrectSiteInspection} title="追加更正" onClose={close}
          explain={<>更正附在定稿的现场检查笔录之后，原笔录和照片不变；更正人、时间和理由记入案卷记录。</>}
          reasonExample="核对照片时发现楼号记错" />
      )}
    </Stack>
  );
}
