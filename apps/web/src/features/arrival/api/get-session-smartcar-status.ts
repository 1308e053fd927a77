import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type SessionSmartcarStatus } from './types';

/** GET /v1/arrival/{id}/smartcar-status — ETA, battery and detection flags for one session. */
export function getSessionSmartcarStatus(id: string): Promise<SessionSmartcarStatus> {
  return apiRequest<SessionSmartcarStatus>(`/v1/arrival/${encodeURIComponent(id)}/smartcar-status`, { auth: 'driver' });
}

export const sessionSmartcarQueryOptions = (id: string) =>
  queryOptions({ queryKey: arrivalKeys.smartcar(id), queryFn: () => getSessionSmartcarStatus(id), staleTime: Infinity, retry: false });

export function useSessionSmartcarStatus(id: string, enabled = true) {
  return useQuery({ ...sessionSmartcarQueryOptions(id), enabled });
}
