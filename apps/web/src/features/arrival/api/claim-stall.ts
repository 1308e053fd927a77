import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type ArrivalSession } from './types';

export type ClaimStallInput = { sessionId: string; stall: number };

/**
 * POST /v1/arrival/{id}/claim-stall — "That's me at stall 3": corroborates a plug-in without idTag at that stall.
 * Answers the session (arrived by the charger when this driver was the only one expected there).
 */
export function claimStall({ sessionId, stall }: ClaimStallInput): Promise<ArrivalSession> {
  return apiRequest<ArrivalSession>(`/v1/arrival/${encodeURIComponent(sessionId)}/claim-stall`, { method: 'POST', auth: 'driver', body: { stall } });
}

export function useClaimStall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimStall,
    onSuccess: (session) => queryClient.setQueryData(arrivalKeys.session(session.session_id), session),
  });
}
