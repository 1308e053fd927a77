import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type ArrivalSession } from './types';

export type SetStallInput = { sessionId: string; stall: string };

/** PUT /v1/arrival/{id}/stall — "I'm at stall 7", shown to staff with the car's colour and model. */
export function setStall({ sessionId, stall }: SetStallInput): Promise<ArrivalSession> {
  return apiRequest<ArrivalSession>(`/v1/arrival/${encodeURIComponent(sessionId)}/stall`, { method: 'PUT', auth: 'driver', body: { stall } });
}

export function useSetStall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setStall,
    onSuccess: (session) => queryClient.setQueryData(arrivalKeys.session(session.session_id), session),
  });
}
