import { useEffect } from 'react';
import { startAnalytics } from '@/lib/analytics';
import { useClientConfig } from '@/lib/client-config';
import { getTokens } from '@/lib/token-store';

/** The driver's id from their access token (the `sub` claim), so web and server events share one distinct id. */
function driverId(): string | null {
  const token = getTokens('driver')?.accessToken;
  if (!token) return null;
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string };
    return payload.sub ?? null;
  } catch {
    return null;
  }
}

/** Starts posthog-js once the server says where events go (nowhere when it says nothing). */
export function AnalyticsBootstrap() {
  const config = useClientConfig();
  const analytics = config.data?.analytics;
  useEffect(() => {
    if (analytics) void startAnalytics(analytics, driverId());
  }, [analytics]);
  return null;
}
