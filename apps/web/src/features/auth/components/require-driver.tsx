import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSignedIn } from '@/lib/use-tokens';

/** Sends signed-out drivers to /login, remembering where they were going. */
export function RequireDriver({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn('driver');
  const location = useLocation();
  if (!signedIn) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
