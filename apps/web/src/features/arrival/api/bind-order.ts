import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type ArrivalSession } from './types';

export type BindOrderInput = { sessionId: string; order_number: string; estimated_total_cents?: number };

/** PUT /v1/arrival/{id}/order — binds the merchant's order number; the session moves to awaiting_arrival. */
export function bindOrder({ sessionId, ...body }: BindOrderInput): Promise<ArrivalSession> {
  return apiRequest<ArrivalSession>(`/v1/arrival/${encodeURIComponent(sessionId)}/order`, { method: 'PUT', auth: 'driver', body });
}

export function useBindOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bindOrder,
    onSuccess: (session) => queryClient.setQueryData(arrivalKeys.session(session.session_id), session),
  });
}
