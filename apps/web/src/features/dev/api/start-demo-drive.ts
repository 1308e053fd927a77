import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** POST /dev/demo/drive — drives the driver's simulated car to the charger. */
export function startDemoDrive(input: { charger_id: string }): Promise<unknown> {
  return apiRequest<unknown>('/dev/demo/drive', { method: 'POST', auth: 'driver', body: input });
}

export function useStartDemoDrive() {
  return useMutation({ mutationFn: startDemoDrive });
}
