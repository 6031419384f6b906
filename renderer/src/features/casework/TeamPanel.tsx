// The file's team (领导包案、专兼参与): its 包案领导, its 承办人 with their 执法证, its 参与人员 专职 or 兼职 and from
// which body. Whoever may change it (the 包案领导, a department head) adds and removes people, each with a reason.
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { Button, Chip, IconButton, Paper, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { TEAM_ROLE_LABEL, TEAM_ROLES, type TeamMember } from '../../../../shared/contract/casework';
import { dateKeyOf } from '../../../../shared/domain/time';
import { EMPLOYMENT } from '../../../../shared/domain/vocabulary';
import { Section } from '../../components/DetailFields';
import { fmtDate } from '../../components/format';
import { AddMemberDialog } from './AddMemberDialog';
import { ConfirmLeaderDialog } from './ConfirmLeaderDialog';
import { RemoveMemberDialog } from './RemoveMemberDialog';

/**
 * A handler's certificate: the 执法证 on a file with an inspection (监察条例 Art. 16), the 仲裁员证 on one with an
 * arbitration (调解仲裁法 Art. 20) — a missing or lapsed one in red; each column shows only where its kind is.
 */
function CertCell({ m, today, expiry, name }: { m: TeamMember; today: string; expiry: string | null; name: string }) {
  if (m.role !== 'handler' || !m.staff) return <>—</>;
  if (!expiry) return <Typography variant="body2" color="error">未登记{name}</Typography>;
  if (expiry < today) return <Typography variant="body2" color="error">已于 {expiry} 过期</Typography>;
  return <>有效期至 {expiry}</>;
}

interface Props {
  caseFileId: string;
  team: TeamMember[];
  mayManage: boolean;
  /** The person may confirm the 包案领导 the desk proposed (the department head). */
  mayConfirmLeader: boolean;
  /** The file holds an inspection: its handlers need a valid 执法证 (监察条例 Art. 16). */
  inspection: boolean;
  /** The file holds an arbitration: its 仲裁员证 are shown beside the handlers. */
  arbitration: boolean;
}

export function TeamPanel({ caseFileId, team, mayManage, mayConfirmLeader, inspection, arbitration }: Props) {
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<TeamMember | null>(null);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const today = dateKeyOf(Date.now());
  const members = [...team].sort((a, b) => TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role));
  const hasLeader = team.some((m) => m.role === 'leader');
  return (
    <Section title="办案组"
      actions={mayManage && <Button size="small" startIcon={<PersonAddIcon />} onClick={() => setAdding(true)}>添加成员</Button>}>
      <Paper variant="outlined" data-testid="team-panel">
        {!hasLeader && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1.5 }}>
            尚未确定包案领导：任一局领导可以调整办案组和审批本案事项。
          </Typography>
        )}
        {members.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
            尚未指定办案人员。{mayManage ? '请添加承办人；监察案件立案前须有两名以上持有效执法证的承办人。' : '请包案领导或部门负责人指定。'}
          </Typography>
        ) : (
          <Table size="small" aria-label="办案组">
            <TableHead>
              <TableRow>
                <TableCell>职责</TableCell>
                <TableCell>姓名</TableCell>
                <TableCell>所在单位或部门</TableCell>
                <TableCell>专职/兼职</TableCell>
                {inspection && <TableCell>执法证</TableCell>}
                {arbitration && <TableCell>仲裁员证</TableCell>}
                <TableCell>联系电话</TableCell>
                <TableCell>加入日期</TableCell>
                {mayManage && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {members.map((m) => (
                <TableRow key={m.id} data-testid="team-member">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{TEAM_ROLE_LABEL[m.role]}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {m.name}
                    {m.role === 'leader' && m.confirmedAt === null && (
                      <>
                        <Chip size="small" color="warning" variant="outlined" label="待确认" sx={{ ml: 1 }}
                          title="接待登记时提议，待签收部门的负责人确认" />
                        {mayConfirmLeader && (
                          <Button size="small" sx={{ ml: 1 }} onClick={() => setConfirming(m)}>确认包案</Button>
                        )}
                      </>
                    )}
                  </TableCell>
                  <TableCell>{m.organisation ?? (m.staff ? '本单位' : '—')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{EMPLOYMENT.label(m.employment)}</TableCell>
                  {inspection && <TableCell sx={{ whiteSpace: 'nowrap' }}><CertCell m={m} today={today} expiry={m.enforcementCertExpiry} name="执法证" /></TableCell>}
                  {arbitration && <TableCell sx={{ whiteSpace: 'nowrap' }}><CertCell m={m} today={today} expiry={m.arbitratorCertExpiry} name="仲裁员证" /></TableCell>}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{m.phone ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmtDate(m.addedAt)}</TableCell>
                  {mayManage && (
                    <TableCell align="right" sx={{ py: 0 }}>
                      <Tooltip title="移出办案组">
                        <IconButton size="small" aria-label={`移出办案组：${m.name}`} onClick={() => setRemoving(m)}>
                          <PersonRemoveIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      {adding && <AddMemberDialog caseFileId={caseFileId} team={team} inspection={inspection} onClose={() => setAdding(false)} />}
      {confirming && <ConfirmLeaderDialog member={confirming} onClose={() => setConfirming(null)} />}
      {removing && <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />}
    </Section>
  );
}
