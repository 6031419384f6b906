// Who is complained about, and in which role of the construction chain (保障农民工工资支付条例 Ch. 4).
import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { IntakeDetail } from '../../../../shared/contract/intakes';
import { ID_TYPE, PARTY_KIND, PARTY_ROLE } from '../../../../shared/domain/vocabulary';
import { NameText } from './NameText';
import { isMasked, RevealButton } from './RevealDialog';

/** `canReveal`: the viewer may unmask a natural person's ID number and phone (personal.unmask). */
export function IntakePartiesTable({ parties, label, canReveal }: { parties: IntakeDetail['parties']; label: string; canReveal: boolean }) {
  if (parties.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="body2" color="text.secondary">未登记{label}</Typography>
      </Paper>
    );
  }
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>名称</TableCell>
            <TableCell>身份</TableCell>
            <TableCell>统一社会信用代码 / 证件号码</TableCell>
            <TableCell>法定代表人（负责人）</TableCell>
            <TableCell>电话</TableCell>
            <TableCell>地址</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {parties.map(({ role, party: p }) => {
            const idMasked = !p.creditCode && isMasked(p.idNumber);
            const reveal = canReveal && (idMasked || isMasked(p.phone)) ? <RevealButton subject="party" id={p.id} name={p.name} /> : null;
            return (
            <TableRow key={`${p.id}:${role}`} data-testid="party-row">
              <TableCell>
                <NameText text={p.name} maxWidth={320} />
                <Typography variant="caption" color="text.secondary" component="div">{PARTY_KIND.label(p.kind)}</Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{PARTY_ROLE.label(role)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', fontFamily: 'monospace' }}>
                {p.creditCode ?? (p.idNumber ? `${p.idNumber}${p.idType && p.idType !== 'residentId' ? `（${ID_TYPE.label(p.idType)}）` : ''}` : '—')}
                {idMasked && reveal}
              </TableCell>
              <TableCell>{p.legalRepName ? `${p.legalRepName}${p.legalRepTitle ? `（${p.legalRepTitle}）` : ''}` : '—'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.phone ?? '—'}{!idMasked && reveal}</TableCell>
              <TableCell>{p.address ?? '—'}</TableCell>
            </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
