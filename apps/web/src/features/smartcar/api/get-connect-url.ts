import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** GET /v1/smartcar/connect → {auth_url}; the browser then leaves for Smartcar's consent page. */
export function getConnectUrl(): Promise<{ auth_url: string }> {
  return apiRequest<{ auth_url: string }>('/v1/smartcar/connect', { auth: 'driver' });
}

export function useConnectSmartcar() {
  return useMutation({ mutationFn: getConnectUrl });
}
