import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { MerchantDetail } from './types';

/** GET /v1/merchants/{id} — the merchant and its nearby chargers. */
export function getMerchant(id: string): Promise<MerchantDetail> {
  return apiRequest<MerchantDetail>(`/v1/merchants/${encodeURIComponent(id)}`, { auth: 'driver' });
}

export const merchantQueryOptions = (id: string) => queryOptions({ queryKey: ['merchant', id], queryFn: () => getMerchant(id) });

export function useMerchant(id: string | null | undefined) {
  return useQuery({ ...merchantQueryOptions(id ?? ''), enabled: !!id });
}
