import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type AdminPosStatus } from './types';

export type PosInput = { provider: 'toast' | 'square'; access_token: string; external_id?: string };

const path = (merchantId: string) => `/v1/admin/merchants/${encodeURIComponent(merchantId)}/pos`;

/** GET /v1/admin/merchants/{id}/pos — whether credentials are set; the token is never returned. */
export function getPos(merchantId: string): Promise<AdminPosStatus> {
  return apiRequest<AdminPosStatus>(path(merchantId), { auth: 'admin' });
}

/** PUT /v1/admin/merchants/{id}/pos */
export function setPos(merchantId: string, input: PosInput): Promise<AdminPosStatus> {
  return apiRequest<AdminPosStatus>(path(merchantId), { method: 'PUT', body: input, auth: 'admin' });
}

export function usePos(merchantId: string) {
  return useQuery({ queryKey: adminKeys.pos(merchantId), queryFn: () => getPos(merchantId) });
}

export function useSetPos(merchantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PosInput) => setPos(merchantId, input),
    onSuccess: (status) => client.setQueryData(adminKeys.pos(merchantId), status),
  });
}
