import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { merchantKeys } from './types';

export type ConfirmFulfilmentInput = { sessionId: string; merchant_reported_total_cents?: number };
export type ConfirmFulfilmentResult = { status: string; billable_amount_cents: number | null };

/** POST /v1/merchant/arrivals/{id}/confirm — the order was handed over; 409 NOT_ARRIVED before arrival. */
export function confirmFulfilment({ sessionId, merchant_reported_total_cents }: ConfirmFulfilmentInput): Promise<ConfirmFulfilmentResult> {
  return apiRequest<ConfirmFulfilmentResult>(`/v1/merchant/arrivals/${encodeURIComponent(sessionId)}/confirm`, {
    method: 'POST',
    auth: 'merchant',
    body: { confirmed: true, merchant_reported_total_cents },
  });
}

export function useConfirmFulfilment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmFulfilment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: merchantKeys.arrivals }),
  });
}
