import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys } from './types';

export type Stall = { stall: number; status: string; online: boolean };

/** GET /v1/arrival/{id}/stalls — the OCPP stalls at the session's charger (empty when it cannot be started from the app). */
export function getStalls(sessionId: string): Promise<{ stalls: Stall[] }> {
  return apiRequest<{ stalls: Stall[] }>(`/v1/arrival/${encodeURIComponent(sessionId)}/stalls`, { auth: 'driver' });
}

export function useStalls(sessionId: string, enabled: boolean) {
  return useQuery({ queryKey: [...arrivalKeys.session(sessionId), 'stalls'], queryFn: () => getStalls(sessionId), enabled });
}

export type StartChargingInput = { sessionId: string; connector_id: number };

/** POST /v1/arrival/{id}/start-charging — 202; the charger's StartTransaction then arrives the session (pushed live). */
export function startCharging({ sessionId, ...body }: StartChargingInput): Promise<{ session_id: string; stall: number; status: string }> {
  return apiRequest(`/v1/arrival/${encodeURIComponent(sessionId)}/start-charging`, { method: 'POST', auth: 'driver', body });
}

export function useStartCharging() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startCharging,
    onSuccess: (_r, input) => queryClient.invalidateQueries({ queryKey: arrivalKeys.session(input.sessionId) }),
  });
}
