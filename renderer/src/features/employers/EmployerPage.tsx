// One employer, 包工头 or project — the repeat offender in one page: who it is, 重复欠薪 when it stands in two files or
// more, the totals, every case file and intake of this unit under any of its names on file, and the units and people
// linked to it (a 分公司, a same-named person not proven the same, the 包工头 and 总包 who stood with it).
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Chip, Link, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import type { EmployerName, EmployerView } from '../../../../shared/contract/employers';
import { AppErrorException } from '../../../../shared/contract/result';
import { formatYuan } from '../../../../shared/domain/money';
import { DetailFields, Section } from '../../components/DetailFields';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { EmployerFiles, LooseIntakes } from './EmployerFiles';
import { kindLabel, numberOf, relationLabel } from './labels';
import { employerPath, useEmployerView } from './queries';

const back = <Button component={RouterLink} to="/employers" startIcon={<ArrowBackIcon />}>查找其他用人单位</Button>;

function Names({ names, label }: { names: EmployerName[]; label: string }) {
  return (
    <Paper variant="outlined">
      <List dense aria-label={label} disablePadding>
        {names.map((n) => (
          <ListItem key={`${n.subject.type}:${n.subject.id}`} divider data-testid="employer-name">
            <ListItemText
              primary={n.relation === 'self' ? n.name : <Link component={RouterLink} to={employerPath(n.subject)} underline="hover">{n.name}</Link>}
              secondary={[kindLabel(n), numberOf(n), relationLabel(n), `${n.files}个案卷`].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}

function Totals({ v }: { v: EmployerView }) {
  const t = v.totals;
  return (
    <Paper sx={{ p: 2, mb: 2 }} data-testid="employer-totals">
      <DetailFields
        minColumnWidth={160}
        fields={[
          { label: '案卷', value: `${t.files}个` },
          { label: '登记', value: `${t.intakes}次` },
          { label: '涉及劳动者', value: `${t.workers}人` },
          { label: '诉求金额', value: formatYuan(t.claimedFen) },
          { label: '欠薪金额', value: `${formatYuan(t.owedFen)}${t.owedUnknown > 0 ? `（另${t.owedUnknown}人金额不详）` : ''}` },
          { label: '已支付', value: formatYuan(t.paidFen) },
          { label: '尚欠', value: formatYuan(t.outstandingFen) },
          { label: '限期支付指令书', value: `${t.orders}份${t.ordersUnpaid > 0 ? `（${t.ordersUnpaid}份未付清）` : ''}` },
          { label: '处理、处罚决定', value: `${t.decisions}份${t.finesFen > 0 ? `（罚款${formatYuan(t.finesFen)}）` : ''}` },
          { label: '移送公安', value: `${t.referrals}次` },
          { label: '失信联合惩戒名单', value: t.listings === 0 ? '未列入' : `列入${t.listings}次${t.listedNow > 0 ? '，现仍在名单中' : ''}` },
        ]}
      />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1, mb: 0 }}>
        欠薪金额按各案卷劳动者的申报或更正后的金额合计；已支付只计劳动者本人转账或签收的款项，尚欠为各劳动者欠薪减去已支付。
      </Typography>
    </Paper>
  );
}

export function EmployerPage() {
  const { type = '', id = '' } = useParams();
  const subject = { type: type === 'project' ? ('project' as const) : ('party' as const), id };
  const view = useEmployerView(subject);
  if (view.isPending) return <Loading />;
  if (view.isError) {
    if (view.error instanceof AppErrorException && view.error.error.code === 'NOT_FOUND') {
      return <EmptyState title="找不到这个用人单位或项目" hint="链接可能有误。" action={back} />;
    }
    return (
      <>
        <ErrorState error={view.error} onRetry={() => void view.refetch()} />
        {back}
      </>
    );
  }
  const v = view.data;
  const s = v.subject;
  const others = v.names.filter((n) => n.relation !== 'self');
  return (
    <>
      <PageHeader
        title={s.name}
        subtitle={[kindLabel(s), s.creditCode && `统一社会信用代码 ${s.creditCode}`, s.idNumber && `证件号码 ${s.idNumber}`, s.legalRepName && `法定代表人 ${s.legalRepName}`, s.siteUnitName, s.siteAddress]
          .filter(Boolean)
          .join(' · ')}
        actions={back}
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {v.totals.listedNow > 0 && <Chip color="error" variant="outlined" label="失信联合惩戒名单中" data-testid="listed-marker" />}
        {v.repeat ? (
          <Chip color="error" label={`重复欠薪：${v.totals.files}个案卷`} data-testid="repeat-marker" />
        ) : (
          <Chip variant="outlined" label={v.totals.files === 1 ? '1个案卷' : '尚无案卷'} />
        )}
        {v.firstDate && (
          <Typography variant="body2" color="text.secondary" data-testid="employer-span">
            {v.firstDate === v.lastDate ? `登记于 ${v.firstDate}` : `登记时间 ${v.firstDate} 至 ${v.lastDate}`}
          </Typography>
        )}
        {others.length > 0 && <Typography variant="body2" color="text.secondary">· 含同一单位的{others.length}个其他登记名称</Typography>}
      </Stack>
      <Totals v={v} />
      {v.truncated && <Alert severity="info" sx={{ mb: 2 }}>案卷较多，以下只列出最近的{v.files.length}个，合计也只计这些案卷。</Alert>}
      <Section title={`案卷（${v.files.length}）`}>
        {v.files.length === 0 ? <Typography variant="body2" color="text.secondary">本单位尚无涉及它的案卷。</Typography> : <EmployerFiles files={v.files} />}
      </Section>
      {v.intakesWithoutFile.length > 0 && (
        <Section title={`未立卷的登记（${v.intakesWithoutFile.length}）`}>
          <LooseIntakes intakes={v.intakesWithoutFile} />
        </Section>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        {others.length > 0 && (
          <Section title="同一单位的其他登记名称（已并入本页）">
            <Names names={others} label="同一单位的其他登记名称" />
          </Section>
        )}
        {v.linked.length > 0 && (
          <Section title="关联单位和人员（未并入本页）">
            <Names names={v.linked} label="关联单位和人员" />
          </Section>
        )}
      </Box>
    </>
  );
}
