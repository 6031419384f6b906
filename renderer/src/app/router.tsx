// The routes. The router is made once per signed-in shell and never remade: a lock, an unlock or a refetched session
// must not remount the pages (a half-typed form stays). Each page checks the person's permissions itself.
import { useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { EmptyState } from '../components/States';
import { homePath, RequirePage } from './access';
import { AppShell } from './AppShell';
import { lazyNamed, PageError, PageFrame } from './lazy-page';
import { usePermissions } from './session';

// Each page's code is its own chunk, loaded when the page is first drawn (lazy-page.tsx).
const AuditPage = lazyNamed(() => import('../features/audit/AuditPage'), 'AuditPage');
const CaseDetailPage = lazyNamed(() => import('../features/cases/CaseDetailPage'), 'CaseDetailPage');
const CaseListPage = lazyNamed(() => import('../features/cases/CaseListPage'), 'CaseListPage');
const ConnectionsPage = lazyNamed(() => import('../features/connections/ConnectionsPage'), 'ConnectionsPage');
const DeadlineCalculatorPage = lazyNamed(() => import('../features/deadlines/DeadlineCalculatorPage'), 'DeadlineCalculatorPage');
const DeskPage = lazyNamed(() => import('../features/desk/DeskPage'), 'DeskPage');
const DueDatesPage = lazyNamed(() => import('../features/desk/DueDatesPage'), 'DueDatesPage');
const EmployerPage = lazyNamed(() => import('../features/employers/EmployerPage'), 'EmployerPage');
const EmployerSearchPage = lazyNamed(() => import('../features/employers/EmployerSearchPage'), 'EmployerSearchPage');
const HearingCalendarPage = lazyNamed(() => import('../features/hearings/HearingCalendarPage'), 'HearingCalendarPage');
const InboxPage = lazyNamed(() => import('../features/routing/InboxPage'), 'InboxPage');
const IntakeDetailPage = lazyNamed(() => import('../features/intakes/IntakeDetailPage'), 'IntakeDetailPage');
const IntakeFormPage = lazyNamed(() => import('../features/intakes/IntakeFormPage'), 'IntakeFormPage');
const IntakeListPage = lazyNamed(() => import('../features/intakes/IntakeListPage'), 'IntakeListPage');
const SettingsPage = lazyNamed(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const StatisticsPage = lazyNamed(() => import('../features/statistics/StatisticsPage'), 'StatisticsPage');
const TransfersPage = lazyNamed(() => import('../features/routing/TransfersPage'), 'TransfersPage');

/**
 * The usual home pages (工作台, 接待登记: access.tsx HOME_ORDER), fetched while the sign-in screen waits for a
 * password, so the first page after signing in does not wait for its code. The lazy pages above import the same
 * modules, which the browser keeps.
 */
export function preloadHomePages(): void {
  void import('../features/desk/DeskPage').catch(() => {});
  void import('../features/intakes/IntakeFormPage').catch(() => {});
}

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
            {
              // A page's code on its way, or one that failed, shows inside the shell.
              element: <PageFrame />,
              errorElement: <PageError />,
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
          ],
        },
      ]),
    [demo],
  );
  return <RouterProvider router={router} />;
}
