import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type Operations } from './types';

/** GET /v1/admin/operations — the same figures /metrics exports, sampled now. */
export function getOperations(): Promise<Operations> {
  return apiRequest<Operations>('/v1/admin/operations', { auth: 'admin' });
}

export function useOperations(refreshMs = 5000) {
  return useQuery({ queryKey: adminKeys.operations, queryFn: getOperations, refetchInterval: refreshMs });
}
