// 设置: staff and their accounts, parameters, units and departments, the holiday calendar, document templates,
// maintenance — each tab for those whose roles may change it. The open tab is kept in the address (?tab=…) so a
// link or a reload lands on it.
import { Box, Paper, Tab, Tabs } from '@mui/material';
import { useSearchParams } from 'react-router';
import type { Permission } from '../../../../shared/domain/permissions';
import { usePermissions, useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { CalendarTab } from './CalendarTab';
import { DocumentTemplatesTab } from './DocumentTemplatesTab';
import { MaintenanceTab } from './MaintenanceTab';
import { ParametersTab } from './ParametersTab';
import { RetentionTab } from './RetentionTab';
import { RoomsTab } from './RoomsTab';
import { StaffTab } from './StaffTab';
import { UnitsTab } from './UnitsTab';

const TABS: { id: string; label: string; Panel: () => React.ReactNode; permission: Permission }[] = [
  { id: 'staff', label: '工作人员', Panel: StaffTab, permission: 'staff.manage' },
  { id: 'parameters', label: '参数', Panel: ParametersTab, permission: 'settings.manage' },
  { id: 'units', label: '单位与科室', Panel: UnitsTab, permission: 'settings.manage' },
  { id: 'calendar', label: '节假日', Panel: CalendarTab, permission: 'settings.manage' },
  { id: 'rooms', label: '仲裁庭室', Panel: RoomsTab, permission: 'settings.manage' },
  { id: 'templates', label: '文书模板', Panel: DocumentTemplatesTab, permission: 'settings.manage' },
  { id: 'maintenance', label: '维护', Panel: MaintenanceTab, permission: 'maintenance.run' },
  { id: 'retention', label: '保管期限', Panel: RetentionTab, permission: 'retention.anonymise' },
];

export function SettingsPage() {
  const { unit } = useSession();
  const permissions = usePermissions();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((t) => permissions.has(t.permission));
  const current = tabs.find((t) => t.id === params.get('tab')) ?? tabs[0];
  if (!current) return <PageHeader title="设置" subtitle="您的角色没有可修改的设置" />;
  const Panel = current.Panel;
  return (
    <>
      <PageHeader title="设置" subtitle={`本机服务的单位：${unit.name}`} />
      <Paper sx={{ mb: 2 }}>
        <Tabs value={current.id} onChange={(_, v: string) => setParams({ tab: v }, { replace: true })} aria-label="设置分类">
          {tabs.map((t) => <Tab key={t.id} value={t.id} label={t.label} id={`settings-tab-${t.id}`} aria-controls={`settings-panel-${t.id}`} />)}
        </Tabs>
      </Paper>
      <Box role="tabpanel" id={`settings-panel-${current.id}`} aria-labelledby={`settings-tab-${current.id}`}>
        <Panel />
      </Box>
    </>
  );
}
