import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type ArrivalSession } from './types';

/** GET /v1/arrival/{id} */
export function getArrival(id: string): Promise<ArrivalSession> {
  return apiRequest<ArrivalSession>(`/v1/arrival/${encodeURIComponent(id)}`, { auth: 'driver' });
}

// Pushed updates keep this fresh (SignalR), so it is fetched once and never polled.
export const arrivalQueryOptions = (id: string) =>
  queryOptions({ queryKey: arrivalKeys.session(id), queryFn: () => getArrival(id), staleTime: Infinity });

export function useArrival(id: string) {
  return useQuery(arrivalQueryOptions(id));
}
