// 证据材料 on the case page: the file's evidence list (证据目录) grouped by who submitted it — each worker, each party,
// then what the bureau collected — each item with its number, what it is, its kind, what it is to prove, original or
// copy, pages and the day received. Those on the file add items and withdraw a wrong one with the reason (it stays
// listed, struck through, with the reason); anyone who may read documents opens the file.
import AddIcon from '@mui/icons-material/Add';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { CaseEvidence, EvidenceItem } from '../../../../shared/contract/evidence';
import { catalogueOrder, EVIDENCE_FORM, EVIDENCE_KIND, EVIDENCE_SUBMITTER, submitterKey } from '../../../../shared/domain/evidence';
import { dateTimeOf } from '../../../../shared/domain/time';
import { Section } from '../../components/DetailFields';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ErrorState, Loading } from '../../components/States';
import { AddEvidenceDialog, sizeText } from './AddEvidenceDialog';
import { useEvidenceOpener } from './EvidenceViewer';
import { saveFile } from '../documents/document-files';
import { useCaseEvidence, useExportEvidence, useWithdrawEvidence } from './queries';

interface Group {
  key: string;
  label: string;
  items: EvidenceItem[];
}

/** Items by submitter in the catalogue's order (workers, parties, the bureau's last), each group by number. */
export function groupBySubmitter(data: CaseEvidence): Group[] {
  const groups = new Map<string, Group>();
  for (const item of catalogueOrder(data.items, data.submitters)) {
    const key = submitterKey(item);
    const label = item.submitter === 'bureau' ? EVIDENCE_SUBMITTER.label('bureau') : `${item.submitterName ?? ''}（${item.submitter === 'worker' ? '投诉人' : '被投诉方'}）提交`;
    if (!groups.has(key)) groups.set(key, { key, label, items: [] });
    groups.get(key)!.items.push(item);
  }
  return [...groups.values()];
}

function countText(items: EvidenceItem[]): string {
  const current = items.filter((i) => i.status === 'current').length;
  return current === items.length ? `${current} 件` : `在卷 ${current} 件，已撤回 ${items.length - current} 件`;
}

function WithdrawDialog({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const withdrawing = useWithdrawEvidence({ fields: ['reason'] });
  return (
    <ReasonDialog
      title={`撤回第 ${item.seq} 号证据`}
      explain={<>撤回后“{item.title}”在证据目录中标为已撤回，<b>文件和登记内容仍保存在卷</b>，撤回人、时间和理由记入案卷记录和审计记录。证据号不再使用。</>}
      reason={{ label: '撤回理由', example: '误传了其他案件的材料', hint: '不少于4个字' }}
      confirm={{ label: '撤回', busyLabel: '正在撤回…', color: 'warning' }}
      mutation={withdrawing}
      input={(reason) => ({ id: item.id, reason })}
      onDone={onClose}
      onClose={onClose}
    />
  );
}

function ItemRow({ item, data, opener, onWithdraw }: { item: EvidenceItem; data: CaseEvidence; opener: ReturnType<typeof useEvidenceOpener>; onWithdraw: () => void }) {
  const gone = item.status === 'withdrawn';
  const struck = gone ? { textDecoration: 'line-through', color: 'text.disabled' } : {};
  return (
    <TableRow data-testid="evidence-row" sx={{ verticalAlign: 'top' }}>
      <TableCell sx={struck}>{item.seq}</TableCell>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 600, ...struck }}>{item.title}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {item.source ? `${item.source} · ` : ''}{item.fileName}（{sizeText(item.bytes)}）
        </Typography>
        {gone && (
          <Typography variant="caption" color="warning.dark" component="div" data-testid="evidence-withdrawn">
            已撤回：{item.withdrawnReason}（{item.withdrawnBy?.name} {item.withdrawnAt ? dateTimeOf(item.withdrawnAt) : ''}）
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', ...struck }}>{EVIDENCE_KIND.label(item.kind)}</TableCell>
      <TableCell sx={struck}>{item.purpose}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', ...struck }}>{EVIDENCE_FORM.label(item.form)}</TableCell>
      <TableCell align="right" sx={struck}>{item.pages ?? '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', ...struck }}>{item.receivedDate}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {data.mayView && (
          <Button size="small" onClick={() => void opener.open(item)} disabled={opener.busyId === item.id}>
            {opener.busyId === item.id ? '正在打开…' : item.mime === 'application/pdf' ? '打开 PDF' : '查看'}
          </Button>
        )}
        {data.mayAdd && !gone && <Button size="small" color="warning" onClick={onWithdraw}>撤回</Button>}
      </TableCell>
    </TableRow>
  );
}

export function EvidencePanel({ caseFileId }: { caseFileId: string }) {
  const query = useCaseEvidence(caseFileId);
  const opener = useEvidenceOpener();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<EvidenceItem | null>(null);
  const exporting = useExportEvidence();
  const data = query.data;
  const exportList = async () => {
    const r = await exporting.run({ caseFileId });
    if (r.ok) saveFile(r.value);
  };
  const current = data?.items.filter((i) => i.status === 'current').length ?? 0;
  return (
    <Section
      title={`证据材料${data && data.items.length > 0 ? `（在卷 ${current} 件）` : ''}`}
      actions={
        <>
          {data?.mayView && data.items.length > 0 && (
            <Button size="small" startIcon={<DownloadIcon />} onClick={() => void exportList()} disabled={exporting.busy}>{exporting.busy ? '正在导出…' : '导出证据目录'}</Button>
          )}
          {data?.mayAdd && <Button size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)}>添加证据</Button>}
        </>
      }
    >
      {exporting.formError && <Alert severity="error" onClose={() => exporting.reset()} sx={{ mb: 1 }}>{exporting.formError}</Alert>}
      {query.isPending && <Loading />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {data && opener.element}
      {data && (
        <Paper variant="outlined" data-testid="evidence-panel" sx={{ overflowX: 'auto' }}>
          {data.items.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
              尚无证据材料。{data.mayAdd ? '投诉人、被投诉方提交的材料和本局调查收集的证据，拍照或扫描后在这里添加。' : ''}
            </Typography>
          ) : (
            <Table size="small" aria-label="证据目录">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 48 }}>序号</TableCell>
                  <TableCell>证据名称和来源</TableCell>
                  <TableCell>种类</TableCell>
                  <TableCell>证明目的</TableCell>
                  <TableCell>原件或复印件</TableCell>
                  <TableCell align="right" sx={{ width: 48 }}>页数</TableCell>
                  <TableCell>收到日期</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {groupBySubmitter(data).map((g) => [
                  <TableRow key={g.key} data-testid="evidence-group">
                    <TableCell colSpan={8} sx={{ bgcolor: 'grey.50', py: 0.75 }}>
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                        <Typography variant="body2" sx={{ fontWeight: 600 }}>{g.label}</Typography>
                        <Chip size="small" variant="outlined" label={countText(g.items)} />
                      </Box>
                    </TableCell>
                  </TableRow>,
                  ...g.items.map((item) => <ItemRow key={item.id} item={item} data={data} opener={opener} onWithdraw={() => setWithdrawing(item)} />),
                ])}
              </TableBody>
            </Table>
          )}
        </Paper>
      )}
      {adding && data && <AddEvidenceDialog data={data} onClose={() => setAdding(false)} />}
      {withdrawing && <WithdrawDialog item={withdrawing} onClose={() => setWithdrawing(null)} />}
    </Section>
  );
}
