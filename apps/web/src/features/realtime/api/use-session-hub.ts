import { useEffect, useRef, useState } from 'react';
import type { Audience } from '@/lib/token-store';
import { createSessionHub, SESSION_UPDATED } from './create-session-hub';

export type HubState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export type UseSessionHubOptions = {
  audience: Audience;
  enabled?: boolean;
  /** Called with each `session_updated` payload ({session, smartcar}). */
  onSessionUpdated: (payload: unknown) => void;
  /** Called after a reconnect (or a late first connect): updates may have been missed, so refetch. */
  onResync: () => void;
};

/** Subscribes to pushed session updates for as long as the component is mounted. */
export function useSessionHub({ audience, enabled = true, onSessionUpdated, onResync }: UseSessionHubOptions): HubState {
  const [state, setState] = useState<HubState>('connecting');
  const handlers = useRef({ onSessionUpdated, onResync });
  useEffect(() => {
    handlers.current = { onSessionUpdated, onResync };
  });

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connection = createSessionHub(audience);
    connection.on(SESSION_UPDATED, (payload: unknown) => handlers.current.onSessionUpdated(payload));
    connection.onreconnecting(() => setState('reconnecting'));
    connection.onreconnected(() => {
      setState('connected');
      handlers.current.onResync();
    });
    connection.onclose(() => {
      if (!stopped) setState('disconnected');
    });

    // withAutomaticReconnect only covers drops after a first connect; the first start is retried here.
    const start = async (attempt: number) => {
      if (stopped) return;
      setState(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        await connection.start();
        if (stopped) return void connection.stop();
        setState('connected');
        if (attempt > 0) handlers.current.onResync();
      } catch {
        if (!stopped) timer = setTimeout(() => void start(attempt + 1), Math.min(30_000, 1_000 * 2 ** attempt));
      }
    };
    void start(0);

    return () => {
      stopped = true;
      clearTimeout(timer);
      void connection.stop();
    };
  }, [audience, enabled]);

  return state;
}
