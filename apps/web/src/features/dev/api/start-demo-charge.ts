import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** POST /dev/demo/charge — plugs the driver's simulated car in and charges it on a fast clock. */
export function startDemoCharge(): Promise<unknown> {
  return apiRequest<unknown>('/dev/demo/charge', { method: 'POST', auth: 'driver', body: {} });
}

export function useStartDemoCharge() {
  return useMutation({ mutationFn: startDemoCharge });
}
