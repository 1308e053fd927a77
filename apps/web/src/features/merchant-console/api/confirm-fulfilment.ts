import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { merchantKeys, type ConfirmChoice } from './types';

export type ConfirmFulfilmentInput = { sessionId: string } & ConfirmChoice;
export type ConfirmFulfilmentResult = { status: string; billable_amount_cents: number | null; total_source: string | null };

/**
 * POST /v1/merchant/arrivals/{id}/confirm — the order was handed over; 409 NOT_ARRIVED before arrival, 400
 * TOTAL_OUT_OF_RANGE above the merchant's largest order, 409 ESTIMATE_CHANGED when the confirmed estimate is stale.
 */
export function confirmFulfilment({ sessionId, ...choice }: ConfirmFulfilmentInput): Promise<ConfirmFulfilmentResult> {
  return apiRequest<ConfirmFulfilmentResult>(`/v1/merchant/arrivals/${encodeURIComponent(sessionId)}/confirm`, {
    method: 'POST',
    auth: 'merchant',
    body: { confirmed: true, ...choice },
  });
}

export function useConfirmFulfilment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmFulfilment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: merchantKeys.arrivals }),
  });
}
