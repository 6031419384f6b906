// A document's service as the documents panel shows it: each service (method, recipient, date and hour, who signed,
// whether it moved a clock, its proof) and, for a served kind, "未送达" with the recipients still owed it.
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { FileServices, ServedDocument, ServiceRecord } from '../../../../shared/contract/services';
import { serviceLine } from '../../../../shared/domain/service';
import { RECEIVER_RELATION, SERVICE_PROOF } from '../../../../shared/domain/vocabulary';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ServiceDialog } from './ServiceDialog';
import { ReceiptDialog, RecordedReceiptButton } from './ReceiptDialog';
import { useServiceProof, useVoidService } from './queries';

function details(s: ServiceRecord): string {
  const parts: string[] = [];
  if (s.receivedBy) parts.push(`${s.receivedBy}${s.relation ? `（${RECEIVER_RELATION.label(s.relation)}）` : ''}签收`);
  if (s.witnesses.length > 0) parts.push(`见证人：${s.witnesses.join('、')}`);
  if (s.trackingNumber) parts.push(`邮件单号 ${s.trackingNumber}`);
  if (s.entrustedTo) parts.push(`受托机关：${s.entrustedTo}`);
  if (s.electronicAddress) parts.push(`${s.electronicAddress}${s.electronicConfirmed ? '，已确认收到' : '，未确认收到'}`);
  if (s.noticePlace) parts.push(`刊登于${s.noticePlace}，公告期${s.noticeDays ?? ''}日`);
  parts.push(`送达人 ${s.servedBy.name}`);
  return parts.join('；');
}

function ProofButton({ proof }: { proof: ServiceRecord['proofs'][number] }) {
  const viewing = useServiceProof();
  const open = async () => {
    const r = await viewing.run({ proofId: proof.id });
    if (!r.ok) return;
    const bytes = Uint8Array.from(atob(r.value.contentBase64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: r.value.mime }));
    window.open(url, '_blank', 'noopener');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <Button size="small" startIcon={<ReceiptLongIcon />} onClick={() => void open()} disabled={viewing.busy} title={proof.fileName ?? undefined}>
      {SERVICE_PROOF.label(proof.purpose)}
    </Button>
  );
}

function ServiceRow({ s, mayAct }: { s: ServiceRecord; mayAct: boolean }) {
  const [voiding, setVoiding] = useState(false);
  const mutation = useVoidService({ fields: ['reason'] });
  const voided = s.status === 'void';
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 0.5, opacity: voided ? 0.6 : 1 }} data-testid="service-row">
      <Chip size="small" color={voided ? 'default' : 'success'} variant="outlined" label={voided ? '已作废' : '已送达'} />
      <Box sx={{ flex: 1, minWidth: 280 }}>
        <Typography variant="body2" component="div" sx={{ textDecoration: voided ? 'line-through' : undefined }}>{serviceLine(s)}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {details(s)}
          {s.noClock && !voided ? `。${s.noClock}` : ''}
          {voided ? `。作废理由：${s.voidReason ?? ''}` : ''}
        </Typography>
      </Box>
      {s.proofs.map((p) => <ProofButton key={p.id} proof={p} />)}
      {mayAct && !voided && <RecordedReceiptButton documentId={s.documentId} recipientId={s.recipientId} />}
      {mayAct && !voided && <Button size="small" color="error" onClick={() => setVoiding(true)}>作废</Button>}
      {voiding && (
        <ReasonDialog
          title={`作废送达记录：${s.recipientName}`}
          explain="作废后，这次送达不再作为期限的起算，相关期限按其余记录重新计算；记录和凭证保留可查。如需更正，请作废后重新登记。"
          reason={{ label: '作废理由', example: '送达对象登记错误', hint: '不少于4个字，记入案卷办理记录和审计记录' }}
          confirm={{ label: '作废', busyLabel: '正在作废…', color: 'error' }}
          mutation={mutation}
          input={(reason) => ({ id: s.id, reason: reason.trim() })}
          onDone={() => setVoiding(false)}
          onClose={() => setVoiding(false)}
        />
      )}
    </Stack>
  );
}

export function ServiceStatus({ doc, file }: { doc: ServedDocument; file: FileServices }) {
  const [recording, setRecording] = useState(false);
  const [receipt, setReceipt] = useState(false);
  const owed = doc.unserved;
  if (doc.services.length === 0 && owed.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }} data-testid="document-service">
      {owed.length > 0 && (
        <Alert severity="warning" sx={{ py: 0 }} data-testid="document-unserved"
          action={file.mayAct ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Button size="small" color="inherit" onClick={() => setReceipt(true)}>制作送达回证</Button>
              <Button size="small" color="inherit" onClick={() => setRecording(true)}>登记送达</Button>
            </Stack>
          ) : undefined}>
          未送达：{owed.map((o) => o.name).join('、')}
        </Alert>
      )}
      {doc.services.map((s) => <ServiceRow key={s.id} s={s} mayAct={file.mayAct} />)}
      {recording && <ServiceDialog doc={doc} file={file} onClose={() => setRecording(false)} />}
      {receipt && <ReceiptDialog doc={doc} onClose={() => setReceipt(false)} />}
    </Box>
  );
}
