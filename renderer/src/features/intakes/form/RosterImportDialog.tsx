// Importing a group's roster (花名册, XLSX or CSV): the core reads it, the clerk sees every row with its problems,
// and the rows go into the form, where anything wrong can be corrected before saving. A roster of hundreds draws only
// the preview rows in view of its box (components/useVirtualRows).
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import type { RosterParseOutput, RosterRow } from '../../../../../shared/contract/intakes';
import { ID_TYPE } from '../../../../../shared/domain/vocabulary';
import { call, errorMessage } from '../../../platform/api';
import { RowCountStatus, SpacerRow, useScrollerRows } from '../../../components/useVirtualRows';

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  idNumber: '证件号码',
  idMissingReason: '证件号码',
  phone: '电话',
  amountYuan: '金额',
};

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function RosterImportDialog({ open, onClose, onImport }: { open: boolean; onClose: () => void; onImport: (rows: RosterRow[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<RosterParseOutput | null>(null);
  const [fileName, setFileName] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setResult(null);
    setFailure(null);
    setFileName('');
    if (input.current) input.current.value = '';
  };
  const close = () => {
    reset();
    onClose();
  };
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setResult(null);
    setFileName(file.name);
    try {
      setResult(await call('intakes.parseRoster', { fileName: file.name, contentBase64: await toBase64(file) }));
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useScrollerRows({ count: result?.rows.length ?? 0, estimateSize: 37, noun: '行' }, scroller);
  const bad = result?.rows.filter((r) => Object.keys(r.errors).length > 0).length ?? 0;

  return (
    <Dialog open={open} onClose={close} maxWidth="lg" fullWidth>
      <DialogTitle>导入投诉人名册</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            支持 Excel（.xlsx）和 CSV 文件。表头需包含“姓名”，可包含“身份证号码”“联系电话”“拖欠金额”“住址”“职业”（或“工种”）“工作单位”“籍贯”“是否代表”“备注”。
            有问题的行也会导入表单并标红，改正后再保存。
          </Typography>
          <Box>
            <input ref={input} type="file" accept=".xlsx,.csv,.txt" hidden aria-label="选择名册文件" data-testid="roster-file" onChange={(e) => void pick(e.target.files?.[0])} />
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={busy}>
              {busy ? '正在读取…' : fileName ? '重新选择文件' : '选择文件'}
            </Button>
            {fileName && <Typography component="span" sx={{ ml: 2 }}>{fileName}{result?.sheetName ? `（工作表：${result.sheetName}）` : ''}</Typography>}
          </Box>
          {failure && <Alert severity="error">{failure}</Alert>}
          {result && (
            <>
              <Stack direction="row" spacing={1}>
                <Chip label={`共 ${result.rows.length} 行`} />
                {bad > 0 ? <Chip color="error" label={`${bad} 行需更正`} /> : <Chip color="success" label="全部无误" />}
              </Stack>
              {result.warnings.map((w) => <Alert key={w} severity="warning">{w}</Alert>)}
              <RowCountStatus text={`名册${rows.announcement}`} />
              <TableContainer ref={scroller} sx={{ maxHeight: 420 }}>
                <Table size="small" stickyHeader aria-label="名册预览" {...rows.tableProps}>
                  <TableHead>
                    <TableRow {...rows.headerRowProps}>
                      <TableCell>行号</TableCell>
                      <TableCell>姓名</TableCell>
                      <TableCell>证件</TableCell>
                      <TableCell>电话</TableCell>
                      <TableCell>金额</TableCell>
                      <TableCell>代表</TableCell>
                      <TableCell>问题</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody ref={rows.bodyRef}>
                    <SpacerRow height={rows.top} columns={7} />
                    {rows.indexes.map((index) => {
                      const r = result.rows[index]!;
                      const problems = Object.entries(r.errors);
                      return (
                        <TableRow key={r.line} {...rows.rowProps(index)} sx={problems.length ? { bgcolor: '#fdecea' } : undefined} data-testid="roster-preview-row">
                          <TableCell>{r.line}</TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.name || '—'}</TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.idType === 'none' ? '（无）' : `${ID_TYPE.label(r.idType)} ${r.idNumber}`}</TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.phone || '—'}</TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.amountYuan || '—'}</TableCell>
                          <TableCell>{r.isRepresentative ? '是' : ''}</TableCell>
                          <TableCell sx={{ color: 'error.main' }}>{problems.map(([f, m]) => `${FIELD_LABELS[f] ?? f}：${m}`).join('；')}</TableCell>
                        </TableRow>
                      );
                    })}
                    <SpacerRow height={rows.bottom} columns={7} />
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>取消</Button>
        <Button variant="contained" disabled={!result || result.rows.length === 0}
          onClick={() => {
            if (!result) return;
            onImport(result.rows);
            reset();
          }}>
          导入 {result?.rows.length ?? 0} 行到表单
        </Button>
      </DialogActions>
    </Dialog>
  );
}
