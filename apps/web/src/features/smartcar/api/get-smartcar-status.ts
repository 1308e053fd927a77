import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { SmartcarStatus } from './types';

/** GET /v1/smartcar/status */
export function getSmartcarStatus(): Promise<SmartcarStatus> {
  return apiRequest<SmartcarStatus>('/v1/smartcar/status', { auth: 'driver' });
}

export const smartcarStatusQueryOptions = () =>
  queryOptions({ queryKey: ['smartcar', 'status'], queryFn: getSmartcarStatus, staleTime: 10_000 });

export function useSmartcarStatus() {
  return useQuery(smartcarStatusQueryOptions());
}
