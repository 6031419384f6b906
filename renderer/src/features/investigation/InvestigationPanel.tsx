// 调查取证 on the case page of an inspection: its 询问通知书 (to whom, when and where, the document's number) and its
// 询问笔录 (who was questioned, when, by whom, in what language through whom, the questions and answers, the
// corrections). Those on the file issue notices, record interviews as drafts, finalise them after reading them back,
// append corrections and print the record for signature; the documents land in the file's documents to print and serve.
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { FileInvestigation, InquiryRecordView } from '../../../../shared/contract/investigation';
import { dateTimeOf } from '../../../../shared/domain/time';
import { LANGUAGE } from '../../../../shared/domain/vocabulary';
import { usePermissions } from '../../app/session';
import { Section } from '../../components/DetailFields';
import { SignedRecordCorrectionDialog, SignedRecordCorrections } from '../../components/SignedRecordCorrection';
import { ErrorState, Loading } from '../../components/States';
import { InquiryNoticeDialog } from './InquiryNoticeDialog';
import { InquiryRecordDialog } from './InquiryRecordDialog';
import { EvidenceRequests } from './EvidenceRequests';
import { SiteInspections } from './SiteInspections';
import { useCorrectRecord, useFileInvestigation, useFinaliseRecord, usePrintRecord, useReissueNotice } from './queries';

type Open = { kind: 'notice' } | { kind: 'record'; record: InquiryRecordView | null } | { kind: 'finalise'; record: InquiryRecordView } | { kind: 'correct'; record: InquiryRecordView } | null;

function languageText(r: InquiryRecordView): string {
  const lang = r.language === 'other' ? (r.languageOther ?? '其他语言') : LANGUAGE.label(r.language);
  return r.interpreterName ? `${lang}，翻译：${r.interpreterName}` : lang;
}

function FinaliseDialog({ record, onClose }: { record: InquiryRecordView; onClose: () => void }) {
  const finalising = useFinaliseRecord();
  const go = async () => {
    const r = await finalising.run({ id: record.id, rowVersion: record.rowVersion });
    if (r.ok) onClose();
  };
  return (
    <Dialog open onClose={finalising.busy ? undefined : onClose} aria-labelledby="finalise-title">
      <DialogTitle id="finalise-title">询问笔录定稿</DialogTitle>
      <DialogContent>
        <DialogContentText>
          请确认已将笔录交被询问人阅看，或向其宣读{record.interpreterName ? `并由${record.interpreterName}翻译` : ''}，核对无误。定稿后笔录<b>不能再修改</b>，发现错误只能追加更正并写明理由。
        </DialogContentText>
        {finalising.error && <Alert severity="error" sx={{ mt: 2 }}>{finalising.error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={finalising.busy}>取消</Button>
        <Button variant="contained" onClick={() => void go()} disabled={finalising.busy}>{finalising.busy ? '正在定稿…' : '定稿'}</Button>
      </DialogActions>
    </Dialog>
  );
}

function RecordCard({ r, mayAct, onOpen, onPrinted }: { r: InquiryRecordView; mayAct: boolean; onOpen: (o: Open) => void; onPrinted: (msg: string) => void }) {
  const printing = usePrintRecord();
  const print = async () => {
    const res = await printing.run({ id: r.id });
    if (res.ok) onPrinted(`已生成${res.value.title}：请在下方“文书”中打印，交被询问人逐页签名并捺印，询问人、记录人${r.interpreterName ? '、翻译人员' : ''}签名。`);
  };
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="inquiry-record">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>询问笔录：{r.interviewee.name}{r.interviewee.post ? `（${r.interviewee.post}）` : ''}</Typography>
        <Chip size="small" color={r.status === 'final' ? 'success' : 'default'} label={r.status === 'final' ? '已定稿' : '草稿'} data-testid="inquiry-status" />
        <Box sx={{ flex: 1 }} />
        {mayAct && r.status === 'draft' && <Button size="small" onClick={() => onOpen({ kind: 'record', record: r })}>修改</Button>}
        {mayAct && r.status === 'draft' && <Button size="small" variant="outlined" onClick={() => onOpen({ kind: 'finalise', record: r })}>定稿</Button>}
        {mayAct && r.status === 'final' && <Button size="small" onClick={() => onOpen({ kind: 'correct', record: r })}>追加更正</Button>}
        {mayAct && r.status === 'final' && <Button size="small" variant="outlined" onClick={() => void print()} disabled={printing.busy}>{printing.busy ? '正在生成…' : '打印笔录'}</Button>}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {dateTimeOf(r.startedAt)}{r.endedAt ? ` 至 ${dateTimeOf(r.endedAt).slice(11)}` : '（未填结束时间）'} · {r.place} · 询问人 {r.inspectors.map((i) => i.name).join('、')} · {languageText(r)}
      </Typography>
      {printing.error && <Alert severity="error" sx={{ mt: 1 }}>{printing.error.message}</Alert>}
      <Box component="ol" sx={{ pl: 3, my: 1 }} data-testid="inquiry-qa">
        {r.qa.map((x, i) => (
          <li key={i}>
            <Typography variant="body2"><b>问：</b>{x.q}</Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}><b>答：</b>{x.a}</Typography>
          </li>
        ))}
      </Box>
      <SignedRecordCorrections corrections={r.corrections} testId="inquiry-correction" />
    </Paper>
  );
}

/** A notice whose paper was not made (its rendering failed): made again from the stored notice. */
function ReissueButton({ noticeId, caseFileId }: { noticeId: string; caseFileId: string }) {
  const reissuing = useReissueNotice();
  return (
    <>
      <Button size="small" disabled={reissuing.busy} onClick={() => void reissuing.run({ request: { kind: 'inquiryNotice', noticeId }, caseFileId })}>
        {reissuing.busy ? '正在制作…' : '制作文书'}
      </Button>
      {reissuing.error && <Typography variant="caption" color="error" component="div">{reissuing.error.message}</Typography>}
    </>
  );
}

function Body({ data, onOpen, notice }: { data: FileInvestigation; onOpen: (o: Open) => void; notice: (m: string) => void }) {
  return (
    <Stack spacing={1.5}>
      {data.notices.length > 0 && (
        <Paper variant="outlined">
          <Table size="small" aria-label="询问通知书">
            <TableHead>
              <TableRow><TableCell>询问通知书</TableCell><TableCell>到场时间</TableCell><TableCell>地点</TableCell><TableCell>文号</TableCell></TableRow>
            </TableHead>
            <TableBody>
              {data.notices.map((n) => (
                <TableRow key={n.id} data-testid="inquiry-notice">
                  <TableCell>{n.addresseeName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTimeOf(n.appearAt)}</TableCell>
                  <TableCell>{n.place}</TableCell>
                  <TableCell>{n.documentId ? (n.documentNumber ?? '（无文号）') : <>暂无有效文书{data.mayAct && <ReissueButton noticeId={n.id} caseFileId={data.caseFileId} />}</>}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {data.records.map((r) => <RecordCard key={r.id} r={r} mayAct={data.mayAct} onOpen={onOpen} onPrinted={notice} />)}
      {data.notices.length === 0 && data.records.length === 0 && (
        <Typography variant="body2" color="text.secondary">尚无询问通知书和询问笔录。{data.proceedings.some((p) => p.filed) ? '' : '监察案件立案后才能调查取证。'}</Typography>
      )}
    </Stack>
  );
}

export function InvestigationPanel({ caseFileId }: { caseFileId: string }) {
  const canRead = usePermissions().has('document.read');
  const q = useFileInvestigation(caseFileId, canRead);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (!canRead) return null;
  if (q.isPending) return <Section title="调查取证"><Loading /></Section>;
  if (q.isError) return <Section title="调查取证"><ErrorState error={q.error} onRetry={() => void q.refetch()} /></Section>;
  const data = q.data;
  const filed = data.proceedings.find((p) => p.filed);
  if (data.proceedings.length === 0) return null;
  const close = () => setOpen(null);
  return (
    <Section
      title="调查取证"
      actions={data.mayAct && filed ? (
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" size="small" onClick={() => setOpen({ kind: 'notice' })}>制作询问通知书</Button>
          <Button variant="contained" size="small" onClick={() => setOpen({ kind: 'record', record: null })}>新建询问笔录</Button>
        </Stack>
      ) : undefined}
    >
      <Box data-testid="investigation-panel">
        {message && <Alert severity="success" onClose={() => setMessage(null)} sx={{ mb: 1.5 }}>{message}</Alert>}
        <Body data={data} onOpen={setOpen} notice={setMessage} />
        {filed && <EvidenceRequests investigation={data} onMessage={setMessage} />}
        {filed && <SiteInspections investigation={data} onMessage={setMessage} />}
      </Box>
      {open?.kind === 'notice' && filed && (
        <InquiryNoticeDialog data={data} proceedingId={filed.proceedingId} onClose={close} onIssued={(t) => { close(); setMessage(`已制作${t}：请在下方“文书”中打印，并登记送达。`); }} />
      )}
      {open?.kind === 'record' && filed && <InquiryRecordDialog data={data} proceedingId={open.record?.proceedingId ?? filed.proceedingId} record={open.record} onClose={close} />}
      {open?.kind === 'finalise' && <FinaliseDialog record={open.record} onClose={close} />}
      {open?.kind === 'correct' && (
        <SignedRecordCorrectionDialog recordId={open.record.id} useCorrect={useCorrectRecord} title="追加更正" onClose={close}
          explain={<>更正附在定稿的笔录之后，原笔录不变；更正人、时间和理由记入案卷记录。重新打印的笔录会载明更正。</>}
          reasonExample="被询问人核对时指出工期记错" textExample="例如：第一问的回答中“3月”应为“4月”" />
      )}
    </Section>
  );
}
