import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Me } from './types';

export type UpdateVehicleInput = { color: string; model: string; plate?: string };

/** PUT /v1/me/vehicle — answers like GET /v1/me. */
export function updateVehicle(input: UpdateVehicleInput): Promise<Me> {
  return apiRequest<Me>('/v1/me/vehicle', { method: 'PUT', auth: 'driver', body: input });
}

export function useUpdateVehicle() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateVehicle, onSuccess: (me) => queryClient.setQueryData(['me'], me) });
}
