// 设置: parameters, staff, units and departments, maintenance. The open tab is kept in the address (?tab=…)
// so a link or a reload lands on it.
import { Box, Paper, Tab, Tabs } from '@mui/material';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { CalendarTab } from './CalendarTab';
import { MaintenanceTab } from './MaintenanceTab';
import { ParametersTab } from './ParametersTab';
import { StaffTab } from './StaffTab';
import { UnitsTab } from './UnitsTab';

const TABS = [
  { id: 'parameters', label: '参数', Panel: ParametersTab },
  { id: 'staff', label: '工作人员', Panel: StaffTab },
  { id: 'units', label: '单位与科室', Panel: UnitsTab },
  { id: 'calendar', label: '节假日', Panel: CalendarTab },
  { id: 'maintenance', label: '维护', Panel: MaintenanceTab },
] as const;

export function SettingsPage() {
  const { unit } = useSession();
  const [params, setParams] = useSearchParams();
  const current = TABS.find((t) => t.id === params.get('tab')) ?? TABS[0];
  const Panel = current.Panel;
  return (
    <>
      <PageHeader title="设置" subtitle={`本机服务的单位：${unit.name}`} />
      <Paper sx={{ mb: 2 }}>
        <Tabs value={current.id} onChange={(_, v: string) => setParams({ tab: v }, { replace: true })} aria-label="设置分类">
          {TABS.map((t) => <Tab key={t.id} value={t.id} label={t.label} id={`settings-tab-${t.id}`} aria-controls={`settings-panel-${t.id}`} />)}
        </Tabs>
      </Paper>
      <Box role="tabpanel" id={`settings-panel-${current.id}`} aria-labelledby={`settings-tab-${current.id}`}>
        <Panel />
      </Box>
    </>
  );
}
