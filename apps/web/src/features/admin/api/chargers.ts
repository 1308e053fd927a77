import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type AdminCharger, type AdminMerchant } from './types';

/** GET /v1/admin/chargers */
export function getAdminChargers(): Promise<AdminCharger[]> {
  return apiRequest<AdminCharger[]>('/v1/admin/chargers', { auth: 'admin' });
}

/** POST /v1/admin/chargers */
export function createAdminCharger(input: AdminCharger): Promise<AdminCharger> {
  return apiRequest<AdminCharger>('/v1/admin/chargers', { method: 'POST', body: input, auth: 'admin' });
}

/** PUT /v1/admin/merchants/{id}/chargers/{chargerId} with the walk in metres, or DELETE it when walkM is null. */
export function linkCharger(merchantId: string, chargerId: string, walkM: number | null): Promise<AdminMerchant | undefined> {
  const path = `/v1/admin/merchants/${encodeURIComponent(merchantId)}/chargers/${encodeURIComponent(chargerId)}`;
  return walkM === null
    ? apiRequest<undefined>(path, { method: 'DELETE', auth: 'admin' })
    : apiRequest<AdminMerchant>(path, { method: 'PUT', body: { walk_m: walkM }, auth: 'admin' });
}

export function useAdminChargers() {
  return useQuery({ queryKey: adminKeys.chargers, queryFn: getAdminChargers });
}

export function useCreateAdminCharger() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createAdminCharger, onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.chargers }) });
}

export function useLinkCharger(merchantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ chargerId, walkM }: { chargerId: string; walkM: number | null }) => linkCharger(merchantId, chargerId, walkM),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.merchant(merchantId) }),
  });
}
