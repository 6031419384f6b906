// The people who came (or wrote, or called): one row each, with the state of their ID and what each claims.
import { Box, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { Complainant } from '../../../../shared/contract/intakes';
import { ID_TYPE, LANGUAGE } from '../../../../shared/domain/vocabulary';
import { fmtYuan } from '../../components/format';
import { EmptyState } from '../../components/States';
import { IdStatusChip } from './IdStatusChip';
import { IdImagesButton } from './IdImagesDialog';
import { isMasked, RevealButton } from './RevealDialog';

const SEX = { M: '男', F: '女' } as const;

/**
 * `canReveal`: the viewer may unmask these people (personal.unmask, and reporter.read for a report); `idImages`: they
 * may see (and so list) their ID pictures, and take new ones.
 */
export function ComplainantsTable({
  complainants,
  label,
  canReveal,
  idImages,
}: {
  complainants: Complainant[];
  label: string;
  canReveal: boolean;
  idImages: { view: boolean; add: boolean };
}) {
  if (complainants.length === 0) return <Paper variant="outlined"><EmptyState title={`未登记${label}`} /></Paper>;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={`${label}名单`}>
        <TableHead>
          <TableRow>
            <TableCell align="right">序号</TableCell>
            <TableCell>姓名</TableCell>
            <TableCell>证件</TableCell>
            <TableCell>证件状态</TableCell>
            <TableCell>性别</TableCell>
            <TableCell>电话</TableCell>
            <TableCell>职业、工作单位</TableCell>
            <TableCell>住所</TableCell>
            <TableCell>籍贯</TableCell>
            <TableCell>语言</TableCell>
            <TableCell>代表</TableCell>
            <TableCell align="right">诉求金额</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {complainants.map((c, i) => {
            // One button per person, beside the ID when it is masked, else beside the phones.
            const idMasked = isMasked(c.idNumber);
            const reveal = canReveal && (idMasked || c.phones.some(isMasked)) ? <RevealButton subject="person" id={c.personId} name={c.name} /> : null;
            return (
            <TableRow key={c.personId} data-testid="complainant-row">
              <TableCell align="right" sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {c.name}
                {c.note && <Typography variant="caption" color="text.secondary" component="div">{c.note}</Typography>}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Box sx={{ fontFamily: 'monospace' }}>{c.idNumber ?? '—'}{idMasked && reveal}</Box>
                <Typography variant="caption" color="text.secondary">{ID_TYPE.label(c.idType)}</Typography>
                {idImages.view && <Box><IdImagesButton personId={c.personId} name={c.name} canAdd={idImages.add} /></Box>}
              </TableCell>
              <TableCell><IdStatusChip status={c.idStatus} missingReason={c.idMissingReason} /></TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <div>{c.sex ? SEX[c.sex] : '—'}</div>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {c.phones.length > 0 ? c.phones.map((p) => <div key={p}>{p}</div>) : '—'}
                {!idMasked && reveal}
              </TableCell>
              <TableCell data-testid="complainant-work">
                {c.occupation ?? (c.workplace ? '' : '—')}
                {c.workplace && <Typography variant="caption" color="text.secondary" component="div">{c.workplace}</Typography>}
              </TableCell>
              <TableCell sx={{ minWidth: 140 }} data-testid="complainant-address">{c.address ?? '—'}</TableCell>
              <TableCell>{c.hometown ?? '—'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{LANGUAGE.label(c.preferredLanguage)}</TableCell>
              <TableCell>{c.isRepresentative ? <Chip size="small" color="primary" variant="outlined" label="代表" /> : ''}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(c.amountClaimedFen)}</TableCell>
            </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
