import { useSyncExternalStore } from 'react';
import { getTokens, subscribeTokens, type Audience } from './token-store';

/** Re-renders when the audience signs in or out (including from another tab). */
export function useSignedIn(audience: Audience): boolean {
  return useSyncExternalStore(subscribeTokens, () => getTokens(audience) !== null);
}
