import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type AdminMerchant, type AdminMerchantInput } from './types';

/** GET /v1/admin/merchants */
export function getAdminMerchants(): Promise<AdminMerchant[]> {
  return apiRequest<AdminMerchant[]>('/v1/admin/merchants', { auth: 'admin' });
}

/** GET /v1/admin/merchants/{id} */
export function getAdminMerchant(id: string): Promise<AdminMerchant> {
  return apiRequest<AdminMerchant>(`/v1/admin/merchants/${encodeURIComponent(id)}`, { auth: 'admin' });
}

/** POST /v1/admin/merchants (no id yet) or PUT /v1/admin/merchants/{id}. */
export function saveAdminMerchant(input: AdminMerchantInput, existingId?: string): Promise<AdminMerchant> {
  return existingId
    ? apiRequest<AdminMerchant>(`/v1/admin/merchants/${encodeURIComponent(existingId)}`, { method: 'PUT', body: input, auth: 'admin' })
    : apiRequest<AdminMerchant>('/v1/admin/merchants', { method: 'POST', body: input, auth: 'admin' });
}

export function useAdminMerchants() {
  return useQuery({ queryKey: adminKeys.merchants, queryFn: getAdminMerchants });
}

export function useAdminMerchant(id: string) {
  return useQuery({ queryKey: adminKeys.merchant(id), queryFn: () => getAdminMerchant(id) });
}

export function useSaveAdminMerchant(existingId?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AdminMerchantInput) => saveAdminMerchant(input, existingId),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.merchants }),
  });
}
