// 证据目录 per party on the arbitration file: each party's items with what they prove, the original seen or not, the
// day submitted (逾期提交 marked against the 举证期限), the other side's 质证意见; items added, opinions recorded, a
// party's list printed.
import { Alert, Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import type { CaseEvidence, EvidenceItemView } from '../../../../shared/contract/arbitration-evidence';
import { EVIDENCE_SIDE, opinionLine } from '../../../../shared/domain/arbitration-evidence';
import { usePermissions } from '../../app/session';
import { Section } from '../../components/DetailFields';
import { AddEvidenceDialog, OpinionDialog } from './EvidenceDialogs';
import { useCaseEvidence, usePrintCatalogue } from './queries';

type Party = CaseEvidence['parties'][number];
type Open = { kind: 'add'; party: Party } | { kind: 'opinion'; item: EvidenceItemView; by: string } | null;

function PartyList({ party, others, acts, proceedingId, onOpen, onNotice }: { party: Party; others: Party[]; acts: boolean; proceedingId: string; onOpen: (o: Open) => void; onNotice: (n: { severity: 'success' | 'warning'; text: string }) => void }) {
  const printing = usePrintCatalogue();
  const label = `${EVIDENCE_SIDE[party.side]}${party.name}`;
  const otherSide = others.filter((o) => o.side !== party.side).map((o) => `${EVIDENCE_SIDE[o.side]}${o.name}`)[0] ?? '';
  const print = async () => {
    const r = await printing.run({ proceedingId, partyId: party.partyId });
    if (r.ok) onNotice({ severity: 'success', text: `已生成${label}的${r.value.title}：请在“文书”中打印。` });
  };
  return (
    <Box data-testid="evidence-party">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography sx={{ fontWeight: 600 }}>{label}（{party.items.length} 项）</Typography>
        <Box sx={{ flex: 1 }} />
        {acts && <Button size="small" onClick={() => onOpen({ kind: 'add', party })}>登记证据</Button>}
        {acts && party.items.length > 0 && <Button size="small" variant="outlined" onClick={() => void print()} disabled={printing.busy}>打印证据目录</Button>}
      </Stack>
      {printing.error && <Alert severity="error">{printing.error.message}</Alert>}
      {party.items.length > 0 && (
        <Table size="small" aria-label={`${label}的证据`}>
          <TableHead>
            <TableRow><TableCell>序号</TableCell><TableCell>证据</TableCell><TableCell>证明目的</TableCell><TableCell>原件</TableCell><TableCell>提交日期</TableCell><TableCell>对方质证意见</TableCell><TableCell /></TableRow>
          </TableHead>
          <TableBody>
            {party.items.map((x) => (
              <TableRow key={x.id}>
                <TableCell>{x.seq}</TableCell>
                <TableCell>{x.title}{x.source ? `（${x.source}）` : ''}</TableCell>
                <TableCell>{x.purpose}</TableCell>
                <TableCell>{x.originalSeen ? '已核对' : '未见原件'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{x.submittedOn}{x.late && <Chip size="small" color="warning" label="逾期提交" sx={{ ml: 0.5 }} />}</TableCell>
                <TableCell>{x.opinion ? `${x.opinion.by}：${opinionLine(x.opinion)}` : '尚未质证'}</TableCell>
                <TableCell align="right">{acts && <Button size="small" onClick={() => onOpen({ kind: 'opinion', item: x, by: otherSide })}>{x.opinion ? '修改质证意见' : '质证意见'}</Button>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

export function ArbitrationEvidence({ caseFileId }: { caseFileId: string }) {
  const q = useCaseEvidence(caseFileId);
  const acts = usePermissions().has('proceeding.act');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'warning'; text: string } | null>(null);
  if (!q.data || q.data.proceedingId === null) return null;
  const c = q.data;
  return (
    <Section title="证据目录和质证">
      <Paper variant="outlined" sx={{ p: 2 }} data-testid="arbitration-evidence">
        <Typography variant="body2" sx={{ mb: 1 }}>{c.periodEnd ? `举证期限至 ${c.periodEnd} 届满；此后提交的证据标注为“逾期提交”，是否采纳由仲裁庭决定。` : '尚未指定举证期限（在“办理程序”中办理“指定举证期限”）。'}</Typography>
        {notice && <Alert severity={notice.severity} onClose={() => setNotice(null)} sx={{ mb: 1.5 }}>{notice.text}</Alert>}
        <Stack spacing={2}>
          {c.parties.map((p) => <PartyList key={p.partyId} party={p} others={c.parties} acts={acts} proceedingId={c.proceedingId!} onOpen={setOpen} onNotice={setNotice} />)}
        </Stack>
      </Paper>
      {open?.kind === 'add' && (
        <AddEvidenceDialog proceedingId={c.proceedingId!} party={{ partyId: open.party.partyId, label: `${EVIDENCE_SIDE[open.party.side]}${open.party.name}` }} onClose={() => setOpen(null)}
          onAdded={(warning) => { setOpen(null); setNotice(warning ? { severity: 'warning', text: warning } : { severity: 'success', text: '已登记证据' }); }} />
      )}
      {open?.kind === 'opinion' && <OpinionDialog item={open.item} by={open.by} onClose={() => setOpen(null)} />}
    </Section>
  );
}
