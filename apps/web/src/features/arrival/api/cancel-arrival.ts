import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys } from './types';

/** POST /v1/arrival/{id}/cancel */
export function cancelArrival(sessionId: string): Promise<{ ok: true; status: 'canceled' }> {
  return apiRequest(`/v1/arrival/${encodeURIComponent(sessionId)}/cancel`, { method: 'POST', auth: 'driver' });
}

export function useCancelArrival() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelArrival,
    onSuccess: (_r, sessionId) => {
      queryClient.setQueryData(arrivalKeys.active, { session: null });
      return queryClient.invalidateQueries({ queryKey: arrivalKeys.session(sessionId) });
    },
  });
}
