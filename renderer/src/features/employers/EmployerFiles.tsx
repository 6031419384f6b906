// An employer's case files, newest first — each with its proceedings and their states, how the employer stands in it,
// the project, the workers and what they claimed and are owed, what was paid and is still owed, the orders, decisions,
// referrals and listings, and its intakes with their dates; a row opens the file.
// Below them, the intakes naming the employer that have no file.
import { Box, Chip, Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { EmployerFile, EmployerIntake } from '../../../../shared/contract/employers';
import { INTAKE_KIND, INTAKE_STATUS } from '../../../../shared/domain/vocabulary';
import { fmtDate, fmtYuan } from '../../components/format';
import { partyRoleLabel } from '../cases/party-roles';
import { CaseStatusChip, ProceedingChips } from '../cases/ProceedingChips';
import { NameText } from '../intakes/NameText';
import { EnforcementCell, hasEnforcement } from './EnforcementCell';
import { Fragment } from 'react';

function Standing({ file }: { file: EmployerFile }) {
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {file.parties.map((p) => (
        <Box component="li" key={`${p.partyId}:${p.role}`} sx={{ fontWeight: p.subject ? 600 : 400, color: p.subject ? 'text.primary' : 'text.secondary' }}>
          <Typography component="span" variant="caption" color="text.secondary">{partyRoleLabel(p.role)}：</Typography>
          <NameText text={p.name} maxWidth={220} lines={2} />
        </Box>
      ))}
    </Box>
  );
}

export function EmployerFiles({ files }: { files: EmployerFile[] }) {
  const navigate = useNavigate();
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="案卷">
        <TableHead>
          <TableRow>
            <TableCell>案卷</TableCell>
            <TableCell>程序、状态和案号</TableCell>
            <TableCell>本案被投诉方</TableCell>
            <TableCell align="right">劳动者</TableCell>
            <TableCell align="right">诉求金额</TableCell>
            <TableCell align="right">欠薪 / 已付 / 尚欠</TableCell>
            <TableCell>登记</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {files.map((f) => (
            <Fragment key={f.id}>
            <TableRow hover sx={{ cursor: 'pointer', verticalAlign: 'top' }} onClick={() => navigate(`/cases/${f.id}`)} data-testid="employer-file">
              <TableCell sx={{ maxWidth: 260 }}>
                <Link component={RouterLink} to={`/cases/${f.id}`} color="inherit" underline="hover" onClick={(e) => e.stopPropagation()}><NameText text={f.title} maxWidth={240} lines={3} /></Link>
                <Box sx={{ mt: 0.5, display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
                  <CaseStatusChip status={f.status} />
                  {f.collective && <Chip size="small" color="secondary" label="集体" />}
                  <Typography variant="caption" color="text.secondary">立卷 {fmtDate(f.openedAt)}{f.closedAt !== null ? ` · 办结 ${fmtDate(f.closedAt)}` : ''}</Typography>
                </Box>
                {f.project && (
                  <Typography variant="caption" color="text.secondary" component="div">项目：{f.project.name}{f.project.siteUnitName ? `（${f.project.siteUnitName}）` : ''}</Typography>
                )}
              </TableCell>
              <TableCell><ProceedingChips proceedings={f.proceedings} /></TableCell>
              <TableCell><Standing file={f} /></TableCell>
              <TableCell align="right">{f.workers}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{fmtYuan(f.claimedFen)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="employer-file-money">
                {fmtYuan(f.owedFen)}
                {f.owedUnknown > 0 && <Box sx={{ color: 'text.secondary', fontSize: 12 }}>另{f.owedUnknown}人金额不详</Box>}
                <Box sx={{ color: 'text.secondary', fontSize: 12 }}>已付 {fmtYuan(f.enforcement.paidFen)}</Box>
                <Box sx={{ color: f.enforcement.outstandingFen > 0 ? 'error.main' : 'text.secondary', fontSize: 12, fontWeight: f.enforcement.outstandingFen > 0 ? 600 : 400 }}>尚欠 {fmtYuan(f.enforcement.outstandingFen)}</Box>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {f.intakes.map((i) => (
                  <Box key={i.id} sx={{ fontSize: 13, '& + &': { mt: 0.5 } }}>
                    {i.regNoText}
                    <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{INTAKE_KIND.label(i.kind)} · {i.receivedDate}</Box>
                  </Box>
                ))}
              </TableCell>
            </TableRow>
            {hasEnforcement(f) && (
              <TableRow data-testid="employer-file-enforcement">
                <TableCell colSpan={7} sx={{ pt: 0, pl: 4, bgcolor: 'action.hover' }}>
                  <EnforcementCell e={f.enforcement} />
                </TableCell>
              </TableRow>
            )}
            </Fragment>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function LooseIntakes({ intakes }: { intakes: EmployerIntake[] }) {
  const navigate = useNavigate();
  return (
    <TableContainer component={Paper}>
      <Table size="small" aria-label="未立卷的登记">
        <TableHead>
          <TableRow>
            <TableCell>登记号</TableCell>
            <TableCell>类别</TableCell>
            <TableCell>状态</TableCell>
            <TableCell>收到日期</TableCell>
            <TableCell align="right">涉及人数</TableCell>
            <TableCell align="right">诉求金额</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {intakes.map((i) => (
            <TableRow key={i.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/intakes/${i.id}`)} data-testid="employer-intake">
              <TableCell><Link component={RouterLink} to={`/intakes/${i.id}`} underline="hover" onClick={(e) => e.stopPropagation()}>{i.regNoText}</Link></TableCell>
              <TableCell>{INTAKE_KIND.label(i.kind)}</TableCell>
              <TableCell>{INTAKE_STATUS.label(i.status)}</TableCell>
              <TableCell>{i.receivedDate}</TableCell>
              <TableCell align="right">{i.workersCount}</TableCell>
              <TableCell align="right">{fmtYuan(i.amountClaimedFen)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
