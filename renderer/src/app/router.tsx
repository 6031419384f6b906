// The routes. The router is made once per signed-in shell and never remade: a lock, an unlock or a refetched session
// must not remount the pages (a half-typed form stays). Each page checks the person's permissions itself.
import { lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { createHashRouter, Navigate, RouterProvider, useLocation } from 'react-router';
import { EmptyState, Loading } from '../components/States';
import { PageErrorBoundary, RouteError } from '../components/PageErrorBoundary';
import { homePath, RequirePage, type PageId } from './access';
import { AppShell } from './AppShell';
import { usePermissions } from './session';

/**
 * Each page is its own chunk, loaded the first time it is opened: the sign-in screen and the first page parse a
 * third of the renderer instead of all of it (docs/performance.md, "The renderer in pieces"). A chunk that does not
 * come (a LAN server updated under an open tab) is the boundary's message, not a blank screen.
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): ComponentType {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}

const AuditPage = page(() => import('../features/audit/AuditPage'), (m) => m.AuditPage);
const CaseDetailPage = page(() => import('../features/cases/CaseDetailPage'), (m) => m.CaseDetailPage);
const CaseListPage = page(() => import('../features/cases/CaseListPage'), (m) => m.CaseListPage);
const ConnectionsPage = page(() => import('../features/connections/ConnectionsPage'), (m) => m.ConnectionsPage);
const DeadlineCalculatorPage = page(() => import('../features/deadlines/DeadlineCalculatorPage'), (m) => m.DeadlineCalculatorPage);
const DeskPage = page(() => import('../features/desk/DeskPage'), (m) => m.DeskPage);
const DueDatesPage = page(() => import('../features/desk/DueDatesPage'), (m) => m.DueDatesPage);
const EmployerPage = page(() => import('../features/employers/EmployerPage'), (m) => m.EmployerPage);
const EmployerSearchPage = page(() => import('../features/employers/EmployerSearchPage'), (m) => m.EmployerSearchPage);
const HearingCalendarPage = page(() => import('../features/hearings/HearingCalendarPage'), (m) => m.HearingCalendarPage);
const InboxPage = page(() => import('../features/routing/InboxPage'), (m) => m.InboxPage);
const IntakeDetailPage = page(() => import('../features/intakes/IntakeDetailPage'), (m) => m.IntakeDetailPage);
const IntakeFormPage = page(() => import('../features/intakes/IntakeFormPage'), (m) => m.IntakeFormPage);
const IntakeListPage = page(() => import('../features/intakes/IntakeListPage'), (m) => m.IntakeListPage);
const SettingsPage = page(() => import('../features/settings/SettingsPage'), (m) => m.SettingsPage);
const StatisticsPage = page(() => import('../features/statistics/StatisticsPage'), (m) => m.StatisticsPage);
const TransfersPage = page(() => import('../features/routing/TransfersPage'), (m) => m.TransfersPage);

/** A page behind its permission, its chunk's loading and its errors; a new address clears an error. */
function Page({ id, children }: { id: PageId; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <RequirePage page={id}>
      <PageErrorBoundary resetKey={pathname}>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </PageErrorBoundary>
    </RequirePage>
  );
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
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Home /> },
            { path: 'desk', element: <Page id="desk"><DeskPage /></Page> },
            { path: 'inbox', element: <Page id="inbox"><InboxPage /></Page> },
            { path: 'transfers', element: <Page id="transfers"><TransfersPage /></Page> },
            { path: 'hearings', element: <Page id="hearings"><HearingCalendarPage /></Page> },
            { path: 'due-dates', element: <Page id="dueDates"><DueDatesPage /></Page> },
            { path: 'intake/new', element: <Page id="intakeNew"><IntakeFormPage /></Page> },
            { path: 'intakes', element: <Page id="intakes"><IntakeListPage /></Page> },
            { path: 'intakes/:id', element: <Page id="intakes"><IntakeDetailPage /></Page> },
            { path: 'cases', element: <Page id="cases"><CaseListPage /></Page> },
            { path: 'cases/:id', element: <Page id="cases"><CaseDetailPage /></Page> },
            { path: 'employers', element: <Page id="employers"><EmployerSearchPage /></Page> },
            { path: 'employers/:type/:id', element: <Page id="employers"><EmployerPage /></Page> },
            { path: 'statistics', element: <Page id="statistics"><StatisticsPage /></Page> },
            { path: 'deadlines', element: <Page id="deadlines"><DeadlineCalculatorPage /></Page> },
            { path: 'audit', element: <Page id="audit"><AuditPage /></Page> },
            { path: 'settings', element: <Page id="settings"><SettingsPage /></Page> },
            { path: 'connections', element: <Page id="connections"><ConnectionsPage /></Page> },
            { path: '*', element: <EmptyState title="页面不存在" hint="请从左侧菜单选择要去的页面" /> },
          ],
        },
      ]),
    [demo],
  );
  return <RouterProvider router={router} />;
}
