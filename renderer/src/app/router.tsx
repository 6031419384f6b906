// The routes. The router is made once per signed-in shell and never remade: a lock, an unlock or a refetched session
// must not remount the pages (a half-typed form stays). Each page checks the person's permissions itself.
import { lazy, useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { EmptyState } from '../components/States';
import { homePath, RequirePage } from './access';
import { AppShell } from './AppShell';
import { usePermissions } from './session';

// Each page is its own chunk, loaded when first opened: the sign-in screen and the first page start without parsing
// every feature's code (2.3 MB in one file before). AppShell's Suspense shows a spinner meanwhile.
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const CaseDetailPage = lazy(() => import('../features/cases/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const CaseListPage = lazy(() => import('../features/cases/CaseListPage').then((m) => ({ default: m.CaseListPage })));
const DeadlineCalculatorPage = lazy(() => import('../features/deadlines/DeadlineCalculatorPage').then((m) => ({ default: m.DeadlineCalculatorPage })));
const DeskPage = lazy(() => import('../features/desk/DeskPage').then((m) => ({ default: m.DeskPage })));
const DueDatesPage = lazy(() => import('../features/desk/DueDatesPage').then((m) => ({ default: m.DueDatesPage })));
const EmployerPage = lazy(() => import('../features/employers/EmployerPage').then((m) => ({ default: m.EmployerPage })));
const EmployerSearchPage = lazy(() => import('../features/employers/EmployerSearchPage').then((m) => ({ default: m.EmployerSearchPage })));
const HearingCalendarPage = lazy(() => import('../features/hearings/HearingCalendarPage').then((m) => ({ default: m.HearingCalendarPage })));
const IntakeDetailPage = lazy(() => import('../features/intakes/IntakeDetailPage').then((m) => ({ default: m.IntakeDetailPage })));
const IntakeFormPage = lazy(() => import('../features/intakes/IntakeFormPage').then((m) => ({ default: m.IntakeFormPage })));
const IntakeListPage = lazy(() => import('../features/intakes/IntakeListPage').then((m) => ({ default: m.IntakeListPage })));
const InboxPage = lazy(() => import('../features/routing/InboxPage').then((m) => ({ default: m.InboxPage })));
const TransfersPage = lazy(() => import('../features/routing/TransfersPage').then((m) => ({ default: m.TransfersPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const StatisticsPage = lazy(() => import('../features/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));

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
            { path: '*', element: <EmptyState title="页面不存在" hint="请从左侧菜单选择要去的页面" /> },
          ],
        },
      ]),
    [demo],
  );
  return <RouterProvider router={router} />;
}
