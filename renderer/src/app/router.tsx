// The routes. The router is made once per signed-in shell and never remade: a lock, an unlock or a refetched session
// must not remount the pages (a half-typed form stays). Each page checks the person's permissions itself.
import { useEffect, useMemo, type ComponentType } from 'react';
import { createHashRouter, RouterProvider, useLocation, useNavigate, useNavigation, type RouteObject } from 'react-router';
import { EmptyState, Loading } from '../components/States';
import { PageFailed, RouteError } from '../components/PageError';
import { homePath, RequirePage, type PageId } from './access';
import { AppShell } from './AppShell';
import { usePermissions } from './session';

/**
 * A page as its own chunk, loaded the first time it is opened: the sign-in screen and the first page parse a third
 * of the renderer instead of all of it (docs/performance.md, "The renderer in pieces"). The router's own `lazy`
 * loads it before the navigation commits — the page before stays on screen meanwhile, with no loading state in
 * between (a Suspense fallback would hold each page back until 300 ms after it showed: React's reveal throttle). A
 * chunk that does not come (a LAN server updated under an open tab) is its message in the page's place until a reload;
 * a page that fails while drawing is the route's error element there, cleared at the next address. The frame and the
 * menu stay.
 */
export function pageRoute(id: PageId, load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'errorElement'> {
  return {
    errorElement: <RouteError />,
    lazy: async () => {
      let Loaded: ComponentType;
      try {
        Loaded = await load();
      } catch (error) {
        // A rejected `lazy` leaves the route unrendered (react-router draws only the routes above one still lazy), so
        // the failure is the page: its message until a reload (Chromium keeps a failed import until then anyway).
        return { Component: () => <PageFailed error={error} /> };
      }
      return {
        Component: function GuardedPage() {
          return (
            <RequirePage page={id}>
              <Loaded />
            </RequirePage>
          );
        },
      };
    },
  };
}

/**
 * The address '/' goes on to the person's home page — each time it is reached. `<Navigate>` redirects once per mount:
 * when '/' was reached again while the home page's code was still loading (Back, or the address set again right after
 * sign-in), the first redirect was interrupted, Home stayed mounted, and the page stayed blank. So the redirect is made
 * whenever Home is on screen with no navigation under way — again after one was interrupted.
 */
export function Home() {
  const home = homePath(usePermissions());
  const navigate = useNavigate();
  const location = useLocation();
  const idle = useNavigation().state === 'idle';
  useEffect(() => {
    if (home && idle) void navigate(home, { replace: true });
  }, [home, navigate, idle, location]);
  if (!home) return <EmptyState title="您的账户还没有可用的功能" hint="请联系管理员为您分配角色" />;
  return null;
}

export function AppRouter({ demo }: { demo: boolean }) {
  const router = useMemo(
    () =>
      createHashRouter([
        {
          path: '/',
          element: <AppShell demo={demo} />,
          errorElement: <RouteError />,
          // While the first page's chunk loads, right after sign-in (the frame comes with the page).
          hydrateFallbackElement: <Loading />,
          children: [
            { index: true, element: <Home /> },
            { path: 'desk', ...pageRoute('desk', () => import('../features/desk/DeskPage').then((m) => m.DeskPage)) },
            { path: 'inbox', ...pageRoute('inbox', () => import('../features/routing/InboxPage').then((m) => m.InboxPage)) },
            { path: 'transfers', ...pageRoute('transfers', () => import('../features/routing/TransfersPage').then((m) => m.TransfersPage)) },
            { path: 'hearings', ...pageRoute('hearings', () => import('../features/hearings/HearingCalendarPage').then((m) => m.HearingCalendarPage)) },
            { path: 'due-dates', ...pageRoute('dueDates', () => import('../features/desk/DueDatesPage').then((m) => m.DueDatesPage)) },
            { path: 'intake/new', ...pageRoute('intakeNew', () => import('../features/intakes/IntakeFormPage').then((m) => m.IntakeFormPage)) },
            { path: 'intakes', ...pageRoute('intakes', () => import('../features/intakes/IntakeListPage').then((m) => m.IntakeListPage)) },
            { path: 'intakes/:id', ...pageRoute('intakes', () => import('../features/intakes/IntakeDetailPage').then((m) => m.IntakeDetailPage)) },
            { path: 'cases', ...pageRoute('cases', () => import('../features/cases/CaseListPage').then((m) => m.CaseListPage)) },
            { path: 'cases/:id', ...pageRoute('cases', () => import('../features/cases/CaseDetailPage').then((m) => m.CaseDetailPage)) },
            { path: 'employers', ...pageRoute('employers', () => import('../features/employers/EmployerSearchPage').then((m) => m.EmployerSearchPage)) },
            { path: 'employers/:type/:id', ...pageRoute('employers', () => import('../features/employers/EmployerPage').then((m) => m.EmployerPage)) },
            { path: 'statistics', ...pageRoute('statistics', () => import('../features/statistics/StatisticsPage').then((m) => m.StatisticsPage)) },
            { path: 'deadlines', ...pageRoute('deadlines', () => import('../features/deadlines/DeadlineCalculatorPage').then((m) => m.DeadlineCalculatorPage)) },
            { path: 'audit', ...pageRoute('audit', () => import('../features/audit/AuditPage').then((m) => m.AuditPage)) },
            { path: 'settings', ...pageRoute('settings', () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage)) },
            { path: 'connections', ...pageRoute('connections', () => import('../features/connections/ConnectionsPage').then((m) => m.ConnectionsPage)) },
            { path: '*', element: <EmptyState title="页面不存在" hint="请从左侧菜单选择要去的页面" /> },
          ],
        },
      ]),
    [demo],
  );
  return <RouterProvider router={router} />;
}
