import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { ArrivalRoute } from './routes/arrival';
import { ChargerRoute } from './routes/charger';
import { DriverHomeRoute } from './routes/driver-home';
import { DriverLayout } from './routes/driver-layout';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { SmartcarConnectRoute, SmartcarErrorRoute, SmartcarSuccessRoute } from './routes/smartcar';

// The live session and the merchant console pull in SignalR; they load on demand so the first screen stays small.
export const routes: RouteObject[] = [
  {
    element: <DriverLayout />,
    children: [
      { path: '/', element: <DriverHomeRoute /> },
      { path: '/login', element: <LoginRoute /> },
      { path: '/chargers/:chargerId', element: <ChargerRoute /> },
      { path: '/arrival', element: <ArrivalRoute /> },
      { path: '/arrival/:sessionId', lazy: async () => ({ Component: (await import('./routes/arrival-session')).ArrivalSessionRoute }) },
      { path: '/smartcar/connect', element: <SmartcarConnectRoute /> },
      { path: '/smartcar-success', element: <SmartcarSuccessRoute /> },
      { path: '/smartcar-error', element: <SmartcarErrorRoute /> },
    ],
  },
  { path: '/merchant/invite', lazy: async () => ({ Component: (await import('./routes/merchant-invite')).MerchantInviteRoute }) },
  {
    path: '/merchant',
    lazy: async () => ({ Component: (await import('./routes/merchant-layout')).MerchantLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./routes/merchant-board')).MerchantBoardRoute }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('./routes/merchant-settings')).MerchantSettingsRoute }) },
      { path: 'analytics', lazy: async () => ({ Component: (await import('./routes/merchant-analytics')).MerchantAnalyticsRoute }) },
    ],
  },
  {
    path: '/admin',
    lazy: async () => ({ Component: (await import('./routes/admin-layout')).AdminLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./routes/admin-pages')).AdminOperationsRoute }) },
      { path: 'merchants', lazy: async () => ({ Component: (await import('./routes/admin-pages')).AdminMerchantsRoute }) },
      { path: 'merchants/:merchantId', lazy: async () => ({ Component: (await import('./routes/admin-pages')).AdminMerchantRoute }) },
      { path: 'chargers', lazy: async () => ({ Component: (await import('./routes/admin-pages')).AdminChargersRoute }) },
      { path: 'billing', lazy: async () => ({ Component: (await import('./routes/admin-pages')).AdminBillingRoute }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('./routes/admin-pages')).AdminAuditRoute }) },
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
