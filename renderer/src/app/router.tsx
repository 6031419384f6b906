// The routes. The router is made once per signed-in shell and never remade: a lock, an unlock or a refetched session
// must not remount the pages (a half-typed form stays). Each page checks the person's permissions itself.
import { useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { EmptyState } from '../components/States';
import { AuditPage } from '../features/audit/AuditPage';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { ConnectionsPage } from '../features/connections/ConnectionsPage';
import { DeadlineCalculatorPage } from '../features/deadlines/DeadlineCalculatorPage';
import { DeskPage } from '../features/desk/DeskPage';
import { DueDatesPage } from '../features/desk/DueDatesPage';
import { EmployerPage } from '../features/employers/EmployerPage';
import { EmployerSearchPage } from '../features/employers/EmployerSearchPage';
import { HearingCalendarPage } from '../features/hearings/HearingCalendarPage';
import { InboxPage } from '../features/routing/InboxPage';
import { IntakeDetailPage } from '../features/intakes/IntakeDetailPage';
import { IntakeFormPage } from '../features/intakes/IntakeFormPage';
import { IntakeListPage } from '../features/intakes/IntakeListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { TransfersPage } from '../features/routing/TransfersPage';
import { homePath, RequirePage } from './access';
import { AppShell } from './AppShell';
import { usePermissions } from './session';

function Home() {
  const home = homePath(usePermissions());
  if (!home) return <EmptyState title="您的账户还没有可用的功能" hint="请联系管理员为您分配角色" />;
  return <Navigate to={home} replace />;
}

export function AppRouter({ demo }: { demo: boolean }) {
  const router = useMemo(
    () =>
      createHashRouter([
        {
          path: '/',
          element: <AppShell demo={demo} />,
          children: [
            { index: true, element: <Home /> },
            { path: 'desk', element: <RequirePage page="desk"><DeskPage /></RequirePage> },
            { path: 'inbox', element: <RequirePage page="inbox"><InboxPage /></RequirePage> },
            { path: 'transfers', element: <RequirePage page="transfers"><TransfersPage /></RequirePage> },
            { path: 'hearings', element: <RequirePage page="hearings"><HearingCalendarPage /></RequirePage> },
            { path: 'due-dates', element: <RequirePage page="dueDates"><DueDatesPage /></RequirePage> },
            { path: 'intake/new', element: <RequirePage page="intakeNew"><IntakeFormPage /></RequirePage> },
            { path: 'intakes', element: <RequirePage page="intakes"><IntakeListPage /></RequirePage> },
            { path: 'intakes/:id', element: <RequirePage page="intakes"><IntakeDetailPage /></RequirePage> },
            { path: 'cases', element: <RequirePage page="cases"><CaseListPage /></RequirePage> },
            { path: 'cases/:id', element: <RequirePage page="cases"><CaseDetailPage /></RequirePage> },
            { path: 'employers', element: <RequirePage page="employers"><EmployerSearchPage /></RequirePage> },
            { path: 'employers/:type/:id', element: <RequirePage page="employers"><EmployerPage /></RequirePage> },
            { path: 'statistics', element: <RequirePage page="statistics"><StatisticsPage /></RequirePage> },
            { path: 'deadlines', element: <RequirePage page="deadlines"><DeadlineCalculatorPage /></RequirePage> },
            { path: 'audit', element: <RequirePage page="audit"><AuditPage /></RequirePage> },
            { path: 'settings', element: <RequirePage page="settings"><SettingsPage /></RequirePage> },
            { path: 'connections', element: <RequirePage page="connections"><ConnectionsPage /></RequirePage> },
            { path: '*', element: <EmptyState title="页面不存在" hint="请从左侧菜单选择要去的页面" /> },
          ],
        },
      ]),
    [demo],
  );
  return <RouterProvider router={router} />;
}
