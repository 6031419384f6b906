// 制作送达回证 for a document issued from the case: before service, for a recipient still owed it and the method chosen
// (the core refuses a method the document may not be served by — 留置 of a 调解书 — with the statute's reason); after
// service, from the recorded service (its method, day and hour, who signed, who served). The receipt joins the file's
// documents, where it is printed like any other.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { ServedDocument } from '../../../../shared/contract/services';
import type { DocumentRecord } from '../../../../shared/contract/documents';
import { SERVICE_METHOD, type ServiceMethodCode } from '../../../../shared/domain/vocabulary';
import { useServiceReceipt } from './queries';

/** The methods a receipt is printed for before service (公告 and 张贴 have no recipient's signature). */
const RECEIPT_METHODS: ServiceMethodCode[] = ['direct', 'post', 'entrusted', 'left', 'electronic'];
type ReceiptMethod = 'direct' | 'post' | 'entrusted' | 'left' | 'electronic';

export function ReceiptDialog({ doc, onClose }: { doc: ServedDocument; onClose: () => void }) {
  const making = useServiceReceipt({ fields: ['recipientId', 'method'] });
  const [recipientId, setRecipientId] = useState(doc.unserved[0]?.recipientId ?? '');
  const [method, setMethod] = useState<ReceiptMethod>('direct');
  const [made, setMade] = useState<DocumentRecord | null>(null);
  const make = async () => {
    const r = await making.run({ documentId: doc.documentId, recipientId, method });
    if (r.ok) setMade(r.value);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="receipt-title">
      <DialogTitle id="receipt-title">制作送达回证：{doc.title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label="受送达人" value={recipientId} onChange={(e) => setRecipientId(e.target.value)} error={!!making.fieldErrors.recipientId} helperText={making.fieldErrors.recipientId}>
            {doc.unserved.map((u) => <MenuItem key={u.recipientId} value={u.recipientId}>{u.name}</MenuItem>)}
          </TextField>
          <TextField select label="送达方式" value={method} onChange={(e) => setMethod(e.target.value as ReceiptMethod)} error={!!making.fieldErrors.method} helperText={making.fieldErrors.method} data-testid="receipt-method">
            {RECEIPT_METHODS.map((m) => <MenuItem key={m} value={m}>{SERVICE_METHOD.label(m)}</MenuItem>)}
          </TextField>
          {making.formError && <Alert severity="error">{making.formError}</Alert>}
          {made && <Alert severity="success" data-testid="receipt-made">已制作送达回证（{made.title}），已记入本案卷的文书，可在文书列表中打印；受送达人签收后请登记送达。</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{made ? '完成' : '取消'}</Button>
        {!made && <Button variant="contained" onClick={() => void make()} disabled={making.busy || !recipientId}>{making.busy ? '正在制作…' : '制作'}</Button>}
      </DialogActions>
    </Dialog>
  );
}

/** 送达回证 of a recorded service, carrying its facts. */
export function RecordedReceiptButton({ documentId, recipientId }: { documentId: string; recipientId: string }) {
  const making = useServiceReceipt();
  const [done, setDone] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => void making.run({ documentId, recipientId }).then((r) => setDone(r.ok))} disabled={making.busy}>
        {making.busy ? '正在制作…' : done ? '已制作送达回证' : '制作送达回证'}
      </Button>
      {making.formError && <Alert severity="error" sx={{ py: 0 }}>{making.formError}</Alert>}
    </>
  );
}
