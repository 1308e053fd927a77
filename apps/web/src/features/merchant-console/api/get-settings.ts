import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { merchantKeys, type MerchantSettings } from './types';

/** GET /v1/merchant/settings */
export function getMerchantSettings(): Promise<MerchantSettings> {
  return apiRequest<MerchantSettings>('/v1/merchant/settings', { auth: 'merchant' });
}

export function useMerchantSettings() {
  return useQuery({ queryKey: merchantKeys.settings, queryFn: getMerchantSettings });
}
