import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { arrivalKeys } from './types';

export type ConfirmArrivalInput = {
  sessionId: string;
  charger_id: string;
  lat: number;
  lng: number;
  accuracy_m?: number;
  /** 'phone_geofence' when the app's position watch sent it; "I'm here" is 'manual'. */
  source?: 'manual' | 'phone_geofence';
};
export type ConfirmArrivalResult = { status: string; merchant_notified: boolean; notification_method: string | null };

/** POST /v1/arrival/{id}/confirm-arrival — "I'm here"; 400 TOO_FAR_FROM_CHARGER carries distance_m. */
export function confirmArrival({ sessionId, ...body }: ConfirmArrivalInput): Promise<ConfirmArrivalResult> {
  return apiRequest<ConfirmArrivalResult>(`/v1/arrival/${encodeURIComponent(sessionId)}/confirm-arrival`, {
    method: 'POST',
    auth: 'driver',
    body,
  });
}

export function useConfirmArrival() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmArrival,
    onSuccess: (_result, input) => queryClient.invalidateQueries({ queryKey: arrivalKeys.session(input.sessionId) }),
  });
}
