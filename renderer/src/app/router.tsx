import { useMemo } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { EmptyState } from '../components/States';
import { CaseDetailPage } from '../features/cases/CaseDetailPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { DeadlineCalculatorPage } from '../features/deadlines/DeadlineCalculatorPage';
import { IntakeDetailPage } from '../features/intakes/IntakeDetailPage';
import { IntakeFormPage } from '../features/intakes/IntakeFormPage';
import { IntakeListPage } from '../features/intakes/IntakeListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppShell } from './AppShell';

export function AppRouter({ demo }: { demo: boolean }) {
  const router = useMemo(
    () =>
      createHashRouter([
        {
          path: '/',
          element: <AppShell demo={demo} />,
          children: [
            { index: true, element: <Navigate to="/intake/new" replace /> },
            { path: 'intake/new', element: <IntakeFormPage /> },
            { path: 'intakes', element: <IntakeListPage /> },
            { path: 'intakes/:id', element: <IntakeDetailPage /> },
            { path: 'cases', element: <CaseListPage /> },
            { path: 'cases/:id', element: <CaseDetailPage /> },
            { path: 'deadlines', element: <DeadlineCalculatorPage /> },
            { path: 'settings', element: <SettingsPage /> },
            { path: '*', element: <EmptyState title="页面不存在" hint="请从左侧菜单选择要去的页面" /> },
          ],
        },
      ]),
    [demo],
  );
  return <RouterProvider router={router} />;
}
