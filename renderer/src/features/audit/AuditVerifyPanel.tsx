// 核验审计链 and 导出链头: the verdict stated plainly (intact in green, broken in red with the first bad row), and
// the head exported as a file to keep away from this PC, so a later rewrite of the trail can be proven.
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import FileOpenIcon from '@mui/icons-material/FileOpen';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Alert, AlertTitle, Button, Paper, Stack, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import type { AuditHead, AuditVerifyResult } from '../../../../shared/contract/audit';
import { downloadHead, fmtSeconds, headFileName, parseHeadFile } from './audit-format';
import { useExportAuditHead, useVerifyAudit } from './queries';

interface Checked {
  verdict: AuditVerifyResult;
  at: number;
  /** The saved head it was checked against, if any. */
  head: AuditHead | null;
}

function Verdict({ checked }: { checked: Checked }) {
  const { verdict: v, head } = checked;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      <Alert severity={v.intact ? 'success' : 'error'} variant="filled" data-testid="audit-verdict" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
        <AlertTitle sx={{ fontSize: 18, fontWeight: 700, mb: 0.5 }}>
          {v.intact ? `审计链完整：${v.count} 条` : `审计链断裂：第 ${v.brokenAt ?? '?'} 条`}
        </AlertTitle>
        {v.intact ? (
          <>
            每一条记录的内容都与其哈希相符，前后衔接无缺失。
            {head && `并与 ${fmtSeconds(head.exportedAt)} 导出保存的链头（第 ${head.seq} 条）一致，此前的记录未被改写。`}
            {v.headSeq !== null && v.headHash !== null && (
              <Typography variant="caption" component="div" sx={{ mt: 0.5, fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                当前链头：第 {v.headSeq} 条 · {v.headHash}
              </Typography>
            )}
          </>
        ) : (
          <>
            {v.problem}。自这一条起的记录不能再作为证据采信。请保留现状（不要修复或重装），截图或打印本页，并报告单位负责人和信息化管理部门。
          </>
        )}
        <Typography variant="caption" component="div" sx={{ mt: 0.5, opacity: 0.9 }}>核验时间 {fmtSeconds(checked.at)}</Typography>
      </Alert>
      {!v.triggersPresent && (
        <Alert severity="warning" data-testid="audit-triggers-warning">
          <AlertTitle>防止修改和删除审计记录的保护已被移除</AlertTitle>
          数据库中禁止改动和删除审计记录的触发器不在了，说明有人绕过本程序直接操作过数据库。请立即报告信息化管理部门。
        </Alert>
      )}
    </Stack>
  );
}

/** `onVerdict`: the page marks the first broken row and reloads the list (it may have been changed under it). */
export function AuditVerifyPanel({ onExported, onVerdict }: { onExported: () => void; onVerdict: (v: AuditVerifyResult) => void }) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [exported, setExported] = useState<AuditHead | null>(null);
  const verifying = useVerifyAudit();
  const exporting = useExportAuditHead();
  const failure = verifying.formError ?? exporting.formError;
  const busy = verifying.busy ? 'verify' : exporting.busy ? 'export' : null;
  const fileInput = useRef<HTMLInputElement>(null);

  const verify = async (head: AuditHead | null) => {
    exporting.reset();
    setExported(null);
    const r = await verifying.run({ head: head ? { seq: head.seq, hash: head.hash, installationId: head.installationId } : null });
    if (!r.ok) return;
    setChecked({ verdict: r.value, at: Date.now(), head });
    onVerdict(r.value);
  };

  const chooseHead = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const parsed = parseHeadFile(await file.text());
    if (!parsed.ok) {
      setChecked(null);
      exporting.reset();
      verifying.refuse({}, parsed.message);
      return;
    }
    await verify(parsed.head);
  };

  const exportHead = async () => {
    verifying.reset();
    setChecked(null);
    const r = await exporting.run({});
    if (!r.ok) return;
    downloadHead(r.value);
    setExported(r.value);
    onExported();
  };

  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" startIcon={<VerifiedUserIcon />} onClick={() => void verify(null)} disabled={busy !== null}>
          {busy === 'verify' ? '正在核验…' : '核验审计链'}
        </Button>
        <Button variant="outlined" startIcon={<FileOpenIcon />} onClick={() => fileInput.current?.click()} disabled={busy !== null}>用已保存的链头核验</Button>
        <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => void exportHead()} disabled={busy !== null}>
          {busy === 'export' ? '正在导出…' : '导出链头'}
        </Button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void chooseHead(e)} data-testid="audit-head-file" />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {'每条审计记录都带有与上一条相连的哈希，任何修改、删除或插入都会使核验在那一条断开。' +
          '请定期“导出链头”，把文件保存在本机以外（U盘，或打印后归档）：日后即使有人改写整条记录并重新计算哈希，用保存的链头核验也能证明。'}
      </Typography>
      {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
      {exported && (
        <Alert severity="info" sx={{ mt: 2 }} onClose={() => setExported(null)} data-testid="audit-head-exported">
          已导出链头：第 {exported.seq} 条，文件“{headFileName(exported)}”。请把它复制到U盘或打印后妥善保管，不要只留在本机。
          <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>哈希 {exported.hash}</Typography>
        </Alert>
      )}
      {checked && <Verdict checked={checked} />}
    </Paper>
  );
}
