import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { merchantKeys, type MerchantSettings } from './types';

/** PUT /v1/merchant/settings — same shape in and out; 400 VALIDATION_FAILED lists fields. */
export function updateMerchantSettings(settings: MerchantSettings): Promise<MerchantSettings> {
  return apiRequest<MerchantSettings>('/v1/merchant/settings', { method: 'PUT', auth: 'merchant', body: settings });
}

export function useUpdateMerchantSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMerchantSettings,
    onSuccess: (saved) => queryClient.setQueryData(merchantKeys.settings, saved),
  });
}
