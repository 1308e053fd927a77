import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys } from './types';

/** GET /v1/admin/me */
export function getAdminMe(): Promise<{ id: string; email: string }> {
  return apiRequest('/v1/admin/me', { auth: 'admin' });
}

export function useAdminMe() {
  return useQuery({ queryKey: adminKeys.me, queryFn: getAdminMe });
}
