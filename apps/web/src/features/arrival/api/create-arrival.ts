import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys, type ArrivalSession, type ArrivalType, type FulfillmentType } from './types';

export type CreateArrivalInput = {
  merchant_id: string;
  charger_id?: string;
  arrival_type: ArrivalType;
  fulfillment_type?: FulfillmentType;
  lat?: number;
  lng?: number;
  accuracy_m?: number;
  idempotency_key: string;
  use_smartcar?: boolean;
  target_soc_percent?: number;
  charge_complete_trigger?: boolean;
};

/**
 * POST /v1/arrival/create — 201 session; 409 ACTIVE_SESSION_EXISTS (session_id), 400 SMARTCAR_NOT_CONNECTED,
 * 422 IDEMPOTENCY_KEY_REUSED. The key goes in both the body and the Idempotency-Key header.
 */
export function createArrival(input: CreateArrivalInput): Promise<ArrivalSession> {
  return apiRequest<ArrivalSession>('/v1/arrival/create', {
    method: 'POST',
    auth: 'driver',
    body: input,
    headers: { 'Idempotency-Key': input.idempotency_key },
  });
}

export function useCreateArrival() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createArrival,
    onSuccess: (session) => {
      queryClient.setQueryData(arrivalKeys.session(session.session_id), session);
      queryClient.setQueryData(arrivalKeys.active, { session });
    },
  });
}
