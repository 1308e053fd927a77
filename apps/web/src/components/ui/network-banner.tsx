import { useSyncExternalStore } from 'react';
import { isApiReachable, subscribeApiReachable } from '@/lib/network-status';

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** "Network down" banner: the browser is offline, or the last API call got no answer. */
export function NetworkBanner() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const reachable = useSyncExternalStore(subscribeApiReachable, isApiReachable);
  if (online && reachable) return null;
  return (
    <div role="alert" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-900">
      {online ? "Can't reach Nerava — retrying when you act again." : "You're offline. We'll catch up when you're back."}
    </div>
  );
}
