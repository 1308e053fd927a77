import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Me } from './types';

/** GET /v1/me */
export function getMe(): Promise<Me> {
  return apiRequest<Me>('/v1/me', { auth: 'driver' });
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

export function useMe() {
  return useQuery(meQueryOptions());
}
