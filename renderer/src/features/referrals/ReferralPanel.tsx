// 移送公安与失信惩戒 on the case page: each checklist (法释〔2013〕3号 Arts. 2–4; 办法 Art. 5) with every item ticked or
// not, why, its article and the facts on the file that meet it; the facts recorded; and, for those on the file's
// team, 登记事实 and the proposal — which the core refuses, listing each unmet item, while any fails.
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Alert, Button, Chip, List, ListItem, ListItemIcon, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ChecklistItemView, ReferralChecklists } from '../../../../shared/contract/referrals';
import { GROUND_KIND } from '../../../../shared/domain/referral-checklist';
import { Section } from '../../components/DetailFields';
import { ErrorState, Loading } from '../../components/States';
import { GroundDialog } from './GroundDialog';
import { usePropose, useReferralChecklists } from './queries';

function Checklist({ title, testId, items }: { title: string; testId: string; items: readonly ChecklistItemView[] }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, flex: 1, minWidth: 320 }} data-testid={testId}>
      <Typography variant="subtitle2">{title}</Typography>
      <List dense disablePadding>
        {items.map((i) => (
          <ListItem key={i.id} disableGutters alignItems="flex-start" data-testid="checklist-item" data-met={i.met ? 'yes' : 'no'}>
            <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
              {i.met ? <CheckCircleIcon color="success" fontSize="small" titleAccess="已具备" /> : <RadioButtonUncheckedIcon color="disabled" fontSize="small" titleAccess="尚不具备" />}
            </ListItemIcon>
            <ListItemText
              primary={i.label}
              secondary={
                <>
                  <Typography variant="body2" component="span" color={i.met ? 'text.secondary' : 'warning.main'} sx={{ display: 'block' }}>{i.why}</Typography>
                  {i.evidence.map((e) => <Typography key={e} variant="caption" component="span" sx={{ display: 'block' }}>· {e}</Typography>)}
                  <Typography variant="caption" component="span" color="text.disabled" sx={{ display: 'block' }}>依据：{i.basis}</Typography>
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}

function ProposeButton({ d, kind, label }: { d: ReferralChecklists; kind: 'policeReferral' | 'blacklisting'; label: string }) {
  const proposing = usePropose();
  const which = kind === 'policeReferral' ? d.police : d.blacklist;
  if (which.proceedingId) return <Chip size="small" color="info" variant="outlined" label={`已提请${label}`} />;
  const ready = which.items.every((i) => i.met);
  return (
    <Stack spacing={1}>
      <Button size="small" variant={ready ? 'contained' : 'outlined'} disabled={!d.mayAct || !ready || proposing.busy} onClick={() => void proposing.run({ caseFileId: d.caseFileId, kind })}>
        提请{label}
      </Button>
      {proposing.formError && <Alert severity="error">{proposing.formError}</Alert>}
    </Stack>
  );
}

export function ReferralPanel({ caseFileId }: { caseFileId: string }) {
  const query = useReferralChecklists(caseFileId);
  const [recording, setRecording] = useState(false);
  const d = query.data;
  const actions = d?.mayAct && <Button size="small" onClick={() => setRecording(true)}>登记事实</Button>;
  return (
    <Section title="移送公安与失信惩戒" actions={actions}>
      {query.isPending && <Loading />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {d && (
        <Stack spacing={1.5} data-testid="referral-panel">
          <Typography variant="body2" color="text.secondary">
            {d.order ? `限期改正（支付）指令书 ${d.order.issuedOn} 作出，限 ${d.order.deadline} 前支付；` : '本案尚未下达限期改正（支付）指令书；'}
            “数额较大”标准：一人 {d.thresholds.singleYuan ?? '未设置'} 元、十人以上合计 {d.thresholds.totalYuan ?? '未设置'} 元（本省数额待核实，可在“设置 → 参数”中修改）。
          </Typography>
          <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
            <Stack spacing={1} sx={{ flex: 1 }}>
              <Checklist title="移送公安机关（拒不支付劳动报酬）" testId="police-checklist" items={d.police.items} />
              <ProposeButton d={d} kind="policeReferral" label="移送公安" />
            </Stack>
            <Stack spacing={1} sx={{ flex: 1 }}>
              <Checklist title="列入失信联合惩戒名单" testId="blacklist-checklist" items={d.blacklist.items} />
              <ProposeButton d={d} kind="blacklisting" label="列入失信联合惩戒名单" />
            </Stack>
          </Stack>
          {d.grounds.length > 0 && (
            <List dense disablePadding aria-label="已登记的事实">
              {d.grounds.map((g) => (
                <ListItem key={g.id} disableGutters>
                  <ListItemText
                    primary={`${GROUND_KIND[g.kind]}${g.personName ? `：${g.personName} ${g.months} 个月` : ''}——${g.fact}`}
                    secondary={`${g.evidenceTitle ? `证据：${g.evidenceTitle}；` : ''}${g.recordedBy.name} 登记`}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </Stack>
      )}
      {recording && d && <GroundDialog caseFileId={d.caseFileId} onClose={() => setRecording(false)} />}
    </Section>
  );
}
