import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { MerchantMe } from './types';

/** GET /v1/merchant/me */
export function getMerchantMe(): Promise<MerchantMe> {
  return apiRequest<MerchantMe>('/v1/merchant/me', { auth: 'merchant' });
}

export function useMerchantMe() {
  return useQuery({ queryKey: ['merchant', 'me'], queryFn: getMerchantMe });
}
