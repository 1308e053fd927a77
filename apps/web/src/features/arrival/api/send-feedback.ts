import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys } from './types';

export type FeedbackInput = { sessionId: string; rating: 'up' | 'down'; reason?: string; comment?: string };

/** POST /v1/arrival/{id}/feedback — 409 NOT_COMPLETED before completion. */
export function sendFeedback({ sessionId, ...body }: FeedbackInput): Promise<{ ok: true }> {
  return apiRequest<{ ok: true }>(`/v1/arrival/${encodeURIComponent(sessionId)}/feedback`, { method: 'POST', auth: 'driver', body });
}

export function useSendFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendFeedback,
    onSuccess: (_r, input) => queryClient.invalidateQueries({ queryKey: arrivalKeys.session(input.sessionId) }),
  });
}
