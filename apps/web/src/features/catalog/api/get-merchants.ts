import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { MerchantSummary } from './types';

/** GET /v1/merchants?charger_id= */
export function getMerchants(chargerId?: string): Promise<MerchantSummary[]> {
  return apiRequest<MerchantSummary[]>('/v1/merchants', { auth: 'driver', query: { charger_id: chargerId } });
}

export function useMerchants(chargerId?: string) {
  return useQuery({ queryKey: ['merchants', chargerId ?? null], queryFn: () => getMerchants(chargerId) });
}
