// The people who came (or wrote, or called): one row each, with the state of their ID and what each claims. A group
// of hundreds draws only the rows in view (components/useVirtualRows; printing draws them all).
import { Box, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { Complainant } from '../../../../shared/contract/intakes';
import { ID_TYPE, LANGUAGE } from '../../../../shared/domain/vocabulary';
import { fmtYuan } from '../../components/format';
import { EmptyState } from '../../components/States';
import { RowCountStatus, SpacerRow, useWindowRows } from '../../components/useVirtualRows';
import { IdStatusChip } from './IdStatusChip';
import { NameText } from './NameText';
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
  const rows = useWindowRows({ count: complainants.length, estimateSize: 73, noun: '人' });
  if (complainants.length === 0) return <Paper variant="outlined"><EmptyState title={`未登记${label}`} /></Paper>;
  return (
    <TableContainer component={Paper} variant="outlined">
      {/* At 1366×768 every column shows: 性别、语言 and 代表 sit with the name, and the cells are a little narrower. */}
      <RowCountStatus text={`${label}${rows.announcement}`} />
      <Table size="small" aria-label={`${label}名单`} {...rows.tableProps} sx={{ '& th, & td': { px: 1.25 } }}>
        <TableHead>
          <TableRow {...rows.headerRowProps}>
            <TableCell align="right">序号</TableCell>
            <TableCell>姓名</TableCell>
            <TableCell>证件</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>证件状态</TableCell>
            <TableCell>电话</TableCell>
            <TableCell>职业、工作单位</TableCell>
            <TableCell>住所</TableCell>
            <TableCell>籍贯</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>诉求金额</TableCell>
          </TableRow>
        </TableHead>
        <TableBody ref={rows.bodyRef}>
          <SpacerRow height={rows.top} columns={9} />
          {rows.indexes.map((i) => {
            const c = complainants[i]!;
            // One button per person, beside the ID when it is masked, else beside the phones.
            const idMasked = isMasked(c.idNumber);
            const reveal = canReveal && (idMasked || c.phones.some(isMasked)) ? <RevealButton subject="person" id={c.personId} name={c.name} /> : null;
            return (
            <TableRow key={c.personId} {...rows.rowProps(i)} data-testid="complainant-row">
              <TableCell align="right" sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {c.name}
                {c.isRepresentative && <Chip size="small" color="primary" variant="outlined" label="代表" sx={{ ml: 0.5 }} />}
                <Typography variant="caption" color="text.secondary" component="div" data-testid="complainant-sex-language">
                  {c.sex ? SEX[c.sex] : '性别不详'} · {LANGUAGE.label(c.preferredLanguage)}
                </Typography>
                {c.note && <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'normal' }}>{c.note}</Typography>}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Box sx={{ fontFamily: 'monospace' }}>{c.idNumber ?? '—'}{idMasked && reveal}</Box>
                <Typography variant="caption" color="text.secondary">{ID_TYPE.label(c.idType)}</Typography>
                {idImages.view && <Box><IdImagesButton personId={c.personId} name={c.name} canAdd={idImages.add} /></Box>}
              </TableCell>
              <TableCell><IdStatusChip status={c.idStatus} missingReason={c.idMissingReason} /></TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {c.phones.length > 0 ? c.phones.map((p) => <div key={p}>{p}</div>) : '—'}
                {!idMasked && reveal}
              </TableCell>
              <TableCell data-testid="complainant-work">
                {c.occupation ?? (c.workplace ? '' : '—')}
                {c.workplace && <Typography variant="caption" color="text.secondary" component="div"><NameText text={c.workplace} maxWidth={150} /></Typography>}
              </TableCell>
              <TableCell sx={{ minWidth: 120 }} data-testid="complainant-address">{c.address ?? '—'}</TableCell>
              <TableCell><NameText text={c.hometown ?? '—'} maxWidth={96} /></TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(c.amountClaimedFen)}</TableCell>
            </TableRow>
            );
          })}
          <SpacerRow height={rows.bottom} columns={9} />
        </TableBody>
      </Table>
    </TableContainer>
  );
}
