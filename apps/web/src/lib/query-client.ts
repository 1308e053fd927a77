import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/**
 * Live data arrives over SignalR, so queries do not refetch on focus or on a timer.
 * Retries are for flaky networks and 5xx only; a 4xx problem is an answer.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        retry: (count, err) => count < 2 && err instanceof ApiError && (err.status === 0 || err.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
