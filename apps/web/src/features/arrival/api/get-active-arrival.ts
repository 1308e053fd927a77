import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type ArrivalSession } from './types';

/** GET /v1/arrival/active → {session: session | null} */
export function getActiveArrival(): Promise<{ session: ArrivalSession | null }> {
  return apiRequest<{ session: ArrivalSession | null }>('/v1/arrival/active', { auth: 'driver' });
}

export const activeArrivalQueryOptions = () =>
  queryOptions({ queryKey: arrivalKeys.active, queryFn: getActiveArrival, staleTime: 0 });

export function useActiveArrival() {
  return useQuery(activeArrivalQueryOptions());
}
