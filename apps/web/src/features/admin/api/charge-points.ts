import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { adminKeys, type AdminChargePoint, type AdminChargePointKey } from './types';

/** GET /v1/admin/chargers/{id}/charge-points */
export function getChargePoints(chargerId: string): Promise<AdminChargePoint[]> {
  return apiRequest<AdminChargePoint[]>(`/v1/admin/chargers/${encodeURIComponent(chargerId)}/charge-points`, { auth: 'admin' });
}

/** POST /v1/admin/chargers/{id}/charge-points: the new charge point's key comes back once. */
export function registerChargePoint(chargerId: string, connectors: number): Promise<AdminChargePointKey> {
  return apiRequest<AdminChargePointKey>(`/v1/admin/chargers/${encodeURIComponent(chargerId)}/charge-points`, {
    method: 'POST',
    body: { connectors },
    auth: 'admin',
  });
}

/** POST /v1/admin/charge-points/{id}/key: a new key; the old one stops working. */
export function issueChargePointKey(chargePointId: string): Promise<AdminChargePointKey> {
  return apiRequest<AdminChargePointKey>(`/v1/admin/charge-points/${encodeURIComponent(chargePointId)}/key`, { method: 'POST', auth: 'admin' });
}

export function useChargePoints(chargerId: string) {
  return useQuery({ queryKey: adminKeys.chargePoints(chargerId), queryFn: () => getChargePoints(chargerId) });
}

export function useRegisterChargePoint(chargerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (connectors: number) => registerChargePoint(chargerId, connectors),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.chargePoints(chargerId) }),
  });
}

export function useIssueChargePointKey(chargerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: issueChargePointKey,
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.chargePoints(chargerId) }),
  });
}
