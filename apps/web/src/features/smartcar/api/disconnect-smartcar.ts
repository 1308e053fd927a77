import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/** POST /v1/smartcar/disconnect */
export function disconnectSmartcar(): Promise<{ ok: true }> {
  return apiRequest<{ ok: true }>('/v1/smartcar/disconnect', { method: 'POST', auth: 'driver' });
}

export function useDisconnectSmartcar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disconnectSmartcar,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['smartcar', 'status'] }),
  });
}
