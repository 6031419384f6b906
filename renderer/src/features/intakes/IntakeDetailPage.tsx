// One intake (接待登记) as the desk recorded it: how it arrived, what is claimed, against whom, by whom,
// where it was sent, the case file it opened, and its documents (the registration form, 制作登记表).
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { Alert, AlertTitle, Button, Chip, Link, Paper, Stack, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import type { IntakeDetail } from '../../../../shared/contract/intakes';
import { AppErrorException } from '../../../../shared/contract/result';
import { screenIntake } from '../../../../shared/domain/intake-screening';
import { formatDateZh } from '../../../../shared/domain/time';
import { EXTERNAL_CHANNELS, INTAKE_CHANNEL, INTAKE_KIND, INTAKE_ROUTE, PENDING_ELSEWHERE } from '../../../../shared/domain/vocabulary';
import { fmtDateTime, fmtYuan } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { CaseFollowup } from '../followup/CaseFollowup';
import { IntakeRecordButton } from '../documents/IntakeRecordButton';
import { IntakeRouting } from '../routing/IntakeRouting';
import { ComplainantsTable } from './ComplainantsTable';
import { DetailFields, Section, type DetailField } from '../../components/DetailFields';
import { IntakePartiesTable } from './IntakePartiesTable';
import { useIdImagePermission } from './IdImagesDialog';
import { useIntake } from './queries';
import { useRevealPermission } from './RevealDialog';
import { ReplyDue } from './ReplyDue';
import { StatusChip } from './StatusChip';

const backToList = <Button component={RouterLink} to="/intakes" startIcon={<ArrowBackIcon />}>返回登记台账</Button>;

/** What the people on an intake are called, by its kind. */
const PEOPLE_LABEL = { complaint: '投诉人', report: '举报人', consultation: '咨询人' } as const;
const SUMMARY_LABEL = { complaint: '诉求摘要', report: '举报内容', consultation: '咨询内容' } as const;

/** "投诉人（已登记 5 人，共涉及 12 人）": a group may name only some of its members at the desk. */
function peopleTitle(i: IntakeDetail): string {
  const n = i.complainants.length + i.hiddenReporters;
  const counts = n < i.workersCount ? `已登记 ${n} 人，共涉及 ${i.workersCount} 人` : `${n} 人`;
  return `${PEOPLE_LABEL[i.kind]}（${counts}${i.kind === 'report' ? ' · 身份保密' : ''}）`;
}

function basicFields(i: IntakeDetail): DetailField[] {
  const external = EXTERNAL_CHANNELS.includes(i.channel) || i.externalNo !== null || i.replyDue !== null;
  const fields: DetailField[] = [
    { label: '登记号', value: i.regNoText },
    { label: '接待时间', value: fmtDateTime(i.receivedAt) },
    { label: '类型', value: INTAKE_KIND.label(i.kind) },
    { label: '来源渠道', value: INTAKE_CHANNEL.label(i.channel) },
  ];
  if (external) {
    fields.push({ label: '工单或来文编号', value: i.externalNo }, { label: '回复期限', value: <ReplyDue due={i.replyDue} /> });
  }
  fields.push(
    { label: '状态', value: <StatusChip status={i.status} /> },
    { label: '去向', value: i.route ? INTAKE_ROUTE.label(i.route) : '尚未分办' },
    { label: '涉及人数', value: `${i.workersCount} 人` },
    { label: '诉求金额', value: fmtYuan(i.amountClaimedFen) },
    { label: '违法行为终止日期', value: i.violationEndDate ? formatDateZh(i.violationEndDate) : '未登记' },
    { label: '是否已申请调解、仲裁或者起诉', value: i.pendingElsewhere ? PENDING_ELSEWHERE.label(i.pendingElsewhere) : '未询问' },
    { label: '登记人', value: i.recordedBy.name },
    {
      label: '案卷',
      value: i.caseFileId ? (
        <Link component={RouterLink} to={`/cases/${i.caseFileId}`}>查看案卷</Link>
      ) : (
        '未立卷'
      ),
    },
  );
  if (i.answer) fields.push({ label: i.route === 'referredElsewhere' ? '告知内容' : '答复内容', value: i.answer, wide: true });
  return fields;
}

/** The two-year cut-off and what stands in the way of inspection, as the domain says (监察条例 Arts. 20, 21). */
function Screening({ intake: i }: { intake: IntakeDetail }) {
  const s = screenIntake({ receivedDate: i.receivedDate, violationEndDate: i.violationEndDate, pendingElsewhere: i.pendingElsewhere, route: i.route });
  if (!s.cutoff && s.warnings.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ mt: 1.5 }} data-testid="intake-screening">
      {s.cutoff && <Typography variant="body2" color={s.cutoff.passed ? 'warning.dark' : 'text.secondary'}>{s.cutoff.text}</Typography>}
      {s.warnings.map((w) => <Alert key={w.code} severity="warning">{w.message}</Alert>)}
    </Stack>
  );
}

export function IntakeDetailPage() {
  const { id = '' } = useParams();
  const intake = useIntake(id);
  const mayReveal = useRevealPermission();
  const mayIdImages = useIdImagePermission();

  if (intake.isPending) return <Loading />;
  if (intake.isError) {
    if (intake.error instanceof AppErrorException && intake.error.error.code === 'NOT_FOUND') {
      return <EmptyState title="找不到这条接待登记" hint="登记可能不属于本机服务的单位，或链接有误。" action={backToList} />;
    }
    return (
      <>
        <ErrorState error={intake.error} onRetry={() => void intake.refetch()} />
        {backToList}
      </>
    );
  }
  const i = intake.data;

  return (
    <>
      <PageHeader
        title={`接待登记 ${i.regNoText}`}
        subtitle={`${INTAKE_KIND.label(i.kind)} · ${INTAKE_CHANNEL.label(i.channel)} · ${i.unit.name}`}
        actions={
          <>
            <IntakeRecordButton intake={i} />
            {i.caseFileId && (
              <Button variant="outlined" component={RouterLink} to={`/cases/${i.caseFileId}`} startIcon={<FolderOpenIcon />}>查看案卷</Button>
            )}
            {backToList}
          </>
        }
      />
      {i.kind === 'report' && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="reporter-confidential">
          <AlertTitle>举报人身份保密</AlertTitle>
          依据《劳动保障监察条例》第九条，劳动保障行政部门应当为举报人保密。不得向被举报单位或无关人员透露举报人的姓名、联系方式等任何可能识别其身份的信息。
        </Alert>
      )}
      <Paper sx={{ p: 2, mb: 2 }}>
        {(i.collective || i.urgent) && (
          <Stack direction="row" spacing={0.75} sx={{ mb: 1.5 }}>
            {i.collective && <Chip size="small" color="secondary" label="集体" />}
            {i.urgent && <Chip size="small" color="error" label="紧急" />}
          </Stack>
        )}
        <DetailFields fields={basicFields(i)} />
        <Screening intake={i} />
      </Paper>

      <IntakeRouting intake={i} />

      <Section title={SUMMARY_LABEL[i.kind]}>
        <Paper variant="outlined" sx={{ p: 2, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{i.summary}</Paper>
      </Section>

      <Section title="工程项目">
        <Paper variant="outlined" sx={{ p: 2 }}>
          {i.project ? (
            <DetailFields
              fields={[
                { label: '项目名称', value: i.project.name },
                { label: '项目所在县（区）', value: i.project.siteUnitName },
                { label: '项目地址', value: i.project.siteAddress },
              ]}
            />
          ) : (
            <Typography variant="body2" color="text.secondary">未登记工程项目</Typography>
          )}
        </Paper>
      </Section>

      <Section title={i.kind === 'report' ? '被举报方' : '被投诉方'}>
        <IntakePartiesTable parties={i.parties} label={i.kind === 'report' ? '被举报方' : '被投诉方'} canReveal={mayReveal.parties} />
      </Section>

      <Section title={peopleTitle(i)}>
        {i.hiddenReporters > 0 ? (
          <Paper variant="outlined" sx={{ p: 2 }} data-testid="reporter-hidden">
            <Typography>举报人（身份保密）：{i.hiddenReporters} 人</Typography>
            <Typography variant="body2" color="text.secondary">您的角色没有“查看举报人身份”的权限，举报人的姓名、证件、联系方式等信息不予显示。</Typography>
          </Paper>
        ) : (
          <ComplainantsTable complainants={i.complainants} label={PEOPLE_LABEL[i.kind]} canReveal={mayReveal.people(i.kind)} idImages={{ view: mayIdImages.view(i.kind), add: mayIdImages.add }} />
        )}
      </Section>

      {/* A file's intakes are answered on the file's page; one without a file, here. */}
      {!i.caseFileId && <CaseFollowup of={{ intakeId: i.id }} />}
      <DocumentsPanel of={{ intakeId: i.id }} emptyHint="用页面上方的“制作登记表”制作本登记的登记表，制作前可先预览。" />
    </>
  );
}
